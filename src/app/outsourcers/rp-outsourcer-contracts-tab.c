/* rp-outsourcer-contracts-tab.c — contracts (scope, period, value), and the duties,
 * responsibilities and commitments of the one chosen */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-outsourcer-tabs.h"
#include "rp-overview.h"
#include "rp-record-list.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpOutsourcerContractsTab
{
  RpDetailTab   parent_instance;

  RpRecordList *contracts;
  GtkWidget    *parts;
  GtkLabel     *parts_heading;
  GtkLabel     *scope_label;
  RpRecordList *duties;
  RpRecordList *commitments;

  RpRecordModel *chosen;    /* the contract shown below, followed */
};

G_DEFINE_FINAL_TYPE (RpOutsourcerContractsTab, rp_outsourcer_contracts_tab, RP_TYPE_DETAIL_TAB)

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
      g_autofree char *text = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "Ends in %d day", "Ends in %d days", days), days);

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
  g_autofree char *amount = isnan (value) ? NULL : rp_format_amount (value, rp_record_get_string (contract, RP_CONTRACT_CURRENCY));
  g_autofree char *money = amount ? g_strconcat (" · ", amount, NULL) : g_strdup ("");

  return g_strdup_printf ("%s – %s%s", from, to, money);
}

static char *
duty_subtitle (RpRecord *duty,
               gpointer  user_data)
{
  return rp_record_format (duty, RP_DUTY_PARTY);
}

static void
show_parts (RpOutsourcerContractsTab *self)
{
  g_autoptr(RpRecord) contract = self->chosen ? rp_record_model_get_record (self->chosen, 0) : NULL;
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  g_autofree char *heading = NULL;

  gtk_widget_set_visible (self->parts, contract != NULL);
  rp_record_list_bind (self->duties, store, RP_DUTY_CONTRACT, contract ? rp_record_get_uuid (contract) : NULL);
  rp_record_list_bind (self->commitments, store, RP_COMMITMENT_CONTRACT, contract ? rp_record_get_uuid (contract) : NULL);
  if (contract == NULL)
    return;
  heading = rp_text_printf (_("Duties and commitments of “%s”"), rp_record_get_string (contract, RP_CONTRACT_TITLE));
  gtk_label_set_text (self->parts_heading, heading);
  gtk_label_set_text (self->scope_label, rp_record_get_string (contract, RP_CONTRACT_SCOPE));
  gtk_widget_set_visible (GTK_WIDGET (self->scope_label), rp_record_is_set (contract, RP_CONTRACT_SCOPE));
}

static void
choose (RpOutsourcerContractsTab *self,
        RpRecord                 *contract)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));

  if (self->chosen != NULL)
    g_signal_handlers_disconnect_by_func (self->chosen, show_parts, self);
  g_clear_object (&self->chosen);
  if (contract != NULL && store != NULL)
    {
      self->chosen = rp_record_model_get_one (store, RP_KIND_CONTRACT, rp_record_get_uuid (contract));
      g_signal_connect_swapped (self->chosen, "items-changed", G_CALLBACK (show_parts), self);
    }
  show_parts (self);
}

static void
contract_activated_cb (RpRecordList             *list,
                       RpRecord                 *contract,
                       RpOutsourcerContractsTab *self)
{
  choose (self, contract);
}

static void
rp_outsourcer_contracts_tab_bind (RpDetailTab *tab,
                                  RpStore     *store,
                                  RpRecord    *record)
{
  RpOutsourcerContractsTab *self = RP_OUTSOURCER_CONTRACTS_TAB (tab);
  g_autoptr(RpRecord) first = NULL;

  rp_record_list_bind (self->contracts, store, RP_CONTRACT_OUTSOURCER, record ? rp_record_get_uuid (record) : NULL);
  /* The first contract is shown until another is chosen. */
  first = rp_record_list_get_record (self->contracts, 0);
  choose (self, first);
}

static void
rp_outsourcer_contracts_tab_dispose (GObject *object)
{
  RpOutsourcerContractsTab *self = RP_OUTSOURCER_CONTRACTS_TAB (object);

  if (self->chosen != NULL)
    g_signal_handlers_disconnect_by_func (self->chosen, show_parts, self);
  g_clear_object (&self->chosen);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_OUTSOURCER_CONTRACTS_TAB);
  G_OBJECT_CLASS (rp_outsourcer_contracts_tab_parent_class)->dispose (object);
}

static void
rp_outsourcer_contracts_tab_class_init (RpOutsourcerContractsTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_outsourcer_contracts_tab_dispose;
  tab_class->bind = rp_outsourcer_contracts_tab_bind;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcer-contracts-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerContractsTab, contracts);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerContractsTab, parts);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerContractsTab, parts_heading);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerContractsTab, scope_label);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerContractsTab, duties);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerContractsTab, commitments);
  gtk_widget_class_bind_template_callback (widget_class, contract_activated_cb);
}

static void
rp_outsourcer_contracts_tab_init (RpOutsourcerContractsTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_record_list_set_subtitle_func (self->contracts, contract_subtitle, NULL);
  rp_record_list_set_suffix_func (self->contracts, contract_badge, NULL);
  rp_record_list_set_subtitle_func (self->duties, duty_subtitle, NULL);
}
