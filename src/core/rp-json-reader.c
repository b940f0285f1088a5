/* rp-json-reader.c — strict RFC 8259, one token at a time, in bounded memory
 *
 * A bundle can be larger than memory should ever hold, and may come from anyone.
 * The reader refuses what JSON does not allow (comments, single quotes, hex and
 * leading-zero numbers, raw control characters, lone surrogates, \u0000, duplicate
 * names, a byte-order mark, anything after the data), numbers that cannot be read
 * exactly (beyond 64-bit integers, overflowing, or underflowing to 0), and anything
 * beyond its limits, while it reads: nothing is kept but the current token, the
 * names of the open objects and one buffer. Containers are tracked on an explicit
 * stack, so depth never costs C stack.
 */
#include "config.h"

#include <errno.h>
#include <float.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-json-reader.h"
#include "rp-json-reader-private.h"

G_DEFINE_QUARK (rp-json-error-quark, rp_json_error)


/* Input */

static guint64
count_chars (const char *p,
             gsize       n)
{
  guint64 chars = 0;

  for (gsize i = 0; i < n; i++)
    if (((guchar) p[i] & 0xC0) != 0x80)
      chars++;
  return chars;
}

static guint64
column_at (RpJsonReader *self,
           guint64       at)
{
  if (at == self->token_at && self->token_col != 0)
    return self->token_col;
  if (at < self->base || at < self->line_start)
    return 0; /* unknown: it left the buffer, or it is on an earlier line */
  if (self->line_start >= self->base)
    return count_chars (self->buf + (self->line_start - self->base), at - self->line_start) + 1;
  return self->dropped_chars + count_chars (self->buf, at - self->base) + 1;
}

static void set_io_error (RpJsonReader *self, GError *error);

/* Makes at least @n bytes available at pos unless the input ends first. */
gboolean
_rp_json_ensure (RpJsonReader *self,
                 gsize         n)
{
  if (self->len - self->pos >= n)
    return TRUE;
  if (self->stream == NULL || self->eof)
    return FALSE;

  if (self->pos > 0)
    {
      guint64 drop_end = self->base + self->pos;
      guint64 from = MAX (self->line_start, self->base);

      /* The current token's column, before its start leaves the buffer */
      if (self->token_at >= from && self->token_at < drop_end && self->token_col == 0)
        self->token_col = column_at (self, self->token_at);
      if (from < drop_end)
        self->dropped_chars += count_chars (self->buf + (from - self->base), drop_end - from);
      memmove (self->owned, self->owned + self->pos, self->len - self->pos);
      self->len -= self->pos;
      self->base = drop_end;
      self->pos = 0;
    }
  while (self->len < n && !self->eof)
    {
      GError *error = NULL;
      gssize got = g_input_stream_read (self->stream, self->owned + self->len, CHUNK - self->len, NULL, &error);

      if (got < 0)
        {
          set_io_error (self, error);
          self->eof = TRUE;
          return FALSE;
        }
      if (got == 0)
        self->eof = TRUE;
      self->len += (gsize) got;
    }
  return self->len - self->pos >= n;
}

/* Errors */

static gboolean
is_identifier (const char *key)
{
  if (key == NULL || !(g_ascii_isalpha (*key) || *key == '_'))
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_'))
      return FALSE;
  return TRUE;
}

char *
rp_json_path_append_key (const char *path,
                         const char *key)
{
  if (is_identifier (key))
    return g_strdup_printf ("%s.%s", path, key);
  else
    {
      g_autofree char *escaped = g_strescape (key, NULL);

      return g_strdup_printf ("%s[\"%s\"]", path, escaped);
    }
}

char *
rp_json_reader_dup_path (RpJsonReader *self)
{
  GString *path = g_string_new ("$");

  for (guint i = 0; i < self->depth; i++)
    {
      Level *level = &g_array_index (self->levels, Level, i);

      if (level->is_array)
        g_string_append_printf (path, "[%u]", level->index);
      else if (level->has_key)
        {
          g_autofree char *next = rp_json_path_append_key (path->str, level->keys->str + level->key_at);

          g_string_assign (path, next);
        }
    }
  /* Deeply nested junk would make the message longer than the problem. */
  if (path->len > 100)
    {
      g_autofree char *tail = g_strdup (path->str + path->len - 40);

      g_string_truncate (path, 40);
      g_string_append_printf (path, "…%s", tail);
    }
  return g_string_free (path, FALSE);
}

RpJsonToken
_rp_json_fail (RpJsonReader *self,
               RpJsonError   code,
               guint64       at,
               const char   *format,
               ...)
{
  g_autofree char *what = NULL;
  g_autofree char *path = NULL;
  va_list args;

  self->state = STATE_FAILED;
  if (self->error != NULL)
    return RP_JSON_TOKEN_ERROR;
  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  path = rp_json_reader_dup_path (self);
  /* Translators: "Line 3, column 14 ($.principles[2]): …" */
  {
    /* The number as text, so the message holds no format macro for translators */
    g_autofree char *column = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) column_at (self, at));

    self->error = g_error_new (RP_JSON_ERROR, code, _("Line %u, column %s (%s): %s"), self->line, column, path, what);
  }
  return RP_JSON_TOKEN_ERROR;
}

static void
set_io_error (RpJsonReader *self,
              GError       *error)
{
  if (self->error == NULL)
    self->error = g_error_new (RP_JSON_ERROR, RP_JSON_ERROR_IO, _("The file could not be read: %s"), error->message);
  g_error_free (error);
  self->state = STATE_FAILED;
}

/* 1 to 4 when a valid UTF-8 sequence starts at pos, 0 when not */
guint
_rp_json_utf8_sequence (RpJsonReader *self)
{
  const guchar *p;
  gsize avail;
  guchar b0;
  guint n;
  guchar lo = 0x80, hi = 0xBF;

  _rp_json_ensure (self, 4);
  p = (const guchar *) self->buf + self->pos;
  avail = self->len - self->pos;
  b0 = p[0];
  if (b0 < 0x80)
    return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF)
    n = 2;
  else if (b0 >= 0xE0 && b0 <= 0xEF)
    {
      n = 3;
      if (b0 == 0xE0)
        lo = 0xA0;
      else if (b0 == 0xED)
        hi = 0x9F; /* no surrogates */
    }
  else if (b0 >= 0xF0 && b0 <= 0xF4)
    {
      n = 4;
      if (b0 == 0xF0)
        lo = 0x90;
      else if (b0 == 0xF4)
        hi = 0x8F;
    }
  else
    return 0;
  if (avail < n || p[1] < lo || p[1] > hi)
    return 0;
  for (guint i = 2; i < n; i++)
    if ((p[i] & 0xC0) != 0x80)
      return 0;
  return n;
}

RpJsonToken
_rp_json_bad_byte (RpJsonReader *self)
{
  guchar ch = (guchar) self->buf[self->pos];

  if (ch == 0)
    return _rp_json_fail (self, RP_JSON_ERROR_ENCODING, _rp_json_offset (self), _("the file contains a zero byte; it is not a text file."));
  return _rp_json_fail (self, RP_JSON_ERROR_ENCODING, _rp_json_offset (self), _("the file is not valid UTF-8 text."));
}

RpJsonToken
_rp_json_unexpected (RpJsonReader *self,
                     const char   *expected)
{
  int ch = _rp_json_peek (self);

  if (self->error != NULL)
    return _rp_json_fail (self, RP_JSON_ERROR_IO, _rp_json_offset (self), "%s", "");
  if (ch < 0)
    return _rp_json_fail (self, RP_JSON_ERROR_TRUNCATED, _rp_json_offset (self),
                 _("the file ends here, in the middle of the data: it was probably cut short."));
  if (ch == 0 || (ch >= 0x80 && _rp_json_utf8_sequence (self) == 0))
    return _rp_json_bad_byte (self);
  if (ch == '/')
    return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("JSON does not allow comments."));
  if (ch == '\'')
    return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("JSON strings use double quotes (\"), not single quotes."));
  if (ch < 0x20)
    return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("a control character (code %u) is not allowed here."), (guint) ch);
  if (g_ascii_isprint (ch))
    return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("“%c” is not allowed here; %s was expected."), ch, expected);
  return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("this character is not allowed here; %s was expected."), expected);
}

/* Structure */

/* The innermost open object or array; only asked for while one is open */
static Level *
top (RpJsonReader *self)
{
  g_assert (self->depth > 0);
  return &g_array_index (self->levels, Level, self->depth - 1);
}

static gboolean
push (RpJsonReader *self,
      gboolean      is_array)
{
  Level *level;

  if (self->depth >= self->limits.max_depth)
    {
      _rp_json_fail (self, RP_JSON_ERROR_TOO_DEEP, _rp_json_offset (self),
            _("the data is nested more than %u levels deep; a bundle never is."), self->limits.max_depth);
      return FALSE;
    }
  if (self->depth == self->levels->len)
    {
      Level fresh = { 0 };

      fresh.keys = g_string_new (NULL);
      fresh.offsets = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (self->levels, fresh);
    }
  level = &g_array_index (self->levels, Level, self->depth);
  level->is_array = is_array;
  level->index = 0;
  level->n_members = 0;
  level->has_key = FALSE;
  g_string_truncate (level->keys, 0);
  g_array_set_size (level->offsets, 0);
  g_clear_pointer (&level->set, g_hash_table_unref);
  self->depth++;
  return TRUE;
}

static void
level_clear (gpointer data)
{
  Level *level = data;

  g_string_free (level->keys, TRUE);
  g_array_unref (level->offsets);
  g_clear_pointer (&level->set, g_hash_table_unref);
}

static gboolean
count_value (RpJsonReader *self)
{
  if (++self->n_values > self->limits.max_values)
    {
      _rp_json_fail (self, RP_JSON_ERROR_TOO_MANY, _rp_json_offset (self),
            _("more than %u values; Rapport does not read files that large."), (guint) MIN (self->limits.max_values, G_MAXUINT));
      return FALSE;
    }
  return TRUE;
}

static RpJsonToken
read_value (RpJsonReader *self)
{
  int ch;

  _rp_json_skip_ws (self);
  ch = _rp_json_peek (self);
  if (ch < 0)
    return _rp_json_unexpected (self, _("a value"));
  if (!count_value (self))
    return RP_JSON_TOKEN_ERROR;
  switch (ch)
    {
    case '{':
    case '[':
      if (!push (self, ch == '['))
        return RP_JSON_TOKEN_ERROR;
      self->pos++;
      self->state = ch == '[' ? STATE_ARRAY_FIRST : STATE_OBJECT_FIRST;
      return ch == '[' ? RP_JSON_TOKEN_BEGIN_ARRAY : RP_JSON_TOKEN_BEGIN_OBJECT;
    case '"':
      if (!_rp_json_read_string (self, self->decode, self->limits.max_string))
        return RP_JSON_TOKEN_ERROR;
      self->state = STATE_AFTER_VALUE;
      return RP_JSON_TOKEN_STRING;
    case 't':
      self->state = STATE_AFTER_VALUE;
      return _rp_json_read_literal (self, "true", RP_JSON_TOKEN_TRUE);
    case 'f':
      self->state = STATE_AFTER_VALUE;
      return _rp_json_read_literal (self, "false", RP_JSON_TOKEN_FALSE);
    case 'n':
      self->state = STATE_AFTER_VALUE;
      return _rp_json_read_literal (self, "null", RP_JSON_TOKEN_NULL);
    case 'N':
    case 'I':
      return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("JSON has no NaN or Infinity."));
    case '+':
    case '.':
      return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("numbers in JSON start with a digit or “-”."));
    default:
      if (ch == '-' || (ch >= '0' && ch <= '9'))
        {
          self->state = STATE_AFTER_VALUE;
          return _rp_json_read_number (self);
        }
      return _rp_json_unexpected (self, _("a value"));
    }
}

static gboolean
key_seen (Level      *level,
          const char *key)
{
  if (level->set != NULL)
    return g_hash_table_contains (level->set, key);
  for (guint i = 0; i + 1 < level->offsets->len; i++)
    if (strcmp (level->keys->str + g_array_index (level->offsets, guint, i), key) == 0)
      return TRUE;
  return FALSE;
}

static RpJsonToken
read_key (RpJsonReader *self)
{
  Level *level = top (self);
  guint64 at;
  guint key_at;

  _rp_json_skip_ws (self);
  at = _rp_json_offset (self);
  if (_rp_json_peek (self) != '"')
    return _rp_json_unexpected (self, _("a name in double quotes"));
  if (++level->n_members > self->limits.max_members)
    return _rp_json_fail (self, RP_JSON_ERROR_TOO_MANY, at,
                 _("an object with more than %u members; a bundle never has that many."), self->limits.max_members);
  if (!_rp_json_read_string (self, TRUE, self->limits.max_key))
    return RP_JSON_TOKEN_ERROR;

  key_at = (guint) level->keys->len;
  g_string_append_len (level->keys, self->string->str, (gssize) self->string->len + 1);
  g_array_append_val (level->offsets, key_at);
  level->key_at = key_at;
  level->has_key = TRUE;
  if (key_seen (level, self->string->str))
    return _rp_json_fail (self, RP_JSON_ERROR_DUPLICATE_KEY, at,
                 _("“%s” appears twice in the same object; tools disagree on which one counts."), self->string->str);
  if (level->set != NULL)
    g_hash_table_add (level->set, g_strdup (self->string->str));
  else if (level->offsets->len > LINEAR_KEYS)
    {
      level->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < level->offsets->len; i++)
        g_hash_table_add (level->set, g_strdup (level->keys->str + g_array_index (level->offsets, guint, i)));
    }

  _rp_json_skip_ws (self);
  if (_rp_json_peek (self) != ':')
    return _rp_json_unexpected (self, _("“:”"));
  self->pos++;
  self->state = STATE_VALUE;
  return RP_JSON_TOKEN_KEY;
}

static RpJsonToken
close_level (RpJsonReader *self)
{
  Level *level = top (self);
  gboolean is_array = level->is_array;

  self->pos++;
  self->depth--;
  self->state = STATE_AFTER_VALUE;
  return is_array ? RP_JSON_TOKEN_END_ARRAY : RP_JSON_TOKEN_END_OBJECT;
}

RpJsonToken
rp_json_reader_next (RpJsonReader  *self,
                     GError       **error)
{
  Level *level;
  int ch;
  RpJsonToken token = RP_JSON_TOKEN_ERROR;

  switch (self->state)
    {
    case STATE_FAILED:
      break;
    case STATE_DONE:
      return RP_JSON_TOKEN_END;
    case STATE_START:
      if (_rp_json_ensure (self, 3) && memcmp (self->buf, "\xEF\xBB\xBF", 3) == 0)
        {
          _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, 0, _("the file starts with a byte-order mark, which JSON does not allow."));
          break;
        }
      _rp_json_skip_ws (self);
      if (_rp_json_peek (self) < 0)
        {
          self->state = STATE_FAILED;
          if (self->error == NULL)
            self->error = g_error_new_literal (RP_JSON_ERROR, RP_JSON_ERROR_EMPTY, _("The file is empty."));
          break;
        }
      token = read_value (self);
      break;
    case STATE_VALUE:
      token = read_value (self);
      break;
    case STATE_ARRAY_FIRST:
      _rp_json_skip_ws (self);
      if (_rp_json_peek (self) == ']')
        token = close_level (self);
      else
        token = read_value (self);
      break;
    case STATE_OBJECT_FIRST:
      _rp_json_skip_ws (self);
      if (_rp_json_peek (self) == '}')
        token = close_level (self);
      else
        token = read_key (self);
      break;
    case STATE_AFTER_VALUE:
    default:
      _rp_json_skip_ws (self);
      if (self->depth == 0)
        {
          if (_rp_json_peek (self) >= 0)
            {
              _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("there is more after the end of the data."));
              break;
            }
          if (self->error != NULL)
            break;
          self->state = STATE_DONE;
          return RP_JSON_TOKEN_END;
        }
      level = top (self);
      ch = _rp_json_peek (self);
      if (ch == ',')
        {
          self->pos++;
          _rp_json_skip_ws (self);
          ch = _rp_json_peek (self);
          if (level->is_array)
            {
              if (ch == ']')
                {
                  _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("JSON does not allow a comma before “]”."));
                  break;
                }
              level->index++;
              token = read_value (self);
            }
          else if (ch == '}')
            _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self), _("JSON does not allow a comma before “}”."));
          else
            token = read_key (self);
        }
      else if (ch == (level->is_array ? ']' : '}'))
        token = close_level (self);
      else
        token = _rp_json_unexpected (self, level->is_array ? _("“,” or “]”") : _("“,” or “}”"));
      break;
    }
  if (token == RP_JSON_TOKEN_ERROR && error != NULL)
    *error = self->error ? g_error_copy (self->error)
                         : g_error_new_literal (RP_JSON_ERROR, RP_JSON_ERROR_SYNTAX, _("The data could not be read."));
  return token;
}

/* Reads past the value that @token starts, keeping none of it. */
gboolean
rp_json_reader_skip (RpJsonReader  *self,
                     RpJsonToken    token,
                     GError       **error)
{
  guint depth = self->depth;
  gboolean decode = self->decode;

  if (token != RP_JSON_TOKEN_BEGIN_OBJECT && token != RP_JSON_TOKEN_BEGIN_ARRAY)
    return token != RP_JSON_TOKEN_ERROR;
  self->decode = FALSE;
  while (self->depth >= depth)
    if (rp_json_reader_next (self, error) == RP_JSON_TOKEN_ERROR)
      {
        self->decode = decode;
        return FALSE;
      }
  self->decode = decode;
  return TRUE;
}

const char *
rp_json_reader_get_string (RpJsonReader *self,
                           gsize        *length)
{
  if (length != NULL)
    *length = self->string->len;
  return self->string->str;
}

gboolean
rp_json_reader_get_is_integer (RpJsonReader *self)
{
  return self->is_integer;
}

gint64
rp_json_reader_get_int (RpJsonReader *self)
{
  return self->int_value;
}

double
rp_json_reader_get_double (RpJsonReader *self)
{
  return self->double_value;
}

const char *
rp_json_reader_get_number_text (RpJsonReader *self)
{
  return self->number;
}

guint
rp_json_reader_get_depth (RpJsonReader *self)
{
  return self->depth;
}

guint64
rp_json_reader_get_n_values (RpJsonReader *self)
{
  return self->n_values;
}

/* Life cycle */

static RpJsonReader *
reader_new (const RpJsonLimits *limits)
{
  RpJsonReader *self = g_new0 (RpJsonReader, 1);

  self->limits = *limits;
  if (self->limits.max_key == 0)
    self->limits.max_key = self->limits.max_string;
  if (self->limits.max_members == 0)
    self->limits.max_members = G_MAXUINT;
  if (self->limits.max_values == 0)
    self->limits.max_values = G_MAXUINT64;
  self->levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_array_set_clear_func (self->levels, level_clear);
  self->string = g_string_sized_new (256);
  self->line = 1;
  self->decode = TRUE;
  return self;
}

RpJsonReader *
rp_json_reader_new (GInputStream       *stream,
                    const RpJsonLimits *limits)
{
  RpJsonReader *self = reader_new (limits);

  self->stream = g_object_ref (stream);
  self->owned = g_malloc (CHUNK);
  self->buf = self->owned;
  return self;
}

/* @data is read in place and must outlive the reader. */
RpJsonReader *
rp_json_reader_new_for_data (const char         *data,
                             gsize               length,
                             const RpJsonLimits *limits)
{
  RpJsonReader *self = reader_new (limits);

  self->buf = data;
  self->len = length;
  self->eof = TRUE;
  return self;
}

void
rp_json_reader_free (RpJsonReader *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->stream);
  g_free (self->owned);
  g_array_unref (self->levels);
  g_string_free (self->string, TRUE);
  g_clear_error (&self->error);
  g_free (self);
}

/* The whole of @text is one valid JSON value within the limits. */
gboolean
rp_json_check (const char  *text,
               gsize        length,
               guint        max_depth,
               gsize        max_string,
               GError     **error)
{
  RpJsonLimits limits = { .max_depth = max_depth, .max_string = max_string };
  g_autoptr(RpJsonReader) reader = rp_json_reader_new_for_data (text, length, &limits);
  RpJsonToken token;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  reader->decode = FALSE;
  token = rp_json_reader_next (reader, error);
  if (!rp_json_reader_skip (reader, token, error))
    return FALSE;
  return rp_json_reader_next (reader, error) == RP_JSON_TOKEN_END;
}
