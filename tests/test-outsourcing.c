/* test-outsourcing.c — the scoring math on worked examples, target history, CSV import, rankings, actions */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rp-evaluation.h"
#include "rp-outsourcing.h"
#include "rp-overview.h"
#include "rp-sample.h"
#include "rp-scoring.h"
#include "rp-test-utils.h"
#include "rp-util.h"
#include "rp-workflow.h"

#define assert_near(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-9)

static void
test_attainment (void)
{
  /* higher is better: value / target, at most 1 */
  assert_near (rp_attainment (90, 100, FALSE, FALSE, 1), 0.9);
  assert_near (rp_attainment (120, 100, FALSE, FALSE, 1), 1.0);
  /* a cap of 1.1 allows credit above target, up to the cap */
  assert_near (rp_attainment (105, 100, FALSE, FALSE, 1.1), 1.05);
  assert_near (rp_attainment (150, 100, FALSE, FALSE, 1.1), 1.1);
  /* lower is better: target / value */
  assert_near (rp_attainment (8, 4, TRUE, FALSE, 1), 0.5);
  assert_near (rp_attainment (2, 4, TRUE, FALSE, 1), 1.0);
  assert_near (rp_attainment (0, 4, TRUE, FALSE, 1), 1.0);
  /* never below zero */
  assert_near (rp_attainment (-5, 100, FALSE, FALSE, 1), 0.0);
  /* a rating counts as rating / 5, whatever the target */
  assert_near (rp_attainment (3, NAN, FALSE, TRUE, 1), 0.6);
  assert_near (rp_attainment (5, 2, FALSE, TRUE, 1.5), 1.0);
  /* no figure, or no target for a measured KPI: no attainment */
  g_assert_true (isnan (rp_attainment (NAN, 100, FALSE, FALSE, 1)));
  g_assert_true (isnan (rp_attainment (90, NAN, FALSE, FALSE, 1)));
}

static void
test_period_score (void)
{
  RpKpiResult kpis[] = {
    { .weight = 3, .attainment = 1.0, .state = RP_FIGURE_STATE_MEASURED },
    { .weight = 1, .attainment = 0.5, .state = RP_FIGURE_STATE_MEASURED },
    { .weight = 2, .attainment = NAN, .state = RP_FIGURE_STATE_MISSING },
    { .weight = 4, .attainment = NAN, .state = RP_FIGURE_STATE_NOT_APPLICABLE },
  };

  /* 100 × (3 × 1 + 1 × 0.5) / (3 + 1): missing and not applicable are left out,
   * neither counted as zero nor as full marks */
  assert_near (rp_period_score (kpis, 4), 87.5);
  assert_near (rp_kpi_contribution (kpis, 4, 0), 75.0);
  assert_near (rp_kpi_contribution (kpis, 4, 1), 12.5);
  g_assert_true (isnan (rp_kpi_contribution (kpis, 4, 2)));
  /* nothing measured, or no KPIs at all: no score */
  g_assert_true (isnan (rp_period_score (kpis + 2, 2)));
  g_assert_true (isnan (rp_period_score (NULL, 0)));
}

static void
test_overall_and_standing (void)
{
  double perfect[RP_SCORE_PERIODS];
  double two[] = { 100, 0 };
  double gap[] = { 80, NAN, 60 };
  double rules[] = { 90, 75, 60, 0 };

  for (guint i = 0; i < RP_SCORE_PERIODS; i++)
    perfect[i] = 100;
  /* a perfect record is 100 */
  assert_near (rp_overall_score (perfect, RP_SCORE_PERIODS), 100);
  /* recent weighs more: (12 × 100 + 11 × 0) / 23 */
  assert_near (rp_overall_score (two, 2), 1200.0 / 23.0);
  /* a month without a score is left out: (12 × 80 + 10 × 60) / 22 */
  assert_near (rp_overall_score (gap, 3), (12 * 80 + 10 * 60) / 22.0);
  g_assert_true (isnan (rp_overall_score (gap + 1, 1)));

  g_assert_cmpint (rp_standing_index (rules, 4, 95), ==, 0);
  g_assert_cmpint (rp_standing_index (rules, 4, 90), ==, 0);
  g_assert_cmpint (rp_standing_index (rules, 4, 89.99), ==, 1);
  g_assert_cmpint (rp_standing_index (rules, 4, 60), ==, 2);
  g_assert_cmpint (rp_standing_index (rules, 4, 12), ==, 3);
  g_assert_cmpint (rp_standing_index (rules, 4, NAN), ==, -1);

  /* met counts 1, partly met a half */
  assert_near (rp_compliance_rate (2, 1, 1), 2.5 / 4);
  g_assert_true (isnan (rp_compliance_rate (0, 0, 0)));
}

static RpStore *
new_store (RpTestDir  *dir,
           const char *name,
           gboolean    sample)
{
  g_autofree char *path = rp_test_dir_path (dir, name);
  RpStore *store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);

  g_assert_nonnull (store);
  if (sample)
    g_assert_true (rp_sample_fill (store, NULL));
  return store;
}

static RpRecord *
add_kpi (RpStore    *store,
         RpRecord   *outsourcer,
         const char *name,
         const char *kind,
         const char *direction,
         double      weight,
         double      target,
         const char *from)
{
  RpRecord *kpi = rp_record_new_for (RP_KIND_KPI, outsourcer);

  rp_record_set_string (kpi, RP_KPI_NAME, name);
  rp_record_set_string (kpi, RP_KPI_KPI_KIND, kind);
  rp_record_set_string (kpi, RP_KPI_DIRECTION, direction);
  rp_record_set_real (kpi, RP_KPI_WEIGHT, weight);
  g_assert_true (rp_store_save (store, kpi, NULL));
  if (!isnan (target))
    g_assert_true (rp_kpi_change_target (store, kpi, target, from, NULL));
  return kpi;
}

static RpScorecard *
card_for (GPtrArray  *cards,
          const char *uuid)
{
  for (guint i = 0; i < cards->len; i++)
    if (g_str_equal (((RpScorecard *) cards->pdata[i])->uuid, uuid))
      return cards->pdata[i];
  g_assert_not_reached ();
}

/* A small workspace worked through by hand. */
static void
test_scorecard_worked_example (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "w.rapport-db", FALSE);
  g_autoptr(RpRecord) vendor = rp_record_new_for (RP_KIND_OUTSOURCER, NULL);
  g_autoptr(RpRecord) empty = rp_record_new_for (RP_KIND_OUTSOURCER, NULL);
  g_autoptr(RpRecord) on_time = NULL;
  g_autoptr(RpRecord) repair = NULL;
  g_autoptr(RpRecord) attitude = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  RpScorecard *card;

  rp_record_set_string (vendor, RP_OUTSOURCER_NAME, "Vendor");
  rp_record_set_string (empty, RP_OUTSOURCER_NAME, "No KPIs");
  g_assert_true (rp_store_save (store, vendor, NULL));
  g_assert_true (rp_store_save (store, empty, NULL));
  on_time = add_kpi (store, vendor, "On time", "measured", "higher", 2, 95, "2026-01");
  repair = add_kpi (store, vendor, "Repair hours", "measured", "lower", 1, 4, "2026-01");
  attitude = add_kpi (store, vendor, "Attitude", "rated", "higher", 1, NAN, NULL);
  /* The on-time target rises to 97 from May; April keeps 95. */
  g_assert_true (rp_kpi_change_target (store, on_time, 97, "2026-05", NULL));
  assert_near (rp_kpi_target_in_force (store, on_time, "2026-04"), 95);
  assert_near (rp_kpi_target_in_force (store, on_time, "2026-05"), 97);

  g_assert_true (rp_figure_set (store, on_time, "2026-04", 95, FALSE, &error));
  g_assert_true (rp_figure_set (store, repair, "2026-04", 8, FALSE, &error));
  g_assert_true (rp_figure_set (store, attitude, "2026-04", 4, FALSE, &error));
  g_assert_true (rp_figure_set (store, on_time, "2026-05", 95, FALSE, &error));
  g_assert_true (rp_figure_set (store, repair, "2026-05", 0, TRUE, &error)); /* not applicable */
  /* attitude in May: not entered, so missing */
  g_assert_no_error (error);

  cards = rp_scorecard_compute (store, "2026-05", NULL, TRUE, &error);
  g_assert_no_error (error);
  card = card_for (cards, rp_record_get_uuid (vendor));
  /* April: (2 × 95/95 + 1 × 4/8 + 1 × 4/5) / 4 = 0.825 */
  assert_near (card->series[RP_SCORE_PERIODS - 2], 82.5);
  /* May: only on time counts: 95/97 */
  assert_near (card->score, 100.0 * 95.0 / 97.0);
  g_assert_cmpuint (card->n_kpis, ==, 3);
  g_assert_cmpuint (card->n_measured, ==, 1);
  g_assert_cmpuint (card->n_not_applicable, ==, 1);
  g_assert_cmpuint (card->n_missing, ==, 1);
  /* …but on time carries 2 of the 3 units of weight that apply (repair does not): 67 %, below
   * the profile's 75 %. May is incomplete: a score to look at, no standing, no action. */
  assert_near (card->coverage, 2.0 / 3.0);
  g_assert_false (card->complete);
  g_assert_null (card->standing);
  g_assert_null (card->rule_action);
  /* April is complete (all three measured); one complete month is too few for an overall. */
  g_assert_true (card->complete_series[RP_SCORE_PERIODS - 2]);
  g_assert_cmpuint (card->n_complete, ==, 1);
  g_assert_cmpstr (card->latest_complete, ==, "2026-04");
  g_assert_false (card->not_reporting);
  g_assert_true (isnan (card->overall));
  {
    RpKpiLine *line0 = card->kpis->pdata[0];
    RpKpiLine *line1 = card->kpis->pdata[1];
    RpKpiLine *line2 = card->kpis->pdata[2];

    g_assert_cmpint (line0->state, ==, RP_FIGURE_STATE_MEASURED);
    assert_near (line0->target, 97);
    assert_near (line0->contribution, 100.0 * 95 / 97);
    g_assert_cmpint (line1->state, ==, RP_FIGURE_STATE_NOT_APPLICABLE);
    g_assert_true (isnan (line1->contribution));
    g_assert_cmpint (line2->state, ==, RP_FIGURE_STATE_MISSING);
    g_assert_true (isnan (line2->value));
  }
  /* An outsourcer without KPIs has no score and no standing, not a zero. */
  card = card_for (cards, rp_record_get_uuid (empty));
  g_assert_true (isnan (card->score));
  g_assert_null (card->standing);

  /* Values are validated in place: a rating from 1 to 5 */
  g_assert_false (rp_figure_set (store, attitude, "2026-05", 7, FALSE, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    double value;
    gboolean na;

    g_assert_true (rp_figure_parse_value (on_time, "97,5 %", &value, &na, NULL));
    assert_near (value, 97.5);
    g_assert_true (rp_figure_parse_value (on_time, "N/A", &value, &na, NULL) && na);
    g_assert_false (rp_figure_parse_value (on_time, "ninety", &value, &na, &error));
    g_assert_nonnull (strstr (error->message, "“ninety” is not a number"));
    g_clear_error (&error);
    g_assert_false (rp_figure_parse_value (attitude, "3.5", &value, &na, &error));
    g_assert_nonnull (strstr (error->message, "rated by a person from 1 to 5"));
    g_clear_error (&error);
  }

  /* The rating of May makes it complete: it has a standing now. Still two complete months. */
  g_assert_true (rp_figure_set (store, attitude, "2026-05", 5, FALSE, &error));
  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = rp_scorecard_compute (store, "2026-05", NULL, TRUE, &error);
  card = card_for (cards, rp_record_get_uuid (vendor));
  assert_near (card->coverage, 1);
  g_assert_true (card->complete);
  assert_near (card->score, 100.0 * (2 * 95.0 / 97 + 1) / 3);
  g_assert_cmpstr (card->standing, ==, "Excellent");
  g_assert_cmpstr (card->rule_action, ==, "reward");
  g_assert_true (isnan (card->overall));

  /* A third complete month, March, all on target: the overall weighs the complete months */
  g_assert_true (rp_figure_set (store, on_time, "2026-03", 95, FALSE, &error));
  g_assert_true (rp_figure_set (store, repair, "2026-03", 4, FALSE, &error));
  g_assert_true (rp_figure_set (store, attitude, "2026-03", 5, FALSE, &error));
  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = rp_scorecard_compute (store, "2026-05", NULL, TRUE, &error);
  card = card_for (cards, rp_record_get_uuid (vendor));
  g_assert_cmpuint (card->n_complete, ==, 3);
  assert_near (card->overall, (12 * 100.0 * (2 * 95.0 / 97 + 1) / 3 + 11 * 82.5 + 10 * 100) / 33);

  /* Three months on without a complete month, the vendor is not reporting and its
   * overall is of its complete months still; a lower share makes a thin month count. */
  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = rp_scorecard_compute (store, "2026-08", NULL, FALSE, &error);
  card = card_for (cards, rp_record_get_uuid (vendor));
  g_assert_true (card->not_reporting);
  g_assert_true (isnan (card->score));
  g_assert_null (card->standing);
  {
    g_autoptr(RpRecord) profile = rp_record_new_for (RP_KIND_PROFILE, NULL);

    rp_record_set_string (profile, RP_PROFILE_COMPANY_NAME, "Worked example");
    rp_record_set_real (profile, RP_PROFILE_COMPLETE_SHARE, 0.5);
    g_assert_true (rp_store_save (store, profile, &error));
    g_assert_true (rp_figure_set (store, on_time, "2026-08", 95, FALSE, &error));
    g_clear_pointer (&cards, g_ptr_array_unref);
    cards = rp_scorecard_compute (store, "2026-08", NULL, FALSE, &error);
    card = card_for (cards, rp_record_get_uuid (vendor));
    /* 2 of 4 units of weight: 50 %, enough for a share of 50 % */
    assert_near (card->coverage, 0.5);
    g_assert_true (card->complete);
    g_assert_false (card->not_reporting);
  }
  g_assert_no_error (error);
}

/* The sample's latest month, computed by hand from its figures. */
static void
test_sample_scorecard (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "s.rapport-db", TRUE);
  g_autofree char *period = rp_scorecard_latest_period (store);
  g_autoptr(GPtrArray) cards = rp_scorecard_compute (store, period, NULL, FALSE, NULL);
  double pearl = 100 * (3 * 57.0 / 75 + 2 * 30.0 / 66 + 2 * 71.0 / 85 + 2 * 2.0 / 5) / 9;
  double swift = 100 * (3 * 62.0 / 97 + 2 * 2.0 / 9 + 1 * 96.0 / 99.5 + 1 * 0.5 / 2.5) / 7;

  rp_scorecard_sort_by_score (cards);
  g_assert_cmpstr (((RpScorecard *) cards->pdata[0])->name, ==, "ByteBridge IT Services");
  assert_near (((RpScorecard *) cards->pdata[0])->score, 100);
  g_assert_cmpstr (((RpScorecard *) cards->pdata[1])->standing, ==, "Watch");
  assert_near (((RpScorecard *) cards->pdata[1])->score, pearl);
  assert_near (((RpScorecard *) cards->pdata[1])->compliance_rate, 0.5);
  g_assert_cmpstr (((RpScorecard *) cards->pdata[2])->standing, ==, "Probation");
  assert_near (((RpScorecard *) cards->pdata[2])->score, swift);
  assert_near (((RpScorecard *) cards->pdata[2])->compliance_rate, 0);
  /* Probation calls for a penalty; nobody has decided yet, so it is proposed. */
  {
    RpScorecard *card = cards->pdata[2];
    g_autoptr(RpRecord) proposed = NULL;

    g_assert_true (rp_scorecard_needs_decision (store, card));
    proposed = rp_vendor_action_proposed (store, card);
    g_assert_cmpstr (rp_record_get_string (proposed, RP_VENDOR_ACTION_ACTION_KIND), ==, "penalty");
    g_assert_cmpstr (rp_record_get_string (proposed, RP_VENDOR_ACTION_PERIOD), ==, period);
    g_assert_true (rp_store_save (store, proposed, NULL));
    g_assert_false (rp_scorecard_needs_decision (store, card));
  }
  /* Excellent calls for a reward, and the sample recorded it already. */
  g_assert_false (rp_scorecard_needs_decision (store, cards->pdata[0]));
}

static void
test_candidate_ranking (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "s.rapport-db", TRUE);
  g_autoptr(GPtrArray) ranking = rp_rank_candidates (store);
  const double weights[] = { 3, 3, 2, 2, 1, 2 };
  const int bright[] = { 4, 4, 3, 3, 4, 3 };
  const int meridian[] = { 3, 2, 3, 5, 3, 4 };

  /* BrightWave: 100 × Σ w·s/5 / Σ w */
  assert_near (rp_weighted_score (weights, bright, 6), 100.0 * (12 + 12 + 6 + 6 + 4 + 6) / 5 / 13);
  g_assert_cmpuint (ranking->len, ==, 3);
  g_assert_cmpstr (rp_record_get_string (((RpRanked *) ranking->pdata[0])->subject, RP_OUTSOURCER_NAME), ==, "ByteBridge IT Services");
  g_assert_cmpstr (rp_record_get_string (((RpRanked *) ranking->pdata[1])->subject, RP_OUTSOURCER_NAME), ==, "BrightWave Marketing");
  assert_near (((RpRanked *) ranking->pdata[1])->total, rp_weighted_score (weights, bright, 6));
  assert_near (((RpRanked *) ranking->pdata[2])->total, rp_weighted_score (weights, meridian, 6));
  /* Unscored criteria are left out, not counted as zero */
  {
    const int partial[] = { 5, 0, 0, 0, 0, 0 };

    assert_near (rp_weighted_score (weights, partial, 6), 100);
  }
}

static void
test_csv_import (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "s.rapport-db", TRUE);
  g_autoptr(RpRecord) swift = rp_store_find (store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "SwiftLink Logistics", RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) kpi = rp_store_find (store, RP_KIND_KPI, RP_KPI_NAME, "Order accuracy", RP_FIELD_NONE, NULL);
  const char *good = "period,kpi,value\n"
                     "2030-01,On-time delivery,91.5\n"
                     "2030-01,\"Delivery complaints per 1,000 orders\",4\n"
                     "2030-01,Damaged shipments,n/a\n";
  const char *bad = "period,kpi,value\r\n"
                    "2030-02,On-time delivery,93\r\n"
                    "2030-13,On-time delivery,93\r\n"
                    "2030-02,Teleportation,1\r\n"
                    "2030-02,Order accuracy,ninety\r\n"
                    "2030-02,On-time delivery,94\r\n"
                    "2030-02,Order accuracy\r\n"
                    "2030-02,Consistency with our objectives,4\r\n";
  g_autoptr(RpFigureImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint before = rp_store_count (store, RP_KIND_FIGURE);
  guint journal = rp_store_count (store, RP_KIND_JOURNAL_ENTRY);

  import = rp_figures_csv_parse (store, good, strlen (good), rp_record_get_uuid (swift), RP_DECIMAL_AUTO);
  g_assert_cmpuint (import->errors->len, ==, 0);
  g_assert_cmpuint (import->rows->len, ==, 3);
  g_assert_true (((RpFigureRow *) import->rows->pdata[2])->not_applicable);
  g_assert_true (rp_figures_csv_apply (store, import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_FIGURE), ==, before + 3);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_JOURNAL_ENTRY), ==, journal + 1);
  g_clear_pointer (&import, rp_figure_import_free);

  /* Each bad line is named with its field; nothing is written. */
  import = rp_figures_csv_parse (store, bad, strlen (bad), rp_record_get_uuid (swift), RP_DECIMAL_AUTO);
  for (guint i = 0; i < import->errors->len; i++)
    g_test_message ("%s", (char *) import->errors->pdata[i]);
  g_assert_cmpuint (import->errors->len, ==, 6);
  g_assert_cmpstr (import->errors->pdata[0], ==, "line 3, period: “2030-13” is not a month written as YYYY-MM");
  g_assert_cmpstr (import->errors->pdata[1], ==, "line 4, kpi: this outsourcer has no KPI called “Teleportation”");
  g_assert_cmpstr (import->errors->pdata[2], ==, "line 5, value: “ninety” is not a number");
  g_assert_cmpstr (import->errors->pdata[3], ==, "line 6: the same KPI and month as line 2");
  g_assert_cmpstr (import->errors->pdata[4], ==, "line 7: 2 columns where the first line has 3");
  g_assert_cmpstr (import->errors->pdata[5], ==, "line 8, kpi: this outsourcer has no KPI called “Consistency with our objectives”");
  before = rp_store_count (store, RP_KIND_FIGURE);
  g_assert_false (rp_figures_csv_apply (store, import, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_FIGURE), ==, before);
  g_clear_error (&error);
  g_clear_pointer (&import, rp_figure_import_free);

  /* Without an outsourcer, a KPI name used by several is ambiguous; its UUID is not. */
  {
    const char *ambiguous = "period,kpi,value\n2030-03,Consistency with our objectives,4\n";
    g_autofree char *by_uuid = g_strdup_printf ("period,kpi,value\n2030-03,%s,99.1\n", rp_record_get_uuid (kpi));

    import = rp_figures_csv_parse (store, ambiguous, strlen (ambiguous), NULL, RP_DECIMAL_AUTO);
    g_assert_cmpuint (import->errors->len, ==, 1);
    g_assert_nonnull (strstr (import->errors->pdata[0], "names KPIs of several outsourcers"));
    g_clear_pointer (&import, rp_figure_import_free);
    import = rp_figures_csv_parse (store, by_uuid, strlen (by_uuid), NULL, RP_DECIMAL_AUTO);
    g_assert_cmpuint (import->errors->len, ==, 0);
    g_clear_pointer (&import, rp_figure_import_free);
  }
  /* A file without the header line */
  import = rp_figures_csv_parse (store, "2030-01,x,1\n", 12, NULL, RP_DECIMAL_AUTO);
  g_assert_cmpuint (import->errors->len, ==, 1);
  g_assert_nonnull (strstr (import->errors->pdata[0], "line 1: the first line must name the columns"));
}

static double
csv_value (RpStore    *store,
           RpRecord   *outsourcer,
           const char *text,
           RpDecimal   decimal,
           guint       row)
{
  g_autoptr(RpFigureImport) import = rp_figures_csv_parse (store, text, strlen (text), rp_record_get_uuid (outsourcer), decimal);

  for (guint i = 0; i < import->errors->len; i++)
    g_test_message ("%s", (char *) import->errors->pdata[i]);
  g_assert_cmpuint (import->errors->len, ==, 0);
  g_assert_cmpuint (import->rows->len, >, row);
  return ((RpFigureRow *) import->rows->pdata[row])->value;
}

static char *
csv_error (RpStore    *store,
           RpRecord   *outsourcer,
           const char *text,
           RpDecimal   decimal,
           gboolean   *undecided)
{
  g_autoptr(RpFigureImport) import = rp_figures_csv_parse (store, text, strlen (text), rp_record_get_uuid (outsourcer), decimal);

  g_assert_cmpuint (import->errors->len, ==, 1);
  if (undecided != NULL)
    *undecided = import->undecided;
  return g_strdup (import->errors->pdata[0]);
}

/* CSV as spreadsheets write it: "1,200" is never 1.2 without a word. */
static void
test_csv_conventions (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "s.rapport-db", TRUE);
  g_autoptr(RpRecord) swift = rp_store_find (store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "SwiftLink Logistics", RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) kpi = rp_record_new_for (RP_KIND_KPI, swift);
  g_autoptr(GError) error = NULL;
  gboolean undecided = FALSE;

  /* A name with an accent, to be typed decomposed */
  rp_record_set_string (kpi, RP_KPI_NAME, "Qualit\u00e9 des livraisons");
  g_assert_true (rp_store_save (store, kpi, &error));

  /* English spreadsheets: a comma between thousands, told by another value of the file */
  g_assert_cmpfloat (csv_value (store, swift, "period,kpi,value\n2030-01,On-time delivery,\"1,200\"\n2030-02,On-time delivery,95.5\n",
                                RP_DECIMAL_AUTO, 0), ==, 1200);
  g_assert_cmpfloat (csv_value (store, swift, "period,kpi,value\n2030-01,On-time delivery,\"1,234,567.25\"\n",
                                RP_DECIMAL_AUTO, 0), ==, 1234567.25);
  /* European spreadsheets: semicolons, a decimal comma, full stops or spaces between thousands */
  g_assert_cmpfloat (csv_value (store, swift, "period;kpi;value\n2030-01;On-time delivery;95,5\n", RP_DECIMAL_AUTO, 0), ==, 95.5);
  g_assert_cmpfloat (csv_value (store, swift, "period;kpi;value\n2030-01;On-time delivery;1.200,50\n", RP_DECIMAL_AUTO, 0), ==, 1200.5);
  g_assert_cmpfloat (csv_value (store, swift, "period;kpi;value\n2030-01;On-time delivery;1\u00a0200,5 \u20ac\n2030-02;On-time delivery;2,5\n",
                                RP_DECIMAL_AUTO, 0), ==, 1200.5);
  g_assert_cmpfloat (csv_value (store, swift, "period;kpi;value\n2030-01;On-time delivery;1\u202f200\n", RP_DECIMAL_AUTO, 0), ==, 1200);
  /* Tabs, columns in another order, a percent sign and a currency */
  g_assert_cmpfloat (csv_value (store, swift, "kpi\tvalue\tperiod\nOn-time delivery\t97.5 %\t2030-01\n", RP_DECIMAL_AUTO, 0), ==, 97.5);
  g_assert_cmpfloat (csv_value (store, swift, "period,kpi,value\n2030-01,On-time delivery,HK$1500.25\n", RP_DECIMAL_AUTO, 0), ==, 1500.25);
  g_assert_cmpfloat (csv_value (store, swift, "period,kpi,value\n2030-01,On-time delivery,HKD 1500\n", RP_DECIMAL_AUTO, 0), ==, 1500);

  /* Read two ways, and nothing else tells: refused with both readings, until the reader says */
  {
    const char *text = "period,kpi,value\n2030-01,On-time delivery,\"1,200\"\n";
    g_autofree char *message = csv_error (store, swift, text, RP_DECIMAL_AUTO, &undecided);

    g_assert_cmpstr (message, ==, "line 2, value: “1,200” reads as 1200 with a decimal point, or as 1.2 with a decimal comma, "
                                  "and nothing else in the file tells which; choose the convention");
    g_assert_true (undecided);
    g_assert_cmpfloat (csv_value (store, swift, text, RP_DECIMAL_POINT, 0), ==, 1200);
    g_assert_cmpfloat (csv_value (store, swift, text, RP_DECIMAL_COMMA, 0), ==, 1.2);
  }
  {
    g_autofree char *message = csv_error (store, swift, "period;kpi;value\n2030-01;On-time delivery;1.200\n", RP_DECIMAL_AUTO, &undecided);

    g_assert_nonnull (strstr (message, "reads as 1.2 with a decimal point, or as 1200 with a decimal comma"));
  }
  /* Two conventions in one file */
  {
    g_autofree char *message = csv_error (store, swift, "period;kpi;value\n2030-01;On-time delivery;95.5\n2030-02;On-time delivery;95,5\n",
                                          RP_DECIMAL_AUTO, NULL);

    g_assert_cmpstr (message, ==, "the numbers mix two conventions: line 2 is written with a decimal point, line 3 with a decimal comma");
  }
  /* Against the convention chosen: refused with it named */
  {
    g_autofree char *message = csv_error (store, swift, "period,kpi,value\n2030-01,On-time delivery,\"1,5\"\n", RP_DECIMAL_POINT, NULL);

    g_assert_cmpstr (message, ==, "line 2, value: “1,5” is not a number written with a decimal point, as the rest of the file is");
  }
  /* Badly grouped thousands are no number */
  {
    g_autofree char *message = csv_error (store, swift, "period,kpi,value\n2030-01,On-time delivery,\"12,00,0\"\n", RP_DECIMAL_AUTO, NULL);

    g_assert_cmpstr (message, ==, "line 2, value: “12,00,0” is not a number");
  }

  /* An extra column is ignored with a note; a decomposed name matches its composed KPI */
  {
    const char *text = "period,kpi,value,comment\n2030-01,Qualite\u0301 des livraisons,88,late truck\n2030-01,ON-TIME DELIVERY,90,\n";
    g_autoptr(RpFigureImport) import = rp_figures_csv_parse (store, text, strlen (text), rp_record_get_uuid (swift), RP_DECIMAL_AUTO);

    g_assert_cmpuint (import->errors->len, ==, 0);
    g_assert_cmpuint (import->rows->len, ==, 2);
    g_assert_cmpstr (((RpFigureRow *) import->rows->pdata[0])->kpi_uuid, ==, rp_record_get_uuid (kpi));
    g_assert_cmpuint (import->notes->len, ==, 1);
    g_assert_cmpstr (import->notes->pdata[0], ==, "the column “comment” is not one Rapport reads; it was ignored");
  }
}

/* One rule per value, at the app's save as in bundles (test-bundle) and the CSV (above). */
static void
test_cross_field_rules (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "s.rapport-db", TRUE);
  g_autoptr(RpRecord) swift = rp_store_find (store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "SwiftLink Logistics", RP_FIELD_NONE, NULL);
  g_autoptr(GListModel) kpis = rp_store_list (store, RP_KIND_KPI, RP_KPI_OUTSOURCER, rp_record_get_uuid (swift));
  g_autoptr(RpRecord) kpi = g_list_model_get_item (kpis, 0);
  g_autoptr(GListModel) contracts = rp_store_list (store, RP_KIND_CONTRACT, RP_CONTRACT_OUTSOURCER, rp_record_get_uuid (swift));
  g_autoptr(RpRecord) contract = g_list_model_get_item (contracts, 0);
  g_autoptr(GListModel) commitments = rp_store_list (store, RP_KIND_COMMITMENT, RP_COMMITMENT_CONTRACT, rp_record_get_uuid (contract));
  g_autoptr(RpRecord) commitment = g_list_model_get_item (commitments, 0);
  g_autoptr(GError) error = NULL;

  /* A target of 0 */
  g_assert_false (rp_kpi_change_target (store, kpi, 0, "2030-01", &error));
  g_assert_nonnull (strstr (error->message, "“Target” must be more than 0, not 0."));
  g_clear_error (&error);

  /* −5 on a KPI whose figures are never negative; allowed once the KPI says they mean something */
  g_assert_false (rp_figure_set (store, kpi, "2030-01", -5, FALSE, &error));
  g_assert_nonnull (strstr (error->message, "below zero"));
  g_clear_error (&error);
  rp_record_set_bool (kpi, RP_KPI_NEGATIVES, TRUE);
  g_assert_true (rp_store_save (store, kpi, &error));
  g_assert_true (rp_figure_set (store, kpi, "2030-01", -5, FALSE, &error));
  g_assert_no_error (error);

  /* A review whose next review is before it */
  {
    g_autoptr(RpRecord) review = rp_record_new (rp_kind_get (RP_KIND_REVIEW));

    rp_record_set_string (review, RP_REVIEW_OUTSOURCER, rp_record_get_uuid (swift));
    rp_record_set_string (review, RP_REVIEW_HELD_ON, "2026-12-01");
    rp_record_set_string (review, RP_REVIEW_NEXT_REVIEW_ON, "2026-10-01");
    g_assert_false (rp_store_save (store, review, &error));
    g_assert_nonnull (strstr (error->message, "“Next review” (2026-10-01) comes before “Held on” (2026-12-01)"));
    g_clear_error (&error);
  }
  /* A compliance check of a month the contract does not run in */
  {
    g_autoptr(RpRecord) check = rp_record_new_for (RP_KIND_COMPLIANCE_CHECK, commitment);

    rp_record_set_string (check, RP_COMPLIANCE_CHECK_PERIOD, "2020-01");
    g_assert_false (rp_store_save (store, check, &error));
    g_assert_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_OUTSIDE);
    g_assert_nonnull (strstr (error->message, "outside the contract"));
    g_clear_error (&error);
  }
}

static guint
count_missed (RpStore    *store,
              const char *text)
{
  GDate today;
  g_autoptr(GPtrArray) findings = NULL;
  guint n = 0;

  rp_date_set_today (&today);
  findings = rp_outsourcer_findings (store, &today);

  for (guint i = 0; i < findings->len; i++)
    {
      RpFinding *f = findings->pdata[i];

      n += g_str_equal (f->rule, "commitment-missed") && strstr (f->message, text) != NULL;
    }
  return n;
}

/* A commitment missed in October and November stays on the Overview when a December miss of
 * another commitment is recorded, and when it is partly met; a met check puts it right. */
static void
test_repeated_breach_stays (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "s.rapport-db", TRUE);
  g_autoptr(RpRecord) vendor = rp_record_new_for (RP_KIND_OUTSOURCER, NULL);
  g_autoptr(RpRecord) contract = NULL;
  g_autoptr(RpRecord) first = NULL;
  g_autoptr(RpRecord) second = NULL;
  g_autoptr(GError) error = NULL;
  const struct { RpRecord **commitment; const char *period; const char *result; } checks[] = {
    { &first, "2026-10", "missed" }, { &first, "2026-11", "missed" }, { &second, "2026-12", "missed" },
  };

  rp_record_set_string (vendor, RP_OUTSOURCER_NAME, "Breach Test Ltd");
  g_assert_true (rp_store_save (store, vendor, &error));
  contract = rp_record_new_for (RP_KIND_CONTRACT, vendor);
  rp_record_set_string (contract, RP_CONTRACT_TITLE, "Service");
  rp_record_set_string (contract, RP_CONTRACT_STARTS_ON, "2026-01-01");
  g_assert_true (rp_store_save (store, contract, &error));
  first = rp_record_new_for (RP_KIND_COMMITMENT, contract);
  rp_record_set_string (first, RP_COMMITMENT_DESCRIPTION, "Answer within a day");
  g_assert_true (rp_store_save (store, first, &error));
  second = rp_record_new_for (RP_KIND_COMMITMENT, contract);
  rp_record_set_string (second, RP_COMMITMENT_DESCRIPTION, "Fix within two days");
  g_assert_true (rp_store_save (store, second, &error));
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      g_autoptr(RpRecord) check = rp_record_new_for (RP_KIND_COMPLIANCE_CHECK, *checks[i].commitment);

      rp_record_set_string (check, RP_COMPLIANCE_CHECK_PERIOD, checks[i].period);
      rp_record_set_string (check, RP_COMPLIANCE_CHECK_RESULT, checks[i].result);
      g_assert_true (rp_store_save (store, check, &error));
    }
  g_assert_no_error (error);
  g_assert_cmpuint (count_missed (store, "Answer within a day"), ==, 1);
  g_assert_cmpuint (count_missed (store, "Fix within two days"), ==, 1);
  {
    g_autoptr(RpRecord) partly = rp_record_new_for (RP_KIND_COMPLIANCE_CHECK, first);

    rp_record_set_string (partly, RP_COMPLIANCE_CHECK_PERIOD, "2026-12");
    rp_record_set_string (partly, RP_COMPLIANCE_CHECK_RESULT, "partly_met");
    g_assert_true (rp_store_save (store, partly, &error));
    g_assert_cmpuint (count_missed (store, "Answer within a day"), ==, 1);
  }
  {
    g_autoptr(RpRecord) met = rp_record_new_for (RP_KIND_COMPLIANCE_CHECK, first);

    rp_record_set_string (met, RP_COMPLIANCE_CHECK_PERIOD, "2027-01");
    rp_record_set_string (met, RP_COMPLIANCE_CHECK_RESULT, "met");
    g_assert_true (rp_store_save (store, met, &error));
    g_assert_cmpuint (count_missed (store, "Answer within a day"), ==, 0);
    g_assert_cmpuint (count_missed (store, "Fix within two days"), ==, 1);
  }
}

static void
test_compliance (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "s.rapport-db", TRUE);
  g_autoptr(RpRecord) pearl = rp_store_find (store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "Pearl Delta Contact", RP_FIELD_NONE, NULL);
  RpComplianceCount count;
  double rate = rp_outsourcer_compliance (store, rp_record_get_uuid (pearl), NULL, &count);

  /* Three commitments over three months: 5 met, 2 partly met, 2 missed */
  g_assert_cmpuint (count.met, ==, 5);
  g_assert_cmpuint (count.partly_met, ==, 2);
  g_assert_cmpuint (count.missed, ==, 2);
  assert_near (rate, 6.0 / 9);
}


/* A proposal moves only along its workflow: it starts submitted, is integrated only with
 * what it became, and no editor can set its status freely. */
static void
test_proposal_workflow (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  g_autoptr(RpStore) store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
  g_autoptr(RpRecord) outsourcer = rp_record_new_for (RP_KIND_OUTSOURCER, NULL);
  g_autoptr(RpRecord) proposal = NULL;
  g_autoptr(RpRecord) skipping = NULL;
  g_autoptr(RpRecord) edited = NULL;
  g_autoptr(RpRecord) strategy = rp_record_new_for (RP_KIND_STRATEGY, NULL);
  g_autoptr(RpRecord) link = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) next = NULL;

  rp_record_set_string (outsourcer, RP_OUTSOURCER_NAME, "Pearl");
  g_assert_true (rp_store_save (store, outsourcer, NULL));

  /* New Proposal cannot start at any step */
  skipping = rp_record_new_for (RP_KIND_PROPOSAL, outsourcer);
  rp_record_set_string (skipping, RP_PROPOSAL_TITLE, "Jumps ahead");
  rp_record_set_enum (skipping, RP_PROPOSAL_STATUS, RP_PROPOSAL_STATUS_ACCEPTED);
  g_assert_false (rp_store_save (store, skipping, &error));
  g_assert_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_OWNED);
  g_clear_error (&error);

  proposal = rp_record_new_for (RP_KIND_PROPOSAL, outsourcer);
  rp_record_set_string (proposal, RP_PROPOSAL_TITLE, "Self-healing monitoring");
  g_assert_true (rp_store_save (store, proposal, &error));
  g_assert_no_error (error);

  /* The generic editor's save cannot change the status */
  edited = rp_record_copy (proposal);
  rp_record_set_enum (edited, RP_PROPOSAL_STATUS, RP_PROPOSAL_STATUS_INTEGRATED);
  g_assert_false (rp_store_save (store, edited, &error));
  g_assert_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_OWNED);
  g_clear_error (&error);

  /* Steps: out of order refused, in order taken */
  g_assert_false (rp_proposal_move (store, proposal, RP_PROPOSAL_STATUS_ACCEPTED, &error));
  g_assert_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  next = rp_proposal_next_steps (RP_PROPOSAL_STATUS_SUBMITTED);
  g_assert_cmpuint (next->len, ==, 2);
  g_assert_true (rp_proposal_move (store, proposal, RP_PROPOSAL_STATUS_UNDER_REVIEW, &error));

  /* An open fine-tuning request: accepting needs a reason, which the journal keeps */
  {
    g_autoptr(RpRecord) tuning = rp_record_new_for (RP_KIND_FINE_TUNING, proposal);
    g_autoptr(GListModel) journal = NULL;
    g_autoptr(RpRecord) entry = NULL;
    g_autoptr(GPtrArray) issues = NULL;

    rp_record_set_string (tuning, RP_FINE_TUNING_CHANGE_ASKED, "Alert us before restarting a router.");
    g_assert_true (rp_store_save (store, tuning, &error));
    issues = rp_proposal_acceptance_issues (store, proposal);
    g_assert_cmpuint (issues->len, ==, 1);
    g_assert_cmpstr (issues->pdata[0], ==, "1 fine-tuning request is still open");
    g_assert_false (rp_proposal_move (store, proposal, RP_PROPOSAL_STATUS_ACCEPTED, &error));
    g_assert_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_NEEDS_REASON);
    g_assert_cmpstr (error->message, ==, "Accepting “Self-healing monitoring” needs a reason: 1 fine-tuning request is still open.");
    g_clear_error (&error);
    g_assert_true (rp_proposal_move_with_reason (store, proposal, RP_PROPOSAL_STATUS_ACCEPTED,
                                                 "The alert is agreed by phone; the contract follows.", &error));
    g_assert_no_error (error);
    journal = rp_store_list (store, RP_KIND_JOURNAL_ENTRY, RP_JOURNAL_ENTRY_RECORD_UUID, rp_record_get_uuid (proposal));
    entry = g_list_model_get_item (journal, 0);
    g_assert_nonnull (strstr (rp_record_get_string (entry, RP_JOURNAL_ENTRY_SUMMARY),
                              "though 1 fine-tuning request is still open: The alert is agreed by phone"));
  }

  /* Integrated needs what it became */
  g_assert_false (rp_proposal_move (store, proposal, RP_PROPOSAL_STATUS_INTEGRATED, &error));
  g_assert_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_NEEDS_LINK);
  g_clear_error (&error);
  rp_record_set_string (strategy, RP_STRATEGY_TITLE, "Monitoring everywhere");
  g_assert_true (rp_store_save (store, strategy, NULL));
  link = rp_record_new_for (RP_KIND_PROPOSAL_LINK, proposal);
  rp_record_set_string (link, RP_PROPOSAL_LINK_STRATEGY, rp_record_get_uuid (strategy));
  g_assert_true (rp_store_save (store, link, NULL));
  g_assert_true (rp_proposal_move (store, proposal, RP_PROPOSAL_STATUS_INTEGRATED, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RpRecord) now = rp_store_get (store, RP_KIND_PROPOSAL, rp_record_get_uuid (proposal));

    g_assert_cmpint (rp_record_get_enum (now, RP_PROPOSAL_STATUS), ==, RP_PROPOSAL_STATUS_INTEGRATED);
  }
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/scoring/attainment", test_attainment);
  g_test_add_func ("/scoring/period-score", test_period_score);
  g_test_add_func ("/scoring/overall-and-standing", test_overall_and_standing);
  g_test_add_func ("/scoring/scorecard-worked-example", test_scorecard_worked_example);
  g_test_add_func ("/scoring/sample-scorecard", test_sample_scorecard);
  g_test_add_func ("/outsourcing/candidate-ranking", test_candidate_ranking);
  g_test_add_func ("/outsourcing/csv-import", test_csv_import);
  g_test_add_func ("/outsourcing/csv-conventions", test_csv_conventions);
  g_test_add_func ("/outsourcing/cross-field-rules", test_cross_field_rules);
  g_test_add_func ("/outsourcing/repeated-breach-stays", test_repeated_breach_stays);
  g_test_add_func ("/outsourcing/compliance", test_compliance);
  g_test_add_func ("/outsourcing/proposal-workflow", test_proposal_workflow);

  return g_test_run ();
}
