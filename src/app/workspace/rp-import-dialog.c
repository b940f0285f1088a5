/* rp-import-dialog.c — per kind, what is new, updated, unchanged and in conflict; then all or nothing */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-import-dialog.h"
#include "rp-ui.h"
#include "rp-util.h"

#define ROWS_PER_KIND 100

struct _RpImportDialog
{
  AdwWindow        parent_instance;

  GtkWidget       *import_button;
  GtkWidget       *title_label;
  GtkWidget       *origin_label;
  GtkWidget       *note_label;
  GtkWidget       *error_label;
  GtkWidget       *summary_label;
  GtkWidget       *changes_group;
  GtkWidget       *notes_group;
  GtkListBox      *kinds_list;
  GtkListBox      *notes_list;

  RpStore         *store;
  RpBundle        *bundle;
  RpBundlePreview *preview;
  GCancellable    *cancellable;
  gboolean         importing;
  struct _ApplyJob *job;   /* while importing */
};

G_DEFINE_FINAL_TYPE (RpImportDialog, rp_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
status_label (RpItemStatus status)
{
  switch (status)
    {
    case RP_ITEM_NEW: return _("New");
    case RP_ITEM_UPDATED: return _("Updated");
    case RP_ITEM_CONFLICT: return _("Conflict");
    case RP_ITEM_UNCHANGED:
    case RP_N_ITEM_STATUS:
    default: return _("Unchanged");
    }
}

static const char *
status_class (RpItemStatus status)
{
  switch (status)
    {
    case RP_ITEM_NEW: return "success";
    case RP_ITEM_UPDATED: return "status-proposed";
    case RP_ITEM_CONFLICT: return "warning";
    case RP_ITEM_UNCHANGED:
    case RP_N_ITEM_STATUS:
    default: return "status-retired";
    }
}

/* The labels of the fields whose values differ, e.g. "Rationale, Status". */
static char *
changed_fields (RpRecord *theirs,
                RpRecord *mine)
{
  const RpKind *kind = rp_record_get_kind (theirs);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      g_autofree char *a = rp_record_format_field (theirs, i);
      g_autofree char *b = rp_record_format_field (mine, i);

      if (g_strcmp0 (a, b) != 0)
        g_string_append_printf (names, "%s%s", names->len ? ", " : "", rp_field_get_label (&kind->fields[i]));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
update_summary (RpImportDialog *self)
{
  g_autofree char *summary = rp_bundle_preview_summary (self->preview);
  guint changes = rp_bundle_preview_count (self->preview, NULL, RP_ITEM_NEW) +
                  rp_bundle_preview_count (self->preview, NULL, RP_ITEM_UPDATED) +
                  rp_bundle_preview_count (self->preview, NULL, RP_ITEM_CONFLICT);

  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", changes > 0);
}

static void
choice_toggled_cb (GtkToggleButton *button,
                   RpImportDialog  *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "rp-item"));
  gboolean theirs = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "rp-theirs"));

  if (!gtk_toggle_button_get_active (button))
    return;
  rp_bundle_preview_set_take_theirs (self->preview, index, theirs);
  update_summary (self);
}

static GtkWidget *
conflict_choice (RpImportDialog *self,
                 guint           index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *mine = gtk_toggle_button_new_with_label (_("Keep Mine"));
  GtkWidget *theirs = gtk_toggle_button_new_with_label (_("Take Theirs"));

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (theirs), GTK_TOGGLE_BUTTON (mine));
  gtk_toggle_button_set_active (rp_bundle_preview_get_take_theirs (self->preview, index)
                                ? GTK_TOGGLE_BUTTON (theirs) : GTK_TOGGLE_BUTTON (mine), TRUE);
  g_object_set_data (G_OBJECT (mine), "rp-item", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (theirs), "rp-item", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (theirs), "rp-theirs", GINT_TO_POINTER (TRUE));
  g_signal_connect (mine, "toggled", G_CALLBACK (choice_toggled_cb), self);
  g_signal_connect (theirs, "toggled", G_CALLBACK (choice_toggled_cb), self);
  gtk_box_append (GTK_BOX (box), mine);
  gtk_box_append (GTK_BOX (box), theirs);
  return box;
}

static GtkWidget *
item_row (RpImportDialog *self,
          guint           index)
{
  RpItemStatus status = rp_bundle_preview_get_status (self->preview, index);
  g_autoptr(RpRecord) theirs = rp_bundle_preview_dup_theirs (self->preview, index);
  g_autoptr(RpRecord) mine = status != RP_ITEM_NEW ? rp_bundle_preview_dup_mine (self->preview, index) : NULL;
  g_autofree char *title = rp_record_dup_title (theirs);
  g_autofree char *changes = mine ? changed_fields (theirs, mine) : NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (status == RP_ITEM_UPDATED)
    subtitle = rp_text_printf (_("The bundle's copy is newer. Changes: %s"), changes);
  else if (status == RP_ITEM_CONFLICT && rp_bundle_preview_get_adoption (self->preview, index))
    subtitle = g_strdup (_("Adopted in the bundle, but this workspace has its own adopted philosophy. "
                           "Keep Mine: it arrives as proposed. Take Theirs: it is adopted and yours is retired."));
  else if (status == RP_ITEM_CONFLICT)
    subtitle = rp_text_printf (_("Changed here after the bundle's copy was made. Differs in: %s"), changes);
  row = rp_ui_row_new (title, subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), rp_ui_badge_new (status_label (status), status_class (status)));
  if (status == RP_ITEM_CONFLICT)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), conflict_choice (self, index));
  return row;
}

static void
fill (RpImportDialog *self)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  GPtrArray *notes = rp_bundle_get_notes (self->bundle);
  g_autofree char *exported = NULL;
  g_autofree char *origin = NULL;

  gtk_label_set_text (GTK_LABEL (self->title_label), rp_bundle_get_title (self->bundle));
  exported = g_strndup (rp_bundle_get_exported_at (self->bundle), 10);
  {
    g_autofree char *date = rp_ui_format_date (exported);

    /* The sender's own words stand isolated (rp_text_printf), so a direction override in
     * them cannot reorder the date or the generator. */
    /* Translators: "Exported by Ada Wong on 23/11/2026 with Rapport 0.1.0" */
    origin = rp_text_printf (_("Exported by %s on %s with %s"),
                             rp_bundle_get_exported_by (self->bundle) ? rp_bundle_get_exported_by (self->bundle)
                                                                       : _("someone unnamed"),
                             date, rp_bundle_get_generator (self->bundle));
  }
  gtk_label_set_text (GTK_LABEL (self->origin_label), origin);
  gtk_label_set_text (GTK_LABEL (self->note_label), rp_bundle_get_note (self->bundle));
  gtk_widget_set_visible (self->note_label, rp_bundle_get_note (self->bundle) != NULL);

  /* Kinds with changes first; those the bundle leaves as they are, after. */
  for (guint pass_kind = 0; pass_kind < 2 * n_kinds; pass_kind++)
    {
      guint k = pass_kind % n_kinds;
      gboolean changes_pass = pass_kind < n_kinds;
      guint counts[RP_N_ITEM_STATUS], total = 0, shown = 0;
      GtkWidget *expander;
      g_autoptr(GString) subtitle = g_string_new (NULL);

      for (guint s = 0; s < RP_N_ITEM_STATUS; s++)
        total += counts[s] = rp_bundle_preview_count (self->preview, kinds[k], s);
      if (total == 0 || (counts[RP_ITEM_UNCHANGED] == total) == changes_pass)
        continue;
      for (guint s = 0; s < RP_N_ITEM_STATUS; s++)
        if (counts[s] > 0)
          {
            g_autofree char *lower = g_utf8_strdown (status_label (s), -1);

            g_string_append_printf (subtitle, "%s%u %s", subtitle->len ? " · " : "", counts[s], lower);
          }
      expander = adw_expander_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), g_dgettext (GETTEXT_PACKAGE, kinds[k]->label_plural));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle->str);
      /* Conflicts first, so nobody has to hunt for the choices to make. */
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), counts[RP_ITEM_CONFLICT] > 0);
      /* Conflicts first, then what changes, then what stays: only the rows shown are read. */
      {
        static const RpItemStatus order[] = { RP_ITEM_CONFLICT, RP_ITEM_UPDATED, RP_ITEM_NEW, RP_ITEM_UNCHANGED };

        for (guint o = 0; o < G_N_ELEMENTS (order) && shown < ROWS_PER_KIND; o++)
          {
            g_autoptr(GArray) items = NULL;

            if (counts[order[o]] == 0)
              continue;
            items = rp_bundle_preview_list (self->preview, kinds[k], order[o], ROWS_PER_KIND - shown);
            for (guint i = 0; i < items->len; i++, shown++)
              adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), item_row (self, g_array_index (items, guint, i)));
          }
      }
      if (total > shown)
        {
          g_autofree char *more = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "…and %u more", "…and %u more",
                                                                total - shown), total - shown);

          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), rp_ui_row_new (more, NULL));
        }
      gtk_list_box_append (self->kinds_list, expander);
    }

  for (guint i = 0; i < notes->len; i++)
    gtk_list_box_append (self->notes_list, rp_ui_row_new (notes->pdata[i], NULL));
  gtk_widget_set_visible (self->notes_group, notes->len > 0);
  update_summary (self);
}

/* The import runs on a connection of its own, off the main thread: a bundle of a million
 * records takes half a minute, and the window keeps painting meanwhile. The window's own
 * connection sees the write as any write from elsewhere. */
typedef struct _ApplyJob {
  char            *path;
  RpBundlePreview *preview;
  char            *summary;
  /* Set when the dialog goes away while the import runs: the job frees them after. */
  RpBundlePreview *owned_preview;
  RpBundle        *owned_bundle;
} ApplyJob;

static void
apply_job_free (gpointer data)
{
  ApplyJob *job = data;

  g_clear_pointer (&job->owned_preview, rp_bundle_preview_free);
  g_clear_pointer (&job->owned_bundle, rp_bundle_free);
  g_free (job->path);
  g_free (job->summary);
  g_free (job);
}

static void
apply_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ApplyJob *job = task_data;
  GError *error = NULL;
  g_autoptr(RpStore) store = rp_store_open (job->path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);

  if (store == NULL || !rp_bundle_apply (job->preview, store, &job->summary, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
set_importing (RpImportDialog *self,
               gboolean        importing)
{
  self->importing = importing;
  gtk_widget_set_sensitive (self->changes_group, !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", !importing);
  gtk_button_set_label (GTK_BUTTON (self->import_button), importing ? _("Importing…") : _("_Import"));
  gtk_button_set_use_underline (GTK_BUTTON (self->import_button), !importing);
}

static void
apply_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (source);
  ApplyJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;

  self->job = NULL;
  if (job->owned_preview != NULL)
    return;
  set_importing (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
      gtk_widget_set_visible (self->error_label, TRUE);
      return;
    }
  rp_store_poll (self->store);
  /* Translators: a toast, "Imported “Our philosophy”: 12 new, 3 updated, …" */
  toast = rp_text_printf (_("Imported “%s”: %s"), rp_bundle_get_title (self->bundle), job->summary);
  g_signal_emit (self, signals[IMPORTED], 0, toast);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (widget);
  g_autoptr(GTask) task = NULL;
  ApplyJob *job;

  if (self->importing)
    return;
  job = g_new0 (ApplyJob, 1);
  job->path = g_strdup (rp_store_get_path (self->store));
  job->preview = self->preview;
  self->job = job;
  gtk_widget_set_visible (self->error_label, FALSE);
  set_importing (self, TRUE);
  task = g_task_new (self, self->cancellable, apply_done_cb, NULL);
  g_task_set_source_tag (task, apply_activated);
  g_task_set_name (task, "[rapport] import");
  g_task_set_task_data (task, job, apply_job_free);
  g_task_run_in_thread (task, apply_thread);
}

/* Closing is refused while the import runs: it ends in a moment, all or nothing. */
static gboolean
rp_import_dialog_close_request (GtkWindow *window)
{
  return RP_IMPORT_DIALOG (window)->importing;
}

RpBundlePreview *
rp_import_dialog_get_preview (RpImportDialog *self)
{
  g_return_val_if_fail (RP_IS_IMPORT_DIALOG (self), NULL);
  return self->preview;
}

static void
rp_import_dialog_dispose (GObject *object)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->job != NULL)
    {
      self->job->owned_preview = g_steal_pointer (&self->preview);
      self->job->owned_bundle = g_steal_pointer (&self->bundle);
      self->job = NULL;
    }
  g_clear_pointer (&self->preview, rp_bundle_preview_free);
  g_clear_pointer (&self->bundle, rp_bundle_free);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (rp_import_dialog_parent_class)->dispose (object);
}

static void
rp_import_dialog_class_init (RpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_import_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = rp_import_dialog_close_request;

  /**
   * RpImportDialog::imported:
   * @message: what was imported, for a toast
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/workspace/rp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, origin_label);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, changes_group);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, notes_group);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, kinds_list);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, notes_list);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_import_dialog_init (RpImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/* Takes @bundle and @preview, made off the main thread by the caller. */
RpImportDialog *
rp_import_dialog_new (RpStore         *store,
                      RpBundle        *bundle,
                      RpBundlePreview *preview)
{
  RpImportDialog *self = g_object_new (RP_TYPE_IMPORT_DIALOG, NULL);

  self->store = g_object_ref (store);
  self->bundle = bundle;
  self->preview = preview;
  fill (self);
  return self;
}
