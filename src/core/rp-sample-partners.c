/* rp-sample-partners.c — the sample's outsourcers: contracts, duties, commitments and
 * their checks, KPIs with a year of figures, reviews, evaluations and decisions */
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

/* Outsourcers */


static RpRecord *
kpi (Sample     *s,
     RpRecord   *outsourcer,
     const char *name,
     const char *unit,
     const char *kind,
     const char *direction,
     const char *weight,
     const char *target)
{
  RpRecord *k = _rp_sample_add (s, RP_KIND_KPI, outsourcer, RP_KPI_NAME, name, RP_KPI_UNIT, unit, RP_KPI_KPI_KIND, kind,
                     RP_KPI_DIRECTION, direction, RP_KPI_WEIGHT, weight, RP_FIELD_NONE);

  if (target != NULL)
    _rp_sample_add (s, RP_KIND_KPI_TARGET, k, RP_KPI_TARGET_FROM_PERIOD, _rp_sample_month (s, 24), RP_KPI_TARGET_TARGET, target, RP_FIELD_NONE);
  return k;
}

static void
checks (Sample     *s,
        RpRecord   *commitment,
        const char *r3,
        const char *r2,
        const char *r1,
        const char *evidence)
{
  _rp_sample_add (s, RP_KIND_COMPLIANCE_CHECK, commitment, RP_COMPLIANCE_CHECK_PERIOD, _rp_sample_month (s, 3), RP_COMPLIANCE_CHECK_RESULT, r3, RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_COMPLIANCE_CHECK, commitment, RP_COMPLIANCE_CHECK_PERIOD, _rp_sample_month (s, 2), RP_COMPLIANCE_CHECK_RESULT, r2, RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_COMPLIANCE_CHECK, commitment, RP_COMPLIANCE_CHECK_PERIOD, _rp_sample_month (s, 1), RP_COMPLIANCE_CHECK_RESULT, r1, RP_COMPLIANCE_CHECK_EVIDENCE, evidence, RP_FIELD_NONE);
}

void
_rp_sample_partners (Sample   *s,
                     Partners *o)
{
  static const double availability[] = { 99.95, 99.97, 99.9, 99.92, 99.99, 99.96, 99.94, 99.97, 99.98, 99.95, 99.99, 99.97 };
  static const double repair[] = { 3.5, 3.8, 4.2, 3.9, 3.1, 3.4, 3.6, 3.2, 3.0, 3.3, 2.9, 3.1 };
  static const double changes[] = { 97, 98, 99, 98, 99, 98, 97, 99, 99, 98, 99, 99 };
  static const double attitude_it[] = { 4, 4, 4, 5, 4, 4, 5, 4, 5, 5, 4, 5 };
  static const double fcr[] = { 74, 73, 71, 70, 69, 66, 64, 63, 61, 60, 58, 57 };
  static const double answer[] = { 32, 35, 38, 41, 45, 48, 52, 55, 58, 61, 63, 66 };
  static const double csat[] = { 84, 83, 82, -1, 80, 78, 77, 75, 74, NAN, 72, 71 };
  static const double attitude_cs[] = { 4, 4, 3, 3, 3, 3, 3, 2, 3, 2, 2, 2 };
  static const double on_time[] = { 96, 94, 92, 90, 87, 84, 80, 77, 73, 70, 66, 62 };
  static const double accuracy[] = { 99.4, 99.3, 99.1, 98.8, 98.5, 98.2, 97.9, 97.6, 97.2, 96.8, 96.4, 96.0 };
  static const double damaged[] = { 0.5, 0.6, 0.8, 0.9, 1.1, 1.3, 1.5, 1.7, 1.9, 2.1, 2.3, 2.5 };
  static const double complaints[] = { 2.1, 2.4, 2.9, 3.3, 3.8, 4.4, 5.0, 5.7, 6.5, 7.3, 8.1, 9.0 };
  static const int select_bright[] = { 4, 4, 3, 3, 4, 3 };
  static const int select_meridian[] = { 3, 2, 3, 5, 3, 4 };
  static const int select_bytebridge[] = { 5, 4, 4, 3, 4, 5 };
  RpRecord *contract, *c1, *c2, *c3, *k, *proposal;

  o->it = _rp_sample_add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "ByteBridge IT Services", RP_OUTSOURCER_SERVICE_MODEL, "it",
               RP_OUTSOURCER_STATUS, "active", RP_OUTSOURCER_CONTACT_NAME, _("Victor Ng"),
               RP_OUTSOURCER_CONTACT_EMAIL, "victor.ng@bytebridge.example", RP_OUTSOURCER_CONTACT_PHONE, "+852 5550 1201",
               RP_OUTSOURCER_NOTES, _("Runs our network operations centre since 2025."),
               RP_OUTSOURCER_CADENCE, "quarterly", RP_FIELD_NONE);
  o->service = _rp_sample_add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "Pearl Delta Contact", RP_OUTSOURCER_SERVICE_MODEL, "customer_service",
                    RP_OUTSOURCER_STATUS, "active", RP_OUTSOURCER_CONTACT_NAME, _("Mandy Yip"),
                    RP_OUTSOURCER_CONTACT_EMAIL, "mandy.yip@pearldelta.example", RP_OUTSOURCER_CONTACT_PHONE, "+852 5550 3344",
                    RP_OUTSOURCER_NOTES, _("Handles first-line calls and chat in the evenings and at weekends."),
                    RP_OUTSOURCER_CADENCE, "monthly", RP_FIELD_NONE);
  o->logistics = _rp_sample_add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "SwiftLink Logistics", RP_OUTSOURCER_SERVICE_MODEL, "logistics",
                      RP_OUTSOURCER_STATUS, "active", RP_OUTSOURCER_CONTACT_NAME, _("Sam Cheung"),
                      RP_OUTSOURCER_CONTACT_EMAIL, "sam.cheung@swiftlink.example",
                      RP_OUTSOURCER_NOTES, _("Stores and delivers routers and set-top boxes."),
                      RP_OUTSOURCER_CADENCE, "quarterly", RP_FIELD_NONE);
  o->marketing = _rp_sample_add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "BrightWave Marketing", RP_OUTSOURCER_SERVICE_MODEL, "marketing",
                      RP_OUTSOURCER_STATUS, "candidate", RP_OUTSOURCER_CONTACT_NAME, _("Iris Lam"),
                      RP_OUTSOURCER_NOTES, _("Shortlisted for the referral programme."), RP_FIELD_NONE);
  o->outreach = _rp_sample_add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "Meridian Outreach", RP_OUTSOURCER_SERVICE_MODEL, "marketing",
                     RP_OUTSOURCER_STATUS, "candidate", RP_OUTSOURCER_NOTES, _("Lowest quote for the referral programme."), RP_FIELD_NONE);

  _rp_sample_evaluate (s, RP_EVALUATION_OUTSOURCER, o->marketing, "selection", _("Vendor panel"), 20,
            _("Strong on referral campaigns; data-protection answers need follow-up."),
            select_bright, G_N_ELEMENTS (select_bright));
  _rp_sample_evaluate (s, RP_EVALUATION_OUTSOURCER, o->outreach, "selection", _("Vendor panel"), 20,
            _("Cheap, but their call scripts push hard sales."), select_meridian, G_N_ELEMENTS (select_meridian));
  _rp_sample_evaluate (s, RP_EVALUATION_OUTSOURCER, o->it, "selection", _("Vendor panel"), 700,
            _("Selected in 2025."), select_bytebridge, G_N_ELEMENTS (select_bytebridge));

  /* ByteBridge: strong */
  contract = _rp_sample_add (s, RP_KIND_CONTRACT, o->it, RP_CONTRACT_TITLE, _("Managed network operations centre"),
                  RP_CONTRACT_SCOPE, _("24/7 monitoring of the access and core network, incident handling, "
                             "planned changes and monthly reporting."),
                  RP_CONTRACT_STARTS_ON, _rp_sample_day (s, -400), RP_CONTRACT_ENDS_ON, _rp_sample_day (s, 330), RP_CONTRACT_VALUE, "1200000", RP_CONTRACT_CURRENCY, "HKD", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Monitor the network around the clock and open an incident within 5 minutes of an alarm."), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Keep customer data inside Hong Kong and report any breach within 24 hours."), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "company", RP_DUTY_DESCRIPTION, _("Give ByteBridge read access to the fault ticket system."), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "company", RP_DUTY_DESCRIPTION, _("Approve planned changes within two working days."), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  c1 = _rp_sample_add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Network availability of at least 99.9% each month"), RP_FIELD_NONE);
  c2 = _rp_sample_add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Monthly incident report by the 5th working day"), RP_FIELD_NONE);
  checks (s, c1, "met", "met", "met", _("Availability report, all months above target"));
  checks (s, c2, "met", "partly_met", "met", _("Report for the month before last was two days late"));
  k = kpi (s, o->it, _("Network availability"), "%", "measured", "higher", "3", "99.9");
  _rp_sample_figures (s, k, availability);
  k = kpi (s, o->it, _("Mean time to repair"), _("hours"), "measured", "lower", "2", "4");
  _rp_sample_figures (s, k, repair);
  k = kpi (s, o->it, _("Change success rate"), "%", "measured", "higher", "1", "98");
  _rp_sample_figures (s, k, changes);
  k = kpi (s, o->it, _("Consistency with our objectives"), _("rating"), "rated", "higher", "1", NULL);
  _rp_sample_figures (s, k, attitude_it);
  _rp_sample_add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_OUTSOURCER, rp_record_get_uuid (o->it), RP_REVIEW_HELD_ON, _rp_sample_day (s, -60),
       RP_REVIEW_ATTENDEES, _("Ada Wong, Raj Patel, Victor Ng"),
       RP_REVIEW_FINDINGS, _("Availability above target all quarter; repair times improving."),
       RP_REVIEW_DECISIONS, _("Extend monitoring to the new eastern exchange."),
       RP_REVIEW_NEXT_REVIEW_ON, _rp_sample_day (s, 30), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_VENDOR_ACTION, o->it, RP_VENDOR_ACTION_PERIOD, _rp_sample_month (s, 1), RP_VENDOR_ACTION_ACTION_KIND, "reward", RP_VENDOR_ACTION_AMOUNT, "20000",
       RP_VENDOR_ACTION_REASON, _("Quarterly service bonus: every availability target met."),
       RP_VENDOR_ACTION_DECIDED_BY, _("Mei Ling Chan"), RP_VENDOR_ACTION_DECIDED_ON, _rp_sample_day (s, -10), RP_FIELD_NONE);

  /* Pearl Delta: slipping, contract ends soon, a missed commitment */
  contract = _rp_sample_add (s, RP_KIND_CONTRACT, o->service, RP_CONTRACT_TITLE, _("Evening and weekend customer service"),
                  RP_CONTRACT_SCOPE, _("First-line phone and chat support 18:00–23:00 on weekdays and all day at weekends; "
                             "escalation of faults to our engineers."),
                  RP_CONTRACT_STARTS_ON, _rp_sample_day (s, -700), RP_CONTRACT_ENDS_ON, _rp_sample_day (s, 45), RP_CONTRACT_VALUE, "860000", RP_CONTRACT_CURRENCY, "HKD", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Answer calls and chats using our service scripts and our complaint process."), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Train new agents on our philosophy before they take calls."), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "company", RP_DUTY_DESCRIPTION, _("Share plan and price changes one week before launch."), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  c1 = _rp_sample_add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Answer 80% of calls within 30 seconds"), RP_FIELD_NONE);
  c2 = _rp_sample_add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Record every complaint in our complaint system the same day"), RP_FIELD_NONE);
  c3 = _rp_sample_add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("New agents complete our philosophy briefing before their first shift"), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  checks (s, c1, "partly_met", "missed", "missed", _("Only 61% of calls answered within 30 seconds"));
  checks (s, c2, "met", "met", "partly_met", _("12 complaints entered a day late"));
  checks (s, c3, "met", "met", "met", _("Training records for all 9 new agents"));
  k = kpi (s, o->service, _("First-contact resolution"), "%", "measured", "higher", "3", "75");
  _rp_sample_figures (s, k, fcr);
  k = kpi (s, o->service, _("Average speed of answer"), _("seconds"), "measured", "lower", "2", "30");
  _rp_sample_figures (s, k, answer);
  k = kpi (s, o->service, _("Customer satisfaction (CSAT)"), "%", "measured", "higher", "2", "85");
  _rp_sample_figures (s, k, csat);
  k = kpi (s, o->service, _("Consistency with our objectives"), _("rating"), "rated", "higher", "2", NULL);
  _rp_sample_figures (s, k, attitude_cs);
  _rp_sample_add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_OUTSOURCER, rp_record_get_uuid (o->service), RP_REVIEW_HELD_ON, _rp_sample_day (s, -24),
       RP_REVIEW_ATTENDEES, _("Ada Wong, Tom Chan, Mandy Yip"),
       RP_REVIEW_FINDINGS, _("Answer times are getting worse; attrition among agents is high."),
       RP_REVIEW_DECISIONS, _("Pearl Delta to present a staffing plan; we brief their new agents ourselves."),
       RP_REVIEW_NEXT_REVIEW_ON, _rp_sample_day (s, 6), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_VENDOR_ACTION, o->service, RP_VENDOR_ACTION_PERIOD, _rp_sample_month (s, 2), RP_VENDOR_ACTION_ACTION_KIND, "warning",
       /* xgettext:no-c-format */
       RP_VENDOR_ACTION_REASON, _("Second month below 60% first-contact resolution; written warning under clause 9."),
       RP_VENDOR_ACTION_DECIDED_BY, _("Ada Wong"), RP_VENDOR_ACTION_DECIDED_ON, _rp_sample_day (s, -35), RP_FIELD_NONE);

  proposal = _rp_sample_add (s, RP_KIND_PROPOSAL, o->service, RP_PROPOSAL_TITLE, _("Proactive outage messages and scripted billing answers"),
                  RP_PROPOSAL_SUMMARY, _("Send an SMS to every customer in an outage area before they call, and handle "
                               "billing disputes with a fixed script that offers a standard credit."),
                  RP_PROPOSAL_SUBMITTED_ON, _rp_sample_day (s, -20), RP_PROPOSAL_STATUS, "under_review",
                  RP_PROPOSAL_ATTACHMENTS, "/srv/shared/partners/pearl-delta/proposal-2026.pdf", RP_FIELD_NONE);
  {
    g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (s->store);
    g_autoptr(GListModel) ps = adopted ? rp_store_list (s->store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY,
                                                        rp_record_get_uuid (adopted)) : NULL;

    if (ps != NULL && g_list_model_get_n_items (ps) >= 4)
      {
        g_autoptr(RpRecord) p1 = g_list_model_get_item (ps, 1);
        g_autoptr(RpRecord) p2 = g_list_model_get_item (ps, 2);
        g_autoptr(RpRecord) p3 = g_list_model_get_item (ps, 3);

        _rp_sample_add (s, RP_KIND_COMPATIBILITY, proposal, RP_COMPATIBILITY_PRINCIPLE, rp_record_get_uuid (p1), RP_COMPATIBILITY_VERDICT, "supports",
             RP_COMPATIBILITY_NOTE, _("Customers hear about outages before they need to call."), RP_FIELD_NONE);
        _rp_sample_add (s, RP_KIND_COMPATIBILITY, proposal, RP_COMPATIBILITY_PRINCIPLE, rp_record_get_uuid (p2), RP_COMPATIBILITY_VERDICT, "conflicts",
             RP_COMPATIBILITY_NOTE, _("A fixed script and credit does not record or learn from the complaint."), RP_FIELD_NONE);
        _rp_sample_add (s, RP_KIND_COMPATIBILITY, proposal, RP_COMPATIBILITY_PRINCIPLE, rp_record_get_uuid (p3), RP_COMPATIBILITY_VERDICT, "neutral", RP_FIELD_NONE);
      }
  }
  _rp_sample_add (s, RP_KIND_FINE_TUNING, proposal, RP_FINE_TUNING_CHANGE_ASKED,
       _("Log each billing dispute as a complaint before offering the credit."),
       RP_FINE_TUNING_REQUESTED_ON, _rp_sample_day (s, -12), RP_FINE_TUNING_STATUS, "open", RP_FIELD_NONE);
  {
    static const int effect[] = { 4, 3, 4, 4 };

    _rp_sample_evaluate (s, RP_EVALUATION_PROPOSAL, proposal, "proposal", _("Ada Wong"), 12,
              _("Good for outages; the billing half needs changing."), effect, G_N_ELEMENTS (effect));
  }

  /* SwiftLink: on probation, with a target raised half a year ago */
  contract = _rp_sample_add (s, RP_KIND_CONTRACT, o->logistics, RP_CONTRACT_TITLE, _("Warehousing and home delivery of equipment"),
                  RP_CONTRACT_SCOPE, _("Storage of routers and set-top boxes, next-day delivery to customers, returns."),
                  RP_CONTRACT_STARTS_ON, _rp_sample_day (s, -500), RP_CONTRACT_ENDS_ON, _rp_sample_day (s, 230), RP_CONTRACT_VALUE, "540000", RP_CONTRACT_CURRENCY, "HKD", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Deliver equipment the working day after the order."), RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "company", RP_DUTY_DESCRIPTION, _("Send orders by 17:00 each working day."), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  c1 = _rp_sample_add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Next-day delivery for 97% of orders"), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  checks (s, c1, "partly_met", "missed", "missed", _("80% on time last month"));
  k = kpi (s, o->logistics, _("On-time delivery"), "%", "measured", "higher", "3", "95");
  _rp_sample_add (s, RP_KIND_KPI_TARGET, k, RP_KPI_TARGET_FROM_PERIOD, _rp_sample_month (s, 6), RP_KPI_TARGET_TARGET, "97", RP_FIELD_NONE);
  _rp_sample_figures (s, k, on_time);
  k = kpi (s, o->logistics, _("Delivery complaints per 1,000 orders"), _("complaints"), "measured", "lower", "2", "2");
  _rp_sample_figures (s, k, complaints);
  k = kpi (s, o->logistics, _("Order accuracy"), "%", "measured", "higher", "1", "99.5");
  _rp_sample_figures (s, k, accuracy);
  k = kpi (s, o->logistics, _("Damaged shipments"), "%", "measured", "lower", "1", "0.5");
  _rp_sample_figures (s, k, damaged);
  _rp_sample_add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_OUTSOURCER, rp_record_get_uuid (o->logistics), RP_REVIEW_HELD_ON, _rp_sample_day (s, -120),
       RP_REVIEW_ATTENDEES, _("Ada Wong, Sam Cheung"),
       RP_REVIEW_FINDINGS, _("Peak-season volumes overwhelmed the warehouse team."),
       RP_REVIEW_DECISIONS, _("SwiftLink to add a second shift."),
       RP_REVIEW_NEXT_REVIEW_ON, _rp_sample_day (s, -30), RP_FIELD_NONE);
}
