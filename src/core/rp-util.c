/* rp-util.c — dates, periods, timestamps and text helpers */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-util.h"

/* Milliseconds keep edits in one second apart, so "which copy is newer" has an answer. */
char *
rp_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *base = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (now) / 1000);
}

/* A stored UTC timestamp in the local time zone, with a g_date_time_format() @format;
 * the text itself when it is not a timestamp. */
char *
rp_timestamp_to_local (const char *text,
                       const char *format)
{
  g_autoptr(GDateTime) utc = text ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, format) : g_strdup (text ? text : "");
}

gboolean
rp_timestamp_is_valid (const char *text)
{
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL || strlen (text) < 20 || text[4] != '-' || text[10] != 'T')
    return FALSE;
  dt = g_date_time_new_from_iso8601 (text, NULL);
  return dt != NULL;
}

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }
  *out = value;
  return TRUE;
}

gboolean
rp_date_parse (const char *text,
               GDate      *date)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m) || !parse_digits (text + 8, 2, &d))
    return FALSE;
  if (y < 1 || m < 1 || m > 12 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  if (date != NULL)
    g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
rp_date_format (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

void
rp_date_set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

char *
rp_date_today (void)
{
  GDate today;

  rp_date_set_today (&today);
  return rp_date_format (&today);
}

char *
rp_date_add_days (const char *text,
                  int         days)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!rp_date_parse (text, &date))
    return NULL;
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return rp_date_format (&date);
}

gboolean
rp_period_parse (const char *text,
                 int        *year,
                 int        *month)
{
  int y, m;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m))
    return FALSE;
  if (y < 1900 || m < 1 || m > 12)
    return FALSE;
  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  return TRUE;
}

char *
rp_period_format (int year,
                  int month)
{
  return g_strdup_printf ("%04d-%02d", year, month);
}

char *
rp_period_add (const char *period,
               int         months)
{
  int y, m, index;

  if (!rp_period_parse (period, &y, &m))
    return NULL;
  index = y * 12 + (m - 1) + months;
  return rp_period_format (index / 12, index % 12 + 1);
}

char *
rp_period_of_date (const GDate *date)
{
  return rp_period_format (g_date_get_year (date), g_date_get_month (date));
}

int
rp_period_diff (const char *from,
                const char *to)
{
  int y1, m1, y2, m2;

  if (!rp_period_parse (from, &y1, &m1) || !rp_period_parse (to, &y2, &m2))
    return 0;
  return (y2 * 12 + m2) - (y1 * 12 + m1);
}

static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* Bidirectional overrides in a name can make it read as something else. */
char *
rp_text_strip_bidi (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_bidi_control (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Text from a workspace or a bundle set beside other text: its direction cannot run
 * into the text around it (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL
 * ISOLATE), and overrides inside it are dropped. */
char *
rp_text_isolate (const char *text)
{
  g_autofree char *clean = rp_text_strip_bidi (text ? text : "");

  return g_strconcat ("\xE2\x81\xA8", clean, "\xE2\x81\xA9", NULL);
}

/* An amount as the locale writes it, with its cents when it has any and its currency:
 * "HKD 125,000.50", "HKD 15,000" (grouping from LC_NUMERIC). */
char *
rp_format_amount (double      value,
                  const char *currency)
{
  gboolean cents = fabs (value - round (value)) >= 0.005;
  g_autofree char *number = g_strdup_printf (cents ? "%'.2f" : "%'.0f", value);

  if (currency == NULL || *currency == '\0')
    return g_steal_pointer (&number);
  /* Translators: an amount and its currency, "HKD 125,000.50" */
  return g_strdup_printf (C_("amount", "%s %s"), currency, number);
}

/* rp_text_printf: printf whose every %s is isolated */

typedef enum {
  ARG_NONE, ARG_INT, ARG_LONG, ARG_LLONG, ARG_SIZE, ARG_INTMAX, ARG_PTRDIFF,
  ARG_DOUBLE, ARG_LDOUBLE, ARG_STRING, ARG_POINTER,
} ArgType;

typedef union {
  int          i;
  long         l;
  long long    ll;
  gsize        z;
  intmax_t     j;
  ptrdiff_t    t;
  double       d;
  long double  ld;
  const char  *s;
  void        *p;
} ArgValue;

#define MAX_ARGS 32

typedef struct {
  const char *start;        /* the '%' */
  const char *end;          /* after the conversion */
  int         arg;          /* index of the value */
  int         width_arg;    /* index of a '*' width, or -1 */
  int         precision_arg;
  char        conversion;
} Spec;

static ArgType
arg_type (const char *length,
          gsize       length_len,
          char        conversion)
{
  switch (conversion)
    {
    case 's': return ARG_STRING;
    case 'p': return ARG_POINTER;
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
      return length_len == 1 && length[0] == 'L' ? ARG_LDOUBLE : ARG_DOUBLE;
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'c':
      if (length_len == 2 && length[0] == 'l')
        return ARG_LLONG;
      if (length_len == 1)
        switch (length[0])
          {
          case 'l': return ARG_LONG;
          case 'q': return ARG_LLONG;
          case 'z': return ARG_SIZE;
          case 'j': return ARG_INTMAX;
          case 't': return ARG_PTRDIFF;
          default: break;
          }
      return ARG_INT;
    default:
      return ARG_NONE;
    }
}

static gboolean
parse_spec (const char *p,
            int        *next,
            Spec       *spec,
            ArgType    *types)
{
  const char *length;
  int position = -1;
  ArgType type;

  spec->start = p++;
  spec->width_arg = spec->precision_arg = -1;
  if (g_ascii_isdigit (*p))
    {
      const char *q = p;
      int n = 0;

      while (g_ascii_isdigit (*q))
        n = n * 10 + (*q++ - '0');
      if (*q == '$' && n >= 1 && n <= MAX_ARGS)
        {
          position = n - 1;
          p = q + 1;
        }
    }
  while (*p && strchr ("-+ #0'I", *p))
    p++;
  if (*p == '*')
    {
      spec->width_arg = (*next)++;
      p++;
    }
  else
    while (g_ascii_isdigit (*p))
      p++;
  if (*p == '.')
    {
      p++;
      if (*p == '*')
        {
          spec->precision_arg = (*next)++;
          p++;
        }
      else
        while (g_ascii_isdigit (*p))
          p++;
    }
  length = p;
  while (*p && strchr ("hlLqjzt", *p))
    p++;
  spec->conversion = *p;
  type = arg_type (length, p - length, *p);
  if (type == ARG_NONE || *next >= MAX_ARGS)
    return FALSE;
  spec->arg = position >= 0 ? position : (*next)++;
  if (spec->arg >= MAX_ARGS)
    return FALSE;
  types[spec->arg] = type;
  if (spec->width_arg >= 0)
    types[spec->width_arg] = ARG_INT;
  if (spec->precision_arg >= 0)
    types[spec->precision_arg] = ARG_INT;
  spec->end = p + 1;
  return TRUE;
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void
append_spec (GString        *out,
             const Spec     *spec,
             const ArgValue *values)
{
  g_autoptr(GString) f = g_string_new ("%");
  const char *p = spec->start + 1;

  /* The spec without its "n$", with the '*' values written in */
  if (g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      if (*q == '$')
        p = q + 1;
    }
  for (; p < spec->end; p++)
    {
      if (*p == '*')
        {
          gboolean precision = p > spec->start && p[-1] == '.';

          g_string_append_printf (f, "%d", values[precision ? spec->precision_arg : spec->width_arg].i);
        }
      else
        g_string_append_c (f, *p);
    }
  if (spec->conversion == 's')
    {
      g_autofree char *isolated = rp_text_isolate (values[spec->arg].s);

      g_string_append_printf (out, f->str, isolated);
      return;
    }
  {
    /* Recompute the type from the spec as written */
    const char *conv = spec->end - 1;
    const char *length = conv;

    while (length > spec->start && strchr ("hlLqjzt", length[-1]))
      length--;
    switch (arg_type (length, conv - length, spec->conversion))
      {
      case ARG_INT: g_string_append_printf (out, f->str, values[spec->arg].i); break;
      case ARG_LONG: g_string_append_printf (out, f->str, values[spec->arg].l); break;
      case ARG_LLONG: g_string_append_printf (out, f->str, values[spec->arg].ll); break;
      case ARG_SIZE: g_string_append_printf (out, f->str, values[spec->arg].z); break;
      case ARG_INTMAX: g_string_append_printf (out, f->str, values[spec->arg].j); break;
      case ARG_PTRDIFF: g_string_append_printf (out, f->str, values[spec->arg].t); break;
      case ARG_DOUBLE: g_string_append_printf (out, f->str, values[spec->arg].d); break;
      case ARG_LDOUBLE: g_string_append_printf (out, f->str, values[spec->arg].ld); break;
      case ARG_POINTER: g_string_append_printf (out, f->str, values[spec->arg].p); break;
      case ARG_STRING:
      case ARG_NONE:
      default: break;
      }
  }
}
#pragma GCC diagnostic pop

/* Like g_strdup_vprintf, but every %s stands isolated (rp_text_isolate), so a name in
 * another direction cannot reorder the message around it. Positional arguments (%2$s),
 * which translations use, are honoured. */
char *
rp_text_vprintf (const char *format,
                 va_list     args)
{
  ArgType types[MAX_ARGS] = { 0 };
  ArgValue values[MAX_ARGS] = { 0 };
  Spec specs[MAX_ARGS * 2];
  guint n_specs = 0;
  int next = 0, n_args = 0;
  GString *out;
  const char *p;

  for (p = format; *p != '\0'; p++)
    {
      if (*p != '%')
        continue;
      if (p[1] == '%')
        {
          p++;
          continue;
        }
      if (n_specs == G_N_ELEMENTS (specs) || !parse_spec (p, &next, &specs[n_specs], types))
        {
          /* Beyond what is parsed here: no isolation, but the same text */
          g_critical ("rp_text_vprintf: cannot read “%s”", format);
          return g_strdup_vprintf (format, args);
        }
      p = specs[n_specs++].end - 1;
    }
  for (int i = 0; i < MAX_ARGS; i++)
    if (types[i] != ARG_NONE)
      n_args = i + 1;
  for (int i = 0; i < n_args; i++)
    switch (types[i])
      {
      case ARG_INT: values[i].i = va_arg (args, int); break;
      case ARG_LONG: values[i].l = va_arg (args, long); break;
      case ARG_LLONG: values[i].ll = va_arg (args, long long); break;
      case ARG_SIZE: values[i].z = va_arg (args, gsize); break;
      case ARG_INTMAX: values[i].j = va_arg (args, intmax_t); break;
      case ARG_PTRDIFF: values[i].t = va_arg (args, ptrdiff_t); break;
      case ARG_DOUBLE: values[i].d = va_arg (args, double); break;
      case ARG_LDOUBLE: values[i].ld = va_arg (args, long double); break;
      case ARG_STRING: values[i].s = va_arg (args, const char *); break;
      case ARG_POINTER: values[i].p = va_arg (args, void *); break;
      case ARG_NONE:
      default:
        /* A gap in the positions: the format is broken */
        g_critical ("rp_text_vprintf: argument %d of “%s” is never used", i + 1, format);
        return g_strdup (format);
      }

  out = g_string_sized_new (strlen (format) + 64);
  p = format;
  for (guint s = 0; s < n_specs; s++)
    {
      for (; p < specs[s].start; p++)
        {
          g_string_append_c (out, *p);
          if (*p == '%')
            p++;   /* "%%" */
        }
      append_spec (out, &specs[s], values);
      p = specs[s].end;
    }
  for (; *p != '\0'; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '%' && p[1] == '%')
        p++;
    }
  return g_string_free (out, FALSE);
}

char *
rp_text_printf (const char *format,
                ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = rp_text_vprintf (format, args);
  va_end (args);
  return text;
}

char *
rp_text_one_line (const char *text,
                  guint       max_chars)
{
  GString *out = g_string_new (NULL);
  guint n = 0;
  gboolean space = FALSE;

  if (text == NULL)
    return g_string_free (out, FALSE);
  for (const char *p = text; *p != '\0' && n < max_chars; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (out, ' ');
          n++;
          space = FALSE;
        }
      g_string_append_unichar (out, c);
      n++;
    }
  if (n >= max_chars && g_utf8_strlen (text, -1) > (glong) max_chars)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* Written to a temporary file beside @path and renamed over it, so a failure leaves any
 * earlier file as it was; the message names @path, not the temporary file. */
gboolean
rp_write_file (const char  *path,
               const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(GError) local = NULL;
  const char *reason;

  if (g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local))
    return TRUE;
  /* GLib's message ends with the system's reason, after the last colon. */
  reason = strrchr (local->message, ':');
  reason = reason ? reason + 2 : local->message;
  g_set_error (error, local->domain, local->code, _("Cannot write “%s”: %s"), path, reason);
  return FALSE;
}

static char *
format_gdate (const GDate *date,
              const char  *format)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);

  return dt ? g_date_time_format (dt, format) : NULL;
}

/* A date in the one medium style the app shows ("30 Nov 2026", "2026年11月30日"); the
 * workspace keeps ISO 8601. */
char *
rp_date_format_local (const char *iso_date)
{
  GDate date;
  char *text;

  g_date_clear (&date, 1);
  if (!rp_date_parse (iso_date, &date))
    return g_strdup (iso_date ? iso_date : "");
  /* TRANSLATORS: the one style of date shown everywhere, for g_date_time_format();
   * zh_HK: "%Y年%-m月%-d日" */
  text = format_gdate (&date, C_("medium date", "%-d %b %Y"));
  return text ? text : g_strdup (iso_date);
}

/* A month of figures ("Nov 2026", "2026年11月"); without the year ("Nov", "11月") when
 * @with_year is FALSE and the month is not January. */
char *
rp_month_format_local (int      year,
                       int      month,
                       gboolean with_year)
{
  GDate date;
  char *text;

  if (year < 1 || year > 9999 || month < 1 || month > 12)
    return g_strdup ("");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, month, year);
  if (with_year || month == 1)
    /* TRANSLATORS: a month and its year, for g_date_time_format(); zh_HK: "%Y年%-m月" */
    text = format_gdate (&date, C_("month and year", "%b %Y"));
  else
    /* TRANSLATORS: a month of the year on a chart's axis, for g_date_time_format(); zh_HK: "%-m月" */
    text = format_gdate (&date, C_("month without year", "%b"));
  return text ? text : rp_period_format (year, month);
}

/* A period ("2026-11") as a month the reader reads; anything else as it is. */
char *
rp_period_format_local (const char *period)
{
  int year, month;

  if (!rp_period_parse (period, &year, &month))
    return g_strdup (period ? period : "");
  return rp_month_format_local (year, month, TRUE);
}

/* A stored UTC timestamp as a medium date and the time of day in the local zone. */
char *
rp_timestamp_format_local (const char *text)
{
  /* TRANSLATORS: a day and a time of day, for g_date_time_format(); zh_HK: "%Y年%-m月%-d日 %H:%M" */
  return rp_timestamp_to_local (text, C_("medium date and time", "%-d %b %Y %H:%M"));
}
