/* rp-record-describe.c — what the row of a record says besides the record (a KPI's target
 * in force, a philosophy's principles and evaluation …), and what each description reads */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-record-describe.h"
#include "rp-evaluation.h"
#include "rp-execution.h"
#include "rp-overview.h"
#include "rp-framework.h"
#include "rp-outsourcing.h"
#include "rp-philosophy.h"
#include "rp-util.h"

/* What rows of a kind say besides the record, and what that reads */


static void
describe_kpi (RpStore *store,
              RpRow   *row)
{
  GDate today;
  g_autofree char *period = NULL;
  g_autofree char *text = NULL;

  rp_date_set_today (&today);
  period = rp_period_of_date (&today);
  text = rp_kpi_describe (store, rp_row_get_record (row), period);
  rp_row_set_subtitle (row, text);
}

static void
describe_philosophy (RpStore *store,
                     RpRow   *row)
{
  const char *uuid = rp_row_get_uuid (row);
  guint n = rp_store_count_where (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, uuid);
  double total = rp_subject_evaluation_total (store, "philosophy", uuid, NULL);
  g_autofree char *principles = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u principle", "%u principles", n), n);
  g_autofree char *text = NULL;

  /* Translators: "6 principles · evaluated 81" */
  text = isnan (total) ? rp_text_printf (_("%s · not evaluated"), principles)
                       : rp_text_printf (_("%s · evaluated %.0f"), principles, total);
  rp_row_set_subtitle (row, text);
  rp_row_set_number (row, total);
  {
    g_autofree char *status = rp_record_format (rp_row_get_record (row), RP_PHILOSOPHY_STATUS);
    int value = rp_record_get_enum (rp_row_get_record (row), RP_PHILOSOPHY_STATUS);

    rp_row_set_badge (row, status, value == RP_PHILOSOPHY_STATUS_ADOPTED ? RP_TONE_GOOD
                                   : value == RP_PHILOSOPHY_STATUS_PROPOSED ? RP_TONE_PROPOSED
                                   : value == RP_PHILOSOPHY_STATUS_RETIRED ? RP_TONE_DIM : RP_TONE_NEUTRAL);
  }
}

/* A principle in full, with its benefits and links; flagged when it favours the company
 * or serves no corporate objective */
static void
describe_principle (RpStore *store,
                    RpRow   *row)
{
  RpRecord *principle = rp_row_get_record (row);
  const char *uuid = rp_row_get_uuid (row);
  guint n_objectives = rp_store_count_where (store, RP_KIND_PRINCIPLE_OBJECTIVE, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, uuid);
  guint n_groups = rp_store_count_where (store, RP_KIND_PRINCIPLE_STAKEHOLDER, RP_PRINCIPLE_STAKEHOLDER_PRINCIPLE, uuid);
  g_autofree char *objectives = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u objective", "%u objectives", n_objectives),
                                                 n_objectives);
  g_autofree char *groups = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u stakeholder group", "%u stakeholder groups", n_groups),
                                             n_groups);
  /* Translators: "Customers 4/5 · company 3/5 · 2 objectives · 1 stakeholder group" */
  g_autofree char *text = rp_text_printf (_("Customers %d/5 · company %d/5 · %s · %s"),
                                           (int) rp_record_get_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT),
                                           (int) rp_record_get_int (principle, RP_PRINCIPLE_COMPANY_BENEFIT), objectives, groups);

  /* The whole principle: a list's usual title is cut to one line */
  rp_row_set_title (row, rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT));
  rp_row_set_subtitle (row, text);
  rp_row_set_number (row, n_objectives);
  if (rp_principle_favours_company (principle))
    {
      rp_row_set_badge (row, _("Favours the company"), RP_TONE_WARNING);
      rp_row_add_note (row, _("It benefits the company more than its customers."));
    }
  else if (n_objectives == 0)
    {
      rp_row_set_badge (row, _("Serves no objective"), RP_TONE_WARNING);
      rp_row_add_note (row, _("Tick the corporate objectives it serves under Fit."));
    }
}

static void
describe_criterion (RpStore *store,
                    RpRow   *row)
{
  RpRecord *criterion = rp_row_get_record (row);
  const char *description = rp_record_get_string (criterion, RP_CRITERION_DESCRIPTION);
  g_autofree char *text = rp_text_printf (_("%s · weight %g"), description ? description : "",
                                           rp_record_get_real (criterion, RP_CRITERION_WEIGHT));

  rp_row_set_subtitle (row, text);
}

/* A step of adoption: "Adopted on 12/03/2026 by Board of directors", its notes below */
static void
describe_philosophy_event (RpStore *store,
                           RpRow   *row)
{
  RpRecord *event = rp_row_get_record (row);
  g_autofree char *step = rp_record_format (event, RP_PHILOSOPHY_EVENT_STEP);
  g_autofree char *date = rp_date_format_local (rp_record_get_string (event, RP_PHILOSOPHY_EVENT_DECIDED_ON));
  const char *by = rp_record_get_string (event, RP_PHILOSOPHY_EVENT_DECIDED_BY);
  /* Translators: "Adopted on 12/03/2026 by Board of directors" */
  g_autofree char *title = by ? rp_text_printf (_("%s on %s by %s"), step, date, by)
                              : rp_text_printf (_("%s on %s"), step, date);

  rp_row_set_title (row, title);
  rp_row_set_subtitle (row, rp_record_get_string (event, RP_PHILOSOPHY_EVENT_NOTES));
}

/* A promotion activity: who, through which channel, who owns it, by when; its status as
 * the badge, overdue once the adopted philosophy's activity is past its date */
static void
describe_promotion (RpStore *store,
                    RpRow   *row)
{
  static const RpFieldId fields[] = { RP_PROMOTION_AUDIENCE, RP_PROMOTION_CHANNEL, RP_PROMOTION_OWNER };
  RpRecord *promotion = rp_row_get_record (row);
  g_autoptr(RpRecord) philosophy = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_string (promotion, RP_PROMOTION_PHILOSOPHY));
  int status = rp_record_get_enum (promotion, RP_PROMOTION_STATUS);
  g_autofree char *label = rp_record_format (promotion, RP_PROMOTION_STATUS);
  GString *out = g_string_new (NULL);
  GDate due, today;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (rp_record_is_set (promotion, fields[i]))
      g_string_append_printf (out, "%s%s", out->len ? " · " : "", rp_record_get_string (promotion, fields[i]));
  if (rp_record_is_set (promotion, RP_PROMOTION_DUE_ON))
    {
      g_autofree char *date = rp_date_format_local (rp_record_get_string (promotion, RP_PROMOTION_DUE_ON));

      g_string_append (out, out->len ? " · " : "");
      /* Translators: a promotion activity's due date */
      g_string_append_printf (out, _("due %s"), date);
    }
  rp_row_set_subtitle (row, out->str);
  g_string_free (out, TRUE);
  g_date_clear (&due, 1);
  rp_date_set_today (&today);
  if (philosophy != NULL && rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) == RP_PHILOSOPHY_STATUS_ADOPTED &&
      status != RP_PROMOTION_STATUS_DONE && status != RP_PROMOTION_STATUS_CANCELLED &&
      rp_date_parse (rp_record_get_string (promotion, RP_PROMOTION_DUE_ON), &due) && g_date_compare (&due, &today) < 0)
    rp_row_set_badge (row, _("Overdue"), RP_TONE_PROBLEM);
  else
    rp_row_set_badge (row, label, status == RP_PROMOTION_STATUS_DONE ? RP_TONE_GOOD : RP_TONE_NEUTRAL);
}

/* An evaluation by its total: "78 out of 100 — Vendor panel, 03/11/2026" */
static void
describe_evaluation (RpStore *store,
                     RpRow   *row)
{
  RpRecord *evaluation = rp_row_get_record (row);
  double total = rp_evaluation_total (store, evaluation);
  g_autofree char *date = rp_date_format_local (rp_record_get_string (evaluation, RP_EVALUATION_EVALUATED_ON));
  const char *evaluator = rp_record_get_string (evaluation, RP_EVALUATION_EVALUATOR);
  g_autofree char *title = NULL;

  if (isnan (total))
    title = rp_text_printf (_("Not scored yet — %s, %s"), evaluator ? evaluator : "—", date);
  else
    /* Translators: "78 out of 100 — Vendor panel, 03/11/2026" */
    title = rp_text_printf (_("%.0f out of 100 — %s, %s"), total, evaluator ? evaluator : "—", date);
  rp_row_set_title (row, title);
  rp_row_set_subtitle (row, rp_record_get_string (evaluation, RP_EVALUATION_NOTES));
  rp_row_set_number (row, total);
}

/* An outsourcer by its evaluations against the selection standards (candidates are ranked by it) */
static void
describe_outsourcer (RpStore *store,
                     RpRow   *row)
{
  RpRecord *outsourcer = rp_row_get_record (row);
  guint n = 0;
  double total = rp_subject_evaluation_total (store, "outsourcer", rp_record_get_uuid (outsourcer), &n);
  g_autofree char *status = rp_record_format (outsourcer, RP_OUTSOURCER_STATUS);
  g_autofree char *text = n > 0
    ? rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u evaluation", "%s · %u evaluations", n), status, n)
    : rp_text_printf (_("%s · not evaluated yet"), status);

  rp_row_set_subtitle (row, text);
  rp_row_set_number (row, total);
}

/* A member of staff with the company they work for and their levels */
static void
describe_staff (RpStore *store,
                RpRow   *row)
{
  g_autofree char *text = rp_staff_describe (store, rp_row_get_record (row));

  rp_row_set_subtitle (row, text);
  if (rp_record_is_set (rp_row_get_record (row), RP_STAFF_OUTSOURCER))
    rp_row_set_badge (row, _("Outsourced"), RP_TONE_NEUTRAL);
}

/* A phase by when it happens and how much it holds: "Days 0 to +30 · 4 activities · notes" */
static void
describe_phase (RpStore *store,
                RpRow   *row)
{
  RpRecord *phase = rp_row_get_record (row);
  g_autofree char *days = rp_phase_describe_days (rp_record_get_int (phase, RP_PHASE_START_DAY), rp_record_get_int (phase, RP_PHASE_END_DAY));
  guint n = rp_store_count_where (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_row_get_uuid (row));
  g_autofree char *count = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", n), n);
  const char *notes = rp_record_get_string (phase, RP_PHASE_NOTES);
  /* Translators: "Days 0 to +30 · 4 activities · The first month decides…" */
  g_autofree char *text = notes ? rp_text_printf (_("%s · %s · %s"), days, count, notes) : rp_text_printf (_("%s · %s"), days, count);

  rp_row_set_subtitle (row, text);
  rp_row_set_number (row, n);
}

/* An activity by category, channel, timing and who carries it out, flagged when nobody
 * does or someone falls short of what it needs */
static void
describe_activity (RpStore *store,
                   RpRow   *row)
{
  RpRecord *activity = rp_row_get_record (row);
  g_autofree char *category = rp_record_format (activity, RP_ACTIVITY_CATEGORY);
  g_autoptr(GPtrArray) staff = rp_activity_list_staff (store, activity);
  g_autoptr(GPtrArray) findings = rp_activity_staff_findings (activity, staff);
  GString *out = g_string_new (category);

  if (rp_record_is_set (activity, RP_ACTIVITY_CHANNEL))
    g_string_append_printf (out, " · %s", rp_record_get_string (activity, RP_ACTIVITY_CHANNEL));
  if (rp_record_is_set (activity, RP_ACTIVITY_TIMING))
    g_string_append_printf (out, " · %s", rp_record_get_string (activity, RP_ACTIVITY_TIMING));
  for (guint i = 0; i < staff->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? " · " : ", ", rp_record_get_string (staff->pdata[i], RP_STAFF_NAME));
  rp_row_set_subtitle (row, out->str);
  g_string_free (out, TRUE);
  if (findings->len > 0)
    {
      RpFinding *first = findings->pdata[0];

      rp_row_set_badge (row, g_str_equal (first->rule, "activity-unstaffed") ? _("Nobody assigned") : _("Falls short"),
                        RP_TONE_WARNING);
      for (guint i = 0; i < findings->len; i++)
        rp_row_add_note (row, ((RpFinding *) findings->pdata[i])->message);
    }
}

static void
describe_factor (RpStore *store,
                 RpRow   *row)
{
  g_autofree char *kind = rp_record_format (rp_row_get_record (row), RP_FACTOR_FACTOR_KIND);

  rp_row_set_subtitle (row, kind);
}

/* A proposal by its status and date, "Under review · submitted 03/11/2026" */
static void
describe_proposal (RpStore *store,
                   RpRow   *row)
{
  RpRecord *proposal = rp_row_get_record (row);
  g_autofree char *status = rp_record_format (proposal, RP_PROPOSAL_STATUS);
  g_autofree char *date = rp_date_format_local (rp_record_get_string (proposal, RP_PROPOSAL_SUBMITTED_ON));
  g_autofree char *text = rp_record_is_set (proposal, RP_PROPOSAL_SUBMITTED_ON)
    /* Translators: "Under review · submitted 03/11/2026" */
    ? rp_text_printf (_("%s · submitted %s"), status, date) : g_strdup (status);

  rp_row_set_subtitle (row, text);
}

static void
describe_fine_tuning (RpStore *store,
                      RpRow   *row)
{
  g_autofree char *status = rp_record_format (rp_row_get_record (row), RP_FINE_TUNING_STATUS);

  rp_row_set_subtitle (row, status);
}

/* What a proposal became: "Strategy: Faster fault resolution" */
static void
describe_proposal_link (RpStore *store,
                        RpRow   *row)
{
  RpRecord *link = rp_row_get_record (row);
  const char *strategy = rp_record_get_string (link, RP_PROPOSAL_LINK_STRATEGY);
  g_autoptr(RpRecord) target = strategy ? rp_store_get (store, RP_KIND_STRATEGY, strategy)
                                        : rp_store_get (store, RP_KIND_ACTIVITY, rp_record_get_string (link, RP_PROPOSAL_LINK_ACTIVITY));
  g_autofree char *name = target ? rp_record_dup_title (target) : g_strdup ("—");
  /* Translators: "Strategy: Faster fault resolution" / "Framework activity: Fault hotline" */
  g_autofree char *title = strategy ? rp_text_printf (_("Strategy: %s"), name)
                                    : rp_text_printf (_("Framework activity: %s"), name);

  rp_row_set_title (row, title);
}

/* A review by its date and who attended, its findings and decisions below */
static void
describe_review (RpStore *store,
                 RpRow   *row)
{
  RpRecord *review = rp_row_get_record (row);
  g_autofree char *date = rp_date_format_local (rp_record_get_string (review, RP_REVIEW_HELD_ON));
  const char *attendees = rp_record_get_string (review, RP_REVIEW_ATTENDEES);
  const char *findings = rp_record_get_string (review, RP_REVIEW_FINDINGS);
  const char *decisions = rp_record_get_string (review, RP_REVIEW_DECISIONS);
  /* Translators: "Review of 03/11/2026 — Raj Patel, Victor Ng" */
  g_autofree char *title = attendees ? rp_text_printf (_("Review of %s — %s"), date, attendees)
                                     : rp_text_printf (_("Review of %s"), date);
  /* Translators: a review's findings, then its decisions */
  g_autofree char *text = findings && decisions ? rp_text_printf (_("%s Decided: %s"), findings, decisions)
                                                : g_strdup (findings ? findings : decisions);

  rp_row_set_title (row, title);
  rp_row_set_subtitle (row, text);
}

/* A plan item by owner, dates, status and progress; overdue, blocked or done as its badge
 * and the days overdue as its number */
static void
describe_plan_item (RpStore *store,
                    RpRow   *row)
{
  RpRecord *item = rp_row_get_record (row);
  g_autofree char *status = rp_record_format (item, RP_PLAN_ITEM_STATUS);
  g_autofree char *start = rp_date_format_local (rp_record_get_string (item, RP_PLAN_ITEM_START_ON));
  g_autofree char *due = rp_date_format_local (rp_record_get_string (item, RP_PLAN_ITEM_DUE_ON));
  const char *owner = rp_record_get_string (item, RP_PLAN_ITEM_OWNER);
  /* Translators: "Raj Patel · 09/10/2026 → 14/11/2026 · In progress, 60 %" */
  g_autofree char *text = rp_text_printf (_("%s · %s → %s · %s, %d %%"), owner ? owner : _("no owner"), *start ? start : "…",
                                           *due ? due : "…", status, (int) rp_record_get_int (item, RP_PLAN_ITEM_PROGRESS));
  GDate today;
  int overdue;

  rp_date_set_today (&today);
  overdue = rp_plan_item_days_overdue (item, &today);
  rp_row_set_subtitle (row, text);
  rp_row_set_number (row, MAX (overdue, 0));
  if (overdue > 0)
    rp_row_set_badge (row, _("Overdue"), RP_TONE_PROBLEM);
  else if (rp_record_get_enum (item, RP_PLAN_ITEM_STATUS) == RP_PLAN_STATUS_BLOCKED)
    rp_row_set_badge (row, _("Blocked"), RP_TONE_WARNING);
  else if (rp_record_get_enum (item, RP_PLAN_ITEM_STATUS) == RP_PLAN_STATUS_DONE)
    rp_row_set_badge (row, _("Done"), RP_TONE_GOOD);
}

/* A change request: who asked when, for which plan item, why; decided ones carry their
 * decision as the badge, with by whom, when and the notes */
static void
describe_change_request (RpStore *store,
                         RpRow   *row)
{
  RpRecord *request = rp_row_get_record (row);
  g_autofree char *on = rp_date_format_local (rp_record_get_string (request, RP_CHANGE_REQUEST_REQUESTED_ON));
  const char *by = rp_record_get_string (request, RP_CHANGE_REQUEST_REQUESTED_BY);
  g_autoptr(RpRecord) item = rp_record_is_set (request, RP_CHANGE_REQUEST_PLAN_ITEM)
    ? rp_store_get (store, RP_KIND_PLAN_ITEM, rp_record_get_string (request, RP_CHANGE_REQUEST_PLAN_ITEM)) : NULL;
  int decision = rp_record_get_enum (request, RP_CHANGE_REQUEST_DECISION);
  GString *out = g_string_new (NULL);

  /* Translators: "Requested by Grace Ho on 08/11/2026" */
  g_string_append_printf (out, _("Requested by %s on %s"), by ? by : "—", *on ? on : "—");
  if (item != NULL)
    /* Translators: which plan item a change request is about */
    g_string_append_printf (out, _(" · for “%s”"), rp_record_get_string (item, RP_PLAN_ITEM_TITLE));
  if (rp_record_is_set (request, RP_CHANGE_REQUEST_WHY))
    g_string_append_printf (out, " · %s", rp_record_get_string (request, RP_CHANGE_REQUEST_WHY));
  rp_row_set_subtitle (row, out->str);
  g_string_free (out, TRUE);
  if (decision == RP_DECISION_APPROVED || decision == RP_DECISION_REJECTED)
    {
      g_autofree char *label = rp_record_format (request, RP_CHANGE_REQUEST_DECISION);

      rp_row_set_badge (row, label, decision == RP_DECISION_APPROVED ? RP_TONE_GOOD : RP_TONE_DIM);
      if (rp_record_is_set (request, RP_CHANGE_REQUEST_DECIDED_BY))
        {
          g_autofree char *decided = rp_date_format_local (rp_record_get_string (request, RP_CHANGE_REQUEST_DECIDED_ON));
          g_autofree char *why = rp_text_printf (_("By %s on %s. %s"), rp_record_get_string (request, RP_CHANGE_REQUEST_DECIDED_BY),
                                                  decided, rp_record_get_string (request, RP_CHANGE_REQUEST_DECISION_NOTES) ?: "");

          rp_row_add_note (row, why);
        }
    }
}

/* A channel by its audience and medium, how often, its owner and its strategy */
static void
describe_channel (RpStore *store,
                  RpRow   *row)
{
  RpRecord *channel = rp_row_get_record (row);
  g_autoptr(RpRecord) strategy = rp_record_is_set (channel, RP_CHANNEL_STRATEGY)
    ? rp_store_get (store, RP_KIND_STRATEGY, rp_record_get_string (channel, RP_CHANNEL_STRATEGY)) : NULL;
  const char *frequency = rp_record_get_string (channel, RP_CHANNEL_FREQUENCY);
  const char *owner = rp_record_get_string (channel, RP_CHANNEL_OWNER);
  g_autofree char *title = rp_channel_title (channel, NULL);
  /* Translators: "Weekly · owner Tom Chan · for “Win back trust in our service”" */
  g_autofree char *text = strategy ? rp_text_printf (_("%s · owner %s · for “%s”"), frequency ? frequency : "—", owner ? owner : "—",
                                                      rp_record_get_string (strategy, RP_STRATEGY_TITLE))
                                   : rp_text_printf (_("%s · owner %s"), frequency ? frequency : "—", owner ? owner : "—");

  rp_row_set_title (row, title);
  rp_row_set_subtitle (row, text);
}

/* A competitor's move, when it was seen, what it affects and our response; its impact as the badge */
static void
describe_competitor_move (RpStore *store,
                          RpRow   *row)
{
  RpRecord *move = rp_row_get_record (row);
  g_autofree char *on = rp_date_format_local (rp_record_get_string (move, RP_COMPETITOR_MOVE_OBSERVED_ON));
  const char *affects = rp_record_get_string (move, RP_COMPETITOR_MOVE_AFFECTS);
  const char *response = rp_record_get_string (move, RP_COMPETITOR_MOVE_RESPONSE);
  int impact = rp_record_get_enum (move, RP_COMPETITOR_MOVE_IMPACT);
  g_autofree char *label = rp_record_format (move, RP_COMPETITOR_MOVE_IMPACT);
  /* Translators: "CityNet: Launched a 2 Gbps home plan…" */
  g_autofree char *title = rp_text_printf (_("%s: %s"), rp_record_get_string (move, RP_COMPETITOR_MOVE_COMPETITOR),
                                            rp_record_get_string (move, RP_COMPETITOR_MOVE_MOVE_MADE));
  /* Translators: "Seen 09/11/2026 · affects Home fibre plans · our response: Loyalty upgrade…" */
  g_autofree char *text = rp_text_printf (_("Seen %s · affects %s · our response: %s"), *on ? on : "—", affects ? affects : "—",
                                           response ? response : _("none planned yet"));
  /* Translators: a competitor move's predicted impact, "High impact" */
  g_autofree char *badge = g_strdup_printf (_("%s impact"), label);

  rp_row_set_title (row, title);
  rp_row_set_subtitle (row, text);
  rp_row_set_badge (row, badge, impact == RP_IMPACT_HIGH ? RP_TONE_PROBLEM : impact == RP_IMPACT_MEDIUM ? RP_TONE_WARNING : RP_TONE_NEUTRAL);
}

/* An action's amount in the currency of the outsourcer's contracts (the latest to start) */
static char *
vendor_action_amount (RpStore  *store,
                      RpRecord *action)
{
  double value = rp_record_get_real (action, RP_VENDOR_ACTION_AMOUNT);
  g_autoptr(GListModel) contracts = NULL;
  const char *currency = NULL;
  guint n;

  if (isnan (value))
    return g_strdup ("");
  contracts = rp_store_list (store, RP_KIND_CONTRACT, RP_CONTRACT_OUTSOURCER, rp_record_get_string (action, RP_VENDOR_ACTION_OUTSOURCER));
  n = g_list_model_get_n_items (contracts);
  for (guint i = n; i > 0 && currency == NULL; i--)
    {
      g_autoptr(RpRecord) contract = g_list_model_get_item (contracts, i - 1);

      currency = rp_record_get_string (contract, RP_CONTRACT_CURRENCY);
      if (currency != NULL)
        return rp_format_amount (value, currency);
    }
  return rp_format_amount (value, NULL);
}

/* A decided action, "Penalty · 2026-10 · HKD 5,000", with why, by whom and when */
static void
describe_vendor_action (RpStore *store,
                        RpRow   *row)
{
  RpRecord *action = rp_row_get_record (row);
  g_autofree char *kind = rp_record_format (action, RP_VENDOR_ACTION_ACTION_KIND);
  g_autofree char *amount = vendor_action_amount (store, action);
  g_autofree char *date = rp_date_format_local (rp_record_get_string (action, RP_VENDOR_ACTION_DECIDED_ON));
  const char *period = rp_record_get_string (action, RP_VENDOR_ACTION_PERIOD);
  g_autofree char *title = *amount ? g_strdup_printf ("%s · %s · %s", kind, period ? period : "—", amount)
                                   : g_strdup_printf ("%s · %s", kind, period ? period : "—");
  const char *by = rp_record_get_string (action, RP_VENDOR_ACTION_DECIDED_BY);
  /* Translators: "Second month below 60 %… — decided by Ada Wong on 19/10/2026" */
  g_autofree char *text = rp_text_printf (_("%s — decided by %s on %s"), rp_record_get_string (action, RP_VENDOR_ACTION_REASON),
                                           by ? by : "—", date);

  rp_row_set_title (row, title);
  rp_row_set_subtitle (row, text);
}

static const struct {
  RpKindId     kind;
  RpRowDescribeFunc describe;
  int          reads[6];   /* ends with -1 */
} descriptions[] = {
  { RP_KIND_KPI, describe_kpi, { RP_KIND_KPI_TARGET, -1 } },
  { RP_KIND_PHILOSOPHY, describe_philosophy, { RP_KIND_PRINCIPLE, RP_KIND_EVALUATION, RP_KIND_SCORE, RP_KIND_CRITERION, -1 } },
  { RP_KIND_EVALUATION, describe_evaluation, { RP_KIND_SCORE, RP_KIND_CRITERION, -1 } },
  { RP_KIND_OUTSOURCER, describe_outsourcer, { RP_KIND_EVALUATION, RP_KIND_SCORE, RP_KIND_CRITERION, -1 } },
  { RP_KIND_STAFF, describe_staff, { RP_KIND_OUTSOURCER, -1 } },
  { RP_KIND_PRINCIPLE, describe_principle, { RP_KIND_PRINCIPLE_OBJECTIVE, RP_KIND_PRINCIPLE_STAKEHOLDER, -1 } },
  { RP_KIND_CRITERION, describe_criterion, { -1 } },
  { RP_KIND_PHILOSOPHY_EVENT, describe_philosophy_event, { -1 } },
  { RP_KIND_PROMOTION, describe_promotion, { RP_KIND_PHILOSOPHY, -1 } },
  { RP_KIND_PHASE, describe_phase, { RP_KIND_ACTIVITY, -1 } },
  { RP_KIND_ACTIVITY, describe_activity, { RP_KIND_ACTIVITY_STAFF, RP_KIND_STAFF, -1 } },
  { RP_KIND_FACTOR, describe_factor, { -1 } },
  { RP_KIND_PROPOSAL, describe_proposal, { -1 } },
  { RP_KIND_FINE_TUNING, describe_fine_tuning, { -1 } },
  { RP_KIND_PROPOSAL_LINK, describe_proposal_link, { RP_KIND_STRATEGY, RP_KIND_ACTIVITY, -1 } },
  { RP_KIND_REVIEW, describe_review, { -1 } },
  { RP_KIND_PLAN_ITEM, describe_plan_item, { -1 } },
  { RP_KIND_CHANGE_REQUEST, describe_change_request, { RP_KIND_PLAN_ITEM, -1 } },
  { RP_KIND_CHANNEL, describe_channel, { RP_KIND_STRATEGY, -1 } },
  { RP_KIND_COMPETITOR_MOVE, describe_competitor_move, { -1 } },
  { RP_KIND_VENDOR_ACTION, describe_vendor_action, { RP_KIND_CONTRACT, -1 } },
};

/* How rows of @kind are described, NULL when by the record alone; @reads (optional) the
 * kinds the description reads, ending with -1. */
RpRowDescribeFunc
_rp_record_describer (RpKindId    kind,
                      const int **reads)
{
  for (guint i = 0; i < G_N_ELEMENTS (descriptions); i++)
    if (descriptions[i].kind == kind)
      {
        if (reads != NULL)
          *reads = descriptions[i].reads;
        return descriptions[i].describe;
      }
  return NULL;
}
