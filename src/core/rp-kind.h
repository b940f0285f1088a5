/* rp-kind.h — the description of every kind of record a workspace holds
 *
 * One table (rp-kinds.def) drives the store's statements, records, validation, the
 * generic editor and the bundle format, so a kind is described once.
 */
#pragma once

#include <glib-object.h>

#include "rp-fields.h"

G_BEGIN_DECLS

typedef enum {
  RP_FIELD_TEXT,
  RP_FIELD_INT,
  RP_FIELD_REAL,
  RP_FIELD_BOOL,
  RP_FIELD_DATE,    /* YYYY-MM-DD */
  RP_FIELD_PERIOD,  /* YYYY-MM */
  RP_FIELD_ENUM,    /* one of enum_values, stored as its nick */
  RP_FIELD_REF,     /* the UUID of a record of ref_kind */
} RpFieldType;

typedef enum {
  RP_FIELD_REQUIRED  = 1 << 0, /* text non-empty, reference/date/number set */
  RP_FIELD_PERSONAL  = 1 << 1, /* names a person: left out of anonymous bundles */
  RP_FIELD_MULTILINE = 1 << 2, /* edited as a paragraph */
  RP_FIELD_OWNER     = 1 << 3, /* reference to the record this one belongs to (deleted with it) */
  RP_FIELD_HIDDEN    = 1 << 4, /* not shown in the generic editor (positions, owners) */
  RP_FIELD_NULLABLE  = 1 << 5, /* a number that may be unset */
  RP_FIELD_WORKFLOW  = 1 << 6, /* set only by the steps of its workflow, never edited freely */
  RP_FIELD_POSITIVE  = 1 << 7, /* a number above its minimum, never equal to it (a target of 0 means nothing) */
} RpFieldFlags;

typedef struct {
  const char *nick;
  const char *label; /* N_() */
} RpEnumValue;

typedef struct {
  const char        *name;        /* column, bundle key; property name with '-' for '_' */
  RpFieldType        type;
  RpFieldFlags       flags;
  const char        *label;       /* N_() */
  const char        *ref_kind;
  const RpEnumValue *enum_values; /* terminated by { NULL, NULL } */
  double             min;
  double             max;         /* a range applies when min < max */
  const char        *default_value;
} RpField;

typedef enum {
  RP_KIND_ORDERED     = 1 << 0, /* has a "position" field */
  RP_KIND_SINGLETON   = 1 << 1, /* at most one record */
  RP_KIND_APPEND_ONLY = 1 << 2, /* never updated or deleted (the journal) */
  RP_KIND_LINK        = 1 << 3, /* joins two records; no title of its own */
} RpKindFlags;

typedef struct _RpKind RpKind;
struct _RpKind {
  const char    *name;         /* table name and record kind */
  const char    *plural;       /* bundle array key */
  const char    *label;        /* N_() */
  const char    *label_plural; /* N_() */
  const RpField *fields;
  guint          n_fields;
  const char    *title_field;  /* what names a record in lists and the journal */
  const char    *order_by;     /* SQL ORDER BY clause used by lists */
  RpKindFlags    flags;
};

/* Upper bound on the length of any text field, in bytes. */
#define RP_TEXT_MAX_BYTES (64 * 1024)

const RpKind *const *rp_kinds           (guint *n_kinds);
const RpKind        *rp_kind_get        (RpKindId      id);
const RpField       *rp_field_get       (RpFieldId     field);
RpFieldId            rp_kind_field_id   (const RpKind *kind,
                                         const char   *name);
RpFieldId            rp_field_id_at     (const RpKind *kind,
                                         guint         index);
const RpKind        *rp_kind_lookup     (const char *name);
const RpKind        *rp_kind_lookup_plural (const char *plural);
const RpField       *rp_kind_get_field  (const RpKind *kind,
                                         const char   *name);
int                  rp_kind_field_index (const RpKind *kind,
                                          const char   *name);
const RpField       *rp_kind_get_owner_field (const RpKind *kind);
guint                rp_kind_get_index  (const RpKind *kind);
const char *const   *rp_kind_get_subjects (const RpKind *kind);
const char *const   *rp_kind_get_unique (const RpKind *kind);
const char          *rp_kind_get_label  (const RpKind *kind);
const char          *rp_field_get_label (const RpField *field);

gboolean             rp_field_enum_contains (const RpField *field,
                                             const char    *nick);
const char          *rp_field_enum_label    (const RpField *field,
                                             const char    *nick);
guint                rp_field_enum_count    (const RpField *field);
int                  rp_field_enum_index    (const RpField *field,
                                             const char    *nick);
const char          *rp_field_enum_nick     (const RpField *field,
                                             int            index);

G_END_DECLS
