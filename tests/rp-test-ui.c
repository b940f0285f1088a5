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
  if (ADW_IS_STATUS_PAGE (widget))
    return adw_status_page_get_title (ADW_STATUS_PAGE (widget));
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

/* What a screen reader would read as the name of @widget, as GTK computes it from the
 * label property or the labelled-by relation; "" when it would fall back to the type. */
static gboolean text_of (GtkWidget *widget, GString *out);

static gboolean
text_of (GtkWidget *widget,
         GString   *out)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
      !GTK_IS_LABEL (widget))
    return TRUE;
  if (GTK_IS_LABEL (widget))
    g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
  else if (ADW_IS_BUTTON_CONTENT (widget))
    g_string_append (out, adw_button_content_get_label (ADW_BUTTON_CONTENT (widget)));
  else if (!GTK_IS_IMAGE (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
      if (gtk_widget_get_visible (child) && text_of (child, out))
        return TRUE;
  return out->len > 0;
}

static GtkWidget *
labelled_by_in (GtkWidget *widget,
                GtkWidget *root)
{
  g_autofree char *differs = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                                 root, NULL);

  if (differs == NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = labelled_by_in (widget, child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_name (GtkWidget *widget)
{
  GtkWidget *target = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      if (GTK_IS_LABEL (widget) || GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
        return TRUE;
      g_autofree char *empty = NULL;
      g_autofree char *type_name = NULL;

      /* Set by the app: neither empty nor a type's name */
      empty = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
      type_name = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                      G_OBJECT_TYPE_NAME (widget));
      return empty != NULL && type_name != NULL;
    }
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_widget_get_first_child (widget) != NULL && has_name (gtk_widget_get_first_child (widget));
  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;
  for (GtkWidget *scope = widget; scope != NULL && target == NULL; scope = gtk_widget_get_parent (scope))
    target = labelled_by_in (widget, scope);
  return target != NULL && text_of (target, text);
}

/* Controls whose inside is the toolkit's: named as a whole, not walked into. */
static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_SWITCH (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_SEARCH_ENTRY (widget) ||
         GTK_IS_ENTRY (widget) || GTK_IS_PASSWORD_ENTRY (widget) || GTK_IS_SPIN_BUTTON (widget) ||
         GTK_IS_SCALE (widget) || GTK_IS_EDITABLE_LABEL (widget) || GTK_IS_TEXT_VIEW (widget) ||
         GTK_IS_TEXT (widget) || ADW_IS_ENTRY_ROW (widget) || ADW_IS_COMBO_ROW (widget) ||
         GTK_IS_CALENDAR (widget);
}

/* Widgets the app draws itself (charts, diagrams): a picture that needs words. */
static gboolean
is_drawn (GtkWidget *widget)
{
  return g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Rp") &&
         G_TYPE_FROM_INSTANCE (widget) != GTK_TYPE_WIDGET &&
         g_type_parent (G_TYPE_FROM_INSTANCE (widget)) == GTK_TYPE_WIDGET &&
         gtk_widget_get_first_child (widget) == NULL;
}

static void
describe (GtkWidget *widget,
          GString   *out)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  const char *icon = NULL;

  g_string_append (out, G_OBJECT_TYPE_NAME (widget));
  if (GTK_IS_BUTTON (widget))
    icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
  else if (GTK_IS_MENU_BUTTON (widget))
    icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
  else if (GTK_IS_IMAGE (widget))
    icon = gtk_image_get_icon_name (GTK_IMAGE (widget));
  if (icon != NULL)
    g_string_append_printf (out, " icon=%s", icon);
  if (tooltip != NULL)
    g_string_append_printf (out, " tooltip=“%s”", tooltip);
  if (GTK_IS_ACTIONABLE (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL)
    g_string_append_printf (out, " action=%s", gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)));
  if (gtk_widget_get_parent (widget) != NULL)
    g_string_append_printf (out, " under %s", G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
  for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL; up = gtk_widget_get_parent (up))
    if (g_str_has_prefix (G_OBJECT_TYPE_NAME (up), "Rp"))
      {
        g_string_append_printf (out, " in %s", G_OBJECT_TYPE_NAME (up));
        break;
      }
  g_string_append_c (out, '\n');
}

static void collect_unnamed (GtkWidget *widget, GString *out, guint *n_checked);

static void
walk_entry_row (GtkWidget *widget,
                GString   *out,
                guint     *n_checked)
{
  if (GTK_IS_TEXT (widget) || GTK_IS_LABEL (widget))
    return;
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    {
      collect_unnamed (widget, out, n_checked);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    walk_entry_row (child, out, n_checked);
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *out,
                 guint     *n_checked)
{
  GtkAccessibleRole role;

  if (!gtk_widget_get_mapped (widget))
    return;
  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  if (role == GTK_ACCESSIBLE_ROLE_PRESENTATION || role == GTK_ACCESSIBLE_ROLE_NONE)
    {
      if (GTK_IS_IMAGE (widget))
        return;
    }
  else if (is_control (widget))
    {
      (*n_checked)++;
      if (!has_name (widget))
        describe (widget, out);
      /* An entry row holds buttons of the app's beside its text */
      if (ADW_IS_ENTRY_ROW (widget))
        for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
          walk_entry_row (child, out, n_checked);
      return;
    }
  else if (GTK_IS_IMAGE (widget) && g_str_has_prefix (gtk_image_get_icon_name (GTK_IMAGE (widget)) ?: "", "adw-"))
    /* libadwaita's own arrows inside its rows: theirs to name, and screen readers skip
     * unnamed images */
    return;
  else if (GTK_IS_IMAGE (widget) || GTK_IS_PICTURE (widget) || is_drawn (widget))
    {
      (*n_checked)++;
      if (!has_name (widget) ||
          (is_drawn (widget) &&
           !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION)))
        describe (widget, out);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, out, n_checked);
}

/* One line for each control under @root a screen reader would announce by its type:
 * no label and no labelled-by with text; pictures the app draws need a description too. */
char *
rp_test_ui_unnamed (GtkWidget *root,
                    guint     *n_checked)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint checked = 0;

  collect_unnamed (root, out, &checked);
  if (n_checked != NULL)
    *n_checked = checked;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
