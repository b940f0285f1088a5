/* test-cli.c — rapport-cli as a user runs it: exit codes, messages, output */
#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "rp-record.h"
#include "rp-store.h"
#include "rp-test-utils.h"
#include "rp-cli-test.h"

static void
test_help (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *help[] = { "--help", NULL };
  const char *info_help[] = { "info", "--help", NULL };
  const char *unknown[] = { "frobnicate", NULL };
  const char *bad_option[] = { "info", "--colour", NULL };

  g_assert_cmpint (rp_cli_run (help, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "init"));
  g_assert_nonnull (strstr (out, "check"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (rp_cli_run (info_help, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "--format"));

  g_assert_cmpint (rp_cli_run (unknown, NULL, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "unknown command “frobnicate”"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rp_cli_run (bad_option, NULL, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--colour"));
}

static void
test_init_demo_info_check (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  g_autofree char *demo_path = rp_test_dir_path (dir, "demo.rapport-db");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *init[] = { "--workspace", path, "init", NULL };
  const char *demo[] = { "--workspace", demo_path, "demo", NULL };
  const char *info_json[] = { "--workspace", demo_path, "info", "--format", "json", NULL };
  const char *info_text[] = { "--workspace", demo_path, "info", NULL };
  const char *check[] = { "--workspace", demo_path, "check", NULL };
  const char *bad_format[] = { "--workspace", demo_path, "info", "--format", "xml", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *counts;
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  g_assert_cmpint (rp_cli_run (init, NULL, &out, NULL), ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&out, g_free);

  /* init never touches an existing file */
  g_assert_cmpint (rp_cli_run (init, NULL, NULL, &err), ==, 1);
  rp_cli_assert_one_line (err, "init");
  g_assert_nonnull (strstr (err, "already"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (info_json, NULL, &out, NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "schema_version"), ==, RP_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (json_object_get_string_member (root, "application_id"), ==, "0x52617070");
  counts = json_object_get_object_member (root, "counts");
  for (guint k = 0; k < n_kinds; k++)
    {
      g_test_message ("%s", kinds[k]->name);
      g_assert_true (json_object_has_member (counts, kinds[k]->name));
      g_assert_cmpint (json_object_get_int_member (counts, kinds[k]->name), >, 0);
    }
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (rp_cli_run (info_text, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Schema version:"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (rp_cli_run (check, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "sound"));

  g_assert_cmpint (rp_cli_run (bad_format, NULL, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "xml"));
}

static void
test_workspace_from_environment (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "env.rapport-db");
  const char *env[] = { "RAPPORT_WORKSPACE", path, NULL };
  const char *init[] = { "init", NULL };

  g_assert_cmpint (rp_cli_run (init, env, NULL, NULL), ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_refusals (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *text = rp_test_dir_path (dir, "minutes.txt");
  g_autofree char *missing = rp_test_dir_path (dir, "missing.rapport-db");
  g_autofree char *busy = rp_test_dir_path (dir, "busy.rapport-db");
  g_autofree char *err = NULL;
  const char *info_text[] = { "--workspace", text, "info", NULL };
  const char *info_missing[] = { "--workspace", missing, "info", NULL };
  const char *init_busy[] = { "--workspace", busy, "init", NULL };
  const char *backup_busy[] = { "--workspace", busy, "demo", NULL };
  const char *short_wait[] = { "RAPPORT_BUSY_TIMEOUT_MS", "200", NULL };
  sqlite3 *holder = NULL;

  g_assert_true (g_file_set_contents (text, "not a workspace", -1, NULL));
  g_assert_cmpint (rp_cli_run (info_text, NULL, NULL, &err), ==, 1);
  rp_cli_assert_one_line (err, "info");
  g_assert_nonnull (strstr (err, "not a Rapport workspace"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rp_cli_run (info_missing, NULL, NULL, &err), ==, 1);
  rp_cli_assert_one_line (err, "info");
  g_assert_nonnull (strstr (err, "no workspace"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  /* A workspace busy in another process: the CLI waits, then says so. */
  g_assert_cmpint (rp_cli_run (init_busy, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (sqlite3_open (busy, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (rp_cli_run (backup_busy, short_wait, NULL, &err), ==, 1);
  rp_cli_assert_one_line (err, "demo");
  g_assert_nonnull (strstr (err, "in use by another program"));
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (holder);
}

static void
test_check_finds_damage (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "dangling.rapport-db");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *check[] = { "--workspace", path, "check", NULL };
  sqlite3 *db = NULL;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  /* Another tool, without foreign keys on, leaves a principle without its philosophy. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF; DELETE FROM philosophy WHERE status = 'proposed'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (rp_cli_run (check, NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (out, "principle"));
  rp_cli_assert_one_line (err, "check");
}

static void
test_backup (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "b.rapport-db");
  g_autofree char *out = NULL;
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *backup[] = { "--workspace", path, "backup", NULL };

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (backup, NULL, &out, NULL), ==, 0);
  g_strstrip (out);
  g_assert_true (g_str_has_suffix (out, "-manual.rapport-db"));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
}

/* rapport-cli restore: the backup comes back, the workspace as it was is kept, and a backup
 * of another workspace is refused with the right one named. */
static void
test_restore (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  g_autofree char *other = rp_test_dir_path (dir, "other.rapport-db");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *backup = NULL;
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *init_other[] = { "--workspace", other, "init", NULL };
  const char *backup_cmd[] = { "--workspace", path, "backup", NULL };
  guint figures;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (init_other, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (backup_cmd, NULL, &out, NULL), ==, 0);
  backup = g_strstrip (g_steal_pointer (&out));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RpStore) store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
    g_autoptr(GListModel) all = rp_store_list (store, RP_KIND_FIGURE, RP_FIELD_NONE, NULL);
    g_autoptr(RpRecord) figure = g_list_model_get_item (all, 0);

    figures = rp_store_count (store, RP_KIND_FIGURE);
    g_assert_true (rp_store_delete (store, figure, NULL, &error));
  }
  {
    const char *wrong[] = { "--workspace", other, "restore", backup, NULL };

    g_assert_cmpint (rp_cli_run (wrong, NULL, NULL, &err), ==, 1);
    rp_cli_assert_one_line (err, "restore");
    g_assert_nonnull (strstr (err, "is a backup of"));
    g_assert_nonnull (strstr (err, path));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *restore[] = { "--workspace", path, "restore", backup, NULL };
    g_autoptr(GError) error = NULL;
    g_autoptr(RpStore) store = NULL;

    g_assert_cmpint (rp_cli_run (restore, NULL, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Restored "));
    g_assert_nonnull (strstr (out, "before-restore"));
    store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
    g_assert_cmpuint (rp_store_count (store, RP_KIND_FIGURE), ==, figures);
  }
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/init-demo-info-check", test_init_demo_info_check);
  g_test_add_func ("/cli/workspace-from-environment", test_workspace_from_environment);
  g_test_add_func ("/cli/refusals", test_refusals);
  g_test_add_func ("/cli/check-finds-damage", test_check_finds_damage);
  g_test_add_func ("/cli/backup", test_backup);
  g_test_add_func ("/cli/restore", test_restore);

  return g_test_run ();
}
