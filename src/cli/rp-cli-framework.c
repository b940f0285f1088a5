/* rp-cli-framework.c — framework list, framework handout, framework diagram */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "rp-cli.h"
#include "rp-diagram.h"
#include "rp-framework.h"
#include "rp-handouts.h"

static int
framework_list (RpCli  *cli,
                int     argc,
                char  **argv)
{
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("list"));
  g_autoptr(GListModel) frameworks = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  RpCliFormat format;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Every framework with its template, phases, activities and the warnings its checks raise."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status) ||
      !rp_cli_parse_format (cli, format_text, FALSE, &format, &status))
    return status;
  if (argc != 2)
    return rp_cli_usage (cli, context, _("use: framework list [--format text|json]"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;

  frameworks = rp_store_list (cli->store, RP_KIND_FRAMEWORK, RP_FIELD_NONE, NULL);
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(RpRecord) f = g_list_model_get_item (frameworks, i);
      guint phases = rp_store_count_where (cli->store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (f));
      g_autoptr(GPtrArray) activities = rp_framework_list_activities (cli->store, f);
      g_autoptr(GPtrArray) findings = rp_framework_findings (cli->store, f);

      if (format == RP_CLI_FORMAT_JSON)
        {
          json_builder_begin_object (b);
          rp_cli_json_string (b, "uuid", rp_record_get_uuid (f));
          rp_cli_json_string (b, "title", rp_record_get_string (f, RP_FRAMEWORK_TITLE));
          rp_cli_json_string (b, "template", rp_record_get_string (f, RP_FRAMEWORK_TEMPLATE));
          json_builder_set_member_name (b, "phases");
          json_builder_add_int_value (b, phases);
          json_builder_set_member_name (b, "activities");
          json_builder_add_int_value (b, activities->len);
          json_builder_set_member_name (b, "warnings");
          json_builder_begin_array (b);
          for (guint w = 0; w < findings->len; w++)
            {
              RpFinding *finding = findings->pdata[w];

              json_builder_begin_object (b);
              rp_cli_json_string (b, "rule", finding->rule);
              rp_cli_json_string (b, "message", finding->message);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
      else
        {
          g_autofree char *title = rp_cli_pad (rp_record_get_string (f, RP_FRAMEWORK_TITLE), 40);
          g_autofree char *template = rp_cli_pad (rp_record_get_string (f, RP_FRAMEWORK_TEMPLATE), 12);

          printf ("%s  %s  %s  %2u phases  %3u activities  %u warnings\n", rp_record_get_uuid (f), title, template,
                  phases, activities->len, findings->len);
        }
    }
  rp_cli_finish_list (b, format);
  return RP_CLI_OK;
}

static RpRecord *
find_framework (RpCli      *cli,
                const char *uuid)
{
  RpRecord *framework = rp_store_get (cli->store, RP_KIND_FRAMEWORK, uuid);

  if (framework == NULL)
    rp_cli_fail (cli, _("the workspace has no framework with the UUID %s"), uuid);
  return framework;
}

static int
framework_handout (RpCli  *cli,
                   int     argc,
                   char  **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF to write"), "FILE.pdf" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("handout UUID"));
  g_autoptr(RpRecord) framework = NULL;
  g_autoptr(RpDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Write a framework's handout as a PDF: cover, diagram, a page per phase; no display needed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 3 || output == NULL)
    return rp_cli_usage (cli, context, _("use: framework handout UUID -o FILE.pdf"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  framework = find_framework (cli, argv[2]);
  if (framework == NULL)
    return RP_CLI_FAILED;
  document = rp_handout_framework (cli->store, framework);
  if (!rp_document_write_pdf (document, output, &error))
    return rp_cli_fail_error (cli, error);
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u page to %s\n", "Wrote %u pages to %s\n",
                       rp_document_get_n_pages (document)), rp_document_get_n_pages (document), output);
  return RP_CLI_OK;
}

static int
framework_diagram (RpCli  *cli,
                   int     argc,
                   char  **argv)
{
  g_autofree char *output = NULL;
  double scale = 2;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The picture to write, .svg or .png"), "FILE" },
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &scale, N_("Pixels a point in a PNG (default 2)"), "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("diagram UUID"));
  g_autoptr(RpRecord) framework = NULL;
  g_autoptr(RpDiagram) diagram = NULL;
  g_autoptr(GError) error = NULL;
  int status = RP_CLI_OK;
  double width, height;

  g_option_context_set_summary (context, _("Write a framework's swim-lane diagram as SVG or PNG, chosen by the file's extension."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 3 || output == NULL)
    return rp_cli_usage (cli, context, _("use: framework diagram UUID -o FILE.svg|FILE.png [--scale N]"));
  if (!(scale >= 0.25 && scale <= 8))
    return rp_cli_usage (cli, context, _("--scale must be from 0.25 to 8"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  framework = find_framework (cli, argv[2]);
  if (framework == NULL)
    return RP_CLI_FAILED;
  diagram = rp_diagram_for_framework (cli->store, framework, TRUE);
  if (!rp_diagram_write (diagram, output, scale, &error))
    return rp_cli_fail_error (cli, error);
  rp_diagram_get_size (diagram, &width, &height);
  if (g_str_has_suffix (output, ".png") || g_str_has_suffix (output, ".PNG"))
    printf (_("Wrote a %d × %d pixel picture to %s\n"), (int) ceil (width * scale), (int) ceil (height * scale), output);
  else
    printf (_("Wrote a %.0f × %.0f point picture to %s\n"), width, height, output);
  return RP_CLI_OK;
}

int
rp_cli_framework (RpCli  *cli,
                  int     argc,
                  char  **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "acknowledgements"))
    return rp_cli_acknowledgements (cli, argc, argv, RP_KIND_FRAMEWORK);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return framework_list (cli, argc, argv);
  if (argc >= 2 && g_str_equal (argv[1], "handout"))
    return framework_handout (cli, argc, argv);
  if (argc >= 2 && g_str_equal (argv[1], "diagram"))
    return framework_diagram (cli, argc, argv);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("%s\n", _("Usage: rapport-cli framework list [--format text|json]\n"
                        "       rapport-cli framework handout UUID -o FILE.pdf\n"
                        "       rapport-cli framework diagram UUID -o FILE.svg|FILE.png [--scale N]\n"
                        "       rapport-cli framework acknowledgements UUID [--format text|json]"));
      return RP_CLI_OK;
    }
  return rp_cli_usage (cli, NULL, _("use: framework list | framework handout UUID -o FILE.pdf | framework diagram UUID -o FILE.svg|png"));
}
