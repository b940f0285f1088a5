/* rp-store.c — the store object: SQL of each kind, errors, rows to records, writes with
 * their journal entry, and transactions (reading, saving, watching in rp-store-*.c)
 *
 * SQL here is composed only from the static descriptions of rp-kinds.c (table
 * and column names); every value travels as a bound parameter.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-store-private.h"
#include "rp-record-private.h"
#include "rp-util.h"

G_DEFINE_TYPE (RpStore, rp_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (rp-store-error-quark, rp_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  char *select_sql; /* SELECT columns FROM table */
  char *upsert_sql;
} KindSql;

static const KindSql *
kind_sql (const RpKind *kind)
{
  static KindSql *cache;

  if (g_once_init_enter (&cache))
    {
      guint n_kinds;
      const RpKind *const *kinds = rp_kinds (&n_kinds);
      KindSql *array = g_new0 (KindSql, n_kinds);

      for (guint k = 0; k < n_kinds; k++)
        {
          const RpKind *kd = kinds[k];
          g_autoptr(GString) cols = g_string_new ("\"uuid\", \"created_at\", \"updated_at\"");
          g_autoptr(GString) params = g_string_new ("?1, ?2, ?3");
          g_autoptr(GString) updates = g_string_new ("\"updated_at\" = excluded.\"updated_at\"");

          for (guint i = 0; i < kd->n_fields; i++)
            {
              g_string_append_printf (cols, ", \"%s\"", kd->fields[i].name);
              g_string_append_printf (params, ", ?%u", i + 4);
              g_string_append_printf (updates, ", \"%s\" = excluded.\"%s\"",
                                      kd->fields[i].name, kd->fields[i].name);
            }
          array[k].select_sql = g_strdup_printf ("SELECT %s FROM \"%s\"", cols->str, kd->name);
          array[k].upsert_sql = g_strdup_printf ("INSERT INTO \"%s\" (%s) VALUES (%s) "
                                                 "ON CONFLICT (\"uuid\") DO UPDATE SET %s",
                                                 kd->name, cols->str, params->str, updates->str);
        }
      g_once_init_leave (&cache, array);
    }
  return &cache[rp_kind_get_index (kind)];
}

const char *
_rp_store_select_sql (const RpKind *kind)
{
  return kind_sql (kind)->select_sql;
}

static void
rp_store_finalize (GObject *object)
{
  RpStore *self = RP_STORE (object);

  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_object (&self->background);
  g_mutex_clear (&self->reader_lock);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* A clean close checkpoints the WAL back into the file. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  if (self->held)
    _rp_store_path_release (self->path);
  g_clear_pointer (&self->changed_kinds, g_hash_table_unref);
  g_clear_pointer (&self->models, g_hash_table_unref);
  g_free (self->path);
  g_free (self->user);
  g_free (self->history_at);
  g_free (self->history_who);
  if (self->history_journal != NULL)
    {
      /* Written neither flushed nor kept: a failed sample */
      for (guint i = 0; i < self->history_journal->len; i++)
        {
          char **row = self->history_journal->pdata[i];

          for (int c = 0; c < 6; c++)
            g_free (row[c]);
          g_free (row);
        }
      g_ptr_array_unref (self->history_journal);
    }

  G_OBJECT_CLASS (rp_store_parent_class)->finalize (object);
}

static void
rp_store_class_init (RpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_store_finalize;

  /**
   * RpStore::changed:
   * @kind_name: the kind of record that changed
   *
   * Emitted after a transaction that wrote records of @kind_name has committed.
   * The detail is the kind's name.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
rp_store_init (RpStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->changed_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  self->models = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->user = g_strdup (g_get_real_name ());
  g_mutex_init (&self->reader_lock);
}

/* Errors */

void
_rp_store_set_error_for (sqlite3    *db,
                         int         rc,
                         const char *path,
                         const char *what,
                         GError    **error)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  g_autofree char *name = path != NULL ? g_path_get_basename (path) : g_strdup ("");

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_LOCKED,
                   _("%s: the workspace “%s” is in use by another program. Try again when it has finished."),
                   what, name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_READ_ONLY,
                   _("%s: the workspace “%s” cannot be written (%s)."), what, name, detail);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CORRUPT,
                   _("%s: the workspace “%s” is damaged (%s). Restore it from a backup."),
                   what, name, detail);
      break;
    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT,
                     _("%s: it refers to a record that is not in the workspace."), what);
      else if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT,
                     _("%s: the workspace already has that record."), what);
      else
        g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT,
                     _("%s: the workspace refused it (%s)."), what, detail);
      break;
    case SQLITE_FULL:
    case SQLITE_IOERR:
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_IO,
                   _("%s: the disk refused to write (%s). Nothing was changed."), what, detail);
      break;
    default:
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_FAILED, "%s: %s", what, detail);
      break;
    }
}

void
_rp_store_set_error (RpStore    *self,
                     int         rc,
                     const char *what,
                     GError    **error)
{
  _rp_store_set_error_for (self->db, rc, self->path, what, error);
}

sqlite3_stmt *
_rp_store_prepare (RpStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _rp_store_set_error (self, rc, _("Could not read the workspace"), error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* One number from SQL the store wrote itself; 0 when it cannot be read. */
gint64
_rp_store_query_int64 (RpStore    *self,
                       const char *sql)
{
  sqlite3_stmt *stmt = _rp_store_prepare (self, sql, NULL);
  gint64 value = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

gboolean
_rp_store_exec (RpStore     *self,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _rp_store_set_error (self, rc, _("Could not write to the workspace"), error);
      return FALSE;
    }
  return TRUE;
}

/* Rows and records */

RpRecord *
_rp_store_record_from_row (const RpKind *kind,
                           sqlite3_stmt *stmt)
{
  RpRecord *record = rp_record_new (kind);

  _rp_record_set_identity (record,
                           (const char *) sqlite3_column_text (stmt, 0),
                           (const char *) sqlite3_column_text (stmt, 1),
                           (const char *) sqlite3_column_text (stmt, 2));
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      int col = (int) i + 3;
      gboolean is_null = sqlite3_column_type (stmt, col) == SQLITE_NULL;
      g_auto(GValue) value = G_VALUE_INIT;

      switch (field->type)
        {
        case RP_FIELD_INT:
          g_value_init (&value, G_TYPE_INT64);
          g_value_set_int64 (&value, sqlite3_column_int64 (stmt, col));
          break;
        case RP_FIELD_REAL:
          g_value_init (&value, G_TYPE_DOUBLE);
          g_value_set_double (&value, is_null ? NAN : sqlite3_column_double (stmt, col));
          break;
        case RP_FIELD_BOOL:
          g_value_init (&value, G_TYPE_BOOLEAN);
          g_value_set_boolean (&value, sqlite3_column_int (stmt, col) != 0);
          break;
        case RP_FIELD_TEXT:
        case RP_FIELD_DATE:
        case RP_FIELD_PERIOD:
        case RP_FIELD_ENUM:
        case RP_FIELD_REF:
        default:
          g_value_init (&value, G_TYPE_STRING);
          g_value_set_string (&value, (const char *) sqlite3_column_text (stmt, col));
          break;
        }
      rp_record_set_value (record, i, &value);
    }
  return record;
}

void
_rp_store_bind_record (sqlite3_stmt *stmt,
                       RpRecord     *record)
{
  const RpKind *kind = rp_record_get_kind (record);

  sqlite3_bind_text (stmt, 1, rp_record_get_uuid (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, rp_record_get_created_at (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, rp_record_get_updated_at (record), -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const GValue *value = rp_record_get_value (record, i);
      int param = (int) i + 4;

      switch (kind->fields[i].type)
        {
        case RP_FIELD_INT:
          sqlite3_bind_int64 (stmt, param, g_value_get_int64 (value));
          break;
        case RP_FIELD_REAL:
          if (isnan (g_value_get_double (value)))
            sqlite3_bind_null (stmt, param);
          else
            sqlite3_bind_double (stmt, param, g_value_get_double (value));
          break;
        case RP_FIELD_BOOL:
          sqlite3_bind_int (stmt, param, g_value_get_boolean (value) ? 1 : 0);
          break;
        case RP_FIELD_TEXT:
        case RP_FIELD_DATE:
        case RP_FIELD_PERIOD:
        case RP_FIELD_ENUM:
        case RP_FIELD_REF:
        default:
          if (g_value_get_string (value) == NULL)
            sqlite3_bind_null (stmt, param);
          else
            sqlite3_bind_text (stmt, param, g_value_get_string (value), -1, SQLITE_TRANSIENT);
          break;
        }
    }
}

void
_rp_store_mark_changed (RpStore      *self,
                        const RpKind *kind)
{
  g_hash_table_add (self->changed_kinds, (gpointer) kind->name);
}

/* Writes a record as it is, timestamps included; no journal. Import and undo use it. */
gboolean
_rp_store_put (RpStore   *self,
               RpRecord  *record,
               GError   **error)
{
  const RpKind *kind = rp_record_get_kind (record);
  sqlite3_stmt *stmt = _rp_store_prepare (self, kind_sql (kind)->upsert_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _rp_store_bind_record (stmt, record);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_autofree char *title = rp_record_dup_title (record);
      g_autofree char *what = g_strdup_printf (_("Could not save %s “%s”"),
                                               rp_kind_get_label (kind), title);

      _rp_store_set_error (self, rc, what, error);
      return FALSE;
    }
  _rp_store_mark_changed (self, kind);
  return TRUE;
}

gboolean
_rp_store_journal (RpStore     *self,
                   const char  *record_kind,
                   const char  *record_uuid,
                   const char  *action,
                   const char  *summary,
                   GError     **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = rp_timestamp_now ();
  sqlite3_stmt *stmt;
  int rc;

  /* A made-up past is journaled at its own moments, in their order, by its own people */
  if (self->history && self->history_journal != NULL)
    {
      char **row = g_new0 (char *, 7);

      row[0] = g_strdup (self->history_at ? self->history_at : now);
      row[1] = g_strdup (self->history_who ? self->history_who : self->user);
      row[2] = g_strdup (record_kind);
      row[3] = g_strdup (record_uuid);
      row[4] = g_strdup (action);
      row[5] = g_strdup (summary);
      g_ptr_array_add (self->history_journal, row);
      return TRUE;
    }
  stmt = _rp_store_prepare (self,
                            "INSERT INTO journal_entry (uuid, created_at, updated_at, who, "
                            "record_kind, record_uuid, action, summary) "
                            "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->user, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, record_kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, record_uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, summary, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _rp_store_set_error (self, rc, _("Could not write the journal"), error);
      return FALSE;
    }
  _rp_store_mark_changed (self, rp_kind_get (RP_KIND_JOURNAL_ENTRY));
  return TRUE;
}

/* Transactions */

gboolean
rp_store_begin (RpStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);

  /* IMMEDIATE takes the write lock now, so a busy workspace shows up here and not halfway. */
  sql = self->depth == 0 ? g_strdup ("BEGIN IMMEDIATE")
                         : g_strdup_printf ("SAVEPOINT rp%d", self->depth);
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _rp_store_set_error (self, rc, _("Could not write to the workspace"), error);
      return FALSE;
    }
  self->depth++;
  return TRUE;
}

void
_rp_store_emit_changed (RpStore *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->changed_kinds);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, key);
  g_hash_table_remove_all (self->changed_kinds);

  g_object_ref (self);
  for (guint i = 0; i < names->len; i++)
    g_signal_emit (self, signals[CHANGED], g_quark_from_string (names->pdata[i]),
                   (const char *) names->pdata[i]);
  g_object_unref (self);
}

gboolean
rp_store_commit (RpStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  sql = self->depth == 1 ? g_strdup ("COMMIT")
                         : g_strdup_printf ("RELEASE rp%d", self->depth - 1);
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _rp_store_set_error (self, rc, _("Could not write to the workspace"), error);
      rp_store_rollback (self);
      return FALSE;
    }
  self->depth--;
  if (self->depth == 0)
    {
      /* Nobody else wrote since the last look: the journal's newest entries are ours. */
      if (!self->reader && _rp_store_query_int64 (self, "PRAGMA data_version") == self->data_version)
        self->journal_seen = _rp_store_query_int64 (self, "SELECT coalesce (max (id), 0) FROM journal_entry");
      _rp_store_emit_changed (self);
    }
  return TRUE;
}

void
rp_store_rollback (RpStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (RP_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO rp%d; RELEASE rp%d", self->depth - 1, self->depth - 1);
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  self->depth--;
  if (self->depth == 0)
    g_hash_table_remove_all (self->changed_kinds);
}
