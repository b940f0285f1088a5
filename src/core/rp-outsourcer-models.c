/* rp-outsourcer-models.c — one outsourcer's figures, scorecard and compliance */
#include "config.h"

#include <math.h>

#include "rp-outsourcer-models.h"
#include "rp-philosophy.h"
#include "rp-outsourcing.h"
#include "rp-util.h"

/* Figures, a month a row */

struct _RpFigureMonth
{
  GObject     parent_instance;

  char       *period;
  GHashTable *figures;   /* KPI UUID → RpRecord */
};

G_DEFINE_FINAL_TYPE (RpFigureMonth, rp_figure_month, G_TYPE_OBJECT)

static void
rp_figure_month_finalize (GObject *object)
{
  RpFigureMonth *self = RP_FIGURE_MONTH (object);

  g_free (self->period);
  g_hash_table_unref (self->figures);
  G_OBJECT_CLASS (rp_figure_month_parent_class)->finalize (object);
}

static void
rp_figure_month_class_init (RpFigureMonthClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rp_figure_month_finalize;
}

static void
rp_figure_month_init (RpFigureMonth *self)
{
  self->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

const char *
rp_figure_month_get_period (RpFigureMonth *self)
{
  g_return_val_if_fail (RP_IS_FIGURE_MONTH (self), NULL);
  return self->period;
}

/* The figure of @kpi_uuid this month, or NULL: missing, never zero. */
RpRecord *
rp_figure_month_get_figure (RpFigureMonth *self,
                            const char    *kpi_uuid)
{
  g_return_val_if_fail (RP_IS_FIGURE_MONTH (self), NULL);
  return g_hash_table_lookup (self->figures, kpi_uuid);
}

struct _RpFigureModel
{
  RpModel  parent_instance;

  char    *outsourcer;
};

G_DEFINE_FINAL_TYPE (RpFigureModel, rp_figure_model, RP_TYPE_MODEL)

static GPtrArray *
rp_figure_model_load (RpModel       *model,
                      RpStore       *store,
                      GCancellable  *cancellable,
                      GError       **error)
{
  RpFigureModel *self = RP_FIGURE_MODEL (model);
  g_autoptr(GPtrArray) periods = rp_outsourcer_periods (store, self->outsourcer, 12);
  g_autoptr(GHashTable) by_period = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GListModel) kpis = rp_store_list (store, RP_KIND_KPI, rp_kpi_owner_field (store, self->outsourcer), self->outsourcer);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Newest month on top: that is where the next figures go. */
  for (guint i = periods->len; i > 0; i--)
    {
      RpFigureMonth *month = g_object_new (RP_TYPE_FIGURE_MONTH, NULL);

      month->period = g_strdup (periods->pdata[i - 1]);
      g_hash_table_insert (by_period, month->period, month);
      g_ptr_array_add (rows, month);
    }
  for (guint k = 0; k < g_list_model_get_n_items (kpis); k++)
    {
      g_autoptr(RpRecord) kpi = g_list_model_get_item (kpis, k);
      g_autoptr(GListModel) figures = rp_store_list (store, RP_KIND_FIGURE, RP_FIGURE_KPI, rp_record_get_uuid (kpi));

      for (guint f = 0; f < g_list_model_get_n_items (figures); f++)
        {
          RpRecord *figure = g_list_model_get_item (figures, f);
          RpFigureMonth *month = g_hash_table_lookup (by_period, rp_record_get_string (figure, RP_FIGURE_PERIOD));

          if (month != NULL)
            g_hash_table_insert (month->figures, g_strdup (rp_record_get_uuid (kpi)), figure);
          else
            g_object_unref (figure);
        }
    }
  return rows;
}

static const char *
rp_figure_model_row_key (RpModel  *model,
                         gpointer  row)
{
  return RP_FIGURE_MONTH (row)->period;
}

static gboolean
same_figures (GHashTable *a,
              GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RpRecord *other = g_hash_table_lookup (b, key);

      if (other == NULL || g_strcmp0 (rp_record_get_updated_at (value), rp_record_get_updated_at (other)) != 0 ||
          !rp_record_content_equal (value, other))
        return FALSE;
    }
  return TRUE;
}

static gboolean
rp_figure_model_update_row (RpModel  *model,
                            gpointer  row,
                            gpointer  fresh)
{
  RpFigureMonth *self = row, *other = fresh;

  if (same_figures (self->figures, other->figures))
    return FALSE;
  g_hash_table_unref (self->figures);
  self->figures = g_hash_table_ref (other->figures);
  return TRUE;
}

static void
rp_figure_model_finalize (GObject *object)
{
  g_free (RP_FIGURE_MODEL (object)->outsourcer);
  G_OBJECT_CLASS (rp_figure_model_parent_class)->finalize (object);
}

static void
rp_figure_model_class_init (RpFigureModelClass *klass)
{
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rp_figure_model_finalize;
  model_class->load = rp_figure_model_load;
  model_class->row_key = rp_figure_model_row_key;
  model_class->update_row = rp_figure_model_update_row;
  rp_model_class_set_item_type (model_class, RP_TYPE_FIGURE_MONTH);
  rp_model_class_set_reads (model_class, RP_KIND_KPI, RP_KIND_FIGURE, -1);
}

static void
rp_figure_model_init (RpFigureModel *self)
{
}

RpFigureModel *
rp_figure_model_get (RpStore    *store,
                     const char *outsourcer_uuid)
{
  g_autofree char *key = g_strdup_printf ("figures\x1f%s", outsourcer_uuid);
  RpFigureModel *self = rp_model_lookup (store, key);

  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_FIGURE_MODEL, "store", store, NULL);
  self->outsourcer = g_strdup (outsourcer_uuid);
  rp_model_share (RP_MODEL (self), key);
  rp_model_reload (RP_MODEL (self));
  return self;
}

/* One outsourcer's scorecard of a month, KPI by KPI */

struct _RpKpiLineRow
{
  GObject    parent_instance;

  RpKpiLine *line;
  GPtrArray *lines;   /* keeps @line alive: the card's array */
};

G_DEFINE_FINAL_TYPE (RpKpiLineRow, rp_kpi_line_row, G_TYPE_OBJECT)

static void
rp_kpi_line_row_finalize (GObject *object)
{
  g_clear_pointer (&RP_KPI_LINE_ROW (object)->lines, g_ptr_array_unref);
  G_OBJECT_CLASS (rp_kpi_line_row_parent_class)->finalize (object);
}

static void
rp_kpi_line_row_class_init (RpKpiLineRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rp_kpi_line_row_finalize;
}

static void
rp_kpi_line_row_init (RpKpiLineRow *self)
{
}

const RpKpiLine *
rp_kpi_line_row_get_line (RpKpiLineRow *self)
{
  g_return_val_if_fail (RP_IS_KPI_LINE_ROW (self), NULL);
  return self->line;
}

struct _RpScorecardDetail
{
  RpModel      parent_instance;

  char        *outsourcer;
  char        *period;
  RpScorecard *card;
  gboolean     needs_decision;
  GPtrArray   *bands;
  /* read with the rows, kept by loaded() */
  RpScorecard *fresh_card;
  gboolean     fresh_needs_decision;
  GPtrArray   *fresh_bands;
};

G_DEFINE_FINAL_TYPE (RpScorecardDetail, rp_scorecard_detail, RP_TYPE_MODEL)

static void
band_free (gpointer data)
{
  RpStandingBand *band = data;

  g_free (band->name);
  g_free (band->rule_action);
  g_free (band);
}

static GPtrArray *
rp_scorecard_detail_load (RpModel       *model,
                          RpStore       *store,
                          GCancellable  *cancellable,
                          GError       **error)
{
  RpScorecardDetail *self = RP_SCORECARD_DETAIL (model);
  g_autoptr(GPtrArray) cards = rp_scorecard_compute (store, self->period, self->outsourcer, TRUE, error);
  g_autoptr(GListModel) rules = rp_store_list (store, RP_KIND_STANDING_RULE, RP_FIELD_NONE, NULL);
  GPtrArray *rows;
  RpScorecard *card;

  if (cards == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_clear_pointer (&self->fresh_card, rp_scorecard_free);
  g_clear_pointer (&self->fresh_bands, g_ptr_array_unref);
  self->fresh_bands = g_ptr_array_new_with_free_func (band_free);
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(RpRecord) rule = g_list_model_get_item (rules, i);
      RpStandingBand *band = g_new0 (RpStandingBand, 1);

      band->min_score = rp_record_get_real (rule, RP_STANDING_RULE_MIN_SCORE);
      band->name = g_strdup (rp_record_get_string (rule, RP_STANDING_RULE_NAME));
      band->rule_action = g_strdup (rp_record_get_string (rule, RP_STANDING_RULE_RULE_ACTION));
      g_ptr_array_add (self->fresh_bands, band);
    }
  if (cards->len == 0)
    return rows;
  card = g_ptr_array_steal_index (cards, 0);
  for (guint i = 0; i < card->kpis->len; i++)
    {
      RpKpiLineRow *row = g_object_new (RP_TYPE_KPI_LINE_ROW, NULL);

      row->line = card->kpis->pdata[i];
      row->lines = g_ptr_array_ref (card->kpis);
      g_ptr_array_add (rows, row);
    }
  self->fresh_needs_decision = rp_scorecard_needs_decision (store, card);
  self->fresh_card = card;
  return rows;
}

static void
rp_scorecard_detail_loaded (RpModel   *model,
                            GPtrArray *rows)
{
  RpScorecardDetail *self = RP_SCORECARD_DETAIL (model);

  g_clear_pointer (&self->card, rp_scorecard_free);
  g_clear_pointer (&self->bands, g_ptr_array_unref);
  self->card = g_steal_pointer (&self->fresh_card);
  self->bands = g_steal_pointer (&self->fresh_bands);
  self->needs_decision = self->fresh_needs_decision;
}

/* Lines are new each read: the card they belong to is. */
static const char *
rp_scorecard_detail_row_key (RpModel  *model,
                             gpointer  row)
{
  return NULL;
}

static void
rp_scorecard_detail_finalize (GObject *object)
{
  RpScorecardDetail *self = RP_SCORECARD_DETAIL (object);

  g_free (self->outsourcer);
  g_free (self->period);
  g_clear_pointer (&self->card, rp_scorecard_free);
  g_clear_pointer (&self->fresh_card, rp_scorecard_free);
  g_clear_pointer (&self->bands, g_ptr_array_unref);
  g_clear_pointer (&self->fresh_bands, g_ptr_array_unref);
  G_OBJECT_CLASS (rp_scorecard_detail_parent_class)->finalize (object);
}

static void
rp_scorecard_detail_class_init (RpScorecardDetailClass *klass)
{
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rp_scorecard_detail_finalize;
  model_class->load = rp_scorecard_detail_load;
  model_class->loaded = rp_scorecard_detail_loaded;
  model_class->row_key = rp_scorecard_detail_row_key;
  rp_model_class_set_item_type (model_class, RP_TYPE_KPI_LINE_ROW);
  /* The scorecard's kinds, and the actions decided (whether one is still to be) */
  rp_model_class_set_reads (model_class, RP_KIND_PROFILE, RP_KIND_OUTSOURCER, RP_KIND_KPI, RP_KIND_KPI_TARGET,
                            RP_KIND_FIGURE, RP_KIND_STANDING_RULE, RP_KIND_COMPLIANCE_CHECK, RP_KIND_COMMITMENT,
                            RP_KIND_CONTRACT, RP_KIND_VENDOR_ACTION, -1);
}

static void
rp_scorecard_detail_init (RpScorecardDetail *self)
{
}

RpScorecardDetail *
rp_scorecard_detail_get (RpStore    *store,
                         const char *outsourcer_uuid,
                         const char *period)
{
  g_autofree char *key = g_strdup_printf ("scorecard-detail\x1f%s\x1f%s", outsourcer_uuid, period);
  RpScorecardDetail *self = rp_model_lookup (store, key);

  g_return_val_if_fail (outsourcer_uuid != NULL && period != NULL, NULL);
  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_SCORECARD_DETAIL, "store", store, NULL);
  self->outsourcer = g_strdup (outsourcer_uuid);
  self->period = g_strdup (period);
  rp_model_share (RP_MODEL (self), key);
  rp_model_reload (RP_MODEL (self));
  return self;
}

const RpScorecard *
rp_scorecard_detail_get_card (RpScorecardDetail *self)
{
  g_return_val_if_fail (RP_IS_SCORECARD_DETAIL (self), NULL);
  return self->card;
}

/* Whether the month's standing calls for an action nobody has recorded yet. */
gboolean
rp_scorecard_detail_needs_decision (RpScorecardDetail *self)
{
  g_return_val_if_fail (RP_IS_SCORECARD_DETAIL (self), FALSE);
  return self->card != NULL && self->needs_decision;
}

/* RpStandingBand, best first */
GPtrArray *
rp_scorecard_detail_get_bands (RpScorecardDetail *self)
{
  g_return_val_if_fail (RP_IS_SCORECARD_DETAIL (self), NULL);
  return self->bands;
}

/* Compliance, commitment by commitment, with its latest checks as the row's children */

struct _RpComplianceModel
{
  RpModel  parent_instance;

  char    *outsourcer;
  double   rate;
  guint    met, partly_met, missed;
  double   fresh_rate;
  guint    fresh_met, fresh_partly_met, fresh_missed;
};

G_DEFINE_FINAL_TYPE (RpComplianceModel, rp_compliance_model, RP_TYPE_MODEL)

#define CHECKS_SHOWN 6

static GPtrArray *
rp_compliance_model_load (RpModel       *model,
                          RpStore       *store,
                          GCancellable  *cancellable,
                          GError       **error)
{
  RpComplianceModel *self = RP_COMPLIANCE_MODEL (model);
  g_autoptr(GListModel) contracts = rp_store_list (store, RP_KIND_CONTRACT, RP_CONTRACT_OUTSOURCER, self->outsourcer);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  RpComplianceCount count = { 0 };

  self->fresh_rate = rp_outsourcer_compliance (store, self->outsourcer, NULL, &count);
  self->fresh_met = count.met;
  self->fresh_partly_met = count.partly_met;
  self->fresh_missed = count.missed;
  for (guint c = 0; c < g_list_model_get_n_items (contracts); c++)
    {
      g_autoptr(RpRecord) contract = g_list_model_get_item (contracts, c);
      g_autoptr(GListModel) commitments = rp_store_list (store, RP_KIND_COMMITMENT, RP_COMMITMENT_CONTRACT,
                                                         rp_record_get_uuid (contract));

      for (guint m = 0; m < g_list_model_get_n_items (commitments); m++)
        {
          g_autoptr(RpRecord) commitment = g_list_model_get_item (commitments, m);
          g_autoptr(GListModel) checks = rp_store_list (store, RP_KIND_COMPLIANCE_CHECK, RP_COMPLIANCE_CHECK_COMMITMENT,
                                                        rp_record_get_uuid (commitment));
          guint n = g_list_model_get_n_items (checks);
          g_autoptr(GListStore) latest = g_list_store_new (RP_TYPE_RECORD);
          RpRow *row = rp_row_new (commitment);

          /* The last ones checked, oldest first */
          for (guint i = n > CHECKS_SHOWN ? n - CHECKS_SHOWN : 0; i < n; i++)
            {
              g_autoptr(RpRecord) check = g_list_model_get_item (checks, i);

              g_list_store_append (latest, check);
            }
          rp_row_set_subtitle (row, rp_record_get_string (contract, RP_CONTRACT_TITLE));
          rp_row_set_children (row, G_LIST_MODEL (latest));
          rp_row_set_position (row, rows->len + 1);
          g_ptr_array_add (rows, row);
        }
    }
  return rows;
}

static void
rp_compliance_model_loaded (RpModel   *model,
                            GPtrArray *rows)
{
  RpComplianceModel *self = RP_COMPLIANCE_MODEL (model);

  self->rate = self->fresh_rate;
  self->met = self->fresh_met;
  self->partly_met = self->fresh_partly_met;
  self->missed = self->fresh_missed;
}

static gboolean
rp_compliance_model_update_row (RpModel  *model,
                                gpointer  row,
                                gpointer  fresh)
{
  return rp_row_update_from (row, fresh);
}

static const char *
rp_compliance_model_row_key (RpModel  *model,
                             gpointer  row)
{
  return rp_row_get_uuid (row);
}

static void
rp_compliance_model_finalize (GObject *object)
{
  g_free (RP_COMPLIANCE_MODEL (object)->outsourcer);
  G_OBJECT_CLASS (rp_compliance_model_parent_class)->finalize (object);
}

static void
rp_compliance_model_class_init (RpComplianceModelClass *klass)
{
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rp_compliance_model_finalize;
  model_class->load = rp_compliance_model_load;
  model_class->loaded = rp_compliance_model_loaded;
  model_class->update_row = rp_compliance_model_update_row;
  model_class->row_key = rp_compliance_model_row_key;
  rp_model_class_set_item_type (model_class, RP_TYPE_ROW);
  rp_model_class_set_reads (model_class, RP_KIND_CONTRACT, RP_KIND_COMMITMENT, RP_KIND_COMPLIANCE_CHECK, -1);
}

static void
rp_compliance_model_init (RpComplianceModel *self)
{
  self->rate = NAN;
}

RpComplianceModel *
rp_compliance_model_get (RpStore    *store,
                         const char *outsourcer_uuid)
{
  g_autofree char *key = g_strdup_printf ("compliance\x1f%s", outsourcer_uuid);
  RpComplianceModel *self = rp_model_lookup (store, key);

  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_COMPLIANCE_MODEL, "store", store, NULL);
  self->outsourcer = g_strdup (outsourcer_uuid);
  rp_model_share (RP_MODEL (self), key);
  rp_model_reload (RP_MODEL (self));
  return self;
}

/* The compliance rate over every check (NAN without checks) and its counts. */
double
rp_compliance_model_get_rate (RpComplianceModel *self,
                              guint             *met,
                              guint             *partly_met,
                              guint             *missed)
{
  g_return_val_if_fail (RP_IS_COMPLIANCE_MODEL (self), NAN);
  if (met != NULL)
    *met = self->met;
  if (partly_met != NULL)
    *partly_met = self->partly_met;
  if (missed != NULL)
    *missed = self->missed;
  return self->rate;
}

/* Compatibility of a proposal with the adopted philosophy */

struct _RpCompatibilityModel
{
  RpModel   parent_instance;

  char     *proposal;
  RpRecord *adopted;
  RpRecord *fresh_adopted;
};

G_DEFINE_FINAL_TYPE (RpCompatibilityModel, rp_compatibility_model, RP_TYPE_MODEL)

static GPtrArray *
rp_compatibility_model_load (RpModel       *model,
                             RpStore       *store,
                             GCancellable  *cancellable,
                             GError       **error)
{
  RpCompatibilityModel *self = RP_COMPATIBILITY_MODEL (model);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) principles = NULL;
  g_autoptr(GListModel) verdicts = NULL;
  g_autoptr(GHashTable) by_principle = NULL;

  g_clear_object (&self->fresh_adopted);
  self->fresh_adopted = rp_philosophy_get_adopted (store);
  if (self->fresh_adopted == NULL)
    return rows;
  verdicts = rp_store_list (store, RP_KIND_COMPATIBILITY, RP_COMPATIBILITY_PROPOSAL, self->proposal);
  by_principle = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (verdicts); i++)
    {
      RpRecord *verdict = g_list_model_get_item (verdicts, i);

      g_hash_table_insert (by_principle, (gpointer) rp_record_get_string (verdict, RP_COMPATIBILITY_PRINCIPLE), verdict);
    }
  principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (self->fresh_adopted));
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      RpRecord *verdict = g_hash_table_lookup (by_principle, rp_record_get_uuid (principle));
      RpRow *row = rp_row_new (principle);

      rp_row_set_number (row, verdict ? rp_record_get_enum (verdict, RP_COMPATIBILITY_VERDICT) : -1);
      if (verdict != NULL && rp_record_is_set (verdict, RP_COMPATIBILITY_NOTE))
        rp_row_set_subtitle (row, rp_record_get_string (verdict, RP_COMPATIBILITY_NOTE));
      rp_row_set_position (row, i + 1);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static void
rp_compatibility_model_loaded (RpModel   *model,
                               GPtrArray *rows)
{
  RpCompatibilityModel *self = RP_COMPATIBILITY_MODEL (model);

  g_clear_object (&self->adopted);
  self->adopted = g_steal_pointer (&self->fresh_adopted);
}

static gboolean
rp_compatibility_model_update_row (RpModel  *model,
                                   gpointer  row,
                                   gpointer  fresh)
{
  return rp_row_update_from (row, fresh);
}

static void
rp_compatibility_model_finalize (GObject *object)
{
  RpCompatibilityModel *self = RP_COMPATIBILITY_MODEL (object);

  g_free (self->proposal);
  g_clear_object (&self->adopted);
  g_clear_object (&self->fresh_adopted);
  G_OBJECT_CLASS (rp_compatibility_model_parent_class)->finalize (object);
}

static void
rp_compatibility_model_class_init (RpCompatibilityModelClass *klass)
{
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rp_compatibility_model_finalize;
  model_class->load = rp_compatibility_model_load;
  model_class->loaded = rp_compatibility_model_loaded;
  model_class->update_row = rp_compatibility_model_update_row;
  rp_model_class_set_item_type (model_class, RP_TYPE_ROW);
  rp_model_class_set_reads (model_class, RP_KIND_PHILOSOPHY, RP_KIND_PRINCIPLE, RP_KIND_COMPATIBILITY, -1);
}

static void
rp_compatibility_model_init (RpCompatibilityModel *self)
{
}

RpCompatibilityModel *
rp_compatibility_model_get (RpStore    *store,
                            const char *proposal_uuid)
{
  g_autofree char *key = g_strdup_printf ("compatibility\x1f%s", proposal_uuid);
  RpCompatibilityModel *self = rp_model_lookup (store, key);

  g_return_val_if_fail (proposal_uuid != NULL, NULL);
  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_COMPATIBILITY_MODEL, "store", store, NULL);
  self->proposal = g_strdup (proposal_uuid);
  rp_model_share (RP_MODEL (self), key);
  rp_model_reload (RP_MODEL (self));
  return self;
}

/* The philosophy judged against, or NULL when none is adopted */
RpRecord *
rp_compatibility_model_get_adopted (RpCompatibilityModel *self)
{
  g_return_val_if_fail (RP_IS_COMPATIBILITY_MODEL (self), NULL);
  return self->adopted;
}

/* How many principles have @verdict (-1: not assessed) */
guint
rp_compatibility_model_count (RpCompatibilityModel *self,
                              int                   verdict)
{
  guint n = 0;

  g_return_val_if_fail (RP_IS_COMPATIBILITY_MODEL (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self)); i++)
    {
      g_autoptr(RpRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);

      n += (int) rp_row_get_number (row) == verdict;
    }
  return n;
}
