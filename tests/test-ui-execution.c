/* test-ui-execution.c — the Execution and Journal areas and the Overview under Xvfb, driven
 * through actions: add a strategy, a plan item, a review and a change request; the Overview
 * lists the overdue item; the journal filters, searches and takes a note */
#include "config.h"

#include <string.h>

#include "rp-application.h"
#include "rp-execution-page.h"
#include "rp-journal.h"
#include "rp-journal-page.h"
#include "rp-overview-page.h"
#include "rp-sample.h"
#include "rp-test-ui.h"
#include "rp-overview.h"
#include "rp-test-utils.h"
#include "rp-util.h"

static void
set_text (RpRecordEditor *editor,
          const char     *field,
          const char     *text)
{
  GtkWidget *widget = rp_record_editor_get_field_widget (editor, field);
  GtkTextView *view = g_object_get_data (G_OBJECT (widget), "rp-text-view");

  g_assert_nonnull (widget);
  if (view != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
test_execution_workflow (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "x.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpStore *store = rp_window_get_store (window);
  RpExecutionPage *page;
  RpStrategyDetail *detail;
  RpOverviewPage *overview G_GNUC_UNUSED;
  RpRecordEditor *editor;
  AdwMessageDialog *dialog;
  g_autoptr(RpRecord) faster = NULL;
  g_autoptr(RpRecord) created = NULL;
  g_autoptr(RpRecord) item = NULL;
  g_autoptr(RpRecord) request = NULL;
  g_autoptr(RpRecord) decided = NULL;
  g_autofree char *attention = NULL;
  g_autofree char *next_week = NULL;
  GDate today;

  g_assert_true (rp_sample_fill (store, NULL));
  rp_date_set_today (&today);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "execution"));
  rp_test_ui_wait (50);
  page = RP_EXECUTION_PAGE (rp_window_get_view (window, "execution"));
  detail = rp_execution_page_get_detail (page);
  g_assert_cmpuint (rp_execution_page_get_n_listed (page), ==, 3);
  g_assert_cmpstr (rp_execution_page_get_section (page), ==, "detail");

  /* The sample's fault strategy: one plan item overdue, on the timeline and in the list */
  faster = rp_store_find (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "Faster fault resolution", RP_FIELD_NONE, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(ss)", "strategy",
                                             rp_record_get_uuid (faster)));
  rp_test_ui_wait (50);
  g_assert_cmpstr (rp_record_get_uuid (rp_strategy_detail_get_strategy (detail)), ==, rp_record_get_uuid (faster));
  g_assert_cmpuint (rp_strategy_detail_get_n_overdue (detail), ==, 1);
  g_assert_cmpuint (rp_record_list_get_n_records (rp_strategy_detail_get_plan (detail)), ==, 4);
  rp_test_ui_save_png (GTK_WIDGET (window), "execution-timeline");
  rp_strategy_detail_show_tab (detail, "changes");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (window), "execution-changes");
  rp_strategy_detail_show_tab (detail, "reviews");
  rp_test_ui_wait (50);
  g_assert_nonnull (strstr (rp_strategy_detail_get_review_text (detail), "Monthly"));
  rp_test_ui_save_png (GTK_WIDGET (window), "execution-reviews");
  rp_execution_page_show (page, "competitors");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (window), "execution-competitors");

  /* A new strategy… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "execution.new", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  g_assert_null (rp_record_editor_get_field_widget (editor, "endorsed_by"));
  set_text (editor, "title", "Answer every complaint within two days");
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  created = rp_store_find (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "Answer every complaint within two days", RP_FIELD_NONE, NULL);
  g_assert_nonnull (created);
  g_assert_cmpuint (rp_execution_page_get_n_listed (page), ==, 4);
  g_assert_cmpstr (rp_record_get_uuid (rp_strategy_detail_get_strategy (detail)), ==, rp_record_get_uuid (created));

  /* …a plan item already past due… */
  rp_strategy_detail_show_tab (detail, "plan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_strategy_detail_get_plan (detail)), "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  set_text (editor, "title", "Complaint-handling training for partner agents");
  set_text (editor, "owner", "Tom Chan");
  set_text (editor, "start_on", "2026-01-05");
  set_text (editor, "due_on", "2026-02-27");
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  item = rp_store_find (store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_TITLE, "Complaint-handling training for partner agents", RP_FIELD_NONE, NULL);
  g_assert_nonnull (item);
  g_assert_cmpstr (rp_record_get_string (item, RP_PLAN_ITEM_STRATEGY), ==, rp_record_get_uuid (created));
  g_assert_cmpuint (rp_strategy_detail_get_n_overdue (detail), ==, 1);

  /* …which the Overview lists, and whose row opens it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview"));
  rp_test_ui_wait (50);
  overview = RP_OVERVIEW_PAGE (rp_window_get_view (window, "overview"));
  attention = rp_test_ui_attention (window);
  g_assert_nonnull (strstr (attention, "Complaint-handling training for partner agents"));
  g_assert_nonnull (strstr (attention, "Second field-engineer shift at weekends"));
  g_assert_nonnull (strstr (attention, "Change request awaits a decision"));
  rp_test_ui_save_png (GTK_WIDGET (window), "overview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(ss)", "plan_item",
                                             rp_record_get_uuid (item)));
  rp_test_ui_wait (50);
  g_assert_cmpstr (rp_record_get_uuid (rp_strategy_detail_get_strategy (detail)), ==, rp_record_get_uuid (created));

  /* A review, the day it is held, with the next one agreed */
  rp_strategy_detail_show_tab (detail, "reviews");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_strategy_detail_get_reviews (detail)), "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  {
    g_autofree char *iso_today = rp_date_format (&today);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rp_record_editor_get_field_widget (editor, "held_on"))), ==, iso_today);
  }
  {
    g_autofree char *iso_today = rp_date_format (&today);

    next_week = rp_date_add_days (iso_today, 7);
  }
  set_text (editor, "attendees", "Ada Wong, Tom Chan");
  set_text (editor, "next_review_on", next_week);
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_REVIEW, RP_REVIEW_STRATEGY, rp_record_get_uuid (created)), ==, 1);
  g_assert_nonnull (strstr (rp_strategy_detail_get_review_text (detail), "in 7 days"));

  /* A change request, decided by management */
  rp_strategy_detail_show_tab (detail, "changes");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_strategy_detail_get_changes (detail)), "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_null (rp_record_editor_get_field_widget (editor, "decision"));
  set_text (editor, "what", "Run the training online for the night shift.");
  set_text (editor, "requested_by", "Mandy Yip");
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  request = rp_store_find (store, RP_KIND_CHANGE_REQUEST, RP_CHANGE_REQUEST_STRATEGY, rp_record_get_uuid (created), RP_FIELD_NONE, NULL);
  g_assert_nonnull (request);
  g_assert_cmpstr (rp_record_get_string (request, RP_CHANGE_REQUEST_DECISION), ==, "pending");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "strategy.decide", "s", rp_record_get_uuid (request)));
  dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-by"), "Executive committee");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (dialog), "execution-decide-dialog");
  adw_message_dialog_response (dialog, "approved");
  /* As a click does: answer, then close. */
  gtk_window_close (GTK_WINDOW (dialog));
  rp_test_ui_wait (50);
  decided = rp_store_get (store, RP_KIND_CHANGE_REQUEST, rp_record_get_uuid (request));
  g_assert_cmpstr (rp_record_get_string (decided, RP_CHANGE_REQUEST_DECISION), ==, "approved");
  g_assert_cmpstr (rp_record_get_string (decided, RP_CHANGE_REQUEST_DECIDED_BY), ==, "Executive committee");

  /* Endorsed through its own step */
  for (guint i = 0; i < 100 && rp_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG) != NULL; i++)
    rp_test_ui_wait (20);
  g_assert_null (rp_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "strategy.endorse", NULL));
  dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-by"), "Board of directors");
  adw_message_dialog_response (dialog, "endorse");
  /* As a click does: answer, then close. */
  gtk_window_close (GTK_WINDOW (dialog));
  rp_test_ui_wait (50);
  {
    g_autoptr(RpRecord) endorsed = rp_store_get (store, RP_KIND_STRATEGY, rp_record_get_uuid (created));

    g_assert_cmpstr (rp_record_get_string (endorsed, RP_STRATEGY_ENDORSED_BY), ==, "Board of directors");
    g_assert_cmpstr (rp_record_get_string (endorsed, RP_STRATEGY_STATUS), ==, "endorsed");
  }

  /* On start, what is due this week makes one notification; an empty workspace makes none */
  {
    g_autoptr(GPtrArray) findings = rp_overview_findings (store, &today);
    g_autoptr(GNotification) due = rp_due_notification_new (findings);

    g_assert_nonnull (due);
  }

  rp_test_ui_close (window);
}

static void
test_journal (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "j.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpStore *store = rp_window_get_store (window);
  RpJournalPage *page;
  AdwMessageDialog *dialog;
  GtkTextBuffer *buffer;
  guint all, searched, strategies, with_note;

  g_assert_true (rp_sample_fill (store, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "journal"));
  rp_test_ui_wait (50);
  page = RP_JOURNAL_PAGE (rp_window_get_view (window, "journal"));
  g_assert_cmpuint (rp_journal_page_get_n_shown (page), ==, rp_store_count (store, RP_KIND_JOURNAL_ENTRY));
  rp_test_ui_save_png (GTK_WIDGET (window), "journal");

  /* A journal of some years: thousands of check-back notes, and the view follows */
  g_assert_true (rp_store_begin (store, NULL));
  for (guint i = 0; i < 6000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Routine check %u: queue within target.", i);

      g_assert_true (rp_journal_add_note (store, NULL, NULL, text, NULL));
    }
  g_assert_true (rp_store_commit (store, NULL));
  rp_test_ui_wait (100);
  all = rp_journal_page_get_n_shown (page);
  g_assert_cmpuint (all, ==, rp_store_count (store, RP_KIND_JOURNAL_ENTRY));
  g_assert_cmpuint (all, >, 6000);
  /* Only the pages in sight were read, not the thirty of the whole journal */
  g_assert_cmpuint (rp_journal_model_get_pages_read (rp_journal_page_get_model (page)), <=, 3);

  /* Search: every word must appear; the last may be the start of one */
  rp_journal_page_set_filter (page, "weekend shif", NULL, NULL, NULL);
  searched = rp_journal_page_get_n_shown (page);
  g_assert_cmpuint (searched, >=, 1);
  g_assert_cmpuint (searched, <, all);
  rp_journal_page_set_filter (page, NULL, "strategy", NULL, NULL);
  strategies = rp_journal_page_get_n_shown (page);
  g_assert_cmpuint (strategies, ==, rp_store_count (store, RP_KIND_STRATEGY));
  /* A date that is not one is pointed out, and the list stays as it was */
  rp_journal_page_set_filter (page, NULL, "strategy", "yesterday", NULL);
  g_assert_cmpuint (rp_journal_page_get_n_shown (page), ==, strategies);
  g_assert_nonnull (strstr (rp_journal_page_get_status (page), "yesterday"));
  rp_journal_page_set_filter (page, NULL, NULL, "2000-01-01", "2000-12-31");
  g_assert_cmpuint (rp_journal_page_get_n_shown (page), ==, 0);
  rp_journal_page_set_filter (page, NULL, NULL, NULL, NULL);

  /* A check-back note is an entry like any other */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.add-note", NULL));
  dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  buffer = g_object_get_data (G_OBJECT (dialog), "rp-text");
  gtk_text_buffer_set_text (buffer, "Checked the weekend queue with Raj: 14 faults waited for Monday.", -1);
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (dialog), "journal-note-dialog");
  adw_message_dialog_response (dialog, "add");
  /* As a click does: answer, then close. */
  gtk_window_close (GTK_WINDOW (dialog));
  rp_test_ui_wait (100);
  with_note = rp_journal_page_get_n_shown (page);
  g_assert_cmpuint (with_note, ==, all + 1);
  rp_journal_page_set_filter (page, "weekend queue", NULL, NULL, NULL);
  g_assert_cmpuint (rp_journal_page_get_n_shown (page), ==, 1);

  /* Out of sight, the journal does not reread itself on every write; shown again, it is current */
  rp_journal_page_set_filter (page, NULL, NULL, NULL, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview"));
  /* Past the cross-fade, after which the journal is no longer on screen */
  for (guint i = 0; i < 100 && gtk_widget_get_mapped (GTK_WIDGET (page)); i++)
    rp_test_ui_wait (20);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (rp_journal_add_note (store, NULL, NULL, "Written while the journal was hidden.", NULL));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_journal_page_get_n_shown (page), ==, with_note);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "journal"));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_journal_page_get_n_shown (page), ==, with_note + 1);

  rp_test_ui_close (window);
}

static void
test_no_notification_when_nothing_due (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "n.rapport-db");
  g_autoptr(RpStore) store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
  g_autoptr(GNotification) none = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  GDate today;

  rp_date_set_today (&today);
  findings = rp_overview_findings (store, &today);
  none = rp_due_notification_new (findings);
  g_assert_null (none);
}

int
main (int    argc,
      char **argv)
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;

  g_test_add_func ("/ui/execution/workflow", test_execution_workflow);
  g_test_add_func ("/ui/execution/journal", test_journal);
  g_test_add_func ("/ui/execution/no-notification", test_no_notification_when_nothing_due);

  return g_test_run ();
}
