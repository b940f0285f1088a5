/* rp-json-reader.h — a strict RFC 8259 pull reader with limits, for bundles of any size */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RP_JSON_ERROR (rp_json_error_quark ())

typedef enum {
  RP_JSON_ERROR_EMPTY,          /* nothing but white space */
  RP_JSON_ERROR_ENCODING,       /* not UTF-8, or a zero byte */
  RP_JSON_ERROR_SYNTAX,         /* not RFC 8259 JSON */
  RP_JSON_ERROR_TRUNCATED,      /* ends in the middle */
  RP_JSON_ERROR_TOO_DEEP,       /* nesting beyond the limit */
  RP_JSON_ERROR_TOO_LONG,       /* a string or a name beyond the limit */
  RP_JSON_ERROR_RANGE,          /* a number that cannot be read exactly */
  RP_JSON_ERROR_DUPLICATE_KEY,  /* the same name twice in one object */
  RP_JSON_ERROR_TOO_MANY,       /* more values, or more members in one object, than the limits */
  RP_JSON_ERROR_IO,             /* the stream could not be read */
} RpJsonError;

typedef enum {
  RP_JSON_TOKEN_ERROR,
  RP_JSON_TOKEN_END,            /* after the one value of the document */
  RP_JSON_TOKEN_BEGIN_OBJECT,
  RP_JSON_TOKEN_END_OBJECT,
  RP_JSON_TOKEN_BEGIN_ARRAY,
  RP_JSON_TOKEN_END_ARRAY,
  RP_JSON_TOKEN_KEY,
  RP_JSON_TOKEN_STRING,
  RP_JSON_TOKEN_NUMBER,
  RP_JSON_TOKEN_TRUE,
  RP_JSON_TOKEN_FALSE,
  RP_JSON_TOKEN_NULL,
} RpJsonToken;

/* Every limit applies while reading, so memory is bounded by the limits, not the input. */
typedef struct {
  guint   max_depth;     /* objects and arrays inside each other */
  gsize   max_string;    /* bytes of one string as written */
  gsize   max_key;       /* bytes of one member name as written */
  guint   max_members;   /* members of one object */
  guint64 max_values;    /* values in the whole document */
} RpJsonLimits;

typedef struct _RpJsonReader RpJsonReader;

GQuark        rp_json_error_quark        (void);

RpJsonReader *rp_json_reader_new         (GInputStream        *stream,
                                          const RpJsonLimits  *limits);
RpJsonReader *rp_json_reader_new_for_data (const char         *data,
                                          gsize                length,
                                          const RpJsonLimits  *limits);
void          rp_json_reader_free        (RpJsonReader        *self);

RpJsonToken   rp_json_reader_next        (RpJsonReader        *self,
                                          GError             **error);
gboolean      rp_json_reader_skip        (RpJsonReader        *self,
                                          RpJsonToken          token,
                                          GError             **error);

const char   *rp_json_reader_get_string  (RpJsonReader        *self,
                                          gsize               *length);
gboolean      rp_json_reader_get_is_integer (RpJsonReader     *self);
gint64        rp_json_reader_get_int     (RpJsonReader        *self);
double        rp_json_reader_get_double  (RpJsonReader        *self);
const char   *rp_json_reader_get_number_text (RpJsonReader    *self);
guint         rp_json_reader_get_depth   (RpJsonReader        *self);
guint64       rp_json_reader_get_n_values (RpJsonReader       *self);
char         *rp_json_reader_dup_path    (RpJsonReader        *self);

gboolean      rp_json_check              (const char          *text,
                                          gsize                length,
                                          guint                max_depth,
                                          gsize                max_string,
                                          GError             **error);
char         *rp_json_path_append_key    (const char          *path,
                                          const char          *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpJsonReader, rp_json_reader_free)

G_END_DECLS
