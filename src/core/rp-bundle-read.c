/* rp-bundle-read.c — never trust the file: read it record by record, check each one,
 * stage it on disk, then check what only the whole bundle can tell, in SQL
 *
 * Memory stays the same whatever the size of the file: the reader keeps one token,
 * a record being read is one reused RpRecord per kind, and what was read goes to a
 * database of its own in the user's cache folder. References, duplicate UUIDs,
 * natural keys and cycles of parents are found with queries after the last record.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "rp-bundle-private.h"
#include "rp-json-reader.h"
#include "rp-record-private.h"
#include "rp-store-private.h"
#include "rp-util.h"

#include "rp-bundle-loader.h"

static const RpJsonLimits limits = {
  .max_depth = RP_BUNDLE_MAX_DEPTH,
  .max_string = RP_BUNDLE_MAX_STRING,
  .max_key = 1024,
  .max_members = RP_BUNDLE_MAX_MEMBERS,
  .max_values = RP_BUNDLE_MAX_VALUES,
};


/* Staging */

static char *
staging_dir (void)
{
  return g_build_filename (g_get_user_cache_dir (), "rapport", NULL);
}

/* Files of bundles read by a process that was killed before it could remove them */
static void
remove_stale_staging (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      gint64 pid;

      if (!g_str_has_prefix (name, "bundle-") || !g_str_has_suffix (name, ".db"))
        continue;
      pid = g_ascii_strtoll (name + strlen ("bundle-"), NULL, 10);
      if (pid > 0 && pid != getpid () && kill ((pid_t) pid, 0) != 0 && errno == ESRCH)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);

          g_unlink (path);
        }
    }
}

static void
stage_free_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static gboolean
stage_open (RpBundle  *self,
            GError   **error)
{
  g_autofree char *dir = staging_dir ();
  g_autofree char *template = NULL;
  g_autoptr(GString) ddl = g_string_new ("CREATE TABLE s_entry (_e INTEGER PRIMARY KEY, kind INTEGER NOT NULL, idx INTEGER NOT NULL, uuid TEXT);\n");
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  int fd, rc;

  /* Without a cache folder (a HOME of /dev/null, a read-only one) the system's temporary
   * folder still lets the bundle be read. */
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_free (dir);
      dir = g_strdup (g_get_tmp_dir ());
    }
  remove_stale_staging (dir);
  template = g_strdup_printf ("%s/bundle-%d-XXXXXX.db", dir, (int) getpid ());
  fd = g_mkstemp_full (template, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO, _("Cannot create a file in “%s”: %s."), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  self->path = g_steal_pointer (&template);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, stage_free_statement);
  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      _rp_bundle_set_sql_error (self->db, rc, error);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  for (guint k = 0; k < n_kinds; k++)
    {
      g_string_append_printf (ddl, "CREATE TABLE \"s_%s\" (_e INTEGER PRIMARY KEY, _idx INTEGER NOT NULL, "
                                   "_st INTEGER, _tk INTEGER NOT NULL DEFAULT 0, _mine TEXT, _adopt INTEGER NOT NULL DEFAULT 0, "
                                   "_st2 INTEGER, _mine2 TEXT, _adopt2 INTEGER NOT NULL DEFAULT 0, "
                                   "\"uuid\", \"created_at\", \"updated_at\"", kinds[k]->name);
      for (guint i = 0; i < kinds[k]->n_fields; i++)
        g_string_append_printf (ddl, ", \"%s\"", kinds[k]->fields[i].name);
      g_string_append (ddl, ");\n");
    }
  /* A scratch copy: no journal, no syncing; the cache keeps a bundle of any size at a
   * few tens of MB. */
  return _rp_bundle_exec (self->db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                                    "PRAGMA cache_size = -32768; PRAGMA temp_store = FILE", error) &&
         _rp_bundle_exec (self->db, ddl->str, error) &&
         _rp_bundle_exec (self->db, "BEGIN", error);
}

static sqlite3_stmt *
insert_statement (Loader        *l,
                  const RpKind  *kind,
                  GError       **error)
{
  guint k = rp_kind_get_index (kind);

  if (l->inserts[k] == NULL)
    {
      g_autoptr(GString) sql = g_string_new (NULL);
      int rc;

      g_string_printf (sql, "INSERT INTO \"s_%s\" (\"uuid\", \"created_at\", \"updated_at\"", kind->name);
      for (guint i = 0; i < kind->n_fields; i++)
        g_string_append_printf (sql, ", \"%s\"", kind->fields[i].name);
      g_string_append (sql, ", _e, _idx) VALUES (?1, ?2, ?3");
      for (guint i = 0; i < kind->n_fields + 2; i++)
        g_string_append_printf (sql, ", ?%u", i + 4);
      g_string_append (sql, ")");
      rc = sqlite3_prepare_v3 (l->bundle->db, sql->str, -1, SQLITE_PREPARE_PERSISTENT, &l->inserts[k], NULL);
      if (rc != SQLITE_OK)
        {
          _rp_bundle_set_sql_error (l->bundle->db, rc, error);
          return NULL;
        }
    }
  return l->inserts[k];
}

gboolean
_rp_loader_stage_record (Loader        *l,
                         RpRecord      *record,
                         gint64         idx,
                         GError       **error)
{
  const RpKind *kind = rp_record_get_kind (record);
  sqlite3_stmt *stmt = insert_statement (l, kind, error);
  gint64 e = ++l->next_e;
  int rc;

  if (stmt == NULL)
    return FALSE;
  _rp_store_bind_record (stmt, record);
  sqlite3_bind_int64 (stmt, (int) kind->n_fields + 4, e);
  sqlite3_bind_int64 (stmt, (int) kind->n_fields + 5, idx);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      sqlite3_bind_int64 (l->insert_entry, 1, e);
      sqlite3_bind_int (l->insert_entry, 2, (int) rp_kind_get_index (kind));
      sqlite3_bind_int64 (l->insert_entry, 3, idx);
      sqlite3_bind_text (l->insert_entry, 4, rp_record_get_uuid (record), -1, SQLITE_STATIC);
      rc = sqlite3_step (l->insert_entry);
      sqlite3_reset (l->insert_entry);
    }
  if (rc != SQLITE_DONE)
    {
      _rp_bundle_set_sql_error (l->bundle->db, rc, error);
      return FALSE;
    }
  l->bundle->counts[rp_kind_get_index (kind)]++;
  l->bundle->n_records++;
  return TRUE;
}

/* Problems and notes */

gboolean
_rp_loader_problem (Loader     *l,
                    const char *path,
                    const char *what)
{
  return _rp_bundle_add_problem (l->problems, &l->stopped, path, what);
}

/* A problem more; at the limit, reading stops (@stopped). FALSE once stopped. */
gboolean
_rp_bundle_add_problem (GPtrArray  *problems,
                        gboolean   *stopped,
                        const char *path,
                        const char *what)
{
  _rp_bundle_problem (problems, path, "%s", what);
  if (problems->len >= RP_BUNDLE_MAX_PROBLEMS)
    *stopped = TRUE;
  return !*stopped;
}

/* A problem at $.plural[idx] or, with @field, at $.plural[idx].field */
void
_rp_loader_field_problem (Loader       *l,
                          const RpKind *kind,
                          gint64        idx,
                          const char   *field,
                          const char   *format,
                          ...)
{
  g_autofree char *what = NULL;
  g_autofree char *path = _rp_bundle_record_path (kind, idx, NULL);
  g_autofree char *where = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  where = field ? rp_json_path_append_key (path, field) : g_strdup (path);
  _rp_loader_problem (l, where, what);
}

void
_rp_loader_note (Loader     *l,
                 const char *key,
                 char       *text)
{
  gpointer index;

  if (g_hash_table_lookup_extended (l->notes_by_key, key, NULL, &index))
    {
      g_array_index (l->notes_list, Note, GPOINTER_TO_UINT (index)).more++;
      g_free (text);
      return;
    }
  if (l->notes_list->len >= MAX_NOTES)
    {
      l->notes_left_out++;
      g_free (text);
      return;
    }
  g_hash_table_insert (l->notes_by_key, g_strdup (key), GUINT_TO_POINTER (l->notes_list->len));
  g_array_append_val (l->notes_list, ((Note) { .text = text }));
}

static void
finish_notes (Loader *l)
{
  for (guint i = 0; i < l->notes_list->len; i++)
    {
      Note *n = &g_array_index (l->notes_list, Note, i);

      if (n->more > 0)
        g_ptr_array_add (l->bundle->notes,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (and in %u more record)",
                                                       "%s (and in %u more records)", n->more),
                                          n->text, n->more));
      else
        g_ptr_array_add (l->bundle->notes, g_strdup (n->text));
      g_free (n->text);
    }
  g_array_set_size (l->notes_list, 0);
  if (l->notes_left_out > 0)
    g_ptr_array_add (l->bundle->notes,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more name that Rapport does not know was ignored.",
                                                   "%u more names that Rapport does not know were ignored.",
                                                   l->notes_left_out), l->notes_left_out));
}

/* Reading */

gboolean
_rp_loader_json_error (Loader  *l,
                       GError  *local_error,
                       GError **error)
{
  if (g_error_matches (local_error, RP_JSON_ERROR, RP_JSON_ERROR_IO))
    g_set_error_literal (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO, local_error->message);
  else
    g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_JSON,
                 _("This is not a file Rapport can read as a bundle. %s"), local_error->message);
  g_error_free (local_error);
  return FALSE;
}

RpJsonToken
_rp_loader_next (Loader  *l,
                 GError **error)
{
  GError *local_error = NULL;
  RpJsonToken token = rp_json_reader_next (l->reader, &local_error);

  if (token == RP_JSON_TOKEN_ERROR)
    _rp_loader_json_error (l, local_error, error);
  return token;
}

gboolean
_rp_loader_skip (Loader      *l,
                 RpJsonToken  token,
                 GError     **error)
{
  GError *local_error = NULL;

  /* next() has already said what is wrong */
  if (token == RP_JSON_TOKEN_ERROR)
    return FALSE;
  if (!rp_json_reader_skip (l->reader, token, &local_error))
    return _rp_loader_json_error (l, local_error, error);
  return TRUE;
}

static gboolean
header_string (Loader      *l,
               const char  *name,
               char       **out,
               GError     **error)
{
  RpJsonToken token = _rp_loader_next (l, error);
  g_autofree char *path = g_strdup_printf ("$.%s", name);

  if (token == RP_JSON_TOKEN_ERROR)
    return FALSE;
  if (token == RP_JSON_TOKEN_STRING)
    {
      /* Overrides in a sender's name or title could make the line around it read as
       * something else (DESIGN §5). */
      g_free (*out);
      *out = rp_text_strip_bidi (rp_json_reader_get_string (l->reader, NULL));
      if (**out == '\0')
        g_clear_pointer (out, g_free);
      return TRUE;
    }
  if (token != RP_JSON_TOKEN_NULL)
    _rp_loader_problem (l, path, _("must be text."));
  return _rp_loader_skip (l, token, error);
}

static gboolean
not_a_bundle (GError **error)
{
  g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_NOT_BUNDLE,
               _("This is JSON, but not a Rapport bundle: a bundle is an object whose “format” is “%s”."),
               RP_BUNDLE_FORMAT);
  return FALSE;
}

static gboolean
read_top (Loader  *l,
          GError **error)
{
  RpJsonToken token = _rp_loader_next (l, error);

  if (token == RP_JSON_TOKEN_ERROR)
    return FALSE;
  if (token != RP_JSON_TOKEN_BEGIN_OBJECT)
    {
      /* Valid JSON first, so the message does not call a broken file JSON */
      if (!_rp_loader_skip (l, token, error) || _rp_loader_next (l, error) == RP_JSON_TOKEN_ERROR)
        return FALSE;
      return not_a_bundle (error);
    }
  for (;;)
    {
      g_autofree char *name = NULL;
      const RpKind *kind;

      token = _rp_loader_next (l, error);
      if (token == RP_JSON_TOKEN_ERROR)
        return FALSE;
      if (token == RP_JSON_TOKEN_END_OBJECT)
        break;
      name = g_strdup (rp_json_reader_get_string (l->reader, NULL));
      if (g_str_equal (name, "format"))
        {
          token = _rp_loader_next (l, error);
          if (token == RP_JSON_TOKEN_ERROR)
            return FALSE;
          if (token != RP_JSON_TOKEN_STRING || !g_str_equal (rp_json_reader_get_string (l->reader, NULL), RP_BUNDLE_FORMAT))
            return not_a_bundle (error);
          l->seen_format = TRUE;
        }
      else if (g_str_equal (name, "version"))
        {
          token = _rp_loader_next (l, error);
          if (token == RP_JSON_TOKEN_ERROR)
            return FALSE;
          if (token != RP_JSON_TOKEN_NUMBER || !rp_json_reader_get_is_integer (l->reader))
            {
              g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_NOT_BUNDLE,
                           _("$.version: the bundle does not say which version of the format it uses (a whole number)."));
              return FALSE;
            }
          l->version = rp_json_reader_get_int (l->reader);
          l->has_version = TRUE;
          if (l->version > RP_BUNDLE_VERSION)
            {
              g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_VERSION,
                           _("This bundle was made by a newer Rapport (format version %d; this one reads version %d). Update Rapport to import it."),
                           (int) MIN (l->version, G_MAXINT), RP_BUNDLE_VERSION);
              return FALSE;
            }
          if (l->version < 1)
            {
              g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_NOT_BUNDLE,
                           _("$.version: %d is not a version of the bundle format."), (int) MAX (l->version, G_MININT));
              return FALSE;
            }
        }
      else if (g_str_equal (name, "title"))
        {
          if (!header_string (l, name, &l->bundle->title, error))
            return FALSE;
        }
      else if (g_str_equal (name, "note"))
        {
          if (!header_string (l, name, &l->bundle->note, error))
            return FALSE;
        }
      else if (g_str_equal (name, "exported_by"))
        {
          if (!header_string (l, name, &l->bundle->exported_by, error))
            return FALSE;
        }
      else if (g_str_equal (name, "exported_at"))
        {
          if (!header_string (l, name, &l->bundle->exported_at, error))
            return FALSE;
        }
      else if (g_str_equal (name, "generator"))
        {
          if (!header_string (l, name, &l->bundle->generator, error))
            return FALSE;
        }
      else if (g_str_equal (name, "scope"))
        {
          if (!_rp_loader_skip (l, _rp_loader_next (l, error), error))
            return FALSE;
        }
      else if ((kind = rp_kind_lookup_plural (name)) != NULL)
        {
          if (!_rp_loader_read_kind (l, kind, error))
            return FALSE;
        }
      else
        {
          g_autofree char *where = rp_json_path_append_key ("$", name);
          g_autofree char *key = g_strdup_printf ("\x1f%s", name);

          _rp_loader_note (l, key, g_strdup_printf (_("%s: ignored; Rapport does not know this part."), where));
          if (!_rp_loader_skip (l, _rp_loader_next (l, error), error))
            return FALSE;
        }
      if (l->stopped)
        return TRUE;
    }
  return _rp_loader_next (l, error) == RP_JSON_TOKEN_END;
}

static RpBundle *
load (RpJsonReader  *reader,
      GPtrArray    **out_problems,
      GError       **error)
{
  g_autoptr(RpBundle) self = g_new0 (RpBundle, 1);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  Loader l = { .bundle = self, .reader = reader, .problems = problems };
  gboolean ok;

  g_mutex_init (&self->lock);
  self->counts = g_new0 (guint, n_kinds);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  if (!stage_open (self, error))
    return NULL;

  l.records = g_new0 (RpRecord *, n_kinds);
  l.inserts = g_new0 (sqlite3_stmt *, n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      g_assert (kinds[k]->n_fields <= MAX_FIELDS);
      l.records[k] = rp_record_new (kinds[k]);
    }
  l.notes_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l.notes_list = g_array_new (FALSE, FALSE, sizeof (Note));
  ok = sqlite3_prepare_v3 (self->db, "INSERT INTO s_entry VALUES (?1, ?2, ?3, ?4)", -1,
                           SQLITE_PREPARE_PERSISTENT, &l.insert_entry, NULL) == SQLITE_OK;
  if (!ok)
    _rp_bundle_set_sql_error (self->db, SQLITE_ERROR, error);

  ok = ok && read_top (&l, error);
  if (ok && !l.stopped)
    {
      if (!l.seen_format)
        ok = not_a_bundle (error);
      else if (!l.has_version)
        {
          g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_NOT_BUNDLE,
                       _("$.version: the bundle does not say which version of the format it uses (a whole number)."));
          ok = FALSE;
        }
    }
  if (ok && !l.stopped)
    {
      if (self->title == NULL)
        _rp_loader_problem (&l, "$.title", _("is missing; every bundle has it."));
      if (self->generator == NULL)
        _rp_loader_problem (&l, "$.generator", _("is missing; every bundle has it."));
      if (self->exported_at == NULL)
        _rp_loader_problem (&l, "$.exported_at", _("is missing; every bundle has it."));
      else if (!rp_timestamp_is_valid (self->exported_at))
        {
          g_autofree char *what = g_strdup_printf (_("“%s” is not a date and time."), self->exported_at);

          _rp_loader_problem (&l, "$.exported_at", what);
        }
    }
  ok = ok && _rp_bundle_exec (self->db, "COMMIT", error);
  if (ok && !l.stopped && problems->len == 0)
    ok = _rp_bundle_check_whole (self, problems, &l.stopped, error);
  finish_notes (&l);

  for (guint k = 0; k < n_kinds; k++)
    {
      g_clear_object (&l.records[k]);
      sqlite3_finalize (l.inserts[k]);
    }
  g_free (l.records);
  g_free (l.inserts);
  sqlite3_finalize (l.insert_entry);
  g_hash_table_unref (l.notes_by_key);
  g_array_unref (l.notes_list);

  if (!ok)
    return NULL;
  if (problems->len > 0)
    {
      _rp_bundle_fail_with_problems (problems, l.stopped, error);
      if (out_problems != NULL)
        *out_problems = g_steal_pointer (&problems);
      return NULL;
    }
  return g_steal_pointer (&self);
}

RpBundle *
rp_bundle_load_data (const char  *data,
                     gsize        length,
                     GPtrArray  **problems,
                     GError     **error)
{
  g_autoptr(RpJsonReader) reader = NULL;

  if (length > RP_BUNDLE_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *max = g_format_size_full (RP_BUNDLE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_TOO_LARGE,
                   _("The file is %s; bundles of up to %s are accepted."), size, max);
      return NULL;
    }
  reader = rp_json_reader_new_for_data (data, length, &limits);
  return load (reader, problems, error);
}

RpBundle *
rp_bundle_load_file (GFile      *file,
                     GPtrArray **problems,
                     GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(RpJsonReader) reader = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO, _("Cannot read “%s”: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO, _("“%s” is not a file."), name);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > RP_BUNDLE_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (g_file_info_get_size (info), G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *max = g_format_size_full (RP_BUNDLE_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_TOO_LARGE,
                   _("“%s” is %s; bundles of up to %s are accepted."), name, size, max);
      return NULL;
    }
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO, _("Cannot read “%s”: %s"), name, local_error->message);
      return NULL;
    }
  reader = rp_json_reader_new (G_INPUT_STREAM (stream), &limits);
  return load (reader, problems, error);
}
