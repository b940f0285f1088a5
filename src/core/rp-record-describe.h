/* rp-record-describe.h — how rp-record-model.c describes the rows of each kind */
#pragma once

#include "rp-row.h"
#include "rp-store.h"

G_BEGIN_DECLS

typedef void (*RpRowDescribeFunc) (RpStore *store,
                                   RpRow   *row);

RpRowDescribeFunc _rp_record_describer (RpKindId    kind,
                                        const int **reads);

G_END_DECLS
