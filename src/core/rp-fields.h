/* rp-fields.h — identifiers for every kind, field and choice of rp-kinds.def
 *
 * Code names a field as RP_PHILOSOPHY_STATUS, not "status": a mistyped field is a
 * compile error, and a field of another kind is refused at run time.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Identifiers are not empty: no macro of the .def expands to anything here unless asked. */
#define RP_LIST(...) NULL

typedef enum {
#define RP_ENUM(E, e)
#define RP_VALUE(E, V, nick, label)
#define RP_END_ENUM(E)
#define RP_KIND(K, k, ...) RP_KIND_##K,
#define RP_FIELD(K, F, spec)
#define RP_END_KIND(K)
#define RP_ORDER(K, A, B)
#include "rp-kinds.def"
#undef RP_KIND
  RP_N_KINDS
} RpKindId;

/* A field: its kind (plus one, so that 0 is no field) and its index in the kind. */
#define RP_FIELD_ID(kind, index) ((((kind) + 1) << 8) | (index))
#define RP_FIELD_NONE            0
#define RP_FIELD_KIND(field)     ((RpKindId) (((field) >> 8) - 1))
#define RP_FIELD_INDEX(field)    ((guint) ((field) & 0xff))

typedef enum {
  RP_FIELD_ID_NONE = RP_FIELD_NONE,
#define RP_KIND(K, k, ...) RP_##K##__BASE = RP_FIELD_ID (RP_KIND_##K, 0) - 1,
#undef RP_FIELD
#define RP_FIELD(K, F, spec) RP_##K##_##F,
#include "rp-kinds.def"
#undef RP_KIND
#undef RP_FIELD
} RpFieldId;

/* Choices are indices into the field's values, in the order of the .def; -1 is unset. */
#undef RP_ENUM
#undef RP_VALUE
#undef RP_END_ENUM
#define RP_KIND(K, k, ...)
#define RP_FIELD(K, F, spec)
#define RP_ENUM(E, e) enum {
#define RP_VALUE(E, V, nick, label) RP_##E##_##V,
#define RP_END_ENUM(E) RP_##E##__COUNT };
#include "rp-kinds.def"

#undef RP_ENUM
#undef RP_VALUE
#undef RP_END_ENUM
#undef RP_KIND
#undef RP_FIELD
#undef RP_END_KIND
#undef RP_ORDER
#undef RP_LIST

G_END_DECLS
