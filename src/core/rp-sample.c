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
#include "rp-sample-private.h"

/* A date @days from today, kept for the life of the sample. */
const char *
_rp_sample_day (Sample *s,
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
const char *
_rp_sample_month (Sample *s,
                  int     back)
{
  g_autofree char *current = rp_period_of_date (&s->today);
  g_autofree char *text = rp_period_add (current, -back);

  return g_string_chunk_insert_const (s->strings, text);
}

void
_rp_sample_set_field (RpRecord   *record,
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
void
_rp_sample_journal_moment (Sample   *s,
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
      const char *start = _rp_sample_day (s, -365);

      moment = g_strdup_printf ("%sT01:00:00.000Z", start);
    }
  g_free (s->journal_last);
  s->journal_last = g_strdup (moment);
  _rp_store_set_history_moment (s->store, moment, who ? who : _("Ada Wong"));
}

/* _rp_sample_add (s, kind, owner, field, value, …, RP_FIELD_NONE): values are text, parsed by field type. */
RpRecord *
_rp_sample_add (Sample     *s,
                RpKindId    kind,
                RpRecord   *owner,
                ...)
{
  RpRecord *record = rp_record_new_for (kind, owner);
  RpFieldId name;
  va_list args;

  va_start (args, owner);
  while ((name = (RpFieldId) va_arg (args, int)) != RP_FIELD_NONE)
    _rp_sample_set_field (record, name, va_arg (args, const char *));
  va_end (args);

  _rp_sample_journal_moment (s, record);
  g_ptr_array_add (s->records, record);
  if (!s->failed && !rp_store_save (s->store, record, s->error))
    s->failed = TRUE;
  return record;
}

void
_rp_sample_add_link (Sample   *s,
                     RpKindId  kind,
                     RpRecord *a,
                     RpRecord *b)
{
  const RpKind *k = rp_kind_get (kind);

  _rp_sample_add (s, kind, NULL,
       rp_field_id_at (k, 0), rp_record_get_uuid (a),
       rp_field_id_at (k, 1), rp_record_get_uuid (b), RP_FIELD_NONE);
}

RpRecord *
_rp_sample_criterion (Sample     *s,
                      const char *scope,
                      guint       index)
{
  g_autoptr(GListModel) list = rp_criteria_for_scope (s->store, scope);
  RpRecord *c = g_list_model_get_item (list, index);

  g_ptr_array_add (s->records, c);
  return c;
}

void
_rp_sample_evaluate (Sample     *s,
                     RpFieldId   subject_field,
                     RpRecord   *subject,
                     const char *scope,
                     const char *evaluator,
                     int         days_ago,
                     const char *notes,
                     const int  *scores,
                     guint       n_scores)
{
  RpRecord *evaluation = _rp_sample_add (s, RP_KIND_EVALUATION, NULL,
                              subject_field, rp_record_get_uuid (subject),
                              RP_EVALUATION_EVALUATOR, evaluator,
                              RP_EVALUATION_EVALUATED_ON, _rp_sample_day (s, -days_ago),
                              RP_EVALUATION_NOTES, notes, RP_FIELD_NONE);

  for (guint i = 0; i < n_scores && !s->failed; i++)
    if (!rp_evaluation_set_score (s->store, evaluation, _rp_sample_criterion (s, scope, i), scores[i], s->error))
      s->failed = TRUE;
}

void
_rp_sample_figures (Sample     *s,
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
        _rp_sample_add (s, RP_KIND_FIGURE, kpi, RP_FIGURE_PERIOD, _rp_sample_month (s, back), RP_FIGURE_NOT_APPLICABLE, "true", RP_FIELD_NONE);
      else
        _rp_sample_add (s, RP_KIND_FIGURE, kpi, RP_FIGURE_PERIOD, _rp_sample_month (s, back),
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
  _rp_sample_add (s, RP_KIND_PROFILE, NULL,
       RP_PROFILE_COMPANY_NAME, _("Harbourline Fibre"),
       RP_PROFILE_INDUSTRY, _("Broadband and managed IT services"),
       RP_PROFILE_MISSION, _("Reliable, fairly priced connectivity for homes and small businesses, "
                    "with service people can actually reach."), RP_FIELD_NONE);

  /* xgettext:no-c-format */
  p->growth = _rp_sample_add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Grow the subscriber base by 15% a year"),
                   RP_OBJECTIVE_DESCRIPTION, _("New coverage areas and referrals."), RP_FIELD_NONE);
  p->churn = _rp_sample_add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Keep yearly churn below 8%"),
                  RP_OBJECTIVE_DESCRIPTION, _("Customers who stay are the business."), RP_FIELD_NONE);
  /* xgettext:no-c-format */
  p->faults = _rp_sample_add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Resolve 90% of faults within one working day"), RP_FIELD_NONE);
  p->trust = _rp_sample_add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Be the most trusted provider in customer surveys"), RP_FIELD_NONE);
  p->margin = _rp_sample_add (s, RP_KIND_OBJECTIVE, NULL, RP_OBJECTIVE_TITLE, _("Keep the operating margin above 18%"), RP_FIELD_NONE);

  p->households = _rp_sample_add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Household customers"), RP_FIELD_NONE);
  p->business = _rp_sample_add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Small-business customers"), RP_FIELD_NONE);
  p->employees = _rp_sample_add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Employees"), RP_FIELD_NONE);
  p->partners = _rp_sample_add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Outsourcing partners"), RP_FIELD_NONE);
  p->shareholders = _rp_sample_add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("Shareholders"), RP_FIELD_NONE);
  p->public = _rp_sample_add (s, RP_KIND_STAKEHOLDER_GROUP, NULL, RP_STAKEHOLDER_GROUP_NAME, _("General public and regulators"), RP_FIELD_NONE);
}

/* Philosophy */


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
  RpRecord *p = _rp_sample_add (s, RP_KIND_PRINCIPLE, philosophy, RP_PRINCIPLE_STATEMENT, statement, RP_PRINCIPLE_RATIONALE, rationale,
                     RP_PRINCIPLE_CUSTOMER_BENEFIT, customer, RP_PRINCIPLE_COMPANY_BENEFIT, company, RP_FIELD_NONE);

  if (objective1)
    _rp_sample_add_link (s, RP_KIND_PRINCIPLE_OBJECTIVE, p, objective1);
  if (objective2)
    _rp_sample_add_link (s, RP_KIND_PRINCIPLE_OBJECTIVE, p, objective2);
  if (group1)
    _rp_sample_add_link (s, RP_KIND_PRINCIPLE_STAKEHOLDER, p, group1);
  if (group2)
    _rp_sample_add_link (s, RP_KIND_PRINCIPLE_STAKEHOLDER, p, group2);
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

  ph->adopted = _rp_sample_add (s, RP_KIND_PHILOSOPHY, NULL,
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

  ph->alternative = _rp_sample_add (s, RP_KIND_PHILOSOPHY, NULL,
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

  _rp_sample_evaluate (s, RP_EVALUATION_PHILOSOPHY, ph->adopted, "philosophy", _("Board of directors"), 95,
            _("Clear commitments customers can hold us to."), board_a, G_N_ELEMENTS (board_a));
  _rp_sample_evaluate (s, RP_EVALUATION_PHILOSOPHY, ph->adopted, "philosophy", _("Staff council"), 93,
            _("Staff liked the plain language; feasibility of the one-day fault target questioned."),
            staff_a, G_N_ELEMENTS (staff_a));
  _rp_sample_evaluate (s, RP_EVALUATION_PHILOSOPHY, ph->alternative, "philosophy", _("Board of directors"), 95,
            _("Cheaper to run, but weak on what customers told us matters."), board_b, G_N_ELEMENTS (board_b));

  /* The adoption history: both proposed, the first adopted. */
  if (!s->failed && !rp_philosophy_propose (s->store, ph->alternative, _("Ada Wong"), _rp_sample_day (s, -110),
                                            _("Cost-led alternative for comparison."), s->error))
    s->failed = TRUE;
  if (!s->failed && !rp_philosophy_propose (s->store, ph->adopted, _("Ada Wong"), _rp_sample_day (s, -105),
                                            _("Drafted with the customer-experience team."), s->error))
    s->failed = TRUE;
  if (!s->failed && !rp_philosophy_adopt (s->store, ph->adopted, _("Mei Ling Chan, Chief Executive"),
                                          _rp_sample_day (s, -90),
                                          _("Adopted by the board: it answers what customers told us in the 2025 survey."),
                                          s->error))
    s->failed = TRUE;

  _rp_sample_add (s, RP_KIND_PROMOTION, ph->adopted, RP_PROMOTION_TITLE, _("Launch briefing for all staff"),
       RP_PROMOTION_AUDIENCE, _("All staff"), RP_PROMOTION_CHANNEL, _("Town hall"), RP_PROMOTION_OWNER, _("Ada Wong"),
       RP_PROMOTION_DUE_ON, _rp_sample_day (s, -80), RP_PROMOTION_STATUS, "done", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_PROMOTION, ph->adopted, RP_PROMOTION_TITLE, _("Briefing for Pearl Delta Contact's agents"),
       RP_PROMOTION_AUDIENCE, _("Outsourced customer service"), RP_PROMOTION_CHANNEL, _("On-site workshop"),
       RP_PROMOTION_OWNER, _("Tom Chan"), RP_PROMOTION_DUE_ON, _rp_sample_day (s, -6), RP_PROMOTION_STATUS, "planned", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_PROMOTION, ph->adopted, RP_PROMOTION_TITLE, _("Poster set for the service centres"),
       RP_PROMOTION_AUDIENCE, _("Customers and staff"), RP_PROMOTION_CHANNEL, _("Print"), RP_PROMOTION_OWNER, _("Grace Ho"),
       RP_PROMOTION_DUE_ON, _rp_sample_day (s, 10), RP_PROMOTION_STATUS, "in_progress", RP_FIELD_NONE);
  _rp_sample_add (s, RP_KIND_PROMOTION, ph->adopted, RP_PROMOTION_TITLE, _("Customer newsletter feature: our promises"),
       RP_PROMOTION_AUDIENCE, _("Customers and the public"), RP_PROMOTION_CHANNEL, _("Newsletter, website"),
       RP_PROMOTION_OWNER, _("Grace Ho"), RP_PROMOTION_DUE_ON, _rp_sample_day (s, 30), RP_PROMOTION_STATUS, "planned", RP_FIELD_NONE);
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
      _rp_sample_partners (&s, &partners);
      _rp_sample_staff (&s, &partners, &staff);
      framework = _rp_sample_framework (&s, &philosophies, &staff);
      _rp_sample_execution (&s, &philosophies, &partners, framework);
      _rp_sample_living (&s, &philosophies, &partners, &staff, framework);
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
