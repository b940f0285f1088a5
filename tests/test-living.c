/* test-living.c — the company's own indicators, what KPIs measure, tracing and its flags,
 * and acknowledgements travelling from a staff workspace to the manager's */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rp-board.h"
#include "rp-bundle.h"
#include "rp-document.h"
#include "rp-living.h"
#include "rp-outsourcing.h"
#include "rp-philosophy.h"
#include "rp-sample.h"
#include "rp-scorecard.h"
#include "rp-test-utils.h"
#include "rp-util.h"

static RpStore *
open_store (RpTestDir  *dir,
            const char *name,
            gboolean    sample)
{
  g_autofree char *path = rp_test_dir_path (dir, name);
  g_autoptr(GError) error = NULL;
  RpStore *store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, &error);

  g_assert_no_error (error);
  if (sample)
    g_assert_true (rp_sample_fill (store, NULL));
  return store;
}

static RpTracePrinciple *
principle_starting (RpTrace    *trace,
                    const char *start)
{
  for (guint i = 0; i < trace->principles->len; i++)
    {
      RpTracePrinciple *p = trace->principles->pdata[i];

      if (g_str_has_prefix (p->statement, start))
        return p;
    }
  g_assert_not_reached ();
}

static RpTraceKpi *
kpi_named (RpTracePrinciple *p,
           const char       *name)
{
  for (guint i = 0; i < p->kpis->len; i++)
    if (g_str_equal (((RpTraceKpi *) p->kpis->pdata[i])->name, name))
      return p->kpis->pdata[i];
  g_assert_not_reached ();
}

/* The company's indicators are scored like an outsourcer's and stay out of the ranking. */
static void
test_company_indicators (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "s.rapport-db", TRUE);
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  g_autoptr(GListModel) own = rp_store_list (store, RP_KIND_KPI, RP_KPI_PROFILE, rp_record_get_uuid (profile));
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(GPtrArray) company = NULL;
  GDate today;
  RpScorecard *card;
  double expected = 0, weights = 0;

  g_assert_cmpuint (g_list_model_get_n_items (own), ==, 5);
  g_assert_cmpint (rp_kpi_owner_field (store, rp_record_get_uuid (profile)), ==, RP_KPI_PROFILE);

  rp_date_set_today (&today);
  {
    g_autofree char *now = rp_period_of_date (&today);
    period = rp_period_add (now, -1);
  }
  ranked = rp_scorecard_compute (store, period, NULL, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ranked->len; i++)
    g_assert_cmpstr (((RpScorecard *) ranked->pdata[i])->uuid, !=, rp_record_get_uuid (profile));

  company = rp_scorecard_compute (store, period, rp_record_get_uuid (profile), TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (company->len, ==, 1);
  card = company->pdata[0];
  g_assert_cmpstr (card->name, ==, "Harbourline Fibre");
  g_assert_cmpuint (card->n_kpis, ==, 5);
  g_assert_cmpuint (card->n_measured, ==, 5);
  /* Last month: satisfaction 86/85, complaints 3/3.6 (lower is better), retention
   * 91.5/90, referrals 17/20, revenue 326/320, weights 3, 2, 3, 2, 1, credit capped at 1. */
  expected = 3 * 1 + 2 * (3 / 3.6) + 3 * 1 + 2 * (17.0 / 20) + 1 * 1;
  weights = 11;
  g_assert_cmpfloat_with_epsilon (card->score, 100 * expected / weights, 0.01);

  /* CSV for the company names its own KPIs; an outsourcer's is not one of them. */
  {
    g_autofree char *csv = g_strdup_printf ("period,kpi,value\n%s,Customer satisfaction,88\n%s,On-time delivery,90\n", period, period);
    RpFigureImport *import = rp_figures_csv_parse (store, csv, strlen (csv), rp_record_get_uuid (profile), RP_DECIMAL_AUTO);

    g_assert_cmpuint (import->rows->len, ==, 1);
    g_assert_cmpuint (import->errors->len, ==, 1);
    g_assert_nonnull (strstr (import->errors->pdata[0], "the company has no KPI called “On-time delivery”"));
    rp_figure_import_free (import);
  }

  /* A KPI belongs to one owner, never two or none. */
  {
    g_autoptr(RpRecord) outsourcer = rp_store_find (store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "SwiftLink Logistics", RP_FIELD_NONE, NULL);
    g_autoptr(RpRecord) both = rp_record_new_for (RP_KIND_KPI, profile);
    g_autoptr(RpRecord) none = rp_record_new (rp_kind_get (RP_KIND_KPI));

    rp_record_set_string (both, RP_KPI_NAME, "Net promoter score");
    rp_record_set_string (both, RP_KPI_OUTSOURCER, rp_record_get_uuid (outsourcer));
    g_assert_false (rp_store_save (store, both, &error));
    g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "KPI: it belongs to one, and only one, of: Outsourcer / The company."));
    g_clear_error (&error);
    rp_record_set_string (none, RP_KPI_NAME, "Net promoter score");
    g_assert_false (rp_store_save (store, none, &error));
    g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  }
}

/* The sample: which figures tell whether each principle of the adopted philosophy is lived. */
static void
test_trace_sample (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "s.rapport-db", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpTrace) trace = rp_trace_compute (store, NULL, NULL, &error);
  g_autoptr(GPtrArray) findings = NULL;
  RpTracePrinciple *price, *faults, *complaints, *loyalty;
  RpTraceKpi *kpi;

  g_assert_no_error (error);
  g_assert_nonnull (trace);
  g_assert_cmpstr (trace->philosophy_title, ==, "Customers first, for the long run");
  g_assert_cmpuint (trace->principles->len, ==, 6);

  /* The full price before signing: served by two activities, measured by nothing. */
  price = principle_starting (trace, "Tell customers the full price");
  g_assert_false (price->measured);
  g_assert_cmpuint (price->kpis->len, ==, 0);
  g_assert_cmpuint (price->activities->len, ==, 2);
  g_assert_cmpuint (trace->n_unmeasured, ==, 1);

  /* Faults: the company's satisfaction (86 against 85) and Pearl Delta's first-contact
   * resolution (57 against 75), the first below target. */
  faults = principle_starting (trace, "A customer with a fault");
  g_assert_true (faults->measured);
  g_assert_cmpuint (faults->kpis->len, ==, 2);
  kpi = kpi_named (faults, "Customer satisfaction");
  g_assert_nonnull (kpi);
  g_assert_true (kpi->company);
  g_assert_cmpstr (kpi->owner, ==, "Harbourline Fibre");
  g_assert_cmpfloat (kpi->latest_value, ==, 86);
  g_assert_cmpfloat (kpi->attainment, ==, 1);
  g_assert_cmpfloat (kpi->trend[RP_SCORE_PERIODS - 1], ==, 86);
  g_assert_cmpfloat (kpi->trend[0], ==, 79);
  kpi = kpi_named (faults, "First-contact resolution");
  g_assert_nonnull (kpi);
  g_assert_false (kpi->company);
  g_assert_cmpstr (kpi->owner, ==, "Pearl Delta Contact");
  g_assert_cmpfloat_with_epsilon (kpi->attainment, 57.0 / 75, 1e-9);
  g_assert_true (faults->below_target);
  g_assert_cmpuint (faults->strategies->len, >, 0);

  /* Complaints: 3.6 a thousand against 3, lower is better. */
  complaints = principle_starting (trace, "Every complaint");
  kpi = kpi_named (complaints, "Complaints per 1,000 customers");
  g_assert_nonnull (kpi);
  g_assert_cmpfloat_with_epsilon (kpi->attainment, 3 / 3.6, 1e-9);
  g_assert_true (complaints->below_target);

  /* Loyalty: retention and revenue per customer both above target. */
  loyalty = principle_starting (trace, "We reward loyalty");
  g_assert_cmpuint (loyalty->kpis->len, ==, 2);
  g_assert_false (loyalty->below_target);

  /* Outsourcers' proposals judged against the principles: support and conflict apart,
   * neutral verdicts left out. */
  g_assert_cmpuint (faults->supporting->len, ==, 2);
  g_assert_cmpuint (faults->conflicting->len, ==, 0);
  g_assert_cmpuint (complaints->conflicting->len, ==, 1);
  g_assert_cmpstr (((RpTraceItem *) complaints->conflicting->pdata[0])->detail, ==, "Pearl Delta Contact");
  g_assert_cmpuint (principle_starting (trace, "Our partners treat")->supporting->len, ==, 0);

  /* One principle filtered; an unknown one is an error that names it. */
  {
    g_autoptr(RpTrace) one = rp_trace_compute (store, NULL, complaints->uuid, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (one->principles->len, ==, 1);
    g_assert_null (rp_trace_compute (store, NULL, "0b0e0c1a-0000-4000-8000-00000000ffff", &error));
    g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "0b0e0c1a-0000-4000-8000-00000000ffff"));
  }

  /* The Overview's flags say the same. */
  findings = rp_trace_findings (store);
  g_assert_cmpuint (rp_findings_count (findings, "principle-unmeasured"), ==, 1);
  g_assert_cmpuint (rp_findings_count (findings, "principle-below-target"), ==, trace->n_below_target);
  g_assert_cmpuint (rp_findings_count (findings, "activity-unmeasured"), ==, trace->unmeasured_activities->len);
  g_assert_cmpuint (trace->unmeasured_activities->len, >, 0);
}

/* Linking and unlinking change the trace: measuring the price principle clears its flag,
 * a month on target clears the complaints principle's, and measuring an activity takes
 * it off the unmeasured list. */
static void
test_trace_follows_links (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "s.rapport-db", TRUE);
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  g_autoptr(RpRecord) complaints_kpi = rp_store_find (store, RP_KIND_KPI, RP_KPI_NAME, "Complaints per 1,000 customers", RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) retention = rp_store_find (store, RP_KIND_KPI, RP_KPI_NAME, "Customer retention (12 months)", RP_FIELD_NONE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpTrace) before = rp_trace_compute (store, NULL, NULL, NULL);
  g_autoptr(RpTrace) after = NULL;
  RpTracePrinciple *price = principle_starting (before, "Tell customers the full price");
  RpTracePrinciple *complaints = principle_starting (before, "Every complaint");
  RpTraceItem *activity = before->unmeasured_activities->pdata[0];
  g_autofree char *activity_uuid = g_strdup (activity->uuid);
  g_autofree char *price_uuid = g_strdup (price->uuid);
  g_autofree char *complaints_uuid = g_strdup (complaints->uuid);
  GDate today;
  g_autofree char *now = NULL;

  g_assert_true (complaints->below_target);
  g_assert_true (rp_link_toggle (store, RP_KPI_PRINCIPLE_KPI, rp_record_get_uuid (retention),
                                 RP_KPI_PRINCIPLE_PRINCIPLE, price_uuid, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rp_link_toggle (store, RP_KPI_ACTIVITY_KPI, rp_record_get_uuid (retention),
                                 RP_KPI_ACTIVITY_ACTIVITY, activity_uuid, TRUE, &error));
  g_assert_no_error (error);
  rp_date_set_today (&today);
  now = rp_period_of_date (&today);
  g_assert_true (rp_figure_set (store, complaints_kpi, now, 2.8, FALSE, &error));
  g_assert_no_error (error);

  after = rp_trace_compute (store, NULL, NULL, NULL);
  price = principle_starting (after, "Tell customers the full price");
  complaints = principle_starting (after, "Every complaint");
  g_assert_true (price->measured);
  g_assert_cmpuint (after->n_unmeasured, ==, 0);
  g_assert_false (complaints->below_target);
  g_assert_cmpstr (kpi_named (complaints, "Complaints per 1,000 customers")->latest_period, ==, now);
  for (guint i = 0; i < after->unmeasured_activities->len; i++)
    g_assert_cmpstr (((RpTraceItem *) after->unmeasured_activities->pdata[i])->uuid, !=, activity_uuid);
  g_assert_cmpuint (after->unmeasured_activities->len, ==, before->unmeasured_activities->len - 1);

  /* Deleting a KPI takes its links with it. */
  g_assert_true (rp_store_delete (store, retention, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_KPI_PRINCIPLE, RP_KPI_PRINCIPLE_PRINCIPLE, price_uuid), ==, 0);
  (void) complaints_uuid;
  (void) profile;
}

static char *
export_to (RpStore      *store,
           RpTestDir    *dir,
           const char   *name,
           RpExportWhat  what,
           const char   *uuid)
{
  RpExportOptions options = { .what = what, .uuid = g_strdup (uuid) };
  char *path = rp_test_dir_path (dir, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (rp_bundle_export_file (store, &options, file, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  rp_export_options_clear (&options);
  return path;
}

static void
import_from (RpStore    *store,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpBundle) bundle = rp_bundle_load_file (file, NULL, &error);
  g_autoptr(RpBundlePreview) preview = NULL;
  g_autofree char *summary = NULL;

  g_assert_no_error (error);
  preview = rp_bundle_preview (bundle, store, &error);
  g_assert_no_error (error);
  rp_bundle_preview_resolve_all (preview, RP_RESOLVE_NEWER);
  g_assert_true (rp_bundle_apply (preview, store, &summary, &error));
  g_assert_no_error (error);
}

static RpAckLine *
ack_by (RpAckStatus *status,
        const char  *by)
{
  for (guint i = 0; i < status->acks->len; i++)
    if (g_str_equal (((RpAckLine *) status->acks->pdata[i])->by, by))
      return status->acks->pdata[i];
  g_assert_not_reached ();
}

static RpAckPending *
pending_find (RpAckStatus *status,
              const char  *name)
{
  for (guint i = 0; i < status->pending->len; i++)
    if (g_str_equal (((RpAckPending *) status->pending->pdata[i])->name, name))
      return status->pending->pdata[i];
  return NULL;
}

static RpAckPending *
pending_named (RpAckStatus *status,
               const char  *name)
{
  RpAckPending *pending = pending_find (status, name);

  if (pending == NULL)
    g_assert_not_reached ();
  return pending;
}

/* The manager sends the adopted philosophy; Siu Fan acknowledges it in her own workspace
 * and sends her acknowledgements back; the manager sees hers as current until a
 * principle changes, then as outdated. */
static void
test_acknowledgement_round_trip (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) manager = open_store (dir, "manager.rapport-db", TRUE);
  g_autoptr(RpStore) staff = open_store (dir, "siu-fan.rapport-db", FALSE);
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (manager);
  g_autoptr(RpRecord) received = NULL;
  g_autoptr(RpRecord) ack = NULL;
  g_autoptr(RpAckStatus) before = NULL;
  g_autoptr(RpAckStatus) after = NULL;
  g_autoptr(RpAckStatus) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *back = NULL;
  g_autofree char *manager_version = NULL;
  g_autofree char *staff_version = NULL;
  RpAckPending *pending;
  RpAckLine *line;

  /* In the sample, five of nine staff acknowledged this version; Ken an earlier one. */
  before = rp_ack_status_compute (manager, adopted);
  g_assert_cmpuint (before->n_staff, ==, 9);
  g_assert_cmpuint (before->n_current, ==, 5);
  g_assert_cmpuint (before->pending->len, ==, 4);
  g_assert_true (ack_by (before, "Ken Lau")->outdated);
  g_assert_false (ack_by (before, "Ada Wong")->outdated);
  pending = pending_named (before, "Ken Lau");
  g_assert_true (pending->outdated);
  g_assert_cmpstr (pending->outsourcer, ==, "Pearl Delta Contact");
  pending = pending_named (before, "Siu Fan Lee");
  g_assert_false (pending->outdated);
  g_assert_null (pending->outsourcer);
  g_assert_cmpstr (pending_named (before, "Victor Ng")->outsourcer, ==, "ByteBridge IT Services");

  /* The staff member's copy has the same version as the manager's. */
  sent = export_to (manager, dir, "philosophy.rapport", RP_EXPORT_PHILOSOPHY, rp_record_get_uuid (adopted));
  import_from (staff, sent);
  received = rp_store_get (staff, RP_KIND_PHILOSOPHY, rp_record_get_uuid (adopted));
  g_assert_nonnull (received);
  manager_version = rp_ack_version (manager, adopted);
  staff_version = rp_ack_version (staff, received);
  g_assert_cmpstr (manager_version, ==, staff_version);

  /* Refused: no name, or something that is not acknowledged. */
  g_assert_null (rp_acknowledge (staff, received, "  ", NULL, NULL, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(GListModel) principles = rp_store_list (staff, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (received));
    g_autoptr(RpRecord) principle = g_list_model_get_item (principles, 0);

    g_assert_null (rp_acknowledge (staff, principle, "Siu Fan Lee", NULL, NULL, &error));
    g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Siu Fan acknowledges: a record, journaled. */
  ack = rp_acknowledge (staff, received, " siu fan lee ", "2026-11-20", "Read with my team.", &error);
  g_assert_no_error (error);
  g_assert_nonnull (ack);
  g_assert_cmpstr (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_VERSION), ==, staff_version);
  g_assert_cmpstr (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_BY), ==, "siu fan lee");
  g_assert_cmpuint (rp_store_count_where (staff, RP_KIND_JOURNAL_ENTRY, RP_JOURNAL_ENTRY_RECORD_UUID, rp_record_get_uuid (ack)), ==, 1);

  /* … and sends them back: the manager sees her acknowledgement of the current version. */
  back = export_to (staff, dir, "acknowledgements.rapport", RP_EXPORT_ACKNOWLEDGEMENTS, NULL);
  import_from (manager, back);
  after = rp_ack_status_compute (manager, adopted);
  line = ack_by (after, "siu fan lee");
  g_assert_nonnull (line);
  g_assert_false (line->outdated);
  g_assert_cmpstr (line->comment, ==, "Read with my team.");
  g_assert_cmpuint (after->n_current, ==, 6);
  g_assert_null (pending_find (after, "Siu Fan Lee"));
  g_assert_cmpuint (after->pending->len, ==, 3);
  {
    g_autoptr(GPtrArray) findings = rp_ack_findings (manager);

    g_assert_cmpuint (rp_findings_count (findings, "acknowledgement-missing"), >=, 1);
    g_assert_nonnull (strstr (((RpFinding *) findings->pdata[0])->message, "3 of 9 staff"));
  }

  /* A principle is reworded: every acknowledgement so far is of an earlier version. */
  {
    g_autoptr(GListModel) principles = rp_store_list (manager, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted));
    g_autoptr(RpRecord) principle = g_list_model_get_item (principles, 0);

    rp_record_set_string (principle, RP_PRINCIPLE_STATEMENT, "Tell customers the full price before they sign.");
    g_assert_true (rp_store_save (manager, principle, &error));
    g_assert_no_error (error);
  }
  changed = rp_ack_status_compute (manager, adopted);
  g_assert_cmpstr (changed->version, !=, after->version);
  g_assert_true (ack_by (changed, "siu fan lee")->outdated);
  g_assert_cmpuint (changed->n_current, ==, 0);
  g_assert_cmpuint (changed->pending->len, ==, 9);
  g_assert_true (pending_named (changed, "Siu Fan Lee")->outdated);

  /* A change of status is not a change of content. */
  {
    g_autofree char *v1 = rp_ack_version (manager, adopted);
    g_autoptr(RpRecord) copy = rp_record_copy (adopted);
    g_autofree char *v2 = NULL;

    rp_record_set_string (copy, RP_PHILOSOPHY_DECISION_NOTES, "Board minute 14.");
    g_assert_true (rp_store_save (manager, copy, &error));
    g_assert_no_error (error);
    v2 = rp_ack_version (manager, copy);
    g_assert_cmpstr (v1, ==, v2);
  }
}

/* A framework and a strategy's plan are acknowledged the same way; a plan's progress
 * does not outdate an acknowledgement, a new plan item does. */
static void
test_acknowledge_plan (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "s.rapport-db", TRUE);
  g_autoptr(GListModel) strategies = rp_store_list (store, RP_KIND_STRATEGY, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) strategy = g_list_model_get_item (strategies, 0);
  g_autoptr(GListModel) items = rp_store_list (store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, rp_record_get_uuid (strategy));
  g_autoptr(RpRecord) item = g_list_model_get_item (items, 0);
  g_autoptr(RpRecord) ack = NULL;
  g_autoptr(RpRecord) added = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (item);
  ack = rp_acknowledge (store, strategy, "Raj Patel", NULL, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(RpAckStatus) status = rp_ack_status_compute (store, strategy);

    g_assert_cmpuint (status->n_current, ==, 1);
  }
  rp_record_set_int (item, RP_PLAN_ITEM_PROGRESS, 90);
  g_assert_true (rp_store_save (store, item, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RpAckStatus) status = rp_ack_status_compute (store, strategy);

    g_assert_false (ack_by (status, "Raj Patel")->outdated);
  }
  added = rp_record_new_for (RP_KIND_PLAN_ITEM, strategy);
  rp_record_set_string (added, RP_PLAN_ITEM_TITLE, "Weekend engineer rota");
  g_assert_true (rp_store_save (store, added, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RpAckStatus) status = rp_ack_status_compute (store, strategy);

    g_assert_true (ack_by (status, "Raj Patel")->outdated);
  }
}

/* The board pack of the sample's two candidates: the evaluation criterion by criterion
 * (the staff council and the board on the first, the board alone on the second) and the
 * principles aligned by subject with their ratings. */
static void
test_board_pack (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "s.rapport-db", TRUE);
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (store);
  g_autoptr(RpRecord) other = rp_store_find (store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_TITLE, "Value and efficiency", RP_FIELD_NONE, NULL);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(RpBoardPack) pack = NULL;
  RpBoardCandidate *first, *second;
  guint feasibility = G_MAXUINT, differing = 0, alone = 0;

  g_ptr_array_add (chosen, adopted);
  g_ptr_array_add (chosen, other);
  pack = rp_board_pack_compute (store, chosen);
  g_assert_cmpuint (pack->criteria->len, ==, 5);
  first = pack->candidates->pdata[0];
  second = pack->candidates->pdata[1];
  g_assert_cmpuint (first->evaluations->len, ==, 2);
  g_assert_cmpuint (second->evaluations->len, ==, 1);
  g_assert_cmpint (pack->best, ==, 0);
  g_assert_cmpfloat (first->total, >, second->total);
  for (guint k = 0; k < pack->criteria->len; k++)
    if (g_str_equal (rp_record_get_string (pack->criteria->pdata[k], RP_CRITERION_NAME), "Feasibility"))
      feasibility = k;
  g_assert_cmpuint (feasibility, <, 5);
  /* Feasibility: 3 and 4 for the first (3.5), 5 for the second, which leads on it. */
  g_assert_cmpfloat (first->mean[feasibility], ==, 3.5);
  g_assert_cmpfloat (second->mean[feasibility], ==, 5);
  g_assert_cmpint (rp_board_pack_best_for (pack, feasibility), ==, 1);
  /* Fit with objectives: 4 each, a tie, so nobody is marked. */
  g_assert_cmpint (rp_board_pack_best_for (pack, 1), ==, -1);

  g_assert_cmpuint (pack->principles->len, >=, 6);
  for (guint i = 0; i < pack->principles->len; i++)
    {
      RpBoardPrinciple *p = pack->principles->pdata[i];

      differing += p->differs;
      alone += p->statements[0] == NULL || p->statements[1] == NULL;
      if (p->statements[0] != NULL && p->statements[1] != NULL &&
          (p->customer[0] != p->customer[1] || p->company[0] != p->company[1]))
        g_assert_true (p->differs);
    }
  g_assert_cmpuint (differing, >, 0);
  g_assert_cmpuint (alone, >, 0);
}

/* A printed page never ends on a heading: a principle's subject heading and the
 * subheading under it go to the next page with the first lines they introduce. Tried
 * with every amount of text before them that fills a page to within a few lines. */
static void
test_headings_kept_with_text (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *pdf = rp_test_dir_path (dir, "pack.pdf");
  guint tried = 0, moved = 0;

  for (guint n = 20; n <= 80; n++)
    {
      g_autoptr(RpDocument) doc = rp_document_new ("Board pack", "Harbourline Fibre");
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_auto(GStrv) pages = NULL;
      const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
      int status = 0;

      for (guint i = 0; i < n; i++)
        rp_document_paragraph (doc, "Every complaint is recorded and answered within two days.");
      rp_document_heading (doc, "SUBJECTHEADING");
      rp_document_subheading (doc, "CANDIDATESDIFFER");
      rp_document_paragraph (doc, "FIRSTLINE of what they introduce, long enough to take a line of its own on the page.");
      rp_document_paragraph (doc, "And more after it.");
      g_assert_true (rp_document_write_pdf (doc, pdf, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
      g_assert_no_error (error);
      pages = g_strsplit (text, "\f", -1);
      for (guint p = 0; pages[p] != NULL; p++)
        if (strstr (pages[p], "SUBJECTHEADING") != NULL || strstr (pages[p], "CANDIDATESDIFFER") != NULL)
          {
            g_assert_nonnull (strstr (pages[p], "SUBJECTHEADING"));
            g_assert_nonnull (strstr (pages[p], "CANDIDATESDIFFER"));
            g_assert_nonnull (strstr (pages[p], "FIRSTLINE"));
            tried++;
            moved += p > 0;
          }
    }
  g_assert_cmpuint (tried, ==, 61);
  /* The amounts tried reach past the first page */
  g_assert_cmpuint (moved, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  rp_test_init (&argc, &argv);
  g_test_add_func ("/living/company-indicators", test_company_indicators);
  g_test_add_func ("/living/trace/sample", test_trace_sample);
  g_test_add_func ("/living/trace/links", test_trace_follows_links);
  g_test_add_func ("/living/acknowledgements/round-trip", test_acknowledgement_round_trip);
  g_test_add_func ("/living/acknowledgements/plan", test_acknowledge_plan);
  g_test_add_func ("/living/board-pack", test_board_pack);
  g_test_add_func ("/living/board-pack/headings-kept-with-text", test_headings_kept_with_text);
  return g_test_run ();
}
