/* rp-record.h — a record of the workspace
 *
 * A record of any kind: its identity, and one value per field of its kind. Fields
 * are named by the identifiers of rp-fields.h (RP_PRINCIPLE_STATEMENT); code that
 * works with any kind (editors, bundles) goes by field index.
 */
#pragma once

#include <gio/gio.h>

#include "rp-kind.h"

G_BEGIN_DECLS

#define RP_TYPE_RECORD (rp_record_get_type ())
G_DECLARE_FINAL_TYPE (RpRecord, rp_record, RP, RECORD, GObject)

#define RP_RECORD_ERROR (rp_record_error_quark ())

typedef enum {
  RP_RECORD_ERROR_REQUIRED,  /* a required field is empty */
  RP_RECORD_ERROR_RANGE,     /* a number out of its range */
  RP_RECORD_ERROR_ENUM,      /* a value that is not one of the choices */
  RP_RECORD_ERROR_FORMAT,    /* a date, period or UUID that is not well formed */
  RP_RECORD_ERROR_TOO_LONG,  /* text beyond RP_TEXT_MAX_BYTES */
  RP_RECORD_ERROR_SUBJECT,   /* not exactly one of the kind's subjects is set */
} RpRecordError;

GQuark        rp_record_error_quark      (void);

RpRecord     *rp_record_new              (const RpKind *kind);
RpRecord     *rp_record_new_for          (RpKindId      kind,
                                          RpRecord     *owner);
RpRecord     *rp_record_copy             (RpRecord     *self);
RpRecord     *rp_record_duplicate        (RpRecord     *self);

const RpKind *rp_record_get_kind         (RpRecord     *self);
RpKindId      rp_record_get_kind_id      (RpRecord     *self);
const char   *rp_record_get_uuid         (RpRecord     *self);
const char   *rp_record_get_created_at   (RpRecord     *self);
const char   *rp_record_get_updated_at   (RpRecord     *self);

const char   *rp_record_get_string       (RpRecord     *self,
                                          RpFieldId     field);
void          rp_record_set_string       (RpRecord     *self,
                                          RpFieldId     field,
                                          const char   *value);
gint64        rp_record_get_int          (RpRecord     *self,
                                          RpFieldId     field);
void          rp_record_set_int          (RpRecord     *self,
                                          RpFieldId     field,
                                          gint64        value);
double        rp_record_get_real         (RpRecord     *self,
                                          RpFieldId     field);
void          rp_record_set_real         (RpRecord     *self,
                                          RpFieldId     field,
                                          double        value);
gboolean      rp_record_get_bool         (RpRecord     *self,
                                          RpFieldId     field);
void          rp_record_set_bool         (RpRecord     *self,
                                          RpFieldId     field,
                                          gboolean      value);
int           rp_record_get_enum         (RpRecord     *self,
                                          RpFieldId     field);
void          rp_record_set_enum         (RpRecord     *self,
                                          RpFieldId     field,
                                          int           choice);
gboolean      rp_record_is_set           (RpRecord     *self,
                                          RpFieldId     field);
char         *rp_record_format           (RpRecord     *self,
                                          RpFieldId     field);

const GValue *rp_record_get_value        (RpRecord     *self,
                                          guint         field_index);
void          rp_record_set_value        (RpRecord     *self,
                                          guint         field_index,
                                          const GValue *value);

char         *rp_record_dup_title        (RpRecord     *self);
char         *rp_record_format_field     (RpRecord     *self,
                                          guint         field_index);
gboolean      rp_record_content_equal    (RpRecord     *a,
                                          RpRecord     *b);

gboolean      rp_record_validate_field   (RpRecord     *self,
                                          guint         field_index,
                                          GError      **error);
gboolean      rp_record_validate         (RpRecord     *self,
                                          GError      **error);

G_END_DECLS
