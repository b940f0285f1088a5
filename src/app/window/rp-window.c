/* rp-window.c — a workspace in a window: welcome, error, or the areas */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-window-private.h"
#include "rp-util.h"
#include "rp-ui.h"
#include "rp-view.h"

G_DEFINE_FINAL_TYPE (RpWindow, rp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_BACKUP_STATUS,
  PROP_PRESENTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Another program's writes are looked for this often, and shown. */
#define POLL_INTERVAL_MS 1000

static void
update_titles (RpWindow *self)
{
  g_autoptr(RpRecord) profile = self->profile ? rp_record_model_get_record (self->profile, 0) : NULL;
  g_autofree char *file = self->workspace_path ? g_path_get_basename (self->workspace_path) : NULL;
  g_autofree char *company = profile ? rp_record_dup_title (profile) : NULL;
  g_autofree char *window_title = NULL;

  adw_window_title_set_title (self->sidebar_title, company ? company : _("Rapport"));
  adw_window_title_set_subtitle (self->sidebar_title, file ? file : "");
  /* Translators: the window title, "Company — Rapport" */
  window_title = company ? g_strdup_printf (_("%s — Rapport"), company) : g_strdup (_("Rapport"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_state (RpWindow *self)
{
  gboolean has_profile = self->profile != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->profile)) > 0;

  const char *state = self->updating_path != NULL ? "updating"
                      : self->store == NULL       ? "error"
                      : has_profile               ? "workspace"
                                                  : "welcome";

  update_titles (self);
  _rp_window_update_actions (self);
  /* Crossfading into the first page would paint two pages in the first frame. */
  gtk_stack_set_visible_child_full (self->main_stack, state,
                                    self->presented ? GTK_STACK_TRANSITION_TYPE_CROSSFADE : GTK_STACK_TRANSITION_TYPE_NONE);
}

static void
set_store (RpWindow *self,
           RpStore  *store)
{
  if (self->store != NULL)
    rp_store_watch_others (self->store, 0);
  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, update_state, self);
  g_clear_object (&self->profile);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_autofree char *user = g_settings_get_string (self->settings, "user-name");

      rp_store_set_user (store, user);
      rp_store_watch_others (store, POLL_INTERVAL_MS);
      self->profile = rp_record_model_get (store, RP_KIND_PROFILE, RP_FIELD_NONE, NULL);
      g_signal_connect_swapped (self->profile, "items-changed", G_CALLBACK (update_state), self);
    }
  rp_welcome_page_set_store (self->welcome_page, store);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view_stack));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!RP_IS_VIEW (child))
        continue;
      if (child == gtk_stack_get_visible_child (self->view_stack))
        {
          g_object_set_data (G_OBJECT (child), "rp-needs-store", NULL);
          rp_view_set_store (RP_VIEW (child), store);
          continue;
        }
      /* A hidden view lets go of the workspace it showed, and fills itself when shown. */
      if (g_object_get_data (G_OBJECT (child), "rp-needs-store") == NULL)
        rp_view_set_store (RP_VIEW (child), NULL);
      g_object_set_data (G_OBJECT (child), "rp-needs-store", store != NULL ? GINT_TO_POINTER (TRUE) : NULL);
    }
  _rp_window_update_actions (self);
  update_state (self);
}

static void
set_backup_status (RpWindow       *self,
                   RpBackupStatus  status)
{
  if (self->backup_status == status)
    return;
  self->backup_status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BACKUP_STATUS]);
}

static void
daily_backup_thread (GTask        *task,
                     gpointer      source,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;

  if (rp_store_daily_backup (task_data, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
daily_backup_done_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  RpWindow *self = RP_WINDOW (source);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      {
        g_autofree char *text = rp_text_printf (_("Today's backup could not be written: %s"), error->message);

        rp_ui_toast (GTK_WIDGET (source), text);
      }
      set_backup_status (self, RP_BACKUP_FAILED);
      return;
    }
  set_backup_status (self, RP_BACKUP_DONE);
}

static void
start_daily_backup (RpWindow *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->backup_status != RP_BACKUP_PENDING || self->workspace_path == NULL)
    return;
  /* The copy runs on a connection of its own, in a thread, after the window shows. */
  task = g_task_new (self, self->cancellable, daily_backup_done_cb, NULL);
  g_task_set_source_tag (task, start_daily_backup);
  g_task_set_name (task, "[rapport] daily backup");
  g_task_set_task_data (task, g_strdup (self->workspace_path), g_free);
  set_backup_status (self, RP_BACKUP_RUNNING);
  g_task_run_in_thread (task, daily_backup_thread);
}

static void
first_frame_cb (GdkFrameClock *clock,
                RpWindow      *self)
{
  g_clear_signal_handler (&self->first_frame_id, clock);
  if (!self->presented)
    {
      self->presented = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTED]);
    }
  start_daily_backup (self);
}

/* Nothing but the window itself comes before its first frame: work that can wait
 * (the backup, the Overview's reading) starts after it. */
static void
after_first_frame (RpWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_mapped (GTK_WIDGET (self)) ? gtk_widget_get_frame_clock (GTK_WIDGET (self)) : NULL;

  if (clock == NULL || self->first_frame_id != 0)
    return;
  if (self->presented)
    {
      start_daily_backup (self);
      return;
    }
  self->first_frame_id = g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_cb), self);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

/* TRUE once the window has painted its first frame. */
gboolean
rp_window_get_presented (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), FALSE);
  return self->presented;
}

static void
show_failure (RpWindow     *self,
              const char   *path,
              const GError *error)
{
  g_autofree char *description = rp_ui_plain (error->message);

  self->failed_path = g_canonicalize_filename (path, NULL);
  adw_status_page_set_description (self->error_page, description);
  set_store (self, NULL);
}

static void
update_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpStore) store = rp_store_open (task_data, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);

  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
updated_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  RpWindow *self = RP_WINDOW (source);
  g_autofree char *path = g_steal_pointer (&self->updating_path);
  g_autoptr(GError) error = NULL;

  g_application_release (g_application_get_default ());
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  /* Up to date now, so opening it is quick */
  if (g_task_propagate_boolean (G_TASK (result), &error))
    rp_window_open_workspace (self, path, FALSE);
  else
    show_failure (self, path, error);
}

/* A workspace that needs the steps of a newer version: a backup of the whole file, then
 * the steps, off the main thread, with the window saying so meanwhile. Closing the window
 * does not cut them short: the application stays until they are done. */
static void
update_workspace (RpWindow   *self,
                  const char *path)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, updated_cb, NULL);
  g_autofree char *base = g_path_get_basename (path);
  /* A status page's description is markup: the name escaped, then isolated */
  g_autofree char *name = rp_ui_plain (base);
  g_autofree char *description = NULL;

  self->updating_path = g_canonicalize_filename (path, NULL);
  description = rp_text_printf (_("Rapport is bringing “%s” up to date for this version. A copy of it as it was is kept among its backups."),
                                name);
  adw_status_page_set_description (self->updating_page, description);
  update_state (self);
  g_application_hold (g_application_get_default ());
  g_task_set_source_tag (task, update_workspace);
  g_task_set_name (task, "[rapport] workspace update");
  g_task_set_task_data (task, g_strdup (self->updating_path), g_free);
  g_task_run_in_thread (task, update_thread);
}

gboolean
rp_window_open_workspace (RpWindow   *self,
                          const char *path,
                          gboolean    create)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpStore) store = NULL;

  g_return_val_if_fail (RP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Release the current workspace before taking another; its deletes cannot be undone in
   * the next one. */
  rp_ui_undo_forget (GTK_WIDGET (self));
  set_store (self, NULL);
  g_clear_pointer (&self->workspace_path, g_free);
  g_clear_pointer (&self->failed_path, g_free);

  /* Only a missing file is created: an existing empty one is refused, as rapport-cli does,
   * since it is more likely a workspace lost than one still to make. */
  if (create && g_file_test (path, G_FILE_TEST_EXISTS))
    create = FALSE;
  if (!create && rp_store_needs_update (path))
    {
      update_workspace (self, path);
      return TRUE;
    }
  store = rp_store_open (path, (create ? RP_STORE_OPEN_CREATE : 0) | RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  if (store == NULL)
    {
      show_failure (self, path, error);
      return FALSE;
    }
  self->workspace_path = g_strdup (rp_store_get_path (store));
  g_settings_set_string (self->settings, "last-workspace", self->workspace_path);
  set_store (self, store);
  _rp_window_update_backup_bar (self);

  if (rp_store_was_created (store) || !rp_store_daily_backup_due (self->workspace_path))
    set_backup_status (self, RP_BACKUP_NONE);
  else
    {
      set_backup_status (self, RP_BACKUP_PENDING);
      after_first_frame (self);
    }
  return TRUE;
}

RpBackupStatus
rp_window_get_backup_status (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), RP_BACKUP_NONE);
  return self->backup_status;
}

static void
rp_window_map (GtkWidget *widget)
{
  RpWindow *self = RP_WINDOW (widget);

  GTK_WIDGET_CLASS (rp_window_parent_class)->map (widget);
  if (!self->presented || self->backup_status == RP_BACKUP_PENDING)
    after_first_frame (self);
}

RpStore *
rp_window_get_store (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);
  return self->store;
}

const char *
rp_window_get_workspace_path (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);
  /* Also while it is brought up to date: opening it again finds this window */
  return self->workspace_path != NULL ? self->workspace_path : self->updating_path;
}

const char *
rp_window_get_visible_page (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->view_stack);
}

const char *
rp_window_get_state (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}

GtkWidget *
rp_window_get_view (RpWindow   *self,
                    const char *name)
{
  GtkWidget *view;

  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);
  /* Whoever asks for a view means to use it. */
  view = _rp_window_ensure_view (self, name);
  return view;
}

static void
welcome_done_cb (RpWelcomePage *page,
                 RpWindow      *self)
{
  update_state (self);
  _rp_window_show_page (self, "overview");
}

static gboolean
rp_window_close_request (GtkWindow *window)
{
  RpWindow *self = RP_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_cancellable_cancel (self->cancellable);
  set_store (self, NULL);

  return GTK_WINDOW_CLASS (rp_window_parent_class)->close_request (window);
}

static void
rp_window_dispose (GObject *object)
{
  RpWindow *self = RP_WINDOW (object);

  if (self->store != NULL)
    rp_store_watch_others (self->store, 0);
  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, update_state, self);
  g_clear_object (&self->profile);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_WINDOW);

  G_OBJECT_CLASS (rp_window_parent_class)->dispose (object);
}

static void
rp_window_finalize (GObject *object)
{
  RpWindow *self = RP_WINDOW (object);

  g_free (self->workspace_path);
  g_free (self->backup_origin);
  g_free (self->failed_path);
  g_free (self->updating_path);
  G_OBJECT_CLASS (rp_window_parent_class)->finalize (object);
}

static void
rp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_BACKUP_STATUS:
      g_value_set_int (value, RP_WINDOW (object)->backup_status);
      break;
    case PROP_PRESENTED:
      g_value_set_boolean (value, RP_WINDOW (object)->presented);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_window_class_init (RpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rp_window_dispose;
  object_class->finalize = rp_window_finalize;
  object_class->get_property = rp_window_get_property;
  widget_class->map = rp_window_map;
  window_class->close_request = rp_window_close_request;

  properties[PROP_BACKUP_STATUS] =
    g_param_spec_int ("backup-status", NULL, NULL, RP_BACKUP_NONE, RP_BACKUP_FAILED, RP_BACKUP_NONE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PRESENTED] =
    g_param_spec_boolean ("presented", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_WELCOME_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/window/rp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, updating_page);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, backup_bar);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, backup_label);

  _rp_window_install_actions (klass);
}

static void
rp_window_init (RpWindow *self)
{

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  _rp_window_build_areas (self);
  _rp_window_setup_drop (self);
  g_signal_connect (self->welcome_page, "done", G_CALLBACK (welcome_done_cb), self);
  _rp_window_show_page (self, "overview");
  _rp_window_update_actions (self);
}

RpWindow *
rp_window_new (RpApplication *app)
{
  RpWindow *self = g_object_new (RP_TYPE_WINDOW, "application", app, NULL);

  self->settings = g_object_ref (rp_application_get_settings (app));
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  return self;
}
