/* rp-bundle-preview.c — what an import would do, worked out in SQL, and doing it
 *
 * The preview and the import run the same statements: the preview on the bundle's
 * own connection with the workspace attached read-only, the import on the
 * workspace's connection with the bundle attached, inside the import's
 * transaction. If the two disagree, the workspace changed in between and nothing
 * is written: what the preview shows is what the import does.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-bundle-private.h"
#include "rp-philosophy.h"
#include "rp-record-private.h"
#include "rp-store-private.h"
#include "rp-util.h"


G_GNUC_PRINTF (3, 4) static gboolean
run_sql (RpBundleRun         *run,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return _rp_bundle_exec (run->db, sql, error);
}

gboolean
_rp_bundle_each_row (RpBundleRun  *run,
                     const char   *sql,
                     void        (*visit) (RpBundleRun *run, sqlite3_stmt *stmt, gpointer data),
                     gpointer      data,
                     GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (run->db, sql, -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      visit (run, stmt, data);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      _rp_bundle_set_sql_error (run->db, rc, error);
      return FALSE;
    }
  return TRUE;
}

gint64
_rp_bundle_query_int (RpBundleRun        *run,
                      const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  if (sqlite3_prepare_v2 (run->db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* The statuses */

static char *
content_equal_sql (const RpKind *kind)
{
  GString *sql = g_string_new ("1");

  for (guint i = 0; i < kind->n_fields; i++)
    g_string_append_printf (sql, " AND s.\"%s\" IS m.\"%s\"", kind->fields[i].name, kind->fields[i].name);
  return g_string_free (sql, FALSE);
}

static gboolean
compute_kind (RpBundleRun           *run,
              const RpKind  *kind,
              GError       **error)
{
  const char *s = run->s, *w = run->w, *x = run->x, *name = kind->name;
  const char *const *unique = rp_kind_get_unique (kind);
  g_autofree char *equal = content_equal_sql (kind);

  if (!run_sql (run, error, "UPDATE %s.\"s_%s\" SET _mine%s = NULL, _st%s = NULL, _adopt%s = 0", s, name, x, x, x) ||
      !run_sql (run, error, "UPDATE %s.\"s_%s\" AS s SET _mine%s = m.\"uuid\" FROM %s.\"%s\" AS m WHERE m.\"uuid\" = s.\"uuid\"",
                s, name, x, w, name))
    return FALSE;
  /* The same record made separately in each workspace: the same figure for the
   * same KPI and month, the same link, the one profile. */
  if (unique != NULL &&
      !run_sql (run, error, "UPDATE %s.\"s_%s\" AS s SET _mine%s = m.\"uuid\" FROM %s.\"%s\" AS m "
                            "WHERE s._mine%s IS NULL AND m.\"%s\" = s.\"%s\" AND m.\"%s\" = s.\"%s\"",
                s, name, x, w, name, x, unique[0], unique[0], unique[1], unique[1]))
    return FALSE;
  if ((kind->flags & RP_KIND_SINGLETON) &&
      !run_sql (run, error, "UPDATE %s.\"s_%s\" SET _mine%s = (SELECT \"uuid\" FROM %s.\"%s\" LIMIT 1) WHERE _mine%s IS NULL",
                s, name, x, w, name, x))
    return FALSE;
  if (!run_sql (run, error, "UPDATE %s.\"s_%s\" AS s SET _st%s = CASE WHEN %d OR (%s) THEN %d "
                            "WHEN s.\"updated_at\" > m.\"updated_at\" THEN %d ELSE %d END "
                            "FROM %s.\"%s\" AS m WHERE m.\"uuid\" = s._mine%s",
                s, name, x, (kind->flags & RP_KIND_APPEND_ONLY) != 0, equal, RP_ITEM_UNCHANGED,
                RP_ITEM_UPDATED, RP_ITEM_CONFLICT, w, name, x) ||
      !run_sql (run, error, "UPDATE %s.\"s_%s\" SET _st%s = %d WHERE _mine%s IS NULL", s, name, x, RP_ITEM_NEW, x))
    return FALSE;
  /* New and updated records come in; conflicts wait for a choice. */
  if (*x == '\0' &&
      !run_sql (run, error, "UPDATE %s.\"s_%s\" SET _tk = _st IN (%d, %d)", s, name, RP_ITEM_NEW, RP_ITEM_UPDATED))
    return FALSE;
  return TRUE;
}

/* A workspace adopts one philosophy at a time. Another adopted one in the bundle is a
 * conflict: kept as ours, it arrives as proposed; taken, it is adopted and ours retired. */
static gboolean
compute_adoption (RpBundleRun     *run,
                  GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT \"uuid\" FROM %s.\"philosophy\" WHERE \"status\" = 'adopted'", run->w);
  g_autofree char *ours = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ours_stays;

  if (sqlite3_prepare_v2 (run->db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ours = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (ours == NULL)
    return TRUE;
  {
    g_autofree char *stays = g_strdup_printf ("SELECT NOT EXISTS (SELECT 1 FROM %s.\"s_philosophy\" WHERE _mine%s = '%s' "
                                              "AND _st%s IN (%d, %d) AND \"status\" != 'adopted')",
                                              run->s, run->x, ours, run->x, RP_ITEM_NEW, RP_ITEM_UPDATED);

    ours_stays = _rp_bundle_query_int (run, stays) != 0;
  }
  if (!ours_stays)
    return TRUE;
  return run_sql (run, error, "UPDATE %s.\"s_philosophy\" SET _adopt%s = _st%s + 1, _st%s = %d%s "
                              "WHERE \"status\" = 'adopted' AND _mine%s IS NOT '%s' AND _st%s != %d",
                  run->s, run->x, run->x, run->x, RP_ITEM_CONFLICT, *run->x == '\0' ? ", _tk = 0" : "",
                  run->x, ours, run->x, RP_ITEM_UNCHANGED);
}

gboolean
_rp_bundle_compute (RpBundleRun     *run,
                    GError **error)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  for (guint k = 0; k < n_kinds; k++)
    if (run->bundle->counts[k] > 0 && !compute_kind (run, kinds[k], error))
      return FALSE;
  if (run->bundle->counts[RP_KIND_PHILOSOPHY] > 0 && !compute_adoption (run, error))
    return FALSE;

  if (!_rp_bundle_check_other_kinds (run, error))
    return FALSE;
  for (guint k = 0; k < n_kinds; k++)
    {
      const RpKind *kind = kinds[k];
      const char *const *unique = rp_kind_get_unique (kind);
      g_autofree char *same = NULL;

      if (run->bundle->counts[k] == 0)
        continue;
      if (unique != NULL)
        {
          g_autofree char *clash = g_strdup_printf ("SELECT s._idx FROM %s.\"s_%s\" s JOIN %s.\"%s\" m "
                                                    "ON m.\"%s\" = s.\"%s\" AND m.\"%s\" = s.\"%s\" "
                                                    "WHERE s._tk AND m.\"uuid\" != s._mine%s ORDER BY s._e",
                                                    run->s, kind->name, run->w, kind->name,
                                                    unique[0], unique[0], unique[1], unique[1], run->x);

          if (!_rp_bundle_each_row (run, clash, _rp_bundle_report_key_clash, (gpointer) kind, error))
            return FALSE;
        }
      same = g_strdup_printf ("SELECT min (_idx), max (_idx) FROM %s.\"s_%s\" WHERE _mine%s IS NOT NULL "
                              "GROUP BY _mine%s HAVING count (*) > 1", run->s, kind->name, run->x, run->x);
      if (!_rp_bundle_each_row (run, same, _rp_bundle_report_same_mine, (gpointer) kind, error) ||
          !_rp_bundle_check_cycles (run, kind, error))
        return FALSE;
    }
  return TRUE;
}

/* Preview */

void
rp_bundle_preview_free (RpBundlePreview *self)
{
  if (self == NULL)
    return;
  g_free (self->counts);
  g_clear_object (&self->store);
  g_free (self);
}

static gboolean
count_statuses (RpBundlePreview  *self,
                GError          **error)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  memset (self->counts, 0, sizeof (guint) * n_kinds * RP_N_ITEM_STATUS);
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt;
      int rc;

      if (self->bundle->counts[k] == 0)
        continue;
      sql = g_strdup_printf ("SELECT _st, count (*) FROM \"s_%s\" GROUP BY _st", kinds[k]->name);
      if ((stmt = _rp_bundle_prepare (self->bundle, sql, error)) == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          int status = sqlite3_column_int (stmt, 0);

          if (status >= 0 && status < RP_N_ITEM_STATUS)
            self->counts[k * RP_N_ITEM_STATUS + status] = (guint) sqlite3_column_int64 (stmt, 1);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _rp_bundle_set_sql_error (self->bundle->db, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}

RpBundlePreview *
rp_bundle_preview (RpBundle  *bundle,
                   RpStore   *store,
                   GError   **error)
{
  g_autoptr(RpBundlePreview) self = g_new0 (RpBundlePreview, 1);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *uri = g_filename_to_uri (rp_store_get_path (store), NULL, NULL);
  g_autofree char *attach = NULL;
  RpBundleRun run = { .db = bundle->db, .s = "main", .w = "ws", .x = "", .bundle = bundle, .problems = problems };
  guint n_kinds;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);

  rp_kinds (&n_kinds);
  self->bundle = bundle;
  self->store = g_object_ref (store);
  self->counts = g_new0 (guint, n_kinds * RP_N_ITEM_STATUS);

  /* The workspace read through SQLite only, while this process has it open (DESIGN §6) */
  attach = g_strdup_printf ("%s?mode=ro", uri);
  g_mutex_lock (&bundle->lock);
  _rp_store_path_hold (rp_store_get_path (store));
  {
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2 (bundle->db, "ATTACH DATABASE ?1 AS ws", -1, &stmt, NULL);

    if (rc == SQLITE_OK)
      {
        sqlite3_bind_text (stmt, 1, attach, -1, SQLITE_STATIC);
        rc = sqlite3_step (stmt);
      }
    sqlite3_finalize (stmt);
    ok = rc == SQLITE_DONE;
    if (!ok)
      _rp_bundle_set_sql_error (bundle->db, rc, error);
  }
  /* One snapshot of the workspace for every statement */
  ok = ok && _rp_bundle_exec (bundle->db, "BEGIN", error) && _rp_bundle_compute (&run, error);
  if (ok)
    ok = _rp_bundle_exec (bundle->db, "COMMIT", error);
  else
    sqlite3_exec (bundle->db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec (bundle->db, "DETACH DATABASE ws", NULL, NULL, NULL);
  _rp_store_path_release (rp_store_get_path (store));
  ok = ok && count_statuses (self, error);
  g_mutex_unlock (&bundle->lock);

  if (!ok)
    return NULL;
  if (problems->len > 0)
    {
      _rp_bundle_fail_with_problems (problems, FALSE, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

guint
rp_bundle_preview_count (RpBundlePreview *self,
                         const RpKind    *kind,
                         RpItemStatus     status)
{
  guint n = 0;
  guint n_kinds;

  rp_kinds (&n_kinds);
  if (kind != NULL)
    return self->counts[rp_kind_get_index (kind) * RP_N_ITEM_STATUS + status];
  for (guint k = 0; k < n_kinds; k++)
    n += self->counts[k * RP_N_ITEM_STATUS + status];
  return n;
}

guint
rp_bundle_preview_get_n_items (RpBundlePreview *self)
{
  return self->bundle->n_records;
}

/* An item is a staged record: its index is _e - 1. */
static const RpKind *
item_kind (RpBundlePreview *self,
           guint            index)
{
  const RpKind *const *kinds = rp_kinds (NULL);
  sqlite3_stmt *stmt = _rp_bundle_prepare (self->bundle, "SELECT kind FROM s_entry WHERE _e = ?1", NULL);
  const RpKind *kind = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, (gint64) index + 1);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    kind = kinds[sqlite3_column_int (stmt, 0)];
  sqlite3_reset (stmt);
  return kind;
}

static gint64
item_column (RpBundlePreview *self,
             guint            index,
             const char      *column,
             char           **text)
{
  const RpKind *kind = item_kind (self, index);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 value = -1;

  if (kind == NULL)
    return -1;
  sql = g_strdup_printf ("SELECT %s FROM \"s_%s\" WHERE _e = ?1", column, kind->name);
  if ((stmt = _rp_bundle_prepare (self->bundle, sql, NULL)) == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, (gint64) index + 1);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      value = sqlite3_column_int64 (stmt, 0);
      if (text != NULL)
        *text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);
  return value;
}

RpItemStatus
rp_bundle_preview_get_status (RpBundlePreview *self,
                              guint            index)
{
  gint64 status;

  g_return_val_if_fail (index < self->bundle->n_records, RP_ITEM_UNCHANGED);
  g_mutex_lock (&self->bundle->lock);
  status = item_column (self, index, "_st", NULL);
  g_mutex_unlock (&self->bundle->lock);
  return status >= 0 && status < RP_N_ITEM_STATUS ? (RpItemStatus) status : RP_ITEM_UNCHANGED;
}

const RpKind *
rp_bundle_preview_get_kind (RpBundlePreview *self,
                            guint            index)
{
  const RpKind *kind;

  g_return_val_if_fail (index < self->bundle->n_records, NULL);
  g_mutex_lock (&self->bundle->lock);
  kind = item_kind (self, index);
  g_mutex_unlock (&self->bundle->lock);
  return kind;
}

/* Whether the item is a second adopted philosophy (a conflict of its own kind) */
gboolean
rp_bundle_preview_get_adoption (RpBundlePreview *self,
                                guint            index)
{
  gint64 adopt;

  g_return_val_if_fail (index < self->bundle->n_records, FALSE);
  g_mutex_lock (&self->bundle->lock);
  adopt = item_column (self, index, "_adopt", NULL);
  g_mutex_unlock (&self->bundle->lock);
  return adopt > 0;
}

static void
list_kind (RpBundlePreview *self,
           const RpKind    *kind,
           RpItemStatus     status,
           guint            max,
           GArray          *items)
{
  g_autofree char *sql = g_strdup_printf ("SELECT _e - 1 FROM \"s_%s\" WHERE _st = ?1 ORDER BY _e LIMIT ?2", kind->name);
  sqlite3_stmt *stmt;

  if ((stmt = _rp_bundle_prepare (self->bundle, sql, NULL)) == NULL)
    return;
  sqlite3_bind_int (stmt, 1, status);
  sqlite3_bind_int64 (stmt, 2, max);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint index = (guint) sqlite3_column_int64 (stmt, 0);

      g_array_append_val (items, index);
    }
  sqlite3_reset (stmt);
}

static int
compare_index (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Up to @max items of @kind (any kind if NULL) with @status, in the bundle's order */
GArray *
rp_bundle_preview_list (RpBundlePreview *self,
                        const RpKind    *kind,
                        RpItemStatus     status,
                        guint            max)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (guint));

  g_mutex_lock (&self->bundle->lock);
  if (kind != NULL)
    list_kind (self, kind, status, max, items);
  else
    {
      guint n_kinds;
      const RpKind *const *kinds = rp_kinds (&n_kinds);

      for (guint k = 0; k < n_kinds; k++)
        if (rp_bundle_count_kind (self->bundle, kinds[k]) > 0)
          list_kind (self, kinds[k], status, max, items);
      g_array_sort (items, compare_index);
      if (items->len > max)
        g_array_set_size (items, max);
    }
  g_mutex_unlock (&self->bundle->lock);
  return items;
}

RpRecord *
rp_bundle_preview_dup_theirs (RpBundlePreview *self,
                              guint            index)
{
  const RpKind *kind;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  RpRecord *record = NULL;

  g_return_val_if_fail (index < self->bundle->n_records, NULL);
  g_mutex_lock (&self->bundle->lock);
  kind = item_kind (self, index);
  if (kind != NULL)
    {
      sql = g_strdup_printf ("%s WHERE _e = ?1", _rp_bundle_select_sql (kind));
      if ((stmt = _rp_bundle_prepare (self->bundle, sql, NULL)) != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, (gint64) index + 1);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            record = _rp_store_record_from_row (kind, stmt);
          sqlite3_reset (stmt);
        }
    }
  g_mutex_unlock (&self->bundle->lock);
  return record;
}

RpRecord *
rp_bundle_preview_dup_mine (RpBundlePreview *self,
                            guint            index)
{
  g_autofree char *mine = NULL;
  const RpKind *kind;

  g_return_val_if_fail (index < self->bundle->n_records, NULL);
  g_mutex_lock (&self->bundle->lock);
  kind = item_kind (self, index);
  item_column (self, index, "_mine", &mine);
  g_mutex_unlock (&self->bundle->lock);
  if (kind == NULL || mine == NULL)
    return NULL;
  return rp_store_get (self->store, rp_kind_get_index (kind), mine);
}

gboolean
rp_bundle_preview_get_take_theirs (RpBundlePreview *self,
                                   guint            index)
{
  gint64 take;

  g_return_val_if_fail (index < self->bundle->n_records, FALSE);
  g_mutex_lock (&self->bundle->lock);
  take = item_column (self, index, "_tk", NULL);
  g_mutex_unlock (&self->bundle->lock);
  return take > 0;
}

void
rp_bundle_preview_set_take_theirs (RpBundlePreview *self,
                                   guint            index,
                                   gboolean         take_theirs)
{
  const RpKind *kind;

  g_return_if_fail (index < self->bundle->n_records);
  g_mutex_lock (&self->bundle->lock);
  kind = item_kind (self, index);
  if (kind != NULL)
    {
      /* Only a conflict is a choice; new and updated records come in, unchanged ones stay. */
      g_autofree char *sql = g_strdup_printf ("UPDATE \"s_%s\" SET _tk = ?2 WHERE _e = ?1 AND _st = %d",
                                              kind->name, RP_ITEM_CONFLICT);
      sqlite3_stmt *stmt = _rp_bundle_prepare (self->bundle, sql, NULL);

      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, (gint64) index + 1);
          sqlite3_bind_int (stmt, 2, take_theirs != FALSE);
          sqlite3_step (stmt);
          sqlite3_reset (stmt);
        }
    }
  g_mutex_unlock (&self->bundle->lock);
}

void
rp_bundle_preview_resolve_all (RpBundlePreview *self,
                               RpResolve        policy)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  g_mutex_lock (&self->bundle->lock);
  for (guint k = 0; k < n_kinds; k++)
    if (self->counts[k * RP_N_ITEM_STATUS + RP_ITEM_CONFLICT] > 0)
      {
        g_autofree char *sql = g_strdup_printf ("UPDATE \"s_%s\" SET _tk = %d WHERE _st = %d", kinds[k]->name,
                                                policy == RP_RESOLVE_THEIRS, RP_ITEM_CONFLICT);

        _rp_bundle_exec (self->bundle->db, sql, NULL);
      }
  g_mutex_unlock (&self->bundle->lock);
}

static guint
count_taken_conflicts (RpBundlePreview *self,
                       gboolean         taken)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  guint n = 0;

  g_mutex_lock (&self->bundle->lock);
  for (guint k = 0; k < n_kinds; k++)
    if (self->counts[k * RP_N_ITEM_STATUS + RP_ITEM_CONFLICT] > 0)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM \"s_%s\" WHERE _st = %d AND _tk = %d",
                                                kinds[k]->name, RP_ITEM_CONFLICT, taken != FALSE);
        sqlite3_stmt *stmt = _rp_bundle_prepare (self->bundle, sql, NULL);

        if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
          n += (guint) sqlite3_column_int64 (stmt, 0);
        if (stmt != NULL)
          sqlite3_reset (stmt);
      }
  g_mutex_unlock (&self->bundle->lock);
  return n;
}

char *
rp_bundle_preview_summary (RpBundlePreview *self)
{
  guint conflicts = rp_bundle_preview_count (self, NULL, RP_ITEM_CONFLICT);
  g_autofree char *base = NULL;

  /* Translators: "12 new, 3 updated, 40 unchanged, 1 in conflict" */
  base = g_strdup_printf (_("%u new, %u updated, %u unchanged, %u in conflict"),
                          rp_bundle_preview_count (self, NULL, RP_ITEM_NEW),
                          rp_bundle_preview_count (self, NULL, RP_ITEM_UPDATED),
                          rp_bundle_preview_count (self, NULL, RP_ITEM_UNCHANGED), conflicts);
  if (conflicts == 0)
    return g_steal_pointer (&base);
  /* Translators: "… 2 in conflict (1 taken from the bundle, 1 kept as it was)" */
  return g_strdup_printf (_("%s (%u taken from the bundle, %u kept as it was)"), base,
                          count_taken_conflicts (self, TRUE), count_taken_conflicts (self, FALSE));
}
