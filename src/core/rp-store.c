/* rp-store.c — reading and writing records, transactions, the journal, undo
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

/* Public API */

const char *
rp_store_get_path (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  return self->path;
}

int
rp_store_get_schema_version (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), 0);
  return self->schema_version;
}

void
rp_store_set_user (RpStore    *self,
                   const char *user)
{
  g_return_if_fail (RP_IS_STORE (self));

  g_free (self->user);
  self->user = (user != NULL && *user != '\0') ? g_strdup (user) : g_strdup (g_get_real_name ());
}

const char *
rp_store_get_user (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  return self->user;
}

RpRecord *
rp_store_get (RpStore    *self,
              RpKindId    kind_id,
              const char *uuid)
{
  const RpKind *kind = rp_kind_get (kind_id);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  RpRecord *record = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  if (uuid == NULL)
    return NULL;
  sql = g_strdup_printf ("%s WHERE \"uuid\" = ?1", kind_sql (kind)->select_sql);
  stmt = _rp_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    record = _rp_store_record_from_row (kind, stmt);
  sqlite3_reset (stmt);
  return record;
}

/* For what names a record by its kind's name: the journal, links between views. */
RpRecord *
rp_store_lookup (RpStore    *self,
                 const char *kind_name,
                 const char *uuid)
{
  const RpKind *kind = kind_name != NULL ? rp_kind_lookup (kind_name) : NULL;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  return kind != NULL ? rp_store_get (self, rp_kind_get_index (kind), uuid) : NULL;
}

RpRecord *
rp_store_get_profile (RpStore *self)
{
  g_autoptr(GListModel) list = rp_store_list (self, RP_KIND_PROFILE, RP_FIELD_NONE, NULL);

  return g_list_model_get_item (list, 0);
}

/* The field's column name, checking that it is one of @kind's (NULL for none). */
static const char *
column_of (const RpKind *kind,
           RpFieldId     field)
{
  if (field == RP_FIELD_NONE)
    return NULL;
  g_return_val_if_fail (RP_FIELD_KIND (field) == rp_kind_get_index (kind), NULL);
  return rp_field_get (field)->name;
}

GListModel *
rp_store_list (RpStore    *self,
               RpKindId    kind_id,
               RpFieldId   field_id,
               const char *value)
{
  const RpKind *kind = rp_kind_get (kind_id);
  const char *field;
  GListStore *list;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (field_id == RP_FIELD_NONE || RP_FIELD_KIND (field_id) == kind_id, NULL);

  field = column_of (kind, field_id);
  list = g_list_store_new (RP_TYPE_RECORD);
  if (field != NULL)
    sql = g_strdup_printf ("%s WHERE \"%s\" IS ?1 ORDER BY %s",
                           kind_sql (kind)->select_sql, field, kind->order_by);
  else
    sql = g_strdup_printf ("%s ORDER BY %s", kind_sql (kind)->select_sql, kind->order_by);
  stmt = _rp_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  if (field != NULL)
    sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (records, _rp_store_record_from_row (kind, stmt));
  sqlite3_reset (stmt);
  g_list_store_splice (list, 0, 0, records->pdata, records->len);
  return G_LIST_MODEL (list);
}

RpRecord *
rp_store_find (RpStore    *self,
               RpKindId    kind_id,
               RpFieldId   field1_id,
               const char *value1,
               RpFieldId   field2_id,
               const char *value2)
{
  const RpKind *kind = rp_kind_get (kind_id);
  g_autofree char *sql = NULL;
  const char *field1, *field2;
  sqlite3_stmt *stmt;
  RpRecord *record = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (field1_id != RP_FIELD_NONE && RP_FIELD_KIND (field1_id) == kind_id, NULL);
  g_return_val_if_fail (field2_id == RP_FIELD_NONE || RP_FIELD_KIND (field2_id) == kind_id, NULL);

  field1 = column_of (kind, field1_id);
  field2 = column_of (kind, field2_id);

  if (field2 != NULL)
    sql = g_strdup_printf ("%s WHERE \"%s\" IS ?1 AND \"%s\" IS ?2 ORDER BY %s LIMIT 1",
                           kind_sql (kind)->select_sql, field1, field2, kind->order_by);
  else
    sql = g_strdup_printf ("%s WHERE \"%s\" IS ?1 ORDER BY %s LIMIT 1",
                           kind_sql (kind)->select_sql, field1, kind->order_by);
  stmt = _rp_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, value1, -1, SQLITE_TRANSIENT);
  if (field2 != NULL)
    sqlite3_bind_text (stmt, 2, value2, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    record = _rp_store_record_from_row (kind, stmt);
  sqlite3_reset (stmt);
  return record;
}

guint
rp_store_count_where (RpStore    *self,
                      RpKindId    kind_id,
                      RpFieldId   field_id,
                      const char *value)
{
  const RpKind *kind = rp_kind_get (kind_id);
  g_autofree char *sql = NULL;
  const char *field;
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (RP_IS_STORE (self), 0);
  g_return_val_if_fail (kind != NULL, 0);
  g_return_val_if_fail (field_id == RP_FIELD_NONE || RP_FIELD_KIND (field_id) == kind_id, 0);

  field = column_of (kind, field_id);

  if (field != NULL)
    sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE \"%s\" IS ?1", kind->name, field);
  else
    sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", kind->name);
  stmt = _rp_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return 0;
  if (field != NULL)
    sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

guint
rp_store_count (RpStore  *self,
                RpKindId  kind)
{
  return rp_store_count_where (self, kind, RP_FIELD_NONE, NULL);
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

static void
emit_changed (RpStore *self)
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
      emit_changed (self);
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

/* Saving */

/* "Kind “title”" of a referenced record, or NULL */
static char *
describe_ref (RpStore    *self,
              const char *kind_name,
              const char *uuid)
{
  const RpKind *kind = rp_kind_lookup (kind_name);
  g_autoptr(RpRecord) record = kind && uuid ? rp_store_get (self, rp_kind_get_index (kind), uuid) : NULL;
  g_autofree char *title = record ? rp_record_dup_title (record) : NULL;

  return title ? g_strdup_printf ("%s “%s”", rp_kind_get_label (kind), title) : NULL;
}

/* A record in words a reader of the journal knows: a link by the two records it joins, a
 * record titled by a date or month by what it belongs to. */
static char *
describe_record (RpStore  *self,
                 RpRecord *record)
{
  const RpKind *kind = rp_record_get_kind (record);
  g_autofree char *title = rp_record_dup_title (record);
  const RpField *title_field = kind->title_field ? rp_kind_get_field (kind, kind->title_field) : NULL;
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];

      if (field->type == RP_FIELD_REF && (field->flags & RP_FIELD_OWNER))
        {
          char *owner = describe_ref (self, field->ref_kind, rp_record_get_string (record, RP_FIELD_ID (rp_kind_get_index (kind), i)));

          if (owner != NULL)
            g_ptr_array_add (owners, owner);
        }
    }
  if ((kind->flags & RP_KIND_LINK) && owners->len == 2)
    /* Translators: "Objective served: Principle “Answer within a day” and Corporate objective “Keep promises”" */
    return g_strdup_printf (_("%s: %s and %s"), rp_kind_get_label (kind), (char *) owners->pdata[0], (char *) owners->pdata[1]);
  if (owners->len > 0 &&
      (title_field == NULL || title_field->type == RP_FIELD_DATE || title_field->type == RP_FIELD_PERIOD ||
       title_field->type == RP_FIELD_INT || title_field->type == RP_FIELD_REAL || title_field->type == RP_FIELD_ENUM))
    /* Translators: "Review “2026-12-01” of Strategy “Win back trust”" */
    return g_strdup_printf (_("%s “%s” of %s"), rp_kind_get_label (kind), title, (char *) owners->pdata[0]);
  return g_strdup_printf ("%s “%s”", rp_kind_get_label (kind), title);
}

/* What an update changed, field by field: "Rationale: “…” → “…”; Weight: 1 → 2" */
static char *
describe_changes (RpRecord *before,
                  RpRecord *after)
{
  const RpKind *kind = rp_record_get_kind (after);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      if (field->flags & RP_FIELD_HIDDEN)
        continue;
      a = rp_record_format_field (before, i);
      b = rp_record_format_field (after, i);
      if (g_strcmp0 (a, b) == 0)
        continue;
      if (n++ >= 6)
        {
          g_string_append (out, "; …");
          break;
        }
      {
        g_autofree char *from = rp_text_one_line (a && *a ? a : "—", 60);
        g_autofree char *to = rp_text_one_line (b && *b ? b : "—", 60);

        /* Translators: one changed field in the journal, "Rationale: “old” → “new”" */
        g_string_append_printf (out, _("%s%s: “%s” → “%s”"), out->len ? "; " : "", rp_field_get_label (field), from, to);
      }
    }
  return n > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static char *
default_summary (RpStore    *self,
                 RpRecord   *existing,
                 RpRecord   *record,
                 const char *action)
{
  g_autofree char *what = describe_record (self, record);

  if (g_str_equal (action, "created"))
    /* Translators: "Principle “Answer within a day” added" */
    return g_strdup_printf (_("%s added"), what);
  if (g_str_equal (action, "deleted"))
    return g_strdup_printf (_("%s deleted"), what);
  if (g_str_equal (action, "restored"))
    return g_strdup_printf (_("%s restored"), what);
  if (g_str_equal (action, "moved"))
    return g_strdup_printf (_("%s moved"), what);
  if (existing != NULL)
    {
      g_autofree char *changes = describe_changes (existing, record);

      if (changes != NULL)
        /* Translators: "Principle “Answer within a day” changed: Rationale: “…” → “…”" */
        return g_strdup_printf (_("%s changed: %s"), what, changes);
    }
  return g_strdup_printf (_("%s changed"), what);
}

static gboolean
assign_position (RpStore   *self,
                 RpRecord  *record,
                 GError   **error)
{
  const RpKind *kind = rp_record_get_kind (record);
  const RpField *owner = rp_kind_get_owner_field (kind);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (owner != NULL)
    sql = g_strdup_printf ("SELECT coalesce(max(position) + 1, 0) FROM \"%s\" WHERE \"%s\" IS ?1",
                           kind->name, owner->name);
  else
    sql = g_strdup_printf ("SELECT coalesce(max(position) + 1, 0) FROM \"%s\"", kind->name);
  stmt = _rp_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (owner != NULL)
    sqlite3_bind_text (stmt, 1, rp_record_get_string (record, rp_kind_field_id (kind, owner->name)), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    rp_record_set_int (record, rp_kind_field_id (kind, "position"), sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
rp_store_save_as (RpStore     *self,
                  RpRecord    *record,
                  const char  *action,
                  const char  *summary,
                  GError     **error)
{
  const RpKind *kind;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(RpRecord) existing = NULL;
  g_autofree char *now = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_RECORD (record), FALSE);

  kind = rp_record_get_kind (record);
  if (kind->flags & RP_KIND_APPEND_ONLY)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_APPEND_ONLY,
                   _("Journal entries are never changed; add a new entry instead."));
      return FALSE;
    }
  if (!rp_record_validate (record, &local_error))
    {
      g_set_error_literal (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  if (!rp_store_begin (self, error))
    return FALSE;

  existing = rp_store_get (self, rp_kind_get_index (kind), rp_record_get_uuid (record));
  if (existing != NULL && rp_record_content_equal (existing, record) && action == NULL)
    {
      _rp_record_set_identity (record, NULL, rp_record_get_created_at (existing),
                               rp_record_get_updated_at (existing));
      return rp_store_commit (self, error);
    }
  if (!self->history && !_rp_workflow_check_save (self, existing, record, action, error))
    {
      rp_store_rollback (self);
      return FALSE;
    }
  if (existing == NULL && (kind->flags & RP_KIND_SINGLETON) && rp_store_count (self, rp_kind_get_index (kind)) > 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT,
                   _("The workspace already has a %s."), rp_kind_get_label (kind));
      rp_store_rollback (self);
      return FALSE;
    }
  if (existing == NULL && (kind->flags & RP_KIND_ORDERED) && rp_record_get_int (record, rp_kind_field_id (kind, "position")) <= 0 &&
      !assign_position (self, record, error))
    {
      rp_store_rollback (self);
      return FALSE;
    }

  now = rp_timestamp_now ();
  _rp_record_set_identity (record, NULL,
                           existing != NULL ? rp_record_get_created_at (existing) : now, now);
  if (action == NULL)
    action = existing != NULL ? "updated" : "created";
  text = summary != NULL ? g_strdup (summary) : default_summary (self, existing, record, action);

  if (!_rp_store_put (self, record, error) ||
      !_rp_store_journal (self, kind->name, rp_record_get_uuid (record), action, text, error))
    {
      rp_store_rollback (self);
      return FALSE;
    }
  return rp_store_commit (self, error);
}

gboolean
rp_store_save (RpStore   *self,
               RpRecord  *record,
               GError   **error)
{
  return rp_store_save_as (self, record, NULL, NULL, error);
}

gboolean
rp_store_log (RpStore     *self,
              const char  *record_kind,
              const char  *record_uuid,
              const char  *action,
              const char  *summary,
              GError     **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (record_kind != NULL && action != NULL, FALSE);

  if (!rp_store_begin (self, error))
    return FALSE;
  if (!_rp_store_journal (self, record_kind, record_uuid, action, summary, error))
    {
      rp_store_rollback (self);
      return FALSE;
    }
  return rp_store_commit (self, error);
}

/* Deleting and undoing */

static gboolean
change_set_has (GPtrArray  *records,
                const char *uuid)
{
  for (guint i = 0; i < records->len; i++)
    if (g_str_equal (rp_record_get_uuid (records->pdata[i]), uuid))
      return TRUE;
  return FALSE;
}

/* Snapshots what deleting @record takes with it (owned records, recursively) and
 * what it changes (references that the database clears). */
static void
collect_dependents (RpStore     *self,
                    RpRecord    *record,
                    RpChangeSet *set,
                    GHashTable  *seen)
{
  const RpKind *kind = rp_record_get_kind (record);
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  g_hash_table_add (seen, g_strdup (rp_record_get_uuid (record)));
  g_ptr_array_add (set->deleted, g_object_ref (record));

  for (guint k = 0; k < n_kinds; k++)
    for (guint f = 0; f < kinds[k]->n_fields; f++)
      {
        const RpField *field = &kinds[k]->fields[f];
        g_autoptr(GListModel) refs = NULL;

        if (field->type != RP_FIELD_REF || !g_str_equal (field->ref_kind, kind->name))
          continue;
        refs = rp_store_list (self, k, rp_field_id_at (kinds[k], f), rp_record_get_uuid (record));
        for (guint i = 0; i < g_list_model_get_n_items (refs); i++)
          {
            g_autoptr(RpRecord) ref = g_list_model_get_item (refs, i);

            if (g_hash_table_contains (seen, rp_record_get_uuid (ref)))
              continue;
            if (field->flags & RP_FIELD_OWNER)
              collect_dependents (self, ref, set, seen);
            else if (!change_set_has (set->detached, rp_record_get_uuid (ref)))
              g_ptr_array_add (set->detached, g_object_ref (ref));
          }
      }
}

gboolean
rp_store_delete (RpStore      *self,
                 RpRecord     *record,
                 RpChangeSet **undo,
                 GError      **error)
{
  const RpKind *kind;
  g_autoptr(RpChangeSet) set = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_RECORD (record), FALSE);

  kind = rp_record_get_kind (record);
  if (kind->flags & RP_KIND_APPEND_ONLY)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_APPEND_ONLY,
                   _("Journal entries are never deleted."));
      return FALSE;
    }
  if (!rp_store_begin (self, error))
    return FALSE;

  set = g_new0 (RpChangeSet, 1);
  set->deleted = g_ptr_array_new_with_free_func (g_object_unref);
  set->detached = g_ptr_array_new_with_free_func (g_object_unref);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_autoptr(RpRecord) current = rp_store_get (self, rp_kind_get_index (kind), rp_record_get_uuid (record));

    if (current == NULL)
      {
        title = rp_record_dup_title (record);
        g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND,
                     _("%s “%s” is no longer in the workspace."), rp_kind_get_label (kind), title);
        rp_store_rollback (self);
        return FALSE;
      }
    collect_dependents (self, current, set, seen);
  }
  for (guint i = set->detached->len; i > 0; i--)
    if (g_hash_table_contains (seen, rp_record_get_uuid (set->detached->pdata[i - 1])))
      g_ptr_array_remove_index (set->detached, i - 1);

  sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE \"uuid\" = ?1", kind->name);
  stmt = _rp_store_prepare (self, sql, error);
  if (stmt == NULL)
    {
      rp_store_rollback (self);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, rp_record_get_uuid (record), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _rp_store_set_error (self, rc, _("Could not delete"), error);
      rp_store_rollback (self);
      return FALSE;
    }

  summary = default_summary (self, NULL, record, "deleted");
  if (set->deleted->len > 1)
    {
      g_autofree char *base = g_steal_pointer (&summary);

      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s, with %u record that belonged to it",
                                              "%s, with %u records that belonged to it",
                                              set->deleted->len - 1),
                                 base, set->deleted->len - 1);
    }
  for (guint i = 0; i < set->deleted->len; i++)
    _rp_store_mark_changed (self, rp_record_get_kind (set->deleted->pdata[i]));
  for (guint i = 0; i < set->detached->len; i++)
    _rp_store_mark_changed (self, rp_record_get_kind (set->detached->pdata[i]));

  if (!_rp_store_journal (self, kind->name, rp_record_get_uuid (record), "deleted", summary, error) ||
      !rp_store_commit (self, error))
    {
      if (self->depth > 0)
        rp_store_rollback (self);
      return FALSE;
    }
  set->summary = g_steal_pointer (&summary);
  if (undo != NULL)
    *undo = g_steal_pointer (&set);
  return TRUE;
}

gboolean
rp_store_undo (RpStore      *self,
               RpChangeSet  *undo,
               GError      **error)
{
  RpRecord *root;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL && undo->deleted->len > 0, FALSE);

  if (!rp_store_begin (self, error))
    return FALSE;
  /* Records come back in one go; references among them are checked at commit. */
  if (!_rp_store_exec (self, "PRAGMA defer_foreign_keys = ON", error))
    {
      rp_store_rollback (self);
      return FALSE;
    }
  for (guint i = 0; i < undo->deleted->len; i++)
    if (!_rp_store_put (self, undo->deleted->pdata[i], error))
      {
        rp_store_rollback (self);
        return FALSE;
      }
  for (guint i = 0; i < undo->detached->len; i++)
    if (!_rp_store_put (self, undo->detached->pdata[i], error))
      {
        rp_store_rollback (self);
        return FALSE;
      }
  root = undo->deleted->pdata[0];
  summary = default_summary (self, NULL, root, "restored");
  if (!_rp_store_journal (self, rp_record_get_kind (root)->name, rp_record_get_uuid (root),
                          "restored", summary, error))
    {
      rp_store_rollback (self);
      return FALSE;
    }
  return rp_store_commit (self, error);
}

guint
rp_change_set_get_n_records (RpChangeSet *self)
{
  return self->deleted->len;
}

void
rp_change_set_free (RpChangeSet *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->deleted);
  g_ptr_array_unref (self->detached);
  g_free (self->summary);
  g_free (self);
}

/* Ordering */

gboolean
rp_store_move (RpStore   *self,
               RpRecord  *record,
               int        new_position,
               GError   **error)
{
  const RpKind *kind;
  const RpField *owner;
  g_autoptr(GListModel) siblings = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;
  RpFieldId position;
  guint n;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_RECORD (record), FALSE);

  kind = rp_record_get_kind (record);
  g_return_val_if_fail (kind->flags & RP_KIND_ORDERED, FALSE);

  owner = rp_kind_get_owner_field (kind);
  position = rp_kind_field_id (kind, "position");
  siblings = owner != NULL
    ? rp_store_list (self, rp_kind_get_index (kind), rp_kind_field_id (kind, owner->name),
                     rp_record_get_string (record, rp_kind_field_id (kind, owner->name)))
    : rp_store_list (self, rp_kind_get_index (kind), RP_FIELD_NONE, NULL);
  n = g_list_model_get_n_items (siblings);
  for (guint i = 0; i < n; i++)
    {
      RpRecord *sibling = g_list_model_get_item (siblings, i);

      if (g_str_equal (rp_record_get_uuid (sibling), rp_record_get_uuid (record)))
        g_object_unref (sibling);
      else
        g_ptr_array_add (order, sibling);
    }
  if (order->len == n)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND,
                   _("That record is no longer in the workspace."));
      return FALSE;
    }
  new_position = CLAMP (new_position, 0, (int) order->len);
  g_ptr_array_insert (order, new_position, g_object_ref (record));

  if (!rp_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < order->len; i++)
    {
      RpRecord *r = order->pdata[i];

      if (rp_record_get_int (r, position) == (gint64) i && r != record)
        continue;
      rp_record_set_int (r, position, i);
      if (!_rp_store_put (self, r, error))
        {
          rp_store_rollback (self);
          return FALSE;
        }
    }
  summary = default_summary (self, NULL, record, "moved");
  if (!_rp_store_journal (self, kind->name, rp_record_get_uuid (record), "moved", summary, error))
    {
      rp_store_rollback (self);
      return FALSE;
    }
  return rp_store_commit (self, error);
}

/* Streams every record of @kind (optionally WHERE @where with ?1 and ?2) in rowid
 * order, one at a time, on a statement of its own. */
gboolean
_rp_store_foreach (RpStore         *self,
                   const RpKind    *kind,
                   const char      *where,
                   const char      *param1,
                   const char      *param2,
                   RpRecordVisitor  visit,
                   gpointer         user_data,
                   GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("%s%s%s ORDER BY rowid", kind_sql (kind)->select_sql,
                                          where ? " WHERE " : "", where ? where : "");
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _rp_store_set_error (self, rc, _("Could not read the workspace"), error);
      return FALSE;
    }
  if (param1 != NULL)
    sqlite3_bind_text (stmt, 1, param1, -1, SQLITE_TRANSIENT);
  if (param2 != NULL)
    sqlite3_bind_text (stmt, 2, param2, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(RpRecord) record = _rp_store_record_from_row (kind, stmt);

      if (!visit (record, user_data, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _rp_store_set_error (self, rc, _("Could not read the workspace"), error);
      return FALSE;
    }
  return TRUE;
}

/* Work off the main thread reads on a connection of its own, one piece of work at a
 * time; it sees every change committed before the work began. */
RpStore *
_rp_store_lock_background (RpStore  *self,
                           GError  **error)
{
  g_mutex_lock (&self->reader_lock);
  if (self->background == NULL)
    self->background = _rp_store_open_reader (self->path, error);
  if (self->background == NULL)
    {
      g_mutex_unlock (&self->reader_lock);
      return NULL;
    }
  return self->background;
}

void
_rp_store_unlock_background (RpStore *self)
{
  g_mutex_unlock (&self->reader_lock);
}

/* Changes made elsewhere */

static gboolean
mark_all_kinds (RpStore *self)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    _rp_store_mark_changed (self, kinds[i]);
  return TRUE;
}

/**
 * rp_store_poll:
 *
 * Looks whether another connection (the CLI, another program) has written to the
 * workspace since the last look, and emits ::changed for what it wrote: the kinds
 * its journal entries name, or every kind when it left no entry that says.
 *
 * Returns: %TRUE when something changed.
 */
gboolean
rp_store_poll (RpStore *self)
{
  gint64 version;
  gboolean all = FALSE, any = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);

  if (self->db == NULL || self->depth > 0 || self->reader)
    return FALSE;
  version = _rp_store_query_int64 (self, "PRAGMA data_version");
  if (version == self->data_version)
    return FALSE;
  self->data_version = version;

  stmt = _rp_store_prepare (self, "SELECT id, record_kind FROM journal_entry WHERE id > ?1 ORDER BY id", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, self->journal_seen);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (stmt, 1);
          const RpKind *kind = name ? rp_kind_lookup (name) : NULL;

          any = TRUE;
          self->journal_seen = sqlite3_column_int64 (stmt, 0);
          if (kind != NULL)
            _rp_store_mark_changed (self, kind);
          else if (g_strcmp0 (name, "note") != 0)
            all = TRUE;   /* an import, a new workspace: anything may have changed */
        }
      sqlite3_reset (stmt);
    }
  if (any)
    _rp_store_mark_changed (self, rp_kind_get (RP_KIND_JOURNAL_ENTRY));
  /* A writer that kept no journal (the sqlite3 tool) could have changed anything. */
  if (all || !any)
    mark_all_kinds (self);
  emit_changed (self);
  return TRUE;
}

static gboolean
poll_cb (gpointer data)
{
  rp_store_poll (data);
  return G_SOURCE_CONTINUE;
}

/* Looks for writes by others every @interval_ms on the thread-default main context
 * (0 stops). A window does this; the CLI has no need. */
void
rp_store_watch_others (RpStore *self,
                       guint    interval_ms)
{
  g_return_if_fail (RP_IS_STORE (self));

  g_clear_handle_id (&self->poll_id, g_source_remove);
  if (interval_ms > 0)
    {
      GSource *source = g_timeout_source_new (interval_ms);

      g_source_set_priority (source, G_PRIORITY_LOW);
      g_source_set_callback (source, poll_cb, self, NULL);
      g_source_set_static_name (source, "[rapport] poll workspace");
      self->poll_id = g_source_attach (source, g_main_context_get_thread_default ());
      g_source_unref (source);
    }
}

/* Models shared by every view that shows the same thing (rp-model.c keeps them here). */
GHashTable *
_rp_store_get_models (RpStore *self)
{
  return self->models;
}

void
_rp_store_set_history_moment (RpStore    *self,
                              const char *timestamp,
                              const char *who)
{
  /* From the first moment given, the journal of the past is kept to be written in order */
  if (self->history_journal == NULL)
    self->history_journal = g_ptr_array_new ();
  if (timestamp != NULL)
    {
      g_free (self->history_at);
      self->history_at = g_strdup (timestamp);
    }
  if (who != NULL)
    {
      g_free (self->history_who);
      self->history_who = g_strdup (who);
    }
}

static int
compare_moments (gconstpointer a,
                 gconstpointer b)
{
  char **x = *(char ***) a, **y = *(char ***) b;
  int order = g_strcmp0 (x[0], y[0]);

  /* Writes of one moment keep the order they were made in */
  if (order == 0)
    order = GPOINTER_TO_UINT (x[6]) < GPOINTER_TO_UINT (y[6]) ? -1 : 1;
  return order;
}

/* Writes the past's journal in the order of its moments (a stable sort keeps the order of
 * writes made at one moment), so the journal reads newest first as a real year would. */
gboolean
_rp_store_flush_history (RpStore  *self,
                         GError  **error)
{
  g_autoptr(GPtrArray) rows = g_steal_pointer (&self->history_journal);
  gboolean ok = TRUE;

  if (rows == NULL)
    return TRUE;
  for (guint i = 0; i < rows->len; i++)
    ((char **) rows->pdata[i])[6] = GUINT_TO_POINTER (i);
  g_ptr_array_sort (rows, compare_moments);
  for (guint i = 0; i < rows->len && ok; i++)
    {
      char **row = rows->pdata[i];
      g_autofree char *uuid = g_uuid_string_random ();
      sqlite3_stmt *stmt = _rp_store_prepare (self,
                                              "INSERT INTO journal_entry (uuid, created_at, updated_at, who, "
                                              "record_kind, record_uuid, action, summary) "
                                              "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7)", error);

      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      for (int c = 0; c < 6; c++)
        sqlite3_bind_text (stmt, c + 2, row[c], -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          _rp_store_set_error (self, sqlite3_errcode (self->db), _("Could not write the journal"), error);
          ok = FALSE;
        }
      sqlite3_reset (stmt);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      for (int c = 0; c < 6; c++)
        g_free (row[c]);
      g_free (row);
    }
  if (ok)
    _rp_store_mark_changed (self, rp_kind_get (RP_KIND_JOURNAL_ENTRY));
  return ok;
}

/* The sample writes a year of history at once: records arrive in the states their
 * workflows would have taken them to. */
void
_rp_store_set_writing_history (RpStore  *self,
                               gboolean  history)
{
  self->history = history;
  if (!history)
    {
      g_clear_pointer (&self->history_at, g_free);
      g_clear_pointer (&self->history_who, g_free);
    }
}
