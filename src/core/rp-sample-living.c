/* rp-sample-living.c — the sample's company indicators with a year of figures, what
 * they measure, and the staff's acknowledgements (one of them of an earlier wording) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-framework.h"
#include "rp-living.h"
#include "rp-util.h"
#include "rp-sample-private.h"

static RpRecord *
indicator (Sample       *s,
           RpRecord     *company,
           const char   *name,
           const char   *unit,
           const char   *direction,
           const char   *weight,
           const char   *target,
           const double *values)
{
  RpRecord *k = _rp_sample_add (s, RP_KIND_KPI, company, RP_KPI_NAME, name, RP_KPI_UNIT, unit,
                                RP_KPI_DIRECTION, direction, RP_KPI_WEIGHT, weight, RP_FIELD_NONE);

  _rp_sample_add (s, RP_KIND_KPI_TARGET, k, RP_KPI_TARGET_FROM_PERIOD, _rp_sample_month (s, 24),
                  RP_KPI_TARGET_TARGET, target, RP_FIELD_NONE);
  _rp_sample_figures (s, k, values);
  return k;
}

static void
acknowledge (Sample     *s,
             RpRecord   *subject,
             RpFieldId   field,
             RpRecord   *person,
             int         days,
             const char *comment)
{
  g_autofree char *version = rp_ack_version (s->store, subject);

  _rp_sample_add (s, RP_KIND_ACKNOWLEDGEMENT, NULL, field, rp_record_get_uuid (subject),
                  RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_BY, rp_record_get_string (person, RP_STAFF_NAME),
                  RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_ON, _rp_sample_day (s, days),
                  RP_ACKNOWLEDGEMENT_COMMENT, comment, RP_ACKNOWLEDGEMENT_VERSION, version, RP_FIELD_NONE);
}

static RpRecord *
partner_kpi (Sample     *s,
             RpRecord   *outsourcer,
             const char *name)
{
  RpRecord *kpi = rp_store_find (s->store, RP_KIND_KPI, RP_KPI_OUTSOURCER, rp_record_get_uuid (outsourcer), RP_KPI_NAME, name);

  if (kpi != NULL)
    g_ptr_array_add (s->records, kpi);
  return kpi;
}

static void
measures (Sample   *s,
          RpKindId  kind,
          RpRecord *kpi,
          RpRecord *what)
{
  if (kpi != NULL && what != NULL)
    _rp_sample_add_link (s, kind, kpi, what);
}

void
_rp_sample_living (Sample       *s,
                   Philosophies *ph,
                   Partners     *o,
                   Staff        *st,
                   RpRecord     *framework)
{
  static const double satisfaction[] = { 79, 80, 80, 81, 82, 82, 83, 84, 84, 85, 86, 86 };
  static const double complaints[] = { 4.6, 4.5, 4.4, 4.4, 4.2, 4.1, 4.0, 3.9, 3.9, 3.8, 3.7, 3.6 };
  static const double retention[] = { 88.2, 88.5, 88.9, 89.0, 89.4, 89.9, 90.1, 90.4, 90.6, 90.9, 91.2, 91.5 };
  static const double referrals[] = { 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17 };
  static const double revenue[] = { 301, 303, 306, 308, 310, 312, 315, 317, 319, 321, 324, 326 };
  g_autoptr(GPtrArray) activities = NULL;
  g_autofree char *wording = NULL;
  RpRecord *company, *csat, *complaint, *retain, *refer, *spend;

  if (s->failed)
    return;
  company = rp_store_get_profile (s->store);
  g_ptr_array_add (s->records, company);

  /* The company's own indicators, a year of figures each */
  csat = indicator (s, company, _("Customer satisfaction"), "%", "higher", "3", "85", satisfaction);
  complaint = indicator (s, company, _("Complaints per 1,000 customers"), _("complaints"), "lower", "2", "3", complaints);
  retain = indicator (s, company, _("Customer retention (12 months)"), "%", "higher", "3", "90", retention);
  refer = indicator (s, company, _("New customers who came by referral"), "%", "higher", "2", "20", referrals);
  spend = indicator (s, company, _("Monthly revenue per customer"), "HKD", "higher", "1", "320", revenue);

  /* What each figure tells: the first principle (the full price before signing) is
   * left without one, for the Living the philosophy view to flag. */
  measures (s, RP_KIND_KPI_PRINCIPLE, csat, ph->principles[1]);
  measures (s, RP_KIND_KPI_PRINCIPLE, partner_kpi (s, o->service, _("First-contact resolution")), ph->principles[1]);
  measures (s, RP_KIND_KPI_PRINCIPLE, complaint, ph->principles[2]);
  measures (s, RP_KIND_KPI_PRINCIPLE, partner_kpi (s, o->service, _("Customer satisfaction (CSAT)")), ph->principles[3]);
  measures (s, RP_KIND_KPI_PRINCIPLE, partner_kpi (s, o->logistics, _("On-time delivery")), ph->principles[3]);
  measures (s, RP_KIND_KPI_PRINCIPLE, retain, ph->principles[4]);
  measures (s, RP_KIND_KPI_PRINCIPLE, spend, ph->principles[4]);
  measures (s, RP_KIND_KPI_PRINCIPLE, refer, ph->principles[5]);

  if (framework != NULL)
    {
      activities = rp_framework_list_activities (s->store, framework);
      measures (s, RP_KIND_KPI_ACTIVITY, csat, _rp_sample_find_activity (activities, "support", 0));
      measures (s, RP_KIND_KPI_ACTIVITY, partner_kpi (s, o->service, _("First-contact resolution")),
                _rp_sample_find_activity (activities, "support", 1));
      measures (s, RP_KIND_KPI_ACTIVITY, complaint, _rp_sample_find_activity (activities, "feedback", 0));
      measures (s, RP_KIND_KPI_ACTIVITY, refer, _rp_sample_find_activity (activities, "marketing", 0));
      measures (s, RP_KIND_KPI_ACTIVITY, retain, _rp_sample_find_activity (activities, "post_sale_marketing", 0));
    }

  /* Ken acknowledged the staff edition before its last line was reworded. */
  acknowledge (s, ph->adopted, RP_ACKNOWLEDGEMENT_PHILOSOPHY, st->ken, -40, NULL);
  wording = g_strconcat (rp_record_get_string (ph->adopted, RP_PHILOSOPHY_STAFF_EDITION), "\n",
                         _("Ask a customer who is happy with us to tell a friend."), NULL);
  rp_record_set_string (ph->adopted, RP_PHILOSOPHY_STAFF_EDITION, wording);
  _rp_sample_journal_moment (s, ph->adopted);
  if (!s->failed && !rp_store_save (s->store, ph->adopted, s->error))
    s->failed = TRUE;
  acknowledge (s, ph->adopted, RP_ACKNOWLEDGEMENT_PHILOSOPHY, st->ada, -30, NULL);
  acknowledge (s, ph->adopted, RP_ACKNOWLEDGEMENT_PHILOSOPHY, st->raj, -28, _("Agreed; the one-day fault target needs a spare engineer at weekends."));
  acknowledge (s, ph->adopted, RP_ACKNOWLEDGEMENT_PHILOSOPHY, st->grace, -27, NULL);
  acknowledge (s, ph->adopted, RP_ACKNOWLEDGEMENT_PHILOSOPHY, st->tom, -25, NULL);
  acknowledge (s, ph->adopted, RP_ACKNOWLEDGEMENT_PHILOSOPHY, st->mandy, -21, _("Briefed the evening team the same week."));
  if (framework != NULL)
    {
      acknowledge (s, framework, RP_ACKNOWLEDGEMENT_FRAMEWORK, st->tom, -20, NULL);
      acknowledge (s, framework, RP_ACKNOWLEDGEMENT_FRAMEWORK, st->siu_fan, -18, NULL);
    }
}
