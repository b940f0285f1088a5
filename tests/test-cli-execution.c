/* test-cli-execution.c — rapport-cli plan list, plan overdue and journal */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "rp-cli-test.h"
#include "rp-test-utils.h"

static JsonArray *
run_json (const char *const *args,
          JsonParser         *parser)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (rp_cli_run (args, NULL, &out, NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  return json_node_get_array (json_parser_get_root (parser));
}

static void
test_plan (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "p.rapport-db");
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *list[] = { "--workspace", path, "plan", "list", "--format", "json", NULL };
  const char *overdue[] = { "--workspace", path, "plan", "overdue", "--format", "json", NULL };
  const char *long_ago[] = { "--workspace", path, "plan", "overdue", "--format", "json", "--on", "2000-01-01", NULL };
  const char *text[] = { "--workspace", path, "plan", "list", NULL };
  const char *bad[] = { "--workspace", path, "plan", "overdue", "--on", "tomorrow", NULL };
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  g_autoptr(JsonParser) p3 = json_parser_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  JsonArray *items, *late, *none;
  guint n_overdue = 0;
  gboolean weekend = FALSE, review = FALSE;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  items = run_json (list, p1);
  g_assert_cmpuint (json_array_get_length (items), ==, 8);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *o = json_array_get_object_element (items, i);

      if (json_object_get_boolean_member (o, "overdue"))
        {
          n_overdue++;
          g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "Second field-engineer shift at weekends");
          g_assert_cmpstr (json_object_get_string_member (o, "strategy"), ==, "Faster fault resolution");
        }
    }
  g_assert_cmpuint (n_overdue, ==, 1);

  late = run_json (overdue, p2);
  for (guint i = 0; i < json_array_get_length (late); i++)
    {
      JsonObject *o = json_array_get_object_element (late, i);
      const char *rule = json_object_get_string_member (o, "rule");

      weekend |= g_str_equal (rule, "plan-item-overdue") &&
                 strstr (json_object_get_string_member (o, "message"), "weekends") != NULL;
      review |= g_str_equal (rule, "review-overdue");
      g_assert_cmpuint (strlen (json_object_get_string_member (o, "uuid")), ==, 36);
    }
  g_assert_true (weekend);
  g_assert_true (review);

  /* As of a day long before the plan, nothing was overdue yet */
  none = run_json (long_ago, p3);
  g_assert_cmpuint (json_array_get_length (none), ==, 0);

  g_assert_cmpint (rp_cli_run (text, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Win back trust in our service"));
  g_assert_nonnull (strstr (out, "  Faster fault resolution"));
  g_assert_nonnull (strstr (out, "OVERDUE"));
  g_assert_cmpint (rp_cli_run (bad, NULL, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "tomorrow"));
}

static void
test_journal (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "j.rapport-db");
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *all[] = { "--workspace", path, "journal", "--format", "json", NULL };
  const char *strategies[] = { "--workspace", path, "journal", "--kind", "strategy", "--format", "json", NULL };
  const char *search[] = { "--workspace", path, "journal", "--search", "Customers first", "--format", "json", NULL };
  const char *csv[] = { "--workspace", path, "journal", "--kind", "strategy", "--format", "csv", NULL };
  const char *future[] = { "--workspace", path, "journal", "--since", "2999-01-01", NULL };
  const char *bad_date[] = { "--workspace", path, "journal", "--since", "last week", NULL };
  const char *reversed[] = { "--workspace", path, "journal", "--since", "2026-02-01", "--until", "2026-01-01", NULL };
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  g_autoptr(JsonParser) p3 = json_parser_new ();
  g_autofree char *csv_out = NULL;
  g_autofree char *future_out = NULL;
  g_autofree char *err1 = NULL;
  g_autofree char *err2 = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *entries, *kind_entries, *found;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  entries = run_json (all, p1);
  g_assert_cmpuint (json_array_get_length (entries), >, 100);
  kind_entries = run_json (strategies, p2);
  g_assert_cmpuint (json_array_get_length (kind_entries), ==, 3);
  for (guint i = 0; i < json_array_get_length (kind_entries); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (kind_entries, i), "record_kind"), ==, "strategy");
  found = run_json (search, p3);
  g_assert_cmpuint (json_array_get_length (found), >=, 1);
  g_assert_cmpuint (json_array_get_length (found), <, json_array_get_length (entries));

  g_assert_cmpint (rp_cli_run (csv, NULL, &csv_out, NULL), ==, 0);
  lines = g_strsplit (csv_out, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "when,who,record_kind,record_uuid,action,summary");
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 3 + 1);

  g_assert_cmpint (rp_cli_run (future, NULL, &future_out, NULL), ==, 0);
  g_assert_cmpstr (future_out, ==, "");
  g_assert_cmpint (rp_cli_run (bad_date, NULL, NULL, &err1), ==, 2);
  g_assert_nonnull (strstr (err1, "last week"));
  g_assert_cmpint (rp_cli_run (reversed, NULL, NULL, &err2), ==, 2);
  g_assert_nonnull (strstr (err2, "2026-02-01"));
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/cli/plan", test_plan);
  g_test_add_func ("/cli/journal", test_journal);

  return g_test_run ();
}
