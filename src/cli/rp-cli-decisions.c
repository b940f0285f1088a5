/* rp-cli-decisions.c — the steps a person takes, from the command line: a proposal moved
 * along its workflow, an evaluation recorded with its scores */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>

#include "rp-cli.h"
#include "rp-evaluation.h"
#include "rp-util.h"
#include "rp-workflow.h"

static const char *
status_label (int status)
{
  const RpField *field = rp_field_get (RP_PROPOSAL_STATUS);

  return rp_field_enum_label (field, rp_field_enum_nick (field, status));
}

/* proposal steps UUID | proposal move UUID STATUS */
int
rp_cli_proposal (RpCli  *cli,
                 int     argc,
                 char  **argv)
{
  const RpField *field = rp_field_get (RP_PROPOSAL_STATUS);
  g_autoptr(GOptionContext) context = g_option_context_new (_("steps UUID | move UUID STATUS"));
  g_autoptr(RpRecord) proposal = NULL;
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  int status = RP_CLI_OK, to;
  const GOptionEntry entries[] = {
    { "why", 0, 0, G_OPTION_ARG_STRING, &why, N_("Why it is accepted though fine-tuning is open or it conflicts with the adopted philosophy"), "TEXT" },
    { NULL }
  };

  g_option_context_set_summary (context, _("Show the steps a proposal can take next, or take one: submitted → under_review → "
                                           "revise or accepted → integrated, or rejected. Integrating needs what the proposal became."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc < 3 || (g_str_equal (argv[1], "steps") && argc != 3) || (g_str_equal (argv[1], "move") && argc != 4) ||
      (!g_str_equal (argv[1], "steps") && !g_str_equal (argv[1], "move")))
    return rp_cli_usage (cli, context, _("use: proposal steps UUID, or proposal move UUID STATUS"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  proposal = rp_store_get (cli->store, RP_KIND_PROPOSAL, argv[2]);
  if (proposal == NULL)
    return rp_cli_fail (cli, _("the workspace has no proposal with the UUID %s"), argv[2]);
  if (g_str_equal (argv[1], "steps"))
    {
      int from = rp_record_get_enum (proposal, RP_PROPOSAL_STATUS);

      steps = rp_proposal_next_steps (from);
      /* Translators: "Proposal “Self-healing monitoring” is Accepted; next:" */
      {
        g_autofree char *line = rp_text_printf (_("Proposal “%s” is %s; next:\n"), rp_record_get_string (proposal, RP_PROPOSAL_TITLE),
                                                status_label (from));

        fputs (line, stdout);
      }
      for (guint i = 0; i < steps->len; i++)
        printf ("  %-14s %s\n", rp_field_enum_nick (field, g_array_index (steps, int, i)),
                status_label (g_array_index (steps, int, i)));
      return RP_CLI_OK;
    }
  to = rp_field_enum_index (field, argv[3]);
  if (to < 0)
    return rp_cli_usage (cli, context, _("a proposal's status is submitted, under_review, revise, accepted, integrated or rejected"));
  if (!rp_proposal_move_with_reason (cli->store, proposal, to, why, &error))
    {
      if (g_error_matches (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_NEEDS_REASON))
        return rp_cli_fail (cli, _("%s Say why with --why TEXT."), error->message);
      return rp_cli_fail_error (cli, error);
    }
  {
    g_autofree char *line = rp_text_printf (_("Proposal “%s” is now %s.\n"), rp_record_get_string (proposal, RP_PROPOSAL_TITLE),
                                            status_label (to));

    fputs (line, stdout);
  }
  return RP_CLI_OK;
}

/* evaluation add --philosophy|--outsourcer|--proposal UUID --by NAME --score N … */
int
rp_cli_evaluation (RpCli  *cli,
                   int     argc,
                   char  **argv)
{
  static const struct { const char *subject; const char *scope; } subjects[] = {
    { "philosophy", "philosophy" }, { "outsourcer", "selection" }, { "proposal", "proposal" },
  };
  g_autofree char *uuids[G_N_ELEMENTS (subjects)] = { NULL };
  g_autofree char *by = NULL;
  g_autofree char *on = NULL;
  g_autofree char *notes = NULL;
  g_auto(GStrv) score_texts = NULL;
  const GOptionEntry entries[] = {
    { "philosophy", 0, 0, G_OPTION_ARG_STRING, &uuids[0], N_("Evaluate this candidate philosophy"), "UUID" },
    { "outsourcer", 0, 0, G_OPTION_ARG_STRING, &uuids[1], N_("Evaluate this outsourcer against the selection standards"), "UUID" },
    { "proposal", 0, 0, G_OPTION_ARG_STRING, &uuids[2], N_("Evaluate this CRM proposal"), "UUID" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Who evaluated"), N_("NAME") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("When (default: today)"), "YYYY-MM-DD" },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { "score", 0, 0, G_OPTION_ARG_STRING_ARRAY, &score_texts, N_("A score from 1 to 5, one per criterion in their order (0 for not scored)"), "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("add"));
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(RpRecord) subject = NULL;
  g_autoptr(RpRecord) evaluation = NULL;
  g_autofree int *scores = NULL;
  g_autoptr(GError) error = NULL;
  int status = RP_CLI_OK, chosen = -1;
  guint n;

  g_option_context_set_summary (context, _("Record an evaluation with its scores on the weighted criteria of its kind, all or nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!rp_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 2 || !g_str_equal (argv[1], "add"))
    return rp_cli_usage (cli, context, _("use: evaluation add --philosophy UUID --by NAME --score N …"));
  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    if (uuids[i] != NULL)
      {
        if (chosen >= 0)
          return rp_cli_usage (cli, context, _("name one of --philosophy, --outsourcer or --proposal"));
        chosen = (int) i;
      }
  if (chosen < 0)
    return rp_cli_usage (cli, context, _("name one of --philosophy, --outsourcer or --proposal"));
  if (by == NULL || *by == '\0')
    return rp_cli_usage (cli, context, _("say who evaluated with --by"));
  if (on != NULL && !rp_date_parse (on, NULL))
    return rp_cli_usage (cli, context, _("--on takes a date written as YYYY-MM-DD"));
  if (rp_cli_open_store (cli, RP_STORE_OPEN_DEFAULT) == NULL)
    return RP_CLI_FAILED;
  subject = rp_store_lookup (cli->store, subjects[chosen].subject, uuids[chosen]);
  if (subject == NULL)
    return rp_cli_fail (cli, _("the workspace has no %s with the UUID %s"), subjects[chosen].subject, uuids[chosen]);
  criteria = rp_criteria_for_scope (cli->store, subjects[chosen].scope);
  n = g_list_model_get_n_items (criteria);
  if (score_texts == NULL || g_strv_length (score_texts) != n)
    return rp_cli_fail (cli, g_dngettext (GETTEXT_PACKAGE, "give %u score, one per criterion in their order",
                                          "give %u scores, one per criterion in their order", n), n);
  scores = g_new0 (int, n + 1);
  for (guint i = 0; i < n; i++)
    {
      char *end = NULL;
      long value = strtol (score_texts[i], &end, 10);

      if (end == score_texts[i] || *end != '\0' || value < 0 || value > 5)
        return rp_cli_fail (cli, _("score %u: “%s” is not a whole number from 0 to 5"), i + 1, score_texts[i]);
      scores[i] = (int) value;
    }
  evaluation = rp_evaluation_new_for (subjects[chosen].subject, uuids[chosen], by);
  if (on != NULL)
    rp_record_set_string (evaluation, RP_EVALUATION_EVALUATED_ON, on);
  if (notes != NULL)
    rp_record_set_string (evaluation, RP_EVALUATION_NOTES, notes);
  if (!rp_evaluation_save (cli->store, evaluation, criteria, scores, &error))
    return rp_cli_fail_error (cli, error);
  {
    double total = rp_evaluation_total (cli->store, evaluation);
    g_autofree char *text = rp_cli_format_number (total, 0);

    /* Translators: "Evaluation recorded: 78 out of 100." */
    printf (_("Evaluation recorded: %s out of 100.\n"), text);
  }
  return RP_CLI_OK;
}
