/* rp-sample-framework.c — the sample's staff, its framework of activities and the
 * strategies that carry out its philosophy */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdarg.h>

#include "rp-sample.h"
#include "rp-store-private.h"
#include "rp-philosophy.h"
#include "rp-framework.h"
#include "rp-evaluation.h"
#include "rp-util.h"
#include "rp-sample-private.h"

/* Staff and the framework */


void
_rp_sample_staff (Sample   *s,
                  Partners *o,
                  Staff    *st)
{
  st->ada = _rp_sample_add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Ada Wong"), RP_STAFF_ROLE, _("Customer experience manager"),
                 RP_STAFF_TECHNICAL, "3", RP_STAFF_BUSINESS, "5", RP_STAFF_SOFT_SKILLS, "5", RP_FIELD_NONE);
  st->raj = _rp_sample_add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Raj Patel"), RP_STAFF_ROLE, _("Network engineer"),
                 RP_STAFF_TECHNICAL, "5", RP_STAFF_BUSINESS, "2", RP_STAFF_SOFT_SKILLS, "3", RP_FIELD_NONE);
  st->siu_fan = _rp_sample_add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Siu Fan Lee"), RP_STAFF_ROLE, _("Sales lead"),
                     RP_STAFF_TECHNICAL, "2", RP_STAFF_BUSINESS, "4", RP_STAFF_SOFT_SKILLS, "5", RP_FIELD_NONE);
  st->tom = _rp_sample_add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Tom Chan"), RP_STAFF_ROLE, _("Trainer"),
                 RP_STAFF_TECHNICAL, "3", RP_STAFF_BUSINESS, "3", RP_STAFF_SOFT_SKILLS, "5", RP_FIELD_NONE);
  st->grace = _rp_sample_add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Grace Ho"), RP_STAFF_ROLE, _("Marketing officer"),
                   RP_STAFF_TECHNICAL, "2", RP_STAFF_BUSINESS, "4", RP_STAFF_SOFT_SKILLS, "4", RP_FIELD_NONE);
  st->ken = _rp_sample_add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Ken Lau"), RP_STAFF_ROLE, _("Contact-centre agent"),
                 RP_STAFF_OUTSOURCER, rp_record_get_uuid (o->service),
                 RP_STAFF_TECHNICAL, "2", RP_STAFF_BUSINESS, "2", RP_STAFF_SOFT_SKILLS, "4", RP_FIELD_NONE);
  st->mandy = _rp_sample_add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Mandy Yip"), RP_STAFF_ROLE, _("Contact-centre team lead"),
                   RP_STAFF_OUTSOURCER, rp_record_get_uuid (o->service),
                   RP_STAFF_TECHNICAL, "3", RP_STAFF_BUSINESS, "3", RP_STAFF_SOFT_SKILLS, "4", RP_FIELD_NONE);
  st->victor = _rp_sample_add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Victor Ng"), RP_STAFF_ROLE, _("Network operations engineer"),
                    RP_STAFF_OUTSOURCER, rp_record_get_uuid (o->it),
                    RP_STAFF_TECHNICAL, "5", RP_STAFF_BUSINESS, "2", RP_STAFF_SOFT_SKILLS, "2", RP_FIELD_NONE);
  st->sam = _rp_sample_add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Sam Cheung"), RP_STAFF_ROLE, _("Delivery supervisor"),
                 RP_STAFF_OUTSOURCER, rp_record_get_uuid (o->logistics),
                 RP_STAFF_TECHNICAL, "1", RP_STAFF_BUSINESS, "2", RP_STAFF_SOFT_SKILLS, "3", RP_FIELD_NONE);
}

RpRecord *
_rp_sample_find_activity (GPtrArray  *activities,
                          const char *category,
                          guint       nth)
{
  for (guint i = 0; i < activities->len; i++)
    if (g_strcmp0 (rp_record_get_string (activities->pdata[i], RP_ACTIVITY_CATEGORY), category) == 0 && nth-- == 0)
      return activities->pdata[i];
  return NULL;
}

RpRecord *
_rp_sample_framework (Sample       *s,
                      Philosophies *ph,
                      Staff        *st)
{
  g_autoptr(RpRecord) framework = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  RpRecord *a;

  if (s->failed)
    return NULL;
  framework = rp_framework_create_from_template (s->store, "subscription",
                                                 _("Home broadband: from first contact to renewal"), s->error);
  if (framework == NULL)
    {
      s->failed = TRUE;
      return NULL;
    }
  rp_record_set_string (framework, RP_FRAMEWORK_DESCRIPTION,
                        _("How we win, welcome, serve and keep household broadband customers. "
                          "Used in induction training for our staff and our partners' agents."));
  if (!rp_store_save (s->store, framework, s->error))
    s->failed = TRUE;
  _rp_sample_add (s, RP_KIND_FACTOR, framework, RP_FACTOR_FACTOR_KIND, "stakeholder_requirement",
       RP_FACTOR_DESCRIPTION, _("Partners' agents handle evening and weekend contacts"), RP_FIELD_NONE);

  activities = rp_framework_list_activities (s->store, framework);
  /* Who does what, with one gap and one skills shortfall for the trainer to see. */
  if ((a = _rp_sample_find_activity (activities, "information", 0)))
    {
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->grace);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[0]);
    }
  if ((a = _rp_sample_find_activity (activities, "marketing", 0)))
    {
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->siu_fan);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->grace);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[5]);
    }
  if ((a = _rp_sample_find_activity (activities, "advertising", 0)))
    _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->grace);
  if ((a = _rp_sample_find_activity (activities, "information", 2)))
    {
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->siu_fan);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[0]);
    }
  if ((a = _rp_sample_find_activity (activities, "support", 0)))
    {
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->raj);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[1]);
    }
  if ((a = _rp_sample_find_activity (activities, "recovery", 0)))
    _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->raj);
  if ((a = _rp_sample_find_activity (activities, "feedback", 0)))
    {
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->ada);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[2]);
    }
  if ((a = _rp_sample_find_activity (activities, "support", 1)))
    {
      /* The fault hotline is staffed by Pearl Delta's agents, who fall short on technical knowledge. */
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->ken);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->mandy);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->victor);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[1]);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[3]);
    }
  if ((a = _rp_sample_find_activity (activities, "recovery", 1)))
    {
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->ada);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[2]);
    }
  if ((a = _rp_sample_find_activity (activities, "feedback", 1)))
    _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->ada);
  if ((a = _rp_sample_find_activity (activities, "post_sale_marketing", 0)))
    {
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->siu_fan);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[4]);
    }
  if ((a = _rp_sample_find_activity (activities, "training", 0)))
    {
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->tom);
      _rp_sample_add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[3]);
    }
  /* "Churn-risk outreach" (recovery 2) is left unassigned on purpose. */
  return g_steal_pointer (&framework);
}

/* Execution */

void
_rp_sample_execution (Sample       *s,
                      Philosophies *ph,
                      Partners     *o,
                      RpRecord     *framework)
{
  RpRecord *main, *faster, *billing, *late;

  main = _rp_sample_add (s, RP_KIND_STRATEGY, NULL, RP_STRATEGY_TITLE, _("Win back trust in our service"),
              RP_STRATEGY_DESCRIPTION, _("Carry out the adopted philosophy where customers feel it most: faults, bills and complaints."),
              RP_STRATEGY_STATUS, "active", RP_STRATEGY_ENDORSED_BY, _("Mei Ling Chan, Chief Executive"),
              RP_STRATEGY_ENDORSED_ON, _rp_sample_day (s, -85), RP_STRATEGY_CADENCE, "quarterly", RP_FIELD_NONE);
  faster = _rp_sample_add (s, RP_KIND_STRATEGY, NULL, RP_STRATEGY_PARENT, rp_record_get_uuid (main),
                RP_STRATEGY_TITLE, _("Faster fault resolution"),
                /* xgettext:no-c-format */
                RP_STRATEGY_DESCRIPTION, _("One working day from report to fix for 90% of faults."),
                RP_STRATEGY_STATUS, "active", RP_STRATEGY_ENDORSED_BY, _("Executive committee"), RP_STRATEGY_ENDORSED_ON, _rp_sample_day (s, -80),
                RP_STRATEGY_CADENCE, "monthly", RP_FIELD_NONE);
  billing = _rp_sample_add (s, RP_KIND_STRATEGY, NULL, RP_STRATEGY_PARENT, rp_record_get_uuid (main),
                 RP_STRATEGY_TITLE, _("Bills without surprises"),
                 RP_STRATEGY_DESCRIPTION, _("Key terms before signing, and a first bill that explains itself."),
                 RP_STRATEGY_STATUS, "endorsed", RP_STRATEGY_ENDORSED_BY, _("Executive committee"), RP_STRATEGY_ENDORSED_ON, _rp_sample_day (s, -80),
                 RP_STRATEGY_CADENCE, "half_yearly", RP_FIELD_NONE);
  _rp_sample_add_link (s, RP_KIND_STRATEGY_PRINCIPLE, main, ph->principles[2]);
  _rp_sample_add_link (s, RP_KIND_STRATEGY_PRINCIPLE, faster, ph->principles[1]);
  _rp_sample_add_link (s, RP_KIND_STRATEGY_PRINCIPLE, billing, ph->principles[0]);

  _rp_sample_add (s, RP_KIND_PLAN_ITEM, main, RP_PLAN_ITEM_TITLE, _("Publish the customer promises on the website"), RP_PLAN_ITEM_OWNER, _("Grace Ho"),
       RP_PLAN_ITEM_START_ON, _rp_sample_day (s, -80), RP_PLAN_ITEM_DUE_ON, _rp_sample_day (s, -50), RP_PLAN_ITEM_STATUS, "done", RP_PLAN_ITEM_PROGRESS, "100", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_PLAN_ITEM, main, RP_PLAN_ITEM_TITLE, _("Complaint learning review each month"), RP_PLAN_ITEM_OWNER, _("Ada Wong"),
       RP_PLAN_ITEM_START_ON, _rp_sample_day (s, -60), RP_PLAN_ITEM_DUE_ON, _rp_sample_day (s, 120), RP_PLAN_ITEM_STATUS, "in_progress", RP_PLAN_ITEM_PROGRESS, "40", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_PLAN_ITEM, faster, RP_PLAN_ITEM_TITLE, _("Give partner agents fault-diagnosis scripts"), RP_PLAN_ITEM_OWNER, _("Raj Patel"),
       RP_PLAN_ITEM_START_ON, _rp_sample_day (s, -70), RP_PLAN_ITEM_DUE_ON, _rp_sample_day (s, -40), RP_PLAN_ITEM_STATUS, "done", RP_PLAN_ITEM_PROGRESS, "100", RP_FIELD_NONE);
  late = _rp_sample_add (s, RP_KIND_PLAN_ITEM, faster, RP_PLAN_ITEM_TITLE, _("Second field-engineer shift at weekends"), RP_PLAN_ITEM_OWNER, _("Raj Patel"),
              RP_PLAN_ITEM_START_ON, _rp_sample_day (s, -45), RP_PLAN_ITEM_DUE_ON, _rp_sample_day (s, -9), RP_PLAN_ITEM_STATUS, "in_progress", RP_PLAN_ITEM_PROGRESS, "60", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_PLAN_ITEM, faster, RP_PLAN_ITEM_TITLE, _("Self-healing network monitoring (ByteBridge)"), RP_PLAN_ITEM_OWNER, _("Victor Ng"),
              RP_PLAN_ITEM_START_ON, _rp_sample_day (s, -30), RP_PLAN_ITEM_DUE_ON, _rp_sample_day (s, 45), RP_PLAN_ITEM_STATUS, "in_progress", RP_PLAN_ITEM_PROGRESS, "35", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_PLAN_ITEM, faster, RP_PLAN_ITEM_TITLE, _("Fault-time dashboard for management"), RP_PLAN_ITEM_OWNER, _("Ada Wong"),
       RP_PLAN_ITEM_START_ON, _rp_sample_day (s, 5), RP_PLAN_ITEM_DUE_ON, _rp_sample_day (s, 40), RP_PLAN_ITEM_STATUS, "planned", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_PLAN_ITEM, billing, RP_PLAN_ITEM_TITLE, _("Key-terms summary signed at every sale"), RP_PLAN_ITEM_OWNER, _("Siu Fan Lee"),
       RP_PLAN_ITEM_START_ON, _rp_sample_day (s, -40), RP_PLAN_ITEM_DUE_ON, _rp_sample_day (s, 20), RP_PLAN_ITEM_STATUS, "in_progress", RP_PLAN_ITEM_PROGRESS, "70", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_PLAN_ITEM, billing, RP_PLAN_ITEM_TITLE, _("Redesign the first bill"), RP_PLAN_ITEM_OWNER, _("Grace Ho"),
       RP_PLAN_ITEM_START_ON, _rp_sample_day (s, -20), RP_PLAN_ITEM_DUE_ON, _rp_sample_day (s, 60), RP_PLAN_ITEM_STATUS, "blocked", RP_PLAN_ITEM_PROGRESS, "20", RP_FIELD_NONE);

  _rp_sample_add (s, RP_KIND_CHANGE_REQUEST, faster, RP_CHANGE_REQUEST_PLAN_ITEM, rp_record_get_uuid (late),
       RP_CHANGE_REQUEST_WHAT, _("Start the weekend shift with contractors until hiring is done."),
       RP_CHANGE_REQUEST_WHY, _("Hiring is six weeks behind; weekend faults wait until Monday."),
       RP_CHANGE_REQUEST_REQUESTED_BY, _("Mei Ling Chan"), RP_CHANGE_REQUEST_REQUESTED_ON, _rp_sample_day (s, -5), RP_CHANGE_REQUEST_DECISION, "pending", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_CHANGE_REQUEST, billing, RP_CHANGE_REQUEST_WHAT, _("Move the bill redesign after the billing-system upgrade."),
       RP_CHANGE_REQUEST_WHY, _("The current system cannot print the new layout."), RP_CHANGE_REQUEST_REQUESTED_BY, _("Grace Ho"),
       RP_CHANGE_REQUEST_REQUESTED_ON, _rp_sample_day (s, -15), RP_CHANGE_REQUEST_DECISION, "approved", RP_CHANGE_REQUEST_DECIDED_BY, _("Executive committee"),
       RP_CHANGE_REQUEST_DECIDED_ON, _rp_sample_day (s, -12), RP_CHANGE_REQUEST_DECISION_NOTES, _("Approved; keep the key-terms work on schedule."), RP_FIELD_NONE);

  _rp_sample_add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_STRATEGY, rp_record_get_uuid (main), RP_REVIEW_HELD_ON, _rp_sample_day (s, -100),
       RP_REVIEW_ATTENDEES, _("Mei Ling Chan, Ada Wong, Raj Patel, Grace Ho"),
       RP_REVIEW_FINDINGS, _("Complaints about bills fell by a third; fault times unchanged."),
       RP_REVIEW_DECISIONS, _("Split the work into the fault and billing sub-strategies."),
       RP_REVIEW_NEXT_REVIEW_ON, _rp_sample_day (s, -10), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_STRATEGY, rp_record_get_uuid (faster), RP_REVIEW_HELD_ON, _rp_sample_day (s, -20),
       RP_REVIEW_ATTENDEES, _("Raj Patel, Victor Ng, Mandy Yip"),
       RP_REVIEW_FINDINGS, _("74% of faults fixed within a day, up from 61%."),
       RP_REVIEW_DECISIONS, _("Ask ByteBridge to automate restarts of stuck ports."),
       RP_REVIEW_NEXT_REVIEW_ON, _rp_sample_day (s, 10), RP_FIELD_NONE);

  _rp_sample_add (s, RP_KIND_CHANNEL, NULL, RP_CHANNEL_STRATEGY, rp_record_get_uuid (main), RP_CHANNEL_AUDIENCE, "frontline_staff",
       RP_CHANNEL_MEDIUM, _("Ten-minute team huddle"), RP_CHANNEL_FREQUENCY, _("Weekly"), RP_CHANNEL_OWNER, _("Tom Chan"), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_CHANNEL, NULL, RP_CHANNEL_STRATEGY, rp_record_get_uuid (main), RP_CHANNEL_AUDIENCE, "management",
       RP_CHANNEL_MEDIUM, _("Strategy dashboard and board paper"), RP_CHANNEL_FREQUENCY, _("Monthly"), RP_CHANNEL_OWNER, _("Ada Wong"), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_CHANNEL, NULL, RP_CHANNEL_STRATEGY, rp_record_get_uuid (faster), RP_CHANNEL_AUDIENCE, "outsourcers",
       RP_CHANNEL_MEDIUM, _("Partner performance call"), RP_CHANNEL_FREQUENCY, _("Fortnightly"), RP_CHANNEL_OWNER, _("Raj Patel"), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_CHANNEL, NULL, RP_CHANNEL_AUDIENCE, "supervisors", RP_CHANNEL_MEDIUM, _("Supervisors' briefing pack"),
       RP_CHANNEL_FREQUENCY, _("Monthly"), RP_CHANNEL_OWNER, _("Ada Wong"), RP_FIELD_NONE);

  _rp_sample_add (s, RP_KIND_COMPETITOR_MOVE, NULL, RP_COMPETITOR_MOVE_COMPETITOR, "CityNet",
       RP_COMPETITOR_MOVE_MOVE_MADE, _("Launched a 2 Gbps home plan at the price of our 1 Gbps plan."),
       RP_COMPETITOR_MOVE_OBSERVED_ON, _rp_sample_day (s, -14), RP_COMPETITOR_MOVE_IMPACT, "high", RP_COMPETITOR_MOVE_AFFECTS, _("Home fibre plans, renewals"),
       RP_COMPETITOR_MOVE_RESPONSE, _("Loyalty upgrade to 2 Gbps for customers renewing in the next six months."), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_COMPETITOR_MOVE, NULL, RP_COMPETITOR_MOVE_COMPETITOR, "Kowloon Mobile",
       RP_COMPETITOR_MOVE_MOVE_MADE, _("Bundles home broadband with mobile plans."),
       RP_COMPETITOR_MOVE_OBSERVED_ON, _rp_sample_day (s, -40), RP_COMPETITOR_MOVE_IMPACT, "medium", RP_COMPETITOR_MOVE_AFFECTS, _("Household customers with families"),
       RP_COMPETITOR_MOVE_RESPONSE, _("Explore a partnership with an MVNO; no price response."), RP_FIELD_NONE);

  /* ByteBridge's accepted proposal became a plan item's strategy and a framework activity. */
  {
    RpRecord *proposal = _rp_sample_add (s, RP_KIND_PROPOSAL, o->it, RP_PROPOSAL_TITLE, _("Self-healing network monitoring"),
                              RP_PROPOSAL_SUMMARY, _("Automatic restart of stuck ports and customer notification when it happens."),
                              RP_PROPOSAL_SUBMITTED_ON, _rp_sample_day (s, -75), RP_PROPOSAL_STATUS, "integrated", RP_FIELD_NONE);
    g_autoptr(GPtrArray) activities = framework ? rp_framework_list_activities (s->store, framework) : NULL;
    RpRecord *hotline = activities ? _rp_sample_find_activity (activities, "support", 1) : NULL;

    _rp_sample_add (s, RP_KIND_COMPATIBILITY, proposal, RP_COMPATIBILITY_PRINCIPLE, rp_record_get_uuid (ph->principles[1]), RP_COMPATIBILITY_VERDICT, "supports",
         RP_COMPATIBILITY_NOTE, _("Fewer faults reach customers at all."), RP_FIELD_NONE);
    _rp_sample_add (s, RP_KIND_FINE_TUNING, proposal, RP_FINE_TUNING_CHANGE_ASKED, _("Tell customers by SMS when their port was restarted."),
         RP_FINE_TUNING_REQUESTED_ON, _rp_sample_day (s, -60), RP_FINE_TUNING_STATUS, "done", RP_FIELD_NONE);
    _rp_sample_add (s, RP_KIND_PROPOSAL_LINK, proposal, RP_PROPOSAL_LINK_STRATEGY, rp_record_get_uuid (faster), RP_FIELD_NONE);
    if (hotline != NULL)
      _rp_sample_add (s, RP_KIND_PROPOSAL_LINK, proposal, RP_PROPOSAL_LINK_ACTIVITY, rp_record_get_uuid (hotline), RP_FIELD_NONE);
  }
}
