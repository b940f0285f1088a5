/* test-cli-living.c — rapport-cli trace, acknowledge, export --what acknowledgements and
 * philosophy|framework|plan acknowledgements */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "rp-cli-test.h"
#include "rp-test-utils.h"

static JsonNode *
run_json (const char *const *args)
{
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (rp_cli_run (args, NULL, &out, NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static char *
adopted_uuid (const char *path)
{
  const char *args[] = { "--workspace", path, "philosophy", "list", "--format", "json", NULL };
  g_autoptr(JsonNode) root = run_json (args);
  JsonArray *list = json_node_get_array (root);

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *o = json_array_get_object_element (list, i);

      if (g_str_equal (json_object_get_string_member (o, "status"), "adopted"))
        return g_strdup (json_object_get_string_member (o, "uuid"));
    }
  g_assert_not_reached ();
}

static void
test_trace (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "t.rapport-db");
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *json[] = { "--workspace", path, "trace", "--format", "json", NULL };
  const char *text[] = { "--workspace", path, "trace", NULL };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) one = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  JsonArray *principles;
  JsonObject *first, *faults, *kpi = NULL;
  guint unmeasured = 0;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  root = run_json (json);
  principles = json_object_get_array_member (json_node_get_object (root), "principles");
  g_assert_cmpuint (json_array_get_length (principles), ==, 6);
  for (guint i = 0; i < 6; i++)
    unmeasured += !json_object_get_boolean_member (json_array_get_object_element (principles, i), "measured");
  g_assert_cmpuint (unmeasured, ==, 1);

  first = json_array_get_object_element (principles, 0);
  g_assert_false (json_object_get_boolean_member (first, "measured"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "kpis")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "activities")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "strategies")), ==, 1);

  faults = json_array_get_object_element (principles, 1);
  g_assert_true (json_object_get_boolean_member (faults, "measured"));
  for (guint i = 0; i < json_array_get_length (json_object_get_array_member (faults, "kpis")); i++)
    {
      JsonObject *k = json_array_get_object_element (json_object_get_array_member (faults, "kpis"), i);

      if (g_str_equal (json_object_get_string_member (k, "name"), "First-contact resolution"))
        kpi = k;
    }
  g_assert_nonnull (kpi);
  g_assert_cmpstr (json_object_get_string_member (kpi, "owner"), ==, "Pearl Delta Contact");
  g_assert_cmpfloat (json_object_get_double_member (kpi, "latest_value"), ==, 57);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (kpi, "attainment"), 57.0 / 75, 1e-4);
  g_assert_cmpuint (strlen (json_object_get_string_member (kpi, "latest_period")), ==, 7);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (kpi, "trend")), ==, 12);

  /* One principle; an unknown one fails and names it. */
  {
    const char *only[] = { "--workspace", path, "trace", "--principle", json_object_get_string_member (faults, "uuid"),
                           "--format", "json", NULL };
    const char *unknown[] = { "--workspace", path, "trace", "--principle", "0b0e0c1a-0000-4000-8000-00000000ffff", NULL };

    one = run_json (only);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (one), "principles")), ==, 1);
    g_assert_cmpint (rp_cli_run (unknown, NULL, NULL, &err), ==, 1);
    rp_cli_assert_one_line (err, "trace");
    g_assert_nonnull (strstr (err, "0b0e0c1a-0000-4000-8000-00000000ffff"));
  }

  g_assert_cmpint (rp_cli_run (text, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "no figure measures this principle"));
  g_assert_nonnull (strstr (out, "First-contact resolution (Pearl Delta Contact): 57 in "));
}

/* Staff workspace → manager's, through the CLI as a script would. */
static void
test_acknowledge_round_trip (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *manager = rp_test_dir_path (dir, "manager.rapport-db");
  g_autofree char *staff = rp_test_dir_path (dir, "staff.rapport-db");
  g_autofree char *sent = rp_test_dir_path (dir, "sent.rapport");
  g_autofree char *back = rp_test_dir_path (dir, "back.rapport");
  g_autofree char *uuid = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  const char *demo[] = { "--workspace", manager, "demo", NULL };
  const char *init[] = { "--workspace", staff, "init", NULL };
  JsonArray *acks;
  gboolean found = FALSE;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (init, NULL, NULL, NULL), ==, 0);
  uuid = adopted_uuid (manager);
  subject = g_strdup_printf ("philosophy:%s", uuid);
  {
    const char *export[] = { "--workspace", manager, "export", "--what", subject, "-o", sent, NULL };
    const char *import[] = { "--workspace", staff, "import", sent, NULL };
    const char *ack[] = { "--workspace", staff, "acknowledge", subject, "--by", "Siu Fan Lee", "--comment", "Read with my team.", NULL };
    const char *no_by[] = { "--workspace", staff, "acknowledge", subject, NULL };
    const char *wrong[] = { "--workspace", staff, "acknowledge", "principle:0b0e0c1a-0000-4000-8000-00000000ffff", "--by", "X", NULL };
    const char *export_back[] = { "--workspace", staff, "export", "--what", "acknowledgements", "-o", back, NULL };
    const char *import_back[] = { "--workspace", manager, "import", back, NULL };
    const char *list[] = { "--workspace", manager, "philosophy", "acknowledgements", uuid, "--format", "json", NULL };
    const char *text[] = { "--workspace", manager, "philosophy", "acknowledgements", uuid, NULL };

    before = run_json (list);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (before), "current"), ==, 5);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (before), "staff"), ==, 9);

    g_assert_cmpint (rp_cli_run (export, NULL, NULL, NULL), ==, 0);
    g_assert_cmpint (rp_cli_run (import, NULL, NULL, NULL), ==, 0);
    g_assert_cmpint (rp_cli_run (no_by, NULL, NULL, &err), ==, 2);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (rp_cli_run (wrong, NULL, NULL, &err), ==, 1);
    rp_cli_assert_one_line (err, "acknowledge");
    g_assert_nonnull (strstr (err, "philosophy:UUID, framework:UUID or strategy:UUID"));
    g_assert_cmpint (rp_cli_run (ack, NULL, &out, NULL), ==, 0);
    g_assert_nonnull (strstr (out, "Siu Fan Lee acknowledged “Customers first, for the long run”"));
    g_assert_cmpint (rp_cli_run (export_back, NULL, NULL, NULL), ==, 0);
    g_assert_cmpint (rp_cli_run (import_back, NULL, NULL, NULL), ==, 0);

    after = run_json (list);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (after), "current"), ==, 6);
    acks = json_object_get_array_member (json_node_get_object (after), "acknowledgements");
    for (guint i = 0; i < json_array_get_length (acks); i++)
      {
        JsonObject *a = json_array_get_object_element (acks, i);

        if (g_str_equal (json_object_get_string_member (a, "by"), "Siu Fan Lee"))
          {
            found = TRUE;
            g_assert_false (json_object_get_boolean_member (a, "outdated"));
            g_assert_cmpstr (json_object_get_string_member (a, "comment"), ==, "Read with my team.");
          }
      }
    g_assert_true (found);
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (rp_cli_run (text, NULL, &out, NULL), ==, 0);
    g_assert_nonnull (strstr (out, "6 of 9 staff acknowledged it as it stands"));
    g_assert_nonnull (strstr (out, "Ken Lau (Pearl Delta Contact) — acknowledged an earlier version"));
  }
}

static char *
pdf_words (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
}

/* philosophy compare: the board pack read back from the PDF. */
static void
test_board_pack (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "b.rapport-db");
  g_autofree char *pdf = rp_test_dir_path (dir, "board.pdf");
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *list[] = { "--workspace", path, "philosophy", "list", "--format", "json", NULL };
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autofree char *err = NULL;
  JsonArray *all;
  const char *a, *b;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  root = run_json (list);
  all = json_node_get_array (root);
  a = json_object_get_string_member (json_array_get_object_element (all, 0), "uuid");
  b = json_object_get_string_member (json_array_get_object_element (all, 1), "uuid");
  {
    const char *compare[] = { "--workspace", path, "philosophy", "compare", a, b, "-o", pdf, NULL };
    const char *one[] = { "--workspace", path, "philosophy", "compare", a, "-o", pdf, NULL };
    const char *unknown[] = { "--workspace", path, "philosophy", "compare", a, "0b0e0c1a-0000-4000-8000-00000000ffff", "-o", pdf, NULL };

    g_assert_cmpint (rp_cli_run (one, NULL, NULL, NULL), ==, 2);
    g_assert_cmpint (rp_cli_run (unknown, NULL, NULL, &err), ==, 1);
    rp_cli_assert_one_line (err, "philosophy");
    g_assert_nonnull (strstr (err, "0b0e0c1a-0000-4000-8000-00000000ffff"));
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    g_assert_cmpint (rp_cli_run (compare, NULL, NULL, NULL), ==, 0);
  }
  text = pdf_words (pdf);
  /* The title wraps at its hyphen on the page. */
  g_assert_true (strstr (text, "Board pack: choosing our customer- relationship philosophy") != NULL ||
                 strstr (text, "Board pack: choosing our customer-relationship philosophy") != NULL);
  g_assert_nonnull (strstr (text, "Customers first, for the long run — Adopted, evaluation 85 out of 100 (2 evaluations) ★"));
  g_assert_nonnull (strstr (text, "Value and efficiency — Proposed, evaluation 75 out of 100 (1 evaluation)"));
  g_assert_nonnull (strstr (text, "The evaluation, criterion by criterion"));
  g_assert_nonnull (strstr (text, "Board of directors 5 ★"));
  g_assert_nonnull (strstr (text, "Weighted total (out of 100)"));
  g_assert_nonnull (strstr (text, "The principles side by side"));
  g_assert_nonnull (strstr (text, "the candidates differ"));
  g_assert_nonnull (strstr (text, "No principle on this subject"));
}

int
main (int   argc,
      char *argv[])
{
  rp_test_init (&argc, &argv);
  g_test_add_func ("/cli/trace", test_trace);
  g_test_add_func ("/cli/acknowledge/round-trip", test_acknowledge_round_trip);
  g_test_add_func ("/cli/philosophy/board-pack", test_board_pack);
  return g_test_run ();
}
