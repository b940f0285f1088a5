/* rp-record-private.h — what the store and models need of records beyond the public API */
#pragma once

#include "rp-record.h"

G_BEGIN_DECLS

void     _rp_record_set_identity  (RpRecord     *self,
                                   const char   *uuid,
                                   const char   *created_at,
                                   const char   *updated_at);
gboolean _rp_record_assign        (RpRecord     *self,
                                   RpRecord     *from);
void     _rp_record_reset         (RpRecord     *self);

gboolean _rp_record_validate_order (RpRecord     *self,
                                    const char  **out_field,
                                    GError      **error);

G_END_DECLS
