/* rp-store-save.c — saving, deleting (with what belongs to a record), undoing and ordering,
 * each journaled in words a reader knows */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-store-private.h"
#include "rp-record-private.h"
#include "rp-util.h"

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
