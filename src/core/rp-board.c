/* rp-board.c — what the board pack and the Compare dialog show of two or more candidates */
#include "config.h"

#include <math.h>

#include "rp-board.h"
#include "rp-evaluation.h"
#include "rp-text.h"

static void
evaluation_free (gpointer data)
{
  RpBoardEvaluation *e = data;

  g_free (e->evaluator);
  g_free (e->on);
  g_free (e->scores);
  g_free (e);
}

static void
candidate_free (gpointer data)
{
  RpBoardCandidate *c = data;

  g_object_unref (c->philosophy);
  g_ptr_array_unref (c->evaluations);
  g_free (c->mean);
  g_free (c);
}

static void
principle_free (gpointer data)
{
  RpBoardPrinciple *p = data;

  /* The arrays have holes where a candidate has no principle on the subject. */
  for (guint c = 0; c < p->n; c++)
    {
      g_free (p->statements[c]);
      g_free (p->rationales[c]);
    }
  g_free (p->statements);
  g_free (p->rationales);
  g_free (p->customer);
  g_free (p->company);
  g_free (p);
}

void
rp_board_pack_free (RpBoardPack *pack)
{
  if (pack == NULL)
    return;
  g_ptr_array_unref (pack->criteria);
  g_ptr_array_unref (pack->candidates);
  g_ptr_array_unref (pack->principles);
  g_free (pack);
}

static RpBoardPrinciple *
principle_new (guint n)
{
  RpBoardPrinciple *p = g_new0 (RpBoardPrinciple, 1);

  p->n = n;
  p->statements = g_new0 (char *, n + 1);
  p->rationales = g_new0 (char *, n + 1);
  p->customer = g_new0 (int, n);
  p->company = g_new0 (int, n);
  return p;
}

static void
principle_set (RpBoardPrinciple *p,
               guint             c,
               RpRecord         *principle)
{
  p->statements[c] = g_strdup (rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT));
  p->rationales[c] = g_strdup (rp_record_get_string (principle, RP_PRINCIPLE_RATIONALE));
  p->customer[c] = (int) rp_record_get_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT);
  p->company[c] = (int) rp_record_get_int (principle, RP_PRINCIPLE_COMPANY_BENEFIT);
}

static void
principle_compare (RpBoardPrinciple *p,
                   guint             n)
{
  for (guint c = 1; c < n; c++)
    if (p->statements[0] == NULL || p->statements[c] == NULL ||
        g_strcmp0 (p->statements[0], p->statements[c]) != 0 ||
        p->customer[0] != p->customer[c] || p->company[0] != p->company[c])
      p->differs = TRUE;
}

RpBoardPack *
rp_board_pack_compute (RpStore   *store,
                       GPtrArray *philosophies)
{
  RpBoardPack *pack = g_new0 (RpBoardPack, 1);
  g_autoptr(GListModel) criteria = rp_criteria_for_scope (store, "philosophy");
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = philosophies->len, n_criteria;
  double best = -1;

  pack->criteria = g_ptr_array_new_with_free_func (g_object_unref);
  pack->candidates = g_ptr_array_new_with_free_func (candidate_free);
  pack->principles = g_ptr_array_new_with_free_func (principle_free);
  pack->best = -1;
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    g_ptr_array_add (pack->criteria, g_list_model_get_item (criteria, i));
  n_criteria = pack->criteria->len;

  for (guint c = 0; c < n; c++)
    {
      RpRecord *philosophy = philosophies->pdata[c];
      RpBoardCandidate *candidate = g_new0 (RpBoardCandidate, 1);
      g_autoptr(GListModel) evaluations = rp_store_list (store, RP_KIND_EVALUATION, RP_EVALUATION_PHILOSOPHY, rp_record_get_uuid (philosophy));
      g_autofree double *sums = g_new0 (double, n_criteria + 1);
      g_autofree guint *counts = g_new0 (guint, n_criteria + 1);

      candidate->philosophy = g_object_ref (philosophy);
      candidate->evaluations = g_ptr_array_new_with_free_func (evaluation_free);
      candidate->mean = g_new0 (double, n_criteria + 1);
      candidate->total = rp_subject_evaluation_total (store, "philosophy", rp_record_get_uuid (philosophy), NULL);
      for (guint e = 0; e < g_list_model_get_n_items (evaluations); e++)
        {
          g_autoptr(RpRecord) evaluation = g_list_model_get_item (evaluations, e);
          RpBoardEvaluation *line = g_new0 (RpBoardEvaluation, 1);

          line->evaluator = g_strdup (rp_record_get_string (evaluation, RP_EVALUATION_EVALUATOR));
          line->on = g_strdup (rp_record_get_string (evaluation, RP_EVALUATION_EVALUATED_ON));
          line->scores = g_new0 (int, n_criteria + 1);
          line->total = rp_evaluation_total (store, evaluation);
          for (guint k = 0; k < n_criteria; k++)
            {
              line->scores[k] = rp_evaluation_get_score (store, evaluation, pack->criteria->pdata[k]);
              if (line->scores[k] > 0)
                {
                  sums[k] += line->scores[k];
                  counts[k]++;
                }
            }
          g_ptr_array_add (candidate->evaluations, line);
        }
      for (guint k = 0; k < n_criteria; k++)
        candidate->mean[k] = counts[k] > 0 ? sums[k] / counts[k] : NAN;
      if (!isnan (candidate->total) && candidate->total > best)
        {
          best = candidate->total;
          pack->best = (int) c;
        }
      g_ptr_array_add (pack->candidates, candidate);
      g_ptr_array_add (lists, rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (philosophy)));
    }
  if (n == 0)
    return pack;

  /* Principles follow the first candidate's; each other's is paired by subject. */
  {
    GListModel *base = lists->pdata[0];
    guint n_base = g_list_model_get_n_items (base);
    g_autoptr(GPtrArray) base_texts = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    g_autofree const char **texts = g_new0 (const char *, n_base + 1);

    for (guint b = 0; b < n_base; b++)
      {
        RpRecord *principle = g_list_model_get_item (base, b);
        RpBoardPrinciple *row = principle_new (n);

        g_ptr_array_add (base_texts, principle);
        texts[b] = rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT);
        principle_set (row, 0, principle);
        g_ptr_array_add (rows, row);
        g_ptr_array_add (pack->principles, row);
      }
    for (guint c = 1; c < n; c++)
      {
        GListModel *other = lists->pdata[c];
        guint n_other = g_list_model_get_n_items (other);
        g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
        g_autofree const char **other_texts = g_new0 (const char *, n_other + 1);
        g_autoptr(GArray) pairs = NULL;

        for (guint o = 0; o < n_other; o++)
          {
            RpRecord *principle = g_list_model_get_item (other, o);

            g_ptr_array_add (records, principle);
            other_texts[o] = rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT);
          }
        pairs = rp_align_texts (texts, n_base, other_texts, n_other);
        for (guint i = 0; i < pairs->len; i++)
          {
            int left = ((gint *) pairs->data)[2 * i], right = ((gint *) pairs->data)[2 * i + 1];

            if (right < 0)
              continue;
            if (left >= 0)
              principle_set (rows->pdata[left], c, records->pdata[right]);
            else
              {
                RpBoardPrinciple *row = principle_new (n);

                principle_set (row, c, records->pdata[right]);
                g_ptr_array_add (pack->principles, row);
              }
          }
      }
  }
  for (guint i = 0; i < pack->principles->len; i++)
    principle_compare (pack->principles->pdata[i], n);
  return pack;
}

/* The candidate scored highest on @criterion, or -1 when none or a tie at the top. */
int
rp_board_pack_best_for (RpBoardPack *pack,
                        guint        criterion)
{
  int best = -1;
  double top = -1;
  gboolean tie = FALSE;

  for (guint c = 0; c < pack->candidates->len; c++)
    {
      double mean = ((RpBoardCandidate *) pack->candidates->pdata[c])->mean[criterion];

      if (isnan (mean))
        continue;
      if (mean > top)
        {
          top = mean;
          best = (int) c;
          tie = FALSE;
        }
      else if (mean == top)
        tie = TRUE;
    }
  return tie ? -1 : best;
}
