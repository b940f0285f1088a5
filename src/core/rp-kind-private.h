/* rp-kind-private.h — the static table behind rp-kind.c */
#pragma once

#include "rp-kind.h"

G_BEGIN_DECLS

typedef struct {
  RpKind             kind;
  const char *const *subjects; /* exactly one of these references is set, or NULL */
  const char *const *unique;   /* fields that identify a record besides its UUID, or NULL */
} RpKindDef;

extern const RpKindDef _rp_kind_defs[];
extern const guint     _rp_n_kind_defs;

G_END_DECLS
