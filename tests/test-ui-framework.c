/* test-ui-framework.c — the Framework area under Xvfb, driven through its actions:
 * create from a template, add and move an activity, assign staff and see the warning,
 * zoom the diagram, present */
#include "config.h"

#include <string.h>

#include "rp-framework.h"
#include "rp-framework-page.h"
#include "rp-philosophy.h"
#include "rp-presentation.h"
#include "rp-sample.h"
#include "rp-test-ui.h"
#include "rp-test-utils.h"

static guint
count_phases (RpStore  *store,
              RpRecord *framework)
{
  return rp_store_count_where (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
}

/* The switch beside @name in an open links dialog. */
static GtkSwitch *
find_switch (GtkWidget  *dialog,
             const char *name)
{
  GtkWidget *row = rp_test_ui_find (dialog, ADW_TYPE_ACTION_ROW, name);

  return row ? GTK_SWITCH (rp_test_ui_find (row, GTK_TYPE_SWITCH, NULL)) : NULL;
}

static void
test_framework_workflow (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "f.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpStore *store = rp_window_get_store (window);
  RpFrameworkPage *page;
  RpFrameworkDetail *detail;
  RpRecordEditor *editor;
  RpRecordList *first_phase;
  AdwMessageDialog *dialog;
  RpPresentation *show;
  GtkWidget *links;
  GPtrArray *checks;
  g_autoptr(RpRecord) created = NULL;
  g_autoptr(RpRecord) activity = NULL;
  g_autoptr(RpRecord) moved = NULL;
  g_autoptr(GListModel) phases = NULL;
  g_autoptr(RpRecord) phase0 = NULL;
  g_autoptr(RpRecord) phase1 = NULL;
  g_autoptr(RpRecord) ken = NULL;
  GtkSwitch *toggle;
  int width_before, width_after, height;
  guint shortfalls, unstaffed;

  g_assert_true (rp_sample_fill (store, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "framework"));
  rp_test_ui_wait (50);
  page = RP_FRAMEWORK_PAGE (rp_window_get_view (window, "framework"));
  detail = rp_framework_page_get_detail (page);

  /* The sample framework: its phases, and the staffing it flags */
  g_assert_cmpuint (rp_framework_page_get_n_listed (page), ==, 1);
  g_assert_cmpstr (rp_framework_page_get_section (page), ==, "detail");
  g_assert_nonnull (rp_framework_detail_get_framework (detail));
  g_assert_cmpuint (rp_record_list_get_n_records (rp_framework_detail_get_phases (detail)), ==, 4);
  g_assert_cmpuint (rp_record_list_get_n_records (rp_framework_detail_get_activities (detail, 3)), ==, 6);
  g_assert_cmpuint (rp_framework_detail_count_flags (detail, "staff-shortfall"), >, 0);
  rp_test_ui_save_png (GTK_WIDGET (window), "framework-editor");
  /* Focus scrolls the last phase into view, with its staffing warnings */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (rp_framework_detail_get_activities (detail, 3)), GTK_DIR_TAB_FORWARD));
  rp_test_ui_wait (100);
  rp_test_ui_save_png (GTK_WIDGET (window), "framework-activities");

  /* The diagram zooms */
  rp_framework_detail_show_tab (detail, "diagram");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (window), "framework-diagram");
  gtk_widget_get_size_request (rp_framework_detail_get_diagram_view (detail), &width_before, &height);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "framework.zoom-in", NULL));
  gtk_widget_get_size_request (rp_framework_detail_get_diagram_view (detail), &width_after, &height);
  g_assert_cmpfloat (rp_framework_detail_get_zoom (detail), ==, 1.25);
  g_assert_cmpint (width_after, >, width_before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "framework.zoom-reset", NULL));
  g_assert_cmpfloat (rp_framework_detail_get_zoom (detail), ==, 1.0);
  rp_framework_detail_show_tab (detail, "coverage");
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (window), "framework-coverage");

  /* Staff directory: own and outsourced staff together */
  rp_framework_page_show (page, "staff");
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_record_list_get_n_records (rp_framework_page_get_staff (page)), ==, rp_store_count (store, RP_KIND_STAFF));
  rp_test_ui_save_png (GTK_WIDGET (window), "framework-staff");

  /* A new framework from the hardware template */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "frameworks.new", NULL));
  dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-title"), "Point-of-sale terminals");
  checks = g_object_get_data (G_OBJECT (dialog), "rp-checks");
  g_assert_cmpuint (checks->len, ==, 4);
  for (guint i = 0; i < checks->len; i++)
    if (g_str_equal (g_object_get_data (G_OBJECT (checks->pdata[i]), "rp-template"), "hardware"))
      gtk_check_button_set_active (checks->pdata[i], TRUE);
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (dialog), "framework-new-dialog");
  adw_message_dialog_response (dialog, "create");
  /* As a click does: answer, then close. */
  gtk_window_close (GTK_WINDOW (dialog));
  rp_test_ui_wait (50);
  created = rp_store_find (store, RP_KIND_FRAMEWORK, RP_FRAMEWORK_TITLE, "Point-of-sale terminals", RP_FIELD_NONE, NULL);
  g_assert_nonnull (created);
  g_assert_cmpstr (rp_record_get_string (created, RP_FRAMEWORK_TEMPLATE), ==, "hardware");
  g_assert_cmpuint (rp_framework_page_get_n_listed (page), ==, 2);
  g_assert_cmpstr (rp_framework_page_get_section (page), ==, "detail");
  g_assert_cmpstr (rp_record_get_uuid (rp_framework_detail_get_framework (detail)), ==, rp_record_get_uuid (created));
  g_assert_cmpuint (rp_record_list_get_n_records (rp_framework_detail_get_phases (detail)), ==, count_phases (store, created));

  /* Add an activity to the first phase: nobody is assigned yet, and that is flagged */
  phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (created));
  phase0 = g_list_model_get_item (phases, 0);
  phase1 = g_list_model_get_item (phases, 1);
  unstaffed = rp_framework_detail_count_flags (detail, "activity-unstaffed");
  first_phase = rp_framework_detail_get_activities (detail, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first_phase), "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (rp_record_editor_get_field_widget (editor, "title")), "Site survey before the quote");
  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (rp_record_editor_get_field_widget (editor, "need_technical")), "rp-spin"), 4);
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  activity = rp_store_find (store, RP_KIND_ACTIVITY, RP_ACTIVITY_TITLE, "Site survey before the quote", RP_FIELD_NONE, NULL);
  g_assert_nonnull (activity);
  g_assert_cmpstr (rp_record_get_string (activity, RP_ACTIVITY_PHASE), ==, rp_record_get_uuid (phase0));
  g_assert_cmpuint (rp_framework_detail_count_flags (detail, "activity-unstaffed"), ==, unstaffed + 1);

  /* …move it to the next phase… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "framework.move-activity", "(ss)",
                                             rp_record_get_uuid (activity), rp_record_get_uuid (phase1)));
  rp_test_ui_wait (50);
  moved = rp_store_get (store, RP_KIND_ACTIVITY, rp_record_get_uuid (activity));
  g_assert_cmpstr (rp_record_get_string (moved, RP_ACTIVITY_PHASE), ==, rp_record_get_uuid (phase1));

  /* …and assign someone who falls short of its technical level */
  ken = rp_store_find (store, RP_KIND_STAFF, RP_STAFF_NAME, "Ken Lau", RP_FIELD_NONE, NULL);
  g_assert_cmpint (rp_record_get_int (ken, RP_STAFF_TECHNICAL), <, 4);
  shortfalls = rp_framework_detail_count_flags (detail, "staff-shortfall");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "framework.activity-links", "s",
                                             rp_record_get_uuid (activity)));
  links = GTK_WIDGET (rp_test_ui_wait_for_window (ADW_TYPE_WINDOW));
  g_assert_nonnull (links);
  rp_test_ui_save_png (links, "framework-assign-staff");
  toggle = find_switch (links, "Ken Lau");
  g_assert_nonnull (toggle);
  gtk_switch_set_active (toggle, TRUE);
  rp_test_ui_wait (50);
  g_assert_true (rp_link_exists (store, RP_ACTIVITY_STAFF_ACTIVITY, rp_record_get_uuid (activity),
                                 RP_ACTIVITY_STAFF_STAFF, rp_record_get_uuid (ken)));
  g_assert_cmpuint (rp_framework_detail_count_flags (detail, "activity-unstaffed"), ==, unstaffed);
  g_assert_cmpuint (rp_framework_detail_count_flags (detail, "staff-shortfall"), ==, shortfalls + 1);
  gtk_window_destroy (GTK_WINDOW (links));
  rp_test_ui_wait (50);

  /* Present: a title slide, a slide a phase, then the diagram; Esc leaves */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "framework.present", NULL));
  show = RP_PRESENTATION (rp_test_ui_wait_for_window (RP_TYPE_PRESENTATION));
  g_assert_nonnull (show);
  g_assert_cmpuint (rp_presentation_get_n_slides (show), ==, 1 + count_phases (store, created) + 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.last", NULL));
  g_assert_cmpuint (rp_presentation_get_current (show), ==, rp_presentation_get_n_slides (show) - 1);
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (show), "framework-presentation");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.leave", NULL));
  rp_test_ui_wait (50);
  g_assert_null (rp_test_ui_find_window (RP_TYPE_PRESENTATION));

  /* Deleting the framework shows the other one */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "framework.delete", NULL));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_framework_page_get_n_listed (page), ==, 1);
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (created)), ==, 0);
  g_assert_nonnull (rp_framework_detail_get_framework (detail));
  g_assert_cmpstr (rp_record_get_uuid (rp_framework_detail_get_framework (detail)), !=, rp_record_get_uuid (created));

  rp_test_ui_close (window);
}

static void
test_framework_empty (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "e.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpFrameworkPage *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "framework"));
  rp_test_ui_wait (50);
  page = RP_FRAMEWORK_PAGE (rp_window_get_view (window, "framework"));
  g_assert_cmpuint (rp_framework_page_get_n_listed (page), ==, 0);
  g_assert_cmpstr (rp_framework_page_get_section (page), ==, "empty");
  rp_test_ui_close (window);
}

int
main (int    argc,
      char **argv)
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;

  g_test_add_func ("/ui/framework/workflow", test_framework_workflow);
  g_test_add_func ("/ui/framework/empty", test_framework_empty);

  return g_test_run ();
}
