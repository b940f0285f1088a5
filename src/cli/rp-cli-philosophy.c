/* rp-cli-philosophy.c — philosophy list, handout and board pack (compare) */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "rp-cli.h"
#include "rp-evaluation.h"
#include "rp-board-pack.h"
#include "rp-handouts.h"
#include "rp-philosophy.h"

static int
philosophy_list (RpCli  *cli,
                 int     argc,
                 char  **argv)
{
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("list"));
  g_autoptr(GListModel) philosophies = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  RpCliFormat format;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Every candidate philosophy with its status, number of principles and evaluation total."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status) ||
      !rp_cli_parse_format (cli, format_text, FALSE, &format, &status))
    return status;
  if (argc != 2)
    return rp_cli_usage (cli, context, _("use: philosophy list [--format text|json]"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;

  philosophies = rp_store_list (cli->store, RP_KIND_PHILOSOPHY, RP_FIELD_NONE, NULL);
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (philosophies); i++)
    {
      g_autoptr(RpRecord) p = g_list_model_get_item (philosophies, i);
      guint principles = rp_store_count_where (cli->store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (p));
      double total = rp_subject_evaluation_total (cli->store, "philosophy", rp_record_get_uuid (p), NULL);

      if (format == RP_CLI_FORMAT_JSON)
        {
          json_builder_begin_object (b);
          rp_cli_json_string (b, "uuid", rp_record_get_uuid (p));
          rp_cli_json_string (b, "title", rp_record_get_string (p, RP_PHILOSOPHY_TITLE));
          rp_cli_json_string (b, "status", rp_record_get_string (p, RP_PHILOSOPHY_STATUS));
          json_builder_set_member_name (b, "principles");
          json_builder_add_int_value (b, principles);
          rp_cli_json_number (b, "evaluation_total", total, 2);
          json_builder_end_object (b);
        }
      else
        {
          g_autofree char *title = rp_cli_pad (rp_record_get_string (p, RP_PHILOSOPHY_TITLE), 40);
          g_autofree char *state = rp_cli_pad (rp_record_get_string (p, RP_PHILOSOPHY_STATUS), 9);
          g_autofree char *score = rp_cli_format_number (total, 0);

          printf ("%s  %s  %s  %3u  %5s\n", rp_record_get_uuid (p), title, state, principles, score);
        }
    }
  rp_cli_finish_list (b, format);
  return RP_CLI_OK;
}

static int
philosophy_handout (RpCli  *cli,
                    int     argc,
                    char  **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF to write"), "FILE.pdf" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("handout UUID|adopted"));
  g_autoptr(RpRecord) philosophy = NULL;
  g_autoptr(RpDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Write the staff edition of a philosophy as a PDF handout; no display needed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 3 || output == NULL)
    return rp_cli_usage (cli, context, _("use: philosophy handout UUID|adopted -o FILE.pdf"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  philosophy = g_str_equal (argv[2], "adopted") ? rp_philosophy_get_adopted (cli->store)
                                                : rp_store_get (cli->store, RP_KIND_PHILOSOPHY, argv[2]);
  if (philosophy == NULL)
    return rp_cli_fail (cli, g_str_equal (argv[2], "adopted") ? _("no philosophy is adopted in this workspace")
                                                              : _("the workspace has no philosophy with the UUID %s"),
                        argv[2]);
  document = rp_handout_philosophy (cli->store, philosophy);
  if (!rp_document_write_pdf (document, output, &error))
    return rp_cli_fail_error (cli, error);
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u page to %s\n", "Wrote %u pages to %s\n",
                       rp_document_get_n_pages (document)), rp_document_get_n_pages (document), output);
  return RP_CLI_OK;
}

static int
philosophy_compare (RpCli  *cli,
                    int     argc,
                    char  **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF to write"), "FILE.pdf" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("compare UUID UUID…"));
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RpBoardPack) pack = NULL;
  g_autoptr(RpDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Write the board pack of two or more candidate philosophies as a PDF: the evaluation "
                                           "criterion by criterion, each evaluator's score and the weighted totals, and the "
                                           "principles' benefit ratings and rationale side by side."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc < 4 || output == NULL)
    return rp_cli_usage (cli, context, _("use: philosophy compare UUID UUID… -o FILE.pdf"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  for (int i = 2; i < argc; i++)
    {
      RpRecord *philosophy = rp_store_get (cli->store, RP_KIND_PHILOSOPHY, argv[i]);

      if (philosophy == NULL)
        return rp_cli_fail (cli, _("the workspace has no philosophy with the UUID %s"), argv[i]);
      g_ptr_array_add (chosen, philosophy);
    }
  pack = rp_board_pack_compute (cli->store, chosen);
  document = rp_handout_board_pack (cli->store, pack);
  if (!rp_document_write_pdf (document, output, &error))
    return rp_cli_fail_error (cli, error);
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u page to %s\n", "Wrote %u pages to %s\n",
                       rp_document_get_n_pages (document)), rp_document_get_n_pages (document), output);
  return RP_CLI_OK;
}

int
rp_cli_philosophy (RpCli  *cli,
                   int     argc,
                   char  **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "acknowledgements"))
    return rp_cli_acknowledgements (cli, argc, argv, RP_KIND_PHILOSOPHY);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return philosophy_list (cli, argc, argv);
  if (argc >= 2 && g_str_equal (argv[1], "handout"))
    return philosophy_handout (cli, argc, argv);
  if (argc >= 2 && g_str_equal (argv[1], "compare"))
    return philosophy_compare (cli, argc, argv);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("%s\n", _("Usage: rapport-cli philosophy list [--format text|json]\n"
                        "       rapport-cli philosophy handout UUID|adopted -o FILE.pdf\n"
                        "       rapport-cli philosophy compare UUID UUID… -o FILE.pdf\n"
                        "       rapport-cli philosophy acknowledgements UUID [--format text|json]"));
      return RP_CLI_OK;
    }
  return rp_cli_usage (cli, NULL, _("use: philosophy list | philosophy handout UUID|adopted -o FILE.pdf | philosophy compare UUID UUID… -o FILE.pdf"));
}
