/* test-ui-access.c — what a screen reader hears: every control of every area, tab and
 * dialog has a name that is not its type, and the pictures the app draws describe their data */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "rp-test-ui.h"
#include "rp-test-utils.h"
#include "rp-chart-view.h"
#include "rp-compare-dialog.h"
#include "rp-area-page.h"
#include "rp-detail-view.h"
#include "rp-evaluation-dialog.h"
#include "rp-export-dialog.h"
#include "rp-import-dialog.h"
#include "rp-links-dialog.h"
#include "rp-outsourcers-page.h"
#include "rp-presentation.h"
#include "rp-preferences-window.h"
#include "rp-profile-dialog.h"
#include "rp-store.h"
#include "rp-util.h"

static void
assert_named_full (GtkWidget  *root,
                   const char *where,
                   gboolean    has_controls)
{
  guint n_checked = 0;
  g_autofree char *unnamed = rp_test_ui_unnamed (root, &n_checked);

  /* All of them at once, not the first */
  if (*unnamed != '\0')
    {
      g_printerr ("%s: controls without a name:\n%s", where, unnamed);
      g_test_fail ();
    }
  /* The walk did see controls */
  if (has_controls)
    g_assert_cmpuint (n_checked, >, 0);
}

static void
assert_named (GtkWidget  *root,
              const char *where)
{
  assert_named_full (root, where, TRUE);
}

static RpDetailView *
find_detail (GtkWidget *page)
{
  return RP_DETAIL_VIEW (rp_test_ui_find (page, RP_TYPE_DETAIL_VIEW, NULL));
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* Which widgets make @widget as wide as it is, for the message of a failure */
static void
widest_path (GtkWidget *widget, int depth)
{
  GtkWidget *widest = NULL;
  int best = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_get_visible (c) && min_width (c) >= best)
      {
        best = min_width (c);
        widest = c;
      }
  g_printerr ("%*s%s %d css=%s\n", depth, "", G_OBJECT_TYPE_NAME (widget), min_width (widget), gtk_widget_get_css_name (widget));
  if (widest != NULL && depth < 60)
    widest_path (widest, depth + 1);
}

/* The metainfo promises a phone-sized window: nothing may need more than 360 px */
static void
assert_fits (GtkWidget  *widget,
             const char *where)
{
  /* A window's content, without the shadow the toolkit draws around it */
  int width = min_width (GTK_IS_WINDOW (widget) ? gtk_widget_get_first_child (widget) : widget);

  if (width > 360)
    {
      g_printerr ("%s needs %d px:\n", where, width);
      widest_path (widget, 0);
      g_test_fail ();
    }
}

/* Every tab of the first record of @kind that is shown in @page */
static void
walk_record_tabs (RpUiFixture *f,
                  const char  *page_name,
                  RpKindId     kind)
{
  g_autoptr(GListModel) records = rp_store_list (f->store, kind, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) first = NULL;
  GtkWidget *page = rp_ui_fixture_page (f, page_name);
  RpDetailView *detail;
  AdwViewStack *stack;
  g_autoptr(GtkSelectionModel) pages = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (records), >, 0);
  first = g_list_model_get_item (records, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)",
                                             rp_kind_get (kind)->name, rp_record_get_uuid (first)));
  rp_test_ui_wait (100);
  assert_named (GTK_WIDGET (f->window), page_name);
  detail = find_detail (page);
  g_assert_nonnull (detail);
  stack = rp_detail_view_get_stack (detail);
  pages = adw_view_stack_get_pages (stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) tab = g_list_model_get_item (G_LIST_MODEL (pages), i);
      g_autofree char *where = g_strdup_printf ("%s, tab %s", page_name, adw_view_stack_page_get_name (tab));

      rp_detail_view_show_tab (detail, adw_view_stack_page_get_name (tab));
      rp_test_ui_wait (100);
      assert_named (GTK_WIDGET (f->window), where);
      assert_fits (GTK_WIDGET (f->window), where);
    }
}

/* The page named by the fixture's data; and, for an area of records, every tab of its first */
static void
test_area (RpUiFixture   *f,
           gconstpointer  data)
{
  const char *page = data;
  static const struct { const char *page; RpKindId kind; } records[] = {
    { "philosophy", RP_KIND_PHILOSOPHY },
    { "framework", RP_KIND_FRAMEWORK },
    { "execution", RP_KIND_STRATEGY },
    { "outsourcers", RP_KIND_OUTSOURCER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    if (g_str_equal (records[i].page, page))
      {
        walk_record_tabs (f, page, records[i].kind);
        return;
      }
  rp_ui_fixture_page (f, page);
  rp_test_ui_wait (100);
  assert_named (GTK_WIDGET (f->window), page);
  assert_fits (GTK_WIDGET (f->window), page);
}

/* Opens a dialog with @action on @from, walks it and closes it. */
static void
walk_dialog (GtkWidget  *from,
             const char *action,
             GVariant   *parameter,
             GType       type)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action_variant (from, action, parameter));
  dialog = rp_test_ui_wait_for_window (type);
  g_assert_nonnull (dialog);
  rp_test_ui_wait (100);
  /* A presentation is driven by keys alone */
  assert_named_full (GTK_WIDGET (dialog), action, type != RP_TYPE_PRESENTATION);
  assert_fits (GTK_WIDGET (dialog), action);
  rp_test_ui_close_window (dialog);
  rp_test_ui_wait (20);
}

static GtkWidget *
detail_at (RpUiFixture *f,
           const char  *page_name,
           RpKindId     kind)
{
  g_autoptr(GListModel) records = rp_store_list (f->store, kind, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) first = g_list_model_get_item (records, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)",
                                             rp_kind_get (kind)->name, rp_record_get_uuid (first)));
  rp_test_ui_wait (100);
  return GTK_WIDGET (find_detail (rp_ui_fixture_page (f, page_name)));
}

static void
test_dialogs (RpUiFixture   *f,
              gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *detail;
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "bundles", "good.rapport", NULL);
  g_autoptr(GFile) bundle = g_file_new_for_path (good);
  const struct { const char *page; RpKindId kind; } areas[] = {
    { "philosophy", RP_KIND_PHILOSOPHY },
    { "framework", RP_KIND_FRAMEWORK },
    { "execution", RP_KIND_STRATEGY },
    { "outsourcers", RP_KIND_OUTSOURCER },
  };
  GtkWindow *dialog;

  walk_dialog (window, "win.export-bundle", NULL, RP_TYPE_EXPORT_DIALOG);
  walk_dialog (window, "win.edit-profile", NULL, RP_TYPE_PROFILE_DIALOG);
  walk_dialog (window, "app.preferences", NULL, RP_TYPE_PREFERENCES_WINDOW);
  rp_window_import_bundle (f->window, bundle);
  dialog = rp_test_ui_wait_for_window (RP_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  rp_test_ui_wait (200);
  assert_named (GTK_WIDGET (dialog), "import");
  assert_fits (GTK_WIDGET (dialog), "import");
  rp_test_ui_close_window (dialog);

  /* A new record of each area, and the editor of an existing one */
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autofree char *edit = g_strdup_printf ("%s.edit", rp_kind_get (areas[i].kind)->name);

      /* A framework starts from a template, chosen in a dialog of its own */
      walk_dialog (rp_ui_fixture_page (f, areas[i].page), "area.new", NULL,
                   areas[i].kind == RP_KIND_FRAMEWORK ? ADW_TYPE_MESSAGE_DIALOG : RP_TYPE_RECORD_EDITOR);
      detail = detail_at (f, areas[i].page, areas[i].kind);
      if (g_str_equal (areas[i].page, "execution"))
        continue;
      walk_dialog (detail, edit, NULL, RP_TYPE_RECORD_EDITOR);
    }

  detail = detail_at (f, "philosophy", RP_KIND_PHILOSOPHY);
  walk_dialog (detail, "philosophy.evaluate", NULL, RP_TYPE_EVALUATION_DIALOG);
  walk_dialog (detail, "philosophy.present", NULL, RP_TYPE_PRESENTATION);
  walk_dialog (rp_ui_fixture_page (f, "philosophy"), "philosophies.compare", NULL, RP_TYPE_COMPARE_DIALOG);
  detail = detail_at (f, "framework", RP_KIND_FRAMEWORK);
  walk_dialog (detail, "framework.present", NULL, RP_TYPE_PRESENTATION);
  {
    g_autoptr(GListModel) activities = rp_store_list (f->store, RP_KIND_ACTIVITY, RP_FIELD_NONE, NULL);
    g_autoptr(RpRecord) activity = g_list_model_get_item (activities, 0);

    rp_detail_view_show_tab (RP_DETAIL_VIEW (detail), "activities");
    rp_test_ui_wait (100);
    walk_dialog (GTK_WIDGET (rp_detail_view_get_tab (RP_DETAIL_VIEW (detail), "activities")), "activities.links",
                 g_variant_new_string (rp_record_get_uuid (activity)), ADW_TYPE_WINDOW);
  }
  detail = detail_at (f, "outsourcers", RP_KIND_OUTSOURCER);
  walk_dialog (detail, "outsourcer.evaluate", NULL, RP_TYPE_EVALUATION_DIALOG);
}

static GtkWidget *
find_by_action (GtkWidget  *widget,
                const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0 &&
      gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_primary (GtkWidget *widget)
{
  guint n = GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
            gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_primary (child);
  return n;
}

/* F10 is the main menu's key on every page, and closing a dialog gives the focus back */
static void
test_keyboard (RpUiFixture   *f,
               gconstpointer  data)
{
  GtkWidget *detail = detail_at (f, "outsourcers", RP_KIND_OUTSOURCER);
  GtkWidget *edit = find_by_action (detail, "outsourcer.edit");
  GtkWindow *editor;

  /* The main menu shown is the primary menu of the window (F10); while the page
   * stack's transition runs, the page left is still mapped. */
  for (guint i = 0; i < 40 && count_primary (GTK_WIDGET (f->window)) != 1; i++)
    rp_test_ui_wait (50);
  g_assert_cmpuint (count_primary (GTK_WIDGET (f->window)), ==, 1);
  g_assert_nonnull (edit);
  g_assert_true (gtk_widget_grab_focus (edit));
  g_assert_true (gtk_widget_activate_action (detail, "outsourcer.edit", NULL));
  editor = rp_test_ui_wait_for_window (RP_TYPE_RECORD_EDITOR);
  g_assert_nonnull (editor);
  rp_test_ui_close_window (editor);
  rp_test_ui_wait (100);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == edit);
}

/* Every chart can be read as a table */
static void
test_chart_tables (RpUiFixture   *f,
                   gconstpointer  data)
{
  GtkWidget *detail = detail_at (f, "outsourcers", RP_KIND_OUTSOURCER);
  RpChartView *chart;
  GtkWindow *table;
  GtkWidget *view;

  if (g_getenv ("RAPPORT_TEST_LOCALE") != NULL)
    {
      g_test_skip ("Compares English text");
      return;
    }
  rp_detail_view_show_tab (RP_DETAIL_VIEW (detail), "scorecard");
  rp_test_ui_wait (150);
  chart = RP_CHART_VIEW (rp_test_ui_find (detail, RP_TYPE_CHART_VIEW, NULL));
  g_assert_nonnull (chart);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Score over the months scored, with the standing bands"));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_true (rp_chart_view_show_table (chart));
  table = rp_test_ui_wait_for_window (ADW_TYPE_WINDOW);
  g_assert_nonnull (table);
  g_assert_cmpstr (gtk_window_get_title (table), ==, "Score Trend");
  view = rp_test_ui_find (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW, NULL);
  g_assert_nonnull (view);
  /* Twelve months, one a row */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)))), ==, 12);
  assert_named (GTK_WIDGET (table), "score table");
  rp_test_ui_close_window (table);
}

/* A score series in words, for the sparklines and the trend */
static void
test_describe_scores (void)
{
  double values[12];
  g_autofree char *down = NULL;
  g_autofree char *none = NULL;
  g_autofree char *one = NULL;

  if (g_getenv ("RAPPORT_TEST_LOCALE") != NULL)
    {
      g_test_skip ("Compares English text");
      return;
    }
  for (guint i = 0; i < 12; i++)
    values[i] = NAN;
  none = rp_chart_describe_scores (values, 12, "2026-11");
  g_assert_cmpstr (none, ==, "No score in these months");
  values[11] = 50;
  one = rp_chart_describe_scores (values, 12, "2026-11");
  g_assert_cmpstr (one, ==, "Score 50 in \u2068Nov 2026\u2069");
  values[0] = 72;
  values[5] = 61;
  down = rp_chart_describe_scores (values, 12, "2026-11");
  g_assert_cmpstr (down, ==, "Score 50 in \u2068Nov 2026\u2069, down from 72 in \u2068Dec 2025\u2069");
}

static void
resize_to (GtkWindow *window,
           int        width)
{
  gtk_window_set_default_size (window, width, 860);
  /* The size asked for includes the frame the toolkit draws around the content */
  for (guint i = 0; i < 40 && ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width) > 12; i++)
    rp_test_ui_wait (25);
  rp_test_ui_wait (100);
}

/* Every area at a phone's, a half screen's and a full screen's width: the list and the
 * record fold into one pane below 600 px and sit side by side at 1400; each is saved as
 * a picture (named after the style when RAPPORT_SCREENSHOT_STYLE says one) */
static void
test_screens (RpUiFixture   *f,
              gconstpointer  data)
{
  /* Each on the tab with its picture, to see the charts in every style */
  const struct { const char *page; RpKindId kind; const char *tab; } areas[] = {
    { "overview", RP_N_KINDS, NULL },
    { "philosophy", RP_KIND_PHILOSOPHY, "balance" },
    { "framework", RP_KIND_FRAMEWORK, "diagram" },
    { "execution", RP_KIND_STRATEGY, "plan" },
    { "outsourcers", RP_KIND_OUTSOURCER, "scorecard" },
    { "journal", RP_N_KINDS, NULL },
  };
  const int widths[] = { 1400, 600, 360 };
  const char *style = g_getenv ("RAPPORT_SCREENSHOT_STYLE");

  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    {
      GtkWidget *page = rp_ui_fixture_page (f, areas[a].page);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", areas[a].page));
      rp_test_ui_wait (100);
      if (areas[a].kind != RP_N_KINDS)
        {
          GtkWidget *detail = detail_at (f, areas[a].page, areas[a].kind);

          if (areas[a].kind == RP_KIND_OUTSOURCER)
            {
              /* One with a year of figures */
              g_autoptr(RpRecord) scored = rp_store_find (f->store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME,
                                                          "Pearl Delta Contact", RP_FIELD_NONE, NULL);

              g_assert_nonnull (scored);
              g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "outsourcer",
                                                         rp_record_get_uuid (scored)));
              rp_test_ui_wait (150);
            }
          rp_detail_view_show_tab (RP_DETAIL_VIEW (detail), areas[a].tab);
          rp_test_ui_wait (100);
        }
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%d%s%s", areas[a].page, widths[w], style ? "-" : "", style ? style : "");

          resize_to (GTK_WINDOW (f->window), widths[w]);
          g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (f->window)) - widths[w]), <=, 12);
          if (RP_IS_AREA_PAGE (page))
            {
              g_assert_true (rp_area_page_get_folded (RP_AREA_PAGE (page)) == (widths[w] < 700));
              /* Folded, the record is what shows, with a way back to the list */
              if (widths[w] < 700)
                g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (find_detail (page))));
            }
          rp_test_ui_save_png (GTK_WIDGET (f->window), name);
        }
      resize_to (GTK_WINDOW (f->window), 1400);
    }
}

/* Under zh_HK.UTF-8 (test-ui-zh_HK): the window speaks Hong Kong Chinese and dates are
 * written as Hong Kong writes them */
static void
test_translated (RpUiFixture   *f,
                 gconstpointer  data)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *short_month = NULL;

  if (messages == NULL || !g_str_has_prefix (messages, "zh_HK"))
    {
      g_test_skip ("Runs under zh_HK.UTF-8 (test-ui-zh_HK)");
      return;
    }
  day = rp_date_format_local ("2026-11-30");
  month = rp_period_format_local ("2026-11");
  short_month = rp_month_format_local (2026, 11, FALSE);
  g_assert_cmpstr (day, ==, "2026年11月30日");
  g_assert_cmpstr (month, ==, "2026年11月");
  g_assert_cmpstr (short_month, ==, "11月");
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (f->window), "概覽"));
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (f->window), "外判商"));
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (f->window), "需要處理"));
}

int
main (int   argc,
      char *argv[])
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;
  g_test_add_func ("/access/describe-scores", test_describe_scores);
  g_test_add ("/access/translated", RpUiFixture, "overview", rp_ui_fixture_sample, test_translated, rp_ui_fixture_tear_down);
  g_test_add ("/access/overview", RpUiFixture, "overview", rp_ui_fixture_sample, test_area, rp_ui_fixture_tear_down);
  g_test_add ("/access/philosophy", RpUiFixture, "philosophy", rp_ui_fixture_sample, test_area, rp_ui_fixture_tear_down);
  g_test_add ("/access/framework", RpUiFixture, "framework", rp_ui_fixture_sample, test_area, rp_ui_fixture_tear_down);
  g_test_add ("/access/execution", RpUiFixture, "execution", rp_ui_fixture_sample, test_area, rp_ui_fixture_tear_down);
  g_test_add ("/access/outsourcers", RpUiFixture, "outsourcers", rp_ui_fixture_sample, test_area, rp_ui_fixture_tear_down);
  g_test_add ("/access/journal", RpUiFixture, "journal", rp_ui_fixture_sample, test_area, rp_ui_fixture_tear_down);
  g_test_add ("/access/dialogs", RpUiFixture, "overview", rp_ui_fixture_sample, test_dialogs, rp_ui_fixture_tear_down);
  g_test_add ("/access/chart-tables", RpUiFixture, "outsourcers", rp_ui_fixture_sample, test_chart_tables, rp_ui_fixture_tear_down);
  g_test_add ("/access/keyboard", RpUiFixture, "outsourcers", rp_ui_fixture_sample, test_keyboard, rp_ui_fixture_tear_down);
  g_test_add ("/access/screens", RpUiFixture, "overview", rp_ui_fixture_sample, test_screens, rp_ui_fixture_tear_down);
  return g_test_run ();
}
