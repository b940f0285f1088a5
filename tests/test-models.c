/* test-models.c — the core's models: what they read again for, what they keep,
 * reading off the main thread, and changes made by other connections */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "rp-findings-model.h"
#include "rp-overview.h"
#include "rp-record-model.h"
#include "rp-sample.h"
#include "rp-scorecard-model.h"
#include "rp-store.h"
#include "rp-test-utils.h"
#include "rp-util.h"
#include "rp-philosophy.h"
#include <string.h>

static RpStore *
open_sample (RpTestDir  *dir,
             const char *name)
{
  g_autofree char *path = rp_test_dir_path (dir, name);
  g_autoptr(GError) error = NULL;
  RpStore *store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, &error);

  g_assert_no_error (error);
  g_assert_true (rp_sample_fill (store, &error));
  g_assert_no_error (error);
  return store;
}

static void
save_or_fail (RpStore  *store,
              RpRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_save (store, record, &error));
  g_assert_no_error (error);
}

/* Lets idle reloads and threaded reads finish. */
static void
settle (RpModel *model)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  rp_model_wait (model);
}

typedef struct {
  guint position, removed, added, calls;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->calls++;
}

/* A KPI's row says its target in force: the model reads again when a target
 * changes, and not when something it does not show does. */
static void
test_record_model_reads_what_it_shows (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_sample (dir, "kpis.rapport-db");
  g_autoptr(RpRecord) outsourcer = rp_store_find (store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "SwiftLink Logistics",
                                                  RP_FIELD_NONE, NULL);
  g_autoptr(RpRecordModel) kpis = rp_record_model_get (store, RP_KIND_KPI, RP_KPI_OUTSOURCER, rp_record_get_uuid (outsourcer));
  g_autoptr(RpRecordModel) again = rp_record_model_get (store, RP_KIND_KPI, RP_KPI_OUTSOURCER, rp_record_get_uuid (outsourcer));
  g_autoptr(RpRow) first = NULL;
  g_autoptr(RpRecord) target = NULL;
  g_autoptr(RpRecord) objective = NULL;
  g_autofree char *before = NULL;
  g_autofree char *period = NULL;
  Changes changes = { 0 };
  guint loads;
  GDate today;

  /* One model for every view that shows the same thing */
  g_assert_true (kpis == again);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kpis)), >, 0);
  first = g_list_model_get_item (G_LIST_MODEL (kpis), 0);
  before = g_strdup (rp_row_get_subtitle (first));
  g_signal_connect (kpis, "items-changed", G_CALLBACK (items_changed_cb), &changes);

  /* A new target from this month on */
  rp_date_set_today (&today);
  period = rp_period_of_date (&today);
  target = rp_record_new_for (RP_KIND_KPI_TARGET, rp_row_get_record (first));
  rp_record_set_string (target, RP_KPI_TARGET_FROM_PERIOD, period);
  rp_record_set_real (target, RP_KPI_TARGET_TARGET, 123.5);
  loads = rp_model_get_n_loads (RP_MODEL (kpis));
  save_or_fail (store, target);
  settle (RP_MODEL (kpis));
  g_assert_cmpuint (rp_model_get_n_loads (RP_MODEL (kpis)), ==, loads + 1);
  /* The same row object, told to the views as changed in place */
  {
    g_autoptr(RpRow) now = g_list_model_get_item (G_LIST_MODEL (kpis), 0);

    g_assert_true (now == first);
    g_assert_cmpstr (rp_row_get_subtitle (now), !=, before);
    g_assert_nonnull (strstr (rp_row_get_subtitle (now), "123.5"));
    g_assert_cmpuint (changes.calls, ==, 1);
    g_assert_cmpuint (changes.position, ==, 0);
    g_assert_cmpuint (changes.removed, ==, 1);
    g_assert_cmpuint (changes.added, ==, 1);
  }

  /* An objective is nothing a KPI's row shows */
  objective = rp_record_new_for (RP_KIND_OBJECTIVE, NULL);
  rp_record_set_string (objective, RP_OBJECTIVE_TITLE, "Answer every letter");
  save_or_fail (store, objective);
  settle (RP_MODEL (kpis));
  g_assert_cmpuint (rp_model_get_n_loads (RP_MODEL (kpis)), ==, loads + 1);
  g_signal_handlers_disconnect_by_func (kpis, items_changed_cb, &changes);
}

/* Rows that stay keep their objects; a deleted one goes, and only its range moves. */
static void
test_record_model_keeps_rows (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_sample (dir, "rows.rapport-db");
  g_autoptr(RpRecordModel) objectives = rp_record_model_get (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (objectives));
  g_autoptr(RpRow) first = g_list_model_get_item (G_LIST_MODEL (objectives), 0);
  g_autoptr(RpRow) second = g_list_model_get_item (G_LIST_MODEL (objectives), 1);
  g_autoptr(RpRecord) renamed = rp_record_copy (rp_row_get_record (first));
  g_autoptr(GError) error = NULL;
  Changes changes = { 0 };

  g_assert_cmpuint (n, >=, 3);
  g_signal_connect (objectives, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  rp_record_set_string (renamed, RP_OBJECTIVE_TITLE, "Grow by a fifth");
  save_or_fail (store, renamed);
  settle (RP_MODEL (objectives));
  g_assert_cmpstr (rp_record_get_string (rp_row_get_record (first), RP_OBJECTIVE_TITLE), ==, "Grow by a fifth");
  g_assert_cmpstr (rp_row_get_title (first), ==, "Grow by a fifth");

  changes.calls = 0;
  g_assert_true (rp_store_delete (store, rp_row_get_record (second), NULL, &error));
  g_assert_no_error (error);
  settle (RP_MODEL (objectives));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (objectives)), ==, n - 1);
  {
    g_autoptr(RpRow) still_first = g_list_model_get_item (G_LIST_MODEL (objectives), 0);

    g_assert_true (still_first == first);
  }
  /* The first stays, the second goes; positions after it are renumbered in place */
  g_assert_cmpuint (changes.position, >=, 1);
  g_signal_handlers_disconnect_by_func (objectives, items_changed_cb, &changes);
}

/* Every outsourcer's scorecard is read off the main thread, and read again when the
 * profile's credit above target changes (which changes every score). */
static void
test_scorecard_model (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_sample (dir, "scores.rapport-db");
  g_autoptr(RpScorecardModel) model = rp_scorecard_model_get (store, NULL);
  g_autoptr(RpRecord) profile = NULL;
  g_autoptr(RpRecord) promotion = NULL;
  g_autoptr(GPtrArray) direct = NULL;
  guint loads;

  g_assert_true (rp_model_get_loading (RP_MODEL (model)));
  settle (RP_MODEL (model));
  g_assert_false (rp_model_get_loading (RP_MODEL (model)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, rp_store_count (store, RP_KIND_OUTSOURCER));
  g_assert_nonnull (rp_scorecard_model_get_period (RP_SCORECARD_MODEL (model)));

  profile = rp_store_get_profile (store);
  rp_record_set_real (profile, RP_PROFILE_SCORE_CAP, 1.5);
  loads = rp_model_get_n_loads (RP_MODEL (model));
  save_or_fail (store, profile);
  settle (RP_MODEL (model));
  g_assert_cmpuint (rp_model_get_n_loads (RP_MODEL (model)), ==, loads + 1);
  direct = rp_scorecard_compute (store, rp_scorecard_model_get_period (model), NULL, FALSE, NULL);
  for (guint i = 0; i < direct->len; i++)
    {
      RpScorecard *card = direct->pdata[i];
      g_autoptr(RpScoreRow) row = rp_scorecard_model_find (model, card->uuid);

      g_assert_nonnull (row);
      g_assert_true ((isnan (card->score) && isnan (rp_score_row_get_score (row))) ||
                     fabs (card->score - rp_score_row_get_score (row)) < 1e-9);
    }

  /* Promotion of the philosophy is nothing a scorecard reads */
  promotion = rp_record_new_for (RP_KIND_PROMOTION, rp_philosophy_get_adopted (store));
  rp_record_set_string (promotion, RP_PROMOTION_TITLE, "Lunch-and-learn");
  loads = rp_model_get_n_loads (RP_MODEL (model));
  save_or_fail (store, promotion);
  settle (RP_MODEL (model));
  g_assert_cmpuint (rp_model_get_n_loads (RP_MODEL (model)), ==, loads);
}

/* Many findings of one kind are one line that holds them all; the most urgent come first. */
static void
test_findings_summarised (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_sample (dir, "findings.rapport-db");
  g_autoptr(RpFindingsModel) findings = NULL;
  g_autoptr(GPtrArray) all = NULL;
  guint n_reviews = 0, summaries = 0, n, already = 0;
  RpFindingLevel previous = RP_FINDING_PROBLEM;
  g_autofree char *expected = NULL;
  GDate today;

  rp_date_set_today (&today);
  {
    g_autoptr(GPtrArray) before = rp_review_findings (store, &today, RP_REVIEW_SOON_DAYS);

    for (guint i = 0; i < before->len; i++)
      {
        RpFinding *f = before->pdata[i];

        already += g_str_equal (f->rule, "review-due") && g_str_equal (f->record_kind, "outsourcer");
      }
  }
  expected = g_strdup_printf ("%u cooperation reviews are due within two weeks", already + 40);
  g_assert_true (rp_store_begin (store, NULL));
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(RpRecord) vendor = rp_record_new_for (RP_KIND_OUTSOURCER, NULL);
      g_autofree char *name = g_strdup_printf ("Vendor %u", i);

      rp_record_set_string (vendor, RP_OUTSOURCER_NAME, name);
      rp_record_set_enum (vendor, RP_OUTSOURCER_STATUS, RP_OUTSOURCER_STATUS_ACTIVE);
      rp_record_set_enum (vendor, RP_OUTSOURCER_CADENCE, RP_CADENCE_DAYS);
      rp_record_set_int (vendor, RP_OUTSOURCER_CADENCE_DAYS, 1);
      save_or_fail (store, vendor);
    }
  g_assert_true (rp_store_commit (store, NULL));
  /* Made today with a rhythm of a day: due tomorrow, within two weeks */
  findings = rp_findings_model_get (store);
  settle (RP_MODEL (findings));

  n = g_list_model_get_n_items (G_LIST_MODEL (findings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpFindingRow) row = g_list_model_get_item (G_LIST_MODEL (findings), i);
      const RpFinding *finding = rp_finding_row_get_finding (row);

      g_assert_cmpint (finding->level, <=, previous);
      previous = finding->level;
      if (rp_finding_row_get_items (row) != NULL)
        {
          summaries++;
          g_assert_cmpuint (rp_finding_row_get_count (row), >, RP_FINDINGS_LISTED);
          g_assert_null (finding->record_uuid);
          if (g_str_equal (finding->rule, "review-due") && g_str_equal (finding->record_kind, "outsourcer"))
            {
              n_reviews = rp_finding_row_get_count (row);
              g_assert_cmpstr (rp_finding_row_get_message (row), ==, expected);
            }
        }
    }
  g_assert_cmpuint (summaries, >=, 1);
  g_assert_cmpuint (n_reviews, ==, already + 40);
  all = rp_findings_model_dup_findings (findings);
  g_assert_cmpuint (rp_findings_count (all, "review-due"), >=, 40);
  g_assert_cmpuint (n, <, all->len);
}

/* Another connection's write (the CLI, another program) is noticed, and what it wrote
 * is read again. */
static void
test_writes_by_others (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "shared.rapport-db");
  g_autoptr(RpStore) store = open_sample (dir, "shared.rapport-db");
  g_autoptr(RpStore) other = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
  g_autoptr(RpRecordModel) objectives = rp_record_model_get (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecordModel) staff = rp_record_model_get (store, RP_KIND_STAFF, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) objective = rp_record_new_for (RP_KIND_OBJECTIVE, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (objectives));
  guint staff_loads = rp_model_get_n_loads (RP_MODEL (staff));

  g_assert_nonnull (other);
  g_assert_false (rp_store_poll (store));
  rp_record_set_string (objective, RP_OBJECTIVE_TITLE, "Written elsewhere");
  save_or_fail (other, objective);
  g_assert_true (rp_store_poll (store));
  g_assert_false (rp_store_poll (store));
  settle (RP_MODEL (objectives));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (objectives)), ==, n + 1);
  /* The journal named what was written: the staff list had no reason to read again */
  g_assert_cmpuint (rp_model_get_n_loads (RP_MODEL (staff)), ==, staff_loads);
}

static gboolean
wal_deleted_under_us (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GDir) fds = g_dir_open ("/proc/self/fd", 0, NULL);
  const char *name;

  while (fds != NULL && (name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *link = g_build_filename ("/proc/self/fd", name, NULL);
      g_autofree char *target = g_file_read_link (link, NULL);

      if (target != NULL && g_str_has_prefix (target, wal) && g_str_has_suffix (target, "(deleted)"))
        return TRUE;
    }
  return FALSE;
}

static void
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* A second connection opened and closed in this process must not release the first
 * one's locks (POSIX drops them all when any descriptor of the file closes): else the
 * next outside reader takes itself for the last, checkpoints and deletes the WAL
 * under the open store. */
static void
test_second_connection_keeps_locks (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "locks.rapport-db");
  g_autoptr(RpStore) store = open_sample (dir, "locks.rapport-db");
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  const char *cli = g_getenv ("RAPPORT_CLI");
  g_autoptr(RpRecord) mine = rp_record_new_for (RP_KIND_OBJECTIVE, NULL);
  g_autoptr(RpRecord) again = rp_record_new_for (RP_KIND_OBJECTIVE, NULL);
  guint n_before = rp_store_count (store, RP_KIND_OBJECTIVE);

  if (sqlite3 == NULL || cli == NULL)
    {
      if (g_getenv ("CI") != NULL)
        g_error ("this test needs the sqlite3 tool and RAPPORT_CLI");
      g_test_skip ("needs the sqlite3 tool and RAPPORT_CLI");
      return;
    }
  rp_record_set_string (mine, RP_OBJECTIVE_TITLE, "Written by the app");
  save_or_fail (store, mine);

  /* A second connection, as Export Bundle… opens one, and a background reader */
  {
    g_autoptr(RpStore) second = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
    g_autoptr(RpScorecardModel) scores = rp_scorecard_model_get (store, NULL);

    g_assert_nonnull (second);
    settle (RP_MODEL (scores));
  }
  /* Another process reads, then writes */
  {
    const char *read_argv[] = { sqlite3, path, "SELECT count(*) FROM objective", NULL };
    const char *write_argv[] = { cli, "--workspace", path, "backup", NULL };

    run (read_argv);
    g_assert_false (wal_deleted_under_us (path));
    run (write_argv);
    g_assert_false (wal_deleted_under_us (path));
  }
  rp_record_set_string (again, RP_OBJECTIVE_TITLE, "Written by the app again");
  save_or_fail (store, again);
  g_assert_false (wal_deleted_under_us (path));
  g_clear_object (&store);

  /* Every write of both processes is in the file */
  {
    g_autoptr(RpStore) reopened = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
    g_autoptr(GPtrArray) problems = NULL;

    g_assert_cmpuint (rp_store_count (reopened, RP_KIND_OBJECTIVE), ==, n_before + 2);
    g_assert_true (rp_store_check (reopened, &problems, NULL));
    g_assert_cmpuint (problems->len, ==, 0);
  }
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/models/record/reads-what-it-shows", test_record_model_reads_what_it_shows);
  g_test_add_func ("/models/record/keeps-rows", test_record_model_keeps_rows);
  g_test_add_func ("/models/scorecard/threaded", test_scorecard_model);
  g_test_add_func ("/models/findings/summarised", test_findings_summarised);
  g_test_add_func ("/models/store/writes-by-others", test_writes_by_others);
  g_test_add_func ("/models/store/second-connection-keeps-locks", test_second_connection_keeps_locks);
  return g_test_run ();
}
