/* rp-record-model.h — the records of a kind, as rows that say what the core knows of them */
#pragma once

#include "rp-model.h"
#include "rp-row.h"

G_BEGIN_DECLS

#define RP_TYPE_RECORD_MODEL (rp_record_model_get_type ())
G_DECLARE_FINAL_TYPE (RpRecordModel, rp_record_model, RP, RECORD_MODEL, RpModel)

RpRecordModel *rp_record_model_get      (RpStore       *store,
                                         RpKindId       kind,
                                         RpFieldId      field,
                                         const char    *value);
RpRecordModel *rp_record_model_get_one  (RpStore       *store,
                                         RpKindId       kind,
                                         const char    *uuid);
RpKindId       rp_record_model_get_kind (RpRecordModel *self);
RpRow         *rp_record_model_find     (RpRecordModel *self,
                                         const char    *uuid,
                                         guint         *position);
RpRecord      *rp_record_model_get_record (RpRecordModel *self,
                                           guint          position);

G_END_DECLS
