/* rp-philosophy.h — candidate philosophies, adoption, and the checks of ITCSCR601A */
#pragma once

#include "rp-finding.h"
#include "rp-store.h"

G_BEGIN_DECLS

RpRecord  *rp_philosophy_get_adopted      (RpStore     *store);
gboolean   rp_philosophy_propose          (RpStore     *store,
                                           RpRecord    *philosophy,
                                           const char  *by,
                                           const char  *on,
                                           const char  *notes,
                                           GError     **error);
gboolean   rp_philosophy_adopt            (RpStore     *store,
                                           RpRecord    *philosophy,
                                           const char  *approver,
                                           const char  *on,
                                           const char  *notes,
                                           GError     **error);
gboolean   rp_philosophy_retire           (RpStore     *store,
                                           RpRecord    *philosophy,
                                           const char  *by,
                                           const char  *on,
                                           const char  *notes,
                                           GError     **error);
gboolean   rp_philosophy_withdraw         (RpStore     *store,
                                           RpRecord    *philosophy,
                                           const char  *by,
                                           const char  *on,
                                           const char  *notes,
                                           GError     **error);
RpRecord  *rp_philosophy_duplicate        (RpStore     *store,
                                           RpRecord    *philosophy,
                                           const char  *title,
                                           GError     **error);
gboolean   rp_principle_favours_company   (RpRecord    *principle);
GPtrArray *rp_philosophy_findings         (RpStore     *store,
                                           RpRecord    *philosophy);
GPtrArray *rp_promotion_findings          (RpStore     *store,
                                           const GDate *today);
/* Links join two records: @field1 and @field2 are the link kind's two references. */
gboolean   rp_link_toggle                 (RpStore     *store,
                                           RpFieldId    field1,
                                           const char  *uuid1,
                                           RpFieldId    field2,
                                           const char  *uuid2,
                                           gboolean     linked,
                                           GError     **error);
gboolean   rp_link_exists                 (RpStore     *store,
                                           RpFieldId    field1,
                                           const char  *uuid1,
                                           RpFieldId    field2,
                                           const char  *uuid2);

G_END_DECLS
