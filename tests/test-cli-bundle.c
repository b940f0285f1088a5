/* test-cli-bundle.c — export, validate and import from the command line, and the JSONTestSuite corpus */
#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "rp-cli-test.h"
#include "rp-store.h"
#include "rp-test-utils.h"
#include "rp-workspace-digest.h"

static char *
corpus_path (const char *file)
{
  return g_test_build_filename (G_TEST_DIST, "bundles", file, NULL);
}

static void
test_export_validate_import (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *source = rp_test_dir_path (dir, "source.rapport-db");
  g_autofree char *target = rp_test_dir_path (dir, "target.rapport-db");
  g_autofree char *bundle = rp_test_dir_path (dir, "all.rapport");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *demo[] = { "--workspace", source, "demo", NULL };
  const char *init[] = { "--workspace", target, "init", NULL };
  const char *export[] = { "--workspace", source, "export", "--title", "Everything", "--note", "For the new office", "-o", bundle, NULL };
  const char *validate[] = { "validate", bundle, NULL };
  const char *dry[] = { "--workspace", target, "import", "--dry-run", bundle, NULL };
  const char *import[] = { "--workspace", target, "import", bundle, NULL };
  const char *again[] = { "--workspace", target, "import", "--on-conflict", "theirs", bundle, NULL };
  const char *bad_policy[] = { "--workspace", target, "import", "--on-conflict", "whoever", bundle, NULL };
  const char *bad_what[] = { "--workspace", source, "export", "--what", "everything", "-o", bundle, NULL };
  const char *no_output[] = { "--workspace", source, "export", NULL };

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (init, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (export, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "records to"));
  g_clear_pointer (&out, g_free);

  {
    int rc = rp_cli_run (validate, NULL, &out, &err);

    g_test_message ("%s", err);
    g_assert_cmpint (rc, ==, 0);
    g_clear_pointer (&err, g_free);
  }
  /* Text from the bundle is isolated, so a right-to-left override in it cannot reorder the line. */
  g_assert_nonnull (strstr (out, "A valid bundle: “\u2068Everything\u2069”"));
  g_assert_nonnull (strstr (out, "Principles"));
  g_clear_pointer (&out, g_free);

  /* A dry run prints the counts and writes nothing. */
  before = rp_workspace_digest (target);
  g_assert_cmpint (rp_cli_run (dry, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Dry run, nothing written:"));
  g_assert_nonnull (strstr (out, "Principles"));
  after = rp_workspace_digest (target);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (rp_cli_run (import, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Imported: "));
  g_assert_nonnull (strstr (out, "0 in conflict"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (rp_cli_run (again, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "0 new, 0 updated"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (rp_cli_run (bad_policy, NULL, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "newer, mine or theirs"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rp_cli_run (bad_what, NULL, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "is not something to export"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rp_cli_run (no_output, NULL, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "-o FILE"));
}

static void
test_refused_bundle (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *workspace = rp_test_dir_path (dir, "w.rapport-db");
  g_autofree char *bad = corpus_path ("dangling-reference.rapport");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *demo[] = { "--workspace", workspace, "demo", NULL };
  const char *validate[] = { "validate", bad, NULL };
  const char *import[] = { "--workspace", workspace, "import", bad, NULL };

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (validate, NULL, &out, &err), ==, 1);
  rp_cli_assert_one_line (err, "validate");
  g_assert_nonnull (strstr (err, "$.principle_objectives[0].objective"));
  g_assert_nonnull (strstr (out, "$.principle_objectives[0].objective"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  before = rp_workspace_digest (workspace);
  g_assert_cmpint (rp_cli_run (import, NULL, &out, &err), ==, 1);
  rp_cli_assert_one_line (err, "import");
  after = rp_workspace_digest (workspace);
  g_assert_cmpstr (before, ==, after);
}

/* Every file of JSONTestSuite: a clean refusal with a message, never a crash or a hang,
 * and the workspace untouched. */
static void
test_json_test_suite (void)
{
  g_autofree char *suite = g_build_filename (g_getenv ("RAPPORT_TESTDATA"), "JSONTestSuite", "test_parsing", NULL);
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *workspace = rp_test_dir_path (dir, "w.rapport-db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *init[] = { "--workspace", workspace, "demo", NULL };
  g_autoptr(GDir) d = g_dir_open (suite, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint by_prefix[3] = { 0 };

  if (d == NULL)
    {
      /* On a developer's machine the corpus may be elsewhere; CI must have it */
      if (g_getenv ("CI") != NULL)
        {
          g_test_fail_printf ("JSONTestSuite is not at %s, and CI is set", suite);
          return;
        }
      g_test_skip ("JSONTestSuite is not at ../shared/testdata");
      return;
    }
  g_assert_cmpint (rp_cli_run (init, NULL, NULL, NULL), ==, 0);
  before = rp_workspace_digest (workspace);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_assert_cmpuint (names->len, >, 300);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (suite, names->pdata[i], NULL);
      const char *validate[] = { "validate", path, NULL };
      const char *import[] = { "--workspace", workspace, "import", path, NULL };
      g_autofree char *err = NULL;
      g_autofree char *import_err = NULL;
      int status;

      status = rp_cli_run (validate, NULL, NULL, &err);
      if (status != 1)
        g_error ("%s: validate exited with %d: %s", (char *) names->pdata[i], status, err);
      rp_cli_assert_one_line (err, "validate");
      g_assert_cmpuint (strlen (err), >, strlen ("rapport-cli validate: ") + 10);

      status = rp_cli_run (import, NULL, NULL, &import_err);
      if (status != 1)
        g_error ("%s: import exited with %d: %s", (char *) names->pdata[i], status, import_err);
      rp_cli_assert_one_line (import_err, "import");

      /* Valid JSON is refused for its shape, not its syntax. */
      if (((char *) names->pdata[i])[0] == 'y' &&
          strstr (names->pdata[i], "duplicated_key") == NULL && strstr (names->pdata[i], "null") == NULL)
        g_assert_nonnull (strstr (err, "not a Rapport bundle"));
      by_prefix[((char *) names->pdata[i])[0] == 'y' ? 0 : ((char *) names->pdata[i])[0] == 'n' ? 1 : 2]++;
    }
  g_test_message ("refused %u y_, %u n_, %u i_ files", by_prefix[0], by_prefix[1], by_prefix[2]);
  after = rp_workspace_digest (workspace);
  g_assert_cmpstr (before, ==, after);
}

/* Runs rapport-cli with its output thrown away; returns its exit status and its peak
 * resident memory in MiB. */
static int
run_measured (const char *const *args,
              double            *peak_mib)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("RAPPORT_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_async (NULL, (char **) argv->pdata, NULL,
                                G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_spawn_close_pid (pid);
  *peak_mib = usage.ru_maxrss / 1024.0;
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}

/* Under AddressSanitizer memory is its shadow and quarantine, not the reader's. */
static gboolean
measures_memory (void)
{
  return g_getenv ("ASAN_OPTIONS") == NULL;
}

static void
write_header (GString    *text,
              const char *scope)
{
  g_string_append_printf (text, "{\"format\": \"rapport-bundle\", \"version\": 1, \"exported_at\": \"2026-11-20T09:00:00.000Z\", "
                          "\"exported_by\": \"Ada Wong\", \"generator\": \"Rapport 0.1.0\", \"title\": \"Big\", "
                          "\"note\": null, \"scope\": \"%s\"", scope);
}

static char *
write_bundle (RpTestDir  *dir,
              const char *name,
              GString    *text)
{
  char *path = rp_test_dir_path (dir, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  return path;
}

/* A small file cannot take the memory of the desktop: twenty million {} where Rapport expects
 * nothing in particular, five million empty records. Each is read with bounded memory; the
 * empty records are refused early. */
static void
test_memory_bombs (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *unknown = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  guint n = measures_memory () ? 20000000 : 2000000;
  double peak = 0;

  write_header (text, "everything");
  g_string_append (text, ", \"attachments\": [");
  for (guint i = 0; i < n; i++)
    g_string_append (text, i ? ",{}" : "{}");
  g_string_append (text, "]}");
  unknown = write_bundle (dir, "unknown.rapport", text);
  g_string_free (g_steal_pointer (&text), TRUE);
  {
    const char *validate[] = { "validate", unknown, NULL };

    g_assert_cmpint (rp_cli_run (validate, NULL, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "$.attachments: ignored; Rapport does not know this part."));
    g_assert_cmpint (run_measured (validate, &peak), ==, 0);
    g_test_message ("validate of %u {}: peak %.1f MiB", n, peak);
    if (measures_memory ())
      g_assert_cmpfloat (peak, <, 48);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  {
    g_autoptr(GString) records = g_string_new (NULL);
    const char *validate[] = { "validate", NULL, NULL };

    write_header (records, "everything");
    g_string_append (records, ", \"objectives\": [");
    for (guint i = 0; i < n / 4; i++)
      g_string_append (records, i ? ",{}" : "{}");
    g_string_append (records, "]}");
    empty = write_bundle (dir, "empty-records.rapport", records);
    validate[1] = empty;
    g_assert_cmpint (rp_cli_run (validate, NULL, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "$.objectives[0].uuid: is missing"));
    g_assert_nonnull (strstr (err, "Rapport stopped reading there"));
    g_assert_cmpint (run_measured (validate, &peak), ==, 1);
    g_test_message ("validate of %u empty records: peak %.1f MiB", n / 4, peak);
    if (measures_memory ())
      g_assert_cmpfloat (peak, <, 48);
  }
}

/* A bundle of a million figures (230 MB) is imported record by record: memory stays far
 * below the bundle's size. Under AddressSanitizer, a twentieth of it. */
static void
test_large_import_memory (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *workspace = rp_test_dir_path (dir, "w.rapport-db");
  g_autofree char *path = NULL;
  guint kpis = measures_memory () ? 5000 : 250;
  guint months = 200;
  double peak = 0;
  const char *init[] = { "--workspace", workspace, "init", NULL };

  write_header (text, "everything");
  g_string_append (text, ", \"outsourcers\": [{\"uuid\": \"00000001-0000-4000-8000-000000000001\", "
                   "\"created_at\": \"2026-01-01T00:00:00.000Z\", \"updated_at\": \"2026-01-01T00:00:00.000Z\", "
                   "\"name\": \"Vendor 1\", \"service_model\": \"it\", \"status\": \"active\", \"contact_name\": null, "
                   "\"contact_email\": null, \"contact_phone\": null, \"notes\": null, \"cadence\": \"quarterly\", "
                   "\"cadence_days\": 90}], \"kpis\": [");
  for (guint k = 0; k < kpis; k++)
    g_string_append_printf (text, "%s{\"uuid\": \"00000001-%04x-4000-8000-000000000000\", "
                            "\"created_at\": \"2026-01-01T00:00:00.000Z\", \"updated_at\": \"2026-01-01T00:00:00.000Z\", "
                            "\"outsourcer\": \"00000001-0000-4000-8000-000000000001\", \"name\": \"KPI %u\", \"unit\": \"%%\", "
                            "\"kpi_kind\": \"measured\", \"direction\": \"higher\", \"weight\": 1.0, \"position\": %u}",
                            k ? ", " : "", k, k, k);
  g_string_append (text, "], \"figures\": [");
  for (guint k = 0; k < kpis; k++)
    for (guint m = 0; m < months; m++)
      g_string_append_printf (text, "%s{\"uuid\": \"00000002-%04x-4000-8000-%012x\", "
                              "\"created_at\": \"2026-01-01T00:00:00.000Z\", \"updated_at\": \"2026-01-01T00:00:00.000Z\", "
                              "\"kpi\": \"00000001-%04x-4000-8000-000000000000\", \"period\": \"%04u-%02u\", "
                              "\"value\": %u.5, \"not_applicable\": false}",
                              k || m ? ", " : "", k, m + 1, k, 2000 + m / 12, m % 12 + 1, (k + m) % 100);
  g_string_append (text, "]}");
  path = write_bundle (dir, "big.rapport", text);
  g_test_message ("bundle of %u figures: %.1f MiB", kpis * months, text->len / 1048576.0);
  g_string_free (g_steal_pointer (&text), TRUE);

  g_assert_cmpint (rp_cli_run (init, NULL, NULL, NULL), ==, 0);
  {
    const char *import[] = { "--workspace", workspace, "import", path, NULL };

    g_assert_cmpint (run_measured (import, &peak), ==, 0);
    g_test_message ("import: peak %.1f MiB", peak);
    if (measures_memory ())
      g_assert_cmpfloat (peak, <, 200);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RpStore) store = rp_store_open (workspace, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (rp_store_count (store, RP_KIND_FIGURE), ==, kpis * months);
    g_assert_cmpuint (rp_store_count (store, RP_KIND_KPI), ==, kpis);
  }
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/cli/bundle/export-validate-import", test_export_validate_import);
  g_test_add_func ("/cli/bundle/refused-bundle", test_refused_bundle);
  g_test_add_func ("/cli/bundle/json-test-suite", test_json_test_suite);
  g_test_add_func ("/cli/bundle/memory-bombs", test_memory_bombs);
  g_test_add_func ("/cli/bundle/large-import-memory", test_large_import_memory);

  return g_test_run ();
}
