/* rp-scorecard.c — per-period scores for all outsourcers in a few streaming queries
 *
 * KPIs and targets are read once (thousands of rows); figures stream from the
 * period index and are folded as they come, never loaded as objects.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-scorecard.h"
#include "rp-store-private.h"
#include "rp-util.h"

typedef struct {
  char    *from_period;
  double   target;
} Target;

typedef struct {
  RpScorecard *card;
  char        *uuid;
  char        *name;
  char        *unit;
  double       weight;
  gboolean     rated;
  gboolean     lower;
  GArray      *targets;   /* Target, oldest first */
  RpKpiLine   *line;      /* with details */
} Kpi;

typedef struct {
  double sum[RP_SCORE_PERIODS];
  double weights[RP_SCORE_PERIODS];      /* of the KPIs measured */
  double na_weights[RP_SCORE_PERIODS];   /* of the KPIs not applicable */
  double total_weight;                   /* of every KPI of the outsourcer */
} Accumulator;

static void
free_kpi (gpointer data)
{
  Kpi *kpi = data;

  for (guint i = 0; i < kpi->targets->len; i++)
    g_free (g_array_index (kpi->targets, Target, i).from_period);
  g_array_unref (kpi->targets);
  g_free (kpi->uuid);
  g_free (kpi->name);
  g_free (kpi->unit);
  g_free (kpi);
}

static void
free_line (gpointer data)
{
  RpKpiLine *line = data;

  g_free (line->kpi_uuid);
  g_free (line->name);
  g_free (line->unit);
  g_free (line);
}

void
rp_scorecard_free (RpScorecard *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->name);
  g_free (self->service_model);
  g_free (self->status);
  g_free (self->period);
  g_free (self->standing);
  g_free (self->rule_action);
  g_free (self->rule_uuid);
  g_free (self->latest_complete);
  g_clear_pointer (&self->kpis, g_ptr_array_unref);
  g_free (self);
}

static double
target_in_force (Kpi        *kpi,
                 const char *period)
{
  double target = NAN;

  for (guint i = 0; i < kpi->targets->len; i++)
    {
      Target *t = &g_array_index (kpi->targets, Target, i);

      if (g_strcmp0 (t->from_period, period) > 0)
        break;
      target = t->target;
    }
  return target;
}

char *
rp_scorecard_latest_period (RpStore *store)
{
  sqlite3_stmt *stmt = _rp_store_prepare (store, "SELECT max(period) FROM figure", NULL);
  char *period = NULL;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    period = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return period;
}

static void
bind_filter (sqlite3_stmt *stmt,
             int           index,
             const char   *outsourcer_uuid)
{
  if (outsourcer_uuid != NULL)
    sqlite3_bind_text (stmt, index, outsourcer_uuid, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

GPtrArray *
rp_scorecard_compute (RpStore     *store,
                      const char  *period,
                      const char  *outsourcer_uuid,
                      gboolean     details,
                      GError     **error)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_scorecard_free);
  g_autoptr(GHashTable) by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kpis = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, free_kpi);
  g_autoptr(GHashTable) accumulators = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_autoptr(GListModel) rules = NULL;
  g_autoptr(RpRecord) profile = NULL;
  g_autofree char *from = NULL;
  g_autofree double *min_scores = NULL;
  double cap = 1, share = 0.75;
  gboolean company = FALSE;
  guint n_rules;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);

  if (period == NULL || !rp_period_parse (period, NULL, NULL))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("The period must be a month written as YYYY-MM, not “%s”."), period ? period : "");
      return NULL;
    }
  from = rp_period_add (period, -(RP_SCORE_PERIODS - 1));

  profile = rp_store_get_profile (store);
  if (profile != NULL)
    {
      cap = rp_record_get_real (profile, RP_PROFILE_SCORE_CAP);
      share = rp_record_get_real (profile, RP_PROFILE_COMPLETE_SHARE);
      if (isnan (share))
        share = 0.75;
      company = g_strcmp0 (outsourcer_uuid, rp_record_get_uuid (profile)) == 0;
    }
  rules = rp_store_list (store, RP_KIND_STANDING_RULE, RP_FIELD_NONE, NULL);
  n_rules = g_list_model_get_n_items (rules);
  min_scores = g_new0 (double, n_rules + 1);
  for (guint i = 0; i < n_rules; i++)
    {
      g_autoptr(RpRecord) rule = g_list_model_get_item (rules, i);

      min_scores[i] = rp_record_get_real (rule, RP_STANDING_RULE_MIN_SCORE);
    }

  /* Outsourcers, or the company for its own indicators */
  stmt = _rp_store_prepare (store,
                            company
                            ? "SELECT uuid, company_name, NULL, NULL FROM profile WHERE uuid = ?1"
                            : "SELECT uuid, name, service_model, status FROM outsourcer "
                              "WHERE ?1 IS NULL OR uuid = ?1 ORDER BY name COLLATE NOCASE, rowid", error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, 1, outsourcer_uuid);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpScorecard *card = g_new0 (RpScorecard, 1);

      card->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      card->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      card->service_model = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      card->status = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      card->period = g_strdup (period);
      card->score = card->overall = card->compliance_rate = NAN;
      card->standing_index = -1;
      if (details)
        card->kpis = g_ptr_array_new_with_free_func (free_line);
      g_ptr_array_add (cards, card);
      g_hash_table_insert (by_uuid, card->uuid, card);
      g_hash_table_insert (accumulators, card, g_new0 (Accumulator, 1));
    }
  sqlite3_reset (stmt);

  /* KPIs, in their order */
  stmt = _rp_store_prepare (store,
                            "SELECT uuid, coalesce (outsourcer, profile), name, unit, kpi_kind, direction, weight FROM kpi "
                            "WHERE ?1 IS NULL OR outsourcer = ?1 OR profile = ?1 ORDER BY 2, position, rowid", error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, 1, outsourcer_uuid);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      RpScorecard *card = g_hash_table_lookup (by_uuid, sqlite3_column_text (stmt, 1));
      Kpi *kpi;

      if (card == NULL)
        continue;
      kpi = g_new0 (Kpi, 1);
      kpi->card = card;
      kpi->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      kpi->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      kpi->unit = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      kpi->rated = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 4), "rated") == 0;
      kpi->lower = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 5), "lower") == 0;
      kpi->weight = sqlite3_column_double (stmt, 6);
      kpi->targets = g_array_new (FALSE, FALSE, sizeof (Target));
      card->n_kpis++;
      if (kpi->weight > 0)
        ((Accumulator *) g_hash_table_lookup (accumulators, card))->total_weight += kpi->weight;
      if (details)
        {
          RpKpiLine *line = g_new0 (RpKpiLine, 1);

          line->kpi_uuid = g_strdup (kpi->uuid);
          line->name = g_strdup (kpi->name);
          line->unit = g_strdup (kpi->unit);
          line->rated = kpi->rated;
          line->lower_is_better = kpi->lower;
          line->weight = kpi->weight;
          line->value = line->attainment = line->contribution = NAN;
          line->state = RP_FIGURE_STATE_MISSING;
          kpi->line = line;
          g_ptr_array_add (card->kpis, line);
        }
      g_hash_table_insert (kpis, kpi->uuid, kpi);
    }
  sqlite3_reset (stmt);

  /* Targets, oldest first */
  stmt = _rp_store_prepare (store,
                            "SELECT t.kpi, t.from_period, t.target FROM kpi_target t "
                            "JOIN kpi k ON k.uuid = t.kpi WHERE ?1 IS NULL OR k.outsourcer = ?1 OR k.profile = ?1 "
                            "ORDER BY t.kpi, t.from_period", error);
  if (stmt == NULL)
    return NULL;
  bind_filter (stmt, 1, outsourcer_uuid);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Kpi *kpi = g_hash_table_lookup (kpis, sqlite3_column_text (stmt, 0));
      Target t;

      if (kpi == NULL)
        continue;
      t.from_period = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      t.target = sqlite3_column_double (stmt, 2);
      g_array_append_val (kpi->targets, t);
    }
  sqlite3_reset (stmt);

  /* Figures of the twelve periods ending at @period */
  stmt = _rp_store_prepare (store,
                            outsourcer_uuid != NULL
                            ? "SELECT f.kpi, f.period, f.value, f.not_applicable FROM figure f "
                              "JOIN kpi k ON k.uuid = f.kpi WHERE (k.outsourcer = ?3 OR k.profile = ?3) AND f.period BETWEEN ?1 AND ?2"
                            : "SELECT kpi, period, value, not_applicable FROM figure "
                              "WHERE period BETWEEN ?1 AND ?2",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, period, -1, SQLITE_TRANSIENT);
  if (outsourcer_uuid != NULL)
    sqlite3_bind_text (stmt, 3, outsourcer_uuid, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Kpi *kpi = g_hash_table_lookup (kpis, sqlite3_column_text (stmt, 0));
      const char *figure_period = (const char *) sqlite3_column_text (stmt, 1);
      gboolean is_null = sqlite3_column_type (stmt, 2) == SQLITE_NULL;
      double value = is_null ? NAN : sqlite3_column_double (stmt, 2);
      gboolean na = sqlite3_column_int (stmt, 3) != 0;
      int index;
      double target, attainment;
      Accumulator *acc;

      if (kpi == NULL)
        continue;
      index = rp_period_diff (from, figure_period);
      if (index < 0 || index >= RP_SCORE_PERIODS)
        continue;
      target = target_in_force (kpi, figure_period);
      attainment = (na || is_null) ? NAN : rp_attainment (value, target, kpi->lower, kpi->rated, cap);

      if (index == RP_SCORE_PERIODS - 1)
        {
          if (na)
            kpi->card->n_not_applicable++;
          else if (!isnan (attainment))
            kpi->card->n_measured++;
          if (kpi->line != NULL)
            {
              kpi->line->target = target;
              kpi->line->value = na ? NAN : value;
              kpi->line->state = na ? RP_FIGURE_STATE_NOT_APPLICABLE
                                    : isnan (attainment) ? RP_FIGURE_STATE_MISSING : RP_FIGURE_STATE_MEASURED;
              kpi->line->attainment = attainment;
            }
        }
      acc = g_hash_table_lookup (accumulators, kpi->card);
      if (na && kpi->weight > 0)
        acc->na_weights[index] += kpi->weight;
      if (isnan (attainment) || kpi->weight <= 0)
        continue;
      acc->sum[index] += kpi->weight * attainment;
      acc->weights[index] += kpi->weight;
    }
  sqlite3_reset (stmt);

  /* Targets of KPIs with no figure this period still show in the details. */
  if (details)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, kpis);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          Kpi *kpi = value;

          if (kpi->line != NULL && kpi->line->state == RP_FIGURE_STATE_MISSING && isnan (kpi->line->value))
            kpi->line->target = target_in_force (kpi, period);
        }
    }

  /* Compliance in the period */
  stmt = _rp_store_prepare (store,
                            "SELECT c.outsourcer, sum(cc.result = 'met'), sum(cc.result = 'partly_met'), "
                            "sum(cc.result = 'missed') FROM compliance_check cc "
                            "JOIN commitment m ON m.uuid = cc.commitment JOIN contract c ON c.uuid = m.contract "
                            "WHERE cc.period = ?1 AND (?2 IS NULL OR c.outsourcer = ?2) GROUP BY c.outsourcer", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_TRANSIENT);
  bind_filter (stmt, 2, outsourcer_uuid);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      RpScorecard *card = g_hash_table_lookup (by_uuid, sqlite3_column_text (stmt, 0));

      if (card != NULL)
        card->compliance_rate = rp_compliance_rate (sqlite3_column_int (stmt, 1),
                                                    sqlite3_column_int (stmt, 2),
                                                    sqlite3_column_int (stmt, 3));
    }
  sqlite3_reset (stmt);

  for (guint c = 0; c < cards->len; c++)
    {
      RpScorecard *card = cards->pdata[c];
      Accumulator *acc = g_hash_table_lookup (accumulators, card);
      double recent_first[RP_SCORE_PERIODS];
      gboolean complete_first[RP_SCORE_PERIODS];
      double applicable;

      for (int i = 0; i < RP_SCORE_PERIODS; i++)
        {
          card->series[i] = acc->weights[i] > 0 ? 100.0 * acc->sum[i] / acc->weights[i] : NAN;
          applicable = acc->total_weight - acc->na_weights[i];
          /* A hair below the share counts as below: 3 of 4 equal KPIs is exactly 75 % */
          card->complete_series[i] = applicable > 0 && acc->weights[i] / applicable >= share - 1e-9;
          recent_first[RP_SCORE_PERIODS - 1 - i] = card->series[i];
          complete_first[RP_SCORE_PERIODS - 1 - i] = card->complete_series[i];
          if (card->complete_series[i])
            {
              card->n_complete++;
              g_free (card->latest_complete);
              card->latest_complete = rp_period_add (from, i);
            }
        }
      applicable = acc->total_weight - acc->na_weights[RP_SCORE_PERIODS - 1];
      card->coverage = applicable > 0 ? acc->weights[RP_SCORE_PERIODS - 1] / applicable : 0;
      card->complete = card->complete_series[RP_SCORE_PERIODS - 1];
      card->not_reporting = card->n_kpis > 0 &&
                            (card->latest_complete == NULL ||
                             rp_period_diff (card->latest_complete, period) > RP_SCORE_REPORTING_MONTHS);
      card->score = card->series[RP_SCORE_PERIODS - 1];
      card->overall = rp_overall_score_complete (recent_first, complete_first, RP_SCORE_PERIODS,
                                                 RP_SCORE_MIN_COMPLETE_MONTHS);
      card->n_missing = card->n_kpis - card->n_measured - card->n_not_applicable;
      /* An incomplete month has a score to look at, but no standing and no action */
      card->standing_index = card->complete ? rp_standing_index (min_scores, n_rules, card->score) : -1;
      if (card->standing_index >= 0)
        {
          g_autoptr(RpRecord) rule = g_list_model_get_item (rules, card->standing_index);

          card->standing = g_strdup (rp_record_get_string (rule, RP_STANDING_RULE_NAME));
          card->rule_action = g_strdup (rp_record_get_string (rule, RP_STANDING_RULE_RULE_ACTION));
          card->rule_uuid = g_strdup (rp_record_get_uuid (rule));
        }
      if (card->kpis != NULL)
        {
          g_autofree RpKpiResult *results = g_new0 (RpKpiResult, card->kpis->len + 1);

          for (guint k = 0; k < card->kpis->len; k++)
            {
              RpKpiLine *line = card->kpis->pdata[k];

              results[k].weight = line->weight;
              results[k].attainment = line->attainment;
              results[k].state = line->state;
            }
          for (guint k = 0; k < card->kpis->len; k++)
            ((RpKpiLine *) card->kpis->pdata[k])->contribution =
              rp_kpi_contribution (results, card->kpis->len, k);
        }
    }
  return g_steal_pointer (&cards);
}

/* The month the ranked scorecard opens on: the latest in which most outsourcers with KPIs
 * have a complete month, so one early report does not rank everyone else as missing.
 * Returns the scorecards of that month (those of the latest month read to find it, when it
 * is that one) and sets @out_period; NULL cards and period before the first figure. */
GPtrArray *
rp_scorecard_compute_default (RpStore     *store,
                              gboolean     details,
                              char       **out_period,
                              GError     **error)
{
  g_autofree char *latest = rp_scorecard_latest_period (store);
  g_autoptr(GPtrArray) cards = NULL;
  guint with_kpis = 0;
  int chosen = RP_SCORE_PERIODS - 1;

  *out_period = NULL;
  if (latest == NULL)
    return NULL;
  cards = rp_scorecard_compute (store, latest, NULL, details, error);
  if (cards == NULL)
    return NULL;
  for (guint c = 0; c < cards->len; c++)
    with_kpis += ((RpScorecard *) cards->pdata[c])->n_kpis > 0;
  for (int i = RP_SCORE_PERIODS - 1; i >= 0 && with_kpis > 0; i--)
    {
      guint complete = 0;

      for (guint c = 0; c < cards->len; c++)
        complete += ((RpScorecard *) cards->pdata[c])->complete_series[i];
      if (2 * complete > with_kpis)
        {
          chosen = i;
          break;
        }
    }
  if (chosen == RP_SCORE_PERIODS - 1)
    {
      *out_period = g_steal_pointer (&latest);
      return g_steal_pointer (&cards);
    }
  *out_period = rp_period_add (latest, chosen - (RP_SCORE_PERIODS - 1));
  return rp_scorecard_compute (store, *out_period, NULL, details, error);
}

char *
rp_scorecard_default_period (RpStore *store)
{
  char *period = NULL;
  g_autoptr(GPtrArray) cards = rp_scorecard_compute_default (store, FALSE, &period, NULL);

  return period;
}

static int
compare_by_score (gconstpointer a,
                  gconstpointer b)
{
  const RpScorecard *ca = *(const RpScorecard *const *) a;
  const RpScorecard *cb = *(const RpScorecard *const *) b;

  if (isnan (ca->score) != isnan (cb->score))
    return isnan (ca->score) ? 1 : -1;
  if (!isnan (ca->score) && ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  return g_utf8_collate (ca->name, cb->name);
}

void
rp_scorecard_sort_by_score (GPtrArray *scorecards)
{
  g_ptr_array_sort (scorecards, compare_by_score);
}
