/* rp-outsourcer-reviews-tab.c — cooperation reviews in the partner's rhythm (110985L5):
 * when the next is due, and what each review found and decided */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-outsourcer-tabs.h"
#include "rp-cadence.h"
#include "rp-record-list.h"
#include "rp-record-model.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpOutsourcerReviewsTab
{
  RpDetailTab    parent_instance;

  GtkLabel      *status_label;
  RpRecordList  *reviews;

  RpRecordModel *held;   /* the reviews, shared with the list: the next date follows them */
};

G_DEFINE_FINAL_TYPE (RpOutsourcerReviewsTab, rp_outsourcer_reviews_tab, RP_TYPE_DETAIL_TAB)

static void
show_status (RpOutsourcerReviewsTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *outsourcer = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  g_autofree char *rhythm = NULL;
  g_autofree char *text = NULL;
  GDate due, today;

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
  if (store == NULL || outsourcer == NULL)
    return;
  rhythm = rp_record_format (outsourcer, RP_OUTSOURCER_CADENCE);
  if (rp_record_get_enum (outsourcer, RP_OUTSOURCER_CADENCE) == RP_CADENCE_DAYS)
    {
      g_free (rhythm);
      rhythm = rp_text_printf (_("Every %d days"), (int) rp_record_get_int (outsourcer, RP_OUTSOURCER_CADENCE_DAYS));
    }
  rp_date_set_today (&today);
  if (!rp_review_next_due (store, outsourcer, &due, NULL))
    text = rp_text_printf (_("Rhythm: %s."), rhythm);
  else
    {
      g_autofree char *iso = rp_date_format (&due);
      g_autofree char *date = rp_ui_format_date (iso);
      int days = g_date_days_between (&today, &due);

      text = days < 0
        ? rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "Rhythm: %s. The next review was due on %s: %d day overdue.",
                                        "Rhythm: %s. The next review was due on %s: %d days overdue.", -days), rhythm, date, -days)
        : rp_text_printf (_("Rhythm: %s. The next review is due on %s."), rhythm, date);
      if (days < 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
    }
  gtk_label_set_text (self->status_label, text);
}

static void
rp_outsourcer_reviews_tab_bind (RpDetailTab *tab,
                                RpStore     *store,
                                RpRecord    *record)
{
  RpOutsourcerReviewsTab *self = RP_OUTSOURCER_REVIEWS_TAB (tab);
  const char *uuid = record ? rp_record_get_uuid (record) : NULL;

  if (self->held != NULL)
    g_signal_handlers_disconnect_by_func (self->held, show_status, self);
  g_clear_object (&self->held);
  if (store != NULL && uuid != NULL)
    {
      self->held = rp_record_model_get (store, RP_KIND_REVIEW, RP_REVIEW_OUTSOURCER, uuid);
      g_signal_connect_swapped (self->held, "notify::loading", G_CALLBACK (show_status), self);
    }
  rp_record_list_bind (self->reviews, store, RP_REVIEW_OUTSOURCER, uuid);
  show_status (self);
}

static void
rp_outsourcer_reviews_tab_record_changed (RpDetailTab *tab)
{
  show_status (RP_OUTSOURCER_REVIEWS_TAB (tab));
}

static void
rp_outsourcer_reviews_tab_dispose (GObject *object)
{
  RpOutsourcerReviewsTab *self = RP_OUTSOURCER_REVIEWS_TAB (object);

  if (self->held != NULL)
    g_signal_handlers_disconnect_by_func (self->held, show_status, self);
  g_clear_object (&self->held);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_OUTSOURCER_REVIEWS_TAB);
  G_OBJECT_CLASS (rp_outsourcer_reviews_tab_parent_class)->dispose (object);
}

static void
rp_outsourcer_reviews_tab_class_init (RpOutsourcerReviewsTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_outsourcer_reviews_tab_dispose;
  tab_class->bind = rp_outsourcer_reviews_tab_bind;
  tab_class->record_changed = rp_outsourcer_reviews_tab_record_changed;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcer-reviews-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerReviewsTab, status_label);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerReviewsTab, reviews);
}

static void
rp_outsourcer_reviews_tab_init (RpOutsourcerReviewsTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
