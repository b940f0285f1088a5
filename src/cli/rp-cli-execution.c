/* rp-cli-execution.c — plan list, plan overdue, journal */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rp-cli.h"
#include "rp-execution.h"
#include "rp-journal.h"
#include "rp-overview.h"
#include "rp-util.h"

static gboolean
parse_today (RpCli      *cli,
             const char *text,
             GDate      *today,
             int        *status)
{
  if (text == NULL)
    {
      rp_date_set_today (today);
      return TRUE;
    }
  if (rp_date_parse (text, today))
    return TRUE;
  {
    g_autofree char *message = g_strdup_printf (_("“%s” is not a date written as YYYY-MM-DD"), text);

    *status = rp_cli_usage (cli, NULL, message);
  }
  return FALSE;
}

static int
plan_list (RpCli  *cli,
           int     argc,
           char  **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *on = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("Judge what is overdue as of this day (default: today)"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("list"));
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) tree = NULL;
  RpCliFormat format;
  int status = RP_CLI_OK;
  GDate today;

  g_option_context_set_summary (context, _("Every strategy, sub-strategies under their parent, with its plan items."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status) ||
      !rp_cli_parse_format (cli, format_text, FALSE, &format, &status) ||
      !parse_today (cli, on, &today, &status))
    return status;
  if (argc != 2)
    return rp_cli_usage (cli, context, _("use: plan list [--format text|json] [--on YYYY-MM-DD]"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;

  tree = rp_strategy_tree (cli->store);
  json_builder_begin_array (b);
  for (guint s = 0; s < tree->len; s++)
    {
      RpStrategyNode *node = tree->pdata[s];
      g_autoptr(GListModel) items = rp_store_list (cli->store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, rp_record_get_uuid (node->strategy));

      if (format == RP_CLI_FORMAT_TEXT)
        printf ("%*s%s  [%s]\n", (int) node->depth * 2, "", rp_record_get_string (node->strategy, RP_STRATEGY_TITLE),
                rp_record_get_string (node->strategy, RP_STRATEGY_STATUS));
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(RpRecord) item = g_list_model_get_item (items, i);
          const char *item_status = rp_record_get_string (item, RP_PLAN_ITEM_STATUS);
          gboolean overdue = rp_plan_item_days_overdue (item, &today) > 0;

          if (format == RP_CLI_FORMAT_JSON)
            {
              json_builder_begin_object (b);
              rp_cli_json_string (b, "uuid", rp_record_get_uuid (item));
              rp_cli_json_string (b, "strategy_uuid", rp_record_get_uuid (node->strategy));
              rp_cli_json_string (b, "strategy", rp_record_get_string (node->strategy, RP_STRATEGY_TITLE));
              rp_cli_json_string (b, "title", rp_record_get_string (item, RP_PLAN_ITEM_TITLE));
              rp_cli_json_string (b, "owner", rp_record_get_string (item, RP_PLAN_ITEM_OWNER));
              rp_cli_json_string (b, "start_on", rp_record_get_string (item, RP_PLAN_ITEM_START_ON));
              rp_cli_json_string (b, "due_on", rp_record_get_string (item, RP_PLAN_ITEM_DUE_ON));
              rp_cli_json_string (b, "status", item_status);
              json_builder_set_member_name (b, "progress");
              json_builder_add_int_value (b, rp_record_get_int (item, RP_PLAN_ITEM_PROGRESS));
              json_builder_set_member_name (b, "overdue");
              json_builder_add_boolean_value (b, overdue);
              json_builder_end_object (b);
            }
          else
            {
              g_autofree char *title = rp_cli_pad (rp_record_get_string (item, RP_PLAN_ITEM_TITLE), 44);
              g_autofree char *state = rp_cli_pad (item_status, 11);

              printf ("%*s  %s  %s  %-10s  %3d%%%s\n", (int) node->depth * 2, "", title, state,
                      rp_record_get_string (item, RP_PLAN_ITEM_DUE_ON) ?: "—", (int) rp_record_get_int (item, RP_PLAN_ITEM_PROGRESS),
                      overdue ? _("  OVERDUE") : "");
            }
        }
    }
  rp_cli_finish_list (b, format);
  return RP_CLI_OK;
}

static int
plan_overdue (RpCli  *cli,
              int     argc,
              char  **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *on = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text or json"), "FORMAT" },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("Judge as of this day (default: today)"), "YYYY-MM-DD" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("overdue"));
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  RpCliFormat format;
  int status = RP_CLI_OK;
  GDate today;

  g_option_context_set_summary (context, _("Plan items past their due date and not done, and reviews past due."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status) ||
      !rp_cli_parse_format (cli, format_text, FALSE, &format, &status) ||
      !parse_today (cli, on, &today, &status))
    return status;
  if (argc != 2)
    return rp_cli_usage (cli, context, _("use: plan overdue [--format text|json] [--on YYYY-MM-DD]"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;

  items = rp_plan_overdue_findings (cli->store, &today);
  reviews = rp_review_findings (cli->store, &today, -1);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (all, items->pdata[i]);
  for (guint i = 0; i < reviews->len; i++)
    g_ptr_array_add (all, reviews->pdata[i]);
  json_builder_begin_array (b);
  for (guint i = 0; i < all->len; i++)
    {
      RpFinding *f = all->pdata[i];

      if (format == RP_CLI_FORMAT_JSON)
        {
          json_builder_begin_object (b);
          rp_cli_json_string (b, "rule", f->rule);
          rp_cli_json_string (b, "kind", f->record_kind);
          rp_cli_json_string (b, "uuid", f->record_uuid);
          rp_cli_json_string (b, "message", f->message);
          json_builder_end_object (b);
        }
      else
        printf ("%s  %s\n", f->record_uuid, f->message);
    }
  rp_cli_finish_list (b, format);
  if (format == RP_CLI_FORMAT_TEXT && all->len == 0)
    printf ("%s\n", _("Nothing is overdue."));
  return RP_CLI_OK;
}

int
rp_cli_plan (RpCli  *cli,
             int     argc,
             char  **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "acknowledgements"))
    return rp_cli_acknowledgements (cli, argc, argv, RP_KIND_STRATEGY);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return plan_list (cli, argc, argv);
  if (argc >= 2 && g_str_equal (argv[1], "overdue"))
    return plan_overdue (cli, argc, argv);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("%s\n", _("Usage: rapport-cli plan list [--format text|json] [--on YYYY-MM-DD]\n"
                        "       rapport-cli plan overdue [--format text|json] [--on YYYY-MM-DD]\n"
                        "       rapport-cli plan acknowledgements STRATEGY-UUID [--format text|json]"));
      return RP_CLI_OK;
    }
  return rp_cli_usage (cli, NULL, _("use: plan list | plan overdue | plan acknowledgements UUID"));
}

int
rp_cli_journal (RpCli  *cli,
                int     argc,
                char  **argv)
{
  g_autofree char *format_text = NULL;
  RpJournalFilter filter = { NULL };
  const GOptionEntry entries[] = {
    { "since", 0, 0, G_OPTION_ARG_STRING, &filter.since, N_("Entries from this day on"), "YYYY-MM-DD" },
    { "until", 0, 0, G_OPTION_ARG_STRING, &filter.until, N_("Entries up to this day"), "YYYY-MM-DD" },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &filter.kind, N_("Entries about this kind of record, e.g. strategy"), "KIND" },
    { "who", 0, 0, G_OPTION_ARG_STRING, &filter.who, N_("Entries by this person"), "NAME" },
    { "search", 's', 0, G_OPTION_ARG_STRING, &filter.search, N_("Entries with all these words"), "TEXT" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, N_("Output format: text, csv or json"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  RpCliFormat format;
  int status = RP_CLI_OK;

  g_option_context_set_summary (context, _("The journal, newest first: every change and every check-back note."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status) ||
      !rp_cli_parse_format (cli, format_text, TRUE, &format, &status))
    goto out;
  if (argc != 1)
    {
      status = rp_cli_usage (cli, context, _("use: journal [--since DATE] [--until DATE] [--kind KIND] [--who NAME] "
                                             "[--search TEXT] [--format text|csv|json]"));
      goto out;
    }
  if (!rp_journal_filter_check (&filter, &error))
    {
      status = rp_cli_usage (cli, context, error->message);
      goto out;
    }
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    {
      status = RP_CLI_FAILED;
      goto out;
    }

  if (format == RP_CLI_FORMAT_CSV)
    {
      GString *csv = rp_journal_csv (cli->store, &filter, &error);

      if (csv == NULL)
        status = rp_cli_fail_error (cli, error);
      else
        {
          fwrite (csv->str, 1, csv->len, stdout);
          g_string_free (csv, TRUE);
        }
      goto out;
    }
  {
    g_autoptr(JsonBuilder) b = json_builder_new ();
    const guint page = 2000;

    json_builder_begin_array (b);
    for (guint offset = 0;; offset += page)
      {
        g_autoptr(GPtrArray) entries_page = rp_journal_fetch (cli->store, &filter, offset, page, &error);

        if (entries_page == NULL)
          {
            status = rp_cli_fail_error (cli, error);
            goto out;
          }
        for (guint i = 0; i < entries_page->len; i++)
          {
            RpJournalEntry *e = entries_page->pdata[i];

            if (format == RP_CLI_FORMAT_JSON)
              {
                json_builder_begin_object (b);
                rp_cli_json_string (b, "when", e->created_at);
                rp_cli_json_string (b, "who", e->who);
                rp_cli_json_string (b, "record_kind", e->record_kind);
                rp_cli_json_string (b, "record_uuid", e->record_uuid);
                rp_cli_json_string (b, "action", e->action);
                rp_cli_json_string (b, "summary", e->summary);
                json_builder_end_object (b);
              }
            else
              {
                g_autofree char *who = rp_cli_pad (e->who ? e->who : "—", 18);
                g_autofree char *what = g_strdup_printf ("%s %s", e->record_kind, e->action);
                g_autofree char *padded = rp_cli_pad (what, 28);
                g_autofree char *summary = rp_cli_pad (e->summary ? e->summary : "", 200);
                g_autofree char *when = rp_timestamp_to_local (e->created_at, "%Y-%m-%d %H:%M");

                printf ("%s  %s  %s  %s\n", when, who, padded, g_strchomp (summary));
              }
          }
        if (entries_page->len < page)
          break;
      }
    rp_cli_finish_list (b, format);
  }

out:
  rp_journal_filter_clear (&filter);
  return status;
}
