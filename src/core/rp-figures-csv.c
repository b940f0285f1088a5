/* rp-figures-csv.c — monthly figures from CSV as spreadsheets write it: all lines or none */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-outsourcing.h"
#include "rp-outsourcing-private.h"
#include "rp-csv.h"
#include "rp-store-private.h"
#include "rp-record-private.h"
#include "rp-util.h"

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
  g_autoptr(GListModel) kpis = outsourcer_uuid ? rp_store_list (store, RP_KIND_KPI, rp_kpi_owner_field (store, outsourcer_uuid), outsourcer_uuid)
                                               : rp_store_list (store, RP_KIND_KPI, RP_FIELD_NONE, NULL);
  g_autoptr(GListModel) outsourcers = rp_store_list (store, RP_KIND_OUTSOURCER, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);

  index->by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  index->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  index->outsourcer_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (outsourcers); i++)
    {
      g_autoptr(RpRecord) o = g_list_model_get_item (outsourcers, i);

      g_hash_table_insert (index->outsourcer_names, g_strdup (rp_record_get_uuid (o)),
                           g_strdup (rp_record_get_string (o, RP_OUTSOURCER_NAME)));
    }
  if (profile != NULL)
    g_hash_table_insert (index->outsourcer_names, g_strdup (rp_record_get_uuid (profile)),
                         g_strdup (rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME)));
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

      if (_rp_figure_is_not_applicable (raw->value))
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
  gboolean company = outsourcer_uuid != NULL && rp_kpi_owner_field (store, outsourcer_uuid) == RP_KPI_PROFILE;
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
              line_error (import, line, "kpi", company ? _("no KPI of the company has the UUID %s")
                                               : outsourcer_uuid ? _("no KPI of this outsourcer has the UUID %s")
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
              line_error (import, line, "kpi", company ? _("the company has no KPI called “%s”")
                                               : outsourcer_uuid ? _("this outsourcer has no KPI called “%s”")
                                                                 : _("no KPI is called “%s”"), kpi_text);
              continue;
            }
          if (same->len > 1)
            {
              g_autoptr(GString) owners = g_string_new (NULL);

              for (guint o = 0; o < same->len; o++)
                g_string_append_printf (owners, "%s%s", o ? ", " : "",
                                        (char *) g_hash_table_lookup (index.outsourcer_names,
                                                                      rp_kpi_get_owner (same->pdata[o])));
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

      if (_rp_figure_is_not_applicable (raw->value))
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
      if (!not_applicable && !_rp_figure_check_value (kpi, value, raw->value, &error))
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
                                                            rp_kpi_get_owner (kpi)));
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
      figure = _rp_figure_for (store, kpi, row->period, row->value, row->not_applicable);
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

