/* rp-bundle-private.h — records to and from JSON, shared by export and import */
#pragma once

#include "rp-bundle.h"

G_BEGIN_DECLS

/* Placeholders for personal data: each distinct value becomes "Person N". */
typedef struct {
  GHashTable *names;
} RpAnonymiser;

void        _rp_anonymiser_init     (RpAnonymiser *self);
void        _rp_anonymiser_clear    (RpAnonymiser *self);
const char *_rp_anonymiser_lookup   (RpAnonymiser *self,
                                     const char   *value);

JsonNode   *_rp_bundle_record_to_json   (RpRecord     *record,
                                         RpAnonymiser *anonymiser);
RpRecord   *_rp_bundle_record_from_json (const RpKind *kind,
                                         JsonObject   *object,
                                         const char   *path,
                                         GPtrArray    *problems,
                                         GPtrArray    *notes);
void        _rp_bundle_problem          (GPtrArray    *problems,
                                         const char   *path,
                                         const char   *format,
                                         ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS
