/* test-ui-framework.c — the Framework area under Xvfb, one behaviour a test, driven
 * through its actions as a user's clicks and keys drive them */
#include "config.h"

#include <string.h>

#include "rp-framework.h"
#include "rp-framework-models.h"
#include "rp-framework-page.h"
#include "rp-framework-tabs.h"
#include "rp-philosophy.h"
#include "rp-presentation.h"
#include "rp-ack-group.h"
#include "rp-test-ui.h"
#include "rp-test-utils.h"

static RpFrameworkPage *
page_of (RpUiFixture *f)
{
  RpFrameworkPage *page = RP_FRAMEWORK_PAGE (rp_ui_fixture_page (f, "framework"));

  rp_model_wait (RP_MODEL (rp_framework_list_model_get (f->store)));
  rp_test_ui_wait (20);
  return page;
}

static RpDetailTab *
show_tab (RpFrameworkPage *page,
          const char      *name)
{
  RpDetailView *detail = RP_DETAIL_VIEW (rp_framework_page_get_detail (page));

  rp_detail_view_show_tab (detail, name);
  rp_test_ui_wait (20);
  return rp_detail_view_get_tab (detail, name);
}

static RpRecord *
shown (RpFrameworkPage *page)
{
  return rp_detail_view_get_record (RP_DETAIL_VIEW (rp_framework_page_get_detail (page)));
}

static guint
n_listed (RpFrameworkPage *page)
{
  guint n = 0;

  g_object_get (page, "n-listed", &n, NULL);
  return n;
}

static guint
count_flags (RpUiFixture *f,
             RpRecord    *framework,
             const char  *rule)
{
  g_autoptr(RpFrameworkChecks) checks = rp_framework_checks_get (f->store, rp_record_get_uuid (framework));

  return rp_framework_checks_count (checks, rule);
}

/* The switch beside @name in an open links dialog */
static GtkSwitch *
find_switch (GtkWidget  *dialog,
             const char *name)
{
  GtkWidget *row = rp_test_ui_find (dialog, ADW_TYPE_ACTION_ROW, name);

  return row ? GTK_SWITCH (rp_test_ui_find (row, GTK_TYPE_SWITCH, NULL)) : NULL;
}

static void
test_sample_is_shown (RpUiFixture   *f,
                      gconstpointer  data)
{
  RpFrameworkPage *page = page_of (f);
  RpDetailTab *tab = show_tab (page, "activities");
  RpRecordList *last_phase;

  g_assert_cmpuint (n_listed (page), ==, 1);
  g_assert_cmpstr (rp_framework_page_get_section (page), ==, "detail");
  g_assert_nonnull (shown (page));
  g_assert_cmpuint (rp_record_list_get_n_records (rp_test_ui_find_list (GTK_WIDGET (tab), "Phases")), ==, 4);
  last_phase = rp_framework_activities_tab_get_phase (RP_FRAMEWORK_ACTIVITIES_TAB (tab), 3);
  g_assert_cmpuint (rp_record_list_get_n_records (last_phase), ==, 6);
  g_assert_cmpuint (count_flags (f, shown (page), "staff-shortfall"), >, 0);
  /* A person who falls short is flagged on the activity's row, with the reason */
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (tab), GTK_TYPE_LABEL, "Falls short"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "framework-editor");
  /* Focus scrolls the last phase into view, with its staffing warnings */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (last_phase), GTK_DIR_TAB_FORWARD));
  rp_test_ui_wait (100);
  rp_test_ui_save_png (GTK_WIDGET (f->window), "framework-activities");
  tab = show_tab (page, "coverage");
  rp_test_ui_wait (50);
  /* Who acknowledged the framework: Tom and Siu Fan in the sample, seven still to. */
  {
    RpAckGroup *acks = RP_ACK_GROUP (rp_test_ui_find (GTK_WIDGET (tab), RP_TYPE_ACK_GROUP, NULL));

    g_assert_nonnull (acks);
    g_assert_cmpuint (rp_ack_group_get_n_rows (acks), ==, 9);
    g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (tab), "Tom Chan"));
  }
  rp_test_ui_save_png (GTK_WIDGET (f->window), "framework-coverage");
}

static void
test_diagram_zooms (RpUiFixture   *f,
                    gconstpointer  data)
{
  RpFrameworkPage *page = page_of (f);
  RpDetailTab *tab = show_tab (page, "diagram");
  GtkWidget *view = rp_test_ui_find_accessible (GTK_WIDGET (tab), "The framework's phases and activities, by category");
  int width_before, width_after, height;
  double zoom = 0;

  g_assert_nonnull (view);
  rp_test_ui_save_png (GTK_WIDGET (f->window), "framework-diagram");
  gtk_widget_get_size_request (view, &width_before, &height);
  g_assert_cmpint (width_before, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "diagram.zoom-in", NULL));
  gtk_widget_get_size_request (view, &width_after, &height);
  g_object_get (tab, "zoom", &zoom, NULL);
  g_assert_cmpfloat (zoom, ==, 1.25);
  g_assert_cmpint (width_after, >, width_before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "diagram.zoom-reset", NULL));
  g_object_get (tab, "zoom", &zoom, NULL);
  g_assert_cmpfloat (zoom, ==, 1.0);
}

static void
test_staff_directory (RpUiFixture   *f,
                      gconstpointer  data)
{
  RpFrameworkPage *page = page_of (f);

  rp_framework_page_show (page, "staff");
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_record_list_get_n_records (rp_test_ui_find_list (GTK_WIDGET (page), "Own and Outsourced Staff")),
                    ==, rp_store_count (f->store, RP_KIND_STAFF));
  /* Outsourced people are marked as such */
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (page), GTK_TYPE_LABEL, "Outsourced"));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "framework-staff");
}

/* Rows in @list, a GtkListBox, and in the rows of @box's preferences groups */
static guint
count_rows (GtkWidget *root,
            GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_visible (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_rows (child, type);
  return n;
}

static void
type_search (GtkWidget  *root,
             const char *text)
{
  GtkWidget *search = rp_test_ui_find_accessible (root, "Search the List");

  if (search == NULL)
    search = rp_test_ui_find_accessible (root, "Search by Name");
  g_assert_nonnull (search);
  g_assert_true (gtk_widget_get_visible (search));
  gtk_editable_set_text (GTK_EDITABLE (search), text);
  /* A search entry waits a moment before it searches */
  rp_test_ui_wait (400);
}

/* A directory of hundreds: the staff directory, the acknowledgements and the links dialog
 * build a page of rows at a time, with Show More and a search that finds anyone. */
static void
test_long_lists (RpUiFixture   *f,
                 gconstpointer  data)
{
  RpFrameworkPage *page = page_of (f);
  RpRecord *framework = shown (page);
  guint before = rp_store_count (f->store, RP_KIND_STAFF);
  guint total = before + 200;
  g_autofree char *more = NULL;
  g_autoptr(GListModel) phases = NULL;
  g_autoptr(GListModel) activities = NULL;
  g_autoptr(RpRecord) phase = NULL;
  g_autoptr(RpRecord) activity = NULL;
  RpRecordList *staff;
  RpDetailTab *tab;
  GtkWidget *button, *links;

  g_assert_true (rp_store_begin (f->store, NULL));
  for (guint i = 1; i <= 200; i++)
    {
      g_autoptr(RpRecord) person = rp_record_new_for (RP_KIND_STAFF, NULL);
      g_autofree char *name = g_strdup_printf ("Agent %03u", i);

      rp_record_set_string (person, RP_STAFF_NAME, name);
      g_assert_true (rp_store_save (f->store, person, NULL));
    }
  g_assert_true (rp_store_commit (f->store, NULL));

  rp_framework_page_show (page, "staff");
  rp_test_ui_wait (100);
  staff = rp_test_ui_find_list (GTK_WIDGET (page), "Own and Outsourced Staff");
  g_assert_cmpuint (rp_record_list_get_n_records (staff), ==, total);
  g_assert_cmpuint (count_rows (GTK_WIDGET (staff), ADW_TYPE_ACTION_ROW), ==, 50);
  more = g_strdup_printf ("Show More (%u Not Shown)", total - 50);
  button = rp_test_ui_find (GTK_WIDGET (staff), GTK_TYPE_BUTTON, more);
  g_assert_nonnull (button);
  rp_test_ui_save_png (GTK_WIDGET (f->window), "framework-staff-long");
  g_signal_emit_by_name (button, "clicked");
  rp_test_ui_wait (50);
  g_assert_cmpuint (count_rows (GTK_WIDGET (staff), ADW_TYPE_ACTION_ROW), ==, 100);
  /* Anyone is found, however far down */
  type_search (GTK_WIDGET (staff), "agent 19");
  g_assert_cmpuint (count_rows (GTK_WIDGET (staff), ADW_TYPE_ACTION_ROW), ==, 10); /* 190–199 */
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (staff), ADW_TYPE_ACTION_ROW, "Agent 199"));
  g_assert_false (gtk_widget_get_visible (button));
  type_search (GTK_WIDGET (staff), "");

  /* Who has not acknowledged the framework: a page of them, and a search */
  rp_area_page_show_content (RP_AREA_PAGE (page));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "framework", rp_record_get_uuid (framework));
  tab = show_tab (page, "coverage");
  rp_test_ui_wait (100);
  {
    RpAckGroup *acks = RP_ACK_GROUP (rp_test_ui_find (GTK_WIDGET (tab), RP_TYPE_ACK_GROUP, NULL));

    g_assert_cmpuint (rp_ack_group_get_n_rows (acks), ==, 50);
    gtk_widget_grab_focus (rp_test_ui_find_accessible (GTK_WIDGET (acks), "Search by Name"));
    rp_test_ui_wait (100);
    rp_test_ui_save_png (GTK_WIDGET (f->window), "framework-acknowledgements-long");
    type_search (GTK_WIDGET (acks), "Agent 200");
    g_assert_cmpuint (rp_ack_group_get_n_rows (acks), ==, 1);
    g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (acks), ADW_TYPE_ACTION_ROW, "Agent 200"));
  }

  /* Assigning someone to an activity: the one assigned first, then a page of the others */
  phases = rp_store_list (f->store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  phase = g_list_model_get_item (phases, 0);
  activities = rp_store_list (f->store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));
  activity = g_list_model_get_item (activities, 0);
  tab = show_tab (page, "activities");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "activities.links", "s", rp_record_get_uuid (activity)));
  links = GTK_WIDGET (rp_test_ui_wait_for_window (ADW_TYPE_WINDOW));
  g_assert_nonnull (links);
  g_assert_null (find_switch (links, "Agent 150"));
  type_search (links, "Agent 150");
  g_assert_nonnull (find_switch (links, "Agent 150"));
  gtk_switch_set_active (find_switch (links, "Agent 150"), TRUE);
  rp_test_ui_wait (50);
  {
    g_autoptr(RpRecord) agent = rp_store_find (f->store, RP_KIND_STAFF, RP_STAFF_NAME, "Agent 150", RP_FIELD_NONE, NULL);

    g_assert_true (rp_link_exists (f->store, RP_ACTIVITY_STAFF_ACTIVITY, rp_record_get_uuid (activity),
                                   RP_ACTIVITY_STAFF_STAFF, rp_record_get_uuid (agent)));
  }
  rp_test_ui_save_png (links, "framework-assign-search");
  rp_test_ui_close_window (GTK_WINDOW (links));
}

static void
test_new_from_template (RpUiFixture   *f,
                        gconstpointer  data)
{
  RpFrameworkPage *page = page_of (f);
  AdwMessageDialog *dialog;
  GPtrArray *checks;
  g_autoptr(RpRecord) created = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "area.new", NULL));
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
  rp_test_ui_close_window (GTK_WINDOW (dialog));
  rp_model_wait (RP_MODEL (rp_framework_list_model_get (f->store)));
  rp_test_ui_wait (50);

  created = rp_store_find (f->store, RP_KIND_FRAMEWORK, RP_FRAMEWORK_TITLE, "Point-of-sale terminals", RP_FIELD_NONE, NULL);
  g_assert_nonnull (created);
  g_assert_cmpstr (rp_record_get_string (created, RP_FRAMEWORK_TEMPLATE), ==, "hardware");
  g_assert_cmpuint (n_listed (page), ==, 2);
  g_assert_cmpstr (rp_framework_page_get_section (page), ==, "detail");
  g_assert_cmpstr (rp_record_get_uuid (shown (page)), ==, rp_record_get_uuid (created));
  g_assert_cmpuint (rp_record_list_get_n_records (rp_test_ui_find_list (GTK_WIDGET (show_tab (page, "activities")), "Phases")),
                    ==, rp_store_count_where (f->store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (created)));
}

/* A new activity is flagged until someone is assigned; it moves between phases */
static void
test_activity_staffing (RpUiFixture   *f,
                        gconstpointer  data)
{
  RpFrameworkPage *page = page_of (f);
  RpRecord *framework = shown (page);
  RpDetailTab *tab = show_tab (page, "activities");
  g_autoptr(GListModel) phases = rp_store_list (f->store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  g_autoptr(RpRecord) phase0 = g_list_model_get_item (phases, 0);
  g_autoptr(RpRecord) phase1 = g_list_model_get_item (phases, 1);
  g_autoptr(RpRecord) activity = NULL;
  g_autoptr(RpRecord) moved = NULL;
  g_autoptr(RpRecord) ken = NULL;
  guint unstaffed = count_flags (f, framework, "activity-unstaffed");
  guint shortfalls = count_flags (f, framework, "staff-shortfall");
  RpRecordEditor *editor;
  GtkWidget *links;
  GtkSwitch *toggle;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_framework_activities_tab_get_phase (RP_FRAMEWORK_ACTIVITIES_TAB (tab), 0)),
                                             "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (rp_record_editor_get_field_widget (editor, "title")), "Site survey before the quote");
  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (rp_record_editor_get_field_widget (editor, "need_technical")), "rp-spin"), 4);
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  activity = rp_store_find (f->store, RP_KIND_ACTIVITY, RP_ACTIVITY_TITLE, "Site survey before the quote", RP_FIELD_NONE, NULL);
  g_assert_nonnull (activity);
  g_assert_cmpstr (rp_record_get_string (activity, RP_ACTIVITY_PHASE), ==, rp_record_get_uuid (phase0));
  g_assert_cmpuint (count_flags (f, framework, "activity-unstaffed"), ==, unstaffed + 1);
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (rp_framework_activities_tab_get_phase (RP_FRAMEWORK_ACTIVITIES_TAB (tab), 0)),
                                     GTK_TYPE_LABEL, "Nobody assigned"));

  /* Move it to the next phase, from its row's menu */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "activities.move", "(ss)",
                                             rp_record_get_uuid (activity), rp_record_get_uuid (phase1)));
  rp_test_ui_wait (50);
  moved = rp_store_get (f->store, RP_KIND_ACTIVITY, rp_record_get_uuid (activity));
  g_assert_cmpstr (rp_record_get_string (moved, RP_ACTIVITY_PHASE), ==, rp_record_get_uuid (phase1));
  g_assert_cmpuint (rp_record_list_get_n_records (rp_framework_activities_tab_get_phase (RP_FRAMEWORK_ACTIVITIES_TAB (tab), 1)), ==,
                    rp_store_count_where (f->store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase1)));

  /* Assign someone who falls short of its technical level */
  ken = rp_store_find (f->store, RP_KIND_STAFF, RP_STAFF_NAME, "Ken Lau", RP_FIELD_NONE, NULL);
  g_assert_cmpint (rp_record_get_int (ken, RP_STAFF_TECHNICAL), <, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tab), "activities.links", "s", rp_record_get_uuid (activity)));
  links = GTK_WIDGET (rp_test_ui_wait_for_window (ADW_TYPE_WINDOW));
  g_assert_nonnull (links);
  rp_test_ui_save_png (links, "framework-assign-staff");
  toggle = find_switch (links, "Ken Lau");
  g_assert_nonnull (toggle);
  gtk_switch_set_active (toggle, TRUE);
  rp_test_ui_wait (50);
  g_assert_true (rp_link_exists (f->store, RP_ACTIVITY_STAFF_ACTIVITY, rp_record_get_uuid (activity),
                                 RP_ACTIVITY_STAFF_STAFF, rp_record_get_uuid (ken)));
  g_assert_cmpuint (count_flags (f, framework, "activity-unstaffed"), ==, unstaffed);
  g_assert_cmpuint (count_flags (f, framework, "staff-shortfall"), ==, shortfalls + 1);
  rp_test_ui_close_window (GTK_WINDOW (links));
}

static void
test_present (RpUiFixture   *f,
              gconstpointer  data)
{
  RpFrameworkPage *page = page_of (f);
  RpRecord *framework = shown (page);
  RpPresentation *show;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_framework_page_get_detail (page)), "framework.present", NULL));
  show = RP_PRESENTATION (rp_test_ui_wait_for_window (RP_TYPE_PRESENTATION));
  g_assert_nonnull (show);
  /* A title slide, a slide a phase, then the diagram */
  g_assert_cmpuint (rp_presentation_get_n_slides (show), ==,
                    1 + rp_store_count_where (f->store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework)) + 1);
  /* The keys a presenter and a clicker use, whatever has the focus */
  {
    GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (show));
    GtkEventController *keys = NULL;
    const struct { guint keyval; GdkModifierType state; guint expected; } presses[] = {
      { GDK_KEY_Right, 0, 1 }, { GDK_KEY_space, 0, 2 }, { GDK_KEY_Left, 0, 1 }, { GDK_KEY_Page_Down, 0, 2 },
      { GDK_KEY_Page_Up, 0, 1 }, { GDK_KEY_space, GDK_SHIFT_MASK, 0 },
    };

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (c) && gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE)
          keys = c;
      }
    g_object_unref (controllers);
    g_assert_nonnull (keys);
    g_assert_cmpuint (rp_presentation_get_current (show), ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (presses); i++)
      {
        gboolean handled = FALSE;

        g_signal_emit_by_name (keys, "key-pressed", presses[i].keyval, 0, presses[i].state, &handled);
        g_assert_true (handled);
        g_assert_cmpuint (rp_presentation_get_current (show), ==, presses[i].expected);
      }
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.last", NULL));
  g_assert_cmpuint (rp_presentation_get_current (show), ==, rp_presentation_get_n_slides (show) - 1);
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (show), "framework-presentation");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (show), "presentation.leave", NULL));
  rp_test_ui_wait (50);
  g_assert_null (rp_test_ui_find_window (RP_TYPE_PRESENTATION));
}

static void
test_delete_shows_another (RpUiFixture   *f,
                           gconstpointer  data)
{
  RpFrameworkPage *page = page_of (f);
  g_autoptr(RpRecord) other = rp_framework_create_from_template (f->store, "blank", "Second framework", NULL);
  g_autofree char *first = g_strdup (rp_record_get_uuid (shown (page)));

  g_assert_nonnull (other);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "framework",
                                             rp_record_get_uuid (other)));
  rp_model_wait (RP_MODEL (rp_framework_list_model_get (f->store)));
  rp_test_ui_wait (50);
  g_assert_cmpuint (n_listed (page), ==, 2);
  g_assert_cmpstr (rp_record_get_uuid (shown (page)), ==, rp_record_get_uuid (other));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_framework_page_get_detail (page)), "framework.delete", NULL));
  rp_model_wait (RP_MODEL (rp_framework_list_model_get (f->store)));
  rp_test_ui_wait (50);
  g_assert_cmpuint (n_listed (page), ==, 1);
  g_assert_nonnull (shown (page));
  g_assert_cmpstr (rp_record_get_uuid (shown (page)), ==, first);
}

static void
test_empty (RpUiFixture   *f,
            gconstpointer  data)
{
  RpFrameworkPage *page = page_of (f);

  g_assert_cmpuint (n_listed (page), ==, 0);
  g_assert_cmpstr (rp_framework_page_get_section (page), ==, "empty");
}

int
main (int    argc,
      char **argv)
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;

#define ADD(path, setup, func) \
  g_test_add (path, RpUiFixture, "framework", setup, func, rp_ui_fixture_tear_down)
  ADD ("/ui/framework/sample-is-shown", rp_ui_fixture_sample, test_sample_is_shown);
  ADD ("/ui/framework/diagram-zooms", rp_ui_fixture_sample, test_diagram_zooms);
  ADD ("/ui/framework/staff-directory", rp_ui_fixture_sample, test_staff_directory);
  ADD ("/ui/framework/long-lists", rp_ui_fixture_sample, test_long_lists);
  ADD ("/ui/framework/new-from-template", rp_ui_fixture_sample, test_new_from_template);
  ADD ("/ui/framework/activity-staffing", rp_ui_fixture_sample, test_activity_staffing);
  ADD ("/ui/framework/present", rp_ui_fixture_sample, test_present);
  ADD ("/ui/framework/delete-shows-another", rp_ui_fixture_sample, test_delete_shows_another);
  ADD ("/ui/framework/empty", rp_ui_fixture_empty, test_empty);
#undef ADD

  return g_test_run ();
}
