/* test-ui-overview.c — the window at real size under Xvfb: an Overview that summarises,
 * writes by another program shown without asking, and a first frame that waits for
 * nothing (the day's backup comes after it) */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rp-company-window.h"
#include "rp-detail-view.h"
#include "rp-findings-model.h"
#include "rp-framework-page.h"
#include "rp-outsourcing.h"
#include "rp-philosophy.h"
#include "rp-philosophy-page.h"
#include "rp-overview-page.h"
#include "rp-sample.h"
#include "rp-test-ui.h"
#include "rp-test-utils.h"
#include "rp-util.h"

#define MANY 40

/* Many outsourcers whose cooperation review is due within two weeks */
static void
add_vendors_due (RpStore *store)
{
  g_assert_true (rp_store_begin (store, NULL));
  for (guint i = 0; i < MANY; i++)
    {
      g_autoptr(RpRecord) vendor = rp_record_new_for (RP_KIND_OUTSOURCER, NULL);
      g_autofree char *name = g_strdup_printf ("Vendor %u", i);

      rp_record_set_string (vendor, RP_OUTSOURCER_NAME, name);
      rp_record_set_enum (vendor, RP_OUTSOURCER_STATUS, RP_OUTSOURCER_STATUS_ACTIVE);
      rp_record_set_enum (vendor, RP_OUTSOURCER_CADENCE, RP_CADENCE_DAYS);
      rp_record_set_int (vendor, RP_OUTSOURCER_CADENCE_DAYS, 1);
      g_assert_true (rp_store_save (store, vendor, NULL));
    }
  g_assert_true (rp_store_commit (store, NULL));
}

/* Many findings of one kind are one line, which opens their list */
static void
test_summarises_many_findings (RpUiFixture   *f,
                               gconstpointer  data)
{
  g_autoptr(RpFindingsModel) findings = rp_findings_model_get (f->store);
  RpOverviewPage *overview;
  g_autofree char *attention = NULL;
  g_autofree char *shown = NULL;
  GtkListView *list;
  guint line = G_MAXUINT, count = 0;

  add_vendors_due (f->store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "overview"));
  rp_model_wait (RP_MODEL (findings));
  rp_test_ui_wait (50);
  overview = RP_OVERVIEW_PAGE (rp_ui_fixture_page (f, "overview"));
  attention = rp_test_ui_attention (f->window);
  g_assert_nonnull (strstr (attention, "cooperation reviews are due within two weeks"));
  g_assert_null (strstr (attention, "Vendor 1"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "overview-summary");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)) && line == G_MAXUINT; i++)
    {
      g_autoptr(RpFindingRow) row = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (rp_finding_row_get_items (row) != NULL && strstr (rp_finding_row_get_message (row), "cooperation reviews are due"))
        {
          line = i;
          count = rp_finding_row_get_count (row);
        }
    }
  g_assert_cmpuint (line, !=, G_MAXUINT);
  g_assert_cmpuint (count, >=, MANY);
  /* The line opens the list it summarises, every one of them */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (overview), "overview.open-line", "u", line));
  rp_test_ui_wait (50);
  g_object_get (overview, "visible-list", &shown, NULL);
  g_assert_nonnull (shown);
  g_assert_nonnull (strstr (shown, "cooperation reviews are due"));
  list = GTK_LIST_VIEW (rp_test_ui_find_accessible (GTK_WIDGET (overview), "Findings"));
  g_assert_nonnull (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==, count);
  rp_test_ui_save_png (GTK_WIDGET (f->window), "overview-summary-list");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (overview), "overview.back", NULL));
  g_clear_pointer (&shown, g_free);
  g_object_get (overview, "visible-list", &shown, NULL);
  g_assert_null (shown);
}

/* Opens the first finding of @rule from Needs Attention as a user would: its line, and
 * when the line sums up many, the first of its list. */
static void
open_finding_of_rule (RpUiFixture *f,
                      const char  *rule)
{
  g_autoptr(RpFindingsModel) findings = rp_findings_model_get (f->store);
  RpOverviewPage *overview = RP_OVERVIEW_PAGE (rp_ui_fixture_page (f, "overview"));
  guint line = G_MAXUINT;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "overview"));
  rp_model_wait (RP_MODEL (findings));
  rp_test_ui_wait (50);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)) && line == G_MAXUINT; i++)
    {
      g_autoptr(RpFindingRow) row = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (g_str_equal (rp_finding_row_get_finding (row)->rule, rule))
        line = i;
    }
  g_assert_cmpuint (line, !=, G_MAXUINT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (overview), "overview.open-line", "u", line));
  rp_test_ui_wait (50);
  if (g_str_equal (rp_window_get_visible_page (f->window), "overview"))
    {
      GtkListView *list = GTK_LIST_VIEW (rp_test_ui_find_accessible (GTK_WIDGET (overview), "Findings"));

      g_assert_nonnull (list);
      g_signal_emit_by_name (list, "activate", 0);
      rp_test_ui_wait (50);
    }
}

static const char *
visible_tab (RpUiFixture *f,
             const char  *page)
{
  GtkWidget *area = rp_ui_fixture_page (f, page);

  if (RP_IS_PHILOSOPHY_PAGE (area))
    return rp_detail_view_get_visible_tab (RP_DETAIL_VIEW (rp_philosophy_page_get_detail (RP_PHILOSOPHY_PAGE (area))));
  return rp_detail_view_get_visible_tab (RP_DETAIL_VIEW (rp_framework_page_get_detail (RP_FRAMEWORK_PAGE (area))));
}

/* A finding opens where it is answered: a principle nobody measures on its philosophy's
 * Living tab (not the Write tab a principle's own record opens on), a framework staff
 * have not acknowledged on its Coverage tab; a record of the company's own indicators
 * opens the Company Indicators window over the area shown. */
static void
test_findings_open_where_answered (RpUiFixture   *f,
                                   gconstpointer  data)
{
  g_autoptr(GListModel) kpis = rp_store_list (f->store, RP_KIND_KPI, RP_FIELD_NONE, NULL);
  g_autoptr(GListModel) acks = rp_store_list (f->store, RP_KIND_ACKNOWLEDGEMENT, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) company_kpi = NULL;
  g_autoptr(RpRecord) framework_ack = NULL;
  g_autoptr(GListModel) figures = NULL;
  g_autoptr(RpRecord) figure = NULL;
  GtkWindow *company;

  open_finding_of_rule (f, "principle-unmeasured");
  g_assert_cmpstr (rp_window_get_visible_page (f->window), ==, "philosophy");
  g_assert_cmpstr (visible_tab (f, "philosophy"), ==, "living");

  open_finding_of_rule (f, "acknowledgement-missing");
  g_assert_true (g_str_equal (rp_window_get_visible_page (f->window), "philosophy") ||
                 g_str_equal (rp_window_get_visible_page (f->window), "framework") ||
                 g_str_equal (rp_window_get_visible_page (f->window), "execution"));
  if (!g_str_equal (rp_window_get_visible_page (f->window), "execution"))
    g_assert_cmpstr (visible_tab (f, rp_window_get_visible_page (f->window)), ==,
                     g_str_equal (rp_window_get_visible_page (f->window), "philosophy") ? "living" : "coverage");

  /* A principle's own record still opens where it is written */
  {
    g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (f->store);
    g_autoptr(GListModel) principles = rp_store_list (f->store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted));
    g_autoptr(RpRecord) principle = g_list_model_get_item (principles, 0);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "principle", rp_record_get_uuid (principle)));
    rp_test_ui_wait (50);
    g_assert_cmpstr (visible_tab (f, "philosophy"), ==, "write");
  }

  /* A framework's acknowledgement, from the Journal say, opens the framework's Coverage tab */
  for (guint i = 0; i < g_list_model_get_n_items (acks) && framework_ack == NULL; i++)
    {
      g_autoptr(RpRecord) ack = g_list_model_get_item (acks, i);

      if (rp_record_is_set (ack, RP_ACKNOWLEDGEMENT_FRAMEWORK))
        framework_ack = g_steal_pointer (&ack);
    }
  g_assert_nonnull (framework_ack);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "acknowledgement",
                                             rp_record_get_uuid (framework_ack)));
  rp_test_ui_wait (50);
  g_assert_cmpstr (rp_window_get_visible_page (f->window), ==, "framework");
  g_assert_cmpstr (visible_tab (f, "framework"), ==, "coverage");

  /* A figure of the company's own indicators opens them, over the Framework area */
  for (guint i = 0; i < g_list_model_get_n_items (kpis) && company_kpi == NULL; i++)
    {
      g_autoptr(RpRecord) kpi = g_list_model_get_item (kpis, i);

      if (rp_kpi_is_company (kpi))
        company_kpi = g_steal_pointer (&kpi);
    }
  g_assert_nonnull (company_kpi);
  figures = rp_store_list (f->store, RP_KIND_FIGURE, RP_FIGURE_KPI, rp_record_get_uuid (company_kpi));
  figure = g_list_model_get_item (figures, 0);
  g_assert_nonnull (figure);
  g_assert_null (rp_test_ui_find_window (RP_TYPE_COMPANY_WINDOW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "figure", rp_record_get_uuid (figure)));
  company = rp_test_ui_wait_for_window (RP_TYPE_COMPANY_WINDOW);
  g_assert_nonnull (company);
  g_assert_cmpstr (rp_window_get_visible_page (f->window), ==, "framework");
  rp_test_ui_close_window (company);
}

/* What rapport-cli or another window writes shows in this one without asking */
static void
test_write_by_another_program_appears (RpUiFixture   *f,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpStore) other = NULL;
  g_autoptr(RpRecord) objective = rp_record_new_for (RP_KIND_OBJECTIVE, NULL);
  RpOverviewPage *overview = RP_OVERVIEW_PAGE (rp_ui_fixture_page (f, "overview"));
  const char *title = "Answer every call within a minute";

  g_assert_null (rp_test_ui_find (GTK_WIDGET (overview), ADW_TYPE_ACTION_ROW, title));
  other = rp_store_open (f->path, RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  g_assert_no_error (error);
  rp_record_set_string (objective, RP_OBJECTIVE_TITLE, title);
  g_assert_true (rp_store_save (other, objective, &error));
  g_assert_no_error (error);
  /* The window looks every second: well within five */
  for (guint i = 0; i < 50 && rp_test_ui_find (GTK_WIDGET (overview), ADW_TYPE_ACTION_ROW, title) == NULL; i++)
    rp_test_ui_wait (100);
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (overview), ADW_TYPE_ACTION_ROW, title));
}

static void
status_at_first_frame_cb (RpWindow   *window,
                          GParamSpec *pspec,
                          int        *status)
{
  if (rp_window_get_presented (window) && *status < 0)
    *status = rp_window_get_backup_status (window);
}

/* The first frame does not wait for the day's backup, which is still made */
static void
test_first_frame_before_backup (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "daily.rapport-db");
  g_autofree char *backups = rp_store_backup_dir (path);
  g_autoptr(GDir) listing = NULL;
  RpWindow *window;
  int at_first_frame = -1;

  {
    g_autoptr(RpStore) store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);

    g_assert_true (rp_sample_fill (store, NULL));
  }
  g_assert_true (rp_store_daily_backup_due (path));
  window = rp_window_new (rp_test_ui_app ());
  g_signal_connect (window, "notify::presented", G_CALLBACK (status_at_first_frame_cb), &at_first_frame);
  g_assert_true (rp_window_open_workspace (window, path, FALSE));
  g_assert_cmpint (rp_window_get_backup_status (window), ==, RP_BACKUP_PENDING);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 100 && rp_window_get_backup_status (window) != RP_BACKUP_DONE; i++)
    rp_test_ui_wait (50);
  /* When the first frame was painted the backup had not begun; it was made after */
  g_assert_cmpint (at_first_frame, ==, RP_BACKUP_PENDING);
  g_assert_cmpint (rp_window_get_backup_status (window), ==, RP_BACKUP_DONE);
  g_assert_false (rp_store_daily_backup_due (path));
  listing = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (listing);
  g_assert_nonnull (g_dir_read_name (listing));
  rp_test_ui_close (window);
}

int
main (int    argc,
      char **argv)
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;

  g_test_add ("/ui/overview/summarises-many-findings", RpUiFixture, "overview", rp_ui_fixture_sample,
              test_summarises_many_findings, rp_ui_fixture_tear_down);
  g_test_add ("/ui/overview/write-by-another-program-appears", RpUiFixture, "overview", rp_ui_fixture_sample,
              test_write_by_another_program_appears, rp_ui_fixture_tear_down);
  g_test_add ("/ui/overview/findings-open-where-answered", RpUiFixture, "overview", rp_ui_fixture_sample,
              test_findings_open_where_answered, rp_ui_fixture_tear_down);
  g_test_add_func ("/ui/overview/first-frame-before-backup", test_first_frame_before_backup);

  return g_test_run ();
}
