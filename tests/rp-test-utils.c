/* rp-test-utils.c */
#include "config.h"

#include <glib/gi18n.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "rp-test-utils.h"

RpTestDir *
rp_test_dir_new (void)
{
  RpTestDir *dir = g_new0 (RpTestDir, 1);
  g_autoptr(GError) error = NULL;

  dir->path = g_dir_make_tmp ("rapport-test-XXXXXX", &error);
  g_assert_no_error (error);
  return dir;
}

char *
rp_test_dir_path (RpTestDir  *dir,
                  const char *name)
{
  return g_build_filename (dir->path, name, NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  if (d != NULL)
    {
      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          g_chmod (child, 0755);
          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

void
rp_test_dir_free (RpTestDir *dir)
{
  if (dir == NULL)
    return;
  remove_tree (dir->path);
  g_free (dir->path);
  g_free (dir);
}

void
rp_test_init (int    *argc,
              char ***argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
}

/* GTK needs the system's XDG_DATA_DIRS (the MIME database tells image formats
 * apart), so UI tests isolate only the user's own folders. */
void
rp_test_init_ui (int    *argc,
                 char ***argv)
{
  static const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("rapport-ui-home-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *dir = g_build_filename (home, vars[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (vars[i], dir, TRUE);
    }
  /* C unless RAPPORT_TEST_LOCALE names one (zh_HK.UTF-8), with the build's translations */
  if (g_getenv ("RAPPORT_TEST_LOCALE") != NULL)
    {
      const char *locale = g_getenv ("RAPPORT_TEST_LOCALE");
      g_auto(GStrv) parts = g_strsplit (locale, ".", 2);

      if (setlocale (LC_ALL, locale) == NULL)
        g_error ("The locale %s is not installed (build-aux/install-deps --test makes it)", locale);
      g_setenv ("LANGUAGE", parts[0], TRUE);
      /* gtk_init() sets the locale again from the environment */
      g_setenv ("LC_ALL", locale, TRUE);
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RAPPORT_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  else
    {
      setlocale (LC_ALL, "C.UTF-8");
      g_setenv ("LANGUAGE", "C", TRUE);
    }
  g_test_init (argc, argv, NULL);
}

char *
rp_test_read_file (const char *path,
                   gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

/* A workspace as version 4 wrote it (before the company's own KPIs): the company
 * Harbourline, the outsourcer SwiftLink, its KPI On-time delivery with a target and a
 * figure. The core's resources must be registered (any store opened once does it). */
void
rp_test_write_version4 (const char *path)
{
  static const char *const steps[] = {
    "/io/github/rapport/core/sql/0001-workspace.sql", "/io/github/rapport/core/sql/0002-journal-search.sql",
    "/io/github/rapport/core/sql/0003-scoring-rules.sql", "/io/github/rapport/core/sql/0004-journal-search-characters.sql",
  };
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (steps[i], 0, &error);
      g_autofree char *sql = NULL;

      g_assert_no_error (error);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA foreign_keys = ON; PRAGMA application_id = 1382117488; PRAGMA user_version = 4; "
                                 "INSERT INTO profile (uuid, created_at, updated_at, company_name) VALUES "
                                 "('0b0e0c1a-0000-4000-8000-000000000009', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'Harbourline'); "
                                 "INSERT INTO outsourcer (uuid, created_at, updated_at, name) VALUES "
                                 "('0b0e0c1a-0000-4000-8000-000000000001', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'SwiftLink'); "
                                 "INSERT INTO kpi (uuid, created_at, updated_at, outsourcer, name, negatives) VALUES "
                                 "('0b0e0c1a-0000-4000-8000-000000000002', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', "
                                 "'0b0e0c1a-0000-4000-8000-000000000001', 'On-time delivery', 1); "
                                 "INSERT INTO kpi_target (uuid, created_at, updated_at, kpi, from_period, target) VALUES "
                                 "('0b0e0c1a-0000-4000-8000-000000000003', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', "
                                 "'0b0e0c1a-0000-4000-8000-000000000002', '2025-01', 95); "
                                 "INSERT INTO figure (uuid, created_at, updated_at, kpi, period, value) VALUES "
                                 "('0b0e0c1a-0000-4000-8000-000000000004', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', "
                                 "'0b0e0c1a-0000-4000-8000-000000000002', '2025-02', 93.5)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}
