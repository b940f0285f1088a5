/* rp-outsourcer-compliance-tab.c — each commitment checked month by month (110985L5):
 * met, partly met or missed, with the evidence, and the rate over every check */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-outsourcer-tabs.h"
#include "rp-outsourcer-models.h"
#include "rp-record-editor.h"
#include "rp-scorecard-model.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpOutsourcerComplianceTab
{
  RpDetailTab        parent_instance;

  GtkLabel          *rate_label;
  GtkListBox        *commitments;

  RpComplianceModel *compliance;
  RpScorecardModel  *latest;   /* the month a new check is for */
};

G_DEFINE_FINAL_TYPE (RpOutsourcerComplianceTab, rp_outsourcer_compliance_tab, RP_TYPE_DETAIL_TAB)

static void
record_check_clicked_cb (GtkButton                 *button,
                         RpOutsourcerComplianceTab *self)
{
  RpRecord *commitment = g_object_get_data (G_OBJECT (button), "rp-commitment");
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  const char *period = self->latest ? rp_scorecard_model_get_period (self->latest) : NULL;
  g_autofree char *this_month = NULL;
  g_autoptr(RpRecord) check = NULL;

  if (period == NULL)
    {
      GDate today;

      rp_date_set_today (&today);
      period = this_month = rp_period_of_date (&today);
    }
  /* A commitment is checked once a month: that month's check, if made, is edited */
  check = rp_store_find (store, RP_KIND_COMPLIANCE_CHECK, RP_COMPLIANCE_CHECK_COMMITMENT, rp_record_get_uuid (commitment),
                         RP_COMPLIANCE_CHECK_PERIOD, period);
  if (check != NULL)
    {
      rp_record_editor_present (rp_record_editor_new (GTK_WIDGET (self), store, check, FALSE));
      return;
    }
  check = rp_record_new_for (RP_KIND_COMPLIANCE_CHECK, commitment);
  rp_record_set_string (check, RP_COMPLIANCE_CHECK_PERIOD, period);
  rp_record_editor_present (rp_record_editor_new (GTK_WIDGET (self), store, check, TRUE));
}

static GtkWidget *
check_badge (RpRecord *check)
{
  int result = rp_record_get_enum (check, RP_COMPLIANCE_CHECK_RESULT);
  const char *mark = result == RP_COMPLIANCE_RESULT_MET ? "✓" : result == RP_COMPLIANCE_RESULT_MISSED ? "✗" : "½";
  g_autofree char *label = g_strdup_printf ("%s %s", rp_record_get_string (check, RP_COMPLIANCE_CHECK_PERIOD), mark);
  g_autofree char *said = rp_record_format (check, RP_COMPLIANCE_CHECK_RESULT);
  /* Translators: how a screen reader says one check, "2026-10: Partly met" */
  g_autofree char *name = rp_text_printf (_("%s: %s"), rp_record_get_string (check, RP_COMPLIANCE_CHECK_PERIOD), said);
  GtkWidget *badge = rp_ui_badge_new (label, result == RP_COMPLIANCE_RESULT_MET ? "success"
                                             : result == RP_COMPLIANCE_RESULT_MISSED ? "error" : "warning");

  gtk_widget_set_tooltip_text (badge, rp_record_get_string (check, RP_COMPLIANCE_CHECK_EVIDENCE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return badge;
}

static GtkWidget *
create_commitment_row (gpointer item,
                       gpointer user_data)
{
  RpOutsourcerComplianceTab *self = user_data;
  RpRecord *commitment = rp_row_get_record (item);
  GListModel *checks = rp_row_get_children (item);
  guint n = checks ? g_list_model_get_n_items (checks) : 0;
  GtkWidget *row = rp_ui_row_new (rp_row_get_title (item), rp_row_get_subtitle (item));
  GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *name = rp_text_printf (_("Record a check of “%s”"), rp_row_get_title (item));
  gboolean missed_last = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) check = g_list_model_get_item (checks, i);

      gtk_box_append (GTK_BOX (badges), check_badge (check));
      missed_last = rp_record_get_enum (check, RP_COMPLIANCE_CHECK_RESULT) == RP_COMPLIANCE_RESULT_MISSED;
    }
  gtk_widget_set_valign (badges, GTK_ALIGN_CENTER);
  if (missed_last)
    {
      GtkWidget *icon = rp_ui_icon_new_named ("dialog-warning-symbolic", _("Warning"));

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Missed at the latest check"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_add_css_class (row, "attention-problem");
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badges);
  gtk_widget_set_tooltip_text (button, _("Record a Check"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "rp-commitment", g_object_ref (commitment), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (record_check_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
show_rate (RpOutsourcerComplianceTab *self)
{
  guint met = 0, partly_met = 0, missed = 0;
  double rate = self->compliance ? rp_compliance_model_get_rate (self->compliance, &met, &partly_met, &missed) : NAN;
  g_autofree char *text = NULL;

  /* Translators: "Compliance rate 67 %: 5 met, 2 partly met, 2 missed" */
  text = isnan (rate) ? g_strdup (_("No compliance checks recorded yet."))
                      : rp_text_printf (_("Compliance rate %.0f %%: %u met, %u partly met, %u missed"),
                                         100 * rate, met, partly_met, missed);
  gtk_label_set_text (self->rate_label, text);
}

static void
rp_outsourcer_compliance_tab_bind (RpDetailTab *tab,
                                   RpStore     *store,
                                   RpRecord    *record)
{
  RpOutsourcerComplianceTab *self = RP_OUTSOURCER_COMPLIANCE_TAB (tab);
  g_autoptr(RpComplianceModel) compliance = NULL;

  if (store != NULL && record != NULL)
    compliance = rp_compliance_model_get (store, rp_record_get_uuid (record));
  if (self->compliance != NULL)
    g_signal_handlers_disconnect_by_func (self->compliance, show_rate, self);
  g_set_object (&self->compliance, compliance);
  if (compliance != NULL)
    g_signal_connect_swapped (compliance, "notify::loading", G_CALLBACK (show_rate), self);
  gtk_list_box_bind_model (self->commitments, G_LIST_MODEL (compliance), create_commitment_row, self, NULL);
  g_clear_object (&self->latest);
  if (store != NULL)
    self->latest = rp_scorecard_model_get (store, NULL);
  show_rate (self);
}

static void
rp_outsourcer_compliance_tab_dispose (GObject *object)
{
  RpOutsourcerComplianceTab *self = RP_OUTSOURCER_COMPLIANCE_TAB (object);

  if (self->compliance != NULL)
    g_signal_handlers_disconnect_by_func (self->compliance, show_rate, self);
  g_clear_object (&self->compliance);
  g_clear_object (&self->latest);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_OUTSOURCER_COMPLIANCE_TAB);
  G_OBJECT_CLASS (rp_outsourcer_compliance_tab_parent_class)->dispose (object);
}

static void
rp_outsourcer_compliance_tab_class_init (RpOutsourcerComplianceTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_outsourcer_compliance_tab_dispose;
  tab_class->bind = rp_outsourcer_compliance_tab_bind;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcer-compliance-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerComplianceTab, rate_label);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerComplianceTab, commitments);
}

static void
rp_outsourcer_compliance_tab_init (RpOutsourcerComplianceTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (self->commitments, rp_ui_list_placeholder (_("No commitments yet"),
                                                                          _("Add them to a contract under Contracts.")));
}
