/* rp-store-read.c — reading records: one by UUID, lists by a field, counts, and every
 * record of a kind streamed in rowid order */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-store-private.h"
#include "rp-record-private.h"
#include "rp-util.h"

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
  sql = g_strdup_printf ("%s WHERE \"uuid\" = ?1", _rp_store_select_sql (kind));
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
                           _rp_store_select_sql (kind), field, kind->order_by);
  else
    sql = g_strdup_printf ("%s ORDER BY %s", _rp_store_select_sql (kind), kind->order_by);
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
                           _rp_store_select_sql (kind), field1, field2, kind->order_by);
  else
    sql = g_strdup_printf ("%s WHERE \"%s\" IS ?1 ORDER BY %s LIMIT 1",
                           _rp_store_select_sql (kind), field1, kind->order_by);
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
  g_autofree char *sql = g_strdup_printf ("%s%s%s ORDER BY rowid", _rp_store_select_sql (kind),
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
