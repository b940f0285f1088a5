/* rp-philosophy-promote-tab.c — how staff, customers and partners come to know the
 * philosophy (ITCSCR601A): who, through which channel, who owns it, by when */
#include "config.h"

#include "rp-philosophy-tabs.h"
#include "rp-record-list.h"

struct _RpPhilosophyPromoteTab
{
  RpDetailTab   parent_instance;

  GtkWidget    *hint;
  RpRecordList *promotions;
};

G_DEFINE_FINAL_TYPE (RpPhilosophyPromoteTab, rp_philosophy_promote_tab, RP_TYPE_DETAIL_TAB)

static void
show_hint (RpPhilosophyPromoteTab *self)
{
  RpRecord *philosophy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));

  gtk_widget_set_visible (self->hint, philosophy != NULL &&
                          rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) != RP_PHILOSOPHY_STATUS_ADOPTED);
}

static void
rp_philosophy_promote_tab_bind (RpDetailTab *tab,
                                RpStore     *store,
                                RpRecord    *record)
{
  RpPhilosophyPromoteTab *self = RP_PHILOSOPHY_PROMOTE_TAB (tab);

  rp_record_list_bind (self->promotions, store, RP_PROMOTION_PHILOSOPHY, record ? rp_record_get_uuid (record) : NULL);
  show_hint (self);
}

static void
rp_philosophy_promote_tab_record_changed (RpDetailTab *tab)
{
  show_hint (RP_PHILOSOPHY_PROMOTE_TAB (tab));
}

static void
rp_philosophy_promote_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PHILOSOPHY_PROMOTE_TAB);
  G_OBJECT_CLASS (rp_philosophy_promote_tab_parent_class)->dispose (object);
}

static void
rp_philosophy_promote_tab_class_init (RpPhilosophyPromoteTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_philosophy_promote_tab_dispose;
  tab_class->bind = rp_philosophy_promote_tab_bind;
  tab_class->record_changed = rp_philosophy_promote_tab_record_changed;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/philosophy/rp-philosophy-promote-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyPromoteTab, hint);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyPromoteTab, promotions);
}

static void
rp_philosophy_promote_tab_init (RpPhilosophyPromoteTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Every tab of the detail, registered before its template names them */
void
rp_philosophy_tabs_ensure_types (void)
{
  g_type_ensure (RP_TYPE_PHILOSOPHY_WRITE_TAB);
  g_type_ensure (RP_TYPE_PHILOSOPHY_FIT_TAB);
  g_type_ensure (RP_TYPE_PHILOSOPHY_BALANCE_TAB);
  g_type_ensure (RP_TYPE_PHILOSOPHY_EVALUATE_TAB);
  g_type_ensure (RP_TYPE_PHILOSOPHY_ADOPTION_TAB);
  g_type_ensure (RP_TYPE_PHILOSOPHY_PROMOTE_TAB);
  g_type_ensure (RP_TYPE_PHILOSOPHY_LIVING_TAB);
}
