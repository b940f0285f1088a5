/* rp-window-actions.c — the window's commands: workspaces, areas, records */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rp-window-private.h"
#include "rp-export-dialog.h"
#include "rp-import-dialog.h"
#include "rp-profile-dialog.h"
#include "rp-ui.h"
#include "rp-util.h"

static void
add_filters (GtkFileChooser *chooser,
             const char     *name,
             const char     *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  g_object_unref (filter);
  g_object_unref (all);
}

/* Open in this window when it has nothing to lose, in a window of its own otherwise. */
static void
open_path (RpWindow   *self,
           const char *path,
           gboolean    create)
{
  if (self->store == NULL && self->updating_path == NULL)
    rp_window_open_workspace (self, path, create);
  else
    rp_application_open_workspace (RP_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                   path, create);
}

/* Choosers start in @folder, else in the Rapport folder of Documents (made if missing). */
static void
set_workspace_folder (GtkFileChooser *chooser,
                      const char     *folder)
{
  g_autofree char *rapport = rp_store_workspace_folder ();
  g_autoptr(GFile) dir = NULL;

  if (folder == NULL || !g_file_test (folder, G_FILE_TEST_IS_DIR) || rp_store_path_is_portal (folder))
    {
      if (g_mkdir_with_parents (rapport, 0700) != 0)
        return;
      folder = rapport;
    }
  dir = g_file_new_for_path (folder);
  gtk_file_chooser_set_current_folder (chooser, dir, NULL);
}

static void
new_workspace_response_cb (GtkNativeDialog *dialog,
                           int              response,
                           RpWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;
  if (!g_str_has_suffix (path, ".rapport-db"))
    {
      char *with_suffix = g_strconcat (path, ".rapport-db", NULL);

      g_free (path);
      path = with_suffix;
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = g_error_new (RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT,
                                             _("“%s” already exists. Rapport never overwrites a file: choose a new name, or open the existing workspace."),
                                             path);

      rp_ui_show_error (GTK_WIDGET (self), _("Could Not Create the Workspace"), error);
      return;
    }
  open_path (self, path, TRUE);
}

static void
new_workspace_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("New Workspace"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("Workspace.rapport-db"));
  set_workspace_folder (GTK_FILE_CHOOSER (dialog), NULL);
  add_filters (GTK_FILE_CHOOSER (dialog), _("Rapport Workspaces"), "*.rapport-db");
  g_signal_connect (dialog, "response", G_CALLBACK (new_workspace_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_workspace_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            RpWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    open_path (self, path, FALSE);
}

static void
show_open_dialog (RpWindow   *self,
                  const char *title,
                  const char *folder)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (dialog), _("Rapport Workspaces"), "*.rapport-db");
  set_workspace_folder (GTK_FILE_CHOOSER (dialog), folder);
  g_signal_connect (dialog, "response", G_CALLBACK (open_workspace_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_workspace_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  const char *current = self->workspace_path ? self->workspace_path : self->failed_path;
  g_autofree char *folder = current ? g_path_get_dirname (current) : NULL;

  show_open_dialog (self, _("Open Workspace"), folder);
}

static void
open_backup_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  const char *current = self->workspace_path ? self->workspace_path : self->failed_path;
  g_autofree char *default_path = rp_store_default_path ();
  g_autofree char *folder = rp_store_backup_dir (current ? current : default_path);

  show_open_dialog (self, _("Open a Backup"), folder);
}

/* Backups */

/* "20261123-091500" of NAME-20261123-091500-daily.rapport-db, as a local date and time */
static char *
backup_made_at (const char *backup_path,
                const char *origin_path)
{
  g_autofree char *base = g_path_get_basename (backup_path);
  g_autofree char *origin = g_path_get_basename (origin_path);
  const char *stamp;
  g_autoptr(GDateTime) when = NULL;
  int y, mo, d, h, mi, sec;

  if (g_str_has_suffix (origin, ".rapport-db"))
    origin[strlen (origin) - strlen (".rapport-db")] = '\0';
  stamp = base + strlen (origin) + 1;
  if (sscanf (stamp, "%4d%2d%2d-%2d%2d%2d", &y, &mo, &d, &h, &mi, &sec) != 6 ||
      (when = g_date_time_new_local (y, mo, d, h, mi, sec)) == NULL)
    return g_strdup (base);
  /* TRANSLATORS: a day and a time of day, for g_date_time_format(); zh_HK: "%Y年%-m月%-d日 %H:%M" */
  return g_date_time_format (when, C_("medium date and time", "%-d %b %Y %H:%M"));
}

void
_rp_window_update_backup_bar (RpWindow *self)
{
  g_clear_pointer (&self->backup_origin, g_free);
  if (self->store != NULL && self->workspace_path != NULL)
    self->backup_origin = rp_store_backup_origin (self->workspace_path);
  if (self->backup_origin != NULL)
    {
      g_autofree char *name = g_path_get_basename (self->backup_origin);
      g_autofree char *isolated = rp_text_isolate (name);
      g_autofree char *when = backup_made_at (self->workspace_path, self->backup_origin);
      /* Translators: "This is a backup of “workspace.rapport-db” made 23/11/2026 09:15. …" */
      g_autofree char *text = rp_text_printf (_("This is a backup of “%s” made %s. What you change here changes only the backup."),
                                               isolated, when);

      gtk_label_set_text (self->backup_label, text);
    }
  gtk_revealer_set_reveal_child (self->backup_bar, self->backup_origin != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup", self->backup_origin != NULL);
}

typedef struct {
  char *workspace;
  char *backup;
  char *safety;
} RestoreJob;

static void
restore_job_free (gpointer data)
{
  RestoreJob *job = data;

  g_free (job->workspace);
  g_free (job->backup);
  g_free (job->safety);
  g_free (job);
}

static void
restore_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RestoreJob *job = task_data;
  GError *error = NULL;

  if (rp_store_restore (job->workspace, job->backup, &job->safety, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
restore_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  RpWindow *self = RP_WINDOW (source);
  RestoreJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_bar), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rp_ui_show_error (GTK_WIDGET (self), _("The Backup Was Not Restored"), error);
      return;
    }
  /* Back to the workspace itself, now the backup's copy */
  if (rp_window_open_workspace (self, job->workspace, FALSE))
    rp_ui_toast (GTK_WIDGET (self), _("Backup restored. The workspace as it was is kept among the backups."));
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     RpWindow         *self)
{
  g_autoptr(GTask) task = NULL;
  RestoreJob *job;

  if (g_strcmp0 (response, "restore") != 0 || self->backup_origin == NULL)
    return;
  job = g_new0 (RestoreJob, 1);
  job->workspace = g_strdup (self->backup_origin);
  job->backup = g_strdup (self->workspace_path);
  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_bar), FALSE);
  task = g_task_new (self, self->cancellable, restore_done_cb, NULL);
  g_task_set_source_tag (task, restore_response_cb);
  g_task_set_name (task, "[rapport] restore");
  g_task_set_task_data (task, job, restore_job_free);
  g_task_run_in_thread (task, restore_thread);
}

static void
restore_backup_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autofree char *isolated = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->backup_origin == NULL)
    return;
  name = g_path_get_basename (self->backup_origin);
  isolated = rp_text_isolate (name);
  when = backup_made_at (self->workspace_path, self->backup_origin);
  body = rp_text_printf (_("“%s” will be replaced by this backup, made %s. A backup of the workspace as it is now is made first, so this can be undone."),
                          isolated, when);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  rp_ui_undo_last (widget);
}

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _rp_window_show_page (RP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_sidebar_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_box);
}

static void
open_record_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  const char *kind, *uuid;

  g_variant_get (parameter, "(&s&s)", &kind, &uuid);
  _rp_window_open_record (RP_WINDOW (widget), kind, uuid, NULL);
}

/* win.open-record-on((sss)): a record on a given tab of its area, "" for its own */
static void
open_record_on_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  const char *kind, *uuid, *tab;

  g_variant_get (parameter, "(&s&s&s)", &kind, &uuid, &tab);
  _rp_window_open_record (RP_WINDOW (widget), kind, uuid, *tab ? tab : NULL);
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Built when asked for: GtkApplication would build it with every window. */
static void
show_help_overlay_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/rapport/Rapport/window/help-overlay.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (overlay, GTK_WINDOW (widget));
  gtk_window_set_modal (overlay, TRUE);
  gtk_window_present (overlay);
}

static void
edit_profile_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  RpProfileDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = rp_profile_dialog_new (self->store);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_rp_window_update_actions (RpWindow *self)
{
  gboolean has_store = self->store != NULL;
  gboolean has_profile = self->profile != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->profile)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-profile", has_profile);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-bundle", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-bundle", has_profile);
}

/* Bundles */

typedef struct {
  GFile           *file;
  RpStore         *store;
  GPtrArray       *problems;
  RpBundle        *bundle;
  RpBundlePreview *preview;
} LoadJob;

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_clear_object (&job->file);
  g_clear_object (&job->store);
  g_clear_pointer (&job->problems, g_ptr_array_unref);
  g_clear_pointer (&job->preview, rp_bundle_preview_free);
  g_clear_pointer (&job->bundle, rp_bundle_free);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GError *error = NULL;

  /* The preview reads the workspace on the bundle's own connection, not the window's. */
  job->bundle = rp_bundle_load_file (job->file, &job->problems, &error);
  if (job->bundle != NULL)
    job->preview = rp_bundle_preview (job->bundle, job->store, &error);
  if (job->preview == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
imported_cb (RpImportDialog *dialog,
             const char     *message,
             RpWindow       *self)
{
  rp_ui_toast (GTK_WIDGET (self), message);
}

static void
bundle_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  RpWindow *self = RP_WINDOW (source);
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *heading = rp_text_printf (_("Cannot Import “%s”"), name);
  RpImportDialog *dialog;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (job->problems != NULL && job->problems->len > 1)
        {
          g_autoptr(GString) body = g_string_new (error->message);

          g_string_append (body, "\n");
          for (guint i = 0; i < MIN (job->problems->len, 8); i++)
            g_string_append_printf (body, "\n• %s", (const char *) job->problems->pdata[i]);
          g_free (error->message);
          error->message = g_string_free (g_steal_pointer (&body), FALSE);
        }
      rp_ui_show_error (GTK_WIDGET (self), heading, error);
      return;
    }
  /* The window may have closed its workspace or opened another one meanwhile. */
  if (self->store != job->store)
    return;
  dialog = rp_import_dialog_new (self->store, g_steal_pointer (&job->bundle), g_steal_pointer (&job->preview));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Import Bundle…, a dropped file, "rapport FILE" and the file manager all come here. */
void
rp_window_import_bundle (RpWindow *self,
                         GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (RP_IS_WINDOW (self));

  if (self->store == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND,
                                                     _("Open a workspace first: a bundle is imported into one."));

      rp_ui_show_error (GTK_WIDGET (self), _("Cannot Import"), error);
      return;
    }
  job = g_new0 (LoadJob, 1);
  job->file = g_object_ref (file);
  job->store = g_object_ref (self->store);
  /* Reading and checking a big bundle takes a while; the workspace is only touched after. */
  task = g_task_new (self, self->cancellable, bundle_loaded_cb, NULL);
  g_task_set_source_tag (task, rp_window_import_bundle);
  g_task_set_task_data (task, job, load_job_free);
  g_task_run_in_thread (task, load_thread);
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    RpWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (file != NULL)
    rp_window_import_bundle (self, file);
}

static void
import_bundle_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Import Bundle"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (dialog), _("Rapport Bundles"), "*.rapport");
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
exported_cb (RpExportDialog *dialog,
             const char     *message,
             RpWindow       *self)
{
  rp_ui_toast (GTK_WIDGET (self), message);
}

static void
export_bundle_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  RpExportDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = rp_export_dialog_new (self->store);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, 0);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RpWindow      *self)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
  gboolean any = files != NULL;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path != NULL && g_str_has_suffix (path, ".rapport-db"))
        open_path (self, path, FALSE);
      else
        rp_window_import_bundle (self, l->data);
    }
  g_slist_free (files);
  return any;
}

void
_rp_window_setup_drop (RpWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_rp_window_install_actions (RpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-workspace", NULL, new_workspace_activated);
  gtk_widget_class_install_action (widget_class, "win.open-workspace", NULL, open_workspace_activated);
  gtk_widget_class_install_action (widget_class, "win.open-backup", NULL, open_backup_activated);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL, restore_backup_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  /* A text field's own Ctrl+Z comes first: this one only when the focus is not in text */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_install_action (widget_class, "win.import-bundle", NULL, import_bundle_activated);
  gtk_widget_class_install_action (widget_class, "win.export-bundle", NULL, export_bundle_activated);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_activated);
  gtk_widget_class_install_action (widget_class, "win.open-record", "(ss)", open_record_activated);
  gtk_widget_class_install_action (widget_class, "win.open-record-on", "(sss)", open_record_on_activated);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-profile", NULL, edit_profile_activated);
}
