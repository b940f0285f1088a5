/* rp-cli-living.c — trace, acknowledge, and the acknowledgements of a philosophy,
 * framework or plan */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "rp-cli.h"
#include "rp-living.h"
#include "rp-philosophy.h"
#include "rp-util.h"

static void
items_json (JsonBuilder *b,
            const char  *name,
            GPtrArray   *items,
            const char  *detail_name,
            gboolean     with_measured)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < items->len; i++)
    {
      RpTraceItem *item = items->pdata[i];

      json_builder_begin_object (b);
      rp_cli_json_string (b, "uuid", item->uuid);
      rp_cli_json_string (b, "title", item->title);
      rp_cli_json_string (b, detail_name, item->detail);
      if (with_measured)
        {
          json_builder_set_member_name (b, "measured");
          json_builder_add_boolean_value (b, item->measured);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
print_items (const char *heading,
             GPtrArray  *items,
             gboolean    flag_unmeasured)
{
  if (items->len == 0)
    return;
  printf ("  %s\n", heading);
  for (guint i = 0; i < items->len; i++)
    {
      RpTraceItem *item = items->pdata[i];

      printf ("    %s%s%s%s\n", item->title, item->detail ? " (" : "", item->detail ? item->detail : "", item->detail ? ")" : "");
      if (flag_unmeasured && !item->measured)
        printf ("      %s\n", _("! nobody measures how customers react to it"));
    }
}

int
rp_cli_trace (RpCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *principle = NULL;
  const GOptionEntry entries[] = {
    { "principle", 'p', 0, G_OPTION_ARG_STRING, &principle, N_("Only this principle of the adopted philosophy"), "UUID" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(RpTrace) trace = NULL;
  g_autoptr(GError) error = NULL;
  RpCliFormat format;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Each principle of the adopted philosophy with the activities that serve it, the strategies "
                                           "that carry it out, the outsourcers' proposals that support or conflict with it, and the "
                                           "KPIs that measure it with their latest value and attainment."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status) ||
      !rp_cli_parse_format (cli, format_text, FALSE, &format, &status))
    return status;
  if (argc != 1)
    return rp_cli_usage (cli, context, _("use: trace [--principle UUID] [--format text|json]"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  trace = rp_trace_compute (cli->store, NULL, principle, &error);
  if (error != NULL)
    return rp_cli_fail_error (cli, error);
  if (trace == NULL)
    return rp_cli_fail (cli, "%s", _("no philosophy is adopted in this workspace"));

  if (format == RP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      rp_cli_json_string (b, "philosophy", trace->philosophy_uuid);
      json_builder_set_member_name (b, "principles");
      json_builder_begin_array (b);
      for (guint i = 0; i < trace->principles->len; i++)
        {
          RpTracePrinciple *p = trace->principles->pdata[i];

          json_builder_begin_object (b);
          rp_cli_json_string (b, "uuid", p->uuid);
          rp_cli_json_string (b, "statement", p->statement);
          items_json (b, "activities", p->activities, "phase", TRUE);
          items_json (b, "strategies", p->strategies, "status", FALSE);
          items_json (b, "supported_by", p->supporting, "outsourcer", FALSE);
          items_json (b, "conflicts_with", p->conflicting, "outsourcer", FALSE);
          json_builder_set_member_name (b, "kpis");
          json_builder_begin_array (b);
          for (guint k = 0; k < p->kpis->len; k++)
            {
              RpTraceKpi *kpi = p->kpis->pdata[k];

              json_builder_begin_object (b);
              rp_cli_json_string (b, "uuid", kpi->uuid);
              rp_cli_json_string (b, "name", kpi->name);
              rp_cli_json_string (b, "owner", kpi->owner);
              json_builder_set_member_name (b, "company");
              json_builder_add_boolean_value (b, kpi->company);
              rp_cli_json_string (b, "latest_period", kpi->latest_period);
              rp_cli_json_number (b, "latest_value", kpi->latest_value, 4);
              rp_cli_json_number (b, "target", kpi->target, 4);
              rp_cli_json_number (b, "attainment", kpi->attainment, 4);
              json_builder_set_member_name (b, "trend");
              json_builder_begin_array (b);
              for (guint t = 0; t < RP_SCORE_PERIODS; t++)
                if (isnan (kpi->trend[t]))
                  json_builder_add_null_value (b);
                else
                  json_builder_add_double_value (b, kpi->trend[t]);
              json_builder_end_array (b);
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
          json_builder_set_member_name (b, "measured");
          json_builder_add_boolean_value (b, p->measured);
          json_builder_set_member_name (b, "below_target");
          json_builder_add_boolean_value (b, p->below_target);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      rp_cli_print_json (root);
      return RP_CLI_OK;
    }

  printf ("%s\n", trace->philosophy_title);
  for (guint i = 0; i < trace->principles->len; i++)
    {
      RpTracePrinciple *p = trace->principles->pdata[i];

      printf ("\n%u. %s\n", i + 1, p->statement);
      if (!p->measured)
        printf ("  %s\n", _("! no figure measures this principle"));
      else if (p->below_target)
        printf ("  %s\n", _("! its indicators are below target"));
      print_items (_("Activities:"), p->activities, TRUE);
      print_items (_("Strategies:"), p->strategies, FALSE);
      print_items (_("Supported by proposals:"), p->supporting, FALSE);
      print_items (_("In conflict with proposals:"), p->conflicting, FALSE);
      if (p->kpis->len > 0)
        printf ("  %s\n", _("Measured by:"));
      for (guint k = 0; k < p->kpis->len; k++)
        {
          RpTraceKpi *kpi = p->kpis->pdata[k];
          g_autofree char *value = g_strdup_printf ("%g", kpi->latest_value);
          g_autofree char *target = isnan (kpi->target) ? g_strdup ("—") : g_strdup_printf ("%g", kpi->target);
          g_autofree char *attained = rp_cli_format_number (100 * kpi->attainment, 0);

          /* Translators: "Customer satisfaction (Harbourline Fibre): 86 in 2026-11, target 85, 100% attained" */
          g_autofree char *line = kpi->latest_period
                                  ? g_strdup_printf (_("%s (%s): %s in %s, target %s, %s%% attained"), kpi->name, kpi->owner,
                                                     value, kpi->latest_period, target, attained)
                                  : g_strdup_printf (_("%s (%s): no figure yet"), kpi->name, kpi->owner);

          printf ("    %s\n", line);
        }
    }
  return RP_CLI_OK;
}

static RpRecord *
subject_from (RpCli       *cli,
              const char  *text,
              int         *status)
{
  static const struct { const char *prefix; RpKindId kind; } kinds[] = {
    { "philosophy:", RP_KIND_PHILOSOPHY }, { "framework:", RP_KIND_FRAMEWORK }, { "strategy:", RP_KIND_STRATEGY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_has_prefix (text, kinds[i].prefix))
      {
        const char *uuid = text + strlen (kinds[i].prefix);
        RpRecord *subject = rp_store_get (cli->store, kinds[i].kind, uuid);

        if (subject == NULL)
          *status = rp_cli_fail (cli, _("the workspace has no %s with the UUID %s"),
                                 rp_kind_get_label (rp_kind_get (kinds[i].kind)), uuid);
        return subject;
      }
  *status = rp_cli_fail (cli, _("“%s” is not something to acknowledge: use philosophy:UUID, framework:UUID or strategy:UUID"), text);
  return NULL;
}

int
rp_cli_acknowledge (RpCli  *cli,
                    int     argc,
                    char  **argv)
{
  g_autofree char *by = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *on = NULL;
  const GOptionEntry entries[] = {
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who acknowledges it"), "NAME" },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment, N_("An optional comment"), "TEXT" },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The date (default: today)"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("philosophy:UUID|framework:UUID|strategy:UUID"));
  g_autoptr(RpRecord) subject = NULL;
  g_autoptr(RpRecord) ack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Record that someone received, understood and accepts a philosophy, a framework or a "
                                           "strategy's plan as it stands now; export --what acknowledgements sends it back."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 2 || by == NULL)
    return rp_cli_usage (cli, context, _("use: acknowledge philosophy:UUID|framework:UUID|strategy:UUID --by NAME [--comment TEXT]"));
  if (on != NULL && !rp_date_parse (on, NULL))
    return rp_cli_fail (cli, _("“%s” is not a date written as YYYY-MM-DD"), on);
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  subject = subject_from (cli, argv[1], &status);
  if (subject == NULL)
    return status;
  ack = rp_acknowledge (cli->store, subject, by, on, comment, &error);
  if (ack == NULL)
    return rp_cli_fail_error (cli, error);
  title = rp_record_dup_title (subject);
  printf (_("%s acknowledged “%s” on %s\n"), rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_BY), title,
          rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_ON));
  return RP_CLI_OK;
}

/* philosophy|framework|plan acknowledgements UUID [--format text|json] */
int
rp_cli_acknowledgements (RpCli    *cli,
                         int       argc,
                         char    **argv,
                         RpKindId  kind)
{
  g_autofree char *format_text = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("acknowledgements UUID"));
  g_autoptr(RpRecord) subject = NULL;
  g_autoptr(RpAckStatus) ack_status = NULL;
  g_autofree char *title = NULL;
  RpCliFormat format;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("Who acknowledged which version, and who of the staff directory, own and outsourced, has not "
                                           "acknowledged it as it stands."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status) ||
      !rp_cli_parse_format (cli, format_text, FALSE, &format, &status))
    return status;
  if (argc != 3)
    return rp_cli_usage (cli, context, _("use: acknowledgements UUID [--format text|json]"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  subject = rp_store_get (cli->store, kind, argv[2]);
  if (subject == NULL)
    return rp_cli_fail (cli, _("the workspace has no %s with the UUID %s"), rp_kind_get_label (rp_kind_get (kind)), argv[2]);
  ack_status = rp_ack_status_compute (cli->store, subject);
  title = rp_record_dup_title (subject);

  if (format == RP_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      rp_cli_json_string (b, "uuid", rp_record_get_uuid (subject));
      rp_cli_json_string (b, "title", title);
      rp_cli_json_string (b, "version", ack_status->version);
      json_builder_set_member_name (b, "acknowledgements");
      json_builder_begin_array (b);
      for (guint i = 0; i < ack_status->acks->len; i++)
        {
          RpAckLine *line = ack_status->acks->pdata[i];

          json_builder_begin_object (b);
          rp_cli_json_string (b, "uuid", line->uuid);
          rp_cli_json_string (b, "by", line->by);
          rp_cli_json_string (b, "on", line->on);
          rp_cli_json_string (b, "comment", line->comment);
          json_builder_set_member_name (b, "outdated");
          json_builder_add_boolean_value (b, line->outdated);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "not_acknowledged");
      json_builder_begin_array (b);
      for (guint i = 0; i < ack_status->pending->len; i++)
        {
          RpAckPending *pending = ack_status->pending->pdata[i];

          json_builder_begin_object (b);
          rp_cli_json_string (b, "name", pending->name);
          rp_cli_json_string (b, "outsourcer", pending->outsourcer);
          json_builder_set_member_name (b, "earlier_version");
          json_builder_add_boolean_value (b, pending->outdated);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "staff");
      json_builder_add_int_value (b, ack_status->n_staff);
      json_builder_set_member_name (b, "current");
      json_builder_add_int_value (b, ack_status->n_current);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      rp_cli_print_json (root);
      return RP_CLI_OK;
    }

  printf ("%s\n", title);
  /* Translators: "5 of 9 staff acknowledged it as it stands" */
  printf (_("%u of %u staff acknowledged it as it stands\n"), ack_status->n_current, ack_status->n_staff);
  for (guint i = 0; i < ack_status->acks->len; i++)
    {
      RpAckLine *line = ack_status->acks->pdata[i];

      printf ("  %s  %s%s%s%s\n", line->on, line->by, line->outdated ? _(" (an earlier version)") : "",
              line->comment ? " — " : "", line->comment ? line->comment : "");
    }
  if (ack_status->pending->len > 0)
    printf ("%s\n", _("Not acknowledged:"));
  for (guint i = 0; i < ack_status->pending->len; i++)
    {
      RpAckPending *pending = ack_status->pending->pdata[i];

      printf ("  %s%s%s%s%s\n", pending->name, pending->outsourcer ? " (" : "", pending->outsourcer ? pending->outsourcer : "",
              pending->outsourcer ? ")" : "", pending->outdated ? _(" — acknowledged an earlier version") : "");
    }
  return RP_CLI_OK;
}
