/* test-cli-outsourcing.c — rapport-cli scorecard and figures import */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "rp-cli-test.h"
#include "rp-test-utils.h"
#include "rp-workspace-digest.h"
#include "rp-evaluation.h"
#include "rp-store.h"

static JsonObject *
find_outsourcer (JsonArray  *list,
                 const char *name)
{
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *o = json_array_get_object_element (list, i);

      if (g_str_equal (json_object_get_string_member (o, "name"), name))
        return o;
    }
  g_assert_not_reached ();
}

/* The sample's latest month, worked out by hand from the figures the sample enters. */
static void
test_scorecard_json (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "s.rapport-db");
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *scorecard[] = { "--workspace", path, "scorecard", "--format", "json", NULL };
  JsonArray *list;
  JsonObject *bytebridge, *pearl, *swift;
  /* Pearl Delta: first-contact resolution 57 of 75 (weight 3), answer 66 s against 30
   * (lower is better, 2), CSAT 71 of 85 (2), attitude rated 2 of 5 (2) */
  double pearl_score = 100 * (3 * 57.0 / 75 + 2 * 30.0 / 66 + 2 * 71.0 / 85 + 2 * 2.0 / 5) / 9;
  /* SwiftLink: on time 62 of 97 (3), complaints 9 against 2 (lower, 2), accuracy 96 of
   * 99.5 (1), damage 2.5 % against 0.5 % (lower, 1) */
  double swift_score = 100 * (3 * 62.0 / 97 + 2 * 2.0 / 9 + 96.0 / 99.5 + 0.5 / 2.5) / 7;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (scorecard, NULL, &out, NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  list = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "outsourcers");
  g_assert_cmpuint (json_array_get_length (list), ==, 5);

  bytebridge = find_outsourcer (list, "ByteBridge IT Services");
  pearl = find_outsourcer (list, "Pearl Delta Contact");
  swift = find_outsourcer (list, "SwiftLink Logistics");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (bytebridge, "score"), 100, 0.005);
  g_assert_cmpstr (json_object_get_string_member (bytebridge, "standing"), ==, "Excellent");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (pearl, "score"), pearl_score, 0.005);
  g_assert_cmpstr (json_object_get_string_member (pearl, "standing"), ==, "Watch");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (pearl, "compliance_rate"), 0.5, 1e-4);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (swift, "score"), swift_score, 0.005);
  g_assert_cmpstr (json_object_get_string_member (swift, "standing"), ==, "Probation");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (swift, "compliance_rate"), 0, 1e-4);
  g_assert_cmpint (json_object_get_int_member (swift, "measured"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (swift, "missing"), ==, 0);
  /* Best first; candidates without figures have no score (null), not zero */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "name"), ==,
                   "ByteBridge IT Services");
  g_assert_true (json_object_get_null_member (find_outsourcer (list, "Meridian Outreach"), "score"));
}

static void
test_scorecard_formats (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "s.rapport-db");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *text[] = { "--workspace", path, "scorecard", NULL };
  const char *csv[] = { "--workspace", path, "scorecard", "--format", "csv", "--period", "2000-01", NULL };
  const char *bad[] = { "--workspace", path, "scorecard", "--period", "last month", NULL };

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (text, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Probation"));
  g_clear_pointer (&out, g_free);
  /* A month without figures: every score empty, never zero */
  g_assert_cmpint (rp_cli_run (csv, NULL, &out, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "period,uuid,name,"));
  g_assert_nonnull (strstr (out, "\"SwiftLink Logistics\",logistics,active,,\"\""));
  g_assert_cmpint (rp_cli_run (bad, NULL, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "YYYY-MM"));
}

static void
test_figures_import (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "s.rapport-db");
  g_autofree char *good = rp_test_dir_path (dir, "good.csv");
  g_autofree char *bad = rp_test_dir_path (dir, "bad.csv");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *dry[] = { "--workspace", path, "figures", "import", good, "--dry-run", NULL };
  const char *import[] = { "--workspace", path, "figures", "import", good, NULL };
  const char *import_bad[] = { "--workspace", path, "figures", "import", bad, NULL };

  g_assert_true (g_file_set_contents (good, "period,kpi,value\n2031-01,On-time delivery,95\n2031-01,Order accuracy,99.6\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad, "period,kpi,value\n2031-02,On-time delivery,95\n2031-02,Order accuracy,lots\n"
                                           "2031-03,Order accuracy,-5\n", -1, NULL));
  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);

  before = rp_workspace_digest (path);
  g_assert_cmpint (rp_cli_run (dry, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "2 figures: 2 new"));
  after = rp_workspace_digest (path);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (rp_cli_run (import, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Imported"));
  g_clear_pointer (&out, g_free);

  /* All lines or none: the good line of a bad file is not written either. */
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = rp_workspace_digest (path);
  g_assert_cmpint (rp_cli_run (import_bad, NULL, &out, &err), ==, 1);
  /* Diagnostics go to stderr, as a compiler's do (FILE: line N, field: what), then the verdict */
  g_assert_nonnull (strstr (err, "bad.csv: line 3, value: “lots” is not a number\n"));
  /* The rule of the app's save: a measured KPI's figures are not negative */
  g_assert_nonnull (strstr (err, "bad.csv: line 4, value: “-5” is below zero"));
  g_assert_null (strstr (out, "lots"));
  {
    g_auto(GStrv) lines = g_strsplit (g_strchomp (err), "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 3);
    g_assert_true (g_str_has_prefix (lines[2], "rapport-cli figures: "));
  }
  after = rp_workspace_digest (path);
  g_assert_cmpstr (before, ==, after);
}

/* The first record of @kind, read as the app reads it */
static char *
first_uuid (const char *path,
            RpKindId    kind)
{
  g_autoptr(RpStore) store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
  g_autoptr(GListModel) all = rp_store_list (store, kind, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) first = g_list_model_get_item (all, 0);

  return g_strdup (rp_record_get_uuid (first));
}

/* A proposal moves only along its workflow's steps; a refused step changes nothing */
static void
test_proposal_move (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "p.rapport-db");
  const char *demo[] = { "--workspace", path, "demo", NULL };
  g_autofree char *uuid = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  uuid = first_uuid (path, RP_KIND_PROPOSAL);
  {
    const char *steps[] = { "--workspace", path, "proposal", "steps", uuid, NULL };

    g_assert_cmpint (rp_cli_run (steps, NULL, &out, NULL), ==, 0);
    g_assert_nonnull (strstr (out, "accepted"));
    g_assert_null (strstr (out, "integrated"));
    g_clear_pointer (&out, g_free);
  }
  before = rp_workspace_digest (path);
  {
    const char *skip[] = { "--workspace", path, "proposal", "move", uuid, "integrated", NULL };

    g_assert_cmpint (rp_cli_run (skip, NULL, NULL, &err), ==, 1);
    g_assert_nonnull (strstr (err, "cannot become Integrated"));
    rp_cli_assert_one_line (err, "proposal");
  }
  after = rp_workspace_digest (path);
  g_assert_cmpstr (before, ==, after);
  {
    const char *unexplained[] = { "--workspace", path, "proposal", "move", uuid, "accepted", NULL };
    const char *accept[] = { "--workspace", path, "proposal", "move", uuid, "accepted", "--why", "Agreed with the vendor's manager.", NULL };
    g_autoptr(RpStore) store = NULL;
    g_autoptr(RpRecord) proposal = NULL;

    /* The sample's proposal has open questions: accepting it needs a reason */
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (rp_cli_run (unexplained, NULL, NULL, &err), ==, 1);
    g_assert_nonnull (strstr (err, "needs a reason"));
    g_assert_nonnull (strstr (err, "--why"));
    rp_cli_assert_one_line (err, "proposal");
    g_assert_cmpint (rp_cli_run (accept, NULL, &out, NULL), ==, 0);
    g_assert_nonnull (strstr (out, "is now \u2068Accepted\u2069"));
    store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
    proposal = rp_store_get (store, RP_KIND_PROPOSAL, uuid);
    g_assert_cmpint (rp_record_get_enum (proposal, RP_PROPOSAL_STATUS), ==, RP_PROPOSAL_STATUS_ACCEPTED);
  }
}

/* An evaluation and its scores are recorded together, or not at all */
static void
test_evaluation_add (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "e.rapport-db");
  const char *demo[] = { "--workspace", path, "demo", NULL };
  g_autofree char *uuid = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_criteria, n_evaluations;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  uuid = first_uuid (path, RP_KIND_PHILOSOPHY);
  {
    g_autoptr(RpStore) store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
    g_autoptr(GListModel) criteria = rp_criteria_for_scope (store, "philosophy");

    n_criteria = g_list_model_get_n_items (criteria);
    n_evaluations = rp_store_count_where (store, RP_KIND_EVALUATION, RP_EVALUATION_PHILOSOPHY, uuid);
  }
  g_assert_cmpuint (n_criteria, >=, 2);
  before = rp_workspace_digest (path);
  {
    /* A score out of range refuses the whole evaluation */
    g_autoptr(GPtrArray) args = g_ptr_array_new ();

    g_ptr_array_add (args, "--workspace");
    g_ptr_array_add (args, path);
    g_ptr_array_add (args, "evaluation");
    g_ptr_array_add (args, "add");
    g_ptr_array_add (args, "--philosophy");
    g_ptr_array_add (args, uuid);
    g_ptr_array_add (args, "--by");
    g_ptr_array_add (args, "Ada Wong");
    for (guint i = 0; i < n_criteria; i++)
      {
        g_ptr_array_add (args, "--score");
        g_ptr_array_add (args, i == n_criteria - 1 ? "7" : "4");
      }
    g_ptr_array_add (args, NULL);
    g_assert_cmpint (rp_cli_run ((const char *const *) args->pdata, NULL, NULL, &err), ==, 1);
    g_assert_nonnull (strstr (err, "“7” is not a whole number from 0 to 5"));
    rp_cli_assert_one_line (err, "evaluation");
    after = rp_workspace_digest (path);
    g_assert_cmpstr (before, ==, after);
    /* All fours: 80 out of 100, whatever the weights */
    args->pdata[args->len - 2] = "4";
    g_assert_cmpint (rp_cli_run ((const char *const *) args->pdata, NULL, &out, NULL), ==, 0);
    g_assert_nonnull (strstr (out, "80 out of 100"));
  }
  {
    g_autoptr(RpStore) store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);

    g_assert_cmpuint (rp_store_count_where (store, RP_KIND_EVALUATION, RP_EVALUATION_PHILOSOPHY, uuid), ==, n_evaluations + 1);
  }
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/cli/outsourcing/scorecard-json", test_scorecard_json);
  g_test_add_func ("/cli/outsourcing/scorecard-formats", test_scorecard_formats);
  g_test_add_func ("/cli/outsourcing/figures-import", test_figures_import);
  g_test_add_func ("/cli/outsourcing/proposal-move", test_proposal_move);
  g_test_add_func ("/cli/outsourcing/evaluation-add", test_evaluation_add);

  return g_test_run ();
}
