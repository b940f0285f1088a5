/* rp-sample.c — the sample workspace: a fictional broadband provider and its partners
 *
 * Dates are relative to today, so there is always something overdue, something
 * due soon and a year of figures behind the latest month.
 */
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

typedef struct {
  RpStore      *store;
  GError      **error;
  gboolean      failed;
  GDate         today;
  GStringChunk *strings;
  GPtrArray    *records;
  char         *journal_last;   /* the moment of the latest record journaled */
  guint         journal_step;
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
           RpFieldId   name,
           const char *value)
{
  const RpField *field = rp_field_get (name);

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

/* The moment and person the journal gives a record of the sample: its own first date (a
 * month's figures at the month's end), by the person it names, else the previous moment a
 * little later, by the sample's manager; never after today. */
static void
journal_moment (Sample   *s,
                RpRecord *record)
{
  const RpKind *kind = rp_record_get_kind (record);
  g_autofree char *today = rp_date_today ();
  g_autofree char *date = NULL;
  g_autofree char *who = NULL;
  g_autofree char *moment = NULL;

  for (guint i = 0; i < kind->n_fields && (date == NULL || who == NULL); i++)
    {
      const RpField *field = &kind->fields[i];
      const char *value;

      if (field->type != RP_FIELD_DATE && field->type != RP_FIELD_PERIOD && field->type != RP_FIELD_TEXT)
        continue;
      value = rp_record_get_string (record, RP_FIELD_ID (rp_kind_get_index (kind), i));
      if (value == NULL)
        continue;
      if (date == NULL && field->type == RP_FIELD_DATE && strcmp (value, today) <= 0)
        date = g_strdup (value);
      else if (date == NULL && field->type == RP_FIELD_PERIOD)
        date = g_strdup_printf ("%s-28", value);
      else if (who == NULL && field->type == RP_FIELD_TEXT && (field->flags & RP_FIELD_PERSONAL) &&
               strchr (value, ' ') != NULL && strlen (value) < 40)
        {
          /* "Ada Wong, Raj Patel": the first one named */
          who = g_strndup (value, strcspn (value, ","));
        }
    }
  if (date != NULL && strcmp (date, today) > 0)
    g_clear_pointer (&date, g_free);
  s->journal_step++;
  if (date != NULL)
    moment = g_strdup_printf ("%sT%02u:%02u:00.000Z", date, 1 + s->journal_step % 8, (s->journal_step * 7) % 60);
  else if (s->journal_last != NULL)
    moment = g_strdup (s->journal_last);
  else
    {
      const char *start = day (s, -365);

      moment = g_strdup_printf ("%sT01:00:00.000Z", start);
    }
  g_free (s->journal_last);
  s->journal_last = g_strdup (moment);
  _rp_store_set_history_moment (s->store, moment, who ? who : _("Ada Wong"));
}

/* add (s, kind, owner, field, value, …, RP_FIELD_NONE): values are text, parsed by field type. */
static RpRecord *
add (Sample     *s,
     RpKindId    kind,
     RpRecord   *owner,
     ...)
{
  RpRecord *record = rp_record_new_for (kind, owner);
  RpFieldId name;
  va_list args;

  va_start (args, owner);
  while ((name = (RpFieldId) va_arg (args, int)) != RP_FIELD_NONE)
    set_field (record, name, va_arg (args, const char *));
  va_end (args);

  journal_moment (s, record);
  g_ptr_array_add (s->records, record);
  if (!s->failed && !rp_store_save (s->store, record, s->error))
    s->failed = TRUE;
  return record;
}

static void
add_link (Sample   *s,
          RpKindId  kind,
          RpRecord *a,
          RpRecord *b)
{
  const RpKind *k = rp_kind_get (kind);

  add (s, kind, NULL,
       rp_field_id_at (k, 0), rp_record_get_uuid (a),
       rp_field_id_at (k, 1), rp_record_get_uuid (b), RP_FIELD_NONE);
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
          RpFieldId   subject_field,
          RpRecord   *subject,
          const char *scope,
          const char *evaluator,
          int         days_ago,
          const char *notes,
          const int  *scores,
          guint       n_scores)
{
  RpRecord *evaluation = add (s, RP_KIND_EVALUATION, NULL,
                              subject_field, rp_record_get_uuid (subject),
                              RP_EVALUATION_EVALUATOR, evaluator,
                              RP_EVALUATION_EVALUATED_ON, day (s, -days_ago),
                              RP_EVALUATION_NOTES, notes, RP_FIELD_NONE);

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
        add (s, RP_KIND_FIGURE, kpi, RP_FIGURE_PERIOD, month (s, back), RP_FIGURE_NOT_APPLICABLE, "true", RP_FIELD_NONE);
      else
        add (s, RP_KIND_FIGURE, kpi, RP_FIGURE_PERIOD, month (s, back),
             RP_FIGURE_VALUE, g_ascii_dtostr (text, sizeof text, v), RP_FIELD_NONE);
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
  add (s, RP_KIND_PROFILE, NULL,
       RP_PROFILE_COMPANY_NAME, _("Harbourline Fibre"),
       RP_PROFILE_INDUSTRY, _("Broadband and managed IT services"),
       RP_PROFILE_MISSION, _("Reliable, fairly priced connectivity for homes and small businesses, "
                    "with service people can actually reach."), RP_FIELD_NONE);

  /* xgettext:no-c-format */
  p->growth = add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Grow the subscriber base by 15% a year"),
                   RP_OBJECTIVE_DESCRIPTION, _("New coverage areas and referrals."), RP_FIELD_NONE);
  p->churn = add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Keep yearly churn below 8%"),
                  RP_OBJECTIVE_DESCRIPTION, _("Customers who stay are the business."), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  p->faults = add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Resolve 90% of faults within one working day"), RP_FIELD_NONE);
  p->trust = add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Be the most trusted provider in customer surveys"), RP_FIELD_NONE);
  p->margin = add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Keep the operating margin above 18%"), RP_FIELD_NONE);

  p->households = add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Household customers"), RP_FIELD_NONE);
  p->business = add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Small-business customers"), RP_FIELD_NONE);
  p->employees = add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Employees"), RP_FIELD_NONE);
  p->partners = add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Outsourcing partners"), RP_FIELD_NONE);
  p->shareholders = add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Shareholders"), RP_FIELD_NONE);
  p->public = add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("General public and regulators"), RP_FIELD_NONE);
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
  RpRecord *p = add (s, RP_KIND_PRINCIPLE, philosophy, RP_PRINCIPLE_STATEMENT, statement, RP_PRINCIPLE_RATIONALE, rationale,
                     RP_PRINCIPLE_CUSTOMER_BENEFIT, customer, RP_PRINCIPLE_COMPANY_BENEFIT, company, RP_FIELD_NONE);

  if (objective1)
    add_link (s, RP_KIND_PRINCIPLE_OBJECTIVE, p, objective1);
  if (objective2)
    add_link (s, RP_KIND_PRINCIPLE_OBJECTIVE, p, objective2);
  if (group1)
    add_link (s, RP_KIND_PRINCIPLE_STAKEHOLDER, p, group1);
  if (group2)
    add_link (s, RP_KIND_PRINCIPLE_STAKEHOLDER, p, group2);
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

  ph->adopted = add (s, RP_KIND_PHILOSOPHY, NULL,
    RP_PHILOSOPHY_TITLE, _("Customers first, for the long run"),
    RP_PHILOSOPHY_STATEMENT, _("We earn our customers' loyalty by being easy to reach, honest about what we sell "
                   "and quick to put things right. We measure ourselves by how long customers stay "
                   "and how readily they recommend us."),
    RP_PHILOSOPHY_STAFF_EDITION, _("Our customers stay with us when we keep our word.\n"
                       "Tell them the full price before they sign.\n"
                       "When something breaks, make sure a person who can fix it answers within a day.\n"
                       "Write down every complaint, answer it within two days, and tell your team leader "
                       "what we can learn from it so that the same thing does not happen to the next "
                       "customer who calls us about it.\n"
                       "Treat our partners' staff as part of the team.\n"
                       "Loyal customers deserve our best offers."), RP_FIELD_NONE);
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

  ph->alternative = add (s, RP_KIND_PHILOSOPHY, NULL,
    RP_PHILOSOPHY_TITLE, _("Value and efficiency"),
    RP_PHILOSOPHY_STATEMENT, _("We give customers dependable service at the lowest sustainable price, and keep "
                   "our costs lean so that we can."),
    RP_PHILOSOPHY_STAFF_EDITION, _("Keep it simple and keep costs down.\nHelp customers help themselves online."), RP_FIELD_NONE);
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

  evaluate (s, RP_EVALUATION_PHILOSOPHY, ph->adopted, "philosophy", _("Board of directors"), 95,
            _("Clear commitments customers can hold us to."), board_a, G_N_ELEMENTS (board_a));
  evaluate (s, RP_EVALUATION_PHILOSOPHY, ph->adopted, "philosophy", _("Staff council"), 93,
            _("Staff liked the plain language; feasibility of the one-day fault target questioned."),
            staff_a, G_N_ELEMENTS (staff_a));
  evaluate (s, RP_EVALUATION_PHILOSOPHY, ph->alternative, "philosophy", _("Board of directors"), 95,
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

  add (s, RP_KIND_PROMOTION, ph->adopted, RP_PROMOTION_TITLE, _("Launch briefing for all staff"),
       RP_PROMOTION_AUDIENCE, _("All staff"), RP_PROMOTION_CHANNEL, _("Town hall"), RP_PROMOTION_OWNER, _("Ada Wong"),
       RP_PROMOTION_DUE_ON, day (s, -80), RP_PROMOTION_STATUS, "done", RP_FIELD_NONE);
  add (s, RP_KIND_PROMOTION, ph->adopted, RP_PROMOTION_TITLE, _("Briefing for Pearl Delta Contact's agents"),
       RP_PROMOTION_AUDIENCE, _("Outsourced customer service"), RP_PROMOTION_CHANNEL, _("On-site workshop"),
       RP_PROMOTION_OWNER, _("Tom Chan"), RP_PROMOTION_DUE_ON, day (s, -6), RP_PROMOTION_STATUS, "planned", RP_FIELD_NONE);
  add (s, RP_KIND_PROMOTION, ph->adopted, RP_PROMOTION_TITLE, _("Poster set for the service centres"),
       RP_PROMOTION_AUDIENCE, _("Customers and staff"), RP_PROMOTION_CHANNEL, _("Print"), RP_PROMOTION_OWNER, _("Grace Ho"),
       RP_PROMOTION_DUE_ON, day (s, 10), RP_PROMOTION_STATUS, "in_progress", RP_FIELD_NONE);
  add (s, RP_KIND_PROMOTION, ph->adopted, RP_PROMOTION_TITLE, _("Customer newsletter feature: our promises"),
       RP_PROMOTION_AUDIENCE, _("Customers and the public"), RP_PROMOTION_CHANNEL, _("Newsletter, website"),
       RP_PROMOTION_OWNER, _("Grace Ho"), RP_PROMOTION_DUE_ON, day (s, 30), RP_PROMOTION_STATUS, "planned", RP_FIELD_NONE);
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
  RpRecord *k = add (s, RP_KIND_KPI, outsourcer, RP_KPI_NAME, name, RP_KPI_UNIT, unit, RP_KPI_KPI_KIND, kind,
                     RP_KPI_DIRECTION, direction, RP_KPI_WEIGHT, weight, RP_FIELD_NONE);

  if (target != NULL)
    add (s, RP_KIND_KPI_TARGET, k, RP_KPI_TARGET_FROM_PERIOD, month (s, 24), RP_KPI_TARGET_TARGET, target, RP_FIELD_NONE);
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
  add (s, RP_KIND_COMPLIANCE_CHECK, commitment, RP_COMPLIANCE_CHECK_PERIOD, month (s, 3), RP_COMPLIANCE_CHECK_RESULT, r3, RP_FIELD_NONE);
  add (s, RP_KIND_COMPLIANCE_CHECK, commitment, RP_COMPLIANCE_CHECK_PERIOD, month (s, 2), RP_COMPLIANCE_CHECK_RESULT, r2, RP_FIELD_NONE);
  add (s, RP_KIND_COMPLIANCE_CHECK, commitment, RP_COMPLIANCE_CHECK_PERIOD, month (s, 1), RP_COMPLIANCE_CHECK_RESULT, r1, RP_COMPLIANCE_CHECK_EVIDENCE, evidence, RP_FIELD_NONE);
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

  o->it = add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "ByteBridge IT Services", RP_OUTSOURCER_SERVICE_MODEL, "it",
               RP_OUTSOURCER_STATUS, "active", RP_OUTSOURCER_CONTACT_NAME, _("Victor Ng"),
               RP_OUTSOURCER_CONTACT_EMAIL, "victor.ng@bytebridge.example", RP_OUTSOURCER_CONTACT_PHONE, "+852 5550 1201",
               RP_OUTSOURCER_NOTES, _("Runs our network operations centre since 2025."),
               RP_OUTSOURCER_CADENCE, "quarterly", RP_FIELD_NONE);
  o->service = add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "Pearl Delta Contact", RP_OUTSOURCER_SERVICE_MODEL, "customer_service",
                    RP_OUTSOURCER_STATUS, "active", RP_OUTSOURCER_CONTACT_NAME, _("Mandy Yip"),
                    RP_OUTSOURCER_CONTACT_EMAIL, "mandy.yip@pearldelta.example", RP_OUTSOURCER_CONTACT_PHONE, "+852 5550 3344",
                    RP_OUTSOURCER_NOTES, _("Handles first-line calls and chat in the evenings and at weekends."),
                    RP_OUTSOURCER_CADENCE, "monthly", RP_FIELD_NONE);
  o->logistics = add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "SwiftLink Logistics", RP_OUTSOURCER_SERVICE_MODEL, "logistics",
                      RP_OUTSOURCER_STATUS, "active", RP_OUTSOURCER_CONTACT_NAME, _("Sam Cheung"),
                      RP_OUTSOURCER_CONTACT_EMAIL, "sam.cheung@swiftlink.example",
                      RP_OUTSOURCER_NOTES, _("Stores and delivers routers and set-top boxes."),
                      RP_OUTSOURCER_CADENCE, "quarterly", RP_FIELD_NONE);
  o->marketing = add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "BrightWave Marketing", RP_OUTSOURCER_SERVICE_MODEL, "marketing",
                      RP_OUTSOURCER_STATUS, "candidate", RP_OUTSOURCER_CONTACT_NAME, _("Iris Lam"),
                      RP_OUTSOURCER_NOTES, _("Shortlisted for the referral programme."), RP_FIELD_NONE);
  o->outreach = add (s, RP_KIND_OUTSOURCER, NULL, RP_OUTSOURCER_NAME, "Meridian Outreach", RP_OUTSOURCER_SERVICE_MODEL, "marketing",
                     RP_OUTSOURCER_STATUS, "candidate", RP_OUTSOURCER_NOTES, _("Lowest quote for the referral programme."), RP_FIELD_NONE);

  evaluate (s, RP_EVALUATION_OUTSOURCER, o->marketing, "selection", _("Vendor panel"), 20,
            _("Strong on referral campaigns; data-protection answers need follow-up."),
            select_bright, G_N_ELEMENTS (select_bright));
  evaluate (s, RP_EVALUATION_OUTSOURCER, o->outreach, "selection", _("Vendor panel"), 20,
            _("Cheap, but their call scripts push hard sales."), select_meridian, G_N_ELEMENTS (select_meridian));
  evaluate (s, RP_EVALUATION_OUTSOURCER, o->it, "selection", _("Vendor panel"), 700,
            _("Selected in 2025."), select_bytebridge, G_N_ELEMENTS (select_bytebridge));

  /* ByteBridge: strong */
  contract = add (s, RP_KIND_CONTRACT, o->it, RP_CONTRACT_TITLE, _("Managed network operations centre"),
                  RP_CONTRACT_SCOPE, _("24/7 monitoring of the access and core network, incident handling, "
                             "planned changes and monthly reporting."),
                  RP_CONTRACT_STARTS_ON, day (s, -400), RP_CONTRACT_ENDS_ON, day (s, 330), RP_CONTRACT_VALUE, "1200000", RP_CONTRACT_CURRENCY, "HKD", RP_FIELD_NONE);
  add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Monitor the network around the clock and open an incident within 5 minutes of an alarm."), RP_FIELD_NONE);
  add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Keep customer data inside Hong Kong and report any breach within 24 hours."), RP_FIELD_NONE);
  add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "company", RP_DUTY_DESCRIPTION, _("Give ByteBridge read access to the fault ticket system."), RP_FIELD_NONE);
  add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "company", RP_DUTY_DESCRIPTION, _("Approve planned changes within two working days."), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  c1 = add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Network availability of at least 99.9% each month"), RP_FIELD_NONE);
  c2 = add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Monthly incident report by the 5th working day"), RP_FIELD_NONE);
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
  add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_OUTSOURCER, rp_record_get_uuid (o->it), RP_REVIEW_HELD_ON, day (s, -60),
       RP_REVIEW_ATTENDEES, _("Ada Wong, Raj Patel, Victor Ng"),
       RP_REVIEW_FINDINGS, _("Availability above target all quarter; repair times improving."),
       RP_REVIEW_DECISIONS, _("Extend monitoring to the new eastern exchange."),
       RP_REVIEW_NEXT_REVIEW_ON, day (s, 30), RP_FIELD_NONE);
  add (s, RP_KIND_VENDOR_ACTION, o->it, RP_VENDOR_ACTION_PERIOD, month (s, 1), RP_VENDOR_ACTION_ACTION_KIND, "reward", RP_VENDOR_ACTION_AMOUNT, "20000",
       RP_VENDOR_ACTION_REASON, _("Quarterly service bonus: every availability target met."),
       RP_VENDOR_ACTION_DECIDED_BY, _("Mei Ling Chan"), RP_VENDOR_ACTION_DECIDED_ON, day (s, -10), RP_FIELD_NONE);

  /* Pearl Delta: slipping, contract ends soon, a missed commitment */
  contract = add (s, RP_KIND_CONTRACT, o->service, RP_CONTRACT_TITLE, _("Evening and weekend customer service"),
                  RP_CONTRACT_SCOPE, _("First-line phone and chat support 18:00–23:00 on weekdays and all day at weekends; "
                             "escalation of faults to our engineers."),
                  RP_CONTRACT_STARTS_ON, day (s, -700), RP_CONTRACT_ENDS_ON, day (s, 45), RP_CONTRACT_VALUE, "860000", RP_CONTRACT_CURRENCY, "HKD", RP_FIELD_NONE);
  add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Answer calls and chats using our service scripts and our complaint process."), RP_FIELD_NONE);
  add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Train new agents on our philosophy before they take calls."), RP_FIELD_NONE);
  add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "company", RP_DUTY_DESCRIPTION, _("Share plan and price changes one week before launch."), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  c1 = add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Answer 80% of calls within 30 seconds"), RP_FIELD_NONE);
  c2 = add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Record every complaint in our complaint system the same day"), RP_FIELD_NONE);
  c3 = add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("New agents complete our philosophy briefing before their first shift"), RP_FIELD_NONE);
  /* xgettext:no-c-format */
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
  add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_OUTSOURCER, rp_record_get_uuid (o->service), RP_REVIEW_HELD_ON, day (s, -24),
       RP_REVIEW_ATTENDEES, _("Ada Wong, Tom Chan, Mandy Yip"),
       RP_REVIEW_FINDINGS, _("Answer times are getting worse; attrition among agents is high."),
       RP_REVIEW_DECISIONS, _("Pearl Delta to present a staffing plan; we brief their new agents ourselves."),
       RP_REVIEW_NEXT_REVIEW_ON, day (s, 6), RP_FIELD_NONE);
  add (s, RP_KIND_VENDOR_ACTION, o->service, RP_VENDOR_ACTION_PERIOD, month (s, 2), RP_VENDOR_ACTION_ACTION_KIND, "warning",
       /* xgettext:no-c-format */
       RP_VENDOR_ACTION_REASON, _("Second month below 60% first-contact resolution; written warning under clause 9."),
       RP_VENDOR_ACTION_DECIDED_BY, _("Ada Wong"), RP_VENDOR_ACTION_DECIDED_ON, day (s, -35), RP_FIELD_NONE);

  proposal = add (s, RP_KIND_PROPOSAL, o->service, RP_PROPOSAL_TITLE, _("Proactive outage messages and scripted billing answers"),
                  RP_PROPOSAL_SUMMARY, _("Send an SMS to every customer in an outage area before they call, and handle "
                               "billing disputes with a fixed script that offers a standard credit."),
                  RP_PROPOSAL_SUBMITTED_ON, day (s, -20), RP_PROPOSAL_STATUS, "under_review",
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

        add (s, RP_KIND_COMPATIBILITY, proposal, RP_COMPATIBILITY_PRINCIPLE, rp_record_get_uuid (p1), RP_COMPATIBILITY_VERDICT, "supports",
             RP_COMPATIBILITY_NOTE, _("Customers hear about outages before they need to call."), RP_FIELD_NONE);
        add (s, RP_KIND_COMPATIBILITY, proposal, RP_COMPATIBILITY_PRINCIPLE, rp_record_get_uuid (p2), RP_COMPATIBILITY_VERDICT, "conflicts",
             RP_COMPATIBILITY_NOTE, _("A fixed script and credit does not record or learn from the complaint."), RP_FIELD_NONE);
        add (s, RP_KIND_COMPATIBILITY, proposal, RP_COMPATIBILITY_PRINCIPLE, rp_record_get_uuid (p3), RP_COMPATIBILITY_VERDICT, "neutral", RP_FIELD_NONE);
      }
  }
  add (s, RP_KIND_FINE_TUNING, proposal, RP_FINE_TUNING_CHANGE_ASKED,
       _("Log each billing dispute as a complaint before offering the credit."),
       RP_FINE_TUNING_REQUESTED_ON, day (s, -12), RP_FINE_TUNING_STATUS, "open", RP_FIELD_NONE);
  {
    static const int effect[] = { 4, 3, 4, 4 };

    evaluate (s, RP_EVALUATION_PROPOSAL, proposal, "proposal", _("Ada Wong"), 12,
              _("Good for outages; the billing half needs changing."), effect, G_N_ELEMENTS (effect));
  }

  /* SwiftLink: on probation, with a target raised half a year ago */
  contract = add (s, RP_KIND_CONTRACT, o->logistics, RP_CONTRACT_TITLE, _("Warehousing and home delivery of equipment"),
                  RP_CONTRACT_SCOPE, _("Storage of routers and set-top boxes, next-day delivery to customers, returns."),
                  RP_CONTRACT_STARTS_ON, day (s, -500), RP_CONTRACT_ENDS_ON, day (s, 230), RP_CONTRACT_VALUE, "540000", RP_CONTRACT_CURRENCY, "HKD", RP_FIELD_NONE);
  add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "vendor", RP_DUTY_DESCRIPTION, _("Deliver equipment the working day after the order."), RP_FIELD_NONE);
  add (s, RP_KIND_DUTY, contract, RP_DUTY_PARTY, "company", RP_DUTY_DESCRIPTION, _("Send orders by 17:00 each working day."), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  c1 = add (s, RP_KIND_COMMITMENT, contract, RP_COMMITMENT_DESCRIPTION, _("Next-day delivery for 97% of orders"), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  checks (s, c1, "partly_met", "missed", "missed", _("80% on time last month"));
  k = kpi (s, o->logistics, _("On-time delivery"), "%", "measured", "higher", "3", "95");
  add (s, RP_KIND_KPI_TARGET, k, RP_KPI_TARGET_FROM_PERIOD, month (s, 6), RP_KPI_TARGET_TARGET, "97", RP_FIELD_NONE);
  figures (s, k, on_time);
  k = kpi (s, o->logistics, _("Delivery complaints per 1,000 orders"), _("complaints"), "measured", "lower", "2", "2");
  figures (s, k, complaints);
  k = kpi (s, o->logistics, _("Order accuracy"), "%", "measured", "higher", "1", "99.5");
  figures (s, k, accuracy);
  k = kpi (s, o->logistics, _("Damaged shipments"), "%", "measured", "lower", "1", "0.5");
  figures (s, k, damaged);
  add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_OUTSOURCER, rp_record_get_uuid (o->logistics), RP_REVIEW_HELD_ON, day (s, -120),
       RP_REVIEW_ATTENDEES, _("Ada Wong, Sam Cheung"),
       RP_REVIEW_FINDINGS, _("Peak-season volumes overwhelmed the warehouse team."),
       RP_REVIEW_DECISIONS, _("SwiftLink to add a second shift."),
       RP_REVIEW_NEXT_REVIEW_ON, day (s, -30), RP_FIELD_NONE);
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
  st->ada = add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Ada Wong"), RP_STAFF_ROLE, _("Customer experience manager"),
                 RP_STAFF_TECHNICAL, "3", RP_STAFF_BUSINESS, "5", RP_STAFF_SOFT_SKILLS, "5", RP_FIELD_NONE);
  st->raj = add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Raj Patel"), RP_STAFF_ROLE, _("Network engineer"),
                 RP_STAFF_TECHNICAL, "5", RP_STAFF_BUSINESS, "2", RP_STAFF_SOFT_SKILLS, "3", RP_FIELD_NONE);
  st->siu_fan = add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Siu Fan Lee"), RP_STAFF_ROLE, _("Sales lead"),
                     RP_STAFF_TECHNICAL, "2", RP_STAFF_BUSINESS, "4", RP_STAFF_SOFT_SKILLS, "5", RP_FIELD_NONE);
  st->tom = add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Tom Chan"), RP_STAFF_ROLE, _("Trainer"),
                 RP_STAFF_TECHNICAL, "3", RP_STAFF_BUSINESS, "3", RP_STAFF_SOFT_SKILLS, "5", RP_FIELD_NONE);
  st->grace = add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Grace Ho"), RP_STAFF_ROLE, _("Marketing officer"),
                   RP_STAFF_TECHNICAL, "2", RP_STAFF_BUSINESS, "4", RP_STAFF_SOFT_SKILLS, "4", RP_FIELD_NONE);
  st->ken = add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Ken Lau"), RP_STAFF_ROLE, _("Contact-centre agent"),
                 RP_STAFF_OUTSOURCER, rp_record_get_uuid (o->service),
                 RP_STAFF_TECHNICAL, "2", RP_STAFF_BUSINESS, "2", RP_STAFF_SOFT_SKILLS, "4", RP_FIELD_NONE);
  st->mandy = add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Mandy Yip"), RP_STAFF_ROLE, _("Contact-centre team lead"),
                   RP_STAFF_OUTSOURCER, rp_record_get_uuid (o->service),
                   RP_STAFF_TECHNICAL, "3", RP_STAFF_BUSINESS, "3", RP_STAFF_SOFT_SKILLS, "4", RP_FIELD_NONE);
  st->victor = add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Victor Ng"), RP_STAFF_ROLE, _("Network operations engineer"),
                    RP_STAFF_OUTSOURCER, rp_record_get_uuid (o->it),
                    RP_STAFF_TECHNICAL, "5", RP_STAFF_BUSINESS, "2", RP_STAFF_SOFT_SKILLS, "2", RP_FIELD_NONE);
  st->sam = add (s, RP_KIND_STAFF, NULL, RP_STAFF_NAME, _("Sam Cheung"), RP_STAFF_ROLE, _("Delivery supervisor"),
                 RP_STAFF_OUTSOURCER, rp_record_get_uuid (o->logistics),
                 RP_STAFF_TECHNICAL, "1", RP_STAFF_BUSINESS, "2", RP_STAFF_SOFT_SKILLS, "3", RP_FIELD_NONE);
}

static RpRecord *
find_activity (GPtrArray  *activities,
               const char *category,
               guint       nth)
{
  for (guint i = 0; i < activities->len; i++)
    if (g_strcmp0 (rp_record_get_string (activities->pdata[i], RP_ACTIVITY_CATEGORY), category) == 0 && nth-- == 0)
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
  rp_record_set_string (framework, RP_FRAMEWORK_DESCRIPTION,
                        _("How we win, welcome, serve and keep household broadband customers. "
                          "Used in induction training for our staff and our partners' agents."));
  if (!rp_store_save (s->store, framework, s->error))
    s->failed = TRUE;
  add (s, RP_KIND_FACTOR, framework, RP_FACTOR_FACTOR_KIND, "stakeholder_requirement",
       RP_FACTOR_DESCRIPTION, _("Partners' agents handle evening and weekend contacts"), RP_FIELD_NONE);

  activities = rp_framework_list_activities (s->store, framework);
  /* Who does what, with one gap and one skills shortfall for the trainer to see. */
  if ((a = find_activity (activities, "information", 0)))
    {
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->grace);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[0]);
    }
  if ((a = find_activity (activities, "marketing", 0)))
    {
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->siu_fan);
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->grace);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[5]);
    }
  if ((a = find_activity (activities, "advertising", 0)))
    add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->grace);
  if ((a = find_activity (activities, "information", 2)))
    {
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->siu_fan);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[0]);
    }
  if ((a = find_activity (activities, "support", 0)))
    {
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->raj);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[1]);
    }
  if ((a = find_activity (activities, "recovery", 0)))
    add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->raj);
  if ((a = find_activity (activities, "feedback", 0)))
    {
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->ada);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[2]);
    }
  if ((a = find_activity (activities, "support", 1)))
    {
      /* The fault hotline is staffed by Pearl Delta's agents, who fall short on technical knowledge. */
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->ken);
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->mandy);
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->victor);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[1]);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[3]);
    }
  if ((a = find_activity (activities, "recovery", 1)))
    {
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->ada);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[2]);
    }
  if ((a = find_activity (activities, "feedback", 1)))
    add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->ada);
  if ((a = find_activity (activities, "post_sale_marketing", 0)))
    {
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->siu_fan);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[4]);
    }
  if ((a = find_activity (activities, "training", 0)))
    {
      add_link (s, RP_KIND_ACTIVITY_STAFF, a, st->tom);
      add_link (s, RP_KIND_ACTIVITY_PRINCIPLE, a, ph->principles[3]);
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

  main = add (s, RP_KIND_STRATEGY, NULL, RP_STRATEGY_TITLE, _("Win back trust in our service"),
              RP_STRATEGY_DESCRIPTION, _("Carry out the adopted philosophy where customers feel it most: faults, bills and complaints."),
              RP_STRATEGY_STATUS, "active", RP_STRATEGY_ENDORSED_BY, _("Mei Ling Chan, Chief Executive"),
              RP_STRATEGY_ENDORSED_ON, day (s, -85), RP_STRATEGY_CADENCE, "quarterly", RP_FIELD_NONE);
  faster = add (s, RP_KIND_STRATEGY, NULL, RP_STRATEGY_PARENT, rp_record_get_uuid (main),
                RP_STRATEGY_TITLE, _("Faster fault resolution"),
                /* xgettext:no-c-format */
                RP_STRATEGY_DESCRIPTION, _("One working day from report to fix for 90% of faults."),
                RP_STRATEGY_STATUS, "active", RP_STRATEGY_ENDORSED_BY, _("Executive committee"), RP_STRATEGY_ENDORSED_ON, day (s, -80),
                RP_STRATEGY_CADENCE, "monthly", RP_FIELD_NONE);
  billing = add (s, RP_KIND_STRATEGY, NULL, RP_STRATEGY_PARENT, rp_record_get_uuid (main),
                 RP_STRATEGY_TITLE, _("Bills without surprises"),
                 RP_STRATEGY_DESCRIPTION, _("Key terms before signing, and a first bill that explains itself."),
                 RP_STRATEGY_STATUS, "endorsed", RP_STRATEGY_ENDORSED_BY, _("Executive committee"), RP_STRATEGY_ENDORSED_ON, day (s, -80),
                 RP_STRATEGY_CADENCE, "half_yearly", RP_FIELD_NONE);
  add_link (s, RP_KIND_STRATEGY_PRINCIPLE, main, ph->principles[2]);
  add_link (s, RP_KIND_STRATEGY_PRINCIPLE, faster, ph->principles[1]);
  add_link (s, RP_KIND_STRATEGY_PRINCIPLE, billing, ph->principles[0]);

  add (s, RP_KIND_PLAN_ITEM, main, RP_PLAN_ITEM_TITLE, _("Publish the customer promises on the website"), RP_PLAN_ITEM_OWNER, _("Grace Ho"),
       RP_PLAN_ITEM_START_ON, day (s, -80), RP_PLAN_ITEM_DUE_ON, day (s, -50), RP_PLAN_ITEM_STATUS, "done", RP_PLAN_ITEM_PROGRESS, "100", RP_FIELD_NONE);
  add (s, RP_KIND_PLAN_ITEM, main, RP_PLAN_ITEM_TITLE, _("Complaint learning review each month"), RP_PLAN_ITEM_OWNER, _("Ada Wong"),
       RP_PLAN_ITEM_START_ON, day (s, -60), RP_PLAN_ITEM_DUE_ON, day (s, 120), RP_PLAN_ITEM_STATUS, "in_progress", RP_PLAN_ITEM_PROGRESS, "40", RP_FIELD_NONE);
  add (s, RP_KIND_PLAN_ITEM, faster, RP_PLAN_ITEM_TITLE, _("Give partner agents fault-diagnosis scripts"), RP_PLAN_ITEM_OWNER, _("Raj Patel"),
       RP_PLAN_ITEM_START_ON, day (s, -70), RP_PLAN_ITEM_DUE_ON, day (s, -40), RP_PLAN_ITEM_STATUS, "done", RP_PLAN_ITEM_PROGRESS, "100", RP_FIELD_NONE);
  late = add (s, RP_KIND_PLAN_ITEM, faster, RP_PLAN_ITEM_TITLE, _("Second field-engineer shift at weekends"), RP_PLAN_ITEM_OWNER, _("Raj Patel"),
              RP_PLAN_ITEM_START_ON, day (s, -45), RP_PLAN_ITEM_DUE_ON, day (s, -9), RP_PLAN_ITEM_STATUS, "in_progress", RP_PLAN_ITEM_PROGRESS, "60", RP_FIELD_NONE);
  add (s, RP_KIND_PLAN_ITEM, faster, RP_PLAN_ITEM_TITLE, _("Self-healing network monitoring (ByteBridge)"), RP_PLAN_ITEM_OWNER, _("Victor Ng"),
              RP_PLAN_ITEM_START_ON, day (s, -30), RP_PLAN_ITEM_DUE_ON, day (s, 45), RP_PLAN_ITEM_STATUS, "in_progress", RP_PLAN_ITEM_PROGRESS, "35", RP_FIELD_NONE);
  add (s, RP_KIND_PLAN_ITEM, faster, RP_PLAN_ITEM_TITLE, _("Fault-time dashboard for management"), RP_PLAN_ITEM_OWNER, _("Ada Wong"),
       RP_PLAN_ITEM_START_ON, day (s, 5), RP_PLAN_ITEM_DUE_ON, day (s, 40), RP_PLAN_ITEM_STATUS, "planned", RP_FIELD_NONE);
  add (s, RP_KIND_PLAN_ITEM, billing, RP_PLAN_ITEM_TITLE, _("Key-terms summary signed at every sale"), RP_PLAN_ITEM_OWNER, _("Siu Fan Lee"),
       RP_PLAN_ITEM_START_ON, day (s, -40), RP_PLAN_ITEM_DUE_ON, day (s, 20), RP_PLAN_ITEM_STATUS, "in_progress", RP_PLAN_ITEM_PROGRESS, "70", RP_FIELD_NONE);
  add (s, RP_KIND_PLAN_ITEM, billing, RP_PLAN_ITEM_TITLE, _("Redesign the first bill"), RP_PLAN_ITEM_OWNER, _("Grace Ho"),
       RP_PLAN_ITEM_START_ON, day (s, -20), RP_PLAN_ITEM_DUE_ON, day (s, 60), RP_PLAN_ITEM_STATUS, "blocked", RP_PLAN_ITEM_PROGRESS, "20", RP_FIELD_NONE);

  add (s, RP_KIND_CHANGE_REQUEST, faster, RP_CHANGE_REQUEST_PLAN_ITEM, rp_record_get_uuid (late),
       RP_CHANGE_REQUEST_WHAT, _("Start the weekend shift with contractors until hiring is done."),
       RP_CHANGE_REQUEST_WHY, _("Hiring is six weeks behind; weekend faults wait until Monday."),
       RP_CHANGE_REQUEST_REQUESTED_BY, _("Mei Ling Chan"), RP_CHANGE_REQUEST_REQUESTED_ON, day (s, -5), RP_CHANGE_REQUEST_DECISION, "pending", RP_FIELD_NONE);
  add (s, RP_KIND_CHANGE_REQUEST, billing, RP_CHANGE_REQUEST_WHAT, _("Move the bill redesign after the billing-system upgrade."),
       RP_CHANGE_REQUEST_WHY, _("The current system cannot print the new layout."), RP_CHANGE_REQUEST_REQUESTED_BY, _("Grace Ho"),
       RP_CHANGE_REQUEST_REQUESTED_ON, day (s, -15), RP_CHANGE_REQUEST_DECISION, "approved", RP_CHANGE_REQUEST_DECIDED_BY, _("Executive committee"),
       RP_CHANGE_REQUEST_DECIDED_ON, day (s, -12), RP_CHANGE_REQUEST_DECISION_NOTES, _("Approved; keep the key-terms work on schedule."), RP_FIELD_NONE);

  add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_STRATEGY, rp_record_get_uuid (main), RP_REVIEW_HELD_ON, day (s, -100),
       RP_REVIEW_ATTENDEES, _("Mei Ling Chan, Ada Wong, Raj Patel, Grace Ho"),
       RP_REVIEW_FINDINGS, _("Complaints about bills fell by a third; fault times unchanged."),
       RP_REVIEW_DECISIONS, _("Split the work into the fault and billing sub-strategies."),
       RP_REVIEW_NEXT_REVIEW_ON, day (s, -10), RP_FIELD_NONE);
  add (s, RP_KIND_REVIEW, NULL, RP_REVIEW_STRATEGY, rp_record_get_uuid (faster), RP_REVIEW_HELD_ON, day (s, -20),
       RP_REVIEW_ATTENDEES, _("Raj Patel, Victor Ng, Mandy Yip"),
       RP_REVIEW_FINDINGS, _("74% of faults fixed within a day, up from 61%."),
       RP_REVIEW_DECISIONS, _("Ask ByteBridge to automate restarts of stuck ports."),
       RP_REVIEW_NEXT_REVIEW_ON, day (s, 10), RP_FIELD_NONE);

  add (s, RP_KIND_CHANNEL, NULL, RP_CHANNEL_STRATEGY, rp_record_get_uuid (main), RP_CHANNEL_AUDIENCE, "frontline_staff",
       RP_CHANNEL_MEDIUM, _("Ten-minute team huddle"), RP_CHANNEL_FREQUENCY, _("Weekly"), RP_CHANNEL_OWNER, _("Tom Chan"), RP_FIELD_NONE);
  add (s, RP_KIND_CHANNEL, NULL, RP_CHANNEL_STRATEGY, rp_record_get_uuid (main), RP_CHANNEL_AUDIENCE, "management",
       RP_CHANNEL_MEDIUM, _("Strategy dashboard and board paper"), RP_CHANNEL_FREQUENCY, _("Monthly"), RP_CHANNEL_OWNER, _("Ada Wong"), RP_FIELD_NONE);
  add (s, RP_KIND_CHANNEL, NULL, RP_CHANNEL_STRATEGY, rp_record_get_uuid (faster), RP_CHANNEL_AUDIENCE, "outsourcers",
       RP_CHANNEL_MEDIUM, _("Partner performance call"), RP_CHANNEL_FREQUENCY, _("Fortnightly"), RP_CHANNEL_OWNER, _("Raj Patel"), RP_FIELD_NONE);
  add (s, RP_KIND_CHANNEL, NULL, RP_CHANNEL_AUDIENCE, "supervisors", RP_CHANNEL_MEDIUM, _("Supervisors' briefing pack"),
       RP_CHANNEL_FREQUENCY, _("Monthly"), RP_CHANNEL_OWNER, _("Ada Wong"), RP_FIELD_NONE);

  add (s, RP_KIND_COMPETITOR_MOVE, NULL, RP_COMPETITOR_MOVE_COMPETITOR, "CityNet",
       RP_COMPETITOR_MOVE_MOVE_MADE, _("Launched a 2 Gbps home plan at the price of our 1 Gbps plan."),
       RP_COMPETITOR_MOVE_OBSERVED_ON, day (s, -14), RP_COMPETITOR_MOVE_IMPACT, "high", RP_COMPETITOR_MOVE_AFFECTS, _("Home fibre plans, renewals"),
       RP_COMPETITOR_MOVE_RESPONSE, _("Loyalty upgrade to 2 Gbps for customers renewing in the next six months."), RP_FIELD_NONE);
  add (s, RP_KIND_COMPETITOR_MOVE, NULL, RP_COMPETITOR_MOVE_COMPETITOR, "Kowloon Mobile",
       RP_COMPETITOR_MOVE_MOVE_MADE, _("Bundles home broadband with mobile plans."),
       RP_COMPETITOR_MOVE_OBSERVED_ON, day (s, -40), RP_COMPETITOR_MOVE_IMPACT, "medium", RP_COMPETITOR_MOVE_AFFECTS, _("Household customers with families"),
       RP_COMPETITOR_MOVE_RESPONSE, _("Explore a partnership with an MVNO; no price response."), RP_FIELD_NONE);

  /* ByteBridge's accepted proposal became a plan item's strategy and a framework activity. */
  {
    RpRecord *proposal = add (s, RP_KIND_PROPOSAL, o->it, RP_PROPOSAL_TITLE, _("Self-healing network monitoring"),
                              RP_PROPOSAL_SUMMARY, _("Automatic restart of stuck ports and customer notification when it happens."),
                              RP_PROPOSAL_SUBMITTED_ON, day (s, -75), RP_PROPOSAL_STATUS, "integrated", RP_FIELD_NONE);
    g_autoptr(GPtrArray) activities = framework ? rp_framework_list_activities (s->store, framework) : NULL;
    RpRecord *hotline = activities ? find_activity (activities, "support", 1) : NULL;

    add (s, RP_KIND_COMPATIBILITY, proposal, RP_COMPATIBILITY_PRINCIPLE, rp_record_get_uuid (ph->principles[1]), RP_COMPATIBILITY_VERDICT, "supports",
         RP_COMPATIBILITY_NOTE, _("Fewer faults reach customers at all."), RP_FIELD_NONE);
    add (s, RP_KIND_FINE_TUNING, proposal, RP_FINE_TUNING_CHANGE_ASKED, _("Tell customers by SMS when their port was restarted."),
         RP_FINE_TUNING_REQUESTED_ON, day (s, -60), RP_FINE_TUNING_STATUS, "done", RP_FIELD_NONE);
    add (s, RP_KIND_PROPOSAL_LINK, proposal, RP_PROPOSAL_LINK_STRATEGY, rp_record_get_uuid (faster), RP_FIELD_NONE);
    if (hotline != NULL)
      add (s, RP_KIND_PROPOSAL_LINK, proposal, RP_PROPOSAL_LINK_ACTIVITY, rp_record_get_uuid (hotline), RP_FIELD_NONE);
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

  if (rp_store_count (store, RP_KIND_PROFILE) > 0)
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
      _rp_store_set_writing_history (store, TRUE);
      sample_profile (&s, &profile);
      sample_philosophies (&s, &profile, &philosophies);
      sample_partners (&s, &partners);
      sample_staff (&s, &partners, &staff);
      framework = sample_framework (&s, &philosophies, &staff);
      sample_execution (&s, &philosophies, &partners, framework);
      _rp_store_set_writing_history (store, FALSE);
      if (!s.failed && !_rp_store_flush_history (store, error))
        s.failed = TRUE;
      if (s.failed)
        rp_store_rollback (store);
      else if (!rp_store_commit (store, error))
        s.failed = TRUE;
    }

  g_ptr_array_unref (s.records);
  g_string_chunk_free (s.strings);
  g_free (s.journal_last);
  return !s.failed;
}
