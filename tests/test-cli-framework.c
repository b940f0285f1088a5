/* test-cli-framework.c — rapport-cli framework list, handout and diagram */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rp-cli-test.h"
#include "rp-diagram.h"
#include "rp-test-utils.h"

typedef struct {
  RpTestDir *dir;
  char      *path;
  char      *uuid;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *demo[] = { "--workspace", NULL, "demo", NULL };
  const char *list[] = { "--workspace", NULL, "framework", "list", "--format", "json", NULL };
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *frameworks;

  f->dir = rp_test_dir_new ();
  f->path = rp_test_dir_path (f->dir, "f.rapport-db");
  demo[1] = list[1] = f->path;
  g_assert_cmpint (rp_cli_run (demo, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (rp_cli_run (list, NULL, &out, NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  frameworks = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (frameworks), ==, 1);
  f->uuid = g_strdup (json_object_get_string_member (json_array_get_object_element (frameworks, 0), "uuid"));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->uuid);
  g_free (f->path);
  rp_test_dir_free (f->dir);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  const char *json[] = { "--workspace", f->path, "framework", "list", "--format", "json", NULL };
  const char *text[] = { "--workspace", f->path, "framework", "list", NULL };
  g_autofree char *out = NULL;
  g_autofree char *text_out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *framework;
  JsonArray *warnings;
  gboolean shortfall = FALSE;

  g_assert_cmpint (rp_cli_run (json, NULL, &out, NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  framework = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  g_assert_cmpstr (json_object_get_string_member (framework, "template"), ==, "subscription");
  g_assert_cmpint (json_object_get_int_member (framework, "phases"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (framework, "activities"), ==, 15);
  warnings = json_object_get_array_member (framework, "warnings");
  g_assert_cmpuint (json_array_get_length (warnings), >, 0);
  for (guint i = 0; i < json_array_get_length (warnings); i++)
    {
      JsonObject *w = json_array_get_object_element (warnings, i);

      shortfall |= g_str_equal (json_object_get_string_member (w, "rule"), "staff-shortfall");
      g_assert_cmpuint (strlen (json_object_get_string_member (w, "message")), >, 10);
    }
  g_assert_true (shortfall);
  g_assert_cmpint (rp_cli_run (text, NULL, &text_out, NULL), ==, 0);
  g_assert_nonnull (strstr (text_out, f->uuid));
  g_assert_nonnull (strstr (text_out, "15 activities"));
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
}

static void
test_handout (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *pdf = rp_test_dir_path (f->dir, "framework.pdf");
  const char *handout[] = { "--workspace", f->path, "framework", "handout", f->uuid, "-o", pdf, NULL };
  const char *pages_argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *out = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const char *pages;
  int status = 0;

  g_assert_cmpint (rp_cli_run (handout, NULL, &out, NULL), ==, 0);
  g_assert_true (g_spawn_sync (NULL, (char **) pages_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  /* A cover, the diagram, and a page for each of the four phases */
  g_assert_cmpint (atoi (pages + strlen ("Pages:")), ==, 6);
  g_assert_nonnull (strstr (out, "6 pages"));
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "What we weighed"));
  g_assert_nonnull (strstr (text, "The framework at a glance"));
  g_assert_nonnull (strstr (text, "Service and renewal"));
  g_assert_nonnull (strstr (text, "Fault hotline"));
  g_assert_nonnull (strstr (text, "Staffing to put right"));
}

typedef struct {
  char    *root;
  guint    n_elements;
} SvgScan;

static void
start_element (GMarkupParseContext *context,
               const char          *name,
               const char         **attribute_names,
               const char         **attribute_values,
               gpointer             user_data,
               GError             **error)
{
  SvgScan *scan = user_data;

  if (scan->root == NULL)
    scan->root = g_strdup (name);
  scan->n_elements++;
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_diagram (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *svg = rp_test_dir_path (f->dir, "framework.svg");
  g_autofree char *png = rp_test_dir_path (f->dir, "framework.png");
  g_autofree char *jpeg = rp_test_dir_path (f->dir, "framework.jpeg");
  const char *svg_args[] = { "--workspace", f->path, "framework", "diagram", f->uuid, "-o", svg, NULL };
  const char *png_args[] = { "--workspace", f->path, "framework", "diagram", f->uuid, "-o", png, "--scale", "1.5", NULL };
  const char *jpeg_args[] = { "--workspace", f->path, "framework", "diagram", f->uuid, "-o", jpeg, NULL };
  const char *unknown[] = { "--workspace", f->path, "framework", "diagram", "00000000-0000-4000-8000-000000000000", "-o", svg, NULL };
  const GMarkupParser parser = { start_element, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(RpStore) store = NULL;
  g_autoptr(RpRecord) framework = NULL;
  g_autoptr(RpDiagram) diagram = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *svg_text = NULL;
  g_autofree guchar *png_bytes = NULL;
  g_autofree char *err = NULL;
  SvgScan scan = { NULL, 0 };
  gsize length = 0;
  double width, height;

  /* The expected size comes from the same layout the CLI draws */
  store = rp_store_open (f->path, RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
  framework = rp_store_get (store, RP_KIND_FRAMEWORK, f->uuid);
  diagram = rp_diagram_for_framework (store, framework, TRUE);
  rp_diagram_get_size (diagram, &width, &height);
  g_clear_object (&store);

  /* SVG: well-formed XML whose root is <svg>, with a drawing in it */
  g_assert_cmpint (rp_cli_run (svg_args, NULL, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &svg_text, &length, NULL));
  context = g_markup_parse_context_new (&parser, 0, &scan, NULL);
  g_assert_true (g_markup_parse_context_parse (context, svg_text, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (scan.root, ==, "svg");
  g_assert_cmpuint (scan.n_elements, >, 50);
  g_free (scan.root);

  /* PNG: the signature, then an IHDR of the layout's size × the scale */
  g_assert_cmpint (rp_cli_run (png_args, NULL, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (png, (char **) &png_bytes, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_true (memcmp (png_bytes, "\x89PNG\r\n\x1a\n", 8) == 0);
  g_assert_true (memcmp (png_bytes + 12, "IHDR", 4) == 0);
  g_assert_cmpuint (read_be32 (png_bytes + 16), ==, (guint32) ceil (width * 1.5));
  g_assert_cmpuint (read_be32 (png_bytes + 20), ==, (guint32) ceil (height * 1.5));

  /* Refusals: a kind of picture it cannot write, a framework that is not there */
  g_assert_cmpint (rp_cli_run (jpeg_args, NULL, NULL, &err), ==, 1);
  rp_cli_assert_one_line (err, "framework");
  g_assert_nonnull (strstr (err, ".svg or .png"));
  g_assert_false (g_file_test (jpeg, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rp_cli_run (unknown, NULL, NULL, &err), ==, 1);
  rp_cli_assert_one_line (err, "framework");
  g_assert_nonnull (strstr (err, "00000000-0000-4000-8000-000000000000"));
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add ("/cli/framework/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/cli/framework/handout", Fixture, NULL, fixture_set_up, test_handout, fixture_tear_down);
  g_test_add ("/cli/framework/diagram", Fixture, NULL, fixture_set_up, test_diagram, fixture_tear_down);

  return g_test_run ();
}
