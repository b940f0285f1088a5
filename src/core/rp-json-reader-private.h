/* rp-json-reader-private.h — the reader's state, shared by the structure (rp-json-reader.c)
 * and the lexing of strings, numbers and literals (rp-json-lexer.c) */
#pragma once

#include "rp-json-reader.h"

G_BEGIN_DECLS

#define CHUNK        (256 * 1024)
#define NUMBER_MAX   320
#define LINEAR_KEYS  32   /* beyond this many names, an object's names go in a hash set */

typedef enum {
  STATE_START,
  STATE_VALUE,
  STATE_ARRAY_FIRST,
  STATE_OBJECT_FIRST,
  STATE_AFTER_VALUE,
  STATE_DONE,
  STATE_FAILED,
} State;

typedef struct {
  gboolean    is_array;
  guint       index;
  guint       n_members;
  GString    *keys;     /* every name of the object, each ending in '\0' */
  GArray     *offsets;  /* guint: where each name starts in keys */
  GHashTable *set;      /* the names, once there are many */
  gsize       key_at;   /* the current name */
  gboolean    has_key;
} Level;

struct _RpJsonReader
{
  GInputStream *stream;
  char         *owned;
  const char   *buf;
  gsize         len;
  gsize         pos;
  guint64       base;          /* offset in the input of buf[0] */
  gboolean      eof;

  guint         line;
  guint64       line_start;    /* offset where the current line starts */
  guint64       dropped_chars; /* characters of the current line no longer in buf */
  guint64       token_at;      /* where the current token starts */
  guint64       token_col;     /* its column, when worked out before its start left buf */

  RpJsonLimits  limits;
  GArray       *levels;        /* Level, reused; depth says how many are open */
  guint         depth;
  State         state;
  guint64       n_values;
  gboolean      decode;        /* strings are kept (off while skipping) */

  GString      *string;
  char          number[NUMBER_MAX + 1];
  gboolean      is_integer;
  gint64        int_value;
  double        double_value;

  GError       *error;         /* the first error, kept: the reader stops there */
};

gboolean    _rp_json_ensure        (RpJsonReader *self,
                                    gsize         n);
RpJsonToken _rp_json_fail          (RpJsonReader *self,
                                    RpJsonError   code,
                                    guint64       at,
                                    const char   *format,
                                    ...) G_GNUC_PRINTF (4, 5);
RpJsonToken _rp_json_bad_byte      (RpJsonReader *self);
RpJsonToken _rp_json_unexpected    (RpJsonReader *self,
                                    const char   *expected);
guint       _rp_json_utf8_sequence (RpJsonReader *self);
void        _rp_json_skip_ws       (RpJsonReader *self);
gboolean    _rp_json_read_string   (RpJsonReader *self,
                                    gboolean      decode,
                                    gsize         limit);
RpJsonToken _rp_json_read_number   (RpJsonReader *self);
RpJsonToken _rp_json_read_literal  (RpJsonReader *self,
                                    const char   *word,
                                    RpJsonToken   token);

static inline int
_rp_json_peek (RpJsonReader *self)
{
  if (self->pos < self->len || _rp_json_ensure (self, 1))
    return (guchar) self->buf[self->pos];
  return -1;
}

static inline guint64
_rp_json_offset (RpJsonReader *self)
{
  return self->base + self->pos;
}

G_END_DECLS
