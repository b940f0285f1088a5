/* rp-workflow.h — what may follow what: the steps of a proposal, and the fields only a
 * workflow sets, checked at the store's save so that no editor can go around them */
#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_WORKFLOW_ERROR (rp_workflow_error_quark ())

typedef enum {
  RP_WORKFLOW_ERROR_OWNED,        /* a field set only by its workflow's steps */
  RP_WORKFLOW_ERROR_NOT_ALLOWED,  /* a step that does not follow from where the record is */
  RP_WORKFLOW_ERROR_NEEDS_LINK,   /* integrated without what it became */
  RP_WORKFLOW_ERROR_MISSING,      /* a step that needs who took it, or when */
  RP_WORKFLOW_ERROR_OUTSIDE,      /* a check of a month its contract does not run in */
  RP_WORKFLOW_ERROR_NEEDS_REASON, /* accepted despite open questions, without saying why */
} RpWorkflowError;

GQuark    rp_workflow_error_quark  (void);

gboolean  rp_proposal_can_move     (int          from,
                                    int          to);
GArray   *rp_proposal_next_steps   (int          from);
gboolean  rp_proposal_move         (RpStore     *store,
                                    RpRecord    *proposal,
                                    int          status,
                                    GError     **error);

gboolean  rp_proposal_move_with_reason (RpStore *store,
                                        RpRecord   *proposal,
                                        int         status,
                                        const char *why,
                                        GError    **error);
GPtrArray *rp_proposal_acceptance_issues (RpStore  *store,
                                          RpRecord *proposal);

gboolean  rp_proposal_set_verdict  (RpStore     *store,
                                    RpRecord    *proposal,
                                    const char  *principle_uuid,
                                    int          verdict,
                                    GError     **error);

G_END_DECLS
