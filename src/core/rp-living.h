/* rp-living.h — living the philosophy: which figures tell whether each principle is
 * lived (ITCSCR601A, ITCSCR603A), and who acknowledged what they were given (ITCSCR508A) */
#pragma once

#include "rp-finding.h"
#include "rp-scoring.h"
#include "rp-store.h"

G_BEGIN_DECLS

/* Tracing */

typedef struct {
  char     *uuid;
  char     *title;
  char     *detail;      /* an activity's framework and phase, a strategy's status, a proposal's outsourcer */
  gboolean  measured;    /* an activity: some KPI measures the customers' reaction to it */
} RpTraceItem;

typedef struct {
  char     *uuid;
  char     *name;
  char     *unit;
  char     *owner;        /* the outsourcer's name, or the company's */
  gboolean  company;      /* one of the company's own indicators */
  char     *latest_period;/* the latest month with a figure, or NULL */
  double    latest_value; /* NAN without a figure */
  double    target;       /* in force in that month; NAN without one */
  double    attainment;   /* scored as the scorecards do; NAN without figure or target */
  double    trend[RP_SCORE_PERIODS]; /* values of the twelve months ending at latest_period, NAN where missing */
} RpTraceKpi;

typedef struct {
  char      *uuid;
  char      *statement;
  GPtrArray *activities;   /* RpTraceItem: the framework activities that serve it */
  GPtrArray *strategies;   /* RpTraceItem: the strategies that carry it out */
  GPtrArray *supporting;   /* RpTraceItem: outsourcers' proposals that support it */
  GPtrArray *conflicting;  /* RpTraceItem: … and that conflict with it */
  GPtrArray *kpis;         /* RpTraceKpi: the indicators that measure it */
  gboolean   measured;     /* some KPI measures it */
  gboolean   below_target; /* measured, and an indicator's latest figure is below its target */
} RpTracePrinciple;

typedef struct {
  char      *philosophy_uuid;
  char      *philosophy_title;
  GPtrArray *principles;           /* RpTracePrinciple, in their order */
  GPtrArray *unmeasured_activities;/* RpTraceItem: activities serving a principle that no KPI measures */
  guint      n_unmeasured;         /* principles no figure measures */
  guint      n_below_target;
} RpTrace;

RpTrace   *rp_trace_compute          (RpStore     *store,
                                      RpRecord    *philosophy,
                                      const char  *principle_uuid,
                                      GError     **error);
void       rp_trace_free             (RpTrace     *trace);
GPtrArray *rp_trace_findings         (RpStore     *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpTrace, rp_trace_free)

/* Acknowledgements */

typedef struct {
  char     *uuid;
  char     *by;
  char     *on;
  char     *comment;
  gboolean  outdated;     /* of a version that has changed since */
} RpAckLine;

typedef struct {
  char     *name;
  char     *outsourcer;   /* NULL for the company's own staff */
  gboolean  outdated;     /* acknowledged only an earlier version */
} RpAckPending;

typedef struct {
  char      *version;     /* the subject's content now */
  GPtrArray *acks;        /* RpAckLine, newest first */
  GPtrArray *pending;     /* RpAckPending: staff without an acknowledgement of this version */
  guint      n_staff;
  guint      n_current;   /* staff who acknowledged this version */
} RpAckStatus;

gboolean     rp_ack_subject_kind     (RpRecord    *subject);
RpFieldId    rp_ack_subject_field    (RpKindId     kind);
char        *rp_ack_version          (RpStore     *store,
                                      RpRecord    *subject);
RpRecord    *rp_acknowledge          (RpStore     *store,
                                      RpRecord    *subject,
                                      const char  *by,
                                      const char  *on,
                                      const char  *comment,
                                      GError     **error);
RpAckStatus *rp_ack_status_compute   (RpStore     *store,
                                      RpRecord    *subject);
void         rp_ack_status_free      (RpAckStatus *status);
GPtrArray   *rp_ack_findings         (RpStore     *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpAckStatus, rp_ack_status_free)

G_END_DECLS
