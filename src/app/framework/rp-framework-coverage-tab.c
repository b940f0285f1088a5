/* rp-framework-coverage-tab.c — what the framework does not yet cover, and the people who
 * do not yet have the levels their activities need; a line opens what puts it right */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-ack-group.h"
#include "rp-framework-tabs.h"
#include "rp-framework-models.h"
#include "rp-record-editor.h"
#include "rp-ui.h"

struct _RpFrameworkCoverageTab
{
  RpDetailTab        parent_instance;

  GtkListBox        *checks;
  RpAckGroup        *acknowledgements;

  RpFrameworkChecks *findings;
};

G_DEFINE_FINAL_TYPE (RpFrameworkCoverageTab, rp_framework_coverage_tab, RP_TYPE_DETAIL_TAB)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  const RpFinding *finding = rp_finding_row_get_finding (item);
  GtkWidget *row = rp_ui_row_new (finding->message, rp_framework_check_heading (finding->rule));
  GtkWidget *icon = rp_ui_icon_new_named ("dialog-warning-symbolic", _("Warning"));

  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rp_ui_icon_new ("go-next-symbolic"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/* A principle opens in its philosophy; a phase, an activity or a person in the editor. */
static void
row_activated_cb (GtkListBox             *list,
                  GtkListBoxRow          *row,
                  RpFrameworkCoverageTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  g_autoptr(RpFindingRow) item = g_list_model_get_item (G_LIST_MODEL (self->findings), gtk_list_box_row_get_index (row));
  const RpFinding *finding = item ? rp_finding_row_get_finding (item) : NULL;
  g_autoptr(RpRecord) record = NULL;

  if (finding == NULL || finding->record_kind == NULL || finding->record_uuid == NULL)
    return;
  if (g_str_equal (finding->record_kind, "principle"))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.open-record", "(ss)", finding->record_kind, finding->record_uuid);
      return;
    }
  record = rp_store_lookup (store, finding->record_kind, finding->record_uuid);
  if (record != NULL)
    rp_record_editor_present (rp_record_editor_new (GTK_WIDGET (self), store, record, FALSE));
}

static void
rp_framework_coverage_tab_bind (RpDetailTab *tab,
                                RpStore     *store,
                                RpRecord    *record)
{
  RpFrameworkCoverageTab *self = RP_FRAMEWORK_COVERAGE_TAB (tab);

  g_clear_object (&self->findings);
  if (store != NULL && record != NULL)
    self->findings = rp_framework_checks_get (store, rp_record_get_uuid (record));
  gtk_list_box_bind_model (self->checks, G_LIST_MODEL (self->findings), create_row, NULL, NULL);
  rp_ack_group_bind (self->acknowledgements, store, record);
}

static void
rp_framework_coverage_tab_dispose (GObject *object)
{
  g_clear_object (&RP_FRAMEWORK_COVERAGE_TAB (object)->findings);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_FRAMEWORK_COVERAGE_TAB);
  G_OBJECT_CLASS (rp_framework_coverage_tab_parent_class)->dispose (object);
}

static void
rp_framework_coverage_tab_class_init (RpFrameworkCoverageTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_framework_coverage_tab_dispose;
  RP_DETAIL_TAB_CLASS (klass)->bind = rp_framework_coverage_tab_bind;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/framework/rp-framework-coverage-tab.ui");
  g_type_ensure (RP_TYPE_ACK_GROUP);
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkCoverageTab, checks);
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkCoverageTab, acknowledgements);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
rp_framework_coverage_tab_init (RpFrameworkCoverageTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (self->checks,
                                rp_ui_list_placeholder (_("Nothing to put right"),
                                                        _("Every principle is served, every post-sale phase listens and recovers, "
                                                          "and every activity has the people it needs.")));
}
