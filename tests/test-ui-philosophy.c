/* test-ui-philosophy.c — the Philosophy area under Xvfb, driven through its actions:
 * create, edit, reorder, check fit and balance, compare, adopt, present */
#include "config.h"

#include <string.h>

#include "rp-company-window.h"
#include "rp-compare-dialog.h"
#include "rp-evaluation.h"
#include "rp-evaluation-dialog.h"
#include "rp-philosophy.h"
#include "rp-philosophy-page.h"
#include "rp-philosophy-models.h"
#include "rp-living.h"
#include "rp-philosophy-tabs.h"
#include "rp-presentation.h"
#include "rp-sample.h"
#include "rp-test-ui.h"
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

static RpPhilosophyPage *
page_of (RpUiFixture *f)
{
  rp_test_ui_wait (20);
  return RP_PHILOSOPHY_PAGE (rp_ui_fixture_page (f, "philosophy"));
}

static RpDetailView *
detail_of (RpUiFixture *f)
{
  return RP_DETAIL_VIEW (rp_philosophy_page_get_detail (page_of (f)));
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
shown (RpUiFixture *f)
{
  return rp_detail_view_get_record (detail_of (f));
}

static guint
n_listed (RpUiFixture *f)
{
  guint n = 0;

  g_object_get (page_of (f), "n-listed", &n, NULL);
  return n;
}

static guint
count_flags (RpUiFixture *f,
             const char  *rule)
{
  g_autoptr(RpPhilosophyChecks) checks = rp_philosophy_checks_get (f->store, rp_record_get_uuid (shown (f)));

  return rp_philosophy_checks_count (checks, rule);
}

static RpRecordList *
principles_list (RpUiFixture *f)
{
  return rp_test_ui_find_list (GTK_WIDGET (show_tab (f, "write")), "Principles");
}

static void
open_record (RpUiFixture *f,
             RpRecord    *record)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)",
                                             rp_record_get_kind (record)->name, rp_record_get_uuid (record)));
  rp_test_ui_wait (50);
}

/* A draft candidate of the sample's company, opened */
static RpRecord *
new_candidate (RpUiFixture *f,
               const char  *title)
{
  g_autoptr(RpRecord) philosophy = rp_record_new_for (RP_KIND_PHILOSOPHY, NULL);

  rp_record_set_string (philosophy, RP_PHILOSOPHY_TITLE, title);
  rp_record_set_string (philosophy, RP_PHILOSOPHY_STATEMENT, "We keep every promise we make to a customer.");
  g_assert_true (rp_store_save (f->store, philosophy, NULL));
  open_record (f, philosophy);
  g_assert_cmpstr (rp_record_get_uuid (shown (f)), ==, rp_record_get_uuid (philosophy));
  return g_steal_pointer (&philosophy);
}

/* Answers a step's dialog (propose, adopt, …) as a manager would. */
static void
answer_step (RpUiFixture *f,
             const char  *step,
             const char  *by,
             const char  *date)
{
  g_autofree char *action = g_strdup_printf ("adoption.%s", step);
  g_autofree char *shot = g_strdup_printf ("philosophy-%s-dialog", step);
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show_tab (f, "adoption")), action, NULL));
  dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  /* Nobody named: the step waits, and says why, once something was typed; the dialog stays */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, step));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-notes"), "Agreed at the board meeting.");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-by"), " ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, step));
  g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (dialog), "rp-problem")));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-by"), by);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, step));
  if (date != NULL)
    gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-on"), date);
  g_assert_cmpstr (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "rp-notes")), ==, "Agreed at the board meeting.");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (dialog), shot);
  adw_message_dialog_response (dialog, step);
  rp_test_ui_close_window (GTK_WINDOW (dialog));
}

static void
test_sample_is_shown (RpUiFixture   *f,
                      gconstpointer  data)
{
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (f->store);
  RpDetailTab *write;
  g_autofree char *readability = NULL;

  /* The sample: two candidates, the adopted one shown first, with its flags */
  g_assert_cmpuint (n_listed (f), ==, 2);
  g_assert_cmpstr (rp_record_get_uuid (shown (f)), ==, rp_record_get_uuid (adopted));
  write = show_tab (f, "write");
  g_assert_cmpuint (rp_record_list_get_n_records (principles_list (f)), ==, 6);
  g_assert_cmpuint (count_flags (f, "principle-favours-company"), ==, 1);
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (write), GTK_TYPE_LABEL, "Favours the company"));
  g_assert_cmpuint (rp_philosophy_write_tab_count_highlights (RP_PHILOSOPHY_WRITE_TAB (write), "long-sentence"), ==, 1);
  g_object_get (write, "readability", &readability, NULL);
  g_assert_nonnull (strstr (readability, "1 long sentence"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-editor");
  /* Focus scrolls the staff edition into view, its long sentence marked */
  gtk_widget_grab_focus (rp_test_ui_find (GTK_WIDGET (write), GTK_TYPE_TEXT_VIEW, NULL));
  rp_test_ui_wait (100);
  rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-staff-edition");
  show_tab (f, "fit");
  rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-fit");
  show_tab (f, "balance");
  g_assert_nonnull (rp_test_ui_find_accessible (GTK_WIDGET (show_tab (f, "balance")), "Favours the company over its customers"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-balance");
  show_tab (f, "evaluate");
  rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-evaluate");
  show_tab (f, "adoption");
  rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-adoption");
  /* Its promotion activity past its date is overdue */
  g_assert_cmpuint (count_flags (f, "promotion-overdue"), ==, 1);
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (show_tab (f, "promote")), GTK_TYPE_LABEL, "Overdue"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-promote");
}

static void
test_search_and_filter (RpUiFixture   *f,
                        gconstpointer  data)
{
  g_object_set (page_of (f), "search", "efficiency", NULL);
  g_assert_cmpuint (n_listed (f), ==, 1);
  g_object_set (page_of (f), "search", "", NULL);
  g_assert_cmpuint (n_listed (f), ==, 2);
  g_object_set (page_of (f), "status-filter", "proposed", NULL);
  g_assert_cmpuint (n_listed (f), ==, 1);
  g_object_set (page_of (f), "status-filter", NULL, NULL);
  g_assert_cmpuint (n_listed (f), ==, 2);
}

static void
test_new_candidate (RpUiFixture   *f,
                    gconstpointer  data)
{
  RpRecordEditor *editor;
  g_autoptr(RpRecord) created = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "area.new", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  /* Its status is the adoption steps' to set */
  g_assert_null (rp_record_editor_get_field_widget (editor, "status"));
  set_text (editor, "title", "Service <promise> & more");
  set_text (editor, "statement", "We keep every promise we make to a customer.");
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  created = rp_store_find (f->store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_TITLE, "Service <promise> & more", RP_FIELD_NONE, NULL);
  g_assert_nonnull (created);
  g_assert_cmpint (rp_record_get_enum (created, RP_PHILOSOPHY_STATUS), ==, RP_PHILOSOPHY_STATUS_DRAFT);
  g_assert_cmpuint (n_listed (f), ==, 3);
  g_assert_cmpstr (rp_record_get_uuid (shown (f)), ==, rp_record_get_uuid (created));
  g_assert_cmpstr (rp_detail_view_get_visible_tab (detail_of (f)), ==, "write");
  /* Text from the workspace is shown as written, never read as markup */
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (detail_of (f)), "Service <promise> & more"));
}

static void
test_principles_flagged_and_ordered (RpUiFixture   *f,
                                     gconstpointer  data)
{
  g_autoptr(RpRecord) created = new_candidate (f, "Promises kept");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(RpRecord) last = NULL;

  add_principle (principles_list (f), "Tell customers the full price & terms <before> they sign.", 5, 4);
  add_principle (principles_list (f), "Answer every complaint within two days.", 4, 3);
  add_principle (principles_list (f), "Sell the premium plan to every caller.", 2, 5);
  g_assert_cmpuint (rp_record_list_get_n_records (principles_list (f)), ==, 3);
  g_assert_cmpuint (count_flags (f, "principle-favours-company"), ==, 1);
  g_assert_cmpuint (count_flags (f, "principle-serves-no-objective"), ==, 3);
  /* Reordered with the keyboard's action: the last principle moves up */
  before = principle_texts (f->store, created);
  last = rp_record_list_get_record (principles_list (f), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (principles_list (f)), "list.move-up", "s", rp_record_get_uuid (last)));
  rp_test_ui_wait (50);
  after = principle_texts (f->store, created);
  g_assert_cmpstr (after->pdata[1], ==, before->pdata[2]);
  g_assert_cmpstr (after->pdata[2], ==, before->pdata[1]);
  /* A row dropped on the last one takes its place */
  {
    g_autoptr(RpRecord) first = rp_record_list_get_record (principles_list (f), 0);
    g_autoptr(GPtrArray) dropped = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (principles_list (f)), "list.move-to", "(su)",
                                               rp_record_get_uuid (first), 2));
    rp_test_ui_wait (50);
    dropped = principle_texts (f->store, created);
    g_assert_cmpstr (dropped->pdata[2], ==, after->pdata[0]);
    g_assert_cmpstr (dropped->pdata[0], ==, after->pdata[1]);
  }
}

static void
test_staff_edition (RpUiFixture   *f,
                    gconstpointer  data)
{
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (f->store);
  g_autoptr(RpRecord) created = new_candidate (f, "Plain words");
  RpPhilosophyWriteTab *write = RP_PHILOSOPHY_WRITE_TAB (show_tab (f, "write"));
  GtkTextBuffer *staff = rp_philosophy_write_tab_get_staff_buffer (write);
  g_autoptr(RpRecord) saved = NULL;
  g_autoptr(RpRecord) kept = NULL;
  g_autoptr(RpRecord) other = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  /* Long sentences and words are pointed out, then the text is saved */
  gtk_text_buffer_set_text (staff, "Keep every promise. We answer complaints quickly, and we always make sure that the "
                                   "customer understands what happens next and when they will hear from us again about it. "
                                   "Avoid incomprehensible jargon.", -1);
  g_assert_cmpuint (rp_philosophy_write_tab_count_highlights (write, "long-sentence"), ==, 1);
  g_assert_cmpuint (rp_philosophy_write_tab_count_highlights (write, "long-word"), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (write), "staff.save", NULL));
  rp_test_ui_wait (50);
  saved = rp_store_get (f->store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (created));
  g_assert_nonnull (strstr (rp_record_get_string (saved, RP_PHILOSOPHY_STAFF_EDITION), "Keep every promise."));
  g_assert_false (gtk_text_buffer_get_modified (staff));

  /* Text typed and not saved is kept when another philosophy is opened */
  gtk_text_buffer_begin_user_action (staff);
  gtk_text_buffer_get_bounds (staff, &start, &end);
  gtk_text_buffer_delete_interactive (staff, &start, &end, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (staff, "Keep every promise, even the small ones.", -1, TRUE);
  gtk_text_buffer_end_user_action (staff);
  g_assert_true (gtk_text_buffer_get_modified (staff));
  open_record (f, adopted);
  kept = rp_store_get (f->store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (created));
  other = rp_store_get (f->store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (adopted));
  g_assert_cmpstr (rp_record_get_string (kept, RP_PHILOSOPHY_STAFF_EDITION), ==, "Keep every promise, even the small ones.");
  gtk_text_buffer_get_bounds (staff, &start, &end);
  text = gtk_text_buffer_get_text (staff, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, rp_record_get_string (other, RP_PHILOSOPHY_STAFF_EDITION));
}

static void
test_fit_ticks_link (RpUiFixture   *f,
                     gconstpointer  data)
{
  g_autoptr(RpRecord) created = new_candidate (f, "Fit check");
  g_autoptr(GListModel) objectives = rp_store_list (f->store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) first_objective = g_list_model_get_item (objectives, 0);
  g_autoptr(RpRecord) first = NULL;
  RpPhilosophyFitTab *fit;
  GtkCheckButton *check;
  guint unserved;

  add_principle (principles_list (f), "Answer every complaint within two days.", 4, 3);
  add_principle (principles_list (f), "Tell customers the full price before they sign.", 5, 4);
  fit = RP_PHILOSOPHY_FIT_TAB (show_tab (f, "fit"));
  unserved = count_flags (f, "objective-unserved");
  g_assert_cmpuint (unserved, ==, g_list_model_get_n_items (objectives));
  check = rp_philosophy_fit_tab_get_check (fit, 0, 0);
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (check));
  gtk_check_button_set_active (check, TRUE);
  rp_test_ui_wait (50);
  first = rp_record_list_get_record (principles_list (f), 0);
  g_assert_true (rp_link_exists (f->store, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, rp_record_get_uuid (first),
                                 RP_PRINCIPLE_OBJECTIVE_OBJECTIVE, rp_record_get_uuid (first_objective)));
  g_assert_cmpuint (count_flags (f, "objective-unserved"), ==, unserved - 1);
  g_assert_cmpuint (count_flags (f, "principle-serves-no-objective"), ==, 1);
  /* The matrix was updated, not rebuilt: the box ticked is the same and keeps its tick */
  g_assert_true (rp_philosophy_fit_tab_get_check (RP_PHILOSOPHY_FIT_TAB (show_tab (f, "fit")), 0, 0) == check);
  g_assert_true (gtk_check_button_get_active (check));
}

static void
test_evaluation (RpUiFixture   *f,
                 gconstpointer  data)
{
  g_autoptr(RpRecord) created = new_candidate (f, "Scored");
  g_autoptr(GListModel) criteria = rp_criteria_for_scope (f->store, "philosophy");
  RpEvaluationDialog *evaluation;
  double weights = 0, weighted = 0, expected;
  guint n;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail_of (f)), "philosophy.evaluate", NULL));
  evaluation = RP_EVALUATION_DIALOG (rp_test_ui_wait_for_window (RP_TYPE_EVALUATION_DIALOG));
  g_assert_nonnull (evaluation);
  n = rp_evaluation_dialog_get_n_criteria (evaluation);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (criteria));
  g_assert_cmpuint (n, >=, 4);
  /* 5 on the first criterion, 3 on the others: the total follows the weights */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) criterion = g_list_model_get_item (criteria, i);
      int score = i == 0 ? 5 : 3;

      rp_evaluation_dialog_set_score (evaluation, i, score);
      weights += rp_record_get_real (criterion, RP_CRITERION_WEIGHT);
      weighted += rp_record_get_real (criterion, RP_CRITERION_WEIGHT) * score;
    }
  expected = 100 * weighted / (5 * weights);
  g_assert_cmpfloat_with_epsilon (rp_evaluation_dialog_get_total (evaluation), expected, 1e-9);
  rp_test_ui_save_png (GTK_WIDGET (evaluation), "philosophy-evaluation-dialog");
  /* A wrong date is said in the dialog, which stays open with what was typed, Notes in reach */
  {
    GtkWidget *date = rp_test_ui_find (GTK_WIDGET (evaluation), ADW_TYPE_ENTRY_ROW, "Date (YYYY-MM-DD)");
    GtkWidget *notes = rp_test_ui_find (GTK_WIDGET (evaluation), GTK_TYPE_TEXT_VIEW, NULL);
    g_autofree char *today = rp_date_today ();

    g_assert_nonnull (date);
    g_assert_nonnull (notes);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes)), "Strong on fit, weak on cost.", -1);
    gtk_editable_set_text (GTK_EDITABLE (date), "someday");
    g_assert_false (rp_evaluation_dialog_save (evaluation));
    rp_test_ui_wait (50);
    g_assert_nonnull (rp_test_ui_find_window (RP_TYPE_EVALUATION_DIALOG));
    g_assert_true (gtk_widget_get_mapped (notes));
    rp_test_ui_save_png (GTK_WIDGET (evaluation), "philosophy-evaluation-error");
    gtk_editable_set_text (GTK_EDITABLE (date), today);
  }
  g_assert_true (rp_evaluation_dialog_save (evaluation));
  rp_test_ui_wait (50);
  g_assert_cmpfloat_with_epsilon (rp_subject_evaluation_total (f->store, "philosophy", rp_record_get_uuid (created), NULL),
                                  expected, 1e-9);
  /* The header and the Evaluate tab show it */
  {
    g_autofree char *badge = g_strdup_printf ("Evaluated %.0f", expected);

    g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (detail_of (f)), badge));
  }
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_labels_containing (GtkWidget  *widget,
                         const char *text)
{
  guint n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      g_autofree char *plain = rp_text_strip_bidi (gtk_label_get_text (GTK_LABEL (widget)));

      n += strstr (plain, text) != NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_labels_containing (child, text);
  return n;
}

static void
test_compare (RpUiFixture   *f,
              gconstpointer  data)
{
  g_autoptr(RpRecord) created = new_candidate (f, "Service <promise> & more");
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (f->store);
  RpCompareDialog *compare;

  open_record (f, adopted);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "philosophies.compare", NULL));
  compare = RP_COMPARE_DIALOG (rp_test_ui_wait_for_window (RP_TYPE_COMPARE_DIALOG));
  g_assert_nonnull (compare);
  rp_test_ui_wait (50);
  /* The adopted philosophy and its alternative, aligned principle by principle */
  g_assert_cmpuint (rp_compare_dialog_get_n_rows (compare), >=, 6);
  rp_test_ui_save_png (GTK_WIDGET (compare), "philosophy-compare");
  /* The board pack: criterion by criterion, the best marked in words; what Save Board Pack as
   * PDF… writes is the document test-cli-living reads back. */
  g_assert_nonnull (rp_compare_dialog_get_board_pack (compare));
  g_assert_cmpuint (rp_compare_dialog_get_board_pack (compare)->candidates->len, ==, 2);
  g_assert_nonnull (rp_test_ui_find_accessible (GTK_WIDGET (compare), "Save the board pack as PDF"));
  /* Benefit to customers, clarity and balance lead in the first; feasibility in the second. */
  g_assert_cmpuint (count_labels_containing (GTK_WIDGET (compare), "— highest"), ==, 4);
  g_assert_cmpuint (count_labels_containing (GTK_WIDGET (compare), "Benefit to customers 3 (−2) · to the company 4 (+1)"), ==, 1);
  /* Text from the workspace is shown as written, never read as markup */
  rp_compare_dialog_choose (compare, rp_record_get_uuid (created), TRUE);
  rp_test_ui_wait (50);
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (compare), "Service <promise> & more"));
  rp_test_ui_close_window (GTK_WINDOW (compare));
}

static void
test_adoption_steps (RpUiFixture   *f,
                     gconstpointer  data)
{
  g_autoptr(RpRecord) old = rp_philosophy_get_adopted (f->store);
  g_autoptr(RpRecord) created = new_candidate (f, "To adopt");
  g_autofree char *today = rp_date_today ();
  g_autoptr(RpRecord) retired = NULL;
  g_autoptr(RpRecord) now = NULL;
  g_autoptr(GListModel) events = NULL;
  RpDetailTab *adoption;
  GtkWindow *alert;

  /* Without a principle there is nothing to propose */
  answer_step (f, "propose", "Ada Wong", NULL);
  alert = rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (alert);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (alert)), "at least one principle"));
  rp_test_ui_close_window (alert);
  g_assert_cmpint (rp_record_get_enum (shown (f), RP_PHILOSOPHY_STATUS), ==, RP_PHILOSOPHY_STATUS_DRAFT);
  add_principle (principles_list (f), "Answer every complaint within two days.", 4, 3);
  adoption = show_tab (f, "adoption");

  /* Only a proposed philosophy can be adopted: the step is not offered to a draft */
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (adoption), GTK_TYPE_BUTTON, "_Adopt…"));
  g_assert_false (gtk_widget_get_visible (rp_test_ui_find (GTK_WIDGET (adoption), GTK_TYPE_BUTTON, "_Adopt…")));
  g_assert_true (gtk_widget_get_visible (rp_test_ui_find (GTK_WIDGET (adoption), GTK_TYPE_BUTTON, "_Propose…")));
  answer_step (f, "propose", "Ada Wong", NULL);
  g_assert_cmpint (rp_record_get_enum (shown (f), RP_PHILOSOPHY_STATUS), ==, RP_PHILOSOPHY_STATUS_PROPOSED);
  /* A date that is not a date is said in place; the step waits, and nothing changes. Nobody
   * evaluated this candidate: the button says so. */
  {
    AdwMessageDialog *dialog;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (adoption), "adoption.adopt", NULL));
    dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "adopt"), ==, "_Adopt Without Evaluation");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Nobody has evaluated it"));
    gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-by"), "Board of directors");
    gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-on"), "next Tuesday");
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "adopt"));
    g_assert_cmpstr (gtk_label_get_text (g_object_get_data (G_OBJECT (dialog), "rp-problem")), ==,
                     "“\u2068next Tuesday\u2069” is not a date written as YYYY-MM-DD.");
    rp_test_ui_close_window (GTK_WINDOW (dialog));
  }
  g_assert_cmpint (rp_record_get_enum (shown (f), RP_PHILOSOPHY_STATUS), ==, RP_PHILOSOPHY_STATUS_PROPOSED);
  answer_step (f, "adopt", "Board of directors", today);
  now = rp_philosophy_get_adopted (f->store);
  g_assert_cmpstr (rp_record_get_uuid (now), ==, rp_record_get_uuid (created));
  g_assert_cmpstr (rp_record_get_string (now, RP_PHILOSOPHY_APPROVED_BY), ==, "Board of directors");
  g_assert_cmpstr (rp_record_get_string (now, RP_PHILOSOPHY_ADOPTED_ON), ==, today);
  retired = rp_store_get (f->store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (old));
  g_assert_cmpint (rp_record_get_enum (retired, RP_PHILOSOPHY_STATUS), ==, RP_PHILOSOPHY_STATUS_RETIRED);
  events = rp_store_list (f->store, RP_KIND_PHILOSOPHY_EVENT, RP_PHILOSOPHY_EVENT_PHILOSOPHY, rp_record_get_uuid (created));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  /* The history shows both steps, the adoption first */
  {
    GtkListBox *history = GTK_LIST_BOX (rp_test_ui_find_accessible (GTK_WIDGET (adoption), "Adoption history, newest first"));
    GtkListBoxRow *newest = gtk_list_box_get_row_at_index (history, 0);

    g_assert_nonnull (gtk_list_box_get_row_at_index (history, 1));
    g_assert_null (gtk_list_box_get_row_at_index (history, 2));
    g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (newest)), "Board of directors"));
  }
  rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-adopted");
}

static void
test_present (RpUiFixture   *f,
              gconstpointer  data)
{
  RpPresentation *show;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail_of (f)), "philosophy.present", NULL));
  show = RP_PRESENTATION (rp_test_ui_wait_for_window (RP_TYPE_PRESENTATION));
  g_assert_nonnull (show);
  /* A title slide, then one principle a slide */
  g_assert_cmpuint (rp_presentation_get_n_slides (show), ==,
                    1 + rp_store_count_where (f->store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (shown (f))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.next", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.next", NULL));
  g_assert_cmpuint (rp_presentation_get_current (show), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.leave", NULL));
  rp_test_ui_wait (50);
  g_assert_null (rp_test_ui_find_window (RP_TYPE_PRESENTATION));
}

static void
test_duplicate_and_delete (RpUiFixture   *f,
                           gconstpointer  data)
{
  guint principles = rp_store_count_where (f->store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (shown (f)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "philosophies.duplicate", NULL));
  rp_test_ui_wait (50);
  g_assert_cmpuint (n_listed (f), ==, 3);
  g_assert_cmpint (rp_record_get_enum (shown (f), RP_PHILOSOPHY_STATUS), ==, RP_PHILOSOPHY_STATUS_DRAFT);
  g_assert_cmpuint (rp_record_list_get_n_records (principles_list (f)), ==, principles);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail_of (f)), "philosophy.delete", NULL));
  rp_test_ui_wait (50);
  g_assert_cmpuint (n_listed (f), ==, 2);
  g_assert_cmpuint (rp_store_count (f->store, RP_KIND_PHILOSOPHY), ==, 2);
  /* The adopted philosophy is shown again */
  g_assert_nonnull (shown (f));
  g_assert_cmpint (rp_record_get_enum (shown (f), RP_PHILOSOPHY_STATUS), ==, RP_PHILOSOPHY_STATUS_ADOPTED);
}

/* A workspace without philosophies invites the first one. */
static void
test_empty (RpUiFixture   *f,
            gconstpointer  data)
{
  g_assert_cmpuint (n_listed (f), ==, 0);
  g_assert_null (shown (f));
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (page_of (f)), "No Philosophy Yet"));
}

/* Living the philosophy: each principle with its indicators and flags, linking an
 * indicator through the Indicators… dialog's switch, and Acknowledge… recording who. */
static void
test_living (RpUiFixture   *f,
             gconstpointer  data)
{
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (f->store);
  g_autoptr(RpRecord) retention = rp_store_find (f->store, RP_KIND_KPI, RP_KPI_NAME, "Customer retention (12 months)", RP_FIELD_NONE, NULL);
  g_autoptr(GListModel) principles = rp_store_list (f->store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted));
  g_autoptr(RpRecord) price = g_list_model_get_item (principles, 0);
  g_autoptr(GError) error = NULL;
  RpPhilosophyLivingTab *living;
  AdwMessageDialog *dialog;
  guint flags, rows;
  GtkWidget *button;
  g_autofree char *choose_name = rp_text_printf ("Choose the indicators that measure “%s”",
                                                 rp_record_get_string (price, RP_PRINCIPLE_STATEMENT));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "philosophy", rp_record_get_uuid (adopted)));
  living = RP_PHILOSOPHY_LIVING_TAB (show_tab (f, "living"));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_philosophy_living_tab_get_n_principles (living), ==, 6);
  flags = rp_philosophy_living_tab_get_n_flags (living);
  g_assert_cmpuint (flags, >, 0);
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (living), "No figure measures this principle: choose the indicators that tell whether it is lived."));
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (living), "Complaints per 1,000 customers"));
  g_assert_nonnull (rp_test_ui_find_accessible (GTK_WIDGET (living), choose_name));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-living");

  /* Company Indicators…: the company's own KPIs with the outsourcers' list, grid and scorecard. */
  button = find_button_labelled (GTK_WIDGET (living), "_Company Indicators…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  {
    RpCompanyWindow *company = RP_COMPANY_WINDOW (rp_test_ui_wait_for_window (RP_TYPE_COMPANY_WINDOW));
    RpRecordList *kpis;

    g_assert_nonnull (company);
    rp_test_ui_wait (100);
    kpis = rp_test_ui_find_list (rp_company_window_get_kpis (company), "Key Performance Indicators");
    g_assert_nonnull (kpis);
    g_assert_cmpuint (rp_record_list_get_n_records (kpis), ==, 5);
    g_assert_nonnull (rp_test_ui_find_label (rp_company_window_get_kpis (company), "Customer satisfaction"));
    rp_test_ui_save_png (GTK_WIDGET (company), "company-indicators");
    rp_test_ui_close_window (GTK_WINDOW (company));
  }

  /* Linking retention to the price principle clears that principle's flag. */
  button = rp_test_ui_find_accessible (GTK_WIDGET (living), choose_name);
  g_signal_emit_by_name (button, "clicked");
  {
    GtkWindow *links = rp_test_ui_wait_for_window (ADW_TYPE_WINDOW);

    g_assert_nonnull (links);
    g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (links), "Customer retention (12 months)"));
    rp_test_ui_close_window (links);
  }
  g_assert_true (rp_link_toggle (f->store, RP_KPI_PRINCIPLE_KPI, rp_record_get_uuid (retention),
                                 RP_KPI_PRINCIPLE_PRINCIPLE, rp_record_get_uuid (price), TRUE, &error));
  g_assert_no_error (error);
  rp_test_ui_wait (200);
  g_assert_cmpuint (rp_philosophy_living_tab_get_n_flags (living), ==, flags - 1);
  g_assert_null (rp_test_ui_find_label (GTK_WIDGET (living), "No figure measures this principle: choose the indicators that tell whether it is lived."));

  /* Acknowledge…: Siu Fan is no longer among those who have not. */
  rows = rp_ack_group_get_n_rows (rp_philosophy_living_tab_get_acknowledgements (living));
  g_assert_cmpuint (rows, ==, 10);
  dialog = ADW_MESSAGE_DIALOG (rp_ack_group_acknowledge_dialog (rp_philosophy_living_tab_get_acknowledgements (living)));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "acknowledge") &&
                  g_strcmp0 (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "rp-by")), "") == 0);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-by"), "Siu Fan Lee");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-notes"), "Read with my team.");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "acknowledge"));
  rp_test_ui_save_png (GTK_WIDGET (dialog), "philosophy-acknowledge-dialog");
  adw_message_dialog_response (dialog, "acknowledge");
  rp_test_ui_close_window (GTK_WINDOW (dialog));
  rp_test_ui_wait (200);
  {
    g_autoptr(RpAckStatus) status = rp_ack_status_compute (f->store, adopted);

    g_assert_cmpuint (status->n_current, ==, 6);
  }
  g_assert_cmpuint (rp_ack_group_get_n_rows (rp_philosophy_living_tab_get_acknowledgements (living)), ==, rows);
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (living), "6 of 9 staff acknowledged it as it stands. An acknowledgement made before a change is marked as of an earlier version."));

  /* A principle measured by many KPIs shows a few, those below target first, then all on asking */
  {
    g_autoptr(GListModel) kpis = rp_store_list (f->store, RP_KIND_KPI, RP_FIELD_NONE, NULL);
    g_autofree char *label = NULL;
    guint linked;
    GtkWidget *more;

    for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
      {
        g_autoptr(RpRecord) kpi = g_list_model_get_item (kpis, i);

        g_assert_true (rp_link_toggle (f->store, RP_KPI_PRINCIPLE_KPI, rp_record_get_uuid (kpi),
                                       RP_KPI_PRINCIPLE_PRINCIPLE, rp_record_get_uuid (price), TRUE, &error));
      }
    linked = rp_store_count_where (f->store, RP_KIND_KPI_PRINCIPLE, RP_KPI_PRINCIPLE_PRINCIPLE, rp_record_get_uuid (price));
    g_assert_cmpuint (linked, >, 5);
    rp_test_ui_wait (200);
    label = g_strdup_printf ("Show All %u Indicators", linked);
    more = rp_test_ui_find (GTK_WIDGET (living), GTK_TYPE_BUTTON, label);
    g_assert_nonnull (more);
    gtk_widget_grab_focus (more);
    rp_test_ui_wait (100);
    rp_test_ui_save_png (GTK_WIDGET (f->window), "philosophy-living-show-all");
    {
      guint found = 0;

      for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
        {
          g_autoptr(RpRecord) kpi = g_list_model_get_item (kpis, i);

          found += rp_test_ui_find (GTK_WIDGET (living), ADW_TYPE_ACTION_ROW, rp_record_get_string (kpi, RP_KPI_NAME)) != NULL;
        }
      g_assert_cmpuint (found, <, g_list_model_get_n_items (kpis));
    }
    g_signal_emit_by_name (more, "clicked");
    rp_test_ui_wait (50);
    g_assert_null (rp_test_ui_find (GTK_WIDGET (living), GTK_TYPE_BUTTON, label));
    for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
      {
        g_autoptr(RpRecord) kpi = g_list_model_get_item (kpis, i);

        g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (living), ADW_TYPE_ACTION_ROW, rp_record_get_string (kpi, RP_KPI_NAME)));
      }
  }
}

int
main (int    argc,
      char **argv)
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;

#define ADD(path, setup, func) \
  g_test_add (path, RpUiFixture, "philosophy", setup, func, rp_ui_fixture_tear_down)
  ADD ("/ui/philosophy/sample-is-shown", rp_ui_fixture_sample, test_sample_is_shown);
  ADD ("/ui/philosophy/living", rp_ui_fixture_sample, test_living);
  ADD ("/ui/philosophy/search-and-filter", rp_ui_fixture_sample, test_search_and_filter);
  ADD ("/ui/philosophy/new-candidate", rp_ui_fixture_sample, test_new_candidate);
  ADD ("/ui/philosophy/principles-flagged-and-ordered", rp_ui_fixture_sample, test_principles_flagged_and_ordered);
  ADD ("/ui/philosophy/staff-edition", rp_ui_fixture_sample, test_staff_edition);
  ADD ("/ui/philosophy/fit-ticks-link", rp_ui_fixture_sample, test_fit_ticks_link);
  ADD ("/ui/philosophy/evaluation", rp_ui_fixture_sample, test_evaluation);
  ADD ("/ui/philosophy/compare", rp_ui_fixture_sample, test_compare);
  ADD ("/ui/philosophy/adoption-steps", rp_ui_fixture_sample, test_adoption_steps);
  ADD ("/ui/philosophy/present", rp_ui_fixture_sample, test_present);
  ADD ("/ui/philosophy/duplicate-and-delete", rp_ui_fixture_sample, test_duplicate_and_delete);
  ADD ("/ui/philosophy/empty", rp_ui_fixture_empty, test_empty);
#undef ADD

  return g_test_run ();
}
