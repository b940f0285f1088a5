/* rp-framework-factors-tab.c — the customer needs, stakeholder requirements and resource
 * constraints a framework was built around (SITXCCS008) */
#include "config.h"

#include "rp-framework-tabs.h"

struct _RpFrameworkFactorsTab
{
  RpDetailTab   parent_instance;

  RpRecordList *factors;
};

G_DEFINE_FINAL_TYPE (RpFrameworkFactorsTab, rp_framework_factors_tab, RP_TYPE_DETAIL_TAB)

static void
rp_framework_factors_tab_bind (RpDetailTab *tab,
                               RpStore     *store,
                               RpRecord    *record)
{
  rp_record_list_bind (RP_FRAMEWORK_FACTORS_TAB (tab)->factors, store, RP_FACTOR_FRAMEWORK,
                       record ? rp_record_get_uuid (record) : NULL);
}

static void
rp_framework_factors_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_FRAMEWORK_FACTORS_TAB);
  G_OBJECT_CLASS (rp_framework_factors_tab_parent_class)->dispose (object);
}

static void
rp_framework_factors_tab_class_init (RpFrameworkFactorsTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_framework_factors_tab_dispose;
  RP_DETAIL_TAB_CLASS (klass)->bind = rp_framework_factors_tab_bind;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/framework/rp-framework-factors-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkFactorsTab, factors);
}

static void
rp_framework_factors_tab_init (RpFrameworkFactorsTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
