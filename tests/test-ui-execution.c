/* test-ui-execution.c — the Execution and Journal areas and the Overview under Xvfb, driven
 * through actions: add a strategy, a plan item, a review and a change request; the Overview
 * lists the overdue item; the journal filters, searches and takes a note */
#include "config.h"

#include <string.h>

#include "rp-application.h"
#include "rp-execution-page.h"
#include "rp-strategy-tabs.h"
#include "rp-overview-page.h"
#include "rp-sample.h"
#include "rp-test-ui.h"
#include "rp-findings-model.h"
#include "rp-model.h"
#include "rp-ui.h"
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

static RpExecutionPage *
page_of (RpUiFixture *f)
{
  rp_test_ui_wait (20);
  return RP_EXECUTION_PAGE (rp_ui_fixture_page (f, "execution"));
}

static RpDetailView *
detail_of (RpUiFixture *f)
{
  return RP_DETAIL_VIEW (rp_execution_page_get_detail (page_of (f)));
}

static RpDetailTab *
show_tab (RpUiFixture *f,
          const char  *name)
{
  rp_detail_view_show_tab (detail_of (f), name);
  rp_test_ui_wait (20);
  return rp_detail_view_get_tab (detail_of (f), name);
}

static RpRecord *
open_strategy (RpUiFixture *f,
               const char  *title)
{
  g_autoptr(RpRecord) strategy = rp_store_find (f->store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, title, RP_FIELD_NONE, NULL);

  g_assert_nonnull (strategy);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "strategy",
                                             rp_record_get_uuid (strategy)));
  rp_test_ui_wait (50);
  g_assert_cmpstr (rp_record_get_uuid (rp_detail_view_get_record (detail_of (f))), ==, rp_record_get_uuid (strategy));
  return rp_detail_view_get_record (detail_of (f));
}

static guint
n_overdue (RpUiFixture *f)
{
  guint n = 0;

  g_object_get (detail_of (f), "n-overdue", &n, NULL);
  return n;
}

static char *
review_status (RpUiFixture *f)
{
  char *text = NULL;

  g_object_get (show_tab (f, "reviews"), "status", &text, NULL);
  return text;
}

static void
test_sample_tree (RpUiFixture   *f,
                  gconstpointer  data)
{
  RpExecutionPage *page = page_of (f);
  g_autofree char *status = NULL;
  guint n_listed = 0;

  g_object_get (page, "n-listed", &n_listed, NULL);
  g_assert_cmpuint (n_listed, ==, 3);
  g_assert_cmpstr (rp_execution_page_get_section (page), ==, "detail");
  /* The sample's fault strategy: one plan item overdue, on the timeline and in the list */
  open_strategy (f, "Faster fault resolution");
  g_assert_cmpuint (n_overdue (f), ==, 1);
  g_assert_cmpuint (rp_record_list_get_n_records (rp_test_ui_find_list (GTK_WIDGET (show_tab (f, "plan")), "Plan Items")), ==, 4);
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (show_tab (f, "plan")), GTK_TYPE_LABEL, "Overdue"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "execution-timeline");
  show_tab (f, "changes");
  rp_test_ui_save_png (GTK_WIDGET (f->window), "execution-changes");
  status = review_status (f);
  g_assert_nonnull (strstr (status, "Monthly"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "execution-reviews");
  rp_execution_page_show (page, "competitors");
  rp_test_ui_wait (50);
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (page), GTK_TYPE_LABEL, "High impact"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "execution-competitors");
}

static RpRecord *
new_strategy (RpUiFixture *f)
{
  RpRecordEditor *editor;
  g_autoptr(RpRecord) created = NULL;
  guint n_listed = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "area.new", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  /* Endorsement is a step of its own, never a field of the editor */
  g_assert_null (rp_record_editor_get_field_widget (editor, "endorsed_by"));
  set_text (editor, "title", "Answer every complaint within two days");
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  created = rp_store_find (f->store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "Answer every complaint within two days", RP_FIELD_NONE, NULL);
  g_assert_nonnull (created);
  g_object_get (page_of (f), "n-listed", &n_listed, NULL);
  g_assert_cmpuint (n_listed, ==, 4);
  g_assert_cmpstr (rp_record_get_uuid (rp_detail_view_get_record (detail_of (f))), ==, rp_record_get_uuid (created));
  return g_steal_pointer (&created);
}

/* A plan item past due is overdue in the detail and in the Overview, whose line opens it */
static void
test_overdue_item (RpUiFixture   *f,
                   gconstpointer  data)
{
  g_autoptr(RpRecord) created = new_strategy (f);
  g_autoptr(RpRecord) item = NULL;
  g_autofree char *attention = NULL;
  RpRecordEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_test_ui_find_list (GTK_WIDGET (show_tab (f, "plan")), "Plan Items")),
                                             "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  set_text (editor, "title", "Complaint-handling training for partner agents");
  set_text (editor, "owner", "Tom Chan");
  set_text (editor, "start_on", "2026-01-05");
  set_text (editor, "due_on", "2026-02-27");
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  item = rp_store_find (f->store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_TITLE, "Complaint-handling training for partner agents", RP_FIELD_NONE, NULL);
  g_assert_nonnull (item);
  g_assert_cmpstr (rp_record_get_string (item, RP_PLAN_ITEM_STRATEGY), ==, rp_record_get_uuid (created));
  g_assert_cmpuint (n_overdue (f), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "overview"));
  rp_test_ui_wait (50);
  attention = rp_test_ui_attention (f->window);
  g_assert_nonnull (strstr (attention, "Complaint-handling training for partner agents"));
  g_assert_nonnull (strstr (attention, "Second field-engineer shift at weekends"));
  g_assert_nonnull (strstr (attention, "Change request awaits a decision"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "overview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "plan_item", rp_record_get_uuid (item)));
  rp_test_ui_wait (50);
  g_assert_cmpstr (rp_record_get_uuid (rp_detail_view_get_record (detail_of (f))), ==, rp_record_get_uuid (created));
  g_assert_cmpstr (rp_detail_view_get_visible_tab (detail_of (f)), ==, "plan");
}

/* A review is recorded the day it is held, and sets the date of the next */
static void
test_review_sets_next (RpUiFixture   *f,
                       gconstpointer  data)
{
  g_autoptr(RpRecord) created = new_strategy (f);
  g_autofree char *iso_today = rp_date_today ();
  g_autofree char *next_week = rp_date_add_days (iso_today, 7);
  g_autofree char *status = NULL;
  RpRecordEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_test_ui_find_list (GTK_WIDGET (show_tab (f, "reviews")), "Reviews Held")),
                                             "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rp_record_editor_get_field_widget (editor, "held_on"))), ==, iso_today);
  set_text (editor, "attendees", "Ada Wong, Tom Chan");
  set_text (editor, "next_review_on", next_week);
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_store_count_where (f->store, RP_KIND_REVIEW, RP_REVIEW_STRATEGY, rp_record_get_uuid (created)), ==, 1);
  status = review_status (f);
  g_assert_nonnull (strstr (status, "in 7 days"));
}

/* A change request is decided by management through Decide…, never through its editor */
static void
test_change_request_decided (RpUiFixture   *f,
                             gconstpointer  data)
{
  g_autoptr(RpRecord) created = new_strategy (f);
  g_autoptr(RpRecord) request = NULL;
  g_autoptr(RpRecord) decided = NULL;
  RpDetailTab *tab = show_tab (f, "changes");
  RpRecordEditor *editor;
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_test_ui_find_list (GTK_WIDGET (tab), "Change Requests")), "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_null (rp_record_editor_get_field_widget (editor, "decision"));
  set_text (editor, "what", "Run the training online for the night shift.");
  set_text (editor, "requested_by", "Mandy Yip");
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  request = rp_store_find (f->store, RP_KIND_CHANGE_REQUEST, RP_CHANGE_REQUEST_STRATEGY, rp_record_get_uuid (created), RP_FIELD_NONE, NULL);
  g_assert_nonnull (request);
  g_assert_cmpint (rp_record_get_enum (request, RP_CHANGE_REQUEST_DECISION), ==, RP_DECISION_PENDING);
  g_assert_nonnull (rp_test_ui_find_accessible (GTK_WIDGET (tab), "Decide “\u2068Run the training online for the night shift.\u2069”"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "changes.decide", "s", rp_record_get_uuid (request)));
  dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-by"), "Executive committee");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (dialog), "execution-decide-dialog");
  adw_message_dialog_response (dialog, "approved");
  rp_test_ui_close_window (GTK_WINDOW (dialog));
  decided = rp_store_get (f->store, RP_KIND_CHANGE_REQUEST, rp_record_get_uuid (request));
  g_assert_cmpint (rp_record_get_enum (decided, RP_CHANGE_REQUEST_DECISION), ==, RP_DECISION_APPROVED);
  g_assert_cmpstr (rp_record_get_string (decided, RP_CHANGE_REQUEST_DECIDED_BY), ==, "Executive committee");
  /* Decided, the row shows the decision rather than the button */
  g_assert_null (rp_test_ui_find_accessible (GTK_WIDGET (tab), "Decide “\u2068Run the training online for the night shift.\u2069”"));
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (tab), GTK_TYPE_LABEL, "Approved"));
}

static void
test_endorse (RpUiFixture   *f,
              gconstpointer  data)
{
  g_autoptr(RpRecord) created = new_strategy (f);
  g_autoptr(RpRecord) endorsed = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail_of (f)), "strategy.endorse", NULL));
  dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-by"), "Board of directors");
  adw_message_dialog_response (dialog, "endorse");
  rp_test_ui_close_window (GTK_WINDOW (dialog));
  endorsed = rp_store_get (f->store, RP_KIND_STRATEGY, rp_record_get_uuid (created));
  g_assert_cmpstr (rp_record_get_string (endorsed, RP_STRATEGY_ENDORSED_BY), ==, "Board of directors");
  g_assert_cmpint (rp_record_get_enum (endorsed, RP_STRATEGY_STATUS), ==, RP_STRATEGY_STATUS_ENDORSED);
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (detail_of (f)), GTK_TYPE_LABEL, "Endorsed"));
}

/* Deleting a strategy takes its parts, plan items and change requests with it, at once; Ctrl+Z
 * (win.undo) brings them all back, the newest delete first. */
static void
test_undo_cascading_delete (RpUiFixture   *f,
                            gconstpointer  data)
{
  RpRecord *shown = open_strategy (f, "Win back trust in our service");
  g_autofree char *uuid = g_strdup (rp_record_get_uuid (shown));
  guint strategies = rp_store_count (f->store, RP_KIND_STRATEGY);
  guint items = rp_store_count (f->store, RP_KIND_PLAN_ITEM);
  guint requests = rp_store_count (f->store, RP_KIND_CHANGE_REQUEST);
  g_autoptr(RpRecord) objective = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail_of (f)), "strategy.delete", NULL));
  rp_test_ui_wait (50);
  g_assert_null (rp_store_get (f->store, RP_KIND_STRATEGY, uuid));
  g_assert_cmpuint (rp_store_count (f->store, RP_KIND_PLAN_ITEM), <, items);
  g_assert_cmpuint (rp_store_count (f->store, RP_KIND_CHANGE_REQUEST), <, requests);

  /* A later, single delete elsewhere is undone first */
  {
    g_autoptr(GListModel) objectives = rp_store_list (f->store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);

    objective = g_list_model_get_item (objectives, 0);
    g_assert_true (rp_ui_delete_record (GTK_WIDGET (f->window), f->store, objective));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  rp_test_ui_wait (50);
  g_assert_nonnull (rp_store_get (f->store, RP_KIND_OBJECTIVE, rp_record_get_uuid (objective)));
  g_assert_null (rp_store_get (f->store, RP_KIND_STRATEGY, uuid));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  rp_test_ui_wait (50);
  g_assert_nonnull (rp_store_get (f->store, RP_KIND_STRATEGY, uuid));
  g_assert_cmpuint (rp_store_count (f->store, RP_KIND_STRATEGY), ==, strategies);
  g_assert_cmpuint (rp_store_count (f->store, RP_KIND_PLAN_ITEM), ==, items);
  g_assert_cmpuint (rp_store_count (f->store, RP_KIND_CHANGE_REQUEST), ==, requests);
  /* The views read again what the undo brought back before the window goes */
  {
    g_autoptr(RpFindingsModel) findings = rp_findings_model_get (f->store);

    rp_model_wait (RP_MODEL (findings));
  }
  rp_test_ui_wait (300);
}

/* On start, what is due this week makes one notification */
static void
test_notification_when_due (RpUiFixture   *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GNotification) due = NULL;
  GDate today;

  rp_date_set_today (&today);
  findings = rp_overview_findings (f->store, &today);
  due = rp_due_notification_new (findings);
  g_assert_nonnull (due);
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

#define ADD(path, func) \
  g_test_add (path, RpUiFixture, "execution", rp_ui_fixture_sample, func, rp_ui_fixture_tear_down)
  ADD ("/ui/execution/sample-tree", test_sample_tree);
  ADD ("/ui/execution/overdue-item", test_overdue_item);
  ADD ("/ui/execution/review-sets-next", test_review_sets_next);
  ADD ("/ui/execution/change-request-decided", test_change_request_decided);
  ADD ("/ui/execution/endorse", test_endorse);
  ADD ("/ui/execution/undo-cascading-delete", test_undo_cascading_delete);
  ADD ("/ui/execution/notification-when-due", test_notification_when_due);
#undef ADD
  g_test_add_func ("/ui/execution/no-notification", test_no_notification_when_nothing_due);

  return g_test_run ();
}
