/* rp-scoring.c — the scoring math, on its own so tests can work it through by hand */
#include "config.h"

#include <math.h>

#include "rp-scoring.h"

/* value / target when higher is better, target / value when lower is better;
 * a rated KPI (1–5) counts as rating / 5. Clamped to [0, cap]; cap ≥ 1 lets
 * a partner earn credit above target. */
double
rp_attainment (double   value,
               double   target,
               gboolean lower_is_better,
               gboolean rated,
               double   cap)
{
  double a;

  if (isnan (value))
    return NAN;
  if (isnan (cap) || cap < 1)
    cap = 1;
  if (rated)
    return CLAMP (value / 5.0, 0.0, 1.0);
  if (isnan (target) || target <= 0)
    return NAN;
  if (lower_is_better)
    a = value <= 0 ? cap : target / value;
  else
    a = value / target;
  return CLAMP (a, 0.0, cap);
}

/* 100 × Σ(weight × attainment) / Σ(weight) over the KPIs measured in the period;
 * NAN when none was. */
double
rp_period_score (const RpKpiResult *kpis,
                 guint              n)
{
  double sum = 0, weights = 0;

  for (guint i = 0; i < n; i++)
    {
      if (kpis[i].state != RP_FIGURE_STATE_MEASURED || isnan (kpis[i].attainment) || kpis[i].weight <= 0)
        continue;
      sum += kpis[i].weight * kpis[i].attainment;
      weights += kpis[i].weight;
    }
  return weights > 0 ? 100.0 * sum / weights : NAN;
}

/* Points of the period score that KPI @index earned. */
double
rp_kpi_contribution (const RpKpiResult *kpis,
                     guint              n,
                     guint              index)
{
  double weights = 0;

  if (index >= n || kpis[index].state != RP_FIGURE_STATE_MEASURED || isnan (kpis[index].attainment))
    return NAN;
  for (guint i = 0; i < n; i++)
    if (kpis[i].state == RP_FIGURE_STATE_MEASURED && !isnan (kpis[i].attainment) && kpis[i].weight > 0)
      weights += kpis[i].weight;
  return weights > 0 ? 100.0 * kpis[index].weight * kpis[index].attainment / weights : NAN;
}

/* @scores[0] is the latest period. Weights fall linearly to zero over 12 periods
 * (12, 11, … 1); periods without a score are left out and the weights of the
 * others renormalised, so a perfect record is 100. */
double
rp_overall_score (const double *scores,
                  guint         n)
{
  double sum = 0, weights = 0;

  for (guint i = 0; i < MIN (n, RP_SCORE_PERIODS); i++)
    {
      double w = RP_SCORE_PERIODS - i;

      if (isnan (scores[i]))
        continue;
      sum += w * scores[i];
      weights += w;
    }
  return weights > 0 ? sum / weights : NAN;
}

/* The overall score of the complete months only; NAN unless at least @min_complete of the
 * twelve are complete, so a vendor that stops reporting loses its score instead of keeping
 * an old one. @scores[0] is the latest period. */
double
rp_overall_score_complete (const double   *scores,
                           const gboolean *complete,
                           guint           n,
                           guint           min_complete)
{
  double kept[RP_SCORE_PERIODS];
  guint n_complete = 0;

  for (guint i = 0; i < MIN (n, RP_SCORE_PERIODS); i++)
    {
      kept[i] = complete[i] ? scores[i] : NAN;
      n_complete += complete[i] && !isnan (scores[i]);
    }
  if (n_complete < min_complete)
    return NAN;
  return rp_overall_score (kept, MIN (n, RP_SCORE_PERIODS));
}

/* The highest rule whose minimum the score reaches; -1 when none does or there is
 * no score. */
int
rp_standing_index (const double *min_scores,
                   guint         n_rules,
                   double        score)
{
  int best = -1;

  if (isnan (score))
    return -1;
  for (guint i = 0; i < n_rules; i++)
    if (score >= min_scores[i] && (best < 0 || min_scores[i] > min_scores[best]))
      best = (int) i;
  return best;
}

double
rp_compliance_rate (guint met,
                    guint partly_met,
                    guint missed)
{
  guint total = met + partly_met + missed;

  return total > 0 ? (met + 0.5 * partly_met) / total : NAN;
}
