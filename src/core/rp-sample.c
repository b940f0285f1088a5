/* rp-sample.c — the sample workspace: a fictional broadband provider and its partners
 *
 * Dates are relative to today, so there is always something overdue, something
 * due soon and a year of figures behind the latest month.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdarg.h>

#include "rp-sample.h"
#include "rp-philosophy.h"
#include "rp-framework.h"
#include "rp-evaluation.h"
#include "rp-util.h"

typedef struct {
  RpStore      *store;
  GError      **error;
  gboolean      failed;
  GDate         today;
  GStringChunk *strings;
  GPtrArray    *records;
} Sample;

/* A date @days from today, kept for the life of the sample. */
static const char *
day (Sample *s,
     int     days)
{
  GDate date = s->today;
  g_autofree char *text = NULL;

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  text = rp_date_format (&date);
  return g_string_chunk_insert_const (s->strings, text);
}

/* The month @back months before the current one (1 = last month). */
static const char *
month (Sample *s,
       int     back)
{
  g_autofree char *current = rp_period_of_date (&s->today);
  g_autofree char *text = rp_period_add (current, -back);

  return g_string_chunk_insert_const (s->strings, text);
}

static void
set_field (RpRecord   *record,
           const char *name,
           const char *value)
{
  const RpField *field = rp_kind_get_field (rp_record_get_kind (record), name);

  g_assert (field != NULL);
  switch (field->type)
    {
    case RP_FIELD_INT:
      rp_record_set_int (record, name, g_ascii_strtoll (value, NULL, 10));
      break;
    case RP_FIELD_REAL:
      rp_record_set_real (record, name, value ? g_ascii_strtod (value, NULL) : NAN);
      break;
    case RP_FIELD_BOOL:
      rp_record_set_bool (record, name, g_strcmp0 (value, "true") == 0);
      break;
    case RP_FIELD_TEXT:
    case RP_FIELD_DATE:
    case RP_FIELD_PERIOD:
    case RP_FIELD_ENUM:
    case RP_FIELD_REF:
    default:
      rp_record_set_string (record, name, value);
      break;
    }
}

/* add (s, kind, owner, field, value, …, NULL): values are text, parsed by field type. */
G_GNUC_NULL_TERMINATED static RpRecord *
add (Sample     *s,
     const char *kind,
     RpRecord   *owner,
     ...)
{
  RpRecord *record = rp_record_new_for (kind, owner);
  const char *name;
  va_list args;

  va_start (args, owner);
  while ((name = va_arg (args, const char *)) != NULL)
    set_field (record, name, va_arg (args, const char *));
  va_end (args);

  g_ptr_array_add (s->records, record);
  if (!s->failed && !rp_store_save (s->store, record, s->error))
    s->failed = TRUE;
  return record;
}

static void
add_link (Sample     *s,
      const char *kind,
      RpRecord   *a,
      RpRecord   *b)
{
  const RpKind *k = rp_kind_lookup (kind);

  add (s, kind, NULL,
       k->fields[0].name, rp_record_get_uuid (a),
       k->fields[1].name, rp_record_get_uuid (b), NULL);
}

static RpRecord *
criterion (Sample     *s,
           const char *scope,
           guint       index)
{
  g_autoptr(GListModel) list = rp_criteria_for_scope (s->store, scope);
  RpRecord *c = g_list_model_get_item (list, index);

  g_ptr_array_add (s->records, c);
  return c;
}

static void
evaluate (Sample     *s,
          const char *subject_field,
          RpRecord   *subject,
          const char *scope,
          const char *evaluator,
          int         days_ago,
          const char *notes,
          const int  *scores,
          guint       n_scores)
{
  RpRecord *evaluation = add (s, "evaluation", NULL,
                              subject_field, rp_record_get_uuid (subject),
                              "evaluator", evaluator,
                              "evaluated_on", day (s, -days_ago),
                              "notes", notes, NULL);

  for (guint i = 0; i < n_scores && !s->failed; i++)
    if (!rp_evaluation_set_score (s->store, evaluation, criterion (s, scope, i), scores[i], s->error))
      s->failed = TRUE;
}

static void
figures (Sample     *s,
         RpRecord   *kpi,
         const double *values)
{
  for (int back = 12; back >= 1; back--)
    {
      double v = values[12 - back];
      char text[G_ASCII_DTOSTR_BUF_SIZE];

      if (isnan (v))
        continue;
      if (v < 0)
        add (s, "figure", kpi, "period", month (s, back), "not_applicable", "true", NULL);
      else
        add (s, "figure", kpi, "period", month (s, back),
             "value", g_ascii_dtostr (text, sizeof text, v), NULL);
    }
}

/* Profile */

typedef struct {
  RpRecord *growth, *churn, *faults, *trust, *margin;
  RpRecord *households, *business, *employees, *partners, *shareholders, *public;
} Profile;

static void
sample_profile (Sample  *s,
                Profile *p)
{
  add (s, "profile", NULL,
       "company_name", _("Harbourline Fibre"),
       "industry", _("Broadband and managed IT services"),
       "mission", _("Reliable, fairly priced connectivity for homes and small businesses, "
                    "with service people can actually reach."), NULL);

  p->growth = add (s, "objective", NULL, "title", _("Grow the subscriber base by 15% a year"),
                   "description", _("New coverage areas and referrals."), NULL);
  p->churn = add (s, "objective", NULL, "title", _("Keep yearly churn below 8%"),
                  "description", _("Customers who stay are the business."), NULL);
  p->faults = add (s, "objective", NULL, "title", _("Resolve 90% of faults within one working day"), NULL);
  p->trust = add (s, "objective", NULL, "title", _("Be the most trusted provider in customer surveys"), NULL);
  p->margin = add (s, "objective", NULL, "title", _("Keep the operating margin above 18%"), NULL);

  p->households = add (s, "stakeholder_group", NULL, "name", _("Household customers"), NULL);
  p->business = add (s, "stakeholder_group", NULL, "name", _("Small-business customers"), NULL);
  p->employees = add (s, "stakeholder_group", NULL, "name", _("Employees"), NULL);
  p->partners = add (s, "stakeholder_group", NULL, "name", _("Outsourcing partners"), NULL);
  p->shareholders = add (s, "stakeholder_group", NULL, "name", _("Shareholders"), NULL);
  p->public = add (s, "stakeholder_group", NULL, "name", _("General public and regulators"), NULL);
}

/* Philosophy */

typedef struct {
  RpRecord *adopted;
  RpRecord *alternative;
  RpRecord *principles[6];
} Philosophies;

static RpRecord *
principle (Sample     *s,
           RpRecord   *philosophy,
           const char *statement,
           const char *rationale,
           const char *customer,
           const char *company,
           RpRecord   *objective1,
           RpRecord   *objective2,
           RpRecord   *group1,
           RpRecord   *group2)
{
  RpRecord *p = add (s, "principle", philosophy, "statement", statement, "rationale", rationale,
                     "customer_benefit", customer, "company_benefit", company, NULL);

  if (objective1)
    add_link (s, "principle_objective", p, objective1);
  if (objective2)
    add_link (s, "principle_objective", p, objective2);
  if (group1)
    add_link (s, "principle_stakeholder", p, group1);
  if (group2)
    add_link (s, "principle_stakeholder", p, group2);
  return p;
}

static void
sample_philosophies (Sample       *s,
                     Profile      *p,
                     Philosophies *ph)
{
  static const int board_a[] = { 5, 4, 4, 4, 4 };
  static const int staff_a[] = { 5, 4, 5, 3, 4 };
  static const int board_b[] = { 3, 4, 4, 5, 3 };

  ph->adopted = add (s, "philosophy", NULL,
    "title", _("Customers first, for the long run"),
    "statement", _("We earn our customers' loyalty by being easy to reach, honest about what we sell "
                   "and quick to put things right. We measure ourselves by how long customers stay "
                   "and how readily they recommend us."),
    "staff_edition", _("Our customers stay with us when we keep our word.\n"
                       "Tell them the full price before they sign.\n"
                       "When something breaks, make sure a person who can fix it answers within a day.\n"
                       "Write down every complaint, answer it within two days, and tell your team leader "
                       "what we can learn from it so that the same thing does not happen to the next "
                       "customer who calls us about it.\n"
                       "Treat our partners' staff as part of the team.\n"
                       "Loyal customers deserve our best offers."),
    NULL);
  ph->principles[0] = principle (s, ph->adopted,
    _("Tell customers the full price and the contract terms before they sign, in plain words."),
    _("Surprises on the first bill are the leading cause of early cancellation."),
    "5", "4", p->churn, p->trust, p->households, p->public);
  ph->principles[1] = principle (s, ph->adopted,
    _("A customer with a fault reaches a person who can fix it within one working day."),
    _("Fault handling is where customers decide whether to trust us."),
    "5", "3", p->faults, p->churn, p->households, p->business);
  ph->principles[2] = principle (s, ph->adopted,
    _("Every complaint is recorded, answered within two days and learned from."),
    _("Complaints show us what customers will not always tell us in surveys."),
    "4", "4", p->trust, p->churn, p->households, p->employees);
  ph->principles[3] = principle (s, ph->adopted,
    _("Our partners treat our customers as we do; we choose and manage them for that."),
    _("Half of our customer contacts happen through outsourcing partners."),
    "4", "4", p->trust, NULL, p->partners, p->households);
  ph->principles[4] = principle (s, ph->adopted,
    _("We reward loyalty with better terms, not only newcomers with discounts."),
    _("Existing customers notice when newcomers get better deals."),
    "4", "3", p->churn, p->growth, p->households, p->business);
  ph->principles[5] = principle (s, ph->adopted,
    _("We grow by recommendation: referrals are worth more than advertising."),
    _("A referred customer costs a third as much to win and stays longer."),
    "3", "5", p->growth, p->margin, p->shareholders, p->households);

  ph->alternative = add (s, "philosophy", NULL,
    "title", _("Value and efficiency"),
    "statement", _("We give customers dependable service at the lowest sustainable price, and keep "
                   "our costs lean so that we can."),
    "staff_edition", _("Keep it simple and keep costs down.\nHelp customers help themselves online."),
    NULL);
  principle (s, ph->alternative,
    _("Tell customers the price and the contract terms before they sign."),
    _("Clear prices reduce calls to the billing team."),
    "4", "4", p->churn, NULL, p->households, NULL);
  principle (s, ph->alternative,
    _("Faults are fixed within two working days by our partner network."),
    _("A two-day target needs fewer field engineers."),
    "3", "4", p->faults, p->margin, p->households, p->partners);
  principle (s, ph->alternative,
    _("Complaints are answered within five days."),
    NULL, "3", "3", p->trust, NULL, p->households, NULL);
  principle (s, ph->alternative,
    _("Self-service first: customers manage their account online."),
    _("Online self-service costs a tenth of a phone call."),
    "3", "5", p->margin, NULL, p->households, p->shareholders);
  principle (s, ph->alternative,
    _("Our partners are chosen on price and capacity."),
    NULL, "2", "4", NULL, NULL, p->partners, NULL);

  evaluate (s, "philosophy", ph->adopted, "philosophy", _("Board of directors"), 95,
            _("Clear commitments customers can hold us to."), board_a, G_N_ELEMENTS (board_a));
  evaluate (s, "philosophy", ph->adopted, "philosophy", _("Staff council"), 93,
            _("Staff liked the plain language; feasibility of the one-day fault target questioned."),
            staff_a, G_N_ELEMENTS (staff_a));
  evaluate (s, "philosophy", ph->alternative, "philosophy", _("Board of directors"), 95,
            _("Cheaper to run, but weak on what customers told us matters."), board_b, G_N_ELEMENTS (board_b));

  /* The adoption history: both proposed, the first adopted. */
  if (!s->failed && !rp_philosophy_propose (s->store, ph->alternative, _("Ada Wong"), day (s, -110),
                                            _("Cost-led alternative for comparison."), s->error))
    s->failed = TRUE;
  if (!s->failed && !rp_philosophy_propose (s->store, ph->adopted, _("Ada Wong"), day (s, -105),
                                            _("Drafted with the customer-experience team."), s->error))
    s->failed = TRUE;
  if (!s->failed && !rp_philosophy_adopt (s->store, ph->adopted, _("Mei Ling Chan, Chief Executive"),
                                          day (s, -90),
                                          _("Adopted by the board: it answers what customers told us in the 2025 survey."),
                                          s->error))
    s->failed = TRUE;

  add (s, "promotion", ph->adopted, "title", _("Launch briefing for all staff"),
       "audience", _("All staff"), "channel", _("Town hall"), "owner", _("Ada Wong"),
       "due_on", day (s, -80), "status", "done", NULL);
  add (s, "promotion", ph->adopted, "title", _("Briefing for Pearl Delta Contact's agents"),
       "audience", _("Outsourced customer service"), "channel", _("On-site workshop"),
       "owner", _("Tom Chan"), "due_on", day (s, -6), "status", "planned", NULL);
  add (s, "promotion", ph->adopted, "title", _("Poster set for the service centres"),
       "audience", _("Customers and staff"), "channel", _("Print"), "owner", _("Grace Ho"),
       "due_on", day (s, 10), "status", "in_progress", NULL);
  add (s, "promotion", ph->adopted, "title", _("Customer newsletter feature: our promises"),
       "audience", _("Customers and the public"), "channel", _("Newsletter, website"),
       "owner", _("Grace Ho"), "due_on", day (s, 30), "status", "planned", NULL);
}

/* Outsourcers */

typedef struct {
  RpRecord *it, *service, *logistics, *marketing, *outreach;
} Partners;

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
  RpRecord *k = add (s, "kpi", outsourcer, "name", name, "unit", unit, "kpi_kind", kind,
                     "direction", direction, "weight", weight, NULL);

  if (target != NULL)
    add (s, "kpi_target", k, "from_period", month (s, 24), "target", target, NULL);
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
  add (s, "compliance_check", commitment, "period", month (s, 3), "result", r3, NULL);
  add (s, "compliance_check", commitment, "period", month (s, 2), "result", r2, NULL);
  add (s, "compliance_check", commitment, "period", month (s, 1), "result", r1, "evidence", evidence, NULL);
}

static void
sample_partners (Sample   *s,
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

  o->it = add (s, "outsourcer", NULL, "name", "ByteBridge IT Services", "service_model", "it",
               "status", "active", "contact_name", _("Victor Ng"),
               "contact_email", "victor.ng@bytebridge.example", "contact_phone", "+852 5550 1201",
               "notes", _("Runs our network operations centre since 2025."),
               "cadence", "quarterly", NULL);
  o->service = add (s, "outsourcer", NULL, "name", "Pearl Delta Contact", "service_model", "customer_service",
                    "status", "active", "contact_name", _("Mandy Yip"),
                    "contact_email", "mandy.yip@pearldelta.example", "contact_phone", "+852 5550 3344",
                    "notes", _("Handles first-line calls and chat in the evenings and at weekends."),
                    "cadence", "monthly", NULL);
  o->logistics = add (s, "outsourcer", NULL, "name", "SwiftLink Logistics", "service_model", "logistics",
                      "status", "active", "contact_name", _("Sam Cheung"),
                      "contact_email", "sam.cheung@swiftlink.example",
                      "notes", _("Stores and delivers routers and set-top boxes."),
                      "cadence", "quarterly", NULL);
  o->marketing = add (s, "outsourcer", NULL, "name", "BrightWave Marketing", "service_model", "marketing",
                      "status", "candidate", "contact_name", _("Iris Lam"),
                      "notes", _("Shortlisted for the referral programme."), NULL);
  o->outreach = add (s, "outsourcer", NULL, "name", "Meridian Outreach", "service_model", "marketing",
                     "status", "candidate", "notes", _("Lowest quote for the referral programme."), NULL);

  evaluate (s, "outsourcer", o->marketing, "selection", _("Vendor panel"), 20,
            _("Strong on referral campaigns; data-protection answers need follow-up."),
            select_bright, G_N_ELEMENTS (select_bright));
  evaluate (s, "outsourcer", o->outreach, "selection", _("Vendor panel"), 20,
            _("Cheap, but their call scripts push hard sales."), select_meridian, G_N_ELEMENTS (select_meridian));
  evaluate (s, "outsourcer", o->it, "selection", _("Vendor panel"), 700,
            _("Selected in 2025."), select_bytebridge, G_N_ELEMENTS (select_bytebridge));

  /* ByteBridge: strong */
  contract = add (s, "contract", o->it, "title", _("Managed network operations centre"),
                  "scope", _("24/7 monitoring of the access and core network, incident handling, "
                             "planned changes and monthly reporting."),
                  "starts_on", day (s, -400), "ends_on", day (s, 330), "value", "1200000", "currency", "HKD", NULL);
  add (s, "duty", contract, "party", "vendor", "description", _("Monitor the network around the clock and open an incident within 5 minutes of an alarm."), NULL);
  add (s, "duty", contract, "party", "vendor", "description", _("Keep customer data inside Hong Kong and report any breach within 24 hours."), NULL);
  add (s, "duty", contract, "party", "company", "description", _("Give ByteBridge read access to the fault ticket system."), NULL);
  add (s, "duty", contract, "party", "company", "description", _("Approve planned changes within two working days."), NULL);
  c1 = add (s, "commitment", contract, "description", _("Network availability of at least 99.9% each month"), NULL);
  c2 = add (s, "commitment", contract, "description", _("Monthly incident report by the 5th working day"), NULL);
  checks (s, c1, "met", "met", "met", _("Availability report, all months above target"));
  checks (s, c2, "met", "partly_met", "met", _("Report for the month before last was two days late"));
  k = kpi (s, o->it, _("Network availability"), "%", "measured", "higher", "3", "99.9");
  figures (s, k, availability);
  k = kpi (s, o->it, _("Mean time to repair"), _("hours"), "measured", "lower", "2", "4");
  figures (s, k, repair);
  k = kpi (s, o->it, _("Change success rate"), "%", "measured", "higher", "1", "98");
  figures (s, k, changes);
  k = kpi (s, o->it, _("Consistency with our objectives"), _("rating"), "rated", "higher", "1", NULL);
  figures (s, k, attitude_it);
  add (s, "review", NULL, "outsourcer", rp_record_get_uuid (o->it), "held_on", day (s, -60),
       "attendees", _("Ada Wong, Raj Patel, Victor Ng"),
       "findings", _("Availability above target all quarter; repair times improving."),
       "decisions", _("Extend monitoring to the new eastern exchange."),
       "next_review_on", day (s, 30), NULL);
  add (s, "vendor_action", o->it, "period", month (s, 1), "action_kind", "reward", "amount", "20000",
       "reason", _("Quarterly service bonus: every availability target met."),
       "decided_by", _("Mei Ling Chan"), "decided_on", day (s, -10), NULL);

  /* Pearl Delta: slipping, contract ends soon, a missed commitment */
  contract = add (s, "contract", o->service, "title", _("Evening and weekend customer service"),
                  "scope", _("First-line phone and chat support 18:00–23:00 on weekdays and all day at weekends; "
                             "escalation of faults to our engineers."),
                  "starts_on", day (s, -700), "ends_on", day (s, 45), "value", "860000", "currency", "HKD", NULL);
  add (s, "duty", contract, "party", "vendor", "description", _("Answer calls and chats using our service scripts and our complaint process."), NULL);
  add (s, "duty", contract, "party", "vendor", "description", _("Train new agents on our philosophy before they take calls."), NULL);
  add (s, "duty", contract, "party", "company", "description", _("Share plan and price changes one week before launch."), NULL);
  c1 = add (s, "commitment", contract, "description", _("Answer 80% of calls within 30 seconds"), NULL);
  c2 = add (s, "commitment", contract, "description", _("Record every complaint in our complaint system the same day"), NULL);
  c3 = add (s, "commitment", contract, "description", _("New agents complete our philosophy briefing before their first shift"), NULL);
  checks (s, c1, "partly_met", "missed", "missed", _("Only 61% of calls answered within 30 seconds"));
  checks (s, c2, "met", "met", "partly_met", _("12 complaints entered a day late"));
  checks (s, c3, "met", "met", "met", _("Training records for all 9 new agents"));
  k = kpi (s, o->service, _("First-contact resolution"), "%", "measured", "higher", "3", "75");
  figures (s, k, fcr);
  k = kpi (s, o->service, _("Average speed of answer"), _("seconds"), "measured", "lower", "2", "30");
  figures (s, k, answer);
  k = kpi (s, o->service, _("Customer satisfaction (CSAT)"), "%", "measured", "higher", "2", "85");
  figures (s, k, csat);
  k = kpi (s, o->service, _("Consistency with our objectives"), _("rating"), "rated", "higher", "2", NULL);
  figures (s, k, attitude_cs);
  add (s, "review", NULL, "outsourcer", rp_record_get_uuid (o->service), "held_on", day (s, -24),
       "attendees", _("Ada Wong, Tom Chan, Mandy Yip"),
       "findings", _("Answer times are getting worse; attrition among agents is high."),
       "decisions", _("Pearl Delta to present a staffing plan; we brief their new agents ourselves."),
       "next_review_on", day (s, 6), NULL);
  add (s, "vendor_action", o->service, "period", month (s, 2), "action_kind", "warning",
       "reason", _("Second month below 60% first-contact resolution; written warning under clause 9."),
       "decided_by", _("Ada Wong"), "decided_on", day (s, -35), NULL);

  proposal = add (s, "proposal", o->service, "title", _("Proactive outage messages and scripted billing answers"),
                  "summary", _("Send an SMS to every customer in an outage area before they call, and handle "
                               "billing disputes with a fixed script that offers a standard credit."),
                  "submitted_on", day (s, -20), "status", "under_review",
                  "attachments", "/srv/shared/partners/pearl-delta/proposal-2026.pdf", NULL);
  {
    g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (s->store);
    g_autoptr(GListModel) ps = adopted ? rp_store_list (s->store, "principle", "philosophy",
                                                        rp_record_get_uuid (adopted)) : NULL;

    if (ps != NULL && g_list_model_get_n_items (ps) >= 4)
      {
        g_autoptr(RpRecord) p1 = g_list_model_get_item (ps, 1);
        g_autoptr(RpRecord) p2 = g_list_model_get_item (ps, 2);
        g_autoptr(RpRecord) p3 = g_list_model_get_item (ps, 3);

        add (s, "compatibility", proposal, "principle", rp_record_get_uuid (p1), "verdict", "supports",
             "note", _("Customers hear about outages before they need to call."), NULL);
        add (s, "compatibility", proposal, "principle", rp_record_get_uuid (p2), "verdict", "conflicts",
             "note", _("A fixed script and credit does not record or learn from the complaint."), NULL);
        add (s, "compatibility", proposal, "principle", rp_record_get_uuid (p3), "verdict", "neutral", NULL);
      }
  }
  add (s, "fine_tuning", proposal, "change_asked",
       _("Log each billing dispute as a complaint before offering the credit."),
       "requested_on", day (s, -12), "status", "open", NULL);
  {
    static const int effect[] = { 4, 3, 4, 4 };

    evaluate (s, "proposal", proposal, "proposal", _("Ada Wong"), 12,
              _("Good for outages; the billing half needs changing."), effect, G_N_ELEMENTS (effect));
  }

  /* SwiftLink: on probation, with a target raised half a year ago */
  contract = add (s, "contract", o->logistics, "title", _("Warehousing and home delivery of equipment"),
                  "scope", _("Storage of routers and set-top boxes, next-day delivery to customers, returns."),
                  "starts_on", day (s, -500), "ends_on", day (s, 230), "value", "540000", "currency", "HKD", NULL);
  add (s, "duty", contract, "party", "vendor", "description", _("Deliver equipment the working day after the order."), NULL);
  add (s, "duty", contract, "party", "company", "description", _("Send orders by 17:00 each working day."), NULL);
  c1 = add (s, "commitment", contract, "description", _("Next-day delivery for 97% of orders"), NULL);
  checks (s, c1, "partly_met", "missed", "missed", _("80% on time last month"));
  k = kpi (s, o->logistics, _("On-time delivery"), "%", "measured", "higher", "3", "95");
  add (s, "kpi_target", k, "from_period", month (s, 6), "target", "97", NULL);
  figures (s, k, on_time);
  k = kpi (s, o->logistics, _("Delivery complaints per 1,000 orders"), _("complaints"), "measured", "lower", "2", "2");
  figures (s, k, complaints);
  k = kpi (s, o->logistics, _("Order accuracy"), "%", "measured", "higher", "1", "99.5");
  figures (s, k, accuracy);
  k = kpi (s, o->logistics, _("Damaged shipments"), "%", "measured", "lower", "1", "0.5");
  figures (s, k, damaged);
  add (s, "review", NULL, "outsourcer", rp_record_get_uuid (o->logistics), "held_on", day (s, -120),
       "attendees", _("Ada Wong, Sam Cheung"),
       "findings", _("Peak-season volumes overwhelmed the warehouse team."),
       "decisions", _("SwiftLink to add a second shift."),
       "next_review_on", day (s, -30), NULL);
}

/* Staff and the framework */

typedef struct {
  RpRecord *ada, *raj, *siu_fan, *tom, *grace, *ken, *mandy, *victor, *sam;
} Staff;

static void
sample_staff (Sample   *s,
              Partners *o,
              Staff    *st)
{
  st->ada = add (s, "staff", NULL, "name", _("Ada Wong"), "role", _("Customer experience manager"),
                 "technical", "3", "business", "5", "soft_skills", "5", NULL);
  st->raj = add (s, "staff", NULL, "name", _("Raj Patel"), "role", _("Network engineer"),
                 "technical", "5", "business", "2", "soft_skills", "3", NULL);
  st->siu_fan = add (s, "staff", NULL, "name", _("Siu Fan Lee"), "role", _("Sales lead"),
                     "technical", "2", "business", "4", "soft_skills", "5", NULL);
  st->tom = add (s, "staff", NULL, "name", _("Tom Chan"), "role", _("Trainer"),
                 "technical", "3", "business", "3", "soft_skills", "5", NULL);
  st->grace = add (s, "staff", NULL, "name", _("Grace Ho"), "role", _("Marketing officer"),
                   "technical", "2", "business", "4", "soft_skills", "4", NULL);
  st->ken = add (s, "staff", NULL, "name", _("Ken Lau"), "role", _("Contact-centre agent"),
                 "outsourcer", rp_record_get_uuid (o->service),
                 "technical", "2", "business", "2", "soft_skills", "4", NULL);
  st->mandy = add (s, "staff", NULL, "name", _("Mandy Yip"), "role", _("Contact-centre team lead"),
                   "outsourcer", rp_record_get_uuid (o->service),
                   "technical", "3", "business", "3", "soft_skills", "4", NULL);
  st->victor = add (s, "staff", NULL, "name", _("Victor Ng"), "role", _("Network operations engineer"),
                    "outsourcer", rp_record_get_uuid (o->it),
                    "technical", "5", "business", "2", "soft_skills", "2", NULL);
  st->sam = add (s, "staff", NULL, "name", _("Sam Cheung"), "role", _("Delivery supervisor"),
                 "outsourcer", rp_record_get_uuid (o->logistics),
                 "technical", "1", "business", "2", "soft_skills", "3", NULL);
}

static RpRecord *
find_activity (GPtrArray  *activities,
               const char *category,
               guint       nth)
{
  for (guint i = 0; i < activities->len; i++)
    if (g_strcmp0 (rp_record_get_string (activities->pdata[i], "category"), category) == 0 && nth-- == 0)
      return activities->pdata[i];
  return NULL;
}

static RpRecord *
sample_framework (Sample       *s,
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
  rp_record_set_string (framework, "description",
                        _("How we win, welcome, serve and keep household broadband customers. "
                          "Used in induction training for our staff and our partners' agents."));
  if (!rp_store_save (s->store, framework, s->error))
    s->failed = TRUE;
  add (s, "factor", framework, "factor_kind", "stakeholder_requirement",
       "description", _("Partners' agents handle evening and weekend contacts"), NULL);

  activities = rp_framework_list_activities (s->store, framework);
  /* Who does what, with one gap and one skills shortfall for the trainer to see. */
  if ((a = find_activity (activities, "information", 0)))
    {
      add_link (s, "activity_staff", a, st->grace);
      add_link (s, "activity_principle", a, ph->principles[0]);
    }
  if ((a = find_activity (activities, "marketing", 0)))
    {
      add_link (s, "activity_staff", a, st->siu_fan);
      add_link (s, "activity_staff", a, st->grace);
      add_link (s, "activity_principle", a, ph->principles[5]);
    }
  if ((a = find_activity (activities, "advertising", 0)))
    add_link (s, "activity_staff", a, st->grace);
  if ((a = find_activity (activities, "information", 2)))
    {
      add_link (s, "activity_staff", a, st->siu_fan);
      add_link (s, "activity_principle", a, ph->principles[0]);
    }
  if ((a = find_activity (activities, "support", 0)))
    {
      add_link (s, "activity_staff", a, st->raj);
      add_link (s, "activity_principle", a, ph->principles[1]);
    }
  if ((a = find_activity (activities, "recovery", 0)))
    add_link (s, "activity_staff", a, st->raj);
  if ((a = find_activity (activities, "feedback", 0)))
    {
      add_link (s, "activity_staff", a, st->ada);
      add_link (s, "activity_principle", a, ph->principles[2]);
    }
  if ((a = find_activity (activities, "support", 1)))
    {
      /* The fault hotline is staffed by Pearl Delta's agents, who fall short on technical knowledge. */
      add_link (s, "activity_staff", a, st->ken);
      add_link (s, "activity_staff", a, st->mandy);
      add_link (s, "activity_staff", a, st->victor);
      add_link (s, "activity_principle", a, ph->principles[1]);
      add_link (s, "activity_principle", a, ph->principles[3]);
    }
  if ((a = find_activity (activities, "recovery", 1)))
    {
      add_link (s, "activity_staff", a, st->ada);
      add_link (s, "activity_principle", a, ph->principles[2]);
    }
  if ((a = find_activity (activities, "feedback", 1)))
    add_link (s, "activity_staff", a, st->ada);
  if ((a = find_activity (activities, "post_sale_marketing", 0)))
    {
      add_link (s, "activity_staff", a, st->siu_fan);
      add_link (s, "activity_principle", a, ph->principles[4]);
    }
  if ((a = find_activity (activities, "training", 0)))
    {
      add_link (s, "activity_staff", a, st->tom);
      add_link (s, "activity_principle", a, ph->principles[3]);
    }
  /* "Churn-risk outreach" (recovery 2) is left unassigned on purpose. */
  return g_steal_pointer (&framework);
}

/* Execution */

static void
sample_execution (Sample       *s,
                  Philosophies *ph,
                  Partners     *o,
                  RpRecord     *framework)
{
  RpRecord *main, *faster, *billing, *late;

  main = add (s, "strategy", NULL, "title", _("Win back trust in our service"),
              "description", _("Carry out the adopted philosophy where customers feel it most: faults, bills and complaints."),
              "status", "active", "endorsed_by", _("Mei Ling Chan, Chief Executive"),
              "endorsed_on", day (s, -85), "cadence", "quarterly", NULL);
  faster = add (s, "strategy", NULL, "parent", rp_record_get_uuid (main),
                "title", _("Faster fault resolution"),
                "description", _("One working day from report to fix for 90% of faults."),
                "status", "active", "endorsed_by", _("Executive committee"), "endorsed_on", day (s, -80),
                "cadence", "monthly", NULL);
  billing = add (s, "strategy", NULL, "parent", rp_record_get_uuid (main),
                 "title", _("Bills without surprises"),
                 "description", _("Key terms before signing, and a first bill that explains itself."),
                 "status", "endorsed", "endorsed_by", _("Executive committee"), "endorsed_on", day (s, -80),
                 "cadence", "half_yearly", NULL);
  add_link (s, "strategy_principle", main, ph->principles[2]);
  add_link (s, "strategy_principle", faster, ph->principles[1]);
  add_link (s, "strategy_principle", billing, ph->principles[0]);

  add (s, "plan_item", main, "title", _("Publish the customer promises on the website"), "owner", _("Grace Ho"),
       "start_on", day (s, -80), "due_on", day (s, -50), "status", "done", "progress", "100", NULL);
  add (s, "plan_item", main, "title", _("Complaint learning review each month"), "owner", _("Ada Wong"),
       "start_on", day (s, -60), "due_on", day (s, 120), "status", "in_progress", "progress", "40", NULL);
  add (s, "plan_item", faster, "title", _("Give partner agents fault-diagnosis scripts"), "owner", _("Raj Patel"),
       "start_on", day (s, -70), "due_on", day (s, -40), "status", "done", "progress", "100", NULL);
  late = add (s, "plan_item", faster, "title", _("Second field-engineer shift at weekends"), "owner", _("Raj Patel"),
              "start_on", day (s, -45), "due_on", day (s, -9), "status", "in_progress", "progress", "60", NULL);
  add (s, "plan_item", faster, "title", _("Self-healing network monitoring (ByteBridge)"), "owner", _("Victor Ng"),
              "start_on", day (s, -30), "due_on", day (s, 45), "status", "in_progress", "progress", "35", NULL);
  add (s, "plan_item", faster, "title", _("Fault-time dashboard for management"), "owner", _("Ada Wong"),
       "start_on", day (s, 5), "due_on", day (s, 40), "status", "planned", NULL);
  add (s, "plan_item", billing, "title", _("Key-terms summary signed at every sale"), "owner", _("Siu Fan Lee"),
       "start_on", day (s, -40), "due_on", day (s, 20), "status", "in_progress", "progress", "70", NULL);
  add (s, "plan_item", billing, "title", _("Redesign the first bill"), "owner", _("Grace Ho"),
       "start_on", day (s, -20), "due_on", day (s, 60), "status", "blocked", "progress", "20", NULL);

  add (s, "change_request", faster, "plan_item", rp_record_get_uuid (late),
       "what", _("Start the weekend shift with contractors until hiring is done."),
       "why", _("Hiring is six weeks behind; weekend faults wait until Monday."),
       "requested_by", _("Mei Ling Chan"), "requested_on", day (s, -5), "decision", "pending", NULL);
  add (s, "change_request", billing, "what", _("Move the bill redesign after the billing-system upgrade."),
       "why", _("The current system cannot print the new layout."), "requested_by", _("Grace Ho"),
       "requested_on", day (s, -15), "decision", "approved", "decided_by", _("Executive committee"),
       "decided_on", day (s, -12), "decision_notes", _("Approved; keep the key-terms work on schedule."), NULL);

  add (s, "review", NULL, "strategy", rp_record_get_uuid (main), "held_on", day (s, -100),
       "attendees", _("Mei Ling Chan, Ada Wong, Raj Patel, Grace Ho"),
       "findings", _("Complaints about bills fell by a third; fault times unchanged."),
       "decisions", _("Split the work into the fault and billing sub-strategies."),
       "next_review_on", day (s, -10), NULL);
  add (s, "review", NULL, "strategy", rp_record_get_uuid (faster), "held_on", day (s, -20),
       "attendees", _("Raj Patel, Victor Ng, Mandy Yip"),
       "findings", _("74% of faults fixed within a day, up from 61%."),
       "decisions", _("Ask ByteBridge to automate restarts of stuck ports."),
       "next_review_on", day (s, 10), NULL);

  add (s, "channel", NULL, "strategy", rp_record_get_uuid (main), "audience", "frontline_staff",
       "medium", _("Ten-minute team huddle"), "frequency", _("Weekly"), "owner", _("Tom Chan"), NULL);
  add (s, "channel", NULL, "strategy", rp_record_get_uuid (main), "audience", "management",
       "medium", _("Strategy dashboard and board paper"), "frequency", _("Monthly"), "owner", _("Ada Wong"), NULL);
  add (s, "channel", NULL, "strategy", rp_record_get_uuid (faster), "audience", "outsourcers",
       "medium", _("Partner performance call"), "frequency", _("Fortnightly"), "owner", _("Raj Patel"), NULL);
  add (s, "channel", NULL, "audience", "supervisors", "medium", _("Supervisors' briefing pack"),
       "frequency", _("Monthly"), "owner", _("Ada Wong"), NULL);

  add (s, "competitor_move", NULL, "competitor", "CityNet",
       "move_made", _("Launched a 2 Gbps home plan at the price of our 1 Gbps plan."),
       "observed_on", day (s, -14), "impact", "high", "affects", _("Home fibre plans, renewals"),
       "response", _("Loyalty upgrade to 2 Gbps for customers renewing in the next six months."), NULL);
  add (s, "competitor_move", NULL, "competitor", "Kowloon Mobile",
       "move_made", _("Bundles home broadband with mobile plans."),
       "observed_on", day (s, -40), "impact", "medium", "affects", _("Household customers with families"),
       "response", _("Explore a partnership with an MVNO; no price response."), NULL);

  /* ByteBridge's accepted proposal became a plan item's strategy and a framework activity. */
  {
    RpRecord *proposal = add (s, "proposal", o->it, "title", _("Self-healing network monitoring"),
                              "summary", _("Automatic restart of stuck ports and customer notification when it happens."),
                              "submitted_on", day (s, -75), "status", "integrated", NULL);
    g_autoptr(GPtrArray) activities = framework ? rp_framework_list_activities (s->store, framework) : NULL;
    RpRecord *hotline = activities ? find_activity (activities, "support", 1) : NULL;

    add (s, "compatibility", proposal, "principle", rp_record_get_uuid (ph->principles[1]), "verdict", "supports",
         "note", _("Fewer faults reach customers at all."), NULL);
    add (s, "fine_tuning", proposal, "change_asked", _("Tell customers by SMS when their port was restarted."),
         "requested_on", day (s, -60), "status", "done", NULL);
    add (s, "proposal_link", proposal, "strategy", rp_record_get_uuid (faster), NULL);
    if (hotline != NULL)
      add (s, "proposal_link", proposal, "activity", rp_record_get_uuid (hotline), NULL);
  }
}

gboolean
rp_sample_fill (RpStore  *store,
                GError  **error)
{
  Sample s = { .store = store, .error = error };
  Profile profile = { 0 };
  Philosophies philosophies = { 0 };
  Partners partners = { 0 };
  Staff staff = { 0 };
  g_autoptr(RpRecord) framework = NULL;

  g_return_val_if_fail (RP_IS_STORE (store), FALSE);

  if (rp_store_count (store, "profile") > 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_CONSTRAINT,
                   _("The sample can only fill an empty workspace."));
      return FALSE;
    }

  rp_date_set_today (&s.today);
  s.strings = g_string_chunk_new (4096);
  s.records = g_ptr_array_new_with_free_func (g_object_unref);

  if (!rp_store_begin (store, error))
    s.failed = TRUE;
  else
    {
      sample_profile (&s, &profile);
      sample_philosophies (&s, &profile, &philosophies);
      sample_partners (&s, &partners);
      sample_staff (&s, &partners, &staff);
      framework = sample_framework (&s, &philosophies, &staff);
      sample_execution (&s, &philosophies, &partners, framework);
      if (s.failed)
        rp_store_rollback (store);
      else if (!rp_store_commit (store, error))
        s.failed = TRUE;
    }

  g_ptr_array_unref (s.records);
  g_string_chunk_free (s.strings);
  return !s.failed;
}
