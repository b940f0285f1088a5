/* test-store.c — the workspace store: creation, refusals, migration, every table, journal, undo, backups */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "rp-journal.h"
#include "rp-store.h"
#include "rp-store-private.h"
#include "rp-record.h"
#include "rp-sample.h"
#include "rp-test-utils.h"
#include "rp-workspace-digest.h"
#include "rp-util.h"

static RpStore *
new_store (RpTestDir *dir,
           const char *name)
{
  g_autofree char *path = rp_test_dir_path (dir, name);
  g_autoptr(GError) error = NULL;
  RpStore *store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static guint32
header_be32 (const char *path,
             gsize       offset)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >=, offset + 4);
  return ((guint32) (guchar) data[offset] << 24) | ((guint32) (guchar) data[offset + 1] << 16) |
         ((guint32) (guchar) data[offset + 2] << 8) | (guchar) data[offset + 3];
}

static void
test_create (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "new.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "new.rapport-db");
  g_autoptr(GListModel) journal = NULL;

  g_assert_cmpint (rp_store_get_schema_version (store), ==, RP_STORE_SCHEMA_VERSION);
  g_assert_null (rp_store_get_profile (store));
  /* Defaults: philosophy, selection and proposal criteria, and four standing rules */
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_CRITERION, RP_CRITERION_SCOPE, "philosophy"), ==, 5);
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_CRITERION, RP_CRITERION_SCOPE, "selection"), ==, 6);
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_CRITERION, RP_CRITERION_SCOPE, "proposal"), ==, 4);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_STANDING_RULE), ==, 4);
  journal = rp_store_list (store, RP_KIND_JOURNAL_ENTRY, RP_FIELD_NONE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, 1);

  g_clear_object (&store);
  g_assert_cmpuint (header_be32 (path, 68), ==, RP_STORE_APPLICATION_ID);
  g_assert_cmpuint (header_be32 (path, 60), ==, RP_STORE_SCHEMA_VERSION);
}

/* A file the document portal handed over cannot hold a workspace: refused before anything
 * is written, with where workspaces can go */
static void
test_refuse_portal (void)
{
  g_autofree char *doc = g_build_filename (g_get_user_runtime_dir (), "doc", "4f1d2a", NULL);
  g_autofree char *path = g_build_filename (doc, "shared.rapport-db", NULL);
  g_autofree char *folder = rp_store_workspace_folder ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RpStore) store = NULL;

  g_assert_cmpint (g_mkdir_with_parents (doc, 0700), ==, 0);
  g_assert_true (rp_store_path_is_portal (path));
  g_assert_false (rp_store_path_is_portal (folder));
  g_assert_true (g_str_has_suffix (folder, G_DIR_SEPARATOR_S "Rapport"));
  store = rp_store_open (path, RP_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_reopen (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "w.rapport-db");
  g_autoptr(RpRecord) profile = rp_record_new_for (RP_KIND_PROFILE, NULL);
  g_autoptr(RpRecord) again = NULL;
  g_autoptr(GError) error = NULL;

  rp_record_set_string (profile, RP_PROFILE_COMPANY_NAME, "Acme & Sons <b>bold</b>");
  g_assert_true (rp_store_save (store, profile, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  g_assert_no_error (error);
  again = rp_store_get_profile (store);
  g_assert_nonnull (again);
  g_assert_cmpstr (rp_record_get_string (again, RP_PROFILE_COMPANY_NAME), ==, "Acme & Sons <b>bold</b>");
  g_assert_cmpstr (rp_record_get_uuid (again), ==, rp_record_get_uuid (profile));
}

static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpStore) store = NULL;

  g_file_get_contents (path, &before, &before_len, NULL);
  store = rp_store_open (path, RP_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, RP_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, "“")); /* names the file */
  /* The file is exactly as it was. */
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_refuse_missing (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "missing.rapport-db");
  g_autoptr(GError) error = NULL;
  g_autoptr(RpStore) store = rp_store_open (path, RP_STORE_OPEN_DEFAULT, &error);

  g_assert_null (store);
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_refuse_not_workspace (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *text = rp_test_dir_path (dir, "notes.txt");
  g_autofree char *other = rp_test_dir_path (dir, "other.sqlite");
  g_autofree char *empty = rp_test_dir_path (dir, "empty.rapport-db");
  sqlite3 *db = NULL;

  g_assert_true (g_file_set_contents (text, "Minutes of the board meeting\n", -1, NULL));
  assert_refused (text, RP_STORE_ERROR_NOT_WORKSPACE);

  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (a); INSERT INTO t VALUES (1)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (other, RP_STORE_ERROR_NOT_WORKSPACE);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, RP_STORE_ERROR_NOT_WORKSPACE);
}

static void
test_refuse_corrupt (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "damaged.rapport-db");
  g_autofree char *short_path = rp_test_dir_path (dir, "short.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "damaged.rapport-db");
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (rp_sample_fill (store, NULL));
  g_clear_object (&store);

  /* Scribble over everything after the first page. */
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >, 8192);
  for (gsize i = 4096; i < len; i++)
    data[i] = (char) (i * 7 + 3);
  g_assert_true (g_file_set_contents (path, data, len, NULL));
  assert_refused (path, RP_STORE_ERROR_CORRUPT);

  /* A file cut short inside its header */
  g_assert_true (g_file_set_contents (short_path, data, 60, NULL));
  assert_refused (short_path, RP_STORE_ERROR_CORRUPT);
}

static void
test_refuse_newer (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "future.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "future.rapport-db");
  sqlite3 *db = NULL;

  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (path, RP_STORE_ERROR_NEWER_VERSION);
}

static void
test_refuse_read_only (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "locked-down.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "locked-down.rapport-db");

  g_clear_object (&store);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  assert_refused (path, RP_STORE_ERROR_READ_ONLY);
  g_chmod (path, 0644);
}

static void
test_refuse_locked (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "busy.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "busy.rapport-db");
  g_autoptr(RpStore) second = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *holder = NULL;

  g_clear_object (&store);
  /* Another writer holds the workspace. */
  g_assert_cmpint (sqlite3_open (path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_setenv ("RAPPORT_BUSY_TIMEOUT_MS", "150", TRUE);
  second = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  g_unsetenv ("RAPPORT_BUSY_TIMEOUT_MS");
  g_assert_null (second);
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "in use by another program"));
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (holder);

  g_clear_error (&error);
  second = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  g_assert_no_error (error);
}

/* Another program holding the workspace may keep even its header in the write-ahead log. */
static void
test_open_while_held (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "held.rapport-db");
  g_autoptr(RpStore) first = new_store (dir, "held.rapport-db");
  g_autoptr(RpStore) second = NULL;
  g_autoptr(RpRecord) profile = rp_record_new_for (RP_KIND_PROFILE, NULL);
  g_autoptr(RpRecord) seen = NULL;
  g_autoptr(GError) error = NULL;

  rp_record_set_string (profile, RP_PROFILE_COMPANY_NAME, "Held Ltd");
  g_assert_true (rp_store_save (first, profile, &error));
  second = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  g_assert_no_error (error);
  seen = rp_store_get_profile (second);
  g_assert_cmpstr (rp_record_get_string (seen, RP_PROFILE_COMPANY_NAME), ==, "Held Ltd");
}

/* A workspace as version 1 left it: step 1 only, with a journal entry. */
static void
test_migrate (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "old.rapport-db");
  g_autofree char *backups = NULL;
  g_autoptr(GBytes) step1 = NULL;
  g_autoptr(RpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  sqlite3 *db = NULL;
  g_autofree char *sql = NULL;
  const char *name;
  guint n_backups = 0;
  sqlite3_stmt *stmt = NULL;

  /* Load step 1 from the core's resources */
  g_clear_object (&store);
  {
    g_autoptr(RpTestDir) scratch = rp_test_dir_new ();
    g_autoptr(RpStore) any = new_store (scratch, "x.rapport-db"); /* registers the resources */
  }
  step1 = g_resources_lookup_data ("/io/github/rapport/core/sql/0001-workspace.sql", 0, &error);
  g_assert_no_error (error);
  sql = g_strndup (g_bytes_get_data (step1, NULL), g_bytes_get_size (step1));

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA application_id = 1382117488; PRAGMA user_version = 1; "
                                 "INSERT INTO journal_entry (uuid, created_at, updated_at, who, record_kind, action, summary) "
                                 "VALUES ('0b0e0c1a-0000-4000-8000-000000000001', '2025-01-01T00:00:00.000Z', "
                                 "'2025-01-01T00:00:00.000Z', 'Ada', 'workspace', 'created', 'Quarterly supplier review agreed')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_store_get_schema_version (store), ==, RP_STORE_SCHEMA_VERSION);

  /* A copy was made before the update. */
  backups = rp_store_backup_dir (path);
  d = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (strstr (name, "before-update") != NULL)
      n_backups++;
  g_assert_cmpuint (n_backups, ==, 1);
  g_clear_object (&store);

  /* The old entry is searchable after step 2. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM journal_search WHERE journal_search MATCH 'supplier'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Every table: a record with every field set away from its default survives a reopen. */
static RpRecord *
make_record (RpStore      *store,
             const RpKind *kind,
             guint         salt);

static const char *
ensure_ref (RpStore    *store,
            const char *kind_name,
            guint       salt)
{
  g_autoptr(RpRecord) record = make_record (store, rp_kind_lookup (kind_name), salt);
  g_autoptr(GError) error = NULL;

  if (rp_kind_lookup (kind_name)->flags & RP_KIND_SINGLETON)
    {
      g_autoptr(RpRecord) existing = rp_store_get_profile (store);

      if (existing != NULL)
        return g_intern_string (rp_record_get_uuid (existing));
    }
  g_assert_true (rp_store_save (store, record, &error));
  g_assert_no_error (error);
  return g_intern_string (rp_record_get_uuid (record));
}

static RpRecord *
make_record (RpStore      *store,
             const RpKind *kind,
             guint         salt)
{
  RpRecord *record = rp_record_new (kind);
  const char *const *subjects = rp_kind_get_subjects (kind);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      gboolean is_subject = FALSE;

      for (guint s = 0; subjects != NULL && subjects[s] != NULL; s++)
        is_subject |= g_str_equal (subjects[s], field->name);
      /* Only the first subject is set: exactly one must be. */
      if (is_subject && !g_str_equal (subjects[0], field->name))
        continue;

      switch (field->type)
        {
        case RP_FIELD_TEXT:
          {
            g_autofree char *text = g_strdup_printf ("%s %u — “quoted” & <tagged>\nsecond line", field->name, salt);
            rp_record_set_string (record, rp_kind_field_id (kind, field->name), text);
            break;
          }
        case RP_FIELD_INT:
          rp_record_set_int (record, rp_kind_field_id (kind, field->name),
                             field->min < field->max ? (gint64) field->max - (salt % 2) : 7 + salt);
          break;
        case RP_FIELD_REAL:
          rp_record_set_real (record, rp_kind_field_id (kind, field->name), field->min < field->max ? field->max / 2 + 0.25 : 12.5);
          break;
        case RP_FIELD_BOOL:
          rp_record_set_bool (record, rp_kind_field_id (kind, field->name), TRUE);
          break;
        case RP_FIELD_DATE:
          rp_record_set_string (record, rp_kind_field_id (kind, field->name), "2024-02-29");
          break;
        case RP_FIELD_PERIOD:
          {
            g_autofree char *period = g_strdup_printf ("2025-%02u", (salt % 12) + 1);
            rp_record_set_string (record, rp_kind_field_id (kind, field->name), period);
            break;
          }
        case RP_FIELD_ENUM:
          rp_record_set_string (record, rp_kind_field_id (kind, field->name),
                                field->enum_values[rp_field_enum_count (field) - 1].nick);
          break;
        case RP_FIELD_REF:
          if (g_str_equal (field->ref_kind, kind->name))
            break; /* a strategy's parent: left empty at the top */
          rp_record_set_string (record, rp_kind_field_id (kind, field->name), ensure_ref (store, field->ref_kind, salt + 1));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return record;
}

static void
test_round_trip_every_table (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "all.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "all.rapport-db");
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  /* Every field, workflow-owned ones too: the table, not the workflows, is tested here. */
  _rp_store_set_writing_history (store, TRUE);
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autoptr(RpRecord) record = NULL;

      if (kinds[k]->flags & (RP_KIND_APPEND_ONLY | RP_KIND_SINGLETON))
        continue;
      record = make_record (store, kinds[k], k * 3);
      g_assert_true (rp_store_save (store, record, &error));
      g_assert_no_error (error);
      g_ptr_array_add (saved, g_steal_pointer (&record));
    }
  g_clear_object (&store);

  store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < saved->len; i++)
    {
      RpRecord *record = saved->pdata[i];
      const RpKind *kind = rp_record_get_kind (record);
      g_autoptr(RpRecord) back = rp_store_get (store, rp_kind_get_index (kind), rp_record_get_uuid (record));

      g_test_message ("kind %s", kind->name);
      g_assert_nonnull (back);
      g_assert_true (rp_record_content_equal (record, back));
      g_assert_cmpstr (rp_record_get_created_at (back), ==, rp_record_get_created_at (record));
      g_assert_true (rp_timestamp_is_valid (rp_record_get_updated_at (back)));
    }
}

static void
test_journal (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "j.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "j.rapport-db");
  g_autoptr(RpRecord) objective = rp_record_new_for (RP_KIND_OBJECTIVE, NULL);
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(RpRecord) last = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  guint before = rp_store_count (store, RP_KIND_JOURNAL_ENTRY);

  rp_store_set_user (store, "Ada Wong");
  rp_record_set_string (objective, RP_OBJECTIVE_TITLE, "Keep churn below 8%");
  g_assert_true (rp_store_save (store, objective, &error));
  rp_record_set_string (objective, RP_OBJECTIVE_TITLE, "Keep churn below 7%");
  g_assert_true (rp_store_save (store, objective, &error));
  /* Saving without a change writes nothing. */
  g_assert_true (rp_store_save (store, objective, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_JOURNAL_ENTRY), ==, before + 2);

  journal = rp_store_list (store, RP_KIND_JOURNAL_ENTRY, RP_FIELD_NONE, NULL);
  last = g_list_model_get_item (journal, 0); /* newest first */
  g_assert_cmpstr (rp_record_get_string (last, RP_JOURNAL_ENTRY_WHO), ==, "Ada Wong");
  g_assert_cmpstr (rp_record_get_string (last, RP_JOURNAL_ENTRY_RECORD_KIND), ==, "objective");
  g_assert_cmpstr (rp_record_get_string (last, RP_JOURNAL_ENTRY_RECORD_UUID), ==, rp_record_get_uuid (objective));
  g_assert_cmpstr (rp_record_get_string (last, RP_JOURNAL_ENTRY_ACTION), ==, "updated");
  g_assert_nonnull (strstr (rp_record_get_string (last, RP_JOURNAL_ENTRY_SUMMARY), "Keep churn below 7%"));

  /* The store refuses to edit it, and so does the database itself. */
  rp_record_set_string (last, RP_JOURNAL_ENTRY_SUMMARY, "rewritten");
  g_assert_false (rp_store_save (store, last, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_APPEND_ONLY);
  g_clear_error (&error);
  g_assert_false (rp_store_delete (store, last, NULL, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_APPEND_ONLY);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE journal_entry SET summary = 'x'", NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_nonnull (strstr (sqlite3_errmsg (db), "append-only"));
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM journal_entry", NULL, NULL, NULL), !=, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_validation (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "v.rapport-db");
  g_autoptr(RpRecord) objective = rp_record_new_for (RP_KIND_OBJECTIVE, NULL);
  g_autoptr(RpRecord) principle = rp_record_new_for (RP_KIND_PRINCIPLE, NULL);
  g_autoptr(RpRecord) review = rp_record_new_for (RP_KIND_REVIEW, NULL);
  g_autoptr(RpRecord) profile = rp_record_new_for (RP_KIND_PROFILE, NULL);
  g_autoptr(RpRecord) second = rp_record_new_for (RP_KIND_PROFILE, NULL);
  g_autoptr(RpRecord) phil = rp_record_new_for (RP_KIND_PHILOSOPHY, NULL);
  g_autoptr(GError) error = NULL;
  guint before = rp_store_count (store, RP_KIND_JOURNAL_ENTRY);

  /* required */
  g_assert_false (rp_store_save (store, objective, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Objective"));
  g_clear_error (&error);

  /* range */
  rp_record_set_string (phil, RP_PHILOSOPHY_TITLE, "P");
  g_assert_true (rp_store_save (store, phil, &error));
  rp_record_set_string (principle, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (phil));
  rp_record_set_string (principle, RP_PRINCIPLE_STATEMENT, "Answer within a day");
  rp_record_set_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT, 9);
  g_assert_false (rp_store_save (store, principle, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "from 1 to 5"));
  g_clear_error (&error);

  /* enumeration */
  rp_record_set_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT, 4);
  g_assert_true (rp_store_save (store, principle, &error));
  rp_record_set_string (phil, RP_PHILOSOPHY_STATUS, "archived");
  g_assert_false (rp_store_save (store, phil, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "draft, proposed, adopted, retired"));
  g_clear_error (&error);

  /* dates */
  rp_record_set_string (review, RP_REVIEW_STRATEGY, NULL);
  rp_record_set_string (review, RP_REVIEW_HELD_ON, "2025-02-30");
  g_assert_false (rp_store_save (store, review, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* exactly one subject */
  rp_record_set_string (review, RP_REVIEW_HELD_ON, "2025-02-28");
  g_assert_false (rp_store_save (store, review, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Review: it belongs to one, and only one, of: Strategy / Outsourcer."));
  g_clear_error (&error);

  /* a reference to nothing */
  rp_record_set_string (principle, RP_PRINCIPLE_PHILOSOPHY, "6f1c7a7e-1111-4a2b-9c3d-000000000000");
  g_assert_false (rp_store_save (store, principle, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* one profile per workspace */
  rp_record_set_string (profile, RP_PROFILE_COMPANY_NAME, "One");
  rp_record_set_string (second, RP_PROFILE_COMPANY_NAME, "Two");
  g_assert_true (rp_store_save (store, profile, &error));
  g_assert_false (rp_store_save (store, second, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* one adopted philosophy at most, enforced by the database too */
  {
    g_autoptr(RpRecord) a = rp_record_new_for (RP_KIND_PHILOSOPHY, NULL);
    g_autoptr(RpRecord) b = rp_record_new_for (RP_KIND_PHILOSOPHY, NULL);

    rp_record_set_string (a, RP_PHILOSOPHY_TITLE, "A");
    rp_record_set_enum (a, RP_PHILOSOPHY_STATUS, RP_PHILOSOPHY_STATUS_ADOPTED);
    rp_record_set_string (b, RP_PHILOSOPHY_TITLE, "B");
    rp_record_set_enum (b, RP_PHILOSOPHY_STATUS, RP_PHILOSOPHY_STATUS_ADOPTED);
    _rp_store_set_writing_history (store, TRUE);
    g_assert_true (rp_store_save (store, a, &error));
    g_assert_false (rp_store_save (store, b, &error));
    g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    _rp_store_set_writing_history (store, FALSE);
  }

  /* Journal: only the successful saves */
  g_assert_cmpuint (rp_store_count (store, RP_KIND_JOURNAL_ENTRY), ==, before + 4);
}

static void
test_delete_undo (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "d.rapport-db");
  g_autoptr(GListModel) philosophies = NULL;
  g_autoptr(GListModel) outsourcers = NULL;
  g_autoptr(RpRecord) philosophy = NULL;
  g_autoptr(RpRecord) outsourcer = NULL;
  g_autoptr(RpChangeSet) undo = NULL;
  g_autoptr(GError) error = NULL;
  guint principles, links, staff_with_outsourcer;

  g_assert_true (rp_sample_fill (store, &error));
  philosophies = rp_store_list (store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_STATUS, "adopted");
  philosophy = g_list_model_get_item (philosophies, 0);
  principles = rp_store_count (store, RP_KIND_PRINCIPLE);
  links = rp_store_count (store, RP_KIND_PRINCIPLE_OBJECTIVE);

  g_assert_true (rp_store_delete (store, philosophy, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_PRINCIPLE), ==, principles - 6);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_PRINCIPLE_OBJECTIVE), <, links);
  g_assert_null (rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (philosophy)));
  g_assert_cmpuint (rp_change_set_get_n_records (undo), >, 6);

  g_assert_true (rp_store_undo (store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_PRINCIPLE), ==, principles);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_PRINCIPLE_OBJECTIVE), ==, links);
  {
    g_autoptr(RpRecord) back = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (philosophy));

    g_assert_nonnull (back);
  }
  g_clear_pointer (&undo, rp_change_set_free);

  /* A reference that the database clears comes back too. */
  outsourcers = rp_store_list (store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "Pearl Delta Contact");
  outsourcer = g_list_model_get_item (outsourcers, 0);
  staff_with_outsourcer = rp_store_count_where (store, RP_KIND_STAFF, RP_STAFF_OUTSOURCER, rp_record_get_uuid (outsourcer));
  g_assert_cmpuint (staff_with_outsourcer, ==, 2);
  g_assert_true (rp_store_delete (store, outsourcer, &undo, &error));
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_STAFF, RP_STAFF_OUTSOURCER, rp_record_get_uuid (outsourcer)), ==, 0);
  g_assert_true (rp_store_undo (store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_STAFF, RP_STAFF_OUTSOURCER, rp_record_get_uuid (outsourcer)), ==, 2);

  {
    g_autoptr(GPtrArray) problems = NULL;

    g_assert_true (rp_store_check (store, &problems, &error));
    g_assert_cmpuint (problems->len, ==, 0);
  }
}

static void
test_move (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "m.rapport-db");
  const char *titles[] = { "First", "Second", "Third" };
  g_autoptr(GListModel) list = NULL;
  g_autoptr(RpRecord) third = NULL;
  g_autoptr(RpRecord) top = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(RpRecord) o = rp_record_new_for (RP_KIND_OBJECTIVE, NULL);

      rp_record_set_string (o, RP_OBJECTIVE_TITLE, titles[i]);
      g_assert_true (rp_store_save (store, o, &error));
      g_assert_cmpint (rp_record_get_int (o, RP_OBJECTIVE_POSITION), ==, i);
    }
  list = rp_store_list (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  third = g_list_model_get_item (list, 2);
  g_assert_true (rp_store_move (store, third, 0, &error));
  g_clear_object (&list);
  list = rp_store_list (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  top = g_list_model_get_item (list, 0);
  g_assert_cmpstr (rp_record_get_string (top, RP_OBJECTIVE_TITLE), ==, "Third");
}

static void
test_backups (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "b.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "b.rapport-db");
  g_autofree char *backup = NULL;
  g_autofree char *folder = rp_store_backup_dir (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  guint n = 0;

  g_assert_true (rp_sample_fill (store, NULL));
  g_assert_true (rp_store_backup (store, "manual", &backup, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  /* A backup is a workspace in its own right. */
  {
    g_autoptr(RpStore) copy = rp_store_open (backup, RP_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (rp_store_count (copy, RP_KIND_FIGURE), ==, rp_store_count (store, RP_KIND_FIGURE));
  }

  /* Only the newest ten are kept. */
  for (guint i = 0; i < 12; i++)
    g_assert_true (rp_store_backup (store, "manual", NULL, &error));
  d = g_dir_open (folder, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    n++;
  g_assert_cmpuint (n, ==, RP_STORE_BACKUPS_KEPT);

  /* The daily backup happens once a day. */
  g_assert_true (rp_store_daily_backup (path, NULL, &error));
}

static guint
count_sound_backups (const char *folder,
                     guint      *broken,
                     guint      *hidden)
{
  g_autoptr(GDir) d = g_dir_open (folder, 0, NULL);
  const char *name;
  guint sound = 0;

  *broken = *hidden = 0;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (name[0] == '.')
        (*hidden)++;
      else if (rp_store_backup_is_sound (path))
        sound++;
      else
        (*broken)++;
    }
  return sound;
}

/* A backup killed at any moment leaves no file that looks like a backup: it is written under
 * a hidden name and renamed once checked. The next backup removes what the killed one left. */
static void
test_backup_killed_midway (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "k.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "k.rapport-db");
  g_autofree char *folder = rp_store_backup_dir (path);
  g_autoptr(GError) error = NULL;
  guint broken = 0, hidden = 0, killed = 0;

  g_assert_true (rp_sample_fill (store, NULL));
  for (guint i = 0; i < 40; i++)
    {
      pid_t pid = fork ();
      int status;

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        _exit (rp_store_backup_file (path, "daily", NULL, NULL) ? 0 : 1);
      g_usleep (g_test_rand_int_range (0, 60000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      killed += WIFSIGNALED (status);
      count_sound_backups (folder, &broken, &hidden);
      g_assert_cmpuint (broken, ==, 0);
    }
  g_test_message ("%u of 40 backups killed before they ended; %u hidden leftovers", killed, hidden);
  g_assert_cmpuint (killed, >, 0);

  /* The daily backup is due until one is sound; the next backup tidies up. */
  g_assert_true (rp_store_backup (store, "manual", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_sound_backups (folder, &broken, &hidden), <=, RP_STORE_BACKUPS_KEPT);
  g_assert_cmpuint (broken, ==, 0);
  g_assert_cmpuint (hidden, ==, 0);
}

/* Backups broken by something else (an older Rapport, a full disk, a copy cut short) never
 * count: today's daily backup is made again, and rotation never deletes a sound backup to
 * keep a broken one. */
static void
test_backup_rotation_keeps_sound (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "r.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "r.rapport-db");
  g_autofree char *folder = rp_store_backup_dir (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y%m%d");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  guint broken, hidden;

  g_assert_true (rp_sample_fill (store, NULL));
  /* Two sound backups of earlier days */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *made = NULL;
      char *older = g_strdup_printf ("%s/r-2020010%u-090000-manual.rapport-db", folder, i + 1);

      g_assert_true (rp_store_backup (store, "manual", &made, &error));
      g_assert_cmpint (g_rename (made, older), ==, 0);
      *(i == 0 ? &first : &second) = older;
    }
  g_assert_true (g_file_get_contents (first, &contents, &length, NULL));
  /* Twelve broken files with names of later backups, one of them today's daily */
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("r-%s-2359%02u-daily.rapport-db", today, i);
      g_autofree char *broken_path = g_build_filename (folder, name, NULL);

      g_assert_true (g_file_set_contents (broken_path, contents, i == 0 ? 0 : (gssize) (length / (i + 1)), NULL));
      g_assert_false (rp_store_backup_is_sound (broken_path));
    }
  g_assert_true (rp_store_daily_backup_due (path));
  g_assert_true (rp_store_daily_backup (path, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (rp_store_daily_backup_due (path));

  /* The two earlier sound ones are still there, with today's; the broken ones are gone. */
  g_assert_cmpuint (count_sound_backups (folder, &broken, &hidden), ==, 3);
  g_assert_cmpuint (broken, ==, 0);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));
}

/* A restore puts the backup's records back in one step, keeps the workspace as it was in a
 * backup of its own, and refuses a broken backup without touching the workspace. */
static void
test_restore (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "w.rapport-db");
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  guint figures;

  g_assert_true (rp_sample_fill (store, NULL));
  figures = rp_store_count (store, RP_KIND_FIGURE);
  g_assert_true (rp_store_backup (store, "manual", &backup, &error));
  origin = rp_store_backup_origin (backup);
  g_assert_cmpstr (origin, ==, path);
  {
    g_autoptr(GListModel) all = rp_store_list (store, RP_KIND_FIGURE, RP_FIELD_NONE, NULL);
    g_autoptr(RpRecord) figure = g_list_model_get_item (all, 0);

    g_assert_true (rp_store_delete (store, figure, NULL, &error));
  }
  g_assert_cmpuint (rp_store_count (store, RP_KIND_FIGURE), ==, figures - 1);

  /* Restored while the workspace is open: the open connection reads the backup's records. */
  g_assert_true (rp_store_restore (path, backup, &safety, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_FIGURE), ==, figures);
  {
    g_autoptr(RpStore) before = rp_store_open (safety, RP_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (rp_store_count (before, RP_KIND_FIGURE), ==, figures - 1);
  }

  /* A broken backup is refused and the workspace stays as it is. */
  g_assert_true (g_file_get_contents (backup, &contents, &length, NULL));
  broken = rp_test_dir_path (dir, "cut.rapport-db");
  g_assert_true (g_file_set_contents (broken, contents, length / 2, NULL));
  g_clear_object (&store);
  {
    g_autofree char *before = rp_workspace_digest (path);
    g_autofree char *after = NULL;

    g_assert_false (rp_store_restore (path, broken, NULL, &error));
    g_test_message ("%s", error->message);
    g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CORRUPT);
    g_assert_nonnull (strstr (error->message, "cut.rapport-db"));
    g_clear_error (&error);
    g_assert_false (rp_store_restore (path, path, NULL, &error));
    g_clear_error (&error);
    after = rp_workspace_digest (path);
    g_assert_cmpstr (before, ==, after);
  }
}

/* Every %s of rp_text_printf stands isolated, overrides dropped; other conversions, "%%"
 * and the positions translations use come out as printf's. */
static void
test_text_printf (void)
{
  g_autofree char *plain = rp_text_printf ("%s is on %s: scored %.0f in %s (%d%%, %u, %" G_GINT64_FORMAT ", %5.1f)",
                                           "SwiftLink", "Probation", 50.4, "Nov 2026", 7, 3u, (gint64) 1 << 40, 2.25);
  g_autofree char *spoof = rp_text_printf ("Exported by %s on %s", "Ada \u202E6202-11-02", "2026-11-20");
  g_autofree char *moved = rp_text_printf ("%2$s · %1$s · %3$d", "first", "second", 3);
  g_autofree char *star = rp_text_printf ("[%*d] [%-*s]", 4, 7, 3, "x");

  g_assert_cmpstr (plain, ==, "\u2068SwiftLink\u2069 is on \u2068Probation\u2069: scored 50 in \u2068Nov 2026\u2069 "
                              "(7%, 3, 1099511627776,   2.2)");
  g_assert_cmpstr (spoof, ==, "Exported by \u2068Ada 6202-11-02\u2069 on \u20682026-11-20\u2069");
  g_assert_cmpstr (moved, ==, "\u2068second\u2069 · \u2068first\u2069 · 3");
  g_assert_cmpstr (star, ==, "[   7] [\u2068x\u2069]");
}

/* Amounts keep their cents and their currency. */
static void
test_format_amount (void)
{
  g_autofree char *cents = rp_format_amount (125000.50, "HKD");
  g_autofree char *whole = rp_format_amount (15000, "HKD");
  g_autofree char *bare = rp_format_amount (42.25, NULL);
  g_autofree char *grouped = g_strdup_printf ("%'.0f", 1000.0);

  /* Grouping is the locale's: "125,000.50" where it groups, "125000.50" in C */
  g_assert_cmpstr (cents, ==, g_str_equal (grouped, "1000") ? "HKD 125000.50" : "HKD 125,000.50");
  g_assert_cmpstr (whole, ==, g_str_equal (grouped, "1000") ? "HKD 15000" : "HKD 15,000");
  g_assert_cmpstr (bare, ==, "42.25");
}

/* The journal names every record in words: walks every kind the sample wrote and checks no
 * entry only repeats its kind ("Objective served “Objective served” added"); an update says
 * what changed, before → after. */
static void
test_journal_names_records (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "j.rapport-db");
  guint n_kinds, checked = 0;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_sample_fill (store, NULL));
  for (guint k = 0; k < n_kinds; k++)
    {
      const RpKind *kind = kinds[k];
      g_autoptr(GListModel) entries = rp_store_list (store, RP_KIND_JOURNAL_ENTRY, RP_JOURNAL_ENTRY_RECORD_KIND, kind->name);
      g_autofree char *echo = g_strdup_printf ("%s “%s”", rp_kind_get_label (kind), rp_kind_get_label (kind));

      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(RpRecord) entry = g_list_model_get_item (entries, i);
          const char *summary = rp_record_get_string (entry, RP_JOURNAL_ENTRY_SUMMARY);

          if (summary != NULL && strstr (summary, echo) != NULL)
            g_error ("%s: “%s” names its kind, not the record", kind->name, summary);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 100);

  /* The sample's journal tells its year, by the sample's people */
  {
    g_autoptr(GListModel) all = rp_store_list (store, RP_KIND_JOURNAL_ENTRY, RP_FIELD_NONE, NULL);
    g_autoptr(GHashTable) months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
    guint by_account = 0;

    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(RpRecord) entry = g_list_model_get_item (all, i);
        const char *who = rp_record_get_string (entry, RP_JOURNAL_ENTRY_WHO);

        g_hash_table_add (months, g_strndup (rp_record_get_created_at (entry), 7));
        if (who != NULL)
          g_hash_table_add (people, (gpointer) g_intern_string (who));
        by_account += g_strcmp0 (who, g_get_user_name ()) == 0 && g_strcmp0 (who, "Ada Wong") != 0;
      }
    g_assert_cmpuint (g_hash_table_size (months), >=, 12);
    g_assert_cmpuint (g_hash_table_size (people), >=, 5);
    g_assert_cmpuint (by_account, <=, 1);
  }

  /* Notes are filtered as notes, whichever record they are about */
  {
    g_autoptr(GListModel) strategies = rp_store_list (store, RP_KIND_STRATEGY, RP_FIELD_NONE, NULL);
    g_autoptr(RpRecord) strategy = g_list_model_get_item (strategies, 0);
    RpJournalFilter notes = { .kind = (char *) "note" };
    RpJournalFilter of_strategies = { .kind = (char *) "strategy" };
    guint before_notes = rp_journal_count (store, &notes, NULL);
    guint before_strategies = rp_journal_count (store, &of_strategies, NULL);
    g_auto(GStrv) journal_kinds = NULL;

    g_assert_true (rp_journal_add_note (store, "strategy", rp_record_get_uuid (strategy), "Checked back with the team.", &error));
    g_assert_true (rp_journal_add_note (store, NULL, NULL, "Quarterly review agreed.", &error));
    g_assert_cmpuint (rp_journal_count (store, &notes, NULL), ==, before_notes + 2);
    g_assert_cmpuint (rp_journal_count (store, &of_strategies, NULL), ==, before_strategies);
    journal_kinds = rp_journal_kinds (store);
    g_assert_true (g_strv_contains ((const char *const *) journal_kinds, "note"));
  }

  {
    g_autoptr(GListModel) principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_FIELD_NONE, NULL);
    g_autoptr(RpRecord) principle = g_list_model_get_item (principles, 0);
    g_autoptr(GListModel) entries = NULL;
    g_autoptr(RpRecord) newest = NULL;
    g_autofree char *old = g_strdup (rp_record_get_string (principle, RP_PRINCIPLE_RATIONALE));
    g_autofree char *expected = NULL;

    rp_record_set_string (principle, RP_PRINCIPLE_RATIONALE, "Customers told us so.");
    rp_record_set_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT,
                       rp_record_get_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT) == 5 ? 4 : 5);
    g_assert_true (rp_store_save (store, principle, &error));
    entries = rp_store_list (store, RP_KIND_JOURNAL_ENTRY, RP_JOURNAL_ENTRY_RECORD_UUID, rp_record_get_uuid (principle));
    newest = g_list_model_get_item (entries, 0);
    /* Long values are cut to a line of 60 characters */
    expected = g_strndup (old ? old : "—", 20);
    g_test_message ("%s", rp_record_get_string (newest, RP_JOURNAL_ENTRY_SUMMARY));
    g_assert_nonnull (strstr (rp_record_get_string (newest, RP_JOURNAL_ENTRY_SUMMARY), " changed: "));
    g_assert_nonnull (strstr (rp_record_get_string (newest, RP_JOURNAL_ENTRY_SUMMARY), expected));
    g_assert_nonnull (strstr (rp_record_get_string (newest, RP_JOURNAL_ENTRY_SUMMARY), "Rationale: “"));
    g_assert_nonnull (strstr (rp_record_get_string (newest, RP_JOURNAL_ENTRY_SUMMARY), "” → “Customers told us so.”"));
    g_assert_nonnull (strstr (rp_record_get_string (newest, RP_JOURNAL_ENTRY_SUMMARY), "Benefit to customers: “"));
  }
}

/* Step 5 rebuilds the KPI table: a version-4 workspace keeps every KPI's targets and
 * figures (dropping the old table must not cascade), and a KPI may then belong to the company. */
static void
test_migrate_kpis (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "v4.rapport-db");
  g_autoptr(RpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpRecord) kpi = NULL;
  g_autoptr(RpRecord) company = NULL;
  g_autoptr(RpRecord) profile = NULL;

  {
    g_autoptr(RpTestDir) scratch = rp_test_dir_new ();
    g_autoptr(RpStore) any = new_store (scratch, "x.rapport-db"); /* registers the resources */
  }
  rp_test_write_version4 (path);
  /* What a window asks before it opens a workspace, to update it off the main thread */
  g_assert_true (rp_store_needs_update (path));
  {
    g_autofree char *text = rp_test_dir_path (dir, "notes.txt");
    g_autofree char *missing = rp_test_dir_path (dir, "missing.rapport-db");

    g_assert_true (g_file_set_contents (text, "Board minutes", -1, NULL));
    g_assert_false (rp_store_needs_update (text));
    g_assert_false (rp_store_needs_update (missing));
  }

  store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_store_get_schema_version (store), ==, RP_STORE_SCHEMA_VERSION);
  g_assert_false (rp_store_needs_update (path));
  kpi = rp_store_get (store, RP_KIND_KPI, "0b0e0c1a-0000-4000-8000-000000000002");
  g_assert_nonnull (kpi);
  g_assert_cmpstr (rp_record_get_string (kpi, RP_KPI_OUTSOURCER), ==, "0b0e0c1a-0000-4000-8000-000000000001");
  g_assert_true (rp_record_get_bool (kpi, RP_KPI_NEGATIVES));
  g_assert_cmpuint (rp_store_count (store, RP_KIND_KPI_TARGET), ==, 1);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_FIGURE), ==, 1);

  /* Foreign keys are on again: deleting the outsourcer still takes its KPI's figures. */
  profile = rp_store_get_profile (store);
  company = rp_record_new_for (RP_KIND_KPI, profile);
  rp_record_set_string (company, RP_KPI_NAME, "Customer satisfaction");
  g_assert_true (rp_store_save (store, company, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rp_record_get_string (company, RP_KPI_PROFILE), ==, "0b0e0c1a-0000-4000-8000-000000000009");
  {
    g_autoptr(RpRecord) outsourcer = rp_store_get (store, RP_KIND_OUTSOURCER, "0b0e0c1a-0000-4000-8000-000000000001");

    g_assert_true (rp_store_delete (store, outsourcer, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (rp_store_count (store, RP_KIND_FIGURE), ==, 0);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_KPI), ==, 1);
}

/* The descriptions of rp-kinds.c and the SQL of the migrations agree. */
static void
test_schema_matches_kinds (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "s.rapport-db");
  g_autoptr(RpStore) store = new_store (dir, "s.rapport-db");
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  sqlite3 *db = NULL;

  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint k = 0; k < n_kinds; k++)
    {
      const RpKind *kind = kinds[k];

      for (guint f = 0; f < kind->n_fields; f++)
        {
          const RpField *field = &kind->fields[f];
          g_autofree char *sql = g_strdup_printf ("SELECT \"table\", on_delete FROM pragma_foreign_key_list('%s') WHERE \"from\" = '%s'",
                                                  kind->name, field->name);
          g_autofree char *column_sql = g_strdup_printf ("SELECT count(*) FROM pragma_table_info('%s') WHERE name = '%s'",
                                                         kind->name, field->name);
          sqlite3_stmt *stmt = NULL;

          g_assert_cmpint (sqlite3_prepare_v2 (db, column_sql, -1, &stmt, NULL), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
          if (sqlite3_column_int (stmt, 0) != 1)
            g_error ("%s.%s has no column", kind->name, field->name);
          sqlite3_finalize (stmt);

          g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
          if (field->type == RP_FIELD_REF)
            {
              g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
              g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, field->ref_kind);
              g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==,
                               (field->flags & RP_FIELD_OWNER) ? "CASCADE" : "SET NULL");
            }
          else
            g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
          sqlite3_finalize (stmt);
        }
    }
  sqlite3_close (db);
}

static void
test_sample_covers_every_kind (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = new_store (dir, "sample.rapport-db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  g_assert_true (rp_sample_fill (store, &error));
  g_assert_no_error (error);
  for (guint k = 0; k < n_kinds; k++)
    if (rp_store_count (store, k) == 0)
      g_error ("the sample has no %s", kinds[k]->name);
  g_assert_true (rp_store_check (store, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);

  /* Only an empty workspace takes the sample. */
  g_assert_false (rp_sample_fill (store, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT);
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/store/create", test_create);
  g_test_add_func ("/store/reopen", test_reopen);
  g_test_add_func ("/store/refuse/portal", test_refuse_portal);
  g_test_add_func ("/store/refuse/missing", test_refuse_missing);
  g_test_add_func ("/store/refuse/not-workspace", test_refuse_not_workspace);
  g_test_add_func ("/store/refuse/corrupt", test_refuse_corrupt);
  g_test_add_func ("/store/refuse/newer", test_refuse_newer);
  g_test_add_func ("/store/refuse/read-only", test_refuse_read_only);
  g_test_add_func ("/store/refuse/locked", test_refuse_locked);
  g_test_add_func ("/store/open-while-held", test_open_while_held);
  g_test_add_func ("/store/migrate", test_migrate);
  g_test_add_func ("/store/migrate/kpis", test_migrate_kpis);
  g_test_add_func ("/store/round-trip-every-table", test_round_trip_every_table);
  g_test_add_func ("/store/journal", test_journal);
  g_test_add_func ("/store/validation", test_validation);
  g_test_add_func ("/store/delete-undo", test_delete_undo);
  g_test_add_func ("/store/move", test_move);
  g_test_add_func ("/store/backups", test_backups);
  g_test_add_func ("/store/backup-killed-midway", test_backup_killed_midway);
  g_test_add_func ("/store/backup-rotation-keeps-sound", test_backup_rotation_keeps_sound);
  g_test_add_func ("/store/restore", test_restore);
  g_test_add_func ("/store/text-printf", test_text_printf);
  g_test_add_func ("/store/format-amount", test_format_amount);
  g_test_add_func ("/store/journal-names-records", test_journal_names_records);
  g_test_add_func ("/store/schema-matches-kinds", test_schema_matches_kinds);
  g_test_add_func ("/store/sample-covers-every-kind", test_sample_covers_every_kind);

  return g_test_run ();
}
