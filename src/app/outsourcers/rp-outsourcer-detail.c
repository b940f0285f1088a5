/* rp-outsourcer-detail.c — one outsourcer: profile, contracts, KPIs and figures, scorecard,
 * compliance, proposals, reviews and decided actions (100228L4, 110985L5) */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-outsourcer-detail.h"
#include "rp-cadence.h"
#include "rp-chart-view.h"
#include "rp-charts.h"
#include "rp-evaluation-dialog.h"
#include "rp-evaluation.h"
#include "rp-figure-grid.h"
#include "rp-outsourcing.h"
#include "rp-overview.h"
#include "rp-proposal-pane.h"
#include "rp-record-editor.h"
#include "rp-record-list.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpOutsourcerDetail
{
  AdwBin          parent_instance;

  GtkWidget      *back_button;
  GtkWidget      *name_label;
  GtkWidget      *badges_box;
  AdwViewStack   *stack;

  /* Profile */
  GtkListBox     *profile_list;
  RpRecordList   *staff;
  RpRecordList   *evaluations;
  /* Contracts */
  RpRecordList   *contracts;
  GtkWidget      *contract_parts;
  /* KPIs */
  RpRecordList   *kpis;
  RpFigureGrid   *grid;
  /* Scorecard */
  GtkDropDown    *period_dropdown;
  GtkWidget      *score_label;
  GtkWidget      *score_detail_label;
  GtkWidget      *decision_box;
  GtkWidget      *trend;
  GtkListBox     *contributions;
  /* Compliance */
  GtkWidget      *compliance_label;
  GtkListBox     *compliance_list;
  /* Proposals */
  RpRecordList   *proposals;
  RpProposalPane *proposal_pane;
  /* Reviews and actions */
  GtkWidget      *review_status;
  RpRecordList   *reviews;
  GtkWidget      *action_decision_box;
  RpRecordList   *actions;

  RpStoreWatch    watch;
  RpRecord       *outsourcer;
  RpScorecard    *card;
  GPtrArray      *periods;
  gboolean        filling_periods;
};

G_DEFINE_FINAL_TYPE (RpOutsourcerDetail, rp_outsourcer_detail, ADW_TYPE_BIN)

static const char *
current_period (RpOutsourcerDetail *self)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);

  return self->periods != NULL && i < self->periods->len ? self->periods->pdata[i] : NULL;
}

/* Profile */

static void
fill_profile (RpOutsourcerDetail *self)
{
  const RpKind *kind = rp_kind_get (RP_KIND_OUTSOURCER);

  rp_ui_list_box_clear (self->profile_list);
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      g_autofree char *value = NULL;
      GtkWidget *row;

      if (g_str_equal (field->name, "name") || g_str_equal (field->name, "cadence_days"))
        continue;
      value = rp_record_format_field (self->outsourcer, i);
      if (g_str_equal (field->name, "cadence") &&
          rp_record_get_enum (self->outsourcer, RP_OUTSOURCER_CADENCE) == RP_CADENCE_DAYS)
        {
          g_free (value);
          value = g_strdup_printf (_("Every %d days"), (int) rp_record_get_int (self->outsourcer, RP_OUTSOURCER_CADENCE_DAYS));
        }
      row = rp_ui_row_new (rp_field_get_label (field), *value ? value : "—");
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      gtk_list_box_append (self->profile_list, row);
    }
}

static char *
staff_subtitle (RpRecord *staff,
                gpointer  user_data)
{
  /* Translators: "Contact-centre agent · technical 2, business 2, soft skills 4" */
  return g_strdup_printf (_("%s · technical %d, business %d, soft skills %d"),
                          rp_record_get_string (staff, RP_STAFF_ROLE) ?: _("No role given"),
                          (int) rp_record_get_int (staff, RP_STAFF_TECHNICAL), (int) rp_record_get_int (staff, RP_STAFF_BUSINESS),
                          (int) rp_record_get_int (staff, RP_STAFF_SOFT_SKILLS));
}

/* Contracts */

static GtkWidget *
contract_badge (RpRecord *contract,
                gpointer  user_data)
{
  GDate today, ends;
  int days;

  g_date_clear (&ends, 1);
  rp_date_set_today (&today);
  if (!rp_date_parse (rp_record_get_string (contract, RP_CONTRACT_ENDS_ON), &ends))
    return NULL;
  days = g_date_days_between (&today, &ends);
  if (days < 0)
    return rp_ui_badge_new (_("Ended"), "status-retired");
  if (days <= RP_CONTRACT_ENDING_DAYS)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Ends in %d day", "Ends in %d days", days), days);

      return rp_ui_badge_new (text, "warning");
    }
  return NULL;
}

static char *
contract_subtitle (RpRecord *contract,
                   gpointer  user_data)
{
  g_autofree char *from = rp_ui_format_date (rp_record_get_string (contract, RP_CONTRACT_STARTS_ON));
  g_autofree char *to = rp_ui_format_date (rp_record_get_string (contract, RP_CONTRACT_ENDS_ON));
  double value = rp_record_get_real (contract, RP_CONTRACT_VALUE);
  g_autofree char *money = isnan (value) ? g_strdup ("") : g_strdup_printf (" · %s %.0f",
                                                                             rp_record_get_string (contract, RP_CONTRACT_CURRENCY) ?: "", value);

  return g_strdup_printf ("%s – %s%s", from, to, money);
}

static char *
duty_subtitle (RpRecord *duty,
               gpointer  user_data)
{
  return rp_record_format (duty, RP_DUTY_PARTY);
}

static void
contract_activated_cb (RpRecordList       *list,
                       RpRecord           *contract,
                       RpOutsourcerDetail *self)
{
  RpRecordList *duties, *commitments;
  g_autofree char *heading = NULL;

  rp_ui_clear_box (self->contract_parts);
  heading = g_strdup_printf (_("Duties and commitments of “%s”"), rp_record_get_string (contract, RP_CONTRACT_TITLE));
  gtk_box_append (GTK_BOX (self->contract_parts), rp_ui_heading (heading));
  if (rp_record_is_set (contract, RP_CONTRACT_SCOPE))
    gtk_box_append (GTK_BOX (self->contract_parts), rp_ui_empty_label (rp_record_get_string (contract, RP_CONTRACT_SCOPE)));

  duties = rp_record_list_new (RP_KIND_DUTY, _("Duties and Responsibilities"));
  rp_record_list_set_description (duties, _("What each side must do, and whose duty it is."));
  rp_record_list_set_subtitle_func (duties, duty_subtitle, NULL);
  rp_record_list_set_owner (duties, "contract", rp_record_get_uuid (contract));
  rp_record_list_set_store (duties, self->watch.store);
  gtk_box_append (GTK_BOX (self->contract_parts), GTK_WIDGET (duties));

  commitments = rp_record_list_new (RP_KIND_COMMITMENT, _("Commitments"));
  rp_record_list_set_description (commitments, _("What the partner commits to; checked month by month under Compliance."));
  rp_record_list_set_owner (commitments, "contract", rp_record_get_uuid (contract));
  rp_record_list_set_store (commitments, self->watch.store);
  gtk_box_append (GTK_BOX (self->contract_parts), GTK_WIDGET (commitments));
}

/* KPIs */

static char *
kpi_subtitle (RpRecord *kpi,
              gpointer  user_data)
{
  RpOutsourcerDetail *self = user_data;
  GDate today;
  g_autofree char *period = NULL;

  rp_date_set_today (&today);
  period = rp_period_of_date (&today);
  return rp_kpi_describe (self->watch.store, kpi, period);
}

static void
change_target_response_cb (AdwMessageDialog   *dialog,
                           const char         *response,
                           RpOutsourcerDetail *self)
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
  if (!rp_kpi_change_target (self->watch.store, kpi, value, gtk_editable_get_text (from), &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Target"), error);
}

static void
change_target_clicked_cb (GtkButton          *button,
                          RpOutsourcerDetail *self)
{
  RpRecord *kpi = g_object_get_data (G_OBJECT (button), "rp-kpi");
  g_autofree char *name = rp_record_dup_title (kpi);
  g_autofree char *body = g_strdup_printf (_("The new target of “%s” applies from the month you choose on; earlier months keep the target that was in force then."), name);
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
  current = rp_kpi_target_in_force (self->watch.store, kpi, period);
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
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "rp-kpi", g_object_ref (kpi), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (change_target_clicked_cb), user_data);
  return button;
}

/* CSV import of figures: a preview, then all lines or none */

static void
csv_response_cb (AdwMessageDialog   *dialog,
                 const char         *response,
                 RpOutsourcerDetail *self)
{
  RpFigureImport *import = g_object_get_data (G_OBJECT (dialog), "rp-import");
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!g_str_equal (response, "import"))
    return;
  if (!rp_figures_csv_apply (self->watch.store, import, &error))
    {
      rp_ui_show_error (GTK_WIDGET (self), _("Could Not Import the Figures"), error);
      return;
    }
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u figure", "Imported %u figures", import->rows->len),
                          import->rows->len);
  rp_ui_toast (GTK_WIDGET (self), done);
}

void
rp_outsourcer_detail_preview_csv (RpOutsourcerDetail *self,
                                  const char         *text,
                                  gsize               length,
                                  const char         *file_name)
{
  RpFigureImport *import = rp_figures_csv_parse (self->watch.store, text, length, rp_record_get_uuid (self->outsourcer));
  gboolean ok = import->errors->len == 0;
  g_autofree char *heading = g_strdup_printf (_("Import “%s”"), file_name);
  g_autofree char *body = NULL;
  GtkWidget *dialog, *list, *scroll;
  guint replacing = 0;

  for (guint i = 0; i < import->rows->len; i++)
    replacing += ((RpFigureRow *) import->rows->pdata[i])->replaces;
  body = ok ? g_strdup_printf (_("%u figures: %u new, %u replacing figures already entered."),
                               import->rows->len, import->rows->len - replacing, replacing)
            : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u line needs correcting; nothing will be imported until the whole file is right.",
                                            "%u lines need correcting; nothing will be imported until the whole file is right.",
                                            import->errors->len), import->errors->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  list = rp_ui_boxed_list ();
  if (!ok)
    for (guint i = 0; i < import->errors->len; i++)
      gtk_list_box_append (GTK_LIST_BOX (list), rp_ui_row_new (import->errors->pdata[i], NULL));
  else
    for (guint i = 0; i < MIN (import->rows->len, 200); i++)
      {
        RpFigureRow *row = import->rows->pdata[i];
        g_autofree char *title = g_strdup_printf ("%s · %s", row->period, row->kpi_name);
        g_autofree char *value = row->not_applicable ? g_strdup (_("n/a")) : g_strdup_printf ("%g", row->value);
        g_autofree char *subtitle = row->replaces
          ? g_strdup_printf (_("%s (was %s)"), value, row->old_not_applicable ? _("n/a") : isnan (row->old_value) ? "—" : "")
          : g_strdup (value);

        if (row->replaces && !row->old_not_applicable && !isnan (row->old_value))
          {
            g_free (subtitle);
            subtitle = g_strdup_printf (_("%s (was %g)"), value, row->old_value);
          }
        gtk_list_box_append (GTK_LIST_BOX (list), rp_ui_row_new (title, subtitle));
      }
  scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroll), 240);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroll);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", ok ? _("_Cancel") : _("_Close"));
  if (ok)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "import", _("_Import"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
    }
  g_object_set_data_full (G_OBJECT (dialog), "rp-import", import, (GDestroyNotify) rp_figure_import_free);
  g_signal_connect (dialog, "response", G_CALLBACK (csv_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
csv_chosen_cb (GtkNativeDialog    *chooser,
               int                 response,
               RpOutsourcerDetail *self)
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
  rp_outsourcer_detail_preview_csv (self, text, length, name);
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

/* Scorecard */

typedef struct {
  double  values[RP_SCORE_PERIODS];
  char   *labels[RP_SCORE_PERIODS + 1];
  RpChartBand bands[8];
  char   *band_names[8];
  char   *band_actions[8];
  guint   n_bands;
} TrendData;

static void
trend_data_free (gpointer data)
{
  TrendData *trend = data;

  for (guint i = 0; i < RP_SCORE_PERIODS; i++)
    g_free (trend->labels[i]);
  for (guint i = 0; i < trend->n_bands; i++)
    {
      g_free (trend->band_names[i]);
      g_free (trend->band_actions[i]);
    }
  g_free (trend);
}

static void
draw_trend (cairo_t             *cr,
            const RpRenderStyle *style,
            double               width,
            double               height,
            gpointer             user_data)
{
  TrendData *trend = user_data;

  rp_chart_trend (cr, style, width, height, trend->values, (const char *const *) trend->labels,
                  RP_SCORE_PERIODS, trend->bands, trend->n_bands);
}

static const char *
state_text (RpKpiLine *line)
{
  switch (line->state)
    {
    case RP_FIGURE_STATE_MISSING: return _("Missing");
    case RP_FIGURE_STATE_NOT_APPLICABLE: return _("Not applicable");
    case RP_FIGURE_STATE_MEASURED:
    default: return NULL;
    }
}

static void
record_decision_clicked_cb (GtkButton          *button,
                            RpOutsourcerDetail *self)
{
  g_autoptr(RpRecord) proposed = NULL;
  RpRecordEditor *editor;

  if (self->card == NULL || (proposed = rp_vendor_action_proposed (self->watch.store, self->card)) == NULL)
    return;
  editor = rp_record_editor_new (GTK_WIDGET (self), self->watch.store, proposed, TRUE);
  rp_record_editor_hide_field (editor, "outsourcer");
  rp_record_editor_present (editor);
}

static void
fill_decision (RpOutsourcerDetail *self,
               GtkWidget          *box)
{
  g_autofree char *text = NULL;
  const char *action_label;
  GtkWidget *label, *button;

  rp_ui_clear_box (box);
  if (self->card == NULL || !rp_scorecard_needs_decision (self->watch.store, self->card))
    {
      gtk_widget_set_visible (box, FALSE);
      return;
    }
  action_label = rp_field_enum_label (rp_field_get (RP_STANDING_RULE_RULE_ACTION),
                                      self->card->rule_action);
  /* Translators: "Scored 50 in 2026-10: Probation calls for a Penalty. A person decides; record what was decided." */
  text = g_strdup_printf (_("Scored %.0f in %s: %s calls for: %s. A person decides; record what was decided."),
                          self->card->score, self->card->period, self->card->standing, action_label);
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  button = gtk_button_new_with_mnemonic (_("_Record Decision…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect (button, "clicked", G_CALLBACK (record_decision_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_set_visible (box, TRUE);
}

static void
fill_scorecard (RpOutsourcerDetail *self)
{
  const char *period = current_period (self);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GListModel) rules = NULL;
  TrendData *trend;
  g_autofree char *score_text = NULL;
  g_autofree char *detail = NULL;

  g_clear_pointer (&self->card, rp_scorecard_free);
  rp_ui_list_box_clear (self->contributions);
  if (period == NULL)
    return;
  cards = rp_scorecard_compute (self->watch.store, period, rp_record_get_uuid (self->outsourcer), TRUE, NULL);
  if (cards == NULL || cards->len == 0)
    return;
  self->card = g_ptr_array_steal_index (cards, 0);

  score_text = isnan (self->card->score) ? g_strdup (_("No score"))
             : g_strdup_printf (_("%.0f — %s"), self->card->score, self->card->standing ? self->card->standing : "");
  gtk_label_set_text (GTK_LABEL (self->score_label), score_text);
  gtk_widget_remove_css_class (self->score_label, "standing-excellent");
  gtk_widget_remove_css_class (self->score_label, "standing-good");
  gtk_widget_remove_css_class (self->score_label, "standing-watch");
  gtk_widget_remove_css_class (self->score_label, "standing-probation");
  gtk_widget_add_css_class (self->score_label, rp_ui_standing_class (self->card->rule_action));
  {
    g_autofree char *overall = rp_ui_format_number (self->card->overall, 0);

    /* Translators: "Overall 71 (recent months weigh more) · 4 of 4 KPIs measured, 0 missing, 0 not applicable" */
    detail = g_strdup_printf (_("Overall %s (recent months weigh more) · %u of %u KPIs measured, %u missing, %u not applicable"),
                              overall, self->card->n_measured, self->card->n_kpis, self->card->n_missing,
                              self->card->n_not_applicable);
  }
  gtk_label_set_text (GTK_LABEL (self->score_detail_label), detail);

  trend = g_new0 (TrendData, 1);
  for (guint i = 0; i < RP_SCORE_PERIODS; i++)
    {
      g_autofree char *p = rp_period_add (period, -(int) (RP_SCORE_PERIODS - 1 - i));

      trend->values[i] = self->card->series[i];
      trend->labels[i] = rp_ui_format_month (p, i == 0);
    }
  rules = rp_store_list (self->watch.store, RP_KIND_STANDING_RULE, RP_FIELD_NONE, NULL);
  for (guint i = 0; i < MIN (g_list_model_get_n_items (rules), G_N_ELEMENTS (trend->bands)); i++)
    {
      g_autoptr(RpRecord) rule = g_list_model_get_item (rules, i);

      trend->band_names[i] = g_strdup (rp_record_get_string (rule, RP_STANDING_RULE_NAME));
      trend->band_actions[i] = g_strdup (rp_record_get_string (rule, RP_STANDING_RULE_RULE_ACTION));
      trend->bands[i] = (RpChartBand) { rp_record_get_real (rule, RP_STANDING_RULE_MIN_SCORE), trend->band_names[i], trend->band_actions[i] };
      trend->n_bands++;
    }
  rp_chart_view_set_draw (RP_CHART_VIEW (self->trend), draw_trend, trend, trend_data_free);

  for (guint k = 0; k < self->card->kpis->len; k++)
    {
      RpKpiLine *line = self->card->kpis->pdata[k];
      g_autofree char *subtitle = NULL;
      g_autofree char *points = NULL;
      const char *state = state_text (line);
      GtkWidget *row, *suffix;

      if (line->rated)
        subtitle = state ? g_strdup (state)
                         : g_strdup_printf (_("Rated %g of 5 · weight %g"), line->value, line->weight);
      else
        {
          g_autofree char *target = rp_ui_format_number (line->target, 2);

          subtitle = state ? g_strdup_printf (_("%s · target %s · weight %g"), state, target, line->weight)
                           : g_strdup_printf (_("%g %s against a target of %s (%s is better) · %.0f %% of target · weight %g"),
                                              line->value, line->unit ? line->unit : "", target,
                                              line->lower_is_better ? _("lower") : _("higher"),
                                              100 * line->attainment, line->weight);
        }
      row = rp_ui_row_new (line->name, subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      if (state != NULL)
        suffix = rp_ui_badge_new (state, line->state == RP_FIGURE_STATE_MISSING ? "warning" : "status-retired");
      else
        {
          points = g_strdup_printf (_("%.1f points"), line->contribution);
          suffix = rp_ui_badge_new (points, "numeric");
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      gtk_list_box_append (self->contributions, row);
    }
  fill_decision (self, self->decision_box);
  fill_decision (self, self->action_decision_box);
}

static void
fill_periods (RpOutsourcerDetail *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *latest = rp_scorecard_latest_period (self->watch.store);
  g_autofree char *keep = g_strdup (current_period (self));
  guint select = 0;

  g_clear_pointer (&self->periods, g_ptr_array_unref);
  self->periods = g_ptr_array_new_with_free_func (g_free);
  if (latest == NULL)
    {
      GDate today;

      rp_date_set_today (&today);
      latest = rp_period_of_date (&today);
    }
  for (int i = 0; i < 36; i++)
    {
      char *p = rp_period_add (latest, -i);

      gtk_string_list_append (names, p);
      if (g_strcmp0 (p, keep) == 0)
        select = (guint) i;
      g_ptr_array_add (self->periods, p);
    }
  self->filling_periods = TRUE;
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->period_dropdown, select);
  self->filling_periods = FALSE;
}

static void
period_changed_cb (RpOutsourcerDetail *self)
{
  if (!self->filling_periods && self->outsourcer != NULL)
    fill_scorecard (self);
}

/* Compliance */

static void
record_check_clicked_cb (GtkButton          *button,
                         RpOutsourcerDetail *self)
{
  RpRecord *commitment = g_object_get_data (G_OBJECT (button), "rp-commitment");
  g_autoptr(RpRecord) check = rp_record_new_for (RP_KIND_COMPLIANCE_CHECK, commitment);
  const char *period = current_period (self);
  RpRecordEditor *editor;

  rp_record_set_string (check, RP_COMPLIANCE_CHECK_PERIOD, period);
  editor = rp_record_editor_new (GTK_WIDGET (self), self->watch.store, check, TRUE);
  rp_record_editor_present (editor);
}

static void
fill_compliance (RpOutsourcerDetail *self)
{
  g_autoptr(GListModel) contracts = rp_store_list (self->watch.store, RP_KIND_CONTRACT, RP_CONTRACT_OUTSOURCER, rp_record_get_uuid (self->outsourcer));
  RpComplianceCount count;
  double rate = rp_outsourcer_compliance (self->watch.store, rp_record_get_uuid (self->outsourcer), NULL, &count);
  g_autofree char *text = NULL;
  guint n = 0;

  rp_ui_list_box_clear (self->compliance_list);
  /* Translators: "Compliance rate 67 %: 5 met, 2 partly met, 2 missed" */
  text = isnan (rate) ? g_strdup (_("No compliance checks recorded yet."))
                      : g_strdup_printf (_("Compliance rate %.0f %%: %u met, %u partly met, %u missed"),
                                         100 * rate, count.met, count.partly_met, count.missed);
  gtk_label_set_text (GTK_LABEL (self->compliance_label), text);

  for (guint c = 0; c < g_list_model_get_n_items (contracts); c++)
    {
      g_autoptr(RpRecord) contract = g_list_model_get_item (contracts, c);
      g_autoptr(GListModel) commitments = rp_store_list (self->watch.store, RP_KIND_COMMITMENT, RP_COMMITMENT_CONTRACT, rp_record_get_uuid (contract));

      for (guint m = 0; m < g_list_model_get_n_items (commitments); m++)
        {
          g_autoptr(RpRecord) commitment = g_list_model_get_item (commitments, m);
          g_autoptr(GListModel) checks = rp_store_list (self->watch.store, RP_KIND_COMPLIANCE_CHECK, RP_COMPLIANCE_CHECK_COMMITMENT,
                                                        rp_record_get_uuid (commitment));
          guint n_checks = g_list_model_get_n_items (checks);
          GtkWidget *row = rp_ui_row_new (rp_record_get_string (commitment, RP_COMMITMENT_DESCRIPTION),
                                          rp_record_get_string (contract, RP_CONTRACT_TITLE));
          GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
          GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");
          gboolean missed_last = FALSE;

          /* The last six months checked, oldest first */
          for (guint i = n_checks > 6 ? n_checks - 6 : 0; i < n_checks; i++)
            {
              g_autoptr(RpRecord) check = g_list_model_get_item (checks, i);
              const char *result = rp_record_get_string (check, RP_COMPLIANCE_CHECK_RESULT);
              g_autofree char *label = g_strdup_printf ("%s %s", rp_record_get_string (check, RP_COMPLIANCE_CHECK_PERIOD),
                                                        g_str_equal (result, "met") ? "✓" : g_str_equal (result, "missed") ? "✗" : "½");
              GtkWidget *badge = rp_ui_badge_new (label, g_str_equal (result, "met") ? "success"
                                                         : g_str_equal (result, "missed") ? "error" : "warning");

              gtk_widget_set_tooltip_text (badge, rp_record_get_string (check, RP_COMPLIANCE_CHECK_EVIDENCE));
              gtk_box_append (GTK_BOX (badges), badge);
              missed_last = g_str_equal (result, "missed");
            }
          gtk_widget_set_valign (badges, GTK_ALIGN_CENTER);
          if (missed_last)
            adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), badges);
          gtk_widget_set_tooltip_text (button, _("Record a Check"));
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (button, "flat");
          g_object_set_data_full (G_OBJECT (button), "rp-commitment", g_object_ref (commitment), g_object_unref);
          g_signal_connect (button, "clicked", G_CALLBACK (record_check_clicked_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
          if (missed_last)
            gtk_widget_add_css_class (row, "attention-problem");
          gtk_list_box_append (self->compliance_list, row);
          n++;
        }
    }
  if (n == 0)
    gtk_list_box_append (self->compliance_list,
                         rp_ui_row_new (_("No commitments yet"), _("Add them to a contract under Contracts.")));
}

/* Reviews */

static char *
review_title (RpRecord *review,
              gpointer  user_data)
{
  g_autofree char *date = rp_ui_format_date (rp_record_get_string (review, RP_REVIEW_HELD_ON));

  return g_strdup_printf (_("Review of %s"), date);
}

static char *
review_subtitle (RpRecord *review,
                 gpointer  user_data)
{
  return g_strdup_printf ("%s%s%s", rp_record_get_string (review, RP_REVIEW_FINDINGS) ?: "",
                          rp_record_is_set (review, RP_REVIEW_DECISIONS) ? " — " : "",
                          rp_record_get_string (review, RP_REVIEW_DECISIONS) ?: "");
}

static void
fill_review_status (RpOutsourcerDetail *self)
{
  GDate due, today;
  g_autofree char *text = NULL;
  g_autofree char *rhythm = rp_record_format (self->outsourcer, RP_OUTSOURCER_CADENCE);

  rp_date_set_today (&today);
  if (!rp_review_next_due (self->watch.store, self->outsourcer, &due, NULL))
    text = g_strdup_printf (_("Rhythm: %s."), rhythm);
  else
    {
      g_autofree char *iso = rp_date_format (&due);
      g_autofree char *date = rp_ui_format_date (iso);
      int days = g_date_days_between (&today, &due);

      text = days < 0
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rhythm: %s. The next review was due on %s: %d day overdue.",
                                        "Rhythm: %s. The next review was due on %s: %d days overdue.", -days), rhythm, date, -days)
        : g_strdup_printf (_("Rhythm: %s. The next review is due on %s."), rhythm, date);
      if (days < 0)
        gtk_widget_add_css_class (self->review_status, "editor-error");
      else
        gtk_widget_remove_css_class (self->review_status, "editor-error");
    }
  gtk_label_set_text (GTK_LABEL (self->review_status), text);
}

static char *
action_title (RpRecord *action,
              gpointer  user_data)
{
  g_autofree char *kind = rp_record_format (action, RP_VENDOR_ACTION_ACTION_KIND);
  double amount = rp_record_get_real (action, RP_VENDOR_ACTION_AMOUNT);

  return isnan (amount) ? g_strdup_printf ("%s · %s", kind, rp_record_get_string (action, RP_VENDOR_ACTION_PERIOD) ?: "")
                        : g_strdup_printf ("%s · %s · %.0f", kind, rp_record_get_string (action, RP_VENDOR_ACTION_PERIOD) ?: "", amount);
}

static char *
action_subtitle (RpRecord *action,
                 gpointer  user_data)
{
  g_autofree char *date = rp_ui_format_date (rp_record_get_string (action, RP_VENDOR_ACTION_DECIDED_ON));

  /* Translators: "Second month below 60 %… — decided by Ada Wong on 19/10/2026" */
  return g_strdup_printf (_("%s — decided by %s on %s"), rp_record_get_string (action, RP_VENDOR_ACTION_REASON),
                          rp_record_get_string (action, RP_VENDOR_ACTION_DECIDED_BY) ?: "—", date);
}

/* Header */

static void
fill_header (RpOutsourcerDetail *self)
{
  const RpKind *kind = rp_record_get_kind (self->outsourcer);
  g_autofree char *model = rp_record_format_field (self->outsourcer, rp_kind_field_index (kind, "service_model"));
  g_autofree char *status = rp_record_format_field (self->outsourcer, rp_kind_field_index (kind, "status"));

  gtk_label_set_text (GTK_LABEL (self->name_label), rp_record_get_string (self->outsourcer, RP_OUTSOURCER_NAME));
  rp_ui_clear_box (self->badges_box);
  gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (model, NULL));
  gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (status, rp_record_get_enum (self->outsourcer, RP_OUTSOURCER_STATUS) == RP_OUTSOURCER_STATUS_ACTIVE ? "success" : "status-retired"));
  if (self->card != NULL && self->card->standing != NULL)
    gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (self->card->standing, rp_ui_standing_class (self->card->rule_action)));
}

static void
refresh (RpOutsourcerDetail *self)
{
  g_autoptr(RpRecord) fresh = NULL;

  if (self->watch.store == NULL || self->outsourcer == NULL)
    return;
  fresh = rp_store_get (self->watch.store, RP_KIND_OUTSOURCER, rp_record_get_uuid (self->outsourcer));
  if (fresh == NULL)
    return; /* deleted: the page moves on */
  g_set_object (&self->outsourcer, fresh);
  fill_profile (self);
  fill_periods (self);
  fill_scorecard (self);
  fill_header (self);
  fill_compliance (self);
  fill_review_status (self);
}

static const char *const watched_kinds[] = {
  "outsourcer", "figure", "kpi", "kpi_target", "standing_rule", "compliance_check", "commitment", "contract", "review", "vendor_action", "profile", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpOutsourcerDetail *self = user_data;

  refresh (self);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpOutsourcerDetail *self = RP_OUTSOURCER_DETAIL (widget);

  if (self->outsourcer != NULL)
    rp_record_editor_present (rp_record_editor_new (widget, self->watch.store, self->outsourcer, FALSE));
}

static void
evaluate_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpOutsourcerDetail *self = RP_OUTSOURCER_DETAIL (widget);

  if (self->outsourcer != NULL)
    rp_record_list_open_editor (self->evaluations, NULL);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpOutsourcerDetail *self = RP_OUTSOURCER_DETAIL (widget);

  if (self->outsourcer != NULL)
    rp_ui_delete_record (widget, self->watch.store, self->outsourcer);
}

static GtkWidget *
build_header (RpOutsourcerDetail *self)
{
  RpUiHeader parts;
  GtkWidget *header = rp_ui_detail_header ("outsourcers.back", &parts);
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Edit…"));
  GtkWidget *evaluate = gtk_button_new_with_mnemonic (_("E_valuate…"));
  GtkWidget *del = gtk_button_new_from_icon_name ("user-trash-symbolic");

  self->back_button = parts.back;
  self->name_label = parts.title;
  self->badges_box = parts.badges;
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "outsourcer.edit");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (evaluate), "outsourcer.evaluate");
  gtk_widget_set_tooltip_text (evaluate, _("Score this partner against the selection standards"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (del), "outsourcer.delete");
  gtk_widget_set_tooltip_text (del, _("Delete the Outsourcer"));
  gtk_box_append (GTK_BOX (parts.buttons), evaluate);
  gtk_box_append (GTK_BOX (parts.buttons), edit);
  gtk_box_append (GTK_BOX (parts.buttons), del);
  return header;
}

static GtkWidget *
decision_box_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "decision");
  gtk_widget_set_visible (box, FALSE);
  return box;
}

static void
build_pages (RpOutsourcerDetail *self)
{
  GtkWidget *page, *grid_header, *import, *period_box, *card;

  /* Profile */
  page = rp_ui_tab_page (self->stack, "profile", _("Profile"), "avatar-default-symbolic");
  self->profile_list = GTK_LIST_BOX (rp_ui_boxed_list ());
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->profile_list));
  self->staff = rp_record_list_new (RP_KIND_STAFF, _("Their Staff"));
  rp_record_list_set_description (self->staff, _("Managed as our own: they appear in the framework's staff directory beside our people."));
  rp_record_list_set_subtitle_func (self->staff, staff_subtitle, NULL);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->staff));
  self->evaluations = rp_evaluation_list_new (_("Evaluations Against the Selection Standards"), "outsourcer", "selection");
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->evaluations));

  /* Contracts */
  page = rp_ui_tab_page (self->stack, "contracts", _("Contracts"), "x-office-document-symbolic");
  self->contracts = rp_record_list_new (RP_KIND_CONTRACT, _("Contracts"));
  rp_record_list_set_description (self->contracts, _("Select a contract to see its duties and commitments. A contract ending within 60 days is flagged."));
  rp_record_list_set_subtitle_func (self->contracts, contract_subtitle, NULL);
  rp_record_list_set_suffix_func (self->contracts, contract_badge, NULL);
  rp_record_list_set_activatable (self->contracts, TRUE);
  g_signal_connect (self->contracts, "record-activated", G_CALLBACK (contract_activated_cb), self);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->contracts));
  self->contract_parts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (page), self->contract_parts);

  /* KPIs and figures */
  page = rp_ui_tab_page (self->stack, "kpis", _("KPIs and Figures"), "x-office-spreadsheet-symbolic");
  self->kpis = rp_record_list_new (RP_KIND_KPI, _("Key Performance Indicators"));
  rp_record_list_set_description (self->kpis, _("Measured KPIs have a target; others are rated by a person from 1 to 5. A changed target applies from the month chosen on."));
  rp_record_list_set_subtitle_func (self->kpis, kpi_subtitle, self);
  rp_record_list_set_suffix_func (self->kpis, kpi_suffix, self);
  rp_record_list_watch_kind (self->kpis, "kpi_target");
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->kpis));
  grid_header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  {
    GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
    GtkWidget *hint = gtk_label_new (_("Select a cell and press Enter to type a figure; n/a marks a month in which the KPI does not apply; an empty cell is missing, never zero."));

    gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
    gtk_label_set_xalign (GTK_LABEL (hint), 0);
    gtk_widget_add_css_class (hint, "dim-label");
    gtk_box_append (GTK_BOX (labels), rp_ui_heading (_("Monthly Figures")));
    gtk_box_append (GTK_BOX (labels), hint);
    gtk_widget_set_hexpand (labels, TRUE);
    gtk_box_append (GTK_BOX (grid_header), labels);
  }
  import = gtk_button_new_with_mnemonic (_("_Import CSV…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (import), "outsourcer.import-csv");
  gtk_widget_set_valign (import, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (grid_header), import);
  gtk_box_append (GTK_BOX (page), grid_header);
  self->grid = rp_figure_grid_new ();
  gtk_widget_set_vexpand (GTK_WIDGET (self->grid), TRUE);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->grid));

  /* Scorecard */
  page = rp_ui_tab_page (self->stack, "scorecard", _("Scorecard"), "starred-symbolic");
  period_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  self->score_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->score_label), 0);
  gtk_widget_add_css_class (self->score_label, "title-1");
  self->score_detail_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->score_detail_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->score_detail_label), TRUE);
  gtk_widget_add_css_class (self->score_detail_label, "dim-label");
  gtk_box_append (GTK_BOX (card), self->score_label);
  gtk_box_append (GTK_BOX (card), self->score_detail_label);
  gtk_widget_set_hexpand (card, TRUE);
  self->period_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->period_dropdown), GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->period_dropdown), _("Month"));
  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (period_changed_cb), self);
  gtk_box_append (GTK_BOX (period_box), card);
  gtk_box_append (GTK_BOX (period_box), GTK_WIDGET (self->period_dropdown));
  gtk_box_append (GTK_BOX (page), period_box);
  self->decision_box = decision_box_new ();
  gtk_box_append (GTK_BOX (page), self->decision_box);
  self->trend = rp_chart_view_new (NULL, NULL, NULL);
  gtk_widget_set_size_request (self->trend, -1, 240);
  gtk_widget_add_css_class (self->trend, "card");
  gtk_box_append (GTK_BOX (page), self->trend);
  gtk_box_append (GTK_BOX (page), rp_ui_heading (_("What Each KPI Contributed")));
  self->contributions = GTK_LIST_BOX (rp_ui_boxed_list ());
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->contributions));

  /* Compliance */
  page = rp_ui_tab_page (self->stack, "compliance", _("Compliance"), "object-select-symbolic");
  self->compliance_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->compliance_label), 0);
  gtk_widget_add_css_class (self->compliance_label, "title-3");
  gtk_box_append (GTK_BOX (page), self->compliance_label);
  {
    GtkWidget *hint = rp_ui_empty_label (_("Each commitment checked month by month: met (✓), partly met (½) or missed (✗). Hover a check for its evidence; + records the check of the month chosen under Scorecard."));

    gtk_box_append (GTK_BOX (page), hint);
  }
  self->compliance_list = GTK_LIST_BOX (rp_ui_boxed_list ());
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->compliance_list));

  /* Proposals */
  page = rp_ui_tab_page (self->stack, "proposals", _("Proposals"), "mail-send-symbolic");
  self->proposals = rp_record_list_new (RP_KIND_PROPOSAL, _("CRM Strategy Proposals"));
  rp_record_list_set_description (self->proposals, _("Ask partners for their own CRM proposals; select one to weigh its effect and its fit with our philosophy."));
  rp_record_list_set_activatable (self->proposals, TRUE);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->proposals));
  self->proposal_pane = rp_proposal_pane_new ();
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->proposal_pane));

  /* Reviews */
  page = rp_ui_tab_page (self->stack, "reviews", _("Reviews"), "x-office-calendar-symbolic");
  self->review_status = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->review_status), 0);
  gtk_label_set_wrap (GTK_LABEL (self->review_status), TRUE);
  gtk_box_append (GTK_BOX (page), self->review_status);
  self->reviews = rp_record_list_new (RP_KIND_REVIEW, _("Cooperation Reviews"));
  rp_record_list_set_description (self->reviews, _("The rhythm is set with Edit…; each review sets the date of the next."));
  rp_record_list_set_title_func (self->reviews, review_title, NULL);
  rp_record_list_set_subtitle_func (self->reviews, review_subtitle, NULL);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->reviews));

  /* Actions */
  page = rp_ui_tab_page (self->stack, "actions", _("Actions"), "emblem-important-symbolic");
  self->action_decision_box = decision_box_new ();
  gtk_box_append (GTK_BOX (page), self->action_decision_box);
  self->actions = rp_record_list_new (RP_KIND_VENDOR_ACTION, _("Rewards, Warnings and Penalties Decided"));
  rp_record_list_set_title_func (self->actions, action_title, NULL);
  rp_record_list_set_subtitle_func (self->actions, action_subtitle, NULL);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->actions));
}

static void
proposal_activated_cb (RpRecordList       *list,
                       RpRecord           *proposal,
                       RpOutsourcerDetail *self)
{
  rp_proposal_pane_set_proposal (self->proposal_pane, self->watch.store, proposal);
}

void
rp_outsourcer_detail_set_outsourcer (RpOutsourcerDetail *self,
                                     RpStore            *store,
                                     RpRecord           *outsourcer)
{
  const char *uuid = outsourcer ? rp_record_get_uuid (outsourcer) : NULL;

  g_return_if_fail (RP_IS_OUTSOURCER_DETAIL (self));

  rp_store_watch_set_store (&self->watch, store);
  g_set_object (&self->outsourcer, outsourcer);
  rp_record_list_set_owner (self->staff, "outsourcer", uuid);
  rp_record_list_set_owner (self->evaluations, "outsourcer", uuid);
  rp_record_list_set_owner (self->contracts, "outsourcer", uuid);
  rp_record_list_set_owner (self->kpis, "outsourcer", uuid);
  rp_record_list_set_owner (self->proposals, "outsourcer", uuid);
  rp_record_list_set_owner (self->reviews, "outsourcer", uuid);
  rp_record_list_set_owner (self->actions, "outsourcer", uuid);
  rp_record_list_set_store (self->staff, store);
  rp_record_list_set_store (self->evaluations, store);
  rp_record_list_set_store (self->contracts, store);
  rp_record_list_set_store (self->kpis, store);
  rp_record_list_set_store (self->proposals, store);
  rp_record_list_set_store (self->reviews, store);
  rp_record_list_set_store (self->actions, store);
  rp_figure_grid_set_outsourcer (self->grid, store, uuid);
  rp_ui_clear_box (self->contract_parts);
  rp_proposal_pane_set_proposal (self->proposal_pane, store, NULL);
  if (outsourcer != NULL && store != NULL)
    {
      g_autoptr(GListModel) contracts = rp_store_list (store, RP_KIND_CONTRACT, RP_CONTRACT_OUTSOURCER, uuid);
      g_autoptr(GListModel) proposals = rp_store_list (store, RP_KIND_PROPOSAL, RP_PROPOSAL_OUTSOURCER, uuid);

      refresh (self);
      if (g_list_model_get_n_items (contracts) > 0)
        {
          g_autoptr(RpRecord) first = g_list_model_get_item (contracts, 0);

          contract_activated_cb (self->contracts, first, self);
        }
      if (g_list_model_get_n_items (proposals) > 0)
        {
          g_autoptr(RpRecord) first = g_list_model_get_item (proposals, 0);

          rp_proposal_pane_set_proposal (self->proposal_pane, store, first);
        }
    }
}

GtkWidget *
rp_outsourcer_detail_get_back_button (RpOutsourcerDetail *self)
{
  return self->back_button;
}

void
rp_outsourcer_detail_show_tab (RpOutsourcerDetail *self,
                               const char         *name)
{
  adw_view_stack_set_visible_child_name (self->stack, name);
}

RpFigureGrid *
rp_outsourcer_detail_get_grid (RpOutsourcerDetail *self)
{
  return self->grid;
}

RpProposalPane *
rp_outsourcer_detail_get_proposal_pane (RpOutsourcerDetail *self)
{
  return self->proposal_pane;
}

const char *
rp_outsourcer_detail_get_score_text (RpOutsourcerDetail *self)
{
  return gtk_label_get_text (GTK_LABEL (self->score_label));
}

gboolean
rp_outsourcer_detail_has_decision (RpOutsourcerDetail *self)
{
  return gtk_widget_get_visible (self->decision_box);
}

static void
rp_outsourcer_detail_dispose (GObject *object)
{
  RpOutsourcerDetail *self = RP_OUTSOURCER_DETAIL (object);

  rp_store_watch_clear (&self->watch);
  g_clear_object (&self->outsourcer);
  g_clear_pointer (&self->card, rp_scorecard_free);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  G_OBJECT_CLASS (rp_outsourcer_detail_parent_class)->dispose (object);
}

static void
rp_outsourcer_detail_class_init (RpOutsourcerDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_outsourcer_detail_dispose;
  gtk_widget_class_install_action (widget_class, "outsourcer.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "outsourcer.evaluate", NULL, evaluate_activated);
  gtk_widget_class_install_action (widget_class, "outsourcer.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "outsourcer.import-csv", NULL, import_csv_activated);
}

static void
rp_outsourcer_detail_init (RpOutsourcerDetail *self)
{
  GtkWidget *box;

  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  box = rp_ui_tabbed_detail (build_header (self), &self->stack);
  build_pages (self);
  g_signal_connect (self->proposals, "record-activated", G_CALLBACK (proposal_activated_cb), self);
  adw_bin_set_child (ADW_BIN (self), box);
}

RpOutsourcerDetail *
rp_outsourcer_detail_new (void)
{
  return g_object_new (RP_TYPE_OUTSOURCER_DETAIL, NULL);
}
