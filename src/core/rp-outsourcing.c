/* rp-outsourcing.c — figures with their target history, CSV import, compliance, decided actions */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-outsourcing.h"
#include "rp-csv.h"
#include "rp-store-private.h"
#include "rp-record-private.h"
#include "rp-util.h"

RpRecord *
rp_figure_get (RpStore    *store,
               const char *kpi_uuid,
               const char *period)
{
  return rp_store_find (store, RP_KIND_FIGURE, RP_FIGURE_KPI, kpi_uuid, RP_FIGURE_PERIOD, period);
}

static gboolean
is_rated (RpRecord *kpi)
{
  return rp_record_get_enum (kpi, RP_KPI_KPI_KIND) == RP_KPI_KIND_RATED;
}

static gboolean
is_not_applicable (const char *clean)
{
  return g_ascii_strcasecmp (clean, "n/a") == 0 || g_ascii_strcasecmp (clean, "na") == 0;
}

/* What a KPI accepts as a figure: a rating from 1 to 5 for a rated KPI, and nothing beyond
 * the range of figures; @text is what was written, for the message. */
static gboolean
check_value (RpRecord    *kpi,
             double       d,
             const char  *text,
             GError     **error)
{
  if (is_rated (kpi) && (d < 1 || d > 5 || d != floor (d)))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("“%s” is not a rating: this KPI is rated by a person from 1 to 5"), text);
      return FALSE;
    }
  if (fabs (d) > 1e12)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("“%s” is out of range"), text);
      return FALSE;
    }
  /* −5 hours to repair is no achievement: below zero only where the KPI says it means something */
  if (d < 0 && !is_rated (kpi) && !rp_record_get_bool (kpi, RP_KPI_NEGATIVES))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("“%s” is below zero, and this KPI's figures are never negative (unless the KPI is marked “Negative figures are meaningful”)"),
                   text);
      return FALSE;
    }
  return TRUE;
}

/* A figure typed by hand: "97.5", "97,5", "1,200.5", "97.5 %" and, for a rated KPI, 1–5;
 * "n/a" marks the month not applicable. A lone comma with no point is a decimal comma. */
gboolean
rp_figure_parse_value (RpRecord    *kpi,
                       const char  *text,
                       double      *value,
                       gboolean    *not_applicable,
                       GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));
  double as_point = NAN, as_comma = NAN;
  gboolean readable;
  RpDecimal vote;

  *not_applicable = FALSE;
  *value = NAN;
  if (is_not_applicable (clean))
    {
      *not_applicable = TRUE;
      return TRUE;
    }
  if (*clean == '\0')
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("a number is needed (or n/a when the KPI does not apply that month)"));
      return FALSE;
    }
  vote = rp_number_vote (clean, &as_point, &as_comma, &readable);
  if (!readable)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("“%s” is not a number"), text);
      return FALSE;
    }
  /* Typed in a cell, "97,5" means 97.5: nobody types a thousands separator into a KPI cell
   * before three digits and nothing else. */
  if (vote == RP_DECIMAL_COMMA || (vote == RP_DECIMAL_AUTO && strchr (clean, ',') != NULL && strchr (clean, '.') == NULL &&
                                   as_point != as_comma && !isnan (as_comma)))
    *value = as_comma;
  else
    *value = !isnan (as_point) ? as_point : as_comma;
  if (!check_value (kpi, *value, text, error))
    {
      *value = NAN;
      return FALSE;
    }
  return TRUE;
}

static RpRecord *
figure_for (RpStore    *store,
            RpRecord   *kpi,
            const char *period,
            double      value,
            gboolean    not_applicable)
{
  RpRecord *figure = rp_figure_get (store, rp_record_get_uuid (kpi), period);

  if (figure == NULL)
    {
      figure = rp_record_new_for (RP_KIND_FIGURE, kpi);
      rp_record_set_string (figure, RP_FIGURE_PERIOD, period);
    }
  rp_record_set_bool (figure, RP_FIGURE_NOT_APPLICABLE, not_applicable);
  rp_record_set_real (figure, RP_FIGURE_VALUE, not_applicable ? NAN : value);
  return figure;
}

gboolean
rp_figure_set (RpStore     *store,
               RpRecord    *kpi,
               const char  *period,
               double       value,
               gboolean     not_applicable,
               GError     **error)
{
  g_autoptr(RpRecord) figure = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *name = rp_record_dup_title (kpi);

  if (!rp_period_parse (period, NULL, NULL))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("“%s” is not a month written as YYYY-MM."), period ? period : "");
      return FALSE;
    }
  if (!not_applicable && (isnan (value) || (is_rated (kpi) && (value < 1 || value > 5))))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   is_rated (kpi) ? _("%s is rated from 1 to 5.") : _("%s needs a number."), name);
      return FALSE;
    }
  if (!not_applicable)
    {
      g_autofree char *text = g_strdup_printf ("%g", value);

      if (!check_value (kpi, value, text, error))
        return FALSE;
    }
  figure = figure_for (store, kpi, period, value, not_applicable);
  summary = not_applicable
    ? g_strdup_printf (_("%s, %s: not applicable"), name, period)
    : g_strdup_printf (_("%s, %s: %g"), name, period, value);
  return rp_store_save_as (store, figure, NULL, summary, error);
}

gboolean
rp_figure_clear (RpStore     *store,
                 RpRecord    *kpi,
                 const char  *period,
                 GError     **error)
{
  g_autoptr(RpRecord) figure = rp_figure_get (store, rp_record_get_uuid (kpi), period);

  return figure == NULL || rp_store_delete (store, figure, NULL, error);
}

double
rp_kpi_target_in_force (RpStore    *store,
                        RpRecord   *kpi,
                        const char *period)
{
  g_autoptr(GListModel) targets = rp_store_list (store, RP_KIND_KPI_TARGET, RP_KPI_TARGET_KPI, rp_record_get_uuid (kpi));
  double target = NAN;

  /* Listed oldest first: the last that has started by @period is in force. */
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(RpRecord) t = g_list_model_get_item (targets, i);

      if (period == NULL || g_strcmp0 (rp_record_get_string (t, RP_KPI_TARGET_FROM_PERIOD), period) <= 0)
        target = rp_record_get_real (t, RP_KPI_TARGET_TARGET);
    }
  return target;
}

/* A new target applies from @from_period on; earlier months keep the one in force then. */
gboolean
rp_kpi_change_target (RpStore     *store,
                      RpRecord    *kpi,
                      double       target,
                      const char  *from_period,
                      GError     **error)
{
  g_autoptr(RpRecord) row = rp_store_find (store, RP_KIND_KPI_TARGET, RP_KPI_TARGET_KPI, rp_record_get_uuid (kpi), RP_KPI_TARGET_FROM_PERIOD, from_period);
  g_autofree char *name = rp_record_dup_title (kpi);
  g_autofree char *summary = NULL;

  if (row == NULL)
    {
      row = rp_record_new_for (RP_KIND_KPI_TARGET, kpi);
      rp_record_set_string (row, RP_KPI_TARGET_FROM_PERIOD, from_period);
    }
  rp_record_set_real (row, RP_KPI_TARGET_TARGET, target);
  summary = g_strdup_printf (_("Target of %s is %g from %s"), name, target, from_period ? from_period : "");
  return rp_store_save_as (store, row, NULL, summary, error);
}

char *
rp_kpi_describe (RpStore    *store,
                 RpRecord   *kpi,
                 const char *period)
{
  const char *unit = rp_record_get_string (kpi, RP_KPI_UNIT);
  double weight = rp_record_get_real (kpi, RP_KPI_WEIGHT);
  double target;

  if (is_rated (kpi))
    return g_strdup_printf (_("Rated 1–5 by a person · weight %g"), weight);
  target = rp_kpi_target_in_force (store, kpi, period);
  if (isnan (target))
    return g_strdup_printf (_("No target yet · weight %g"), weight);
  /* Translators: "Target 97 % · higher is better · weight 3" */
  return g_strdup_printf (_("Target %g %s · %s · weight %g"), target, unit ? unit : "",
                          rp_record_get_enum (kpi, RP_KPI_DIRECTION) == RP_DIRECTION_LOWER
                          ? _("lower is better") : _("higher is better"),
                          weight);
}

/* The months of the figure grid: from the first month with a figure (or @at_least
 * months back) to the current month, oldest first. */
GPtrArray *
rp_outsourcer_periods (RpStore    *store,
                       const char *outsourcer_uuid,
                       guint       at_least)
{
  GPtrArray *periods = g_ptr_array_new_with_free_func (g_free);
  GDate today;
  g_autofree char *current = NULL;
  g_autofree char *first = NULL;
  sqlite3_stmt *stmt;
  int span;

  rp_date_set_today (&today);
  current = rp_period_of_date (&today);
  stmt = _rp_store_prepare (store,
                            "SELECT min(f.period) FROM figure f JOIN kpi k ON k.uuid = f.kpi WHERE k.outsourcer = ?1",
                            NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, outsourcer_uuid, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        first = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  span = first != NULL ? rp_period_diff (first, current) + 1 : 0;
  span = MAX (span, (int) at_least);
  for (int i = span - 1; i >= 0; i--)
    g_ptr_array_add (periods, rp_period_add (current, -i));
  return periods;
}

/* CSV */

static void
free_row (gpointer data)
{
  RpFigureRow *row = data;

  g_free (row->period);
  g_free (row->kpi_uuid);
  g_free (row->kpi_name);
  g_free (row->outsourcer_name);
  g_free (row);
}

void
rp_figure_import_free (RpFigureImport *import)
{
  if (import == NULL)
    return;
  g_ptr_array_unref (import->rows);
  g_ptr_array_unref (import->errors);
  g_ptr_array_unref (import->notes);
  g_array_unref (import->error_lines);
  g_free (import);
}

typedef struct {
  GHashTable *by_uuid;   /* uuid → kpi */
  GHashTable *by_name;   /* casefolded name → GPtrArray of kpis */
  GHashTable *outsourcer_names;
} KpiIndex;

static void
kpi_index_init (KpiIndex   *index,
                RpStore    *store,
                const char *outsourcer_uuid)
{
  g_autoptr(GListModel) kpis = outsourcer_uuid ? rp_store_list (store, RP_KIND_KPI, RP_KPI_OUTSOURCER, outsourcer_uuid)
                                               : rp_store_list (store, RP_KIND_KPI, RP_FIELD_NONE, NULL);
  g_autoptr(GListModel) outsourcers = rp_store_list (store, RP_KIND_OUTSOURCER, RP_FIELD_NONE, NULL);

  index->by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  index->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  index->outsourcer_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (outsourcers); i++)
    {
      g_autoptr(RpRecord) o = g_list_model_get_item (outsourcers, i);

      g_hash_table_insert (index->outsourcer_names, g_strdup (rp_record_get_uuid (o)),
                           g_strdup (rp_record_get_string (o, RP_OUTSOURCER_NAME)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      RpRecord *kpi = g_list_model_get_item (kpis, i);
      g_autofree char *folded = rp_text_match_key (rp_record_get_string (kpi, RP_KPI_NAME));
      GPtrArray *same = g_hash_table_lookup (index->by_name, folded);

      if (same == NULL)
        {
          same = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (index->by_name, g_strdup (folded), same);
        }
      g_ptr_array_add (same, g_object_ref (kpi));
      g_hash_table_insert (index->by_uuid, g_strdup (rp_record_get_uuid (kpi)), kpi);
    }
}

static void
kpi_index_clear (KpiIndex *index)
{
  g_hash_table_unref (index->by_uuid);
  g_hash_table_unref (index->by_name);
  g_hash_table_unref (index->outsourcer_names);
}

G_GNUC_PRINTF (4, 5) static void
line_error (RpFigureImport *import,
            guint           line,
            const char     *column,
            const char     *format,
            ...)
{
  g_autofree char *what = NULL;
  va_list args;

  if (import->errors->len >= 200)
    return;
  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  if (column != NULL)
    /* Translators: "line 4, value: “abc” is not a number" */
    g_ptr_array_add (import->errors, g_strdup_printf (_("line %u, %s: %s"), line, column, what));
  else
    g_ptr_array_add (import->errors, g_strdup_printf (_("line %u: %s"), line, what));
  g_array_append_val (import->error_lines, line);
}

/* Errors in the order of the file's lines, whichever check found them */
static void
sort_errors (RpFigureImport *import)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);
  guint n = import->error_lines->len;
  g_autofree guint *order = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* Insertion sort: stable, and the lists are short (at most 200) */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && g_array_index (import->error_lines, guint, order[j - 1]) >
                                g_array_index (import->error_lines, guint, order[j]); j--)
      {
        guint t = order[j];

        order[j] = order[j - 1];
        order[j - 1] = t;
      }
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_steal_pointer (&import->errors->pdata[order[i]]));
  for (guint i = n; i < import->errors->len; i++)
    g_ptr_array_add (sorted, g_steal_pointer (&import->errors->pdata[i]));
  g_ptr_array_unref (import->errors);
  import->errors = g_steal_pointer (&sorted);
}

typedef struct {
  guint  line;
  char  *period;
  char  *kpi;
  char  *value;
} RawRow;

static void
raw_row_free (gpointer data)
{
  RawRow *raw = data;

  g_free (raw->period);
  g_free (raw->kpi);
  g_free (raw->value);
  g_free (raw);
}

static const char *
decimal_name (RpDecimal decimal)
{
  return decimal == RP_DECIMAL_COMMA ? _("a decimal comma") : _("a decimal point");
}

/* The file's number convention: the one its values agree on, @forced if given. Values read
 * one way only vote; values that read two ways need a vote or @forced. */
static RpDecimal
decide_decimal (RpFigureImport *import,
                GPtrArray      *raws,
                RpDecimal       forced,
                gboolean       *mixed)
{
  guint point_line = 0, comma_line = 0;

  *mixed = FALSE;
  if (forced != RP_DECIMAL_AUTO)
    return forced;
  for (guint i = 0; i < raws->len; i++)
    {
      RawRow *raw = raws->pdata[i];
      double a, b;
      gboolean readable;
      RpDecimal vote;

      if (is_not_applicable (raw->value))
        continue;
      vote = rp_number_vote (raw->value, &a, &b, &readable);
      if (vote == RP_DECIMAL_POINT && point_line == 0)
        point_line = raw->line;
      else if (vote == RP_DECIMAL_COMMA && comma_line == 0)
        comma_line = raw->line;
    }
  if (point_line && comma_line)
    {
      /* Translators: "line 4 is written with a decimal point and line 9 with a decimal comma" */
      g_ptr_array_add (import->errors,
                       g_strdup_printf (_("the numbers mix two conventions: line %u is written with a decimal point, line %u with a decimal comma"),
                                        point_line, comma_line));
      *mixed = TRUE;
      return RP_DECIMAL_AUTO;
    }
  return point_line ? RP_DECIMAL_POINT : comma_line ? RP_DECIMAL_COMMA : RP_DECIMAL_AUTO;
}

static int
find_column (GPtrArray  *header,
             const char *name)
{
  for (guint i = 0; i < header->len; i++)
    if (g_ascii_strcasecmp (header->pdata[i], name) == 0)
      return (int) i;
  return -1;
}

RpFigureImport *
rp_figures_csv_parse (RpStore    *store,
                      const char *text,
                      gsize       length,
                      const char *outsourcer_uuid,
                      RpDecimal   decimal)
{
  RpFigureImport *import = g_new0 (RpFigureImport, 1);
  g_autofree char *copy = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) raws = g_ptr_array_new_with_free_func (raw_row_free);
  KpiIndex index;
  gboolean header_seen = FALSE;
  char delimiter = ',';
  int col_period = -1, col_kpi = -1, col_value = -1;
  guint n_columns = 0;

  import->rows = g_ptr_array_new_with_free_func (free_row);
  import->errors = g_ptr_array_new_with_free_func (g_free);
  import->notes = g_ptr_array_new_with_free_func (g_free);
  import->error_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  import->decimal = decimal;
  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_ptr_array_add (import->errors, g_strdup (_("the file is not UTF-8 text")));
      return import;
    }
  copy = g_strndup (text, length);
  lines = g_strsplit (g_str_has_prefix (copy, "\xEF\xBB\xBF") ? copy + 3 : copy, "\n", -1);

  /* The lines as written: the columns found by name in the first line */
  for (guint n = 0; lines[n] != NULL; n++)
    {
      guint line = n + 1;
      g_autoptr(GPtrArray) fields = NULL;
      gboolean ok;
      char *cr = strchr (lines[n], '\r');
      RawRow *raw;

      if (cr != NULL)
        *cr = '\0';
      if (*g_strstrip (lines[n]) == '\0')
        continue;
      if (!header_seen)
        {
          header_seen = TRUE;
          delimiter = rp_csv_detect_delimiter (lines[n]);
          fields = rp_csv_split (lines[n], delimiter, &ok);
          col_period = find_column (fields, "period");
          col_kpi = find_column (fields, "kpi");
          col_value = find_column (fields, "value");
          n_columns = fields->len;
          if (col_period < 0 || col_kpi < 0 || col_value < 0)
            {
              line_error (import, line, NULL, _("the first line must name the columns period, kpi and value"));
              break;
            }
          for (guint i = 0; i < fields->len; i++)
            if ((int) i != col_period && (int) i != col_kpi && (int) i != col_value)
              g_ptr_array_add (import->notes, g_strdup_printf (_("the column “%s” is not one Rapport reads; it was ignored"),
                                                               (char *) fields->pdata[i]));
          continue;
        }
      fields = rp_csv_split (lines[n], delimiter, &ok);
      if (!ok)
        {
          line_error (import, line, NULL, _("a quote is opened and never closed"));
          continue;
        }
      if (fields->len != n_columns)
        {
          line_error (import, line, NULL, _("%u columns where the first line has %u"), fields->len, n_columns);
          continue;
        }
      raw = g_new0 (RawRow, 1);
      raw->line = line;
      raw->period = g_strdup (fields->pdata[col_period]);
      raw->kpi = g_strdup (fields->pdata[col_kpi]);
      raw->value = g_strdup (fields->pdata[col_value]);
      g_ptr_array_add (raws, raw);
    }
  if (!header_seen)
    {
      g_ptr_array_add (import->errors, g_strdup (_("the file is empty; it needs a first line period,kpi,value and one line a figure")));
      return import;
    }
  if (col_value < 0)
    return import;
  {
    gboolean mixed;

    import->decimal = decide_decimal (import, raws, decimal, &mixed);
    if (mixed)
      return import;
  }

  kpi_index_init (&index, store, outsourcer_uuid);
  for (guint i = 0; i < raws->len; i++)
    {
      RawRow *raw = raws->pdata[i];
      guint line = raw->line;
      RpFigureRow *row;
      RpRecord *kpi = NULL;
      const char *kpi_text = raw->kpi;
      g_autoptr(GError) error = NULL;
      g_autofree char *key = NULL;
      double value = NAN;
      gboolean not_applicable = FALSE;

      if (!rp_period_parse (raw->period, NULL, NULL))
        {
          line_error (import, line, "period", _("“%s” is not a month written as YYYY-MM"), raw->period);
          continue;
        }
      if (g_uuid_string_is_valid (kpi_text))
        {
          kpi = g_hash_table_lookup (index.by_uuid, kpi_text);
          if (kpi == NULL)
            {
              line_error (import, line, "kpi", outsourcer_uuid ? _("no KPI of this outsourcer has the UUID %s")
                                                               : _("no KPI has the UUID %s"), kpi_text);
              continue;
            }
        }
      else
        {
          g_autofree char *folded = rp_text_match_key (kpi_text);
          GPtrArray *same = g_hash_table_lookup (index.by_name, folded);

          if (same == NULL)
            {
              line_error (import, line, "kpi", outsourcer_uuid ? _("this outsourcer has no KPI called “%s”")
                                                               : _("no KPI is called “%s”"), kpi_text);
              continue;
            }
          if (same->len > 1)
            {
              g_autoptr(GString) owners = g_string_new (NULL);

              for (guint o = 0; o < same->len; o++)
                g_string_append_printf (owners, "%s%s", o ? ", " : "",
                                        (char *) g_hash_table_lookup (index.outsourcer_names,
                                                                      rp_record_get_string (same->pdata[o], RP_KPI_OUTSOURCER)));
              line_error (import, line, "kpi",
                          _("“%s” names KPIs of several outsourcers (%s): choose the outsourcer, or use the KPI's UUID"),
                          kpi_text, owners->str);
              continue;
            }
          kpi = same->pdata[0];
        }
      key = g_strdup_printf ("%s %s", rp_record_get_uuid (kpi), raw->period);
      if (g_hash_table_contains (seen, key))
        {
          line_error (import, line, NULL, _("the same KPI and month as line %u"),
                      GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)));
          continue;
        }
      g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (line));

      if (is_not_applicable (raw->value))
        not_applicable = TRUE;
      else if (*raw->value == '\0')
        {
          line_error (import, line, "value", _("a number is needed (or n/a when the KPI does not apply that month)"));
          continue;
        }
      else if (import->decimal == RP_DECIMAL_AUTO)
        {
          double as_point = NAN, as_comma = NAN;
          gboolean readable;

          rp_number_vote (raw->value, &as_point, &as_comma, &readable);
          if (!readable)
            {
              line_error (import, line, "value", _("“%s” is not a number"), raw->value);
              continue;
            }
          if (as_point != as_comma)
            {
              g_autofree char *a = g_strdup_printf ("%g", as_point);
              g_autofree char *b = g_strdup_printf ("%g", as_comma);

              import->undecided = TRUE;
              /* Translators: "“1,200” reads as 1200 with a decimal point, or as 1.2 with a decimal comma…" */
              line_error (import, line, "value",
                          _("“%s” reads as %s with a decimal point, or as %s with a decimal comma, and nothing else in the file tells which; choose the convention"),
                          raw->value, a, b);
              continue;
            }
          value = as_point;
        }
      else if (!rp_number_read (raw->value, import->decimal, &value))
        {
          line_error (import, line, "value", _("“%s” is not a number written with %s, as the rest of the file is"),
                      raw->value, decimal_name (import->decimal));
          continue;
        }
      if (!not_applicable && !check_value (kpi, value, raw->value, &error))
        {
          line_error (import, line, "value", "%s", error->message);
          continue;
        }

      row = g_new0 (RpFigureRow, 1);
      row->line = line;
      row->value = not_applicable ? NAN : value;
      row->not_applicable = not_applicable;
      row->period = g_strdup (raw->period);
      row->kpi_uuid = g_strdup (rp_record_get_uuid (kpi));
      row->kpi_name = g_strdup (rp_record_get_string (kpi, RP_KPI_NAME));
      row->outsourcer_name = g_strdup (g_hash_table_lookup (index.outsourcer_names,
                                                            rp_record_get_string (kpi, RP_KPI_OUTSOURCER)));
      {
        g_autoptr(RpRecord) old = rp_figure_get (store, row->kpi_uuid, row->period);

        if (old != NULL)
          {
            row->replaces = TRUE;
            row->old_value = rp_record_get_real (old, RP_FIGURE_VALUE);
            row->old_not_applicable = rp_record_get_bool (old, RP_FIGURE_NOT_APPLICABLE);
          }
      }
      g_ptr_array_add (import->rows, row);
    }
  kpi_index_clear (&index);
  sort_errors (import);
  if (import->decimal != RP_DECIMAL_AUTO && decimal == RP_DECIMAL_AUTO && import->rows->len > 0)
    g_ptr_array_add (import->notes, g_strdup_printf (_("numbers read with %s, as the file writes them"), decimal_name (import->decimal)));
  return import;
}

gboolean
rp_figures_csv_apply (RpStore         *store,
                      RpFigureImport  *import,
                      GError         **error)
{
  g_autofree char *summary = NULL;

  if (import->errors->len > 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "Nothing was imported: %s (%u problem in all)",
                                "Nothing was imported: %s (%u problems in all)", import->errors->len),
                   (const char *) import->errors->pdata[0], import->errors->len);
      return FALSE;
    }
  if (!rp_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < import->rows->len; i++)
    {
      RpFigureRow *row = import->rows->pdata[i];
      g_autoptr(RpRecord) kpi = rp_store_get (store, RP_KIND_KPI, row->kpi_uuid);
      g_autoptr(RpRecord) figure = NULL;
      g_autofree char *now = rp_timestamp_now ();

      if (kpi == NULL)
        {
          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND,
                       _("Nothing was imported: the KPI “%s” was deleted meanwhile."), row->kpi_name);
          rp_store_rollback (store);
          return FALSE;
        }
      figure = figure_for (store, kpi, row->period, row->value, row->not_applicable);
      _rp_record_set_identity (figure, NULL, rp_record_get_created_at (figure) ?: now, now);
      if (!rp_record_validate (figure, error) || !_rp_store_put (store, figure, error))
        {
          g_prefix_error (error, _("Nothing was imported: line %u: "), row->line);
          rp_store_rollback (store);
          return FALSE;
        }
    }
  /* One journal entry for the file, not one a figure. */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u figure from a CSV file",
                                          "Imported %u figures from a CSV file", import->rows->len),
                             import->rows->len);
  if (!_rp_store_journal (store, "figure", NULL, "imported", summary, error))
    {
      rp_store_rollback (store);
      return FALSE;
    }
  return rp_store_commit (store, error);
}

/* Compliance */

double
rp_outsourcer_compliance (RpStore           *store,
                          const char        *outsourcer_uuid,
                          const char        *period,
                          RpComplianceCount *count)
{
  RpComplianceCount c = { 0 };
  sqlite3_stmt *stmt = _rp_store_prepare (store,
                                          "SELECT cc.result, count(*) FROM compliance_check cc "
                                          "JOIN commitment m ON m.uuid = cc.commitment "
                                          "JOIN contract k ON k.uuid = m.contract "
                                          "WHERE k.outsourcer = ?1 AND (?2 IS NULL OR cc.period = ?2) "
                                          "GROUP BY cc.result", NULL);

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, outsourcer_uuid, -1, SQLITE_TRANSIENT);
      if (period != NULL)
        sqlite3_bind_text (stmt, 2, period, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *result = (const char *) sqlite3_column_text (stmt, 0);
          guint n = (guint) sqlite3_column_int (stmt, 1);

          if (g_strcmp0 (result, "met") == 0)
            c.met = n;
          else if (g_strcmp0 (result, "partly_met") == 0)
            c.partly_met = n;
          else
            c.missed = n;
        }
      sqlite3_reset (stmt);
    }
  if (count != NULL)
    *count = c;
  return rp_compliance_rate (c.met, c.partly_met, c.missed);
}

/* Decisions */

gboolean
rp_scorecard_needs_decision (RpStore           *store,
                             const RpScorecard *card)
{
  g_autoptr(RpRecord) decided = NULL;

  if (card->rule_action == NULL || g_str_equal (card->rule_action, "none"))
    return FALSE;
  decided = rp_store_find (store, RP_KIND_VENDOR_ACTION, RP_VENDOR_ACTION_OUTSOURCER, card->uuid, RP_VENDOR_ACTION_PERIOD, card->period);
  return decided == NULL;
}

/* The action the standing rule calls for, ready for a person to decide and save. */
RpRecord *
rp_vendor_action_proposed (RpStore           *store,
                           const RpScorecard *card)
{
  RpRecord *action;
  g_autofree char *today = rp_date_today ();
  g_autofree char *reason = NULL;

  if (card->rule_action == NULL || g_str_equal (card->rule_action, "none"))
    return NULL;
  action = rp_record_new_for (RP_KIND_VENDOR_ACTION, NULL);
  rp_record_set_string (action, RP_VENDOR_ACTION_OUTSOURCER, card->uuid);
  rp_record_set_string (action, RP_VENDOR_ACTION_PERIOD, card->period);
  rp_record_set_string (action, RP_VENDOR_ACTION_ACTION_KIND, card->rule_action);
  /* Translators: "Scored 50 in 2026-10: Probation" */
  reason = g_strdup_printf (_("Scored %.0f in %s: %s"), card->score, card->period, card->standing);
  rp_record_set_string (action, RP_VENDOR_ACTION_REASON, reason);
  rp_record_set_string (action, RP_VENDOR_ACTION_DECIDED_BY, rp_store_get_user (store));
  rp_record_set_string (action, RP_VENDOR_ACTION_DECIDED_ON, today);
  return action;
}
