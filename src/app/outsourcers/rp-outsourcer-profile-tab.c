/* rp-outsourcer-profile-tab.c — who the partner is, their staff (managed as our own) and
 * their evaluations against the selection standards */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-outsourcer-tabs.h"
#include "rp-util.h"
#include "rp-evaluation-dialog.h"
#include "rp-record-list.h"
#include "rp-ui.h"

struct _RpOutsourcerProfileTab
{
  RpDetailTab   parent_instance;

  GtkListBox   *profile_list;
  RpRecordList *staff;
  RpRecordList *evaluations;
};

G_DEFINE_FINAL_TYPE (RpOutsourcerProfileTab, rp_outsourcer_profile_tab, RP_TYPE_DETAIL_TAB)

static void
fill_profile (RpOutsourcerProfileTab *self)
{
  RpRecord *outsourcer = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  const RpKind *kind = rp_kind_get (RP_KIND_OUTSOURCER);

  rp_ui_list_box_clear (self->profile_list);
  if (outsourcer == NULL)
    return;
  for (guint i = 0; i < kind->n_fields; i++)
    {
      RpFieldId field = rp_field_id_at (kind, i);
      g_autofree char *value = NULL;
      GtkWidget *row;

      if (field == RP_OUTSOURCER_NAME || field == RP_OUTSOURCER_CADENCE_DAYS)
        continue;
      value = rp_record_format (outsourcer, field);
      if (field == RP_OUTSOURCER_CADENCE && rp_record_get_enum (outsourcer, RP_OUTSOURCER_CADENCE) == RP_CADENCE_DAYS)
        {
          g_free (value);
          value = rp_text_printf (_("Every %d days"), (int) rp_record_get_int (outsourcer, RP_OUTSOURCER_CADENCE_DAYS));
        }
      row = rp_ui_row_new (rp_field_get_label (&kind->fields[i]), *value ? value : "—");
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      gtk_list_box_append (self->profile_list, row);
    }
}

static void
rp_outsourcer_profile_tab_bind (RpDetailTab *tab,
                                RpStore     *store,
                                RpRecord    *record)
{
  RpOutsourcerProfileTab *self = RP_OUTSOURCER_PROFILE_TAB (tab);
  const char *uuid = record ? rp_record_get_uuid (record) : NULL;

  rp_record_list_bind (self->staff, store, RP_STAFF_OUTSOURCER, uuid);
  rp_record_list_bind (self->evaluations, store, RP_EVALUATION_OUTSOURCER, uuid);
  fill_profile (self);
}

static void
rp_outsourcer_profile_tab_record_changed (RpDetailTab *tab)
{
  fill_profile (RP_OUTSOURCER_PROFILE_TAB (tab));
}

static void
rp_outsourcer_profile_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_OUTSOURCER_PROFILE_TAB);
  G_OBJECT_CLASS (rp_outsourcer_profile_tab_parent_class)->dispose (object);
}

static void
rp_outsourcer_profile_tab_class_init (RpOutsourcerProfileTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_outsourcer_profile_tab_dispose;
  tab_class->bind = rp_outsourcer_profile_tab_bind;
  tab_class->record_changed = rp_outsourcer_profile_tab_record_changed;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcer-profile-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerProfileTab, profile_list);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerProfileTab, staff);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerProfileTab, evaluations);
}

static void
rp_outsourcer_profile_tab_init (RpOutsourcerProfileTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_evaluation_list_setup (self->evaluations, "outsourcer", "selection");
}

/* Every tab of the detail, registered before its template names them */
void
rp_outsourcer_tabs_ensure_types (void)
{
  g_type_ensure (RP_TYPE_OUTSOURCER_PROFILE_TAB);
  g_type_ensure (RP_TYPE_OUTSOURCER_CONTRACTS_TAB);
  g_type_ensure (RP_TYPE_OUTSOURCER_KPIS_TAB);
  g_type_ensure (RP_TYPE_OUTSOURCER_SCORECARD_TAB);
  g_type_ensure (RP_TYPE_OUTSOURCER_COMPLIANCE_TAB);
  g_type_ensure (RP_TYPE_OUTSOURCER_PROPOSALS_TAB);
  g_type_ensure (RP_TYPE_OUTSOURCER_REVIEWS_TAB);
  g_type_ensure (RP_TYPE_OUTSOURCER_ACTIONS_TAB);
}
