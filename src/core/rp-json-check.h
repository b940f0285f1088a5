/* rp-json-check.h — strict JSON syntax checking with limits, before parsing */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RP_JSON_ERROR (rp_json_error_quark ())

typedef enum {
  RP_JSON_ERROR_EMPTY,          /* nothing but white space */
  RP_JSON_ERROR_ENCODING,       /* not UTF-8, or a zero byte */
  RP_JSON_ERROR_SYNTAX,         /* not RFC 8259 JSON */
  RP_JSON_ERROR_TRUNCATED,      /* ends in the middle */
  RP_JSON_ERROR_TOO_DEEP,       /* nesting beyond the limit */
  RP_JSON_ERROR_TOO_LONG,       /* a string beyond the limit */
  RP_JSON_ERROR_RANGE,          /* a number that cannot be read exactly */
  RP_JSON_ERROR_DUPLICATE_KEY,  /* the same name twice in one object */
} RpJsonError;

GQuark   rp_json_error_quark     (void);
gboolean rp_json_check           (const char  *text,
                                  gsize        length,
                                  guint        max_depth,
                                  gsize        max_string,
                                  GError     **error);
char    *rp_json_path_append_key (const char  *path,
                                  const char  *key);

G_END_DECLS
