/* rp-evaluation.h — weighted evaluations of philosophies, candidate partners and proposals */
#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

double      rp_weighted_score           (const double *weights,
                                         const int    *scores,
                                         guint         n);
double      rp_evaluation_total         (RpStore      *store,
                                         RpRecord     *evaluation);
double      rp_subject_evaluation_total (RpStore      *store,
                                         const char   *subject_field,
                                         const char   *subject_uuid,
                                         guint        *n_evaluations);
GListModel *rp_criteria_for_scope       (RpStore      *store,
                                         const char   *scope);
RpRecord   *rp_evaluation_new_for       (const char   *subject_field,
                                         const char   *subject_uuid,
                                         const char   *evaluator);
gboolean    rp_evaluation_set_score     (RpStore      *store,
                                         RpRecord     *evaluation,
                                         RpRecord     *criterion,
                                         int           value,
                                         GError      **error);
gboolean    rp_evaluation_save          (RpStore      *store,
                                         RpRecord     *evaluation,
                                         GListModel   *criteria,
                                         const int    *scores,
                                         GError      **error);
int         rp_evaluation_get_score     (RpStore      *store,
                                         RpRecord     *evaluation,
                                         RpRecord     *criterion);

typedef struct {
  RpRecord *subject;
  double    total;   /* NAN when not evaluated */
  guint     n_evaluations;
} RpRanked;

GPtrArray  *rp_rank_candidates          (RpStore      *store);

G_END_DECLS
