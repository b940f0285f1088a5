/* rp-kinds.c — the descriptions of rp-kinds.def, as tables the store, records,
 * validation and bundles read */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-kind-private.h"

#define TEXT(n, l, fl)             { .name = n, .type = RP_FIELD_TEXT, .flags = (fl), .label = l }
#define INT(n, l, fl, lo, hi, d)   { .name = n, .type = RP_FIELD_INT, .flags = (fl), .label = l, .min = lo, .max = hi, .default_value = d }
#define REAL(n, l, fl, lo, hi, d)  { .name = n, .type = RP_FIELD_REAL, .flags = (fl), .label = l, .min = lo, .max = hi, .default_value = d }
#define BOOL(n, l)                 { .name = n, .type = RP_FIELD_BOOL, .label = l, .default_value = "false" }
#define DATE(n, l, fl)             { .name = n, .type = RP_FIELD_DATE, .flags = (fl), .label = l }
#define PERIOD(n, l, fl)           { .name = n, .type = RP_FIELD_PERIOD, .flags = (fl), .label = l }
#define ENUM(n, l, v, d)           { .name = n, .type = RP_FIELD_ENUM, .flags = RP_FIELD_REQUIRED, .label = l, .enum_values = v##_values, .default_value = d }
#define ENUM_OWNED(n, l, v, d)     { .name = n, .type = RP_FIELD_ENUM, .flags = RP_FIELD_REQUIRED | RP_FIELD_WORKFLOW, .label = l, .enum_values = v##_values, .default_value = d }
#define REF(n, l, k, fl)           { .name = n, .type = RP_FIELD_REF, .flags = (fl), .label = l, .ref_kind = k }
#define OWNER(n, l, k)             REF (n, l, k, RP_FIELD_OWNER | RP_FIELD_REQUIRED | RP_FIELD_HIDDEN)
#define POSITION                   INT ("position", N_("Position"), RP_FIELD_HIDDEN, 0, G_MAXINT32, "0")
#define LEVEL(n, l)                INT (n, l, 0, 0, 5, "0")
#define RP_LIST(...)               ((const char *const[]) { __VA_ARGS__, NULL })

/* The choices of each enumeration */
#define RP_ENUM(E, e)               static const RpEnumValue e##_values[] = {
#define RP_VALUE(E, V, nick, label) { nick, label },
#define RP_END_ENUM(E)              { NULL, NULL } };
#define RP_KIND(K, k, ...)
#define RP_FIELD(K, F, spec)
#define RP_END_KIND(K)
#define RP_ORDER(K, A, B)
#include "rp-kinds.def"
#undef RP_ENUM
#undef RP_VALUE
#undef RP_END_ENUM
#undef RP_KIND
#undef RP_FIELD
#undef RP_END_KIND

/* The fields of each kind */
#define RP_ENUM(E, e)
#define RP_VALUE(E, V, nick, label)
#define RP_END_ENUM(E)
#define RP_KIND(K, k, ...)          static const RpField k##_fields[] = {
#define RP_FIELD(K, F, spec)        spec,
#define RP_END_KIND(K)              };
#include "rp-kinds.def"
#undef RP_KIND
#undef RP_FIELD
#undef RP_END_KIND

/* The kinds, in the order of RpKindId */
#define RP_KIND(K, k, plural, label, label_plural, title, order, flags, subjects, unique) \
  [RP_KIND_##K] = { { #k, plural, label, label_plural, k##_fields, G_N_ELEMENTS (k##_fields), \
                      title, order, flags }, subjects, unique },
#define RP_FIELD(K, F, spec)
#define RP_END_KIND(K)
const RpKindDef _rp_kind_defs[] = {
#include "rp-kinds.def"
};
#undef RP_KIND
#undef RP_ORDER

G_STATIC_ASSERT (G_N_ELEMENTS (_rp_kind_defs) == RP_N_KINDS);
const guint _rp_n_kind_defs = G_N_ELEMENTS (_rp_kind_defs);

/* What cannot end before it starts */
#define RP_KIND(K, k, ...)
#define RP_ORDER(K, A, B) { RP_##K##_##A, RP_##K##_##B },
const RpFieldOrder _rp_field_orders[] = {
#include "rp-kinds.def"
};
const guint _rp_n_field_orders = G_N_ELEMENTS (_rp_field_orders);
