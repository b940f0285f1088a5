/* rp-test-ui.c */
#include "config.h"

#include <glib/gstdio.h>

#include "rp-test-ui.h"
#include "rp-test-utils.h"
#include "rp-findings-model.h"
#include "rp-sample.h"

static RpApplication *app;

RpApplication *
rp_test_ui_app (void)
{
  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = rp_application_new (G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }
  return app;
}

void
rp_test_ui_process (void)
{
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
rp_test_ui_wait (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  /* Idle work queued meanwhile (view refreshes) runs before the test looks. */
  rp_test_ui_process ();
}

RpWindow *
rp_test_ui_window (const char *path,
                   gboolean    create)
{
  RpWindow *window = rp_window_new (rp_test_ui_app ());

  rp_window_open_workspace (window, path, create);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  rp_test_ui_process ();
  return window;
}

static const char *
widget_title (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  return NULL;
}

GtkWidget *
rp_test_ui_find (GtkWidget  *root,
                 GType       type,
                 const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (title == NULL || g_strcmp0 (widget_title (root), title) == 0))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rp_test_ui_find (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
rp_test_ui_find_label (GtkWidget  *root,
                       const char *text)
{
  return rp_test_ui_find (root, GTK_TYPE_LABEL, text);
}

/* In-process screenshot: snapshot → render node → texture → PNG in the build folder. */
void
rp_test_ui_save_png (GtkWidget  *widget,
                     const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ?: ".", "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  GskRenderer *renderer;
  int width, height;

  /* Let stack transitions (crossfades) finish first. */
  rp_test_ui_wait (450);
  gtk_widget_queue_draw (widget);
  gtk_test_widget_wait_for_draw (widget);
  rp_test_ui_process ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 1, 1, 1 }, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_render_node_unref (node);

  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Closing a window frees it and everything it held. */
/* Destroys @window and asserts nothing kept it alive. */
void
rp_test_ui_close_window (GtkWindow *window)
{
  GObject *weak = G_OBJECT (window);

  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  gtk_window_destroy (window);
  for (guint i = 0; i < 20 && weak != NULL; i++)
    rp_test_ui_wait (10);
  g_assert_null (weak);
  /* What the window's last answer changed reaches the views */
  rp_test_ui_process ();
}

void
rp_test_ui_close (RpWindow *window)
{
  rp_test_ui_close_window (GTK_WINDOW (window));
}

static void
fixture_set_up (RpUiFixture *fixture,
                const char  *page,
                gboolean     sample)
{
  fixture->dir = rp_test_dir_new ();
  fixture->path = rp_test_dir_path (fixture->dir, "ui.rapport-db");
  fixture->window = rp_test_ui_window (fixture->path, TRUE);
  fixture->store = rp_window_get_store (fixture->window);
  g_assert_nonnull (fixture->store);
  if (sample)
    g_assert_true (rp_sample_fill (fixture->store, NULL));
  if (page != NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", page));
  rp_test_ui_wait (50);
}

void
rp_ui_fixture_sample (RpUiFixture   *fixture,
                      gconstpointer  page)
{
  fixture_set_up (fixture, page, TRUE);
}

void
rp_ui_fixture_empty (RpUiFixture   *fixture,
                     gconstpointer  page)
{
  fixture_set_up (fixture, page, FALSE);
}

void
rp_ui_fixture_tear_down (RpUiFixture   *fixture,
                         gconstpointer  page)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);

  /* Dialogs a test left open go first; then the window, which must finalize. */
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      GtkWindow *w = g_list_model_get_item (toplevels, i);

      if (w != GTK_WINDOW (fixture->window) && gtk_widget_get_visible (GTK_WIDGET (w)))
        g_ptr_array_add (others, w);
      else
        g_object_unref (w);
    }
  for (guint i = 0; i < others->len; i++)
    gtk_window_destroy (others->pdata[i]);
  /* Let go of them before their transient parent goes */
  g_ptr_array_set_size (others, 0);
  rp_test_ui_process ();
  rp_test_ui_close (fixture->window);
  g_free (fixture->path);
  rp_test_dir_free (fixture->dir);
}

GtkWidget *
rp_ui_fixture_page (RpUiFixture *fixture,
                    const char  *page)
{
  return rp_window_get_view (fixture->window, page);
}

GtkWindow *
rp_test_ui_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

/* Dialogs open after the action returns: wait for one to be shown. */
GtkWindow *
rp_test_ui_wait_for_window (GType type)
{
  for (guint i = 0; i < 200; i++)
    {
      GtkWindow *w = rp_test_ui_find_window (type);

      if (w != NULL)
        return w;
      rp_test_ui_wait (20);
    }
  return NULL;
}

/* Whether every window of @type closed within 30 s (work in a thread may come first) */
gboolean
rp_test_ui_wait_until_closed (GType type)
{
  for (guint i = 0; i < 1500; i++)
    {
      if (rp_test_ui_find_window (type) == NULL)
        return TRUE;
      rp_test_ui_wait (20);
    }
  return FALSE;
}

RpRecordEditor *
rp_test_ui_wait_for_editor (void)
{
  return RP_RECORD_EDITOR (rp_test_ui_wait_for_window (RP_TYPE_RECORD_EDITOR));
}

/* The record list whose title is @title. */
RpRecordList *
rp_test_ui_find_list (GtkWidget  *root,
                      const char *title)
{
  GtkWidget *label = rp_test_ui_find_label (root, title);

  while (label != NULL && !RP_IS_RECORD_LIST (label))
    label = gtk_widget_get_parent (label);
  return label ? RP_RECORD_LIST (label) : NULL;
}

/* FALSE when there is no display to test on (the caller then exits 77, "skipped"). */
gboolean
rp_test_ui_setup (int    *argc,
                  char ***argv)
{
  rp_test_init_ui (argc, argv);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("No display: run the UI tests under xvfb-run (build-aux/test does)");
      return FALSE;
    }
  gtk_init ();
  adw_init ();
  return TRUE;
}

static void
collect_titles (GtkWidget *widget,
                GString   *out)
{
  if (ADW_IS_ACTION_ROW (widget))
    g_string_append_printf (out, "%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_titles (child, out);
}

/* The lines under the Overview's Needs Attention, once the findings are read. */
char *
rp_test_ui_attention (RpWindow *window)
{
  GtkWidget *overview = rp_window_get_view (window, "overview");
  g_autoptr(RpFindingsModel) findings = rp_findings_model_get (rp_window_get_store (window));
  GtkWidget *list;
  GString *out = g_string_new (NULL);

  rp_model_wait (RP_MODEL (findings));
  rp_test_ui_process ();
  list = rp_test_ui_find_accessible (overview, "Needs attention");
  g_assert_nonnull (list);
  collect_titles (list, out);
  return g_string_free (out, FALSE);
}

/* Needs GTK_A11Y=test, which the UI tests run with. */
static gboolean
has_label (GtkWidget  *widget,
           const char *label)
{
  g_autofree char *differs = NULL;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  return differs == NULL;
}

/* The first widget under @root whose accessible name is @label. */
GtkWidget *
rp_test_ui_find_accessible (GtkWidget  *root,
                            const char *label)
{
  if (has_label (root, label))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rp_test_ui_find_accessible (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}
