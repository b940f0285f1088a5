/* rp-outsourcer-detail.c — one outsourcer (100228L4, 110985L5): its header follows the
 * record and its standing in the shared scorecard; the tabs do the rest */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rp-outsourcer-detail.h"
#include "rp-evaluation-dialog.h"
#include "rp-outsourcer-tabs.h"
#include "rp-record-editor.h"
#include "rp-scorecard-model.h"
#include "rp-ui.h"

struct _RpOutsourcerDetail
{
  RpDetailView      parent_instance;

  RpDetailHeader   *header;
  RpScorecardModel *scores;
};

G_DEFINE_FINAL_TYPE (RpOutsourcerDetail, rp_outsourcer_detail, RP_TYPE_DETAIL_VIEW)

static void
fill_header (RpOutsourcerDetail *self)
{
  RpRecord *outsourcer = rp_detail_view_get_record (RP_DETAIL_VIEW (self));
  g_autoptr(RpScoreRow) score = NULL;
  g_autofree char *model = NULL;
  g_autofree char *status = NULL;

  rp_detail_header_clear_badges (self->header);
  if (outsourcer == NULL)
    {
      rp_detail_header_set_title (self->header, "");
      return;
    }
  model = rp_record_format (outsourcer, RP_OUTSOURCER_SERVICE_MODEL);
  status = rp_record_format (outsourcer, RP_OUTSOURCER_STATUS);
  rp_detail_header_set_title (self->header, rp_record_get_string (outsourcer, RP_OUTSOURCER_NAME));
  rp_detail_header_add_badge (self->header, model, NULL);
  rp_detail_header_add_badge (self->header, status,
                              rp_record_get_enum (outsourcer, RP_OUTSOURCER_STATUS) == RP_OUTSOURCER_STATUS_ACTIVE
                              ? "success" : "status-retired");
  score = self->scores ? rp_scorecard_model_find (self->scores, rp_record_get_uuid (outsourcer)) : NULL;
  /* The same words as the list beside it: a standing, or why there is none */
  if (score != NULL)
    {
      const RpScorecard *card = rp_score_row_get_card (score);

      if (card->standing != NULL || !isnan (card->score) || (card->not_reporting && card->n_kpis > 0))
        rp_detail_header_add_badge (self->header, rp_ui_standing_text (card), rp_ui_standing_card_class (card));
    }
}

static void
rp_outsourcer_detail_record_changed (RpDetailView *view)
{
  RpOutsourcerDetail *self = RP_OUTSOURCER_DETAIL (view);
  RpStore *store = rp_detail_view_get_store (view);

  /* The header's standing is the latest month's, from the model the list shares. */
  if (self->scores != NULL && rp_model_get_store (RP_MODEL (self->scores)) != store)
    {
      g_signal_handlers_disconnect_by_func (self->scores, fill_header, self);
      g_clear_object (&self->scores);
    }
  if (self->scores == NULL && store != NULL)
    {
      self->scores = rp_scorecard_model_get (store, NULL);
      g_signal_connect_swapped (self->scores, "items-changed", G_CALLBACK (fill_header), self);
    }
  fill_header (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outsourcer.edit", rp_detail_view_get_record (view) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outsourcer.evaluate", rp_detail_view_get_record (view) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outsourcer.delete", rp_detail_view_get_record (view) != NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);

  rp_record_editor_present (rp_record_editor_new (widget, rp_detail_view_get_store (view),
                                                  rp_detail_view_get_record (view), FALSE));
}

static void
evaluate_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);

  gtk_window_present (GTK_WINDOW (rp_evaluation_dialog_new (widget, rp_detail_view_get_store (view), "outsourcer",
                                                            rp_record_get_uuid (rp_detail_view_get_record (view)),
                                                            "selection", NULL)));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);

  rp_ui_delete_record (widget, rp_detail_view_get_store (view), rp_detail_view_get_record (view));
}

static void
rp_outsourcer_detail_dispose (GObject *object)
{
  RpOutsourcerDetail *self = RP_OUTSOURCER_DETAIL (object);

  if (self->scores != NULL)
    g_signal_handlers_disconnect_by_func (self->scores, fill_header, self);
  g_clear_object (&self->scores);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_OUTSOURCER_DETAIL);
  G_OBJECT_CLASS (rp_outsourcer_detail_parent_class)->dispose (object);
}

static void
rp_outsourcer_detail_class_init (RpOutsourcerDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailViewClass *view_class = RP_DETAIL_VIEW_CLASS (klass);

  object_class->dispose = rp_outsourcer_detail_dispose;
  view_class->kind = RP_KIND_OUTSOURCER;
  view_class->record_changed = rp_outsourcer_detail_record_changed;

  rp_outsourcer_tabs_ensure_types ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcer-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerDetail, header);
  gtk_widget_class_install_action (widget_class, "outsourcer.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "outsourcer.evaluate", NULL, evaluate_activated);
  gtk_widget_class_install_action (widget_class, "outsourcer.delete", NULL, delete_activated);
}

static void
rp_outsourcer_detail_init (RpOutsourcerDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
