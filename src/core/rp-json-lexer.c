/* rp-json-lexer.c — the tokens of JSON as RFC 8259 writes them: strings with their escapes,
 * numbers read exactly or refused, true, false and null */
#include "config.h"

#include <errno.h>
#include <float.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-json-reader-private.h"

/* Lexing */

void
_rp_json_skip_ws (RpJsonReader *self)
{
  for (;;)
    {
      while (self->pos < self->len)
        {
          char ch = self->buf[self->pos];

          if (ch == '\n')
            {
              self->line++;
              self->line_start = _rp_json_offset (self) + 1;
              self->dropped_chars = 0;
            }
          else if (ch != ' ' && ch != '\t' && ch != '\r')
            return;
          self->pos++;
        }
      if (!_rp_json_ensure (self, 1))
        return;
    }
}

static int
hex_value (char ch)
{
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'a' && ch <= 'f')
    return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F')
    return ch - 'A' + 10;
  return -1;
}

/* The four hex digits after "\u" at pos + skip; -1 when they are not there */
static int
read_u4 (RpJsonReader *self,
         gsize         skip)
{
  int value = 0;

  if (!_rp_json_ensure (self, skip + 4))
    return -2;
  for (gsize i = 0; i < 4; i++)
    {
      int h = hex_value (self->buf[self->pos + skip + i]);

      if (h < 0)
        return -1;
      value = value * 16 + h;
    }
  return value;
}

static gboolean
read_escape (RpJsonReader *self,
             gboolean      decode)
{
  guint64 at = _rp_json_offset (self);
  char esc;

  if (!_rp_json_ensure (self, 2))
    {
      _rp_json_fail (self, RP_JSON_ERROR_TRUNCATED, at, _("the file ends in the middle of an escape."));
      return FALSE;
    }
  esc = self->buf[self->pos + 1];
  switch (esc)
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      if (decode)
        {
          static const char from[] = "\"\\/bfnrt";
          static const char to[] = "\"\\/\b\f\n\r\t";

          g_string_append_c (self->string, to[strchr (from, esc) - from]);
        }
      self->pos += 2;
      return TRUE;
    case 'u':
      {
        int u = read_u4 (self, 2);

        if (u == -2)
          {
            _rp_json_fail (self, RP_JSON_ERROR_TRUNCATED, at, _("the file ends in the middle of a \\u escape."));
            return FALSE;
          }
        if (u < 0)
          {
            _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, at, _("a \\u escape needs four hexadecimal digits."));
            return FALSE;
          }
        if (u == 0)
          {
            _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, at, _("a text contains the character \\u0000, which Rapport does not accept."));
            return FALSE;
          }
        if (u >= 0xDC00 && u <= 0xDFFF)
          {
            _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, at, _("a \\u escape holds half of a character (a lone low surrogate)."));
            return FALSE;
          }
        if (u >= 0xD800 && u <= 0xDBFF)
          {
            int low = -1;

            if (_rp_json_ensure (self, 8) && self->buf[self->pos + 6] == '\\' && self->buf[self->pos + 7] == 'u')
              low = read_u4 (self, 8);
            if (low < 0xDC00 || low > 0xDFFF)
              {
                _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, at, _("a \\u escape holds half of a character (a lone high surrogate)."));
                return FALSE;
              }
            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            self->pos += 6;
          }
        if (decode)
          g_string_append_unichar (self->string, (gunichar) u);
        self->pos += 6;
        return TRUE;
      }
    default:
      _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, at, _("“\\%c” is not an escape JSON knows."), g_ascii_isprint (esc) ? esc : '?');
      return FALSE;
    }
}

/* A string from its opening quote; kept in self->string when @decode. */
gboolean
_rp_json_read_string (RpJsonReader *self,
                      gboolean      decode,
                      gsize         limit)
{
  guint64 start = _rp_json_offset (self);

  self->token_at = start;
  self->token_col = 0;
  self->pos++; /* the opening quote */
  if (decode)
    g_string_truncate (self->string, 0);
  for (;;)
    {
      const char *p, *q, *end;
      guchar ch;

      if (self->pos >= self->len && !_rp_json_ensure (self, 1))
        {
          if (self->error == NULL)
            _rp_json_fail (self, RP_JSON_ERROR_TRUNCATED, start, _("this text has no closing quote: the file was probably cut short."));
          self->state = STATE_FAILED;
          return FALSE;
        }
      p = q = self->buf + self->pos;
      end = self->buf + self->len;
      while (q < end && (guchar) *q >= 0x20 && (guchar) *q < 0x80 && *q != '"' && *q != '\\')
        q++;
      if (decode)
        g_string_append_len (self->string, p, q - p);
      self->pos += (gsize) (q - p);
      if (_rp_json_offset (self) - start > limit)
        {
          _rp_json_fail (self, RP_JSON_ERROR_TOO_LONG, start,
                _("a text longer than %u kB; Rapport does not read texts that long."), (guint) MIN (limit / 1024, G_MAXUINT));
          return FALSE;
        }
      if (q == end)
        continue;
      ch = (guchar) *q;
      if (ch == '"')
        {
          self->pos++;
          return TRUE;
        }
      if (ch == '\\')
        {
          if (!read_escape (self, decode))
            return FALSE;
          continue;
        }
      if (ch >= 0x80)
        {
          guint n = _rp_json_utf8_sequence (self);

          if (n == 0)
            {
              _rp_json_bad_byte (self);
              return FALSE;
            }
          if (decode)
            g_string_append_len (self->string, self->buf + self->pos, n);
          self->pos += n;
          continue;
        }
      if (ch == 0)
        _rp_json_bad_byte (self);
      else
        _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, _rp_json_offset (self),
              _("a raw control character (code %u) inside a text; JSON writes it as an escape such as \\n or \\t."),
              (guint) ch);
      return FALSE;
    }
}

static gboolean
number_char (RpJsonReader *self,
             gsize        *n)
{
  if (*n >= NUMBER_MAX)
    {
      self->number[NUMBER_MAX] = '\0';
      _rp_json_fail (self, RP_JSON_ERROR_RANGE, self->token_at, _("a number of more than %d characters cannot be read exactly."), NUMBER_MAX);
      return FALSE;
    }
  self->number[(*n)++] = self->buf[self->pos++];
  return TRUE;
}

static gboolean
digits (RpJsonReader *self,
        gsize        *n)
{
  int ch;

  while ((ch = _rp_json_peek (self)) >= '0' && ch <= '9')
    if (!number_char (self, n))
      return FALSE;
  return TRUE;
}

RpJsonToken
_rp_json_read_number (RpJsonReader *self)
{
  guint64 start = _rp_json_offset (self);
  gboolean fraction = FALSE, exponent = FALSE;
  gsize n = 0;
  int ch;

  self->token_at = start;
  self->token_col = 0;
  if (_rp_json_peek (self) == '-' && !number_char (self, &n))
    return RP_JSON_TOKEN_ERROR;
  ch = _rp_json_peek (self);
  if (ch < 0)
    return _rp_json_fail (self, RP_JSON_ERROR_TRUNCATED, start, _("the file ends in the middle of a number."));
  if (ch == '0')
    {
      if (!number_char (self, &n))
        return RP_JSON_TOKEN_ERROR;
      ch = _rp_json_peek (self);
      if (ch >= '0' && ch <= '9')
        return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, start, _("numbers in JSON do not start with 0 (leading zeros are not allowed)."));
      if (ch == 'x' || ch == 'X')
        return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, start, _("JSON has no hexadecimal numbers."));
    }
  else if (ch >= '1' && ch <= '9')
    {
      if (!digits (self, &n))
        return RP_JSON_TOKEN_ERROR;
    }
  else
    return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, start, _("“-” must be followed by a digit."));

  if (_rp_json_peek (self) == '.')
    {
      fraction = TRUE;
      if (!number_char (self, &n))
        return RP_JSON_TOKEN_ERROR;
      ch = _rp_json_peek (self);
      if (ch < '0' || ch > '9')
        return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, start, _("a decimal point must be followed by digits."));
      if (!digits (self, &n))
        return RP_JSON_TOKEN_ERROR;
    }
  ch = _rp_json_peek (self);
  if (ch == 'e' || ch == 'E')
    {
      exponent = TRUE;
      if (!number_char (self, &n))
        return RP_JSON_TOKEN_ERROR;
      ch = _rp_json_peek (self);
      if ((ch == '+' || ch == '-') && !number_char (self, &n))
        return RP_JSON_TOKEN_ERROR;
      ch = _rp_json_peek (self);
      if (ch < '0' || ch > '9')
        return _rp_json_fail (self, RP_JSON_ERROR_SYNTAX, start, _("an exponent must have digits."));
      if (!digits (self, &n))
        return RP_JSON_TOKEN_ERROR;
    }
  if (self->error != NULL)
    return _rp_json_fail (self, RP_JSON_ERROR_IO, start, "%s", "");
  self->number[n] = '\0';

  self->is_integer = !fraction && !exponent;
  if (self->is_integer)
    {
      /* json-glib and many others would wrap these silently. */
      if (n > 20 || !g_ascii_string_to_signed (self->number, 10, G_MININT64, G_MAXINT64, &self->int_value, NULL))
        {
          g_autofree char *shown = g_strndup (self->number, 30);

          return _rp_json_fail (self, RP_JSON_ERROR_RANGE, start, _("the number %s%s is too large to be read exactly."),
                       shown, n > 30 ? "…" : "");
        }
      self->double_value = (double) self->int_value;
    }
  else
    {
      gboolean nonzero = FALSE;
      double d;

      for (gsize i = 0; i < n && self->number[i] != 'e' && self->number[i] != 'E'; i++)
        if (self->number[i] >= '1' && self->number[i] <= '9')
          nonzero = TRUE;
      errno = 0;
      d = g_ascii_strtod (self->number, NULL);
      if (!isfinite (d))
        {
          g_autofree char *shown = g_strndup (self->number, 40);

          return _rp_json_fail (self, RP_JSON_ERROR_RANGE, start, _("the number %s is too large."), shown);
        }
      if ((d == 0 && nonzero) || (d != 0 && fabs (d) < DBL_MIN))
        {
          g_autofree char *shown = g_strndup (self->number, 40);

          return _rp_json_fail (self, RP_JSON_ERROR_RANGE, start,
                       _("the number %s is too close to zero to be kept exactly; it would be read as 0."), shown);
        }
      /* -0 is 0: one way to say nothing */
      self->double_value = d == 0 ? 0.0 : d;
      self->int_value = 0;
    }
  return RP_JSON_TOKEN_NUMBER;
}

RpJsonToken
_rp_json_read_literal (RpJsonReader *self,
                       const char   *word,
                       RpJsonToken   token)
{
  gsize n = strlen (word);
  guint64 at = _rp_json_offset (self);

  self->token_at = at;
  self->token_col = 0;
  if (_rp_json_ensure (self, n) && memcmp (self->buf + self->pos, word, n) == 0)
    {
      self->pos += n;
      return token;
    }
  if (self->error != NULL)
    return _rp_json_fail (self, RP_JSON_ERROR_IO, at, "%s", "");
  if (self->len - self->pos < n && memcmp (self->buf + self->pos, word, self->len - self->pos) == 0)
    return _rp_json_fail (self, RP_JSON_ERROR_TRUNCATED, at, _("the file ends in the middle of “%s”."), word);
  return _rp_json_unexpected (self, _("a value"));
}

