/* rp-store-watch.c — noticing what other programs wrote, the background connection's lock,
 * and the sample's year of history written at once */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-store-private.h"
#include "rp-record-private.h"
#include "rp-util.h"

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
  _rp_store_emit_changed (self);
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
