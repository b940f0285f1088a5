/* rp-execution.h — strategies, their endorsement and the change requests management injects (ITCSCR508A) */
#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

typedef struct {
  RpRecord *strategy;
  guint     depth;     /* 0 for a top-level strategy */
} RpStrategyNode;

GPtrArray *rp_strategy_tree            (RpStore     *store);
gboolean   rp_strategy_endorse         (RpStore     *store,
                                        RpRecord    *strategy,
                                        const char  *by,
                                        const char  *on,
                                        GError     **error);
gboolean   rp_change_request_decide    (RpStore     *store,
                                        RpRecord    *request,
                                        const char  *decision,
                                        const char  *by,
                                        const char  *on,
                                        const char  *notes,
                                        GError     **error);

char      *rp_channel_title            (RpRecord    *channel,
                                        gpointer     unused);

G_END_DECLS
