/* rp-workflow.c — the rules of the workflows, enforced where every write passes */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rp-workflow.h"
#include "rp-philosophy.h"
#include "rp-store-private.h"

G_DEFINE_QUARK (rp-workflow-error-quark, rp_workflow_error)

/* A proposal: submitted → under review → revise or accepted → integrated, or rejected
 * (from which it may be reviewed again). */
static const struct {
  int from;
  int to;
} proposal_moves[] = {
  { RP_PROPOSAL_STATUS_SUBMITTED, RP_PROPOSAL_STATUS_UNDER_REVIEW },
  { RP_PROPOSAL_STATUS_SUBMITTED, RP_PROPOSAL_STATUS_REJECTED },
  { RP_PROPOSAL_STATUS_UNDER_REVIEW, RP_PROPOSAL_STATUS_REVISE },
  { RP_PROPOSAL_STATUS_UNDER_REVIEW, RP_PROPOSAL_STATUS_ACCEPTED },
  { RP_PROPOSAL_STATUS_UNDER_REVIEW, RP_PROPOSAL_STATUS_REJECTED },
  { RP_PROPOSAL_STATUS_REVISE, RP_PROPOSAL_STATUS_UNDER_REVIEW },
  { RP_PROPOSAL_STATUS_REVISE, RP_PROPOSAL_STATUS_REJECTED },
  { RP_PROPOSAL_STATUS_ACCEPTED, RP_PROPOSAL_STATUS_INTEGRATED },
  { RP_PROPOSAL_STATUS_ACCEPTED, RP_PROPOSAL_STATUS_REJECTED },
  { RP_PROPOSAL_STATUS_REJECTED, RP_PROPOSAL_STATUS_UNDER_REVIEW },
};

gboolean
rp_proposal_can_move (int from,
                      int to)
{
  for (guint i = 0; i < G_N_ELEMENTS (proposal_moves); i++)
    if (proposal_moves[i].from == from && proposal_moves[i].to == to)
      return TRUE;
  return FALSE;
}

/* The statuses a proposal can take next, in the order a reviewer meets them. */
GArray *
rp_proposal_next_steps (int from)
{
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < G_N_ELEMENTS (proposal_moves); i++)
    if (proposal_moves[i].from == from)
      g_array_append_val (steps, proposal_moves[i].to);
  return steps;
}

static char *
status_label (int status)
{
  return g_strdup (rp_field_enum_label (rp_field_get (RP_PROPOSAL_STATUS),
                                        rp_field_enum_nick (rp_field_get (RP_PROPOSAL_STATUS), status)));
}

/**
 * rp_proposal_move:
 * @status: an RP_PROPOSAL_STATUS_ choice
 *
 * Takes @proposal one step on, journaled as that step.
 */
/* What stands against accepting @proposal: fine-tuning requests still open, and principles
 * of the adopted philosophy it conflicts with. Empty when nothing does. */
GPtrArray *
rp_proposal_acceptance_issues (RpStore  *store,
                               RpRecord *proposal)
{
  GPtrArray *issues = g_ptr_array_new_with_free_func (g_free);
  const char *uuid = rp_record_get_uuid (proposal);
  g_autoptr(GListModel) tunings = rp_store_list (store, RP_KIND_FINE_TUNING, RP_FINE_TUNING_PROPOSAL, uuid);
  g_autoptr(GListModel) verdicts = rp_store_list (store, RP_KIND_COMPATIBILITY, RP_COMPATIBILITY_PROPOSAL, uuid);
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (store);
  guint open = 0, conflicts = 0;

  for (guint i = 0; i < g_list_model_get_n_items (tunings); i++)
    {
      g_autoptr(RpRecord) tuning = g_list_model_get_item (tunings, i);

      open += rp_record_get_enum (tuning, RP_FINE_TUNING_STATUS) == RP_TUNING_STATUS_OPEN;
    }
  for (guint i = 0; adopted != NULL && i < g_list_model_get_n_items (verdicts); i++)
    {
      g_autoptr(RpRecord) verdict = g_list_model_get_item (verdicts, i);
      g_autoptr(RpRecord) principle = NULL;

      if (rp_record_get_enum (verdict, RP_COMPATIBILITY_VERDICT) != RP_VERDICT_CONFLICTS)
        continue;
      principle = rp_store_get (store, RP_KIND_PRINCIPLE, rp_record_get_string (verdict, RP_COMPATIBILITY_PRINCIPLE));
      conflicts += principle != NULL &&
                   g_strcmp0 (rp_record_get_string (principle, RP_PRINCIPLE_PHILOSOPHY), rp_record_get_uuid (adopted)) == 0;
    }
  if (open > 0)
    g_ptr_array_add (issues, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u fine-tuning request is still open",
                                                           "%u fine-tuning requests are still open", open), open));
  if (conflicts > 0)
    g_ptr_array_add (issues, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "it conflicts with %u principle of the adopted philosophy",
                                                           "it conflicts with %u principles of the adopted philosophy", conflicts),
                                              conflicts));
  return issues;
}

gboolean
rp_proposal_move (RpStore   *store,
                  RpRecord  *proposal,
                  int        status,
                  GError   **error)
{
  return rp_proposal_move_with_reason (store, proposal, status, NULL, error);
}

/**
 * rp_proposal_move_with_reason:
 * @why: why it is accepted despite what stands against it; needed then
 *
 * Accepting a proposal with open fine-tuning requests or conflicts with the adopted
 * philosophy needs a reason, which the journal keeps with what was open.
 */
gboolean
rp_proposal_move_with_reason (RpStore    *store,
                              RpRecord   *proposal,
                              int         status,
                              const char *why,
                              GError    **error)
{
  g_autoptr(RpRecord) current = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *against = NULL;

  g_return_val_if_fail (RP_IS_STORE (store), FALSE);
  g_return_val_if_fail (rp_record_get_kind_id (proposal) == RP_KIND_PROPOSAL, FALSE);

  current = rp_store_get (store, RP_KIND_PROPOSAL, rp_record_get_uuid (proposal));
  if (current == NULL)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND, _("The proposal is no longer in the workspace."));
      return FALSE;
    }
  title = rp_record_dup_title (current);
  label = status_label (status);
  issues = status == RP_PROPOSAL_STATUS_ACCEPTED ? rp_proposal_acceptance_issues (store, current)
                                                 : g_ptr_array_new_with_free_func (g_free);
  if (issues->len > 0)
    {
      g_ptr_array_add (issues, NULL);
      against = g_strjoinv ("; ", (char **) issues->pdata);
    }
  if (against != NULL && (why == NULL || *why == '\0'))
    {
      g_set_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_NEEDS_REASON,
                   _("Accepting “%s” needs a reason: %s."), title, against);
      return FALSE;
    }
  rp_record_set_enum (current, RP_PROPOSAL_STATUS, status);
  if (against != NULL)
    /* Translators: journal line, "Proposal “X” is now Accepted, though 1 fine-tuning request is still open: <why>" */
    summary = g_strdup_printf (_("Proposal “%s” is now %s, though %s: %s"), title, label, against, why);
  else
    /* Translators: journal line, "Proposal “Self-healing monitoring” is now Accepted" */
    summary = g_strdup_printf (_("Proposal “%s” is now %s"), title, label);
  return rp_store_save_as (store, current, rp_field_enum_nick (rp_field_get (RP_PROPOSAL_STATUS), status), summary, error);
}

/**
 * rp_proposal_set_verdict:
 * @verdict: an RP_VERDICT_ choice, or -1 for not assessed
 *
 * Records how @proposal stands with one principle of the adopted philosophy.
 */
gboolean
rp_proposal_set_verdict (RpStore     *store,
                         RpRecord    *proposal,
                         const char  *principle_uuid,
                         int          verdict,
                         GError     **error)
{
  g_autoptr(RpRecord) existing = NULL;

  g_return_val_if_fail (RP_IS_STORE (store), FALSE);
  g_return_val_if_fail (rp_record_get_kind_id (proposal) == RP_KIND_PROPOSAL, FALSE);

  existing = rp_store_find (store, RP_KIND_COMPATIBILITY, RP_COMPATIBILITY_PROPOSAL, rp_record_get_uuid (proposal),
                            RP_COMPATIBILITY_PRINCIPLE, principle_uuid);
  if (verdict < 0)
    return existing == NULL || rp_store_delete (store, existing, NULL, error);
  if (existing == NULL)
    {
      existing = rp_record_new_for (RP_KIND_COMPATIBILITY, proposal);
      rp_record_set_string (existing, RP_COMPATIBILITY_PRINCIPLE, principle_uuid);
    }
  else if (rp_record_get_enum (existing, RP_COMPATIBILITY_VERDICT) == verdict)
    return TRUE;
  rp_record_set_enum (existing, RP_COMPATIBILITY_VERDICT, verdict);
  return rp_store_save (store, existing, error);
}

/* Checks at the store's save */

/* A compliance check is of a month the contract runs in: from the month it starts to the
 * month it ends. */
static gboolean
check_compliance (RpStore   *store,
                  RpRecord  *record,
                  GError   **error)
{
  g_autoptr(RpRecord) commitment = rp_store_get (store, RP_KIND_COMMITMENT, rp_record_get_string (record, RP_COMPLIANCE_CHECK_COMMITMENT));
  g_autoptr(RpRecord) contract = commitment ? rp_store_get (store, RP_KIND_CONTRACT, rp_record_get_string (commitment, RP_COMMITMENT_CONTRACT)) : NULL;
  const char *period = rp_record_get_string (record, RP_COMPLIANCE_CHECK_PERIOD);
  const char *starts = contract ? rp_record_get_string (contract, RP_CONTRACT_STARTS_ON) : NULL;
  const char *ends = contract ? rp_record_get_string (contract, RP_CONTRACT_ENDS_ON) : NULL;

  if (period == NULL || contract == NULL)
    return TRUE;
  if ((starts != NULL && strncmp (period, starts, 7) < 0) || (ends != NULL && strncmp (period, ends, 7) > 0))
    {
      g_autofree char *title = rp_record_dup_title (contract);

      g_set_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_OUTSIDE,
                   _("A compliance check of %s is outside the contract “%s”, which runs from %s to %s."),
                   period, title, starts ? starts : "…", ends ? ends : "…");
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_proposal (RpStore   *store,
                RpRecord  *existing,
                RpRecord  *record,
                GError   **error)
{
  int from = existing ? rp_record_get_enum (existing, RP_PROPOSAL_STATUS) : -1;
  int to = rp_record_get_enum (record, RP_PROPOSAL_STATUS);

  if (existing == NULL && to != RP_PROPOSAL_STATUS_SUBMITTED)
    {
      g_set_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_NOT_ALLOWED,
                   _("A new proposal starts as submitted; review, accept or reject it afterwards."));
      return FALSE;
    }
  if (existing != NULL && from != to && !rp_proposal_can_move (from, to))
    {
      g_autofree char *from_label = status_label (from);
      g_autofree char *to_label = status_label (to);

      g_set_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_NOT_ALLOWED,
                   _("A proposal that is %s cannot become %s."), from_label, to_label);
      return FALSE;
    }
  if (from != to && to == RP_PROPOSAL_STATUS_INTEGRATED &&
      rp_store_count_where (store, RP_KIND_PROPOSAL_LINK, RP_PROPOSAL_LINK_PROPOSAL, rp_record_get_uuid (record)) == 0)
    {
      g_set_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_NEEDS_LINK,
                   _("Link the proposal to the strategies or framework activities it became before marking it integrated."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
field_equal (const GValue *a,
             const GValue *b)
{
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_INT64 (a))
    return g_value_get_int64 (a) == g_value_get_int64 (b);
  if (G_VALUE_HOLDS_BOOLEAN (a))
    return !g_value_get_boolean (a) == !g_value_get_boolean (b);
  return g_value_get_double (a) == g_value_get_double (b) ||
         (g_value_get_double (a) != g_value_get_double (a) && g_value_get_double (b) != g_value_get_double (b));
}

/**
 * _rp_workflow_check_save:
 * @existing: (nullable): the record as the workspace has it, NULL for a new one
 * @action: (nullable): the workflow step saving it; NULL for a plain save (an editor)
 *
 * A plain save may not change a field its workflow owns (a new record keeps the
 * field's default); a step must be one the workflow takes from where the record is.
 */
gboolean
_rp_workflow_check_save (RpStore     *store,
                         RpRecord    *existing,
                         RpRecord    *record,
                         const char  *action,
                         GError     **error)
{
  const RpKind *kind = rp_record_get_kind (record);
  g_autoptr(RpRecord) blank = NULL;

  if (action == NULL)
    {
      if (existing == NULL)
        blank = rp_record_new (kind);
      for (guint i = 0; i < kind->n_fields; i++)
        {
          const RpField *field = &kind->fields[i];

          if (!(field->flags & RP_FIELD_WORKFLOW))
            continue;
          if (field_equal (rp_record_get_value (record, i), rp_record_get_value (existing ? existing : blank, i)))
            continue;
          g_set_error (error, RP_WORKFLOW_ERROR, RP_WORKFLOW_ERROR_OWNED,
                       _("%s: “%s” is set by its steps (propose, adopt, endorse, decide, review …), not edited directly."),
                       rp_kind_get_label (kind), rp_field_get_label (field));
          return FALSE;
        }
    }
  switch (rp_record_get_kind_id (record))
    {
    case RP_KIND_PROPOSAL:
      return check_proposal (store, existing, record, error);
    case RP_KIND_COMPLIANCE_CHECK:
      return check_compliance (store, record, error);
    default:
      return TRUE;
    }
}
