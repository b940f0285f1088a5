/* test-ui-philosophy.c — the Philosophy area under Xvfb, driven through its actions:
 * create, edit, reorder, check fit and balance, compare, adopt, present */
#include "config.h"

#include <string.h>

#include "rp-compare-dialog.h"
#include "rp-evaluation.h"
#include "rp-evaluation-dialog.h"
#include "rp-philosophy.h"
#include "rp-philosophy-page.h"
#include "rp-presentation.h"
#include "rp-sample.h"
#include "rp-test-ui.h"
#include "rp-test-utils.h"

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
set_int (RpRecordEditor *editor,
         const char     *field,
         int             value)
{
  GtkWidget *widget = rp_record_editor_get_field_widget (editor, field);

  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (widget), "rp-spin"), value);
}

static void
add_principle (RpRecordList *list,
               const char   *statement,
               int           customer,
               int           company)
{
  RpRecordEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  set_text (editor, "statement", statement);
  set_text (editor, "rationale", "Because customers said so.");
  set_int (editor, "customer_benefit", customer);
  set_int (editor, "company_benefit", company);
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
}

static GPtrArray *
principle_texts (RpStore  *store,
                 RpRecord *philosophy)
{
  g_autoptr(GListModel) principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (philosophy));
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) p = g_list_model_get_item (principles, i);

      g_ptr_array_add (texts, g_strdup (rp_record_get_string (p, RP_PRINCIPLE_STATEMENT)));
    }
  return texts;
}

/* Answers a step's dialog (propose, adopt, …) as a manager would. */
static void
answer_step (RpPhilosophyDetail *detail,
             const char         *step,
             const char         *by,
             const char         *date)
{
  g_autofree char *action = g_strdup_printf ("philosophy.%s", step);
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), action, NULL));
  dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-by"), by);
  if (date != NULL)
    gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-on"), date);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-notes"), "Agreed at the board meeting.");
  {
    g_autofree char *shot = g_strdup_printf ("philosophy-%s-dialog", step);

    rp_test_ui_wait (50);
    rp_test_ui_save_png (GTK_WIDGET (dialog), shot);
  }
  adw_message_dialog_response (dialog, step);
  /* As a click does: answer, then close. */
  gtk_window_close (GTK_WINDOW (dialog));
  rp_test_ui_wait (50);
}

static void
test_philosophy_workflow (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "p.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpStore *store = rp_window_get_store (window);
  RpPhilosophyPage *page;
  RpPhilosophyDetail *detail;
  RpRecordEditor *editor;
  RpRecordList *principles;
  RpCompareDialog *compare;
  RpPresentation *show;
  GtkTextBuffer *staff;
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(RpRecord) created = NULL;
  g_autoptr(RpRecord) old = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(RpRecord) first_objective = NULL;
  GtkCheckButton *check;
  guint unserved;

  g_assert_true (rp_sample_fill (store, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "philosophy"));
  rp_test_ui_wait (50);
  page = RP_PHILOSOPHY_PAGE (rp_window_get_view (window, "philosophy"));
  detail = rp_philosophy_page_get_detail (page);

  /* The sample: two candidates, the adopted one shown first, with its flags */
  adopted = rp_philosophy_get_adopted (store);
  g_assert_cmpuint (rp_philosophy_page_get_n_listed (page), ==, 2);
  g_assert_cmpstr (rp_record_get_uuid (rp_philosophy_detail_get_philosophy (detail)), ==, rp_record_get_uuid (adopted));
  g_assert_cmpuint (rp_record_list_get_n_records (rp_philosophy_detail_get_principles (detail)), ==, 6);
  g_assert_cmpuint (rp_philosophy_detail_count_flags (detail, "principle-favours-company"), ==, 1);
  g_assert_cmpuint (rp_philosophy_detail_count_highlights (detail, "long-sentence"), ==, 1);
  g_assert_nonnull (strstr (rp_philosophy_detail_get_readability (detail), "1 long sentence"));
  rp_test_ui_save_png (GTK_WIDGET (window), "philosophy-editor");
  /* Focus scrolls the staff edition into view, its long sentence marked */
  gtk_widget_grab_focus (rp_test_ui_find (GTK_WIDGET (detail), GTK_TYPE_TEXT_VIEW, NULL));
  rp_test_ui_wait (100);
  rp_test_ui_save_png (GTK_WIDGET (window), "philosophy-staff-edition");
  rp_philosophy_detail_show_tab (detail, "fit");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (window), "philosophy-fit");
  rp_philosophy_detail_show_tab (detail, "balance");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (window), "philosophy-balance");
  rp_philosophy_detail_show_tab (detail, "evaluate");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (window), "philosophy-evaluate");
  rp_philosophy_detail_show_tab (detail, "adoption");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (window), "philosophy-adoption");
  rp_philosophy_detail_show_tab (detail, "promote");
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_philosophy_detail_count_flags (detail, "promotion-overdue"), ==, 1);
  rp_test_ui_save_png (GTK_WIDGET (window), "philosophy-promote");

  /* Search and the status filter */
  rp_philosophy_page_set_search (page, "efficiency");
  g_assert_cmpuint (rp_philosophy_page_get_n_listed (page), ==, 1);
  rp_philosophy_page_set_search (page, "");
  rp_philosophy_page_set_status_filter (page, "proposed");
  g_assert_cmpuint (rp_philosophy_page_get_n_listed (page), ==, 1);
  rp_philosophy_page_set_status_filter (page, NULL);

  /* Create a candidate */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "philosophies.new", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  g_assert_null (rp_record_editor_get_field_widget (editor, "status"));
  set_text (editor, "title", "Service <promise> & more");
  set_text (editor, "statement", "We keep every promise we make to a customer.");
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  created = rp_store_find (store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_TITLE, "Service <promise> & more", RP_FIELD_NONE, NULL);
  g_assert_nonnull (created);
  g_assert_cmpstr (rp_record_get_string (created, RP_PHILOSOPHY_STATUS), ==, "draft");
  g_assert_cmpuint (rp_philosophy_page_get_n_listed (page), ==, 3);
  g_assert_cmpstr (rp_record_get_uuid (rp_philosophy_detail_get_philosophy (detail)), ==, rp_record_get_uuid (created));
  g_assert_cmpstr (rp_philosophy_detail_get_tab (detail), ==, "write");

  /* Edit: principles with their benefits; one favours the company */
  principles = rp_philosophy_detail_get_principles (detail);
  add_principle (principles, "Tell customers the full price & terms <before> they sign.", 5, 4);
  add_principle (principles, "Answer every complaint within two days.", 4, 3);
  add_principle (principles, "Sell the premium plan to every caller.", 2, 5);
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_record_list_get_n_records (principles), ==, 3);
  g_assert_cmpuint (rp_philosophy_detail_count_flags (detail, "principle-favours-company"), ==, 1);
  g_assert_cmpuint (rp_philosophy_detail_count_flags (detail, "principle-serves-no-objective"), ==, 3);

  /* Reorder with the keyboard's action: the last principle moves up */
  before = principle_texts (store, created);
  {
    g_autoptr(RpRecord) last = rp_record_list_get_record (principles, 2);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (principles), "list.move-up", "s", rp_record_get_uuid (last)));
  }
  rp_test_ui_wait (50);
  after = principle_texts (store, created);
  g_assert_cmpstr (after->pdata[1], ==, before->pdata[2]);
  g_assert_cmpstr (after->pdata[2], ==, before->pdata[1]);

  /* The staff edition: long sentences and words pointed out, then saved */
  staff = rp_philosophy_detail_get_staff_buffer (detail);
  gtk_text_buffer_set_text (staff, "Keep every promise. We answer complaints quickly, and we always make sure that the "
                                   "customer understands what happens next and when they will hear from us again about it. "
                                   "Avoid incomprehensible jargon.", -1);
  g_assert_cmpuint (rp_philosophy_detail_count_highlights (detail, "long-sentence"), ==, 1);
  g_assert_cmpuint (rp_philosophy_detail_count_highlights (detail, "long-word"), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "philosophy.save-staff-edition", NULL));
  rp_test_ui_wait (50);
  {
    g_autoptr(RpRecord) saved = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (created));

    g_assert_nonnull (strstr (rp_record_get_string (saved, RP_PHILOSOPHY_STAFF_EDITION), "Keep every promise."));
  }
  g_assert_false (gtk_text_buffer_get_modified (staff));

  /* Text typed and not saved is kept when another philosophy is opened */
  {
    GtkTextIter start, end;

    /* As typing does: a user action (set_text would count as loading, not editing) */
    gtk_text_buffer_begin_user_action (staff);
    gtk_text_buffer_get_bounds (staff, &start, &end);
    gtk_text_buffer_delete_interactive (staff, &start, &end, TRUE);
    gtk_text_buffer_insert_interactive_at_cursor (staff, "Keep every promise, even the small ones.", -1, TRUE);
    gtk_text_buffer_end_user_action (staff);
    g_assert_true (gtk_text_buffer_get_modified (staff));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(ss)", "philosophy",
                                             rp_record_get_uuid (adopted)));
  rp_test_ui_wait (50);
  {
    g_autoptr(RpRecord) kept = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (created));
    g_autoptr(RpRecord) other = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (adopted));
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    g_assert_cmpstr (rp_record_get_string (kept, RP_PHILOSOPHY_STAFF_EDITION), ==, "Keep every promise, even the small ones.");
    gtk_text_buffer_get_bounds (staff, &start, &end);
    shown = gtk_text_buffer_get_text (staff, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, rp_record_get_string (other, RP_PHILOSOPHY_STAFF_EDITION));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(ss)", "philosophy",
                                             rp_record_get_uuid (created)));
  rp_test_ui_wait (50);

  /* Fit: ticking a box links the principle to the objective */
  rp_philosophy_detail_show_tab (detail, "fit");
  rp_test_ui_wait (50);
  objectives = rp_store_list (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  first_objective = g_list_model_get_item (objectives, 0);
  unserved = rp_philosophy_detail_count_flags (detail, "objective-unserved");
  g_assert_cmpuint (unserved, ==, g_list_model_get_n_items (objectives));
  check = rp_philosophy_detail_get_fit_check (detail, 0, 0);
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (check));
  gtk_check_button_set_active (check, TRUE);
  rp_test_ui_wait (50);
  {
    g_autoptr(RpRecord) first = rp_record_list_get_record (principles, 0);

    g_assert_true (rp_link_exists (store, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, rp_record_get_uuid (first),
                                   RP_PRINCIPLE_OBJECTIVE_OBJECTIVE, rp_record_get_uuid (first_objective)));
  }
  g_assert_cmpuint (rp_philosophy_detail_count_flags (detail, "objective-unserved"), ==, unserved - 1);
  g_assert_cmpuint (rp_philosophy_detail_count_flags (detail, "principle-serves-no-objective"), ==, 2);
  g_assert_true (gtk_check_button_get_active (rp_philosophy_detail_get_fit_check (detail, 0, 0)));

  /* Management scores it on the weighted criteria; the total follows the weights */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "philosophy.evaluate", NULL));
  {
    RpEvaluationDialog *evaluation = RP_EVALUATION_DIALOG (rp_test_ui_wait_for_window (RP_TYPE_EVALUATION_DIALOG));
    g_autoptr(GListModel) criteria = rp_criteria_for_scope (store, "philosophy");
    double weights = 0, weighted = 0;
    guint n;

    g_assert_nonnull (evaluation);
    n = rp_evaluation_dialog_get_n_criteria (evaluation);
    g_assert_cmpuint (n, ==, g_list_model_get_n_items (criteria));
    g_assert_cmpuint (n, >=, 4);
    /* 5 on the first criterion, 3 on the others */
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(RpRecord) criterion = g_list_model_get_item (criteria, i);
        int score = i == 0 ? 5 : 3;

        rp_evaluation_dialog_set_score (evaluation, i, score);
        weights += rp_record_get_real (criterion, RP_CRITERION_WEIGHT);
        weighted += rp_record_get_real (criterion, RP_CRITERION_WEIGHT) * score;
      }
    g_assert_cmpfloat_with_epsilon (rp_evaluation_dialog_get_total (evaluation), 100 * weighted / (5 * weights), 1e-9);
    rp_test_ui_save_png (GTK_WIDGET (evaluation), "philosophy-evaluation-dialog");
    g_assert_true (rp_evaluation_dialog_save (evaluation));
    rp_test_ui_wait (50);
    g_assert_cmpfloat_with_epsilon (rp_subject_evaluation_total (store, "philosophy", rp_record_get_uuid (created), NULL),
                                    100 * weighted / (5 * weights), 1e-9);
  }

  /* Compare the adopted philosophy with its alternative: aligned principle by principle */
  rp_test_ui_wait (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(ss)", "philosophy",
                                             rp_record_get_uuid (adopted)));
  rp_test_ui_wait (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "philosophies.compare", NULL));
  compare = RP_COMPARE_DIALOG (rp_test_ui_wait_for_window (RP_TYPE_COMPARE_DIALOG));
  g_assert_nonnull (compare);
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_compare_dialog_get_n_rows (compare), >=, 6);
  rp_test_ui_save_png (GTK_WIDGET (compare), "philosophy-compare");
  /* Text from the workspace is shown as written, never read as markup */
  rp_compare_dialog_choose (compare, rp_record_get_uuid (created), TRUE);
  rp_test_ui_wait (50);
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (compare), "Service <promise> & more"));
  gtk_window_destroy (GTK_WINDOW (compare));
  rp_test_ui_wait (50);

  /* Adopt the new candidate: propose, then adopt; the old one is retired */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(ss)", "philosophy",
                                             rp_record_get_uuid (created)));
  rp_test_ui_wait (50);
  rp_philosophy_detail_show_tab (detail, "adoption");
  /* Only a proposed philosophy can be adopted: the step is not offered */
  gtk_widget_activate_action (GTK_WIDGET (detail), "philosophy.adopt", NULL);
  rp_test_ui_wait (50);
  g_assert_null (rp_test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG));
  answer_step (detail, "propose", "Ada Wong", NULL);
  {
    g_autoptr(RpRecord) proposed = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (created));

    g_assert_cmpstr (rp_record_get_string (proposed, RP_PHILOSOPHY_STATUS), ==, "proposed");
  }
  /* A date that is not a date is refused, and nothing changes */
  answer_step (detail, "adopt", "Board of directors", "next Tuesday");
  {
    g_autoptr(RpRecord) still = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (created));
    GtkWindow *alert = rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);

    g_assert_cmpstr (rp_record_get_string (still, RP_PHILOSOPHY_STATUS), ==, "proposed");
    g_assert_nonnull (alert);
    gtk_window_destroy (alert);
    rp_test_ui_wait (50);
  }
  answer_step (detail, "adopt", "Board of directors", "2026-11-20");
  {
    g_autoptr(RpRecord) now = rp_philosophy_get_adopted (store);

    g_assert_cmpstr (rp_record_get_uuid (now), ==, rp_record_get_uuid (created));
    g_assert_cmpstr (rp_record_get_string (now, RP_PHILOSOPHY_APPROVED_BY), ==, "Board of directors");
    g_assert_cmpstr (rp_record_get_string (now, RP_PHILOSOPHY_ADOPTED_ON), ==, "2026-11-20");
  }
  old = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (adopted));
  g_assert_cmpstr (rp_record_get_string (old, RP_PHILOSOPHY_STATUS), ==, "retired");
  events = rp_store_list (store, RP_KIND_PHILOSOPHY_EVENT, RP_PHILOSOPHY_EVENT_PHILOSOPHY, rp_record_get_uuid (created));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  rp_test_ui_save_png (GTK_WIDGET (window), "philosophy-adopted");

  /* Present: a title slide, then one principle a slide */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "philosophy.present", NULL));
  show = RP_PRESENTATION (rp_test_ui_wait_for_window (RP_TYPE_PRESENTATION));
  g_assert_nonnull (show);
  g_assert_cmpuint (rp_presentation_get_n_slides (show), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.next", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.next", NULL));
  g_assert_cmpuint (rp_presentation_get_current (show), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.leave", NULL));
  rp_test_ui_wait (50);
  g_assert_null (rp_test_ui_find_window (RP_TYPE_PRESENTATION));

  /* Start from this one, then delete the copy; the list follows */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "philosophies.duplicate", NULL));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_philosophy_page_get_n_listed (page), ==, 4);
  g_assert_cmpstr (rp_record_get_string (rp_philosophy_detail_get_philosophy (detail), RP_PHILOSOPHY_STATUS), ==, "draft");
  g_assert_cmpuint (rp_record_list_get_n_records (rp_philosophy_detail_get_principles (detail)), ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "philosophy.delete", NULL));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_philosophy_page_get_n_listed (page), ==, 3);
  g_assert_cmpuint (rp_store_count (store, RP_KIND_PHILOSOPHY), ==, 3);

  rp_test_ui_close (window);
}

/* A workspace without philosophies invites the first one. */
static void
test_philosophy_empty (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "e.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpPhilosophyPage *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "philosophy"));
  rp_test_ui_wait (50);
  page = RP_PHILOSOPHY_PAGE (rp_window_get_view (window, "philosophy"));
  g_assert_cmpuint (rp_philosophy_page_get_n_listed (page), ==, 0);
  g_assert_null (rp_philosophy_detail_get_philosophy (rp_philosophy_page_get_detail (page)));
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (page), "No Philosophy Yet"));
  rp_test_ui_close (window);
}

int
main (int    argc,
      char **argv)
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;

  g_test_add_func ("/ui/philosophy/workflow", test_philosophy_workflow);
  g_test_add_func ("/ui/philosophy/empty", test_philosophy_empty);

  return g_test_run ();
}
