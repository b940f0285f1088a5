/* test-cli-philosophy.c — rapport-cli philosophy list and handout */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rp-cli-test.h"
#include "rp-test-utils.h"

static JsonArray *
list_json (const char *path,
           JsonParser *parser)
{
  const char *args[] = { "--workspace", path, "philosophy", "list", "--format", "json", NULL };
  g_autofree char *out = NULL;

  g_assert_cmpint (rp_cli_run (args, NULL, &out, NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  return json_node_get_array (json_parser_get_root (parser));
}

static JsonObject *
find_status (JsonArray  *list,
             const char *status)
{
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *o = json_array_get_object_element (list, i);

      if (g_str_equal (json_object_get_string_member (o, "status"), status))
        return o;
    }
  return NULL;
}

static void
test_list (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "p.rapport-db");
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *text[] = { "--workspace", path, "philosophy", "list", NULL };
  const char *bad[] = { "--workspace", path, "philosophy", "list", "--format", "yaml", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  JsonArray *list;
  JsonObject *adopted, *proposed;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  list = list_json (path, parser);
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  adopted = find_status (list, "adopted");
  proposed = find_status (list, "proposed");
  g_assert_nonnull (adopted);
  g_assert_nonnull (proposed);
  g_assert_cmpstr (json_object_get_string_member (adopted, "title"), ==, "Customers first, for the long run");
  g_assert_cmpint (json_object_get_int_member (adopted, "principles"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (proposed, "principles"), ==, 5);
  g_assert_cmpuint (strlen (json_object_get_string_member (adopted, "uuid")), ==, 36);
  /* Management preferred the adopted one: its total is the higher */
  g_assert_cmpfloat (json_object_get_double_member (adopted, "evaluation_total"), >,
                     json_object_get_double_member (proposed, "evaluation_total"));
  g_assert_cmpfloat (json_object_get_double_member (adopted, "evaluation_total"), <=, 100);

  g_assert_cmpint (rp_cli_run (text, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Customers first, for the long run"));
  g_assert_nonnull (strstr (out, json_object_get_string_member (proposed, "uuid")));
  g_assert_cmpint (rp_cli_run (bad, NULL, NULL, &err), ==, 2);
  /* A usage error names the command and where to find help */
  g_assert_true (g_str_has_prefix (err, "rapport-cli philosophy: unknown format “yaml”"));
  g_assert_nonnull (strstr (err, "--help"));
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* Lines wrap where the page wants: compare words, not lines. */
  return g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
}

static guint
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *out = NULL;
  const char *line;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (out, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:") + strspn (line + strlen ("Pages:"), " "), NULL, 10);
}

static void
test_handout (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "p.rapport-db");
  g_autofree char *pdf = rp_test_dir_path (dir, "philosophy.pdf");
  g_autofree char *other_pdf = rp_test_dir_path (dir, "alternative.pdf");
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *handout[] = { "--workspace", path, "philosophy", "handout", "adopted", "-o", pdf, NULL };
  static const char *const principles[] = {
    "Tell customers the full price and the contract terms before they sign, in plain words.",
    "A customer with a fault reaches a person who can fix it within one working day.",
    "Every complaint is recorded, answered within two days and learned from.",
    "Our partners treat our customers as we do; we choose and manage them for that.",
    "We reward loyalty with better terms, not only newcomers with discounts.",
    "We grow by recommendation: referrals are worth more than advertising.",
  };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other_text = NULL;
  g_autofree char *head = NULL;
  gsize length = 0;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (handout, NULL, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, pdf));
  g_assert_true (g_file_get_contents (pdf, &head, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  g_assert_cmpuint (pdf_pages (pdf), >=, 1);
  text = pdf_text (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (principles); i++)
    g_assert_nonnull (strstr (text, principles[i]));
  /* The staff edition, in plain words, comes first */
  g_assert_nonnull (strstr (text, "Tell them the full price before they sign."));
  g_assert_true (strstr (text, "In plain words") < strstr (text, principles[0]));

  /* Any candidate, by its UUID */
  {
    JsonObject *proposed = find_status (list_json (path, parser), "proposed");
    const char *by_uuid[] = { "--workspace", path, "philosophy", "handout",
                              json_object_get_string_member (proposed, "uuid"), "-o", other_pdf, NULL };

    g_assert_cmpint (rp_cli_run (by_uuid, NULL, NULL, NULL), ==, 0);
    other_text = pdf_text (other_pdf);
    g_assert_nonnull (strstr (other_text, "Value and efficiency"));
    g_assert_nonnull (strstr (other_text, "not adopted"));
    g_assert_null (strstr (other_text, principles[0]));
  }
}

static void
test_handout_refusals (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "p.rapport-db");
  g_autofree char *empty = rp_test_dir_path (dir, "e.rapport-db");
  g_autofree char *pdf = rp_test_dir_path (dir, "kept.pdf");
  g_autofree char *missing_dir = rp_test_dir_path (dir, "no/such/dir/h.pdf");
  const char *demo[] = { "--workspace", path, "demo", NULL };
  const char *init[] = { "--workspace", empty, "init", NULL };
  const char *unknown[] = { "--workspace", path, "philosophy", "handout", "00000000-0000-4000-8000-000000000000", "-o", pdf, NULL };
  const char *none_adopted[] = { "--workspace", empty, "philosophy", "handout", "adopted", "-o", pdf, NULL };
  const char *no_output[] = { "--workspace", path, "philosophy", "handout", "adopted", NULL };
  const char *unwritable[] = { "--workspace", path, "philosophy", "handout", "adopted", "-o", missing_dir, NULL };
  g_autofree char *err1 = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *err3 = NULL;
  g_autofree char *err4 = NULL;
  g_autofree char *kept = NULL;

  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (init, NULL, NULL, NULL), ==, 0);
  g_assert_true (g_file_set_contents (pdf, "an earlier handout", -1, NULL));

  g_assert_cmpint (rp_cli_run (unknown, NULL, NULL, &err1), ==, 1);
  rp_cli_assert_one_line (err1, "philosophy");
  g_assert_nonnull (strstr (err1, "00000000-0000-4000-8000-000000000000"));
  g_assert_cmpint (rp_cli_run (none_adopted, NULL, NULL, &err2), ==, 1);
  rp_cli_assert_one_line (err2, "philosophy");
  g_assert_nonnull (strstr (err2, "adopted"));
  g_assert_cmpint (rp_cli_run (no_output, NULL, NULL, &err3), ==, 2);
  g_assert_true (g_str_has_prefix (err3, "rapport-cli philosophy: use: philosophy handout"));
  g_assert_cmpint (rp_cli_run (unwritable, NULL, NULL, &err4), ==, 1);
  rp_cli_assert_one_line (err4, "philosophy");
  g_assert_nonnull (strstr (err4, "h.pdf"));
  /* The file of the same name is untouched by the refusals */
  g_assert_true (g_file_get_contents (pdf, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "an earlier handout");
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/cli/philosophy/list", test_list);
  g_test_add_func ("/cli/philosophy/handout", test_handout);
  g_test_add_func ("/cli/philosophy/handout-refusals", test_handout_refusals);

  return g_test_run ();
}
