/* rp-kind-private.h — the static tables behind rp-kind.c, built in rp-kinds.c */
#pragma once

#include "rp-kind.h"

G_BEGIN_DECLS

typedef struct {
  RpKind             kind;
  const char *const *subjects; /* exactly one of these references is set, or NULL */
  const char *const *unique;   /* fields that identify a record besides its UUID, or NULL */
} RpKindDef;

typedef struct {
  RpFieldId first;
  RpFieldId last;              /* never before @first */
} RpFieldOrder;

extern const RpKindDef    _rp_kind_defs[];
extern const guint        _rp_n_kind_defs;
extern const RpFieldOrder _rp_field_orders[];
extern const guint        _rp_n_field_orders;

G_END_DECLS
