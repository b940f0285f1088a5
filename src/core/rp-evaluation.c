/* rp-evaluation.c — weighted totals and rankings */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "rp-evaluation.h"
#include "rp-util.h"

/* Scores run 1–5; the total is a percentage where 5 on every criterion is 100.
 * Criteria left unscored are left out rather than counted as zero. */
double
rp_weighted_score (const double *weights,
                   const int    *scores,
                   guint         n)
{
  double sum = 0, sum_weights = 0;

  for (guint i = 0; i < n; i++)
    {
      if (scores[i] < 1 || scores[i] > 5 || weights[i] <= 0)
        continue;
      sum += weights[i] * scores[i] / 5.0;
      sum_weights += weights[i];
    }
  return sum_weights > 0 ? 100.0 * sum / sum_weights : NAN;
}

double
rp_evaluation_total (RpStore  *store,
                     RpRecord *evaluation)
{
  g_autoptr(GListModel) scores = rp_store_list (store, RP_KIND_SCORE, RP_SCORE_EVALUATION, rp_record_get_uuid (evaluation));
  guint n = g_list_model_get_n_items (scores);
  g_autofree double *weights = g_new0 (double, n + 1);
  g_autofree int *values = g_new0 (int, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) score = g_list_model_get_item (scores, i);
      g_autoptr(RpRecord) criterion = rp_store_get (store, RP_KIND_CRITERION, rp_record_get_string (score, RP_SCORE_CRITERION));

      weights[i] = criterion ? rp_record_get_real (criterion, RP_CRITERION_WEIGHT) : 0;
      values[i] = (int) rp_record_get_int (score, RP_SCORE_VALUE);
    }
  return rp_weighted_score (weights, values, n);
}

/* Several people may evaluate the same subject: the total is their average. */
double
rp_subject_evaluation_total (RpStore    *store,
                             const char *subject_field,
                             const char *subject_uuid,
                             guint      *n_evaluations)
{
  g_autoptr(GListModel) evaluations = rp_store_list (store, RP_KIND_EVALUATION, rp_kind_field_id (rp_kind_get (RP_KIND_EVALUATION), subject_field), subject_uuid);
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr(RpRecord) evaluation = g_list_model_get_item (evaluations, i);
      double total = rp_evaluation_total (store, evaluation);

      if (!isnan (total))
        {
          sum += total;
          n++;
        }
    }
  if (n_evaluations != NULL)
    *n_evaluations = n;
  return n > 0 ? sum / n : NAN;
}

GListModel *
rp_criteria_for_scope (RpStore    *store,
                       const char *scope)
{
  return rp_store_list (store, RP_KIND_CRITERION, RP_CRITERION_SCOPE, scope);
}

RpRecord *
rp_evaluation_new_for (const char *subject_field,
                       const char *subject_uuid,
                       const char *evaluator)
{
  RpRecord *evaluation = rp_record_new_for (RP_KIND_EVALUATION, NULL);
  g_autofree char *today = rp_date_today ();

  rp_record_set_string (evaluation, rp_kind_field_id (rp_kind_get (RP_KIND_EVALUATION), subject_field), subject_uuid);
  rp_record_set_string (evaluation, RP_EVALUATION_EVALUATOR, evaluator);
  rp_record_set_string (evaluation, RP_EVALUATION_EVALUATED_ON, today);
  return evaluation;
}

int
rp_evaluation_get_score (RpStore  *store,
                         RpRecord *evaluation,
                         RpRecord *criterion)
{
  g_autoptr(RpRecord) score = rp_store_find (store, RP_KIND_SCORE, RP_SCORE_EVALUATION, rp_record_get_uuid (evaluation), RP_SCORE_CRITERION, rp_record_get_uuid (criterion));

  return score != NULL ? (int) rp_record_get_int (score, RP_SCORE_VALUE) : 0;
}

gboolean
rp_evaluation_set_score (RpStore   *store,
                         RpRecord  *evaluation,
                         RpRecord  *criterion,
                         int        value,
                         GError   **error)
{
  g_autoptr(RpRecord) score = rp_store_find (store, RP_KIND_SCORE, RP_SCORE_EVALUATION, rp_record_get_uuid (evaluation), RP_SCORE_CRITERION, rp_record_get_uuid (criterion));

  if (score == NULL)
    {
      score = rp_record_new_for (RP_KIND_SCORE, evaluation);
      rp_record_set_string (score, RP_SCORE_CRITERION, rp_record_get_uuid (criterion));
    }
  rp_record_set_int (score, RP_SCORE_VALUE, value);
  return rp_store_save (store, score, error);
}

/**
 * rp_evaluation_save:
 * @criteria: the criteria of the evaluation's scope (RpRecord)
 * @scores: a score from 1 to 5 for each criterion, 0 for not scored
 *
 * Saves @evaluation and its scores in one transaction: all or nothing.
 */
gboolean
rp_evaluation_save (RpStore     *store,
                    RpRecord    *evaluation,
                    GListModel  *criteria,
                    const int   *scores,
                    GError     **error)
{
  guint n = g_list_model_get_n_items (criteria);

  g_return_val_if_fail (RP_IS_STORE (store), FALSE);
  g_return_val_if_fail (rp_record_get_kind_id (evaluation) == RP_KIND_EVALUATION, FALSE);

  for (guint i = 0; i < n; i++)
    if (scores[i] < 0 || scores[i] > 5)
      {
        g_autoptr(RpRecord) criterion = g_list_model_get_item (criteria, i);
        g_autofree char *name = rp_record_dup_title (criterion);

        g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                     _("“%s” is scored from 1 to 5, not %d."), name, scores[i]);
        return FALSE;
      }
  if (!rp_store_begin (store, error))
    return FALSE;
  if (!rp_store_save (store, evaluation, error))
    {
      rp_store_rollback (store);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) criterion = g_list_model_get_item (criteria, i);

      if (scores[i] >= 1 && !rp_evaluation_set_score (store, evaluation, criterion, scores[i], error))
        {
          rp_store_rollback (store);
          return FALSE;
        }
    }
  return rp_store_commit (store, error);
}

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const RpRanked *ra = *(const RpRanked *const *) a;
  const RpRanked *rb = *(const RpRanked *const *) b;

  if (isnan (ra->total) != isnan (rb->total))
    return isnan (ra->total) ? 1 : -1;
  if (!isnan (ra->total) && ra->total != rb->total)
    return ra->total > rb->total ? -1 : 1;
  return 0;
}

static void
free_ranked (gpointer data)
{
  RpRanked *ranked = data;

  g_object_unref (ranked->subject);
  g_free (ranked);
}

/* Outsourcers that have selection evaluations, best weighted score first. */
GPtrArray *
rp_rank_candidates (RpStore *store)
{
  g_autoptr(GListModel) outsourcers = rp_store_list (store, RP_KIND_OUTSOURCER, RP_FIELD_NONE, NULL);
  GPtrArray *ranking = g_ptr_array_new_with_free_func (free_ranked);

  for (guint i = 0; i < g_list_model_get_n_items (outsourcers); i++)
    {
      g_autoptr(RpRecord) outsourcer = g_list_model_get_item (outsourcers, i);
      RpRanked *ranked;
      guint n = 0;
      double total = rp_subject_evaluation_total (store, "outsourcer", rp_record_get_uuid (outsourcer), &n);

      if (n == 0 && rp_record_get_enum (outsourcer, RP_OUTSOURCER_STATUS) != RP_OUTSOURCER_STATUS_CANDIDATE)
        continue;
      ranked = g_new0 (RpRanked, 1);
      ranked->subject = g_object_ref (outsourcer);
      ranked->total = total;
      ranked->n_evaluations = n;
      g_ptr_array_add (ranking, ranked);
    }
  g_ptr_array_sort (ranking, compare_ranked);
  return ranking;
}
