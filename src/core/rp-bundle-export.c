/* rp-bundle-export.c — writing a bundle record by record to a GOutputStream
 *
 * "Everything" streams each table straight from SQLite; a chosen record is
 * first closed over what it owns and what it refers to (UUIDs only), so the
 * bundle imports into an empty workspace. Memory does not grow with the
 * workspace, only with the selection.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-bundle-private.h"
#include "rp-store-private.h"
#include "rp-util.h"

typedef struct {
  RpStore       *store;
  GOutputStream *out;
  GCancellable  *cancellable;
  RpAnonymiser  *anonymiser;
  GString       *buf;          /* written out a megabyte at a time */
  guint          n_in_kind;
  guint          n_records;
  const RpKind  *kind;
} Writer;

#define FLUSH_AT (1024 * 1024)

void
rp_export_options_clear (RpExportOptions *options)
{
  g_clear_pointer (&options->uuid, g_free);
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->title, g_free);
  g_clear_pointer (&options->note, g_free);
}

/* The CLI's --what: all, standards, acknowledgements, philosophy:UUID, framework:UUID,
 * outsourcer:UUID, journal:FROM..TO */
gboolean
rp_export_options_parse_what (RpExportOptions  *options,
                              const char       *text,
                              GError          **error)
{
  static const struct { const char *prefix; RpExportWhat what; } with_uuid[] = {
    { "philosophy:", RP_EXPORT_PHILOSOPHY },
    { "framework:", RP_EXPORT_FRAMEWORK },
    { "outsourcer:", RP_EXPORT_OUTSOURCER },
  };

  if (text == NULL || g_str_equal (text, "all"))
    {
      options->what = RP_EXPORT_ALL;
      return TRUE;
    }
  if (g_str_equal (text, "standards"))
    {
      options->what = RP_EXPORT_STANDARDS;
      return TRUE;
    }
  if (g_str_equal (text, "acknowledgements"))
    {
      options->what = RP_EXPORT_ACKNOWLEDGEMENTS;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (with_uuid); i++)
    if (g_str_has_prefix (text, with_uuid[i].prefix))
      {
        const char *uuid = text + strlen (with_uuid[i].prefix);

        if (!g_uuid_string_is_valid (uuid))
          {
            g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHOICE,
                         _("“%s” is not a UUID; rapport-cli %s list shows them."), uuid,
                         with_uuid[i].what == RP_EXPORT_OUTSOURCER ? "scorecard --format json" :
                         with_uuid[i].what == RP_EXPORT_FRAMEWORK ? "framework" : "philosophy");
            return FALSE;
          }
        options->what = with_uuid[i].what;
        g_free (options->uuid);
        options->uuid = g_strdup (uuid);
        return TRUE;
      }
  if (g_str_has_prefix (text, "journal:"))
    {
      g_auto(GStrv) range = g_strsplit (text + strlen ("journal:"), "..", 2);

      if (g_strv_length (range) != 2 || !rp_date_parse (range[0], NULL) || !rp_date_parse (range[1], NULL) ||
          g_strcmp0 (range[0], range[1]) > 0)
        {
          g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHOICE,
                       _("“%s” is not a date range: write journal:FROM..TO with dates as YYYY-MM-DD, FROM not after TO."),
                       text);
          return FALSE;
        }
      options->what = RP_EXPORT_JOURNAL;
      g_free (options->from);
      g_free (options->to);
      options->from = g_strdup (range[0]);
      options->to = g_strdup (range[1]);
      return TRUE;
    }
  g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHOICE,
               _("“%s” is not something to export: use all, standards, acknowledgements, philosophy:UUID, framework:UUID, outsourcer:UUID or journal:FROM..TO."),
               text);
  return FALSE;
}

static gboolean
flush (Writer  *w,
       GError **error)
{
  gboolean ok = g_output_stream_write_all (w->out, w->buf->str, w->buf->len, NULL, w->cancellable, error);

  g_string_truncate (w->buf, 0);
  return ok;
}

/* JSON text of @text, escaped as RFC 8259 asks and no more */
static void
append_string (GString    *out,
               const char *text)
{
  static const char hex[] = "0123456789abcdef";
  const char *run = text;
  const char *p;

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 15]);
          break;
        }
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

static void
append_int (GString *out,
            gint64   n)
{
  char digits[24];
  int i = sizeof digits;
  guint64 u = n < 0 ? (guint64) 0 - (guint64) n : (guint64) n;

  do
    digits[--i] = (char) ('0' + u % 10);
  while ((u /= 10) != 0);
  if (n < 0)
    digits[--i] = '-';
  g_string_append_len (out, digits + i, (gssize) sizeof digits - i);
}

/* The shortest text that reads back as the same number */
static void
append_real (GString *out,
             double   d)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (d == 0)
    {
      g_string_append (out, "0.0");
      return;
    }
  if (d == (double) (gint64) d && fabs (d) < 1e15)
    {
      append_int (out, (gint64) d);
      g_string_append (out, ".0");
      return;
    }
  g_ascii_formatd (text, sizeof text, "%.15g", d);
  if (g_ascii_strtod (text, NULL) != d)
    g_ascii_formatd (text, sizeof text, "%.17g", d);
  g_string_append (out, text);
}

/* One record from a row of SELECT uuid, created_at, updated_at, the fields… */
static gboolean
write_row (Writer        *w,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  const RpKind *kind = w->kind;
  GString *out = w->buf;

  if (w->n_in_kind == 0)
    {
      g_string_append (out, ",\n  \"");
      g_string_append (out, kind->plural);
      g_string_append (out, "\": [\n    {\"uuid\":");
    }
  else
    g_string_append (out, ",\n    {\"uuid\":");
  append_string (out, (const char *) sqlite3_column_text (stmt, 0));
  g_string_append (out, ",\"created_at\":");
  append_string (out, (const char *) sqlite3_column_text (stmt, 1));
  g_string_append (out, ",\"updated_at\":");
  append_string (out, (const char *) sqlite3_column_text (stmt, 2));
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      int col = (int) i + 3;
      gboolean is_null = sqlite3_column_type (stmt, col) == SQLITE_NULL;

      g_string_append (out, ",\"");
      g_string_append (out, field->name);
      g_string_append (out, "\":");
      switch (field->type)
        {
        case RP_FIELD_INT:
          append_int (out, sqlite3_column_int64 (stmt, col));
          break;
        case RP_FIELD_REAL:
          if (is_null)
            g_string_append (out, "null");
          else
            append_real (out, sqlite3_column_double (stmt, col));
          break;
        case RP_FIELD_BOOL:
          g_string_append (out, sqlite3_column_int (stmt, col) ? "true" : "false");
          break;
        case RP_FIELD_TEXT:
        case RP_FIELD_DATE:
        case RP_FIELD_PERIOD:
        case RP_FIELD_ENUM:
        case RP_FIELD_REF:
        default:
          {
            const char *text = (const char *) sqlite3_column_text (stmt, col);

            if (w->anonymiser != NULL && (field->flags & RP_FIELD_PERSONAL))
              text = _rp_anonymiser_lookup (w->anonymiser, text);
            if (text == NULL)
              g_string_append (out, "null");
            else
              append_string (out, text);
            break;
          }
        }
    }
  g_string_append_c (out, '}');
  w->n_in_kind++;
  w->n_records++;
  if (out->len >= FLUSH_AT)
    {
      if (g_cancellable_set_error_if_cancelled (w->cancellable, error))
        return FALSE;
      return flush (w, error);
    }
  return TRUE;
}

/* Every row the statement gives, for the kind in w->kind */
static gboolean
write_rows (Writer        *w,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!write_row (w, stmt, error))
      return FALSE;
  if (rc != SQLITE_DONE)
    {
      _rp_store_set_error (w->store, rc, _("Could not read the workspace"), error);
      return FALSE;
    }
  return TRUE;
}

static void
end_kind (Writer *w)
{
  if (w->n_in_kind > 0)
    g_string_append (w->buf, "\n  ]");
  w->n_in_kind = 0;
}

static void
member (Writer     *w,
        const char *name,
        const char *value)
{
  g_string_append (w->buf, "  \"");
  g_string_append (w->buf, name);
  g_string_append (w->buf, "\": ");
  if (value == NULL)
    g_string_append (w->buf, "null");
  else
    append_string (w->buf, value);
  g_string_append (w->buf, ",\n");
}

/* Closure of a selection: per kind, UUID → 1 (included) or 2 (its parts included too). */
typedef struct {
  RpStore     *store;
  GHashTable **sets;
  GQueue       pending; /* of Pending */
} Closure;

typedef struct {
  const RpKind *kind;
  char         *uuid;
  gboolean      descend;
} Pending;

static void
closure_add (Closure      *c,
             const RpKind *kind,
             const char   *uuid,
             gboolean      descend)
{
  GHashTable *set = c->sets[rp_kind_get_index (kind)];
  int state = GPOINTER_TO_INT (g_hash_table_lookup (set, uuid));
  Pending *p;

  if (state == 2 || (state == 1 && !descend))
    return;
  g_hash_table_insert (set, g_strdup (uuid), GINT_TO_POINTER (descend ? 2 : 1));
  p = g_new0 (Pending, 1);
  p->kind = kind;
  p->uuid = g_strdup (uuid);
  p->descend = descend;
  g_queue_push_tail (&c->pending, p);
}

/* A record belongs to the first of its owners that is set (a review to its
 * strategy or its outsourcer, a link to the record it was made from). */
static const RpField *
belongs_to (RpRecord *record)
{
  const RpKind *kind = rp_record_get_kind (record);

  for (guint i = 0; i < kind->n_fields; i++)
    if ((kind->fields[i].flags & RP_FIELD_OWNER) && rp_record_get_string (record, rp_field_id_at (kind, i)) != NULL)
      return &kind->fields[i];
  return NULL;
}

static void
closure_run (Closure *c)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  Pending *p;

  while ((p = g_queue_pop_head (&c->pending)) != NULL)
    {
      g_autoptr(RpRecord) record = rp_store_get (c->store, rp_kind_get_index (p->kind), p->uuid);

      if (record != NULL)
        {
          /* What it refers to comes along, without its own parts. */
          for (guint i = 0; i < p->kind->n_fields; i++)
            {
              const RpField *field = &p->kind->fields[i];
              const char *ref = field->type == RP_FIELD_REF ? rp_record_get_string (record, rp_field_id_at (p->kind, i)) : NULL;

              if (ref != NULL)
                closure_add (c, rp_kind_lookup (field->ref_kind), ref, FALSE);
            }
          if (p->descend)
            for (guint k = 0; k < n_kinds; k++)
              for (guint f = 0; f < kinds[k]->n_fields; f++)
                {
                  const RpField *field = &kinds[k]->fields[f];
                  g_autoptr(GListModel) parts = NULL;

                  if (!(field->flags & RP_FIELD_OWNER) || !g_str_equal (field->ref_kind, p->kind->name))
                    continue;
                  parts = rp_store_list (c->store, k, rp_field_id_at (kinds[k], f), p->uuid);
                  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
                    {
                      g_autoptr(RpRecord) part = g_list_model_get_item (parts, i);

                      if (belongs_to (part) == field)
                        closure_add (c, kinds[k], rp_record_get_uuid (part), TRUE);
                    }
                }
        }
      g_free (p->uuid);
      g_free (p);
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
export_selection (Writer                 *w,
                  const RpExportOptions  *options,
                  GError                **error)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  Closure c = { .store = w->store, .pending = G_QUEUE_INIT };
  const char *root_kind = options->what == RP_EXPORT_PHILOSOPHY ? "philosophy"
                        : options->what == RP_EXPORT_FRAMEWORK ? "framework" : "outsourcer";
  gboolean ok = TRUE;

  c.sets = g_new0 (GHashTable *, n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    c.sets[k] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (options->what == RP_EXPORT_ACKNOWLEDGEMENTS)
    {
      /* What they acknowledge comes along without its parts, for the manager's
       * workspace to match them to the records it sent. */
      g_autoptr(GListModel) acks = rp_store_list (w->store, RP_KIND_ACKNOWLEDGEMENT, RP_FIELD_NONE, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (acks); i++)
        {
          g_autoptr(RpRecord) r = g_list_model_get_item (acks, i);
          closure_add (&c, rp_record_get_kind (r), rp_record_get_uuid (r), TRUE);
        }
    }
  else if (options->what == RP_EXPORT_STANDARDS)
    {
      g_autoptr(GListModel) criteria = rp_store_list (w->store, RP_KIND_CRITERION, RP_CRITERION_SCOPE, "selection");
      g_autoptr(GListModel) rules = rp_store_list (w->store, RP_KIND_STANDING_RULE, RP_FIELD_NONE, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
        {
          g_autoptr(RpRecord) r = g_list_model_get_item (criteria, i);
          closure_add (&c, rp_record_get_kind (r), rp_record_get_uuid (r), TRUE);
        }
      for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
        {
          g_autoptr(RpRecord) r = g_list_model_get_item (rules, i);
          closure_add (&c, rp_record_get_kind (r), rp_record_get_uuid (r), TRUE);
        }
    }
  else
    {
      g_autoptr(RpRecord) root = rp_store_get (w->store, rp_kind_get_index (rp_kind_lookup (root_kind)), options->uuid);

      if (root == NULL)
        {
          g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHOICE,
                       _("The workspace has no %s with the UUID %s."),
                       rp_kind_get_label (rp_kind_lookup (root_kind)), options->uuid ? options->uuid : "—");
          ok = FALSE;
        }
      else
        closure_add (&c, rp_record_get_kind (root), rp_record_get_uuid (root), TRUE);
    }
  closure_run (&c);

  for (guint k = 0; ok && k < n_kinds; k++)
    {
      g_autofree gpointer *uuids = NULL;
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt = NULL;
      guint n = 0;

      w->kind = kinds[k];
      uuids = g_hash_table_get_keys_as_array (c.sets[k], &n);
      if (n == 0)
        continue;
      qsort (uuids, n, sizeof (gpointer), compare_strings);
      sql = g_strdup_printf ("%s WHERE \"uuid\" = ?1", _rp_store_select_sql (kinds[k]));
      if ((stmt = _rp_store_prepare (w->store, sql, error)) == NULL)
        ok = FALSE;
      for (guint i = 0; ok && i < n; i++)
        {
          sqlite3_reset (stmt);
          sqlite3_bind_text (stmt, 1, uuids[i], -1, SQLITE_STATIC);
          ok = write_rows (w, stmt, error);
        }
      if (stmt != NULL)
        sqlite3_reset (stmt);
      end_kind (w);
    }

  for (guint k = 0; k < n_kinds; k++)
    g_hash_table_unref (c.sets[k]);
  g_free (c.sets);
  return ok;
}

static const char *
scope_name (RpExportWhat what)
{
  switch (what)
    {
    case RP_EXPORT_PHILOSOPHY: return "philosophy";
    case RP_EXPORT_FRAMEWORK: return "framework";
    case RP_EXPORT_STANDARDS: return "standards";
    case RP_EXPORT_OUTSOURCER: return "outsourcer";
    case RP_EXPORT_JOURNAL: return "journal";
    case RP_EXPORT_ACKNOWLEDGEMENTS: return "acknowledgements";
    case RP_EXPORT_ALL:
    default: return "all";
    }
}

static gboolean
write_table (Writer        *w,
             const RpKind  *kind,
             const char    *where,
             const char    *param1,
             const char    *param2,
             GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("%s%s%s ORDER BY rowid", _rp_store_select_sql (kind),
                                          where ? " WHERE " : "", where ? where : "");
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  int rc = sqlite3_prepare_v2 (w->store->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _rp_store_set_error (w->store, rc, _("Could not read the workspace"), error);
      return FALSE;
    }
  if (param1 != NULL)
    sqlite3_bind_text (stmt, 1, param1, -1, SQLITE_STATIC);
  if (param2 != NULL)
    sqlite3_bind_text (stmt, 2, param2, -1, SQLITE_STATIC);
  w->kind = kind;
  ok = write_rows (w, stmt, error);
  sqlite3_finalize (stmt);
  end_kind (w);
  return ok;
}

static gboolean
export_body (Writer                 *w,
             const RpExportOptions  *options,
             GError                **error)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  if (options->what == RP_EXPORT_ALL)
    {
      for (guint k = 0; k < n_kinds; k++)
        {
          if (kinds[k]->flags & RP_KIND_APPEND_ONLY)
            continue; /* the journal goes by date range of its own */
          if (!write_table (w, kinds[k], NULL, NULL, NULL, error))
            return FALSE;
        }
      return TRUE;
    }
  if (options->what == RP_EXPORT_JOURNAL)
    {
      g_autofree char *until = rp_date_add_days (options->to, 1);

      return write_table (w, rp_kind_get (RP_KIND_JOURNAL_ENTRY), "created_at >= ?1 AND created_at < ?2",
                          options->from, until, error);
    }
  return export_selection (w, options, error);
}

/* Written as sqlite3 -json would: each row straight from its statement into the
 * text, nothing built in between; memory does not grow with the workspace. */
gboolean
rp_bundle_export (RpStore                *store,
                  const RpExportOptions  *options,
                  GOutputStream          *out,
                  guint                  *n_records,
                  GCancellable           *cancellable,
                  GError                **error)
{
  Writer w = { .store = store, .out = out, .cancellable = cancellable };
  RpAnonymiser anonymiser = { 0 };
  g_autofree char *now = rp_timestamp_now ();
  g_autofree char *generator = g_strdup_printf ("Rapport %s", PACKAGE_VERSION);
  g_autoptr(RpRecord) profile = NULL;
  g_autofree char *title = NULL;
  gboolean snapshot;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  if (options->what != RP_EXPORT_ALL && options->what != RP_EXPORT_STANDARDS &&
      options->what != RP_EXPORT_JOURNAL && options->what != RP_EXPORT_ACKNOWLEDGEMENTS && options->uuid == NULL)
    {
      g_set_error_literal (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHOICE, _("Choose the record to export."));
      return FALSE;
    }
  if (options->no_personal_data)
    {
      _rp_anonymiser_init (&anonymiser);
      w.anonymiser = &anonymiser;
    }
  profile = rp_store_get_profile (store);
  title = options->title && *options->title ? g_strdup (options->title)
        : profile ? g_strdup_printf (_("From %s"), rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME))
        : g_strdup (_("Rapport bundle"));

  /* One snapshot for every table, whatever others write meanwhile */
  snapshot = sqlite3_get_autocommit (store->db) && _rp_store_exec (store, "BEGIN", NULL);
  w.buf = g_string_sized_new (FLUSH_AT + 256 * 1024);
  g_string_append (w.buf, "{\n");
  member (&w, "format", RP_BUNDLE_FORMAT);
  g_string_append_printf (w.buf, "  \"version\": %d,\n", RP_BUNDLE_VERSION);
  member (&w, "exported_at", now);
  member (&w, "exported_by", options->no_personal_data ? _("Withheld") : rp_store_get_user (store));
  member (&w, "generator", generator);
  member (&w, "title", title);
  member (&w, "note", options->note && *options->note ? options->note : NULL);
  g_string_append (w.buf, "  \"scope\": ");
  append_string (w.buf, scope_name (options->what));

  ok = export_body (&w, options, error);
  if (ok)
    {
      g_string_append (w.buf, "\n}\n");
      ok = flush (&w, error);
    }
  if (snapshot)
    _rp_store_exec (store, "COMMIT", NULL);

  if (options->no_personal_data)
    _rp_anonymiser_clear (&anonymiser);
  g_string_free (w.buf, TRUE);
  if (ok && n_records != NULL)
    *n_records = w.n_records;
  return ok;
}

/* Written beside the target and renamed into place: a failed export leaves no half file. */
gboolean
rp_bundle_export_file (RpStore                *store,
                       const RpExportOptions  *options,
                       GFile                  *file,
                       guint                  *n_records,
                       GCancellable           *cancellable,
                       GError                **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local_error);
  if (stream == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO, _("Cannot write “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  if (!rp_bundle_export (store, options, G_OUTPUT_STREAM (stream), n_records, cancellable, &local_error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      /* Closing a cancelled replace stream leaves the old file in place. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
