/* rp-store-open.c — opening a workspace safely: refusals, migrations, backups, checks */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rp-store-private.h"
#include "rp-record-private.h"
#include "rp-core-resources.h"
#include "rp-util.h"

#define SQLITE_HEADER "SQLite format 3"
#define DEFAULT_BUSY_TIMEOUT_MS 5000
#define BACKUP_SUFFIX ".rapport-db"

/* The numbered steps of the schema; step N brings a workspace to version N. */
static const char *const migrations[] = {
  NULL,
  "/io/github/rapport/core/sql/0001-workspace.sql",
  "/io/github/rapport/core/sql/0002-journal-search.sql",
  "/io/github/rapport/core/sql/0003-scoring-rules.sql",
  "/io/github/rapport/core/sql/0004-journal-search-characters.sql",
  "/io/github/rapport/core/sql/0005-living-the-philosophy.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RP_STORE_SCHEMA_VERSION + 1);

static void
ensure_resources (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      rp_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

char *
rp_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "rapport", "workspace" BACKUP_SUFFIX, NULL);
}

/* Where workspaces other than the default one live: a Rapport folder in Documents, the one
 * folder the Flatpak is granted besides its own, so SQLite can keep its -wal and -shm
 * files and the backups/ folder beside each workspace. */
char *
rp_store_workspace_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents == NULL)
    return g_build_filename (g_get_home_dir (), "Documents", "Rapport", NULL);
  return g_build_filename (documents, "Rapport", NULL);
}

/* A file handed over by the document portal (/run/user/UID/doc/…): SQLite cannot create
 * files beside it there (xdg-desktop-portal issue 1117), so no workspace can live in it. */
gboolean
rp_store_path_is_portal (const char *path)
{
  g_autofree char *doc = g_build_filename (g_get_user_runtime_dir (), "doc", NULL);

  return path != NULL && g_str_has_prefix (path, doc) && path[strlen (doc)] == G_DIR_SEPARATOR;
}

int
_rp_store_busy_timeout (void)
{
  const char *env = g_getenv ("RAPPORT_BUSY_TIMEOUT_MS");

  if (env != NULL && *env != '\0')
    return (int) CLAMP (g_ascii_strtoll (env, NULL, 10), 0, 600000);
  return DEFAULT_BUSY_TIMEOUT_MS;
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Root ignores permission bits, so a file nobody may write counts as read-only for root too. */
static gboolean
is_writable (const char *path)
{
  GStatBuf st;

  if (g_access (path, W_OK) != 0)
    return FALSE;
  if (g_stat (path, &st) == 0 && (st.st_mode & 0222) == 0)
    return FALSE;
  return TRUE;
}

static gboolean
has_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* Every connection this process holds on a workspace file. POSIX drops all of a
 * process's locks on a file when any descriptor of it is closed, so the file is never
 * opened outside SQLite while one of these is open; SQLite's own connections share
 * their locks correctly. Held while deciding, so a thread cannot open a connection
 * between the check and the read. */
static GMutex      registry_lock;
static GHashTable *held_paths;   /* canonical path → number of connections */

static gboolean
path_is_held_locked (const char *path)
{
  return held_paths != NULL && g_hash_table_contains (held_paths, path);
}

static void
path_hold_locked (const char *path)
{
  guint n;

  if (held_paths == NULL)
    held_paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (held_paths, path));
  g_hash_table_replace (held_paths, g_strdup (path), GUINT_TO_POINTER (n + 1));
}

void
_rp_store_path_hold (const char *path)
{
  g_mutex_lock (&registry_lock);
  path_hold_locked (path);
  g_mutex_unlock (&registry_lock);
}

void
_rp_store_path_release (const char *path)
{
  guint n;

  g_mutex_lock (&registry_lock);
  n = held_paths ? GPOINTER_TO_UINT (g_hash_table_lookup (held_paths, path)) : 0;
  if (n <= 1)
    {
      if (held_paths != NULL)
        g_hash_table_remove (held_paths, path);
    }
  else
    g_hash_table_replace (held_paths, g_strdup (path), GUINT_TO_POINTER (n - 1));
  g_mutex_unlock (&registry_lock);
}

/* What the first 100 bytes say, before SQLite touches the file. */
static gboolean
check_header (const char  *path,
              const char  *name,
              int         *version,
              GError     **error)
{
  guchar header[100] = { 0 };
  size_t n;
  FILE *f = g_fopen (path, "rb");

  if (f == NULL)
    {
      int saved = errno;

      g_set_error (error, RP_STORE_ERROR, saved == EACCES ? RP_STORE_ERROR_READ_ONLY : RP_STORE_ERROR_NOT_FOUND,
                   _("“%s” cannot be opened: %s."), name, g_strerror (saved));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, f);
  fclose (f);

  if (n < sizeof SQLITE_HEADER || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_WORKSPACE,
                   _("“%s” is not a Rapport workspace. A workspace is a file made by Rapport, usually ending in “.rapport-db”."),
                   name);
      return FALSE;
    }
  if (n < sizeof header)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: the file is cut short. Restore it from a backup."), name);
      return FALSE;
    }
  /* Another connection may hold recent changes, even the header page, in the
   * write-ahead log: then only SQLite can tell, after opening. */
  if (has_wal (path))
    {
      *version = -1;
      return TRUE;
    }
  if (read_be32 (header + 68) != RP_STORE_APPLICATION_ID)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_WORKSPACE,
                   _("“%s” is a database, but not a Rapport workspace."), name);
      return FALSE;
    }
  *version = (int) read_be32 (header + 60);
  if (*version > RP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NEWER_VERSION,
                   _("“%s” was written by a newer version of Rapport (workspace version %d; this one reads up to %d). Update Rapport to open it; the file has not been changed."),
                   name, *version, RP_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (RpStore     *self,
           const char  *sql,
           int         *out,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      _rp_store_set_error (self, rc, _("Could not open the workspace"), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
probe_tables (RpStore  *self,
              GError  **error)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  /* Touches every table's first page: damage shows here, before any write. */
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (SELECT 1 FROM \"%s\" LIMIT 1)",
                                              kinds[i]->name);
      int ignored;

      if (!query_int (self, sql, &ignored, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
foreign_keys_intact (RpStore  *self,
                     GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CORRUPT,
                 _("a record of “%s” refers to one that is not there."), (const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    _rp_store_set_error (self, rc, _("Could not check the workspace"), error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

static gboolean
apply_migration (RpStore  *self,
                 int       step,
                 GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *pragmas = NULL;
  gboolean rebuilds;

  bytes = g_resources_lookup_data (migrations[step], 0, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* A step that rebuilds a table runs with foreign keys off (dropping the old table
   * would otherwise cascade to what refers to it) and proves them intact before it
   * commits. The pragma has no effect inside a transaction, hence before BEGIN. */
  rebuilds = step == 5;
  if (!_rp_store_exec (self, "PRAGMA synchronous = FULL", error) ||
      (rebuilds && !_rp_store_exec (self, "PRAGMA foreign_keys = OFF", error)) ||
      !rp_store_begin (self, error))
    return FALSE;
  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                             RP_STORE_APPLICATION_ID, step);
  if (!_rp_store_exec (self, sql, error) || !_rp_store_exec (self, pragmas, error) ||
      (rebuilds && !foreign_keys_intact (self, error)))
    {
      g_prefix_error (error, _("Updating the workspace to version %d failed; it was left as it was. "), step);
      rp_store_rollback (self);
      if (rebuilds)
        _rp_store_exec (self, "PRAGMA foreign_keys = ON", NULL);
      return FALSE;
    }
  if (step == 1)
    _rp_store_seed_defaults (self);
  if (!rp_store_commit (self, error))
    return FALSE;
  if (rebuilds && !_rp_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  return _rp_store_exec (self, "PRAGMA synchronous = NORMAL", error);
}

gboolean
_rp_store_open_db (RpStore           *self,
                   const char        *path,
                   RpStoreOpenFlags   flags,
                   GError           **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *dir = NULL;
  GStatBuf st;
  gboolean creating;
  int version = 0;
  int rc;
  char *mode = NULL;

  self->path = g_canonicalize_filename (path, NULL);
  dir = g_path_get_dirname (self->path);

  if (g_stat (self->path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_WORKSPACE,
                       _("“%s” is a folder, not a Rapport workspace."), name);
          return FALSE;
        }
      creating = st.st_size == 0;
      if (creating && !(flags & RP_STORE_OPEN_CREATE))
        {
          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_WORKSPACE,
                       _("“%s” is an empty file, not a Rapport workspace."), name);
          return FALSE;
        }
      /* With a connection open here already, only SQLite may read the file (above). */
      g_mutex_lock (&registry_lock);
      if (!creating && !path_is_held_locked (self->path) && !check_header (self->path, name, &version, error))
        {
          g_mutex_unlock (&registry_lock);
          return FALSE;
        }
      g_mutex_unlock (&registry_lock);
      if (!is_writable (self->path) || g_access (dir, W_OK) != 0)
        {
          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_READ_ONLY,
                       _("“%s” is read-only. Rapport needs to write to the workspace and its folder; copy it somewhere you can write, or change its permissions."),
                       name);
          return FALSE;
        }
    }
  else
    {
      if (!(flags & RP_STORE_OPEN_CREATE))
        {
          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND,
                       _("There is no workspace at “%s”."), self->path);
          return FALSE;
        }
      if (g_mkdir_with_parents (dir, 0700) != 0 || g_access (dir, W_OK) != 0)
        {
          int saved = errno;

          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_READ_ONLY,
                       _("Cannot create a workspace in “%s”: %s."), dir, g_strerror (saved));
          return FALSE;
        }
      creating = TRUE;
    }

  g_mutex_lock (&registry_lock);
  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | (creating ? SQLITE_OPEN_CREATE : 0), NULL);
  path_hold_locked (self->path);
  self->held = TRUE;
  g_mutex_unlock (&registry_lock);
  if (rc != SQLITE_OK)
    {
      _rp_store_set_error (self, rc, _("Could not open the workspace"), error);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, _rp_store_busy_timeout ());

  if (!creating)
    {
      int app_id = 0;

      /* The header can lag behind a WAL that was not checkpointed: ask SQLite again. */
      if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
          !query_int (self, "PRAGMA user_version", &version, error))
        return FALSE;
      if ((guint32) app_id != RP_STORE_APPLICATION_ID)
        {
          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_WORKSPACE,
                       _("“%s” is a database, but not a Rapport workspace."), name);
          return FALSE;
        }
      if (version > RP_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NEWER_VERSION,
                       _("“%s” was written by a newer version of Rapport (workspace version %d; this one reads up to %d). Update Rapport to open it; the file has not been changed."),
                       name, version, RP_STORE_SCHEMA_VERSION);
          return FALSE;
        }
      if (version < 1)
        {
          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged: it has no workspace version. Restore it from a backup."), name);
          return FALSE;
        }
      if (version == RP_STORE_SCHEMA_VERSION && !probe_tables (self, error))
        return FALSE;
    }

  if (!_rp_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  {
    sqlite3_stmt *stmt = NULL;

    rc = sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
      mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    if (mode == NULL)
      {
        _rp_store_set_error (self, rc, _("Could not open the workspace"), error);
        return FALSE;
      }
    g_free (mode);
  }
  if (!_rp_store_exec (self, "PRAGMA synchronous = NORMAL", error))
    return FALSE;

  /* One writer at a time: find out now whether another program holds the workspace. */
  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE; COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      _rp_store_set_error (self, rc, _("Could not open the workspace"), error);
      return FALSE;
    }

  if (version < RP_STORE_SCHEMA_VERSION && version > 0)
    {
      g_autoptr(GError) backup_error = NULL;

      if (!rp_store_backup_file (self->path, "before-update", NULL, &backup_error))
        {
          g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_IO,
                       _("The workspace needs an update, but no backup could be made first, so it was left as it was: %s"),
                       backup_error->message);
          return FALSE;
        }
    }
  for (int step = version + 1; step <= RP_STORE_SCHEMA_VERSION; step++)
    if (!apply_migration (self, step, error))
      return FALSE;
  self->schema_version = RP_STORE_SCHEMA_VERSION;
  self->created = creating;
  self->data_version = _rp_store_query_int64 (self, "PRAGMA data_version");
  self->journal_seen = _rp_store_query_int64 (self, "SELECT coalesce (max (id), 0) FROM journal_entry");
  return TRUE;
}

/* A read-only connection to a workspace this process has open already (so it was
 * checked), for work off the main thread. */
RpStore *
_rp_store_open_reader (const char  *path,
                       GError     **error)
{
  g_autoptr(RpStore) self = g_object_new (RP_TYPE_STORE, NULL);
  int rc;

  self->path = g_canonicalize_filename (path, NULL);
  self->reader = TRUE;
  g_mutex_lock (&registry_lock);
  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READONLY, NULL);
  path_hold_locked (self->path);
  self->held = TRUE;
  g_mutex_unlock (&registry_lock);
  if (rc != SQLITE_OK)
    {
      _rp_store_set_error (self, rc, _("Could not open the workspace"), error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, _rp_store_busy_timeout ());
  self->schema_version = RP_STORE_SCHEMA_VERSION;
  return g_steal_pointer (&self);
}

gboolean
rp_store_was_created (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  return self->created;
}

/* Whether opening @path will bring it up to this version first (a backup, then the
 * steps): what can take a while on a large workspace, so that a window can say so and
 * wait for it off the main thread. A file that cannot be read says FALSE; opening it says why. */
gboolean
rp_store_needs_update (const char *path)
{
  g_autofree char *name = NULL;
  int version = 0;
  gboolean held;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  {
    g_autofree char *canonical = g_canonicalize_filename (path, NULL);

    g_mutex_lock (&registry_lock);
    held = path_is_held_locked (canonical);
    g_mutex_unlock (&registry_lock);
  }
  name = g_path_get_basename (path);
  if (held || !check_header (path, name, &version, NULL))
    return FALSE;
  if (version < 0)
    {
      /* The header may be behind the write-ahead log: ask SQLite, reading only */
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
          sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW)
        version = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
      sqlite3_close (db);
    }
  return version > 0 && version < RP_STORE_SCHEMA_VERSION;
}

RpStore *
rp_store_open (const char        *path,
               RpStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(RpStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_resources ();
  if (rp_store_path_is_portal (path))
    {
      g_autofree char *folder = rp_store_workspace_folder ();

      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_IO,
                   _("“%s” was handed over by the file chooser's portal, where nothing can be written beside it. "
                     "Rapport keeps workspaces in “%s” or its own folder: move the workspace there and open it again."),
                   path, folder);
      return NULL;
    }
  self = g_object_new (RP_TYPE_STORE, NULL);
  if (!_rp_store_open_db (self, path, flags, error))
    return NULL;

  /* A workspace made just now has nothing to protect yet. */
  if (!(flags & RP_STORE_OPEN_NO_DAILY_BACKUP) && !self->created)
    {
      g_autoptr(GError) backup_error = NULL;

      /* A missed daily copy must not keep anyone from working; say so and go on. */
      if (!rp_store_daily_backup (self->path, NULL, &backup_error))
        g_warning ("%s", backup_error->message);
    }
  return g_steal_pointer (&self);
}

/* Backups */

/* Checks */

gboolean
rp_store_check (RpStore    *self,
                GPtrArray **problems,
                GError    **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (found, g_strdup_printf (_("Integrity: %s"), line));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _rp_store_set_error (self, rc, _("Could not check the workspace"), error);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (found, g_strdup_printf (_("Reference: a record in “%s” (row %lld) refers to a missing record in “%s”"),
                                               sqlite3_column_text (stmt, 0),
                                               (long long) sqlite3_column_int64 (stmt, 1),
                                               sqlite3_column_text (stmt, 2)));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _rp_store_set_error (self, rc, _("Could not check the workspace"), error);
      return FALSE;
    }
  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  return TRUE;
}
