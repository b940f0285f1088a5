/* rp-export-dialog.c
 *
 * The export runs in a thread on a connection of its own (SQLite's WAL lets it
 * read while the window keeps working), so a big workspace does not freeze the app.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-export-dialog.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpExportDialog
{
  AdwWindow     parent_instance;

  AdwComboRow  *what_row;
  AdwComboRow  *record_row;
  GtkWidget    *from_row;
  GtkWidget    *to_row;
  GtkWidget    *title_row;
  GtkWidget    *note_row;
  GtkSwitch    *personal_switch;
  GtkWidget    *error_label;

  RpStore      *store;
  GPtrArray    *uuids;     /* of the records offered in record_row */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (RpExportDialog, rp_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_for (RpExportWhat what)
{
  switch (what)
    {
    case RP_EXPORT_PHILOSOPHY: return "philosophy";
    case RP_EXPORT_FRAMEWORK: return "framework";
    case RP_EXPORT_OUTSOURCER: return "outsourcer";
    case RP_EXPORT_ALL:
    case RP_EXPORT_STANDARDS:
    case RP_EXPORT_JOURNAL:
    default: return NULL;
    }
}

static void
what_changed_cb (RpExportDialog *self)
{
  RpExportWhat what = adw_combo_row_get_selected (self->what_row);
  const char *kind = kind_for (what);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->uuids, 0);
  if (kind != NULL && self->store != NULL)
    {
      g_autoptr(GListModel) records = rp_store_list (self->store, rp_kind_get_index (rp_kind_lookup (kind)), RP_FIELD_NONE, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(RpRecord) record = g_list_model_get_item (records, i);
          g_autofree char *title = rp_record_dup_title (record);

          gtk_string_list_append (names, title);
          g_ptr_array_add (self->uuids, g_strdup (rp_record_get_uuid (record)));
        }
    }
  adw_combo_row_set_model (self->record_row, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->record_row), kind != NULL);
  gtk_widget_set_visible (self->from_row, what == RP_EXPORT_JOURNAL);
  gtk_widget_set_visible (self->to_row, what == RP_EXPORT_JOURNAL);
  gtk_widget_set_visible (self->error_label, FALSE);
}

void
rp_export_dialog_select (RpExportDialog *self,
                         RpExportWhat    what,
                         const char     *uuid)
{
  g_return_if_fail (RP_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->what_row, what);
  what_changed_cb (self);
  for (guint i = 0; uuid != NULL && i < self->uuids->len; i++)
    if (g_str_equal (self->uuids->pdata[i], uuid))
      adw_combo_row_set_selected (self->record_row, i);
}

static gboolean
read_options (RpExportDialog   *self,
              RpExportOptions  *options,
              GError          **error)
{
  RpExportWhat what = adw_combo_row_get_selected (self->what_row);

  options->what = what;
  options->no_personal_data = gtk_switch_get_active (self->personal_switch);
  options->title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  options->note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  if (kind_for (what) != NULL)
    {
      guint selected = adw_combo_row_get_selected (self->record_row);

      if (selected >= self->uuids->len)
        {
          g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHOICE,
                       _("The workspace has no %s to export yet."),
                       rp_kind_get_label (rp_kind_lookup (kind_for (what))));
          return FALSE;
        }
      options->uuid = g_strdup (self->uuids->pdata[selected]);
    }
  if (what == RP_EXPORT_JOURNAL)
    {
      g_autofree char *range = g_strdup_printf ("journal:%s..%s",
                                                gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                                                gtk_editable_get_text (GTK_EDITABLE (self->to_row)));

      return rp_export_options_parse_what (options, range, error);
    }
  return TRUE;
}

typedef struct {
  char            *path;
  RpExportOptions  options;
  GFile           *file;
  guint            n_records;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->path);
  rp_export_options_clear (&job->options);
  g_clear_object (&job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(RpStore) reader = NULL;
  GError *error = NULL;

  reader = rp_store_open (job->path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  if (reader == NULL || !rp_bundle_export_file (reader, &job->options, job->file, &job->n_records, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  RpExportDialog *self = RP_EXPORT_DIALOG (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
          gtk_widget_set_visible (self->error_label, TRUE);
        }
      return;
    }
  name = g_file_get_basename (job->file);
  message = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u record to %s", "Exported %u records to %s",
                                          job->n_records), job->n_records, name);
  g_signal_emit (self, signals[EXPORTED], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

void
rp_export_dialog_export_to (RpExportDialog *self,
                            GFile          *file)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RP_IS_EXPORT_DIALOG (self));

  if (!read_options (self, &job->options, &error))
    {
      export_job_free (job);
      gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
      gtk_widget_set_visible (self->error_label, TRUE);
      return;
    }
  job->path = g_strdup (rp_store_get_path (self->store));
  job->file = g_object_ref (file);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, rp_export_dialog_export_to);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                RpExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    rp_export_dialog_export_to (self, file);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpExportDialog *self = RP_EXPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Bundle"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  g_strdelimit (title, "/\\:", '-');
  name = g_strdup_printf ("%s.rapport", *title ? title : _("Bundle"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Rapport Bundles"));
  gtk_file_filter_add_pattern (filter, "*.rapport");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
rp_export_dialog_dispose (GObject *object)
{
  RpExportDialog *self = RP_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->uuids, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (rp_export_dialog_parent_class)->dispose (object);
}

static void
rp_export_dialog_class_init (RpExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_export_dialog_dispose;

  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/workspace/rp-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, what_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, record_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, personal_switch);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, what_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_export_dialog_init (RpExportDialog *self)
{
  self->uuids = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->from_row),
                            rp_ui_calendar_button_new (GTK_EDITABLE (self->from_row), _("From")));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->to_row),
                            rp_ui_calendar_button_new (GTK_EDITABLE (self->to_row), _("To")));
}

RpExportDialog *
rp_export_dialog_new (RpStore *store)
{
  RpExportDialog *self = g_object_new (RP_TYPE_EXPORT_DIALOG, NULL);
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_months (now, -3);
  g_autofree char *to = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *from = g_date_time_format (earlier, "%Y-%m-%d");

  self->store = g_object_ref (store);
  if (profile != NULL)
    {
      g_autofree char *title = rp_text_printf (_("From %s"), rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME));

      gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
  what_changed_cb (self);
  return self;
}
