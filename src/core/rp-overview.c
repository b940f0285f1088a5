/* rp-overview.c — findings across the workspace, each pointing at its record */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-living.h"
#include "rp-overview.h"
#include "rp-cadence.h"
#include "rp-philosophy.h"
#include "rp-scorecard.h"
#include "rp-store-private.h"
#include "rp-util.h"

static void
append_all (GPtrArray *to,
            GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_steal_pointer (&from->pdata[i]));
  g_ptr_array_set_free_func (from, NULL);
  g_ptr_array_unref (from);
}

static int
days_between (const GDate *from,
              const GDate *to)
{
  return g_date_days_between (from, to);
}

/* The one rule for every view: past its due date and not done. 0 when it is not late. */
int
rp_plan_item_days_overdue (RpRecord    *item,
                           const GDate *today)
{
  GDate due;

  g_date_clear (&due, 1);
  if (rp_record_get_enum (item, RP_PLAN_ITEM_STATUS) == RP_PLAN_STATUS_DONE ||
      !rp_date_parse (rp_record_get_string (item, RP_PLAN_ITEM_DUE_ON), &due) ||
      g_date_compare (&due, today) >= 0)
    return 0;
  return days_between (&due, today);
}

GPtrArray *
rp_plan_overdue_findings (RpStore     *store,
                          const GDate *today)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(GListModel) items = rp_store_list (store, RP_KIND_PLAN_ITEM, RP_FIELD_NONE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RpRecord) item = g_list_model_get_item (items, i);
      int late = rp_plan_item_days_overdue (item, today);

      if (late == 0)
        continue;
      {
        g_autofree char *title = rp_record_dup_title (item);

        RpFinding *finding = rp_finding_new (RP_FINDING_PROBLEM, "plan-item-overdue", "plan_item",
                                             rp_record_get_uuid (item),
                                             g_dngettext (GETTEXT_PACKAGE,
                                                          "Plan item “%s” is %d day overdue (owner: %s)",
                                                          "Plan item “%s” is %d days overdue (owner: %s)", late),
                                             title, late, rp_record_get_string (item, RP_PLAN_ITEM_OWNER) ?: "—");

        rp_finding_set_days (finding, -late);
        g_ptr_array_add (findings, finding);
      }
    }
  return findings;
}

static void
review_finding (GPtrArray   *findings,
                RpStore     *store,
                RpRecord    *subject,
                const GDate *today,
                int          within_days)
{
  GDate due;
  int days;
  g_autofree char *title = NULL;
  const char *kind = rp_record_get_kind (subject)->name;
  gboolean is_strategy = g_str_equal (kind, "strategy");
  RpFinding *finding;

  if (!rp_review_next_due (store, subject, &due, NULL))
    return;
  days = days_between (today, &due);
  if (days > within_days)
    return;
  title = rp_record_dup_title (subject);
  if (days < 0)
    finding = rp_finding_new (RP_FINDING_PROBLEM, "review-overdue", kind, rp_record_get_uuid (subject),
                              is_strategy
                              ? g_dngettext (GETTEXT_PACKAGE, "Review of strategy “%s” is %d day overdue",
                                             "Review of strategy “%s” is %d days overdue", -days)
                              : g_dngettext (GETTEXT_PACKAGE, "Cooperation review with %s is %d day overdue",
                                             "Cooperation review with %s is %d days overdue", -days),
                              title, -days);
  else
    finding = rp_finding_new (RP_FINDING_WARNING, "review-due", kind, rp_record_get_uuid (subject),
                              is_strategy
                              ? g_dngettext (GETTEXT_PACKAGE, "Review of strategy “%s” is due in %d day",
                                             "Review of strategy “%s” is due in %d days", days)
                              : g_dngettext (GETTEXT_PACKAGE, "Cooperation review with %s is due in %d day",
                                             "Cooperation review with %s is due in %d days", days),
                              title, days);
  rp_finding_set_days (finding, days);
  g_ptr_array_add (findings, finding);
}

/* Reviews of endorsed and active strategies due within @within_days or overdue */
GPtrArray *
rp_strategy_review_findings (RpStore     *store,
                             const GDate *today,
                             int          within_days)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(GListModel) strategies = rp_store_list (store, RP_KIND_STRATEGY, RP_FIELD_NONE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(RpRecord) strategy = g_list_model_get_item (strategies, i);
      int status = rp_record_get_enum (strategy, RP_STRATEGY_STATUS);

      if (status == RP_STRATEGY_STATUS_ENDORSED || status == RP_STRATEGY_STATUS_ACTIVE)
        review_finding (findings, store, strategy, today, within_days);
    }
  return findings;
}

GPtrArray *
rp_review_findings (RpStore     *store,
                    const GDate *today,
                    int          within_days)
{
  GPtrArray *findings = rp_strategy_review_findings (store, today, within_days);
  g_autoptr(GListModel) outsourcers = rp_store_list (store, RP_KIND_OUTSOURCER, RP_FIELD_NONE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (outsourcers); i++)
    {
      g_autoptr(RpRecord) outsourcer = g_list_model_get_item (outsourcers, i);

      if (rp_record_get_enum (outsourcer, RP_OUTSOURCER_STATUS) == RP_OUTSOURCER_STATUS_ACTIVE)
        review_finding (findings, store, outsourcer, today, within_days);
    }
  return findings;
}

GPtrArray *
rp_change_request_findings (RpStore *store)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(GListModel) requests = rp_store_list (store, RP_KIND_CHANGE_REQUEST, RP_CHANGE_REQUEST_DECISION, "pending");

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(RpRecord) request = g_list_model_get_item (requests, i);
      g_autofree char *what = rp_record_dup_title (request);

      g_ptr_array_add (findings,
                       rp_finding_new (RP_FINDING_WARNING, "change-request-open", "change_request",
                                       rp_record_get_uuid (request),
                                       _("Change request awaits a decision: “%s” (requested by %s)"),
                                       what, rp_record_get_string (request, RP_CHANGE_REQUEST_REQUESTED_BY) ?: "—"));
    }
  return findings;
}

GPtrArray *
rp_outsourcer_findings (RpStore     *store,
                        const GDate *today)
{
  GPtrArray *findings = rp_findings_new ();
  g_autofree char *period = NULL;
  g_autoptr(GListModel) contracts = rp_store_list (store, RP_KIND_CONTRACT, RP_FIELD_NONE, NULL);
  g_autoptr(GPtrArray) default_cards = rp_scorecard_compute_default (store, FALSE, &period, NULL);

  if (period != NULL)
    {
      GPtrArray *cards = default_cards;

      for (guint i = 0; cards != NULL && i < cards->len; i++)
        {
          RpScorecard *card = cards->pdata[i];

          RpFinding *finding;

          /* An active partner with KPIs whose figures stopped coming */
          if (card->not_reporting && g_strcmp0 (card->status, "active") == 0)
            {
              finding = card->latest_complete
                ? rp_finding_new (RP_FINDING_WARNING, "outsourcer-not-reporting", "outsourcer", card->uuid,
                                  _("%s has reported no complete month since %s"), card->name, card->latest_complete)
                : rp_finding_new (RP_FINDING_WARNING, "outsourcer-not-reporting", "outsourcer", card->uuid,
                                  _("%s has reported no complete month in the last twelve"), card->name);
              g_ptr_array_add (findings, finding);
            }
          if (card->rule_action == NULL || g_str_equal (card->rule_action, "none") ||
              g_str_equal (card->rule_action, "reward"))
            continue;
          finding = rp_finding_new (RP_FINDING_PROBLEM, "outsourcer-below-standard", "outsourcer", card->uuid,
                                    _("%s is on %s: scored %.0f in %s"),
                                    card->name, card->standing, card->score, period);
          /* The lower the score, the sooner it needs looking at. */
          finding->urgency = 100 - card->score;
          g_ptr_array_add (findings, finding);
        }
    }

  /* A missed commitment stays listed until a later check of it says met (partly met does
   * not put it right), however many checks of other commitments come after. */
  {
    sqlite3_stmt *stmt = _rp_store_prepare (store,
                                            "SELECT cc.commitment, cc.period, m.description, o.uuid, o.name "
                                            "FROM compliance_check cc "
                                            "JOIN commitment m ON m.uuid = cc.commitment "
                                            "JOIN contract c ON c.uuid = m.contract "
                                            "JOIN outsourcer o ON o.uuid = c.outsourcer "
                                            "WHERE cc.result = 'missed' AND cc.period = "
                                            "  (SELECT max (period) FROM compliance_check WHERE commitment = cc.commitment AND result = 'missed') "
                                            "AND NOT EXISTS (SELECT 1 FROM compliance_check x WHERE x.commitment = cc.commitment "
                                            "  AND x.period > cc.period AND x.result = 'met') "
                                            "ORDER BY cc.period DESC, o.name", NULL);

    while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      {
        g_autofree char *what = rp_text_one_line ((const char *) sqlite3_column_text (stmt, 2), 80);
        RpFinding *finding = rp_finding_new (RP_FINDING_PROBLEM, "commitment-missed", "outsourcer",
                                             (const char *) sqlite3_column_text (stmt, 3),
                                             _("%s missed a commitment in %s: “%s”"),
                                             (const char *) sqlite3_column_text (stmt, 4),
                                             (const char *) sqlite3_column_text (stmt, 1), what);

        g_ptr_array_add (findings, finding);
      }
    if (stmt != NULL)
      sqlite3_reset (stmt);
  }

  for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
    {
      g_autoptr(RpRecord) contract = g_list_model_get_item (contracts, i);
      g_autoptr(RpRecord) outsourcer = NULL;
      g_autofree char *title = NULL;
      RpFinding *finding;
      GDate ends;
      int days;

      g_date_clear (&ends, 1);
      if (!rp_date_parse (rp_record_get_string (contract, RP_CONTRACT_ENDS_ON), &ends))
        continue;
      days = days_between (today, &ends);
      if (days < 0 || days > RP_CONTRACT_ENDING_DAYS)
        continue;
      outsourcer = rp_store_get (store, RP_KIND_OUTSOURCER, rp_record_get_string (contract, RP_CONTRACT_OUTSOURCER));
      title = rp_record_dup_title (contract);
      finding = rp_finding_new (RP_FINDING_WARNING, "contract-ending", "outsourcer",
                                outsourcer ? rp_record_get_uuid (outsourcer) : NULL,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "Contract “%s” with %s ends in %d day",
                                             "Contract “%s” with %s ends in %d days", days),
                                title, outsourcer ? rp_record_get_string (outsourcer, RP_OUTSOURCER_NAME) : "—", days);
      rp_finding_set_days (finding, days);
      g_ptr_array_add (findings, finding);
    }
  return findings;
}

/* What management must see now, most urgent first: the Overview's lines and the
 * start-up notification's (rp_findings_due_within() picks those). */
GPtrArray *
rp_overview_findings (RpStore     *store,
                      const GDate *today)
{
  GPtrArray *findings = rp_findings_new ();

  append_all (findings, rp_plan_overdue_findings (store, today));
  append_all (findings, rp_plan_due_findings (store, today, RP_PLAN_DUE_DAYS));
  append_all (findings, rp_review_findings (store, today, RP_REVIEW_SOON_DAYS));
  append_all (findings, rp_change_request_findings (store));
  append_all (findings, rp_outsourcer_findings (store, today));
  append_all (findings, rp_promotion_findings (store, today));
  append_all (findings, rp_trace_findings (store));
  append_all (findings, rp_ack_findings (store));
  g_ptr_array_sort (findings, rp_finding_compare);
  return findings;
}

/* Of @findings, what falls due within @days or is overdue: plan items and reviews. */
GPtrArray *
rp_findings_due_within (GPtrArray *findings,
                        int        days)
{
  GPtrArray *due = rp_findings_new ();

  for (guint i = 0; i < findings->len; i++)
    {
      RpFinding *f = findings->pdata[i];

      if ((g_str_equal (f->rule, "plan-item-due") && f->days <= days) ||
          (g_str_equal (f->rule, "review-due") && f->days <= days) ||
          g_str_equal (f->rule, "review-overdue"))
        g_ptr_array_add (due, rp_finding_copy (f));
    }
  return due;
}

/* Plan items not done that fall due within @within_days. */
GPtrArray *
rp_plan_due_findings (RpStore     *store,
                      const GDate *today,
                      int          within_days)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(GListModel) items = rp_store_list (store, RP_KIND_PLAN_ITEM, RP_FIELD_NONE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RpRecord) item = g_list_model_get_item (items, i);
      GDate due;
      int days;

      g_date_clear (&due, 1);
      if (rp_record_get_enum (item, RP_PLAN_ITEM_STATUS) == RP_PLAN_STATUS_DONE ||
          !rp_date_parse (rp_record_get_string (item, RP_PLAN_ITEM_DUE_ON), &due))
        continue;
      days = days_between (today, &due);
      if (days >= 0 && days <= within_days)
        {
          g_autofree char *title = rp_record_dup_title (item);
          RpFinding *finding = rp_finding_new (RP_FINDING_WARNING, "plan-item-due", "plan_item", rp_record_get_uuid (item),
                                               _("Plan item “%s” is due on %s"), title,
                                               rp_record_get_string (item, RP_PLAN_ITEM_DUE_ON));

          rp_finding_set_days (finding, days);
          g_ptr_array_add (findings, finding);
        }
    }
  return findings;
}
