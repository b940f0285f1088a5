/* rapport-cli.c — Rapport without a display: rapport-cli [--workspace PATH] COMMAND … */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "rp-cli.h"

typedef struct {
  const char *name;
  const char *summary;
  RpCliRun    run;
} Command;

static const Command commands[] = {
  { "init", N_("Create an empty workspace"), rp_cli_init },
  { "demo", N_("Create the sample workspace"), rp_cli_demo },
  { "info", N_("Show the schema version, application id and record counts"), rp_cli_info },
  { "check", N_("Check the workspace's integrity and references"), rp_cli_check },
  { "backup", N_("Write a backup copy of the workspace now"), rp_cli_backup },
  { "restore", N_("Put a backup back in place of the workspace"), rp_cli_restore },
  { "export", N_("Write a bundle of the workspace or of one record"), rp_cli_export },
  { "validate", N_("Check a bundle without importing it"), rp_cli_validate },
  { "import", N_("Import a bundle, all or nothing"), rp_cli_import },
  { "bundle-schema", N_("Print the JSON Schema of the bundle format"), rp_cli_bundle_schema },
  { "philosophy", N_("List candidate philosophies; write a philosophy's handout as PDF"), rp_cli_philosophy },
  { "framework", N_("List frameworks; write a framework's handout (PDF) or diagram (SVG, PNG)"), rp_cli_framework },
  { "plan", N_("List strategies and plan items; what is overdue"), rp_cli_plan },
  { "journal", N_("Read the journal: filter, search, CSV or JSON"), rp_cli_journal },
  { "scorecard", N_("Score and standing of every outsourcer for a month"), rp_cli_scorecard },
  { "figures", N_("Import monthly KPI figures from CSV (figures import FILE.csv)"), rp_cli_figures },
  { "proposal", N_("Show a proposal's next steps, or take one (proposal move UUID STATUS)"), rp_cli_proposal },
  { "evaluation", N_("Record an evaluation with its scores (evaluation add)"), rp_cli_evaluation },
  { "trace", N_("Which figures tell whether each principle of the adopted philosophy is lived"), rp_cli_trace },
  { "acknowledge", N_("Record that someone acknowledged a philosophy, a framework or a plan"), rp_cli_acknowledge },
};

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: rapport-cli [--workspace PATH] COMMAND [OPTIONS…]"));
  fprintf (out, "%s\n\n", _("Rapport's workspace from the command line: no display needed."));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  %-22s %s\n", "--workspace PATH", _("The workspace file (default: $RAPPORT_WORKSPACE, or the app's default workspace)"));
  fprintf (out, "  %-22s %s\n", "-h, --help", _("Show this help; COMMAND --help shows a command's own"));
  fprintf (out, "  %-22s %s\n", "--version", _("Show the version"));
}

int
main (int    argc,
      char **argv)
{
  RpCli cli = { 0 };
  const Command *command = NULL;
  int first = 1;
  int status;

  setlocale (LC_ALL, "");
  /* RAPPORT_LOCALEDIR: the build's translations, for running without installing */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RAPPORT_LOCALEDIR") ? g_getenv ("RAPPORT_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("rapport-cli");

  while (first < argc && argv[first][0] == '-')
    {
      const char *arg = argv[first];

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_help (stdout);
          return RP_CLI_OK;
        }
      if (g_str_equal (arg, "--version"))
        {
          printf ("rapport-cli %s\n", PACKAGE_VERSION);
          return RP_CLI_OK;
        }
      if (g_str_equal (arg, "--workspace") && first + 1 < argc)
        {
          g_free (cli.workspace);
          cli.workspace = g_strdup (argv[first + 1]);
          first += 2;
          continue;
        }
      if (g_str_has_prefix (arg, "--workspace="))
        {
          g_free (cli.workspace);
          cli.workspace = g_strdup (arg + strlen ("--workspace="));
          first++;
          continue;
        }
      fprintf (stderr, _("rapport-cli: unknown option “%s”; see rapport-cli --help\n"), arg);
      return RP_CLI_USAGE;
    }
  if (first >= argc)
    {
      print_help (stderr);
      return RP_CLI_USAGE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, argv[first]))
      command = &commands[i];
  if (command == NULL)
    {
      fprintf (stderr, _("rapport-cli: unknown command “%s”; see rapport-cli --help\n"), argv[first]);
      return RP_CLI_USAGE;
    }

  if (cli.workspace == NULL && g_getenv ("RAPPORT_WORKSPACE") != NULL && *g_getenv ("RAPPORT_WORKSPACE") != '\0')
    cli.workspace = g_strdup (g_getenv ("RAPPORT_WORKSPACE"));
  if (cli.workspace == NULL)
    cli.workspace = rp_store_default_path ();
  cli.command = g_strdup (command->name);

  status = command->run (&cli, argc - first, argv + first);

  g_clear_object (&cli.store);
  g_free (cli.workspace);
  g_free (cli.command);
  return status;
}
