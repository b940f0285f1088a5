/* rp-sample-private.h — what the parts of the sample share: its state, the records the
 * parts refer to each other by, and the helpers that add records with their journal */
#pragma once

#include "rp-store-private.h"

G_BEGIN_DECLS

typedef struct {
  RpStore      *store;
  GError      **error;
  gboolean      failed;
  GDate         today;
  GStringChunk *strings;
  GPtrArray    *records;
  char         *journal_last;   /* the moment of the latest record journaled */
  guint         journal_step;
} Sample;

typedef struct {
  RpRecord *adopted;
  RpRecord *alternative;
  RpRecord *principles[6];
} Philosophies;

typedef struct {
  RpRecord *it, *service, *logistics, *marketing, *outreach;
} Partners;

typedef struct {
  RpRecord *ada, *raj, *siu_fan, *tom, *grace, *ken, *mandy, *victor, *sam;
} Staff;

const char *_rp_sample_day (Sample *s,
                            int     days);
const char *_rp_sample_month (Sample *s,
                              int     back);
void _rp_sample_set_field (RpRecord   *record,
                           RpFieldId   name,
                           const char *value);
void _rp_sample_journal_moment (Sample   *s,
                                RpRecord *record);
RpRecord *_rp_sample_add (Sample     *s,
                          RpKindId    kind,
                          RpRecord   *owner,
                          ...);
void _rp_sample_add_link (Sample   *s,
                          RpKindId  kind,
                          RpRecord *a,
                          RpRecord *b);
RpRecord *_rp_sample_criterion (Sample     *s,
                                const char *scope,
                                guint       index);
void _rp_sample_evaluate (Sample     *s,
                          RpFieldId   subject_field,
                          RpRecord   *subject,
                          const char *scope,
                          const char *evaluator,
                          int         days_ago,
                          const char *notes,
                          const int  *scores,
                          guint       n_scores);
void _rp_sample_figures (Sample     *s,
                         RpRecord   *kpi,
                         const double *values);

void      _rp_sample_partners  (Sample       *s,
                                Partners     *o);
void      _rp_sample_staff     (Sample       *s,
                                Partners     *o,
                                Staff        *st);
RpRecord *_rp_sample_framework (Sample       *s,
                                Philosophies *ph,
                                Staff        *st);
void      _rp_sample_execution (Sample       *s,
                                Philosophies *ph,
                                Partners     *o,
                                RpRecord     *framework);
void      _rp_sample_living    (Sample       *s,
                                Philosophies *ph,
                                Partners     *o,
                                Staff        *st,
                                RpRecord     *framework);
RpRecord *_rp_sample_find_activity (GPtrArray  *activities,
                                    const char *category,
                                    guint       nth);

G_END_DECLS
