/* rp-outsourcer-kpis-tab.c — KPIs with their targets (a target changes from a month on,
 * history keeps what was in force), the figure grid, and figures imported from CSV */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-outsourcer-tabs.h"
#include "rp-outsourcing.h"
#include "rp-record-list.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpOutsourcerKpisTab
{
  RpDetailTab   parent_instance;

  RpRecordList *kpis;
  RpFigureGrid *grid;
};

G_DEFINE_FINAL_TYPE (RpOutsourcerKpisTab, rp_outsourcer_kpis_tab, RP_TYPE_DETAIL_TAB)

static void
change_target_response_cb (AdwMessageDialog   *dialog,
                           const char         *response,
                           RpOutsourcerKpisTab *self)
{
  RpRecord *kpi = g_object_get_data (G_OBJECT (dialog), "rp-kpi");
  GtkEditable *target = g_object_get_data (G_OBJECT (dialog), "rp-target");
  GtkEditable *from = g_object_get_data (G_OBJECT (dialog), "rp-from");
  g_autoptr(GError) error = NULL;
  double value;
  gboolean na;

  if (!g_str_equal (response, "change"))
    return;
  if (!rp_figure_parse_value (kpi, gtk_editable_get_text (target), &value, &na, &error) || na || value <= 0)
    {
      if (error == NULL)
        error = g_error_new (RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("A target is a number above zero."));
      rp_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Target"), error);
      return;
    }
  if (!rp_period_parse (gtk_editable_get_text (from), NULL, NULL))
    {
      error = g_error_new (RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("“%s” is not a month written as YYYY-MM."),
                           gtk_editable_get_text (from));
      rp_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Target"), error);
      return;
    }
  if (!rp_kpi_change_target (rp_detail_tab_get_store (RP_DETAIL_TAB (self)), kpi, value, gtk_editable_get_text (from), &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Target"), error);
}

static void
change_target_clicked_cb (GtkButton          *button,
                          RpOutsourcerKpisTab *self)
{
  RpRecord *kpi = g_object_get_data (G_OBJECT (button), "rp-kpi");
  g_autofree char *name = rp_record_dup_title (kpi);
  g_autofree char *body = rp_text_printf (_("The new target of “%s” applies from the month you choose on; earlier months keep the target that was in force then."), name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("Change the Target"), body);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *target = adw_entry_row_new ();
  GtkWidget *from = adw_entry_row_new ();
  GDate today;
  g_autofree char *period = NULL;
  double current;

  rp_date_set_today (&today);
  period = rp_period_of_date (&today);
  current = rp_kpi_target_in_force (rp_detail_tab_get_store (RP_DETAIL_TAB (self)), kpi, period);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (target), _("New target"));
  if (!isnan (current))
    {
      g_autofree char *text = g_strdup_printf ("%g", current);

      gtk_editable_set_text (GTK_EDITABLE (target), text);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (from), _("From month (YYYY-MM)"));
  gtk_editable_set_text (GTK_EDITABLE (from), period);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), target);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), from);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), group);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "change", _("_Change Target"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change", ADW_RESPONSE_SUGGESTED);
  g_object_set_data_full (G_OBJECT (dialog), "rp-kpi", g_object_ref (kpi), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "rp-target", target);
  g_object_set_data (G_OBJECT (dialog), "rp-from", from);
  g_signal_connect (dialog, "response", G_CALLBACK (change_target_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
kpi_suffix (RpRecord *kpi,
            gpointer  user_data)
{
  GtkWidget *button;

  if (rp_record_get_enum (kpi, RP_KPI_KPI_KIND) == RP_KPI_KIND_RATED)
    return rp_ui_badge_new (_("Rated 1–5"), NULL);
  button = gtk_button_new_with_label (_("Change Target…"));
  {
    g_autofree char *name = rp_record_dup_title (kpi);
    /* Translators: a button's name for a screen reader, "Change the target of “First-time fix rate”" */
    g_autofree char *label = rp_text_printf (_("Change the target of “%s”"), name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "rp-kpi", g_object_ref (kpi), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (change_target_clicked_cb), user_data);
  return button;
}


/* CSV import of figures: a preview, then all lines or none */

static void preview_csv (RpOutsourcerKpisTab *self,
                         GBytes              *contents,
                         const char          *file_name,
                         RpDecimal            decimal);

static void
csv_response_cb (AdwMessageDialog    *dialog,
                 const char          *response,
                 RpOutsourcerKpisTab *self)
{
  RpFigureImport *import = g_object_get_data (G_OBJECT (dialog), "rp-import");
  GBytes *contents = g_object_get_data (G_OBJECT (dialog), "rp-contents");
  const char *file_name = g_object_get_data (G_OBJECT (dialog), "rp-file-name");
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  /* The reader tells how the numbers are written: the same file, read again that way */
  if (g_str_equal (response, "point") || g_str_equal (response, "comma"))
    {
      preview_csv (self, contents, file_name, g_str_equal (response, "comma") ? RP_DECIMAL_COMMA : RP_DECIMAL_POINT);
      return;
    }
  if (!g_str_equal (response, "import"))
    return;
  if (!rp_figures_csv_apply (rp_detail_tab_get_store (RP_DETAIL_TAB (self)), import, &error))
    {
      rp_ui_show_error (GTK_WIDGET (self), _("Could Not Import the Figures"), error);
      return;
    }
  done = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u figure", "Imported %u figures", import->rows->len),
                          import->rows->len);
  rp_ui_toast (GTK_WIDGET (self), done);
}

static void
preview_csv (RpOutsourcerKpisTab *self,
             GBytes              *contents,
             const char          *file_name,
             RpDecimal            decimal)
{
  gsize length;
  const char *text = g_bytes_get_data (contents, &length);
  RpFigureImport *import = rp_figures_csv_parse (rp_detail_tab_get_store (RP_DETAIL_TAB (self)), text, length,
                                                 rp_record_get_uuid (rp_detail_tab_get_record (RP_DETAIL_TAB (self))), decimal);
  gboolean ok = import->errors->len == 0;
  g_autofree char *heading = rp_text_printf (_("Import “%s”"), file_name);
  g_autofree char *body = NULL;
  GtkWidget *dialog, *list, *scroll;
  guint replacing = 0;

  for (guint i = 0; i < import->rows->len; i++)
    replacing += ((RpFigureRow *) import->rows->pdata[i])->replaces;
  if (ok)
    body = rp_text_printf (_("%u figures: %u new, %u replacing figures already entered."),
                           import->rows->len, import->rows->len - replacing, replacing);
  else if (import->undecided)
    body = g_strdup (_("Some numbers read two ways: “1,200” is twelve hundred where a comma separates thousands, "
                       "and one point two where it is the decimal separator. How does this file write its numbers?"));
  else
    body = rp_text_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u line needs correcting; nothing will be imported until the whole file is right.",
                                        "%u lines need correcting; nothing will be imported until the whole file is right.",
                                        import->errors->len), import->errors->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  list = rp_ui_boxed_list ();
  for (guint i = 0; i < import->notes->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), rp_ui_row_new (import->notes->pdata[i], NULL));
  if (!ok)
    for (guint i = 0; i < import->errors->len; i++)
      gtk_list_box_append (GTK_LIST_BOX (list), rp_ui_row_new (import->errors->pdata[i], NULL));
  else
    for (guint i = 0; i < MIN (import->rows->len, 200); i++)
      {
        RpFigureRow *row = import->rows->pdata[i];
        g_autofree char *title = g_strdup_printf ("%s · %s", row->period, row->kpi_name);
        g_autofree char *value = row->not_applicable ? g_strdup (_("n/a")) : g_strdup_printf ("%g", row->value);
        g_autofree char *old = row->old_not_applicable ? g_strdup (_("n/a")) : isnan (row->old_value) ? g_strdup ("—")
                                                                              : g_strdup_printf ("%g", row->old_value);
        g_autofree char *subtitle = row->replaces ? rp_text_printf (_("%s (was %s)"), value, old) : g_strdup (value);

        gtk_list_box_append (GTK_LIST_BOX (list), rp_ui_row_new (title, subtitle));
      }
  scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroll), 240);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroll);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", ok || import->undecided ? _("_Cancel") : _("_Close"));
  if (ok)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "import", _("_Import"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
    }
  else if (import->undecided)
    {
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "point", _("Decimal _Point (1,200.5)"),
                                        "comma", _("Decimal _Comma (1.200,5)"),
                                        NULL);
    }
  g_object_set_data_full (G_OBJECT (dialog), "rp-import", import, (GDestroyNotify) rp_figure_import_free);
  g_object_set_data_full (G_OBJECT (dialog), "rp-contents", g_bytes_ref (contents), (GDestroyNotify) g_bytes_unref);
  g_object_set_data_full (G_OBJECT (dialog), "rp-file-name", g_strdup (file_name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (csv_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
rp_outsourcer_kpis_tab_preview_csv (RpOutsourcerKpisTab *self,
                                    const char          *text,
                                    gsize                length,
                                    const char          *file_name)
{
  g_autoptr(GBytes) contents = g_bytes_new (text, length);

  preview_csv (self, contents, file_name, RP_DECIMAL_AUTO);
}

static void
csv_chosen_cb (GtkNativeDialog    *chooser,
               int                 response,
               RpOutsourcerKpisTab *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;
  name = g_file_get_basename (file);
  if (!g_file_load_contents (file, NULL, &text, &length, NULL, &error))
    {
      rp_ui_show_error (GTK_WIDGET (self), _("Could Not Read the File"), error);
      return;
    }
  rp_outsourcer_kpis_tab_preview_csv (self, text, length, name);
}

static void
import_csv_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Figures"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files (period,kpi,value)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (csv_chosen_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
rp_outsourcer_kpis_tab_bind (RpDetailTab *tab,
                             RpStore     *store,
                             RpRecord    *record)
{
  RpOutsourcerKpisTab *self = RP_OUTSOURCER_KPIS_TAB (tab);
  const char *uuid = record ? rp_record_get_uuid (record) : NULL;

  rp_record_list_bind (self->kpis, store, store ? rp_kpi_owner_field (store, uuid) : RP_KPI_OUTSOURCER, uuid);
  rp_figure_grid_set_outsourcer (self->grid, store, uuid);
}

RpFigureGrid *
rp_outsourcer_kpis_tab_get_grid (RpOutsourcerKpisTab *self)
{
  g_return_val_if_fail (RP_IS_OUTSOURCER_KPIS_TAB (self), NULL);
  return self->grid;
}

static void
rp_outsourcer_kpis_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_OUTSOURCER_KPIS_TAB);
  G_OBJECT_CLASS (rp_outsourcer_kpis_tab_parent_class)->dispose (object);
}

static void
rp_outsourcer_kpis_tab_class_init (RpOutsourcerKpisTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_outsourcer_kpis_tab_dispose;
  tab_class->bind = rp_outsourcer_kpis_tab_bind;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  g_type_ensure (RP_TYPE_FIGURE_GRID);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcer-kpis-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerKpisTab, kpis);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerKpisTab, grid);
  gtk_widget_class_install_action (widget_class, "kpis.import-csv", NULL, import_csv_activated);
}

static void
rp_outsourcer_kpis_tab_init (RpOutsourcerKpisTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_record_list_set_suffix_func (self->kpis, kpi_suffix, self);
}
