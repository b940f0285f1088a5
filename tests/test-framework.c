/* test-framework.c — templates, phases and offsets, the staffing and coverage checks
 * of ITCSCR603A, and the diagram's model */
#include "config.h"

#include <string.h>

#include "rp-diagram.h"
#include "rp-framework.h"
#include "rp-philosophy.h"
#include "rp-sample.h"
#include "rp-test-utils.h"

static RpStore *
empty_store (RpTestDir *dir)
{
  g_autofree char *path = rp_test_dir_path (dir, "f.rapport-db");
  RpStore *store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);

  g_assert_nonnull (store);
  return store;
}

static RpRecord *
add (RpStore    *store,
     RpKindId    kind,
     RpRecord   *owner,
     ...)
{
  RpRecord *record = rp_record_new_for (kind, owner);
  g_autoptr(GError) error = NULL;
  RpFieldId field;
  va_list args;

  va_start (args, owner);
  while ((field = (RpFieldId) va_arg (args, int)) != RP_FIELD_NONE)
    {
      const RpField *f = rp_field_get (field);
      const char *value = va_arg (args, const char *);

      if (f->type == RP_FIELD_INT)
        rp_record_set_int (record, field, g_ascii_strtoll (value, NULL, 10));
      else
        rp_record_set_string (record, field, value);
    }
  va_end (args);
  g_assert_true (rp_store_save (store, record, &error));
  g_assert_no_error (error);
  return record;
}

static void
add_link (RpStore   *store,
          RpFieldId  field1,
          RpRecord  *one,
          RpFieldId  field2,
          RpRecord  *other)
{
  g_assert_true (rp_link_toggle (store, field1, rp_record_get_uuid (one), field2, rp_record_get_uuid (other),
                                 TRUE, NULL));
}

/* Every template is its own set of phases and activities, in time order, and a
 * ready-made one raises none of the coverage flags on its post-sale phases. */
static void
test_templates (void)
{
  static const char *const industries[] = { "subscription", "hardware", "ecommerce" };
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autoptr(GHashTable) seen_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;

  for (guint t = 0; t < G_N_ELEMENTS (industries); t++)
    {
      g_autoptr(RpRecord) framework = rp_framework_create_from_template (store, industries[t], industries[t], &error);
      g_autoptr(GListModel) phases = NULL;
      g_autoptr(GPtrArray) activities = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      gboolean has_pre = FALSE, has_post = FALSE;
      int previous_start = G_MININT;

      g_assert_no_error (error);
      g_assert_nonnull (framework);
      g_assert_cmpstr (rp_record_get_string (framework, RP_FRAMEWORK_TEMPLATE), ==, industries[t]);
      g_assert_nonnull (rp_framework_template_describe (industries[t]));
      phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
      g_assert_cmpuint (g_list_model_get_n_items (phases), >=, 3);
      for (guint p = 0; p < g_list_model_get_n_items (phases); p++)
        {
          g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
          int start = rp_record_get_int (phase, RP_PHASE_START_DAY), end = rp_record_get_int (phase, RP_PHASE_END_DAY);

          g_assert_cmpint (start, <=, end);
          g_assert_cmpint (start, >=, previous_start);
          previous_start = start;
          has_pre |= end <= 0 && start < 0;
          has_post |= rp_phase_is_post_sale (phase);
          g_assert_cmpuint (rp_store_count_where (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase)), >, 0);
        }
      g_assert_true (has_pre);
      g_assert_true (has_post);
      g_assert_cmpuint (rp_store_count_where (store, RP_KIND_FACTOR, RP_FACTOR_FRAMEWORK, rp_record_get_uuid (framework)), >=, 3);

      /* No activity title is shared between industries: not one list renamed */
      activities = rp_framework_list_activities (store, framework);
      g_assert_cmpuint (activities->len, >=, 8);
      for (guint a = 0; a < activities->len; a++)
        {
          const char *title = rp_record_get_string (activities->pdata[a], RP_ACTIVITY_TITLE);
          const char *other = g_hash_table_lookup (seen_titles, title);

          if (other != NULL && !g_str_equal (other, industries[t]))
            g_error ("“%s” is in both the %s and the %s template", title, other, industries[t]);
          g_hash_table_insert (seen_titles, g_strdup (title), g_strdup (industries[t]));
        }

      /* Staffing is the company's to do; coverage is built in */
      findings = rp_framework_findings (store, framework);
      g_assert_cmpuint (rp_findings_count (findings, "post-sale-no-feedback"), ==, 0);
      g_assert_cmpuint (rp_findings_count (findings, "post-sale-no-recovery"), ==, 0);
      g_assert_cmpuint (rp_findings_count (findings, "phase-empty"), ==, 0);
      g_assert_cmpuint (rp_findings_count (findings, "activity-unstaffed"), ==, activities->len);
    }

  /* Blank: the seed's three periods, nothing in them, and every gap flagged */
  {
    g_autoptr(RpRecord) blank = rp_framework_create_from_template (store, "blank", "Blank", NULL);
    g_autoptr(GListModel) phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (blank));
    g_autoptr(GPtrArray) findings = rp_framework_findings (store, blank);
    g_autoptr(RpRecord) first = g_list_model_get_item (phases, 0);
    g_autoptr(RpRecord) last = g_list_model_get_item (phases, 2);

    g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 3);
    g_assert_cmpint (rp_record_get_int (first, RP_PHASE_START_DAY), ==, -60);
    g_assert_cmpint (rp_record_get_int (last, RP_PHASE_END_DAY), ==, 365);
    g_assert_cmpuint (rp_findings_count (findings, "phase-empty"), ==, 3);
    g_assert_cmpuint (rp_findings_count (findings, "post-sale-no-feedback"), ==, 1);
    g_assert_cmpuint (rp_findings_count (findings, "post-sale-no-recovery"), ==, 1);
  }

  /* An unknown template is refused, and nothing is written */
  {
    guint before = rp_store_count (store, RP_KIND_FRAMEWORK);

    g_assert_null (rp_framework_create_from_template (store, "aerospace", "X", &error));
    g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "aerospace"));
    g_assert_cmpuint (rp_store_count (store, RP_KIND_FRAMEWORK), ==, before);
  }
}

/* Each assigned person is held to each level the activity needs. */
static void
test_staff_shortfall (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autoptr(RpRecord) framework = rp_framework_create_from_template (store, "blank", "F", NULL);
  g_autoptr(GListModel) phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  g_autoptr(RpRecord) phase = g_list_model_get_item (phases, 2);
  g_autoptr(RpRecord) activity = add (store, RP_KIND_ACTIVITY, phase, RP_ACTIVITY_TITLE, "Fault hotline", RP_ACTIVITY_CATEGORY, "support",
                                      RP_ACTIVITY_NEED_TECHNICAL, "4", RP_ACTIVITY_NEED_BUSINESS, "2", RP_ACTIVITY_NEED_SOFT_SKILLS, "4", RP_FIELD_NONE);
  g_autoptr(RpRecord) exact = add (store, RP_KIND_STAFF, NULL, RP_STAFF_NAME, "Exactly enough", RP_STAFF_TECHNICAL, "4", RP_STAFF_BUSINESS, "2",
                                   RP_STAFF_SOFT_SKILLS, "4", RP_FIELD_NONE);
  g_autoptr(RpRecord) weak = add (store, RP_KIND_STAFF, NULL, RP_STAFF_NAME, "Ken", RP_STAFF_TECHNICAL, "2", RP_STAFF_BUSINESS, "5",
                                  RP_STAFF_SOFT_SKILLS, "3", RP_FIELD_NONE);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) only_exact = g_ptr_array_new ();
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  g_autoptr(GPtrArray) f0 = NULL;
  g_autoptr(GPtrArray) f1 = NULL;
  g_autoptr(GPtrArray) f2 = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) framework_findings = NULL;

  f0 = rp_activity_staff_findings (activity, none);
  g_assert_cmpuint (f0->len, ==, 1);
  g_assert_cmpstr (((RpFinding *) f0->pdata[0])->rule, ==, "activity-unstaffed");

  g_ptr_array_add (only_exact, exact);
  f1 = rp_activity_staff_findings (activity, only_exact);
  g_assert_cmpuint (f1->len, ==, 0);

  /* Ken: technical 2 of 4 and soft skills 3 of 4 fall short; business 5 of 2 is fine */
  g_ptr_array_add (both, exact);
  g_ptr_array_add (both, weak);
  f2 = rp_activity_staff_findings (activity, both);
  g_assert_cmpuint (f2->len, ==, 2);
  for (guint i = 0; i < f2->len; i++)
    {
      RpFinding *f = f2->pdata[i];

      g_assert_cmpstr (f->rule, ==, "staff-shortfall");
      g_assert_cmpstr (f->record_uuid, ==, rp_record_get_uuid (weak));
      g_assert_nonnull (strstr (f->message, "Ken"));
    }
  /* Names and labels in a finding stand isolated from the text around them. */
  g_assert_nonnull (strstr (((RpFinding *) f2->pdata[0])->message, "\u2068technical knowledge\u2069: level 2, the activity needs 4"));
  g_assert_nonnull (strstr (((RpFinding *) f2->pdata[1])->message, "\u2068soft skills\u2069: level 3, the activity needs 4"));

  /* Through the store: assignments are read back and checked the same way */
  add_link (store, RP_ACTIVITY_STAFF_ACTIVITY, activity, RP_ACTIVITY_STAFF_STAFF, weak);
  listed = rp_activity_list_staff (store, activity);
  g_assert_cmpuint (listed->len, ==, 1);
  framework_findings = rp_framework_findings (store, framework);
  g_assert_cmpuint (rp_findings_count (framework_findings, "staff-shortfall"), ==, 2);
  g_assert_cmpuint (rp_findings_count (framework_findings, "activity-unstaffed"), ==, 0);
}

/* Coverage: principles of the adopted philosophy, post-sale mechanisms, empty phases. */
static void
test_coverage (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autoptr(RpRecord) philosophy = add (store, RP_KIND_PHILOSOPHY, NULL, RP_PHILOSOPHY_TITLE, "Customers first", RP_FIELD_NONE);
  g_autoptr(RpRecord) p1 = add (store, RP_KIND_PRINCIPLE, philosophy, RP_PRINCIPLE_STATEMENT, "Prices in full", RP_FIELD_NONE);
  g_autoptr(RpRecord) p2 = add (store, RP_KIND_PRINCIPLE, philosophy, RP_PRINCIPLE_STATEMENT, "Faults fixed in a day", RP_FIELD_NONE);
  g_autoptr(RpRecord) framework = add (store, RP_KIND_FRAMEWORK, NULL, RP_FRAMEWORK_TITLE, "F", RP_FIELD_NONE);
  g_autoptr(RpRecord) pre = add (store, RP_KIND_PHASE, framework, RP_PHASE_NAME, "Pre-sale", RP_PHASE_START_DAY, "-30", RP_PHASE_END_DAY, "0", RP_FIELD_NONE);
  g_autoptr(RpRecord) post = add (store, RP_KIND_PHASE, framework, RP_PHASE_NAME, "After", RP_PHASE_START_DAY, "0", RP_PHASE_END_DAY, "90", RP_FIELD_NONE);
  g_autoptr(RpRecord) ads = add (store, RP_KIND_ACTIVITY, pre, RP_ACTIVITY_TITLE, "Adverts", RP_ACTIVITY_CATEGORY, "advertising", RP_FIELD_NONE);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) unadopted = NULL;
  g_autoptr(RpRecord) survey = NULL;
  g_autoptr(RpRecord) recovery = NULL;

  /* Not adopted: no principle can be unserved yet */
  unadopted = rp_framework_findings (store, framework);
  g_assert_cmpuint (rp_findings_count (unadopted, "principle-unserved"), ==, 0);
  g_assert_true (rp_philosophy_propose (store, philosophy, "A", "2026-01-01", NULL, NULL));
  g_assert_true (rp_philosophy_adopt (store, philosophy, "Board", "2026-01-02", NULL, NULL));
  add_link (store, RP_ACTIVITY_PRINCIPLE_ACTIVITY, ads, RP_ACTIVITY_PRINCIPLE_PRINCIPLE, p1);

  before = rp_framework_findings (store, framework);
  g_assert_cmpuint (rp_findings_count (before, "principle-unserved"), ==, 1);
  for (guint i = 0; i < before->len; i++)
    {
      RpFinding *f = before->pdata[i];

      if (g_str_equal (f->rule, "principle-unserved"))
        g_assert_cmpstr (f->record_uuid, ==, rp_record_get_uuid (p2));
      if (g_str_equal (f->rule, "phase-empty") || g_str_has_prefix (f->rule, "post-sale"))
        g_assert_cmpstr (f->record_uuid, ==, rp_record_get_uuid (post));
    }
  g_assert_cmpuint (rp_findings_count (before, "phase-empty"), ==, 1);
  g_assert_cmpuint (rp_findings_count (before, "post-sale-no-feedback"), ==, 1);
  g_assert_cmpuint (rp_findings_count (before, "post-sale-no-recovery"), ==, 1);
  /* A pre-sale phase needs no feedback mechanism */
  g_assert_false (rp_phase_is_post_sale (pre));

  survey = add (store, RP_KIND_ACTIVITY, post, RP_ACTIVITY_TITLE, "Survey", RP_ACTIVITY_CATEGORY, "feedback", RP_FIELD_NONE);
  recovery = add (store, RP_KIND_ACTIVITY, post, RP_ACTIVITY_TITLE, "Put it right", RP_ACTIVITY_CATEGORY, "recovery", RP_FIELD_NONE);
  add_link (store, RP_ACTIVITY_PRINCIPLE_ACTIVITY, recovery, RP_ACTIVITY_PRINCIPLE_PRINCIPLE, p2);
  after = rp_framework_findings (store, framework);
  g_assert_cmpuint (rp_findings_count (after, "principle-unserved"), ==, 0);
  g_assert_cmpuint (rp_findings_count (after, "phase-empty"), ==, 0);
  g_assert_cmpuint (rp_findings_count (after, "post-sale-no-feedback"), ==, 0);
  g_assert_cmpuint (rp_findings_count (after, "post-sale-no-recovery"), ==, 0);
}

/* Phases keep their order when moved; offsets are checked and described. */
static void
test_phases (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autoptr(RpRecord) framework = rp_framework_create_from_template (store, "blank", "F", NULL);
  g_autoptr(RpRecord) other = rp_framework_create_from_template (store, "blank", "G", NULL);
  g_autoptr(GListModel) phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  g_autoptr(GListModel) other_phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (other));
  g_autoptr(RpRecord) sale = g_list_model_get_item (phases, 1);
  g_autoptr(RpRecord) post = g_list_model_get_item (phases, 2);
  g_autoptr(RpRecord) elsewhere = g_list_model_get_item (other_phases, 0);
  g_autoptr(GListModel) reordered = NULL;
  g_autoptr(RpRecord) reversed = NULL;
  g_autoptr(RpRecord) a1 = NULL;
  g_autoptr(RpRecord) a2 = NULL;
  g_autoptr(RpRecord) moved = NULL;
  g_autoptr(GListModel) in_post = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *d1 = rp_phase_describe_days (-60, 0);
  g_autofree char *d2 = rp_phase_describe_days (0, 0);
  g_autofree char *d3 = rp_phase_describe_days (30, 365);
  g_autofree char *d4 = rp_phase_describe_days (7, 7);

  g_assert_cmpstr (d1, ==, "Days \u221260 to 0");
  g_assert_cmpstr (d2, ==, "At the sale");
  g_assert_cmpstr (d3, ==, "Days +30 to +365");
  g_assert_cmpstr (d4, ==, "Day +7");

  /* Renamed and moved to the front */
  rp_record_set_string (post, RP_PHASE_NAME, "Aftercare");
  g_assert_true (rp_store_save (store, post, NULL));
  g_assert_true (rp_store_move (store, post, 0, &error));
  g_assert_no_error (error);
  reordered = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  {
    g_autoptr(RpRecord) first = g_list_model_get_item (reordered, 0);
    g_autoptr(RpRecord) second = g_list_model_get_item (reordered, 1);

    g_assert_cmpstr (rp_record_get_string (first, RP_PHASE_NAME), ==, "Aftercare");
    g_assert_cmpstr (rp_record_get_string (second, RP_PHASE_NAME), ==, "Pre-sale");
  }

  /* An end before the start is refused, with both values named */
  reversed = rp_record_copy (sale);
  rp_record_set_int (reversed, RP_PHASE_START_DAY, 30);
  rp_record_set_int (reversed, RP_PHASE_END_DAY, -10);
  g_assert_false (rp_store_save (store, reversed, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "30"));
  g_assert_nonnull (strstr (error->message, "-10"));
  g_clear_error (&error);

  /* Activities move to the end of another phase of the same framework, and nowhere else */
  a1 = add (store, RP_KIND_ACTIVITY, post, RP_ACTIVITY_TITLE, "Survey", RP_ACTIVITY_CATEGORY, "feedback", RP_FIELD_NONE);
  a2 = add (store, RP_KIND_ACTIVITY, sale, RP_ACTIVITY_TITLE, "Walk-through", RP_ACTIVITY_CATEGORY, "information", RP_FIELD_NONE);
  g_assert_true (rp_activity_move_to_phase (store, a2, post, &error));
  g_assert_no_error (error);
  in_post = rp_store_list (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (post));
  g_assert_cmpuint (g_list_model_get_n_items (in_post), ==, 2);
  moved = g_list_model_get_item (in_post, 1);
  g_assert_cmpstr (rp_record_get_uuid (moved), ==, rp_record_get_uuid (a2));
  g_assert_false (rp_activity_move_to_phase (store, a1, elsewhere, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
}

/* The diagram has a column a phase, a lane a category in use, a block an activity. */
static void
test_diagram_model (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "s.rapport-db");
  g_autoptr(RpStore) store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
  g_autoptr(GListModel) frameworks = NULL;
  g_autoptr(RpRecord) framework = NULL;
  g_autoptr(RpDiagram) diagram = NULL;
  g_autoptr(RpDiagram) titled = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  double w, h, tw, th;

  g_assert_true (rp_sample_fill (store, NULL));
  frameworks = rp_store_list (store, RP_KIND_FRAMEWORK, RP_FIELD_NONE, NULL);
  framework = g_list_model_get_item (frameworks, 0);
  activities = rp_framework_list_activities (store, framework);
  for (guint i = 0; i < activities->len; i++)
    g_hash_table_add (categories, (gpointer) rp_record_get_string (activities->pdata[i], RP_ACTIVITY_CATEGORY));
  diagram = rp_diagram_for_framework (store, framework, FALSE);
  titled = rp_diagram_for_framework (store, framework, TRUE);
  g_assert_cmpuint (rp_diagram_get_n_phases (diagram), ==, rp_store_count_where (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK,
                                                                                 rp_record_get_uuid (framework)));
  g_assert_cmpuint (rp_diagram_get_n_lanes (diagram), ==, g_hash_table_size (categories));
  g_assert_cmpuint (rp_diagram_get_n_blocks (diagram), ==, activities->len);
  rp_diagram_get_size (diagram, &w, &h);
  rp_diagram_get_size (titled, &tw, &th);
  g_assert_cmpfloat (w, ==, tw);
  g_assert_cmpfloat (th, >, h);
  g_assert_cmpfloat (w, >, 100 * rp_diagram_get_n_phases (diagram));
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/framework/templates", test_templates);
  g_test_add_func ("/framework/staff-shortfall", test_staff_shortfall);
  g_test_add_func ("/framework/coverage", test_coverage);
  g_test_add_func ("/framework/phases", test_phases);
  g_test_add_func ("/framework/diagram-model", test_diagram_model);

  return g_test_run ();
}
