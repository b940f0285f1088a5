/* rp-board.h — candidate philosophies side by side for management's decision (ITCSCR601A):
 * the evaluation criterion by criterion, each evaluator's score and the weighted totals,
 * and the principles' benefit ratings and rationale, aligned by subject */
#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

typedef struct {
  char   *evaluator;   /* NULL when not named */
  char   *on;
  int    *scores;      /* one a criterion; 0 where not scored */
  double  total;       /* out of 100, NAN without scores */
} RpBoardEvaluation;

typedef struct {
  RpRecord  *philosophy;
  GPtrArray *evaluations;  /* RpBoardEvaluation, newest first */
  double    *mean;         /* one a criterion: the evaluators' average, NAN where nobody scored it */
  double     total;        /* the evaluations' average total, NAN without one */
} RpBoardCandidate;

typedef struct {
  char     **statements;   /* one a candidate; NULL where it has no principle on this subject */
  char     **rationales;
  int       *customer;     /* benefit to customers, 1–5; 0 where there is no principle */
  int       *company;
  gboolean   differs;      /* a candidate's wording or ratings differ from the first's */
  guint      n;            /* candidates */
} RpBoardPrinciple;

typedef struct {
  GPtrArray *criteria;     /* RpRecord: the philosophy criteria, in order */
  GPtrArray *candidates;   /* RpBoardCandidate, in the order given */
  GPtrArray *principles;   /* RpBoardPrinciple: the first candidate's order, then the others' unmatched */
  int        best;         /* the candidate with the highest total, or -1 */
} RpBoardPack;

RpBoardPack *rp_board_pack_compute (RpStore     *store,
                                    GPtrArray   *philosophies);
void         rp_board_pack_free    (RpBoardPack *pack);
int          rp_board_pack_best_for (RpBoardPack *pack,
                                     guint        criterion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpBoardPack, rp_board_pack_free)

G_END_DECLS
