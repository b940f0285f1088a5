/* rp-json-check.c — strict RFC 8259 checking before json-glib sees a bundle
 *
 * json-glib 1.6 recurses without bound (deep nesting overflows the stack),
 * accepts comments, single quotes, hex numbers and raw control characters,
 * wraps integers beyond 64 bits, cuts strings at \u0000, passes lone
 * surrogates through as invalid UTF-8, "parses" an empty file, and keeps the
 * last of duplicate keys. This pass refuses all of that, so a bundle Rapport
 * accepts is read the same way by any other JSON tool, and json-glib only
 * ever sees text whose depth is bounded.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-json-check.h"

G_DEFINE_QUARK (rp-json-error-quark, rp_json_error)

typedef struct {
  gboolean    is_array;
  guint       index;
  char       *key;
  GHashTable *keys;   /* keys seen in this object */
} Level;

typedef struct {
  const char *text;
  gsize       length;
  gsize       pos;
  GArray     *levels; /* Level */
  guint       max_depth;
  gsize       max_string;
  GError    **error;
} Checker;

static void
level_clear (gpointer data)
{
  Level *level = data;

  g_free (level->key);
  g_clear_pointer (&level->keys, g_hash_table_unref);
}

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

static char *
current_path (Checker *c)
{
  GString *path = g_string_new ("$");

  for (guint i = 0; i < c->levels->len; i++)
    {
      Level *level = &g_array_index (c->levels, Level, i);

      if (level->is_array)
        g_string_append_printf (path, "[%u]", level->index);
      else if (level->key != NULL)
        {
          g_autofree char *next = rp_json_path_append_key (path->str, level->key);

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

static void
position_of (Checker *c,
             gsize    pos,
             guint   *line,
             guint   *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < pos && i < c->length; i++)
    {
      if (c->text[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) c->text[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

G_GNUC_PRINTF (4, 5) static gboolean
fail (Checker     *c,
      RpJsonError  code,
      gsize        pos,
      const char  *format,
      ...)
{
  g_autofree char *what = NULL;
  g_autofree char *path = current_path (c);
  guint line, column;
  va_list args;

  if (c->error == NULL || *c->error != NULL)
    return FALSE;
  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  position_of (c, pos, &line, &column);
  /* Translators: "Line 3, column 14 ($.principles[2]): …" */
  g_set_error (c->error, RP_JSON_ERROR, code, _("Line %u, column %u (%s): %s"), line, column, path, what);
  return FALSE;
}

static void
skip_ws (Checker *c)
{
  while (c->pos < c->length)
    {
      char ch = c->text[c->pos];

      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r')
        break;
      c->pos++;
    }
}

static gboolean
unexpected (Checker    *c,
            const char *expected)
{
  char ch;

  if (c->pos >= c->length)
    return fail (c, RP_JSON_ERROR_TRUNCATED, c->pos,
                 _("the file ends here, in the middle of the data: it was probably cut short."));
  ch = c->text[c->pos];
  if (ch == '/')
    return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("JSON does not allow comments."));
  if (ch == '\'')
    return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("JSON strings use double quotes (\"), not single quotes."));
  if ((guchar) ch < 0x20)
    return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("a control character (code %u) is not allowed here."), (guint) (guchar) ch);
  if (g_ascii_isprint (ch))
    return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("“%c” is not allowed here; %s was expected."), ch, expected);
  return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("this character is not allowed here; %s was expected."), expected);
}

static gboolean check_value (Checker *c);

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

static gboolean
read_u4 (Checker  *c,
         gsize     at,
         gunichar *out)
{
  gunichar value = 0;

  if (at + 4 > c->length)
    return fail (c, RP_JSON_ERROR_TRUNCATED, at, _("the file ends in the middle of a \\u escape."));
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (c->text[at + i]);

      if (h < 0)
        return fail (c, RP_JSON_ERROR_SYNTAX, at, _("a \\u escape needs four hexadecimal digits."));
      value = value * 16 + (gunichar) h;
    }
  *out = value;
  return TRUE;
}

/* Checks a string starting at the opening quote; @decoded receives it when not NULL. */
static gboolean
check_string (Checker  *c,
              GString  *decoded)
{
  gsize start = c->pos;

  c->pos++; /* opening quote */
  while (TRUE)
    {
      guchar ch;

      if (c->pos >= c->length)
        return fail (c, RP_JSON_ERROR_TRUNCATED, start, _("this text has no closing quote: the file was probably cut short."));
      if (c->pos - start > c->max_string)
        return fail (c, RP_JSON_ERROR_TOO_LONG, start, _("a text longer than %" G_GSIZE_FORMAT " kB; Rapport does not read texts that long."),
                     c->max_string / 1024);
      ch = (guchar) c->text[c->pos];
      if (ch == '"')
        {
          c->pos++;
          return TRUE;
        }
      if (ch < 0x20)
        return fail (c, RP_JSON_ERROR_SYNTAX, c->pos,
                     _("a raw control character (code %u) inside a text; JSON writes it as an escape such as \\n or \\t."),
                     (guint) ch);
      if (ch == '\\')
        {
          char esc;

          if (c->pos + 1 >= c->length)
            return fail (c, RP_JSON_ERROR_TRUNCATED, c->pos, _("the file ends in the middle of an escape."));
          esc = c->text[c->pos + 1];
          switch (esc)
            {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
              if (decoded != NULL)
                {
                  static const char from[] = "\"\\/bfnrt";
                  static const char to[] = "\"\\/\b\f\n\r\t";

                  g_string_append_c (decoded, to[strchr (from, esc) - from]);
                }
              c->pos += 2;
              break;
            case 'u':
              {
                gunichar u, low;

                if (!read_u4 (c, c->pos + 2, &u))
                  return FALSE;
                if (u == 0)
                  return fail (c, RP_JSON_ERROR_SYNTAX, c->pos,
                               _("a text contains the character \\u0000, which Rapport does not accept."));
                if (u >= 0xDC00 && u <= 0xDFFF)
                  return fail (c, RP_JSON_ERROR_SYNTAX, c->pos,
                               _("a \\u escape holds half of a character (a lone low surrogate)."));
                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    gsize next = c->pos + 6;

                    if (next + 1 >= c->length || c->text[next] != '\\' || c->text[next + 1] != 'u' ||
                        !read_u4 (c, next + 2, &low) || low < 0xDC00 || low > 0xDFFF)
                      {
                        if (c->error != NULL && *c->error != NULL)
                          return FALSE;
                        return fail (c, RP_JSON_ERROR_SYNTAX, c->pos,
                                     _("a \\u escape holds half of a character (a lone high surrogate)."));
                      }
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                    c->pos += 6;
                  }
                if (decoded != NULL)
                  g_string_append_unichar (decoded, u);
                c->pos += 6;
                break;
              }
            default:
              return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("“\\%c” is not an escape JSON knows."), g_ascii_isprint (esc) ? esc : '?');
            }
          continue;
        }
      if (decoded != NULL)
        g_string_append_c (decoded, (char) ch);
      c->pos++;
    }
}

static gboolean
check_number (Checker *c)
{
  gsize start = c->pos;
  gboolean fraction = FALSE, exponent = FALSE;
  g_autofree char *token = NULL;

  if (c->text[c->pos] == '-')
    c->pos++;
  if (c->pos >= c->length)
    return fail (c, RP_JSON_ERROR_TRUNCATED, start, _("the file ends in the middle of a number."));
  if (c->text[c->pos] == '0')
    {
      c->pos++;
      if (c->pos < c->length && g_ascii_isdigit (c->text[c->pos]))
        return fail (c, RP_JSON_ERROR_SYNTAX, start, _("numbers in JSON do not start with 0 (leading zeros are not allowed)."));
      if (c->pos < c->length && (c->text[c->pos] == 'x' || c->text[c->pos] == 'X'))
        return fail (c, RP_JSON_ERROR_SYNTAX, start, _("JSON has no hexadecimal numbers."));
    }
  else if (g_ascii_isdigit (c->text[c->pos]))
    while (c->pos < c->length && g_ascii_isdigit (c->text[c->pos]))
      c->pos++;
  else
    return fail (c, RP_JSON_ERROR_SYNTAX, start, _("“-” must be followed by a digit."));

  if (c->pos < c->length && c->text[c->pos] == '.')
    {
      fraction = TRUE;
      c->pos++;
      if (c->pos >= c->length || !g_ascii_isdigit (c->text[c->pos]))
        return fail (c, RP_JSON_ERROR_SYNTAX, start, _("a decimal point must be followed by digits."));
      while (c->pos < c->length && g_ascii_isdigit (c->text[c->pos]))
        c->pos++;
    }
  if (c->pos < c->length && (c->text[c->pos] == 'e' || c->text[c->pos] == 'E'))
    {
      exponent = TRUE;
      c->pos++;
      if (c->pos < c->length && (c->text[c->pos] == '+' || c->text[c->pos] == '-'))
        c->pos++;
      if (c->pos >= c->length || !g_ascii_isdigit (c->text[c->pos]))
        return fail (c, RP_JSON_ERROR_SYNTAX, start, _("an exponent must have digits."));
      while (c->pos < c->length && g_ascii_isdigit (c->text[c->pos]))
        c->pos++;
    }

  token = g_strndup (c->text + start, MIN (c->pos - start, 40));
  if (!fraction && !exponent && c->pos - start > 20)
    return fail (c, RP_JSON_ERROR_RANGE, start, _("the number %s… is too large to be read exactly."), token);
  if (!fraction && !exponent)
    {
      gint64 value;

      /* json-glib would wrap these silently. */
      if (!g_ascii_string_to_signed (token, 10, G_MININT64, G_MAXINT64, &value, NULL))
        return fail (c, RP_JSON_ERROR_RANGE, start, _("the number %s is too large to be read exactly."), token);
    }
  else
    {
      g_autofree char *whole = g_strndup (c->text + start, c->pos - start);

      if (!isfinite (g_ascii_strtod (whole, NULL)))
        return fail (c, RP_JSON_ERROR_RANGE, start, _("the number %s is too large."), token);
    }
  return TRUE;
}

static gboolean
check_literal (Checker    *c,
               const char *word)
{
  gsize n = strlen (word);

  if (c->pos + n <= c->length && memcmp (c->text + c->pos, word, n) == 0)
    {
      c->pos += n;
      return TRUE;
    }
  if (c->pos + n > c->length && memcmp (c->text + c->pos, word, c->length - c->pos) == 0)
    return fail (c, RP_JSON_ERROR_TRUNCATED, c->pos, _("the file ends in the middle of “%s”."), word);
  return unexpected (c, _("a value"));
}

static Level *
push (Checker  *c,
      gboolean  is_array,
      gsize     at)
{
  Level level = { .is_array = is_array };

  if (c->levels->len >= c->max_depth)
    {
      fail (c, RP_JSON_ERROR_TOO_DEEP, at, _("the data is nested more than %u levels deep; a bundle never is."), c->max_depth);
      return NULL;
    }
  g_array_append_val (c->levels, level);
  return &g_array_index (c->levels, Level, c->levels->len - 1);
}

static void
pop (Checker *c)
{
  g_array_set_size (c->levels, c->levels->len - 1);
}

/* Objects and arrays are walked with an explicit stack, so depth never costs C stack. */
static gboolean
check_value (Checker *c)
{
  gboolean expect_value = TRUE;

  while (TRUE)
    {
      Level *level;

      skip_ws (c);
      if (expect_value)
        {
          char ch;

          if (c->pos >= c->length)
            return unexpected (c, _("a value"));
          ch = c->text[c->pos];
          if (ch == '{' || ch == '[')
            {
              gsize at = c->pos;

              if ((level = push (c, ch == '[', at)) == NULL)
                return FALSE;
              c->pos++;
              skip_ws (c);
              if (ch == '[')
                {
                  if (c->pos < c->length && c->text[c->pos] == ']')
                    {
                      c->pos++;
                      pop (c);
                      expect_value = FALSE;
                    }
                  continue; /* the first element */
                }
              /* An object: a key or the end */
              if (c->pos < c->length && c->text[c->pos] == '}')
                {
                  c->pos++;
                  pop (c);
                  expect_value = FALSE;
                  continue;
                }
              goto read_key;
            }
          else if (ch == '"')
            {
              if (!check_string (c, NULL))
                return FALSE;
            }
          else if (ch == '-' || g_ascii_isdigit (ch))
            {
              if (!check_number (c))
                return FALSE;
            }
          else if (ch == 't')
            {
              if (!check_literal (c, "true"))
                return FALSE;
            }
          else if (ch == 'f')
            {
              if (!check_literal (c, "false"))
                return FALSE;
            }
          else if (ch == 'n')
            {
              if (!check_literal (c, "null"))
                return FALSE;
            }
          else if (ch == 'N' || ch == 'I')
            return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("JSON has no NaN or Infinity."));
          else if (ch == '+' || ch == '.')
            return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("numbers in JSON start with a digit or “-”."));
          else
            return unexpected (c, _("a value"));
          expect_value = FALSE;
          continue;
        }

      /* After a value: the end of the document, a comma or a closing bracket */
      if (c->levels->len == 0)
        return TRUE;
      level = &g_array_index (c->levels, Level, c->levels->len - 1);
      if (c->pos >= c->length)
        return unexpected (c, level->is_array ? _("“,” or “]”") : _("“,” or “}”"));
      if (c->text[c->pos] == ',')
        {
          c->pos++;
          skip_ws (c);
          if (level->is_array)
            {
              if (c->pos < c->length && c->text[c->pos] == ']')
                return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("JSON does not allow a comma before “]”."));
              level->index++;
              expect_value = TRUE;
              continue;
            }
          if (c->pos < c->length && c->text[c->pos] == '}')
            return fail (c, RP_JSON_ERROR_SYNTAX, c->pos, _("JSON does not allow a comma before “}”."));
          goto read_key;
        }
      if (c->text[c->pos] == (level->is_array ? ']' : '}'))
        {
          c->pos++;
          pop (c);
          continue;
        }
      return unexpected (c, level->is_array ? _("“,” or “]”") : _("“,” or “}”"));

    read_key:
      {
        g_autoptr(GString) key = g_string_new (NULL);
        gsize at;

        level = &g_array_index (c->levels, Level, c->levels->len - 1);
        skip_ws (c);
        at = c->pos;
        if (c->pos >= c->length || c->text[c->pos] != '"')
          return unexpected (c, _("a name in double quotes"));
        if (!check_string (c, key))
          return FALSE;
        if (level->keys == NULL)
          level->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        g_free (level->key);
        level->key = g_strdup (key->str);
        if (!g_hash_table_add (level->keys, g_strdup (key->str)))
          return fail (c, RP_JSON_ERROR_DUPLICATE_KEY, at,
                       _("“%s” appears twice in the same object; tools disagree on which one counts."), key->str);
        skip_ws (c);
        if (c->pos >= c->length || c->text[c->pos] != ':')
          return unexpected (c, _("“:”"));
        c->pos++;
        expect_value = TRUE;
      }
    }
}

gboolean
rp_json_check (const char  *text,
               gsize        length,
               guint        max_depth,
               gsize        max_string,
               GError     **error)
{
  Checker c = {
    .text = text,
    .length = length,
    .max_depth = max_depth,
    .max_string = max_string,
    .error = error,
  };
  const char *end = NULL;
  gboolean ok;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      g_set_error_literal (error, RP_JSON_ERROR, RP_JSON_ERROR_SYNTAX,
                           _("The file starts with a byte-order mark, which JSON does not allow."));
      return FALSE;
    }
  if (!g_utf8_validate_len (text, length, &end))
    {
      guint line, column;

      c.levels = g_array_new (FALSE, TRUE, sizeof (Level));
      position_of (&c, end - text, &line, &column);
      g_array_unref (c.levels);
      g_set_error (error, RP_JSON_ERROR, RP_JSON_ERROR_ENCODING,
                   *end == '\0' ? _("Line %u, column %u: the file contains a zero byte; it is not a text file.")
                                : _("Line %u, column %u: the file is not valid UTF-8 text."),
                   line, column);
      return FALSE;
    }

  c.levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_array_set_clear_func (c.levels, level_clear);
  skip_ws (&c);
  if (c.pos >= length)
    {
      g_array_unref (c.levels);
      g_set_error_literal (error, RP_JSON_ERROR, RP_JSON_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }
  ok = check_value (&c);
  if (ok)
    {
      skip_ws (&c);
      if (c.pos < length)
        ok = fail (&c, RP_JSON_ERROR_SYNTAX, c.pos, _("there is more after the end of the data."));
    }
  g_array_unref (c.levels);
  return ok;
}
