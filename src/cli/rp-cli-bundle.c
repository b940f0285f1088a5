/* rp-cli-bundle.c — export, validate, import, bundle-schema */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rp-bundle.h"
#include "rp-cli.h"

int
rp_cli_export (RpCli  *cli,
               int     argc,
               char  **argv)
{
  g_autofree char *what = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  gboolean no_personal = FALSE;
  const GOptionEntry entries[] = {
    { "what", 0, 0, G_OPTION_ARG_STRING, &what,
      N_("What to export: all (the default), philosophy:UUID, framework:UUID, standards, outsourcer:UUID or journal:FROM..TO"), "WHAT" },
    { "no-personal-data", 0, 0, G_OPTION_ARG_NONE, &no_personal,
      N_("Replace staff names and who-did-what with placeholders"), NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The bundle's title"), "TITLE" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note for whoever imports it"), "NOTE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write (FILE.rapport)"), "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  RpExportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  guint n = 0;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Write a bundle: a JSON file a colleague can import after a preview."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (output == NULL)
    return rp_cli_usage (cli, context, _("say where to write the bundle with -o FILE.rapport"));
  if (argc > 1)
    return rp_cli_usage (cli, context, _("this command takes no arguments besides its options"));
  if (!rp_export_options_parse_what (&options, what, &error))
    {
      rp_export_options_clear (&options);
      return rp_cli_usage (cli, context, error->message);
    }
  options.no_personal_data = no_personal;
  options.title = g_steal_pointer (&title);
  options.note = g_steal_pointer (&note);
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    {
      rp_export_options_clear (&options);
      return RP_CLI_FAILED;
    }
  file = g_file_new_for_commandline_arg (output);
  if (!rp_bundle_export_file (cli->store, &options, file, &n, NULL, &error))
    {
      rp_export_options_clear (&options);
      return rp_cli_fail_error (cli, error);
    }
  rp_export_options_clear (&options);
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u record to %s\n", "Wrote %u records to %s\n", n), n, output);
  return RP_CLI_OK;
}

static RpBundle *
load (RpCli       *cli,
      const char  *path,
      int         *status)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  RpBundle *bundle = rp_bundle_load_file (file, &problems, &error);

  if (bundle == NULL)
    {
      /* Every problem on stdout, the verdict on one line of stderr. */
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        printf ("%s\n", (const char *) problems->pdata[i]);
      *status = rp_cli_fail (cli, "%s: %s", path, error->message);
    }
  return bundle;
}

int
rp_cli_validate (RpCli  *cli,
                 int     argc,
                 char  **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(RpBundle) bundle = NULL;
  g_autofree char *description = NULL;
  GPtrArray *notes;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Check a bundle without importing it: exit 0 and a summary when it is good."));
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return rp_cli_usage (cli, context, _("name one bundle file"));
  bundle = load (cli, argv[1], &status);
  if (bundle == NULL)
    return status;
  description = rp_bundle_describe (bundle);
  printf (_("A valid bundle: %s\n"), description);
  notes = rp_bundle_get_notes (bundle);
  for (guint i = 0; i < notes->len; i++)
    printf (_("Note: %s\n"), (const char *) notes->pdata[i]);
  return RP_CLI_OK;
}

int
rp_cli_import (RpCli  *cli,
               int     argc,
               char  **argv)
{
  gboolean dry_run = FALSE;
  g_autofree char *on_conflict = NULL;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would change, change nothing"), NULL },
    { "on-conflict", 0, 0, G_OPTION_ARG_STRING, &on_conflict,
      N_("Records changed in the workspace after the bundle's copy: newer (keep the newer, the default), mine or theirs"),
      "POLICY" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(RpBundle) bundle = NULL;
  g_autoptr(RpBundlePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  RpResolve policy = RP_RESOLVE_NEWER;
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Import a bundle: every record is checked first; then all of it is written in one transaction, or nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return rp_cli_usage (cli, context, _("name one bundle file"));
  if (on_conflict == NULL || g_str_equal (on_conflict, "newer"))
    policy = RP_RESOLVE_NEWER;
  else if (g_str_equal (on_conflict, "mine"))
    policy = RP_RESOLVE_MINE;
  else if (g_str_equal (on_conflict, "theirs"))
    policy = RP_RESOLVE_THEIRS;
  else
    return rp_cli_usage (cli, context, _("--on-conflict takes newer, mine or theirs"));

  bundle = load (cli, argv[1], &status);
  if (bundle == NULL)
    return status;
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  preview = rp_bundle_preview (bundle, cli->store, &error);
  if (preview == NULL)
    return rp_cli_fail_error (cli, error);
  rp_bundle_preview_resolve_all (preview, policy);

  printf ("%-32s %8s %8s %10s %9s\n", _("Kind"), _("new"), _("updated"), _("unchanged"), _("conflict"));
  for (guint k = 0; k < n_kinds; k++)
    {
      guint counts[RP_N_ITEM_STATUS], total = 0;

      for (guint s = 0; s < RP_N_ITEM_STATUS; s++)
        total += counts[s] = rp_bundle_preview_count (preview, kinds[k], s);
      if (total > 0)
        printf ("%-32s %8u %8u %10u %9u\n", g_dgettext (GETTEXT_PACKAGE, kinds[k]->label_plural),
                counts[RP_ITEM_NEW], counts[RP_ITEM_UPDATED], counts[RP_ITEM_UNCHANGED], counts[RP_ITEM_CONFLICT]);
    }
  summary = rp_bundle_preview_summary (preview);
  if (dry_run)
    {
      printf (_("Dry run, nothing written: %s\n"), summary);
      return RP_CLI_OK;
    }
  g_clear_pointer (&summary, g_free);
  if (!rp_bundle_apply (preview, cli->store, &summary, &error))
    return rp_cli_fail_error (cli, error);
  printf (_("Imported: %s\n"), summary);
  return RP_CLI_OK;
}

int
rp_cli_bundle_schema (RpCli  *cli,
                      int     argc,
                      char  **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *schema = NULL;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Print the JSON Schema (draft 2020-12) of the bundle format."));
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  schema = rp_bundle_schema_generate ();
  fputs (schema, stdout);
  return RP_CLI_OK;
}
