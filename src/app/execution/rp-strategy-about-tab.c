/* rp-strategy-about-tab.c — what the strategy is, the principles of the adopted
 * philosophy it carries out, its sub-strategies and the channels that carry it */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-strategy-tabs.h"
#include "rp-util.h"
#include "rp-links-dialog.h"
#include "rp-record-list.h"
#include "rp-record-model.h"
#include "rp-ui.h"

struct _RpStrategyAboutTab
{
  RpDetailTab    parent_instance;

  GtkLabel      *description_label;
  GtkBox        *principles;
  RpRecordList  *children;
  RpRecordList  *channels;

  RpRecordModel *adopted;   /* the philosophy adopted: its principles are the choices */
  RpRecordModel *adopted_principles;
};

G_DEFINE_FINAL_TYPE (RpStrategyAboutTab, rp_strategy_about_tab, RP_TYPE_DETAIL_TAB)

static char *
channel_subtitle (RpRecord *channel,
                  gpointer  user_data)
{
  const char *frequency = rp_record_get_string (channel, RP_CHANNEL_FREQUENCY);
  const char *owner = rp_record_get_string (channel, RP_CHANNEL_OWNER);

  /* Translators: "Weekly · owner Tom Chan" */
  return rp_text_printf (_("%s · owner %s"), frequency ? frequency : "—", owner ? owner : "—");
}

static void
child_activated_cb (RpRecordList       *list,
                    RpRecord           *child,
                    RpStrategyAboutTab *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-record", "(ss)", "strategy", rp_record_get_uuid (child));
}

static void
fill_principles (RpStrategyAboutTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *strategy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  g_autoptr(RpRecord) adopted = self->adopted ? rp_record_model_get_record (self->adopted, 0) : NULL;
  g_autoptr(RpRecordModel) adopted_principles = NULL;
  g_autoptr(GListModel) principles = NULL;
  GtkWidget *child;

  /* The choices change with the adopted philosophy's principles too */
  if (store != NULL && adopted != NULL)
    adopted_principles = rp_record_model_get (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted));
  if (adopted_principles != self->adopted_principles)
    {
      if (self->adopted_principles != NULL)
        g_signal_handlers_disconnect_by_func (self->adopted_principles, fill_principles, self);
      g_set_object (&self->adopted_principles, adopted_principles);
      if (adopted_principles != NULL)
        g_signal_connect_swapped (adopted_principles, "items-changed", G_CALLBACK (fill_principles), self);
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->principles))) != NULL)
    gtk_box_remove (self->principles, child);
  if (store == NULL || strategy == NULL)
    return;
  principles = adopted ? rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted))
                       : G_LIST_MODEL (g_list_store_new (RP_TYPE_RECORD));
  gtk_box_append (self->principles,
                  rp_links_group_new (store, _("Principles It Carries Out"),
                                      adopted ? _("From the adopted philosophy.") : _("No philosophy is adopted yet."),
                                      RP_STRATEGY_PRINCIPLE_STRATEGY, rp_record_get_uuid (strategy),
                                      RP_STRATEGY_PRINCIPLE_PRINCIPLE, principles));
}

static void
show_description (RpStrategyAboutTab *self)
{
  RpRecord *strategy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  const char *description = strategy ? rp_record_get_string (strategy, RP_STRATEGY_DESCRIPTION) : NULL;

  gtk_label_set_text (self->description_label, description ? description : _("No description yet."));
}

static void
rp_strategy_about_tab_bind (RpDetailTab *tab,
                            RpStore     *store,
                            RpRecord    *record)
{
  RpStrategyAboutTab *self = RP_STRATEGY_ABOUT_TAB (tab);
  const char *uuid = record ? rp_record_get_uuid (record) : NULL;

  if (self->adopted != NULL)
    g_signal_handlers_disconnect_by_func (self->adopted, fill_principles, self);
  g_clear_object (&self->adopted);
  if (store != NULL)
    {
      self->adopted = rp_record_model_get (store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_STATUS, "adopted");
      g_signal_connect_swapped (self->adopted, "items-changed", G_CALLBACK (fill_principles), self);
    }
  rp_record_list_bind (self->children, store, RP_STRATEGY_PARENT, uuid);
  rp_record_list_bind (self->channels, store, RP_CHANNEL_STRATEGY, uuid);
  show_description (self);
  fill_principles (self);
}

static void
rp_strategy_about_tab_record_changed (RpDetailTab *tab)
{
  show_description (RP_STRATEGY_ABOUT_TAB (tab));
}

static void
rp_strategy_about_tab_dispose (GObject *object)
{
  RpStrategyAboutTab *self = RP_STRATEGY_ABOUT_TAB (object);

  if (self->adopted != NULL)
    g_signal_handlers_disconnect_by_func (self->adopted, fill_principles, self);
  g_clear_object (&self->adopted);
  if (self->adopted_principles != NULL)
    g_signal_handlers_disconnect_by_func (self->adopted_principles, fill_principles, self);
  g_clear_object (&self->adopted_principles);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_STRATEGY_ABOUT_TAB);
  G_OBJECT_CLASS (rp_strategy_about_tab_parent_class)->dispose (object);
}

static void
rp_strategy_about_tab_class_init (RpStrategyAboutTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_strategy_about_tab_dispose;
  tab_class->bind = rp_strategy_about_tab_bind;
  tab_class->record_changed = rp_strategy_about_tab_record_changed;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/execution/rp-strategy-about-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpStrategyAboutTab, description_label);
  gtk_widget_class_bind_template_child (widget_class, RpStrategyAboutTab, principles);
  gtk_widget_class_bind_template_child (widget_class, RpStrategyAboutTab, children);
  gtk_widget_class_bind_template_child (widget_class, RpStrategyAboutTab, channels);
  gtk_widget_class_bind_template_callback (widget_class, child_activated_cb);
}

static void
rp_strategy_about_tab_init (RpStrategyAboutTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_record_list_set_subtitle_func (self->channels, channel_subtitle, NULL);
}
