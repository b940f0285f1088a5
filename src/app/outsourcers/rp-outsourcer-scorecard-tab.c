/* rp-outsourcer-scorecard-tab.c — a month's score (100228L4): the standing it falls in,
 * the trend over the months scored, and what each KPI contributed */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-outsourcer-tabs.h"
#include "rp-chart-view.h"
#include "rp-charts.h"
#include "rp-scorecard-model.h"
#include "rp-standing-decision.h"
#include "rp-ui.h"
#include "rp-util.h"

#define MONTHS_OFFERED 36

struct _RpOutsourcerScorecardTab
{
  RpDetailTab         parent_instance;

  GtkLabel           *score_label;
  GtkLabel           *score_detail;
  GtkDropDown        *period_dropdown;
  RpStandingDecision *decision;
  RpChartView        *trend;
  GtkListBox         *contributions;

  RpScorecardModel   *latest;     /* whose month is the latest scored */
  GPtrArray          *periods;    /* the dropdown's months, latest first */
  RpScorecardDetail  *scorecard;  /* the month chosen */
  gboolean            filling;
  gboolean            company;    /* the company's own indicators: no vendor standing */
};

G_DEFINE_FINAL_TYPE (RpOutsourcerScorecardTab, rp_outsourcer_scorecard_tab, RP_TYPE_DETAIL_TAB)

enum { PROP_0, PROP_PERIOD, PROP_SCORE_TEXT, N_PROPS };
static GParamSpec *properties[N_PROPS];

typedef struct {
  double      values[RP_SCORE_PERIODS];
  char       *labels[RP_SCORE_PERIODS];
  RpChartBand bands[8];
  guint       n_bands;
  GPtrArray  *band_source;   /* owns the bands' strings */
} TrendData;

static void
trend_data_free (gpointer data)
{
  TrendData *trend = data;

  for (guint i = 0; i < RP_SCORE_PERIODS; i++)
    g_free (trend->labels[i]);
  g_clear_pointer (&trend->band_source, g_ptr_array_unref);
  g_free (trend);
}

static void
draw_trend (cairo_t             *cr,
            const RpRenderStyle *style,
            double               width,
            double               height,
            gpointer             user_data)
{
  TrendData *trend = user_data;

  rp_chart_trend (cr, style, width, height, trend->values, (const char *const *) trend->labels,
                  RP_SCORE_PERIODS, trend->bands, trend->n_bands);
}

static const char *
state_text (const RpKpiLine *line)
{
  switch (line->state)
    {
    case RP_FIGURE_STATE_MISSING: return _("Missing");
    case RP_FIGURE_STATE_NOT_APPLICABLE: return _("Not applicable");
    case RP_FIGURE_STATE_MEASURED:
    default: return NULL;
    }
}

static GtkWidget *
create_line_row (gpointer item,
                 gpointer user_data)
{
  const RpKpiLine *line = rp_kpi_line_row_get_line (item);
  const char *state = state_text (line);
  g_autofree char *subtitle = NULL;
  GtkWidget *row, *suffix;

  if (line->rated)
    subtitle = state ? g_strdup (state) : rp_text_printf (_("Rated %g of 5 · weight %g"), line->value, line->weight);
  else
    {
      g_autofree char *target = rp_ui_format_number (line->target, 2);

      subtitle = state ? rp_text_printf (_("%s · target %s · weight %g"), state, target, line->weight)
                       : rp_text_printf (_("%g %s against a target of %s (%s is better) · %.0f %% of target · weight %g"),
                                          line->value, line->unit ? line->unit : "", target,
                                          line->lower_is_better ? _("lower") : _("higher"),
                                          100 * line->attainment, line->weight);
    }
  row = rp_ui_row_new (line->name, subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  if (state != NULL)
    suffix = rp_ui_badge_new (state, line->state == RP_FIGURE_STATE_MISSING ? "warning" : "status-retired");
  else
    {
      g_autofree char *points = rp_text_printf (_("%.1f points"), line->contribution);

      suffix = rp_ui_badge_new (points, "numeric");
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  return row;
}

static void
show_card (RpOutsourcerScorecardTab *self)
{
  const RpScorecard *card = self->scorecard ? rp_scorecard_detail_get_card (self->scorecard) : NULL;
  GPtrArray *bands = self->scorecard ? rp_scorecard_detail_get_bands (self->scorecard) : NULL;
  g_autofree char *score_text = NULL;
  g_autofree char *overall = NULL;
  g_autofree char *detail = NULL;
  TrendData *trend;

  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "standing-excellent");
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "standing-good");
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "standing-watch");
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "standing-probation");
  gtk_widget_set_visible (GTK_WIDGET (self->trend), card != NULL);
  if (card == NULL)
    {
      gtk_label_set_text (self->score_label, self->scorecard && rp_model_get_loading (RP_MODEL (self->scorecard)) ? "" : _("No score"));
      gtk_label_set_text (self->score_detail, "");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE_TEXT]);
      return;
    }
  if (isnan (card->score))
    score_text = g_strdup (_("No score"));
  else if (card->complete && self->company)
    score_text = g_strdup_printf ("%.0f", card->score);
  else if (card->complete)
    score_text = rp_text_printf (_("%.0f — %s"), card->score, card->standing ? card->standing : "");
  else
    /* Translators: "98 — incomplete: 1 of 4 KPIs measured, 25 % of their weight" */
    score_text = rp_text_printf (_("%.0f — incomplete: %u of %u KPIs measured, %.0f %% of their weight"), card->score,
                                 card->n_measured, card->n_kpis - card->n_not_applicable, 100 * card->coverage);
  gtk_label_set_text (self->score_label, score_text);
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), rp_ui_standing_card_class (card));
  overall = rp_ui_format_number (card->overall, 0);
  /* Translators: "Overall 71 (recent months weigh more) · 4 of 4 KPIs measured, 0 missing, 0 not applicable" */
  if (isnan (card->overall))
    /* Translators: "Overall — (2 complete months; it needs 3 of the last 12) · 4 of 4 KPIs measured, …" */
    detail = rp_text_printf (_("Overall — (%u complete months; it needs %u of the last 12) · %u of %u KPIs measured, %u missing, %u not applicable"),
                             card->n_complete, RP_SCORE_MIN_COMPLETE_MONTHS, card->n_measured, card->n_kpis,
                             card->n_missing, card->n_not_applicable);
  else
    detail = rp_text_printf (_("Overall %s (complete months, recent ones weigh more) · %u of %u KPIs measured, %u missing, %u not applicable"),
                             overall, card->n_measured, card->n_kpis, card->n_missing, card->n_not_applicable);
  gtk_label_set_text (self->score_detail, detail);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE_TEXT]);

  trend = g_new0 (TrendData, 1);
  for (guint i = 0; i < RP_SCORE_PERIODS; i++)
    {
      g_autofree char *p = rp_period_add (card->period, -(int) (RP_SCORE_PERIODS - 1 - i));

      trend->values[i] = card->series[i];
      trend->labels[i] = rp_ui_format_month (p, i == 0);
    }
  trend->band_source = bands ? g_ptr_array_ref (bands) : NULL;
  for (guint i = 0; bands != NULL && i < MIN (bands->len, G_N_ELEMENTS (trend->bands)); i++)
    {
      RpStandingBand *band = bands->pdata[i];

      trend->bands[i] = (RpChartBand) { band->min_score, band->name, band->rule_action };
      trend->n_bands++;
    }
  rp_chart_view_set_draw (self->trend, draw_trend, trend, trend_data_free);
  {
    const char *columns[] = { _("Month"), _("Score"), NULL };
    g_autofree char *description = rp_chart_describe_scores (card->series, RP_SCORE_PERIODS, card->period);
    g_autoptr(GPtrArray) rows = rp_chart_score_rows (card->series, RP_SCORE_PERIODS, card->period);

    rp_chart_view_set_summary (self->trend, NULL, description);
    rp_chart_view_set_table (self->trend, _("Score Trend"), columns, rows);
  }
}

static const char *
chosen_period (RpOutsourcerScorecardTab *self)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);

  return self->periods != NULL && i < self->periods->len ? self->periods->pdata[i] : NULL;
}

static void
follow_period (RpOutsourcerScorecardTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *outsourcer = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  const char *period = chosen_period (self);
  g_autoptr(RpScorecardDetail) scorecard = NULL;

  if (store != NULL && outsourcer != NULL && period != NULL)
    scorecard = rp_scorecard_detail_get (store, rp_record_get_uuid (outsourcer), period);
  if (scorecard == self->scorecard)
    return;
  if (self->scorecard != NULL)
    g_signal_handlers_disconnect_by_func (self->scorecard, show_card, self);
  g_set_object (&self->scorecard, scorecard);
  if (scorecard != NULL)
    g_signal_connect_swapped (scorecard, "notify::loading", G_CALLBACK (show_card), self);
  gtk_list_box_bind_model (self->contributions, G_LIST_MODEL (scorecard), create_line_row, NULL, NULL);
  rp_standing_decision_set_scorecard (self->decision, scorecard);
  show_card (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

/* The months offered run back from the latest scored; the one chosen stays chosen. */
static void
fill_periods (RpOutsourcerScorecardTab *self)
{
  const char *latest = self->latest ? rp_scorecard_model_get_period (self->latest) : NULL;
  g_autofree char *keep = g_strdup (chosen_period (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint select = 0;

  if (latest == NULL || (self->periods != NULL && self->periods->len > 0 && g_str_equal (self->periods->pdata[0], latest)))
    return;
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  self->periods = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < MONTHS_OFFERED; i++)
    {
      char *p = rp_period_add (latest, -i);
      g_autofree char *name = rp_ui_format_month (p, TRUE);

      gtk_string_list_append (names, name);
      if (g_strcmp0 (p, keep) == 0)
        select = (guint) i;
      g_ptr_array_add (self->periods, p);
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->period_dropdown, select);
  self->filling = FALSE;
  follow_period (self);
}

static void
period_changed_cb (RpOutsourcerScorecardTab *self)
{
  if (!self->filling)
    follow_period (self);
}

static void
rp_outsourcer_scorecard_tab_bind (RpDetailTab *tab,
                                  RpStore     *store,
                                  RpRecord    *record)
{
  RpOutsourcerScorecardTab *self = RP_OUTSOURCER_SCORECARD_TAB (tab);

  /* Standings and the actions they call for are for vendors, not the company. */
  self->company = record != NULL && rp_kind_get_index (rp_record_get_kind (record)) == RP_KIND_PROFILE;
  gtk_widget_set_visible (GTK_WIDGET (self->decision), !self->company);
  if (self->latest != NULL && (store == NULL || rp_model_get_store (RP_MODEL (self->latest)) != store))
    {
      g_signal_handlers_disconnect_by_func (self->latest, fill_periods, self);
      g_clear_object (&self->latest);
      g_clear_pointer (&self->periods, g_ptr_array_unref);
    }
  if (self->latest == NULL && store != NULL)
    {
      self->latest = rp_scorecard_model_get (store, NULL);
      g_signal_connect_swapped (self->latest, "notify::loading", G_CALLBACK (fill_periods), self);
    }
  fill_periods (self);
  follow_period (self);
}

const char *
rp_outsourcer_scorecard_tab_get_period (RpOutsourcerScorecardTab *self)
{
  g_return_val_if_fail (RP_IS_OUTSOURCER_SCORECARD_TAB (self), NULL);
  return chosen_period (self);
}

void
rp_outsourcer_scorecard_tab_set_period (RpOutsourcerScorecardTab *self,
                                        const char               *period)
{
  g_return_if_fail (RP_IS_OUTSOURCER_SCORECARD_TAB (self));

  for (guint i = 0; self->periods != NULL && i < self->periods->len; i++)
    if (g_strcmp0 (self->periods->pdata[i], period) == 0)
      gtk_drop_down_set_selected (self->period_dropdown, i);
}

static void
rp_outsourcer_scorecard_tab_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  RpOutsourcerScorecardTab *self = RP_OUTSOURCER_SCORECARD_TAB (object);

  switch (prop_id)
    {
    case PROP_PERIOD:
      g_value_set_string (value, chosen_period (self));
      break;
    case PROP_SCORE_TEXT:
      g_value_set_string (value, gtk_label_get_text (self->score_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_outsourcer_scorecard_tab_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PERIOD:
      rp_outsourcer_scorecard_tab_set_period (RP_OUTSOURCER_SCORECARD_TAB (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_outsourcer_scorecard_tab_dispose (GObject *object)
{
  RpOutsourcerScorecardTab *self = RP_OUTSOURCER_SCORECARD_TAB (object);

  if (self->latest != NULL)
    g_signal_handlers_disconnect_by_func (self->latest, fill_periods, self);
  g_clear_object (&self->latest);
  if (self->scorecard != NULL)
    g_signal_handlers_disconnect_by_func (self->scorecard, show_card, self);
  g_clear_object (&self->scorecard);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_OUTSOURCER_SCORECARD_TAB);
  G_OBJECT_CLASS (rp_outsourcer_scorecard_tab_parent_class)->dispose (object);
}

static void
rp_outsourcer_scorecard_tab_class_init (RpOutsourcerScorecardTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  object_class->dispose = rp_outsourcer_scorecard_tab_dispose;
  object_class->get_property = rp_outsourcer_scorecard_tab_get_property;
  object_class->set_property = rp_outsourcer_scorecard_tab_set_property;
  tab_class->bind = rp_outsourcer_scorecard_tab_bind;

  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, NULL,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE_TEXT] = g_param_spec_string ("score-text", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_STANDING_DECISION);
  g_type_ensure (RP_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcer-scorecard-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerScorecardTab, score_label);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerScorecardTab, score_detail);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerScorecardTab, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerScorecardTab, decision);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerScorecardTab, trend);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcerScorecardTab, contributions);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
}

static void
rp_outsourcer_scorecard_tab_init (RpOutsourcerScorecardTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
