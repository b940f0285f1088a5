/* rp-store-backup.c — backups that are sound or absent, their rotation, and restoring one
 *
 * A backup is written under a hidden name, checked, flushed to disk and only then renamed
 * to its final name, so a backup killed midway never looks like a backup. Rotation and the
 * daily backup count only sound backups.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rp-store-private.h"

#define BACKUP_SUFFIX  ".rapport-db"
#define PARTIAL_PREFIX ".partial-"

char *
rp_store_backup_dir (const char *workspace_path)
{
  g_autofree char *dir = g_path_get_dirname (workspace_path);

  return g_build_filename (dir, "backups", NULL);
}

static char *
backup_stem (const char *workspace_path)
{
  g_autofree char *base = g_path_get_basename (workspace_path);

  if (g_str_has_suffix (base, BACKUP_SUFFIX))
    base[strlen (base) - strlen (BACKUP_SUFFIX)] = '\0';
  return g_strconcat (base, "-", NULL);
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* What the file's size and header promise, without SQLite: a workspace of ours whose
 * length is the page count times the page size. Catches empty and cut-short files. A backup
 * file is never opened by SQLite in this process while this runs (they are written under
 * another name), so closing the descriptor drops no lock. */
gboolean
rp_store_backup_is_sound (const char *path)
{
  guchar header[100];
  GStatBuf st;
  guint32 page_size;
  int fd;
  gssize n;

  if (g_stat (path, &st) != 0 || st.st_size < (goffset) sizeof header)
    return FALSE;
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  n = read (fd, header, sizeof header);
  close (fd);
  if (n != sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    return FALSE;
  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  return read_be32 (header + 68) == RP_STORE_APPLICATION_ID &&
         page_size >= 512 && (goffset) read_be32 (header + 28) * page_size == st.st_size;
}

static int
compare_names_desc (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) b, *(const char *const *) a);
}

/* Backup names are STEM-YYYYMMDD-HHMMSS[-reason].rapport-db; newest first by name.
 * Each entry is the name without the stem. */
static GPtrArray *
list_backups (const char *workspace_path)
{
  g_autofree char *dir = rp_store_backup_dir (workspace_path);
  g_autofree char *stem = backup_stem (workspace_path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  size_t stem_len = strlen (stem);
  const char *name;

  if (d == NULL)
    return names;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, stem) && g_str_has_suffix (name, BACKUP_SUFFIX) &&
        strlen (name) >= stem_len + 15 && g_ascii_isdigit (name[stem_len]) && name[stem_len + 8] == '-')
      g_ptr_array_add (names, g_strdup (name + stem_len));
  g_ptr_array_sort (names, compare_names_desc);
  return names;
}

/* Hidden files of backups whose writer was killed: ".NAME.partial-PID" */
static void
remove_leftovers (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      const char *mark = strstr (name, PARTIAL_PREFIX);
      gint64 pid;

      if (name[0] != '.' || mark == NULL)
        continue;
      pid = g_ascii_strtoll (mark + strlen (PARTIAL_PREFIX), NULL, 10);
      if (pid > 0 && pid != getpid () && kill ((pid_t) pid, 0) != 0 && errno == ESRCH)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);

          g_unlink (path);
        }
    }
}

/* SQLite's own verdict on a copy: it opens, passes quick_check, is ours, and is of a
 * version this Rapport reads. */
static gboolean
verify_copy (const char  *path,
             const char  *name,
             GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *result = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 application_id = 0, version = 0;
  int rc;

  uri = g_filename_to_uri (path, NULL, NULL);
  if (uri == NULL)
    uri = g_strdup (path);
  {
    g_autofree char *ro = g_strconcat (uri, "?mode=ro", NULL);

    rc = sqlite3_open_v2 (ro, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  }
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT (SELECT quick_check FROM pragma_quick_check), "
                             "(SELECT application_id FROM pragma_application_id), "
                             "(SELECT user_version FROM pragma_user_version)", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      application_id = sqlite3_column_int64 (stmt, 1);
      version = sqlite3_column_int64 (stmt, 2);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CORRUPT, _("“%s” cannot be read: %s."),
                   name, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close_v2 (db);
      return FALSE;
    }
  sqlite3_close_v2 (db);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CORRUPT, _("“%s” is damaged (%s)."), name, result);
      return FALSE;
    }
  if (application_id != RP_STORE_APPLICATION_ID)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_WORKSPACE, _("“%s” is not a Rapport workspace."), name);
      return FALSE;
    }
  if (version < 1 || version > RP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NEWER_VERSION,
                   _("“%s” is of workspace version %d; this Rapport reads versions 1 to %d."),
                   name, (int) version, RP_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

static gboolean
sync_file (const char  *path,
           gboolean     directory,
           GError     **error)
{
  int fd = g_open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC, 0);
  int saved;

  if (fd >= 0 && fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }
  saved = errno;
  if (fd >= 0)
    close (fd);
  g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_IO, _("Could not write “%s” to the disk: %s."),
               path, g_strerror (saved));
  return FALSE;
}

/* Keeps the newest RP_STORE_BACKUPS_KEPT sound backups. A broken file is removed, and never
 * counts toward the ten, so it can never push a sound one out. */
static void
rotate (const char *workspace_path)
{
  g_autofree char *dir = rp_store_backup_dir (workspace_path);
  g_autofree char *stem = backup_stem (workspace_path);
  g_autoptr(GPtrArray) existing = list_backups (workspace_path);
  guint sound = 0;

  for (guint i = 0; i < existing->len; i++)
    {
      g_autofree char *name = g_strconcat (stem, existing->pdata[i], NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!rp_store_backup_is_sound (path) || ++sound > RP_STORE_BACKUPS_KEPT)
        g_unlink (path);
    }
}

gboolean
rp_store_backup_file (const char  *workspace_path,
                      const char  *reason,
                      char       **out_path,
                      GError     **error)
{
  g_autofree char *dir = rp_store_backup_dir (workspace_path);
  g_autofree char *stem = backup_stem (workspace_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = NULL;
  g_autofree char *name = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *canonical = g_canonicalize_filename (workspace_path, NULL);
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_IO,
                   _("Cannot create the backup folder “%s”: %s."), dir, g_strerror (saved));
      return FALSE;
    }
  remove_leftovers (dir);
  for (int n = 1;; n++)
    {
      g_autofree char *suffix = n > 1 ? g_strdup_printf ("-%d", n) : g_strdup ("");

      g_free (name);
      g_free (target);
      name = g_strdup_printf ("%s%s%s%s%s" BACKUP_SUFFIX, stem, stamp, reason ? "-" : "", reason ? reason : "", suffix);
      target = g_build_filename (dir, name, NULL);
      if (!g_file_test (target, G_FILE_TEST_EXISTS))
        break;
    }
  {
    g_autofree char *hidden = g_strdup_printf (".%s" PARTIAL_PREFIX "%d", name, (int) getpid ());

    partial = g_build_filename (dir, hidden, NULL);
  }
  g_unlink (partial);

  /* A connection of its own: VACUUM INTO copies a consistent snapshot while others work.
   * Held before it opens, so no check of the header closes a descriptor under it. */
  _rp_store_path_hold (canonical);
  rc = sqlite3_open_v2 (workspace_path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, _rp_store_busy_timeout ());
      rc = sqlite3_prepare_v2 (db, "VACUUM INTO ?1", -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, partial, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    _rp_store_set_error_for (db, rc, workspace_path, _("Could not write a backup"), &local_error);
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  _rp_store_path_release (canonical);

  if (local_error == NULL && verify_copy (partial, name, &local_error) &&
      sync_file (partial, FALSE, &local_error) && g_rename (partial, target) != 0)
    {
      int saved = errno;

      g_set_error (&local_error, RP_STORE_ERROR, RP_STORE_ERROR_IO,
                   _("Could not write a backup: renaming it to “%s” failed: %s."), target, g_strerror (saved));
    }
  if (local_error != NULL)
    {
      g_unlink (partial);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* The rename itself reaches the disk, so a power cut leaves the backup or nothing. */
  sync_file (dir, TRUE, NULL);
  rotate (workspace_path);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&target);
  return TRUE;
}

gboolean
rp_store_backup (RpStore     *self,
                 const char  *reason,
                 char       **out_path,
                 GError     **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  return rp_store_backup_file (self->path, reason, out_path, error);
}

static gboolean
is_backup_itself (const char *workspace_path)
{
  g_autofree char *dir = g_path_get_dirname (workspace_path);
  g_autofree char *dir_name = g_path_get_basename (dir);

  return g_str_equal (dir_name, "backups");
}

/* Whether today's backup is still to be made: there is no sound one of today. */
gboolean
rp_store_daily_backup_due (const char *workspace_path)
{
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y%m%d-");
  g_autofree char *dir = NULL;
  g_autofree char *stem = NULL;

  /* Opening a backup to look at it should not start backing up the backup. */
  if (is_backup_itself (workspace_path))
    return FALSE;
  dir = rp_store_backup_dir (workspace_path);
  stem = backup_stem (workspace_path);
  existing = list_backups (workspace_path);
  for (guint i = 0; i < existing->len; i++)
    if (g_str_has_prefix (existing->pdata[i], today))
      {
        g_autofree char *name = g_strconcat (stem, existing->pdata[i], NULL);
        g_autofree char *path = g_build_filename (dir, name, NULL);

        if (rp_store_backup_is_sound (path))
          return FALSE;
      }
  return TRUE;
}

gboolean
rp_store_daily_backup (const char  *workspace_path,
                       char       **out_path,
                       GError     **error)
{
  if (!rp_store_daily_backup_due (workspace_path))
    return TRUE;
  return rp_store_backup_file (workspace_path, "daily", out_path, error);
}

/* The workspace a backup was made of: ../NAME.rapport-db for backups/NAME-YYYYMMDD-….
 * NULL if @backup_path is not in a backups folder or that workspace does not exist. */
char *
rp_store_backup_origin (const char *backup_path)
{
  g_autofree char *dir = g_path_get_dirname (backup_path);
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autofree char *base = g_path_get_basename (backup_path);
  g_autoptr(GDir) d = NULL;
  const char *name;
  char *best = NULL;
  size_t best_len = 0;

  if (!is_backup_itself (backup_path) || (d = g_dir_open (parent, 0, NULL)) == NULL)
    return NULL;
  /* The longest workspace name whose stem begins the backup's name */
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *stem = NULL;

      if (!g_str_has_suffix (name, BACKUP_SUFFIX))
        continue;
      stem = backup_stem (name);
      if (g_str_has_prefix (base, stem) && g_ascii_isdigit (base[strlen (stem)]) && strlen (stem) > best_len)
        {
          g_free (best);
          best = g_build_filename (parent, name, NULL);
          best_len = strlen (stem);
        }
    }
  return best;
}

/* Copies @backup_path over @workspace_path in one transaction of SQLite's backup API, after
 * checking the backup and backing up the workspace as it is. Either the workspace is the
 * backup's copy afterwards, or it is as it was. */
gboolean
rp_store_restore (const char  *workspace_path,
                  const char  *backup_path,
                  char       **out_safety_path,
                  GError     **error)
{
  g_autofree char *name = g_path_get_basename (backup_path);
  g_autofree char *canonical = g_canonicalize_filename (workspace_path, NULL);
  g_autofree char *backup_canonical = g_canonicalize_filename (backup_path, NULL);
  g_autofree char *safety = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *source = NULL;
  sqlite3 *target = NULL;
  sqlite3_backup *copy = NULL;
  int rc;

  if (g_strcmp0 (canonical, backup_canonical) == 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_FAILED, _("“%s” is the workspace itself."), name);
      return FALSE;
    }
  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND, _("“%s” does not exist."), backup_path);
      return FALSE;
    }
  if (!verify_copy (backup_path, name, error))
    return FALSE;

  /* The workspace as it is now, so that a restore can itself be undone */
  if (g_file_test (workspace_path, G_FILE_TEST_IS_REGULAR) &&
      !rp_store_backup_file (workspace_path, "before-restore", &safety, &local_error))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_IO,
                   _("No backup of the workspace as it is could be made, so nothing was restored: %s"),
                   local_error->message);
      return FALSE;
    }

  _rp_store_path_hold (canonical);
  rc = sqlite3_open_v2 (backup_path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (workspace_path, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (target, _rp_store_busy_timeout ());
      copy = sqlite3_backup_init (target, "main", source, "main");
      if (copy == NULL)
        rc = sqlite3_errcode (target);
    }
  if (copy != NULL)
    {
      /* All pages in one step: one write transaction on the workspace */
      rc = sqlite3_backup_step (copy, -1);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
      sqlite3_backup_finish (copy);
    }
  if (rc != SQLITE_OK)
    _rp_store_set_error_for (target ? target : source, rc, workspace_path, _("Nothing was restored"), &local_error);
  sqlite3_close_v2 (source);
  sqlite3_close_v2 (target);
  _rp_store_path_release (canonical);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (out_safety_path != NULL)
    *out_safety_path = g_steal_pointer (&safety);
  return TRUE;
}
