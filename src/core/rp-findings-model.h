/* rp-findings-model.h — what management must see now, summarised, and what the
 * workspace holds; both read off the main thread */
#pragma once

#include "rp-finding.h"
#include "rp-model.h"

G_BEGIN_DECLS

/* More findings of one kind than this are one line that opens the list. */
#define RP_FINDINGS_LISTED 3

#define RP_TYPE_FINDING_ROW (rp_finding_row_get_type ())
G_DECLARE_FINAL_TYPE (RpFindingRow, rp_finding_row, RP, FINDING_ROW, GObject)

RpFindingRow    *rp_finding_row_new         (RpFinding    *finding);
const RpFinding *rp_finding_row_get_finding (RpFindingRow *self);
const char      *rp_finding_row_get_message (RpFindingRow *self);
guint            rp_finding_row_get_count   (RpFindingRow *self);
GListModel      *rp_finding_row_get_items   (RpFindingRow *self);

#define RP_TYPE_FINDINGS_MODEL (rp_findings_model_get_type ())
G_DECLARE_FINAL_TYPE (RpFindingsModel, rp_findings_model, RP, FINDINGS_MODEL, RpModel)

RpFindingsModel *rp_findings_model_get          (RpStore         *store);
GPtrArray       *rp_findings_model_dup_findings (RpFindingsModel *self);
guint            rp_findings_model_count        (RpFindingsModel *self,
                                                 const char      *rule);

#define RP_TYPE_COUNT_ROW (rp_count_row_get_type ())
G_DECLARE_FINAL_TYPE (RpCountRow, rp_count_row, RP, COUNT_ROW, GObject)

RpKindId         rp_count_row_get_kind      (RpCountRow      *self);
guint            rp_count_row_get_count     (RpCountRow      *self);

#define RP_TYPE_COUNTS_MODEL (rp_counts_model_get_type ())
G_DECLARE_FINAL_TYPE (RpCountsModel, rp_counts_model, RP, COUNTS_MODEL, RpModel)

RpCountsModel   *rp_counts_model_get            (RpStore         *store);

G_END_DECLS
