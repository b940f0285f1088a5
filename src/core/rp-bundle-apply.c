/* rp-bundle-apply.c — the import: the preview's statements again, on the workspace's
 * connection inside one transaction, and refused when they no longer agree with it */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-bundle-private.h"
#include "rp-philosophy.h"
#include "rp-record-private.h"
#include "rp-store-private.h"
#include "rp-util.h"

/* Import */

static char *
write_sql (const RpKind *kind)
{
  g_autoptr(GString) cols = g_string_new ("\"uuid\", \"created_at\", \"updated_at\"");
  g_autoptr(GString) values = g_string_new ("coalesce (_mine, \"uuid\"), \"created_at\", \"updated_at\"");
  g_autoptr(GString) updates = g_string_new ("\"updated_at\" = excluded.\"updated_at\"");
  gboolean philosophy = rp_kind_get_index (kind) == RP_KIND_PHILOSOPHY;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const char *name = kind->fields[i].name;

      g_string_append_printf (cols, ", \"%s\"", name);
      /* A second adopted philosophy arrives as proposed, its adoption left to a choice */
      if (philosophy && g_str_equal (name, "status"))
        g_string_append (values, ", CASE WHEN _adopt > 0 THEN 'proposed' ELSE \"status\" END");
      else if (philosophy && (kind->fields[i].flags & RP_FIELD_WORKFLOW))
        g_string_append_printf (values, ", CASE WHEN _adopt > 0 THEN NULL ELSE \"%s\" END", name);
      else
        g_string_append_printf (values, ", \"%s\"", name);
      g_string_append_printf (updates, ", \"%s\" = excluded.\"%s\"", name, name);
    }
  return g_strdup_printf ("INSERT INTO main.\"%s\" (%s) SELECT %s FROM bundle.\"s_%s\" "
                          "WHERE _tk OR _adopt IN (%d, %d) ORDER BY _e "
                          "ON CONFLICT (\"uuid\") DO UPDATE SET %s",
                          kind->name, cols->str, values->str, kind->name,
                          RP_ITEM_NEW + 1, RP_ITEM_UPDATED + 1, updates->str);
}

static gboolean
adopt_taken (RpBundlePreview  *self,
             RpStore          *store,
             GError          **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) approvers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (store->db, "SELECT coalesce (_mine, \"uuid\"), \"approved_by\", \"adopted_on\" "
                                     "FROM bundle.\"s_philosophy\" WHERE _adopt > 0 AND _tk", -1, &stmt, NULL) != SQLITE_OK)
    {
      _rp_bundle_set_sql_error (store->db, SQLITE_ERROR, error);
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (uuids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (approvers, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      g_ptr_array_add (dates, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_finalize (stmt);
  for (guint i = 0; i < uuids->len; i++)
    {
      g_autoptr(RpRecord) philosophy = rp_store_get (store, RP_KIND_PHILOSOPHY, uuids->pdata[i]);
      g_autofree char *why = g_strdup_printf (_("Adopted with the bundle “%s”."), self->bundle->title);

      if (philosophy == NULL ||
          !rp_philosophy_adopt (store, philosophy, approvers->pdata[i] ? approvers->pdata[i] : rp_store_get_user (store),
                                dates->pdata[i], why, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
unchanged_since_preview (RpStore  *store,
                         RpBundle *bundle)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  for (guint k = 0; k < n_kinds; k++)
    {
      g_autofree char *sql = NULL;
      RpBundleRun run = { .db = store->db };

      if (bundle->counts[k] == 0)
        continue;
      sql = g_strdup_printf ("SELECT EXISTS (SELECT 1 FROM bundle.\"s_%s\" WHERE _st IS NOT _st2 "
                             "OR _mine IS NOT _mine2 OR _adopt != _adopt2)", kinds[k]->name);
      if (_rp_bundle_query_int (&run, sql) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_all (RpBundlePreview  *self,
           RpStore          *store,
           GError          **error)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  RpBundleRun run = { .db = store->db, .s = "bundle", .w = "main", .x = "2", .bundle = self->bundle, .problems = problems };

  /* The same statements as the preview, now inside the import's transaction */
  if (!_rp_bundle_compute (&run, error))
    return FALSE;
  if (problems->len > 0)
    return _rp_bundle_fail_with_problems (problems, FALSE, error);
  if (!unchanged_since_preview (store, self->bundle))
    {
      g_set_error_literal (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHANGED,
                           _("the workspace changed after the preview was made. Look at the preview again."));
      return FALSE;
    }

  /* Parents first (DESIGN §3); references are checked when the transaction commits. */
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autofree char *sql = NULL;

      if (self->bundle->counts[k] == 0)
        continue;
      sql = write_sql (kinds[k]);
      if (!_rp_store_exec (store, sql, error))
        return FALSE;
      if (sqlite3_changes (store->db) > 0)
        _rp_store_mark_changed (store, kinds[k]);
    }
  return adopt_taken (self, store, error);
}

gboolean
rp_bundle_apply (RpBundlePreview  *self,
                 RpStore          *store,
                 char            **out_summary,
                 GError          **error)
{
  g_autofree char *summary = rp_bundle_preview_summary (self);
  g_autofree char *journal = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_strcmp0 (rp_store_get_path (store), rp_store_get_path (self->store)) == 0, FALSE);

  /* A copy first: an import can be undone by restoring it. */
  if (!rp_store_backup (store, "before-import", NULL, &local_error))
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO,
                   _("Nothing was imported: no backup could be made first (%s)."), local_error->message);
      return FALSE;
    }

  g_mutex_lock (&self->bundle->lock);
  rc = sqlite3_prepare_v2 (store->db, "ATTACH DATABASE ?1 AS bundle", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, self->bundle->path, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _rp_store_set_error (store, rc, _("Nothing was imported: the bundle could not be read again"), error);
      g_mutex_unlock (&self->bundle->lock);
      return FALSE;
    }

  ok = _rp_store_exec (store, "PRAGMA bundle.journal_mode = OFF; PRAGMA bundle.synchronous = OFF; "
                              "PRAGMA synchronous = FULL", error) &&
       rp_store_begin (store, error) &&
       _rp_store_exec (store, "PRAGMA defer_foreign_keys = ON", error) &&
       write_all (self, store, error);
  if (ok)
    {
      g_autofree char *title = rp_text_isolate (self->bundle->title);
      g_autofree char *by = rp_text_isolate (self->bundle->exported_by ? self->bundle->exported_by : _("someone unnamed"));

      /* Translators: journal line, "Imported “Our philosophy” from Ada Wong: 12 new, …" */
      journal = g_strdup_printf (_("Imported “%s” from %s: %s"), title, by, summary);
      ok = _rp_store_journal (store, "bundle", NULL, "imported", journal, error) &&
           rp_store_commit (store, error);
    }
  if (!ok && store->depth > 0)
    rp_store_rollback (store);
  _rp_store_exec (store, "PRAGMA synchronous = NORMAL", NULL);
  sqlite3_exec (store->db, "DETACH DATABASE bundle", NULL, NULL, NULL);
  g_mutex_unlock (&self->bundle->lock);

  if (!ok)
    {
      g_prefix_error (error, _("Nothing was imported: "));
      return FALSE;
    }
  if (out_summary != NULL)
    *out_summary = g_steal_pointer (&summary);
  return TRUE;
}
