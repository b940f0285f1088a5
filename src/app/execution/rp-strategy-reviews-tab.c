/* rp-strategy-reviews-tab.c — the strategy's review rhythm and when the next review is
 * due (ITCSCR508A), and the reviews held */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-strategy-tabs.h"
#include "rp-cadence.h"
#include "rp-record-editor.h"
#include "rp-record-list.h"
#include "rp-record-model.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpStrategyReviewsTab
{
  RpDetailTab    parent_instance;

  GtkLabel      *status_label;
  RpRecordList  *reviews;

  RpRecordModel *held;   /* shared with the list: the next date follows them */
};

G_DEFINE_FINAL_TYPE (RpStrategyReviewsTab, rp_strategy_reviews_tab, RP_TYPE_DETAIL_TAB)

enum { PROP_0, PROP_STATUS, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
show_status (RpStrategyReviewsTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *strategy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  g_autofree char *rhythm = NULL;
  g_autofree char *text = NULL;
  GDate due, today;

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
  if (store == NULL || strategy == NULL)
    return;
  rhythm = rp_record_format (strategy, RP_STRATEGY_CADENCE);
  if (rp_record_get_enum (strategy, RP_STRATEGY_CADENCE) == RP_CADENCE_DAYS)
    {
      int every = (int) rp_record_get_int (strategy, RP_STRATEGY_CADENCE_DAYS);

      g_free (rhythm);
      rhythm = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "every %d day", "every %d days", every), every);
    }
  rp_date_set_today (&today);
  if (!rp_review_next_due (store, strategy, &due, NULL))
    text = rp_text_printf (_("Review rhythm: %s. The next review date cannot be worked out yet."), rhythm);
  else
    {
      g_autofree char *iso = rp_date_format (&due);
      g_autofree char *date = rp_ui_format_date (iso);
      int days = g_date_days_between (&today, &due);

      if (days < 0)
        text = rp_text_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Review rhythm: %s. The next review was due on %s: %d day overdue.",
                                             "Review rhythm: %s. The next review was due on %s: %d days overdue.", -days),
                                rhythm, date, -days);
      else
        text = rp_text_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Review rhythm: %s. The next review is due on %s, in %d day.",
                                             "Review rhythm: %s. The next review is due on %s, in %d days.", days),
                                rhythm, date, days);
      if (days < 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
    }
  gtk_label_set_text (self->status_label, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

static void
review_editor (RpRecordEditor *editor,
               RpRecord       *review,
               gpointer        user_data)
{
  RpRecord *edited = rp_record_editor_get_record (editor);

  /* A review is usually recorded the day it is held. */
  if (!rp_record_is_set (edited, RP_REVIEW_HELD_ON))
    {
      g_autofree char *today = rp_date_today ();

      rp_record_set_string (edited, RP_REVIEW_HELD_ON, today);
    }
}

static void
rp_strategy_reviews_tab_bind (RpDetailTab *tab,
                              RpStore     *store,
                              RpRecord    *record)
{
  RpStrategyReviewsTab *self = RP_STRATEGY_REVIEWS_TAB (tab);
  const char *uuid = record ? rp_record_get_uuid (record) : NULL;

  if (self->held != NULL)
    g_signal_handlers_disconnect_by_func (self->held, show_status, self);
  g_clear_object (&self->held);
  if (store != NULL && uuid != NULL)
    {
      self->held = rp_record_model_get (store, RP_KIND_REVIEW, RP_REVIEW_STRATEGY, uuid);
      g_signal_connect_swapped (self->held, "notify::loading", G_CALLBACK (show_status), self);
    }
  rp_record_list_bind (self->reviews, store, RP_REVIEW_STRATEGY, uuid);
  show_status (self);
}

static void
rp_strategy_reviews_tab_record_changed (RpDetailTab *tab)
{
  show_status (RP_STRATEGY_REVIEWS_TAB (tab));
}

static void
rp_strategy_reviews_tab_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_string (value, gtk_label_get_text (RP_STRATEGY_REVIEWS_TAB (object)->status_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_strategy_reviews_tab_dispose (GObject *object)
{
  RpStrategyReviewsTab *self = RP_STRATEGY_REVIEWS_TAB (object);

  if (self->held != NULL)
    g_signal_handlers_disconnect_by_func (self->held, show_status, self);
  g_clear_object (&self->held);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_STRATEGY_REVIEWS_TAB);
  G_OBJECT_CLASS (rp_strategy_reviews_tab_parent_class)->dispose (object);
}

static void
rp_strategy_reviews_tab_class_init (RpStrategyReviewsTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  object_class->dispose = rp_strategy_reviews_tab_dispose;
  object_class->get_property = rp_strategy_reviews_tab_get_property;
  tab_class->bind = rp_strategy_reviews_tab_bind;
  tab_class->record_changed = rp_strategy_reviews_tab_record_changed;

  /* The rhythm and when the next review is due, as the tab says it */
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/execution/rp-strategy-reviews-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpStrategyReviewsTab, status_label);
  gtk_widget_class_bind_template_child (widget_class, RpStrategyReviewsTab, reviews);
}

static void
rp_strategy_reviews_tab_init (RpStrategyReviewsTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_record_list_set_editor_func (self->reviews, review_editor, NULL);
}
