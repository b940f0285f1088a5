/* rp-record-private.h — what the store needs of records beyond the public API */
#pragma once

#include "rp-record.h"

G_BEGIN_DECLS

GType _rp_record_type_for_kind (const RpKind *kind);
void  _rp_record_set_identity  (RpRecord     *self,
                                const char   *uuid,
                                const char   *created_at,
                                const char   *updated_at);

G_END_DECLS
