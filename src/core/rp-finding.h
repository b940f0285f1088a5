/* rp-finding.h — something a view should point out: a flag, a warning, an overdue item */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  RP_FINDING_INFO,
  RP_FINDING_WARNING,
  RP_FINDING_PROBLEM,
} RpFindingLevel;

typedef struct {
  RpFindingLevel level;
  char          *rule;        /* a stable id a test can match, e.g. "objective-unserved" */
  char          *record_kind; /* the record it is about */
  char          *record_uuid;
  char          *message;     /* plain words, translated */
  int            days;        /* until it falls due, negative when overdue; RP_FINDING_UNDATED */
  double         urgency;     /* within a level, the larger comes first */
} RpFinding;

#define RP_FINDING_UNDATED G_MININT

RpFinding *rp_finding_new       (RpFindingLevel  level,
                                 const char     *rule,
                                 const char     *record_kind,
                                 const char     *record_uuid,
                                 const char     *format,
                                 ...) G_GNUC_PRINTF (5, 6);
void       rp_finding_free      (RpFinding      *finding);
RpFinding *rp_finding_copy      (const RpFinding *finding);
void       rp_finding_set_days  (RpFinding      *finding,
                                 int             days);
int        rp_finding_compare   (gconstpointer   a,
                                 gconstpointer   b);
GPtrArray *rp_findings_new      (void);
guint      rp_findings_count    (GPtrArray      *findings,
                                 const char     *rule);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpFinding, rp_finding_free)

G_END_DECLS
