/* rp-cli-outsourcers.c — scorecard, figures import */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "rp-cli.h"
#include "rp-outsourcing.h"
#include "rp-util.h"

static char *
csv_field (const char *text)
{
  g_autoptr(GString) out = g_string_new ("\"");

  for (const char *p = text ? text : ""; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

int
rp_cli_scorecard (RpCli  *cli,
                  int     argc,
                  char  **argv)
{
  g_autofree char *period = NULL;
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period, N_("The month (YYYY-MM); default: the latest with figures"), "YYYY-MM" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text, json or csv"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  RpCliFormat format;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Every outsourcer's score and standing for a month, best first, with its compliance rate and how many KPIs were measured."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status) ||
      !rp_cli_parse_format (cli, format_text, TRUE, &format, &status))
    return status;
  if (period != NULL && !rp_period_parse (period, NULL, NULL))
    return rp_cli_usage (cli, context, _("--period takes a month written as YYYY-MM"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  if (period == NULL)
    period = rp_scorecard_default_period (cli->store);
  if (period == NULL)
    return rp_cli_fail (cli, _("the workspace has no figures yet, so no month to score"));

  cards = rp_scorecard_compute (cli->store, period, NULL, FALSE, &error);
  if (cards == NULL)
    return rp_cli_fail_error (cli, error);
  rp_scorecard_sort_by_score (cards);

  if (format == RP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "period");
      json_builder_add_string_value (b, period);
      json_builder_set_member_name (b, "outsourcers");
      json_builder_begin_array (b);
      for (guint i = 0; i < cards->len; i++)
        {
          RpScorecard *c = cards->pdata[i];

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "uuid");
          json_builder_add_string_value (b, c->uuid);
          json_builder_set_member_name (b, "name");
          json_builder_add_string_value (b, c->name);
          json_builder_set_member_name (b, "service_model");
          json_builder_add_string_value (b, c->service_model);
          json_builder_set_member_name (b, "status");
          json_builder_add_string_value (b, c->status);
          rp_cli_json_number (b, "score", c->score, 2);
          json_builder_set_member_name (b, "complete");
          json_builder_add_boolean_value (b, c->complete);
          rp_cli_json_number (b, "coverage", c->coverage, 4);
          json_builder_set_member_name (b, "not_reporting");
          json_builder_add_boolean_value (b, c->not_reporting);
          /* A standing only for a complete month */
          rp_cli_json_string (b, "standing", c->standing);
          rp_cli_json_string (b, "rule_action", c->rule_action);
          rp_cli_json_number (b, "overall", c->overall, 2);
          rp_cli_json_number (b, "compliance_rate", c->compliance_rate, 4);
          json_builder_set_member_name (b, "kpis");
          json_builder_add_int_value (b, c->n_kpis);
          json_builder_set_member_name (b, "measured");
          json_builder_add_int_value (b, c->n_measured);
          json_builder_set_member_name (b, "missing");
          json_builder_add_int_value (b, c->n_missing);
          json_builder_set_member_name (b, "not_applicable");
          json_builder_add_int_value (b, c->n_not_applicable);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      rp_cli_print_json (root);
      return RP_CLI_OK;
    }
  if (format == RP_CLI_FORMAT_CSV)
    {
      printf ("period,uuid,name,service_model,status,score,standing,overall,compliance_rate,kpis,measured,missing,not_applicable\n");
      for (guint i = 0; i < cards->len; i++)
        {
          RpScorecard *c = cards->pdata[i];
          g_autofree char *name = csv_field (c->name);
          g_autofree char *standing = csv_field (c->standing);
          g_autofree char *score = isnan (c->score) ? g_strdup ("") : rp_cli_format_number (c->score, 2);
          g_autofree char *overall = isnan (c->overall) ? g_strdup ("") : rp_cli_format_number (c->overall, 2);
          g_autofree char *rate = isnan (c->compliance_rate) ? g_strdup ("") : rp_cli_format_number (c->compliance_rate, 2);

          printf ("%s,%s,%s,%s,%s,%s,%s,%s,%s,%u,%u,%u,%u\n", period, c->uuid, name, c->service_model, c->status,
                  score, standing, overall, rate, c->n_kpis, c->n_measured, c->n_missing, c->n_not_applicable);
        }
      return RP_CLI_OK;
    }

  {
    g_autofree char *month = rp_period_format_local (period);

    printf (_("Scorecard for %s\n\n"), month);
  }
  {
    g_autofree char *h1 = rp_cli_pad ("#", 4);
    g_autofree char *h2 = rp_cli_pad (_("Outsourcer"), 28);
    g_autofree char *h3 = rp_cli_pad (_("Score"), -7);
    g_autofree char *h4 = rp_cli_pad (_("Standing"), 12);
    g_autofree char *h5 = rp_cli_pad (_("Overall"), -8);
    g_autofree char *h6 = rp_cli_pad (_("Compliance"), -11);
    g_autofree char *h7 = rp_cli_pad (_("Measured"), -9);

    printf ("%s %s %s  %s %s %s %s\n", h1, h2, h3, h4, h5, h6, h7);
  }
  for (guint i = 0; i < cards->len; i++)
    {
      RpScorecard *c = cards->pdata[i];
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *score = rp_cli_format_number (c->score, 1);
      g_autofree char *overall = rp_cli_format_number (c->overall, 1);
      g_autofree char *rate = isnan (c->compliance_rate) ? g_strdup ("—")
                                                         : g_strdup_printf ("%.0f %%", 100 * c->compliance_rate);
      g_autofree char *measured = g_strdup_printf ("%u/%u", c->n_measured, c->n_kpis - c->n_not_applicable);
      g_autofree char *c1 = rp_cli_pad (number, 4);
      g_autofree char *c2 = rp_cli_pad (c->name, 28);
      g_autofree char *c3 = rp_cli_pad (score, -7);
      g_autofree char *c4 = rp_cli_pad (c->standing ? c->standing : c->not_reporting ? _("not reporting")
                                                     : !isnan (c->score) ? _("incomplete") : NULL, 12);
      g_autofree char *c5 = rp_cli_pad (overall, -8);
      g_autofree char *c6 = rp_cli_pad (rate, -11);
      g_autofree char *c7 = rp_cli_pad (measured, -9);

      printf ("%s %s %s  %s %s %s %s\n", c1, c2, c3, c4, c5, c6, c7);
    }
  return RP_CLI_OK;
}

static int
figures_import (RpCli  *cli,
                int     argc,
                char  **argv)
{
  g_autofree char *outsourcer = NULL;
  gboolean dry_run = FALSE, decimal_comma = FALSE, decimal_point = FALSE;
  const GOptionEntry entries[] = {
    { "outsourcer", 0, 0, G_OPTION_ARG_STRING, &outsourcer, N_("Read KPI names as those of this outsourcer (UUID)"), "UUID" },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Check the file and show what would change"), NULL },
    { "decimal-comma", 0, 0, G_OPTION_ARG_NONE, &decimal_comma, N_("Numbers are written 1.200,5 (when the file does not tell)"), NULL },
    { "decimal-point", 0, 0, G_OPTION_ARG_NONE, &decimal_point, N_("Numbers are written 1,200.5 (when the file does not tell)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("import FILE.csv"));
  g_autoptr(RpFigureImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  guint replacing = 0;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Enter monthly figures from a CSV file with the columns period, kpi and value in any order, separated by commas, semicolons or tabs (KPI by name or UUID; n/a marks a month not applicable; other columns are ignored). Numbers may use a decimal point or a decimal comma, thousands separators, a percent sign or a currency. All lines or none."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 3 || !g_str_equal (argv[1], "import"))
    return rp_cli_usage (cli, context, _("use: figures import FILE.csv"));
  if (decimal_comma && decimal_point)
    return rp_cli_usage (cli, context, _("--decimal-comma and --decimal-point exclude each other"));
  if (outsourcer != NULL && !g_uuid_string_is_valid (outsourcer))
    return rp_cli_usage (cli, context, _("--outsourcer takes an outsourcer's UUID"));
  if (!g_file_get_contents (argv[2], &text, &length, &error))
    return rp_cli_fail_error (cli, error);
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  if (outsourcer != NULL)
    {
      g_autoptr(RpRecord) o = rp_store_get (cli->store, RP_KIND_OUTSOURCER, outsourcer);

      if (o == NULL)
        return rp_cli_fail (cli, _("the workspace has no outsourcer with the UUID %s"), outsourcer);
    }

  import = rp_figures_csv_parse (cli->store, text, length, outsourcer,
                                 decimal_comma ? RP_DECIMAL_COMMA : decimal_point ? RP_DECIMAL_POINT : RP_DECIMAL_AUTO);
  /* Diagnostics on stderr, the report on stdout */
  for (guint i = 0; i < import->notes->len; i++)
    fprintf (stderr, _("%s: note: %s\n"), argv[2], (const char *) import->notes->pdata[i]);
  if (import->errors->len > 0)
    {
      for (guint i = 0; i < import->errors->len; i++)
        fprintf (stderr, "%s: %s\n", argv[2], (const char *) import->errors->pdata[i]);
      if (import->undecided)
        fprintf (stderr, _("%s: tell how the numbers are written with --decimal-point or --decimal-comma\n"), argv[2]);
      return rp_cli_fail (cli, g_dngettext (GETTEXT_PACKAGE, "%s: %u problem; nothing was imported",
                                            "%s: %u problems; nothing was imported", import->errors->len),
                          argv[2], import->errors->len);
    }
  for (guint i = 0; i < import->rows->len; i++)
    replacing += ((RpFigureRow *) import->rows->pdata[i])->replaces;
  printf (_("%u figures: %u new, %u replacing figures already entered\n"),
          import->rows->len, import->rows->len - replacing, replacing);
  if (dry_run)
    {
      printf (_("Dry run, nothing written.\n"));
      return RP_CLI_OK;
    }
  if (!rp_figures_csv_apply (cli->store, import, &error))
    return rp_cli_fail_error (cli, error);
  printf (_("Imported.\n"));
  return RP_CLI_OK;
}

int
rp_cli_figures (RpCli  *cli,
                int     argc,
                char  **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "import"))
    return figures_import (cli, argc, argv);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    return figures_import (cli, argc, argv);
  return rp_cli_usage (cli, NULL, _("use: figures import FILE.csv [--outsourcer UUID] [--dry-run] [--decimal-comma|--decimal-point]"));
}
