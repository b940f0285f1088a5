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
    subtitle = g_strdup_printf (_("The bundle's copy is newer. Changes: %s"), changes);
  else if (status == RP_ITEM_CONFLICT)
    subtitle = g_strdup_printf (_("Changed here after the bundle's copy was made. Differs in: %s"), changes);
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
  guint n_items = rp_bundle_preview_get_n_items (self->preview);

  gtk_label_set_text (GTK_LABEL (self->title_label), rp_bundle_get_title (self->bundle));
  exported = g_strndup (rp_bundle_get_exported_at (self->bundle), 10);
  {
    g_autofree char *date = rp_ui_format_date (exported);

    /* Translators: "Exported by Ada Wong on 23/11/2026 with Rapport 0.1.0" */
    origin = g_strdup_printf (_("Exported by %s on %s with %s"),
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
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n_items && shown < ROWS_PER_KIND; i++)
          {
            RpItemStatus status;

            if (rp_bundle_preview_get_kind (self->preview, i) != kinds[k])
              continue;
            status = rp_bundle_preview_get_status (self->preview, i);
            if ((pass == 0) != (status == RP_ITEM_CONFLICT || status == RP_ITEM_UPDATED || status == RP_ITEM_NEW))
              continue;
            adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), item_row (self, i));
            shown++;
          }
      if (total > shown)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "…and %u more", "…and %u more",
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

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *toast = NULL;

  if (!rp_bundle_apply (self->preview, self->store, &summary, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
      gtk_widget_set_visible (self->error_label, TRUE);
      return;
    }
  /* Translators: a toast, "Imported “Our philosophy”: 12 new, 3 updated, …" */
  toast = g_strdup_printf (_("Imported “%s”: %s"), rp_bundle_get_title (self->bundle), summary);
  g_signal_emit (self, signals[IMPORTED], 0, toast);
  gtk_window_destroy (GTK_WINDOW (self));
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
}

/* Takes @bundle. */
RpImportDialog *
rp_import_dialog_new (RpStore   *store,
                      RpBundle  *bundle,
                      GError   **error)
{
  RpBundlePreview *preview = rp_bundle_preview (bundle, store, error);
  RpImportDialog *self;

  if (preview == NULL)
    {
      rp_bundle_free (bundle);
      return NULL;
    }
  self = g_object_new (RP_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->bundle = bundle;
  self->preview = preview;
  fill (self);
  return self;
}
