/* rp-csv.c — CSV as spreadsheets write it: the delimiter of the header, and numbers written
 * with a decimal point or a decimal comma, thousands separated or not */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rp-csv.h"

/* The delimiter that splits @header into the most fields: comma, semicolon or tab.
 * European spreadsheets write semicolons (their decimal separator is the comma). */
char
rp_csv_detect_delimiter (const char *header)
{
  static const char candidates[] = { ',', ';', '\t' };
  char best = ',';
  guint best_count = 0;

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      guint count = 0;
      gboolean quoted = FALSE;

      for (const char *p = header; *p != '\0'; p++)
        {
          if (*p == '"')
            quoted = !quoted;
          else if (!quoted && *p == candidates[c])
            count++;
        }
      if (count > best_count)
        {
          best = candidates[c];
          best_count = count;
        }
    }
  return best;
}

/* One line of RFC 4180 CSV with @delimiter: double quotes, "" for a quote inside. */
GPtrArray *
rp_csv_split (const char *line,
              char        delimiter,
              gboolean   *ok)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE, was_quoted = FALSE;

  *ok = TRUE;
  for (const char *p = line;; p++)
    {
      if (quoted)
        {
          if (*p == '\0')
            {
              *ok = FALSE;
              break;
            }
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
          continue;
        }
      if (*p == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          continue;
        }
      if (*p == delimiter || *p == '\0')
        {
          g_ptr_array_add (fields, g_strstrip (g_strdup (field->str)));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          if (*p == '\0')
            break;
          continue;
        }
      g_string_append_c (field, *p);
    }
  return fields;
}

static gboolean
is_space_separator (gunichar c)
{
  return c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/* Drops a currency (a symbol, or a code such as HKD) and a percent sign before or after the
 * number, and the spaces around them. */
static char *
strip_decoration (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  gboolean changed = TRUE;

  while (changed && *s != '\0')
    {
      gsize n = strlen (s);
      const char *last = g_utf8_find_prev_char (s, s + n);
      gunichar first_c = g_utf8_get_char (s);
      gunichar last_c = g_utf8_get_char (last);

      changed = FALSE;
      if (first_c == '%' || g_unichar_type (first_c) == G_UNICODE_CURRENCY_SYMBOL || is_space_separator (first_c))
        {
          memmove (s, g_utf8_next_char (s), strlen (g_utf8_next_char (s)) + 1);
          changed = TRUE;
        }
      else if (last_c == '%' || g_unichar_type (last_c) == G_UNICODE_CURRENCY_SYMBOL || is_space_separator (last_c))
        {
          s[last - s] = '\0';
          changed = TRUE;
        }
      else if (n > 3 && g_ascii_isupper (s[0]) && g_ascii_isupper (s[1]) && g_ascii_isupper (s[2]) &&
               !g_ascii_isalpha (s[3]))
        {
          memmove (s, s + 3, n - 2);
          changed = TRUE;
        }
      else if (n > 3 && g_ascii_isupper (s[n - 1]) && g_ascii_isupper (s[n - 2]) && g_ascii_isupper (s[n - 3]) &&
               !g_ascii_isalpha (s[n - 4]))
        {
          s[n - 3] = '\0';
          changed = TRUE;
        }
      else if (first_c == '$' || (n > 2 && s[0] == 'H' && s[1] == 'K' && s[2] == '$'))
        {
          memmove (s, s + (first_c == '$' ? 1 : 3), n - (first_c == '$' ? 0 : 2));
          changed = TRUE;
        }
    }
  return g_steal_pointer (&s);
}

/* @text as a number written the @decimal way. Thousands are grouped by threes with one kind
 * of separator: a comma (decimal point) or a full stop (decimal comma), or a space, a no-break
 * space or a narrow no-break space (either). */
gboolean
rp_number_read (const char *text,
                RpDecimal   decimal,
                double     *value)
{
  g_autofree char *s = strip_decoration (text ? text : "");
  g_autoptr(GString) ascii = g_string_new (NULL);
  const char *p = s;
  char point = decimal == RP_DECIMAL_COMMA ? ',' : '.';
  char group_mark = decimal == RP_DECIMAL_COMMA ? '.' : ',';
  gunichar separator = 0;
  guint group = 0, groups = 0, first_group = 0;
  char *end = NULL;

  g_return_val_if_fail (decimal != RP_DECIMAL_AUTO, FALSE);
  if (g_str_has_prefix (p, "\xE2\x88\x92"))   /* U+2212 MINUS SIGN */
    {
      g_string_append_c (ascii, '-');
      p += 3;
    }
  else if (*p == '-' || *p == '+')
    g_string_append_c (ascii, *p++);
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; *p != '\0' && *p != point; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (ascii, *p);
          group++;
          continue;
        }
      if (c != (gunichar) group_mark && !is_space_separator (c))
        return FALSE;
      if (separator != 0 && c != separator)
        return FALSE;
      separator = c;
      if (groups == 0)
        first_group = group;
      else if (group != 3)
        return FALSE;
      if (group == 0)
        return FALSE;
      groups++;
      group = 0;
    }
  if (groups > 0 && (group != 3 || first_group > 3))
    return FALSE;
  if (*p == point)
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      g_string_append_c (ascii, '.');
      for (; g_ascii_isdigit (*p); p++)
        g_string_append_c (ascii, *p);
      if (*p != '\0')
        return FALSE;
    }
  *value = g_ascii_strtod (ascii->str, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

/* How @text reads under each convention: RP_DECIMAL_POINT or _COMMA when only one reads it
 * (or both read it alike: _AUTO with @same set), _AUTO with @same unset when they differ. */
RpDecimal
rp_number_vote (const char *text,
                double     *as_point,
                double     *as_comma,
                gboolean   *readable)
{
  gboolean point = rp_number_read (text, RP_DECIMAL_POINT, as_point);
  gboolean comma = rp_number_read (text, RP_DECIMAL_COMMA, as_comma);

  *readable = point || comma;
  if (point && !comma)
    return RP_DECIMAL_POINT;
  if (comma && !point)
    return RP_DECIMAL_COMMA;
  return RP_DECIMAL_AUTO;
}

/* Names as people type them: composed (NFC) and case-folded, so "Café" typed with a combining
 * accent matches. */
char *
rp_text_match_key (const char *text)
{
  g_autofree char *composed = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFC);

  return g_utf8_casefold (composed ? composed : "", -1);
}
