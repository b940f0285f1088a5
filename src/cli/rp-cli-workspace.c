/* rp-cli-workspace.c — init, demo, info, check, backup, restore */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rp-cli.h"
#include "rp-sample.h"

static GOptionContext *
simple_context (const char *summary)
{
  GOptionContext *context = g_option_context_new (NULL);

  g_option_context_set_summary (context, summary);
  return context;
}

static int
no_arguments (RpCli           *cli,
              GOptionContext  *context,
              int             *argc,
              char          ***argv)
{
  int status = RP_CLI_OK;

  if (!rp_cli_parse (cli, context, argc, argv, &status))
    return status;
  if (*argc > 1)
    return rp_cli_usage (cli, context, _("this command takes no arguments"));
  return RP_CLI_OK;
}

int
rp_cli_init (RpCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GOptionContext) context = simple_context (_("Create an empty workspace at the workspace path."));
  int status = no_arguments (cli, context, &argc, &argv);

  if (status != RP_CLI_OK)
    return status;
  if (g_file_test (cli->workspace, G_FILE_TEST_EXISTS))
    return rp_cli_fail (cli, _("there is already a file at “%s”; nothing was changed"), cli->workspace);
  if (rp_cli_open_store (cli, RP_STORE_OPEN_CREATE) == NULL)
    return RP_CLI_FAILED;
  printf (_("Created an empty workspace at %s\n"), rp_store_get_path (cli->store));
  return RP_CLI_OK;
}

int
rp_cli_demo (RpCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GOptionContext) context = simple_context (_("Create the sample workspace: a fictional broadband provider with its philosophy, framework, strategy and three outsourcers."));
  g_autoptr(GError) error = NULL;
  int status = no_arguments (cli, context, &argc, &argv);

  if (status != RP_CLI_OK)
    return status;
  if (rp_cli_open_store (cli, RP_STORE_OPEN_CREATE) == NULL)
    return RP_CLI_FAILED;
  if (!rp_sample_fill (cli->store, &error))
    return rp_cli_fail_error (cli, error);
  printf (_("Created the sample workspace at %s\n"), rp_store_get_path (cli->store));
  return RP_CLI_OK;
}

int
rp_cli_info (RpCli  *cli,
             int     argc,
             char  **argv)
{
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = simple_context (_("Show the schema version, application id and the number of records of each kind."));
  RpCliFormat format;
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  int status = RP_CLI_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (!rp_cli_parse_format (cli, format_text, FALSE, &format, &status))
    return status;
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;

  if (format == RP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *app_id = g_strdup_printf ("0x%08x", RP_STORE_APPLICATION_ID);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, rp_store_get_path (cli->store));
      json_builder_set_member_name (builder, "schema_version");
      json_builder_add_int_value (builder, rp_store_get_schema_version (cli->store));
      json_builder_set_member_name (builder, "application_id");
      json_builder_add_string_value (builder, app_id);
      json_builder_set_member_name (builder, "counts");
      json_builder_begin_object (builder);
      for (guint i = 0; i < n_kinds; i++)
        {
          json_builder_set_member_name (builder, kinds[i]->name);
          json_builder_add_int_value (builder, rp_store_count (cli->store, i));
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      rp_cli_print_json (root);
      return RP_CLI_OK;
    }

  printf ("%-22s %s\n", _("Workspace:"), rp_store_get_path (cli->store));
  printf ("%-22s %d\n", _("Schema version:"), rp_store_get_schema_version (cli->store));
  printf ("%-22s 0x%08x\n", _("Application id:"), RP_STORE_APPLICATION_ID);
  printf ("\n%s\n", _("Records:"));
  for (guint i = 0; i < n_kinds; i++)
    printf ("  %-30s %8u\n", rp_kind_get_label (kinds[i]), rp_store_count (cli->store, i));
  return RP_CLI_OK;
}

int
rp_cli_check (RpCli  *cli,
              int     argc,
              char  **argv)
{
  g_autoptr(GOptionContext) context = simple_context (_("Run SQLite's integrity and foreign-key checks. Exits with 0 only when both are clean."));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  int status = no_arguments (cli, context, &argc, &argv);

  if (status != RP_CLI_OK)
    return status;
  if (rp_cli_open_store (cli, RP_STORE_OPEN_NO_DAILY_BACKUP) == NULL)
    return RP_CLI_FAILED;
  if (!rp_store_check (cli->store, &problems, &error))
    return rp_cli_fail_error (cli, error);
  if (problems->len == 0)
    {
      printf (_("The workspace is sound: integrity and references check out.\n"));
      return RP_CLI_OK;
    }
  for (guint i = 0; i < problems->len; i++)
    printf ("%s\n", (const char *) problems->pdata[i]);
  return rp_cli_fail (cli, g_dngettext (GETTEXT_PACKAGE, "%u problem found", "%u problems found", problems->len),
                      problems->len);
}

int
rp_cli_backup (RpCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(GOptionContext) context = simple_context (_("Write a consistent copy of the workspace into the backups folder beside it (the newest 10 are kept)."));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status = no_arguments (cli, context, &argc, &argv);

  if (status != RP_CLI_OK)
    return status;
  if (rp_cli_open_store (cli, RP_STORE_OPEN_NO_DAILY_BACKUP) == NULL)
    return RP_CLI_FAILED;
  if (!rp_store_backup (cli->store, "manual", &path, &error))
    return rp_cli_fail_error (cli, error);
  printf ("%s\n", path);
  return RP_CLI_OK;
}

int
rp_cli_restore (RpCli  *cli,
                int     argc,
                char  **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("BACKUP"));
  g_autoptr(GError) error = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *workspace = NULL;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Put a backup back in place of the workspace. The backup is checked first, and the workspace as it is now is backed up, so a restore can be undone; the copy is all or nothing."));
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return rp_cli_usage (cli, context, _("name one backup to restore"));
  origin = rp_store_backup_origin (argv[1]);
  workspace = g_canonicalize_filename (cli->workspace, NULL);
  if (origin != NULL)
    {
      g_autofree char *canonical = g_canonicalize_filename (origin, NULL);

      if (!g_str_equal (canonical, workspace))
        return rp_cli_fail (cli, _("“%s” is a backup of %s, not of %s; name that workspace with --workspace"),
                            argv[1], origin, cli->workspace);
    }
  if (!rp_store_restore (cli->workspace, argv[1], &safety, &error))
    return rp_cli_fail_error (cli, error);
  printf (_("Restored %s from %s\n"), cli->workspace, argv[1]);
  if (safety != NULL)
    printf (_("The workspace as it was is kept in %s\n"), safety);
  return RP_CLI_OK;
}
