/* test-execution.c — review rhythms, overdue rules, change requests, the strategy tree,
 * and the journal's search, filters and CSV (ITCSCR508A) */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "rp-cadence.h"
#include "rp-execution.h"
#include "rp-journal.h"
#include "rp-overview.h"
#include "rp-sample.h"
#include "rp-test-utils.h"
#include "rp-timeline.h"
#include "rp-util.h"

static RpStore *
empty_store (RpTestDir *dir)
{
  g_autofree char *path = rp_test_dir_path (dir, "x.rapport-db");
  RpStore *store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);

  g_assert_nonnull (store);
  return store;
}

static RpRecord *
add (RpStore    *store,
     RpKindId    kind,
     ...)
{
  RpRecord *record = rp_record_new_for (kind, NULL);
  g_autoptr(GError) error = NULL;
  RpFieldId field;
  va_list args;

  va_start (args, kind);
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

static char *
next_due (const char *cadence,
          int         days,
          const char *from)
{
  GDate start, next;

  g_assert_true (rp_date_parse (from, &start));
  if (!rp_cadence_next (cadence, days, &start, &next))
    return NULL;
  return rp_date_format (&next);
}

/* Calendar months: a month after 31 January is the end of February, leap or not. */
static void
test_cadence (void)
{
  static const struct { const char *cadence; int days; const char *from; const char *expected; } cases[] = {
    { "monthly", 0, "2026-01-31", "2026-02-28" },
    { "monthly", 0, "2028-01-31", "2028-02-29" },   /* leap year */
    { "monthly", 0, "2026-03-31", "2026-04-30" },
    { "monthly", 0, "2026-12-15", "2027-01-15" },   /* across the year */
    { "quarterly", 0, "2026-11-30", "2027-02-28" },
    { "quarterly", 0, "2027-11-30", "2028-02-29" },
    { "half_yearly", 0, "2026-08-31", "2027-02-28" },
    { "yearly", 0, "2028-02-29", "2029-02-28" },    /* a leap day has no twin next year */
    { "yearly", 0, "2027-03-01", "2028-03-01" },
    { "days", 90, "2026-12-01", "2027-03-01" },
    { "days", 1, "2028-02-28", "2028-02-29" },
    { "days", 366, "2028-01-01", "2029-01-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = next_due (cases[i].cadence, cases[i].days, cases[i].from);

      g_assert_cmpstr (got, ==, cases[i].expected);
    }
  g_assert_null (next_due ("days", 0, "2026-01-01"));
  g_assert_null (next_due ("fortnightly", 0, "2026-01-01"));
}

/* The latest review's agreed date wins; without one the rhythm counts from that review,
 * else from the endorsement. */
static void
test_review_due (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autoptr(RpRecord) strategy = add (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "S", RP_STRATEGY_STATUS, "active",
                                      RP_STRATEGY_CADENCE, "monthly", RP_FIELD_NONE);
  g_autoptr(RpRecord) r1 = NULL;
  g_autoptr(RpRecord) r2 = NULL;
  g_autoptr(RpRecord) last = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GPtrArray) soon = NULL;
  GDate due, today;
  g_autofree char *d0 = NULL;
  g_autofree char *d1 = NULL;
  g_autofree char *d2 = NULL;

  g_assert_true (rp_strategy_endorse (store, strategy, "Board", "2026-01-31", NULL));
  g_set_object (&strategy, rp_store_get (store, RP_KIND_STRATEGY, rp_record_get_uuid (strategy)));
  g_object_unref (strategy);

  g_assert_true (rp_review_next_due (store, strategy, &due, &last));
  g_assert_null (last);
  d0 = rp_date_format (&due);
  g_assert_cmpstr (d0, ==, "2026-02-28");

  r1 = add (store, RP_KIND_REVIEW, RP_REVIEW_STRATEGY, rp_record_get_uuid (strategy), RP_REVIEW_HELD_ON, "2026-03-10", RP_FIELD_NONE);
  g_assert_true (rp_review_next_due (store, strategy, &due, NULL));
  d1 = rp_date_format (&due);
  g_assert_cmpstr (d1, ==, "2026-04-10");

  r2 = add (store, RP_KIND_REVIEW, RP_REVIEW_STRATEGY, rp_record_get_uuid (strategy), RP_REVIEW_HELD_ON, "2026-04-08",
            RP_REVIEW_NEXT_REVIEW_ON, "2026-06-01", RP_FIELD_NONE);
  g_assert_true (rp_review_next_due (store, strategy, &due, &last));
  d2 = rp_date_format (&due);
  g_assert_cmpstr (d2, ==, "2026-06-01");
  g_assert_cmpstr (rp_record_get_uuid (last), ==, rp_record_get_uuid (r2));

  /* Overdue the day after, due soon within the window, nothing before it */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 2, 6, 2026);
  overdue = rp_review_findings (store, &today, -1);
  g_assert_cmpuint (rp_findings_count (overdue, "review-overdue"), ==, 1);
  g_date_set_dmy (&today, 20, 5, 2026);
  soon = rp_review_findings (store, &today, 14);
  g_assert_cmpuint (rp_findings_count (soon, "review-due"), ==, 1);
  g_assert_cmpuint (rp_findings_count (soon, "review-overdue"), ==, 0);
  {
    g_autoptr(GPtrArray) early = NULL;

    g_date_set_dmy (&today, 1, 5, 2026);
    early = rp_review_findings (store, &today, 14);
    g_assert_cmpuint (early->len, ==, 0);
  }
}

/* Past due and not done is overdue; due today is not yet; done never is. */
static void
test_plan_overdue (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autoptr(RpRecord) strategy = add (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "S", RP_FIELD_NONE);
  g_autoptr(RpRecord) late = add (store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, rp_record_get_uuid (strategy), RP_PLAN_ITEM_TITLE, "Late",
                                  RP_PLAN_ITEM_OWNER, "Raj", RP_PLAN_ITEM_DUE_ON, "2026-11-22", RP_PLAN_ITEM_STATUS, "in_progress", RP_FIELD_NONE);
  g_autoptr(RpRecord) today_item = add (store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, rp_record_get_uuid (strategy), RP_PLAN_ITEM_TITLE, "Today",
                                        RP_PLAN_ITEM_DUE_ON, "2026-11-23", RP_FIELD_NONE);
  g_autoptr(RpRecord) done = add (store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, rp_record_get_uuid (strategy), RP_PLAN_ITEM_TITLE, "Done",
                                  RP_PLAN_ITEM_DUE_ON, "2026-01-01", RP_PLAN_ITEM_STATUS, "done", RP_FIELD_NONE);
  g_autoptr(RpRecord) undated = add (store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, rp_record_get_uuid (strategy), RP_PLAN_ITEM_TITLE, "Undated", RP_FIELD_NONE);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(RpTimeline) timeline = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 23, 11, 2026);
  findings = rp_plan_overdue_findings (store, &today);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpstr (((RpFinding *) findings->pdata[0])->record_uuid, ==, rp_record_get_uuid (late));
  g_assert_nonnull (strstr (((RpFinding *) findings->pdata[0])->message, "1 day overdue"));
  g_assert_nonnull (strstr (((RpFinding *) findings->pdata[0])->message, "Raj"));

  /* The timeline agrees with the overview */
  timeline = rp_timeline_for_strategy (store, strategy, &today);
  g_assert_cmpuint (rp_timeline_get_n_items (timeline), ==, 4);
  g_assert_cmpuint (rp_timeline_get_n_overdue (timeline), ==, 1);
}

/* Management decides once; a deferral can be decided later; each step is journalled. */
static void
test_change_request_flow (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autoptr(RpRecord) strategy = add (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "S", RP_FIELD_NONE);
  g_autoptr(RpRecord) request = add (store, RP_KIND_CHANGE_REQUEST, RP_CHANGE_REQUEST_STRATEGY, rp_record_get_uuid (strategy),
                                     RP_CHANGE_REQUEST_WHAT, "Hire contractors", RP_CHANGE_REQUEST_REQUESTED_BY, "Mei", RP_FIELD_NONE);
  g_autoptr(RpRecord) other = add (store, RP_KIND_CHANGE_REQUEST, RP_CHANGE_REQUEST_STRATEGY, rp_record_get_uuid (strategy),
                                   RP_CHANGE_REQUEST_WHAT, "Cut the budget", RP_FIELD_NONE);
  g_autoptr(RpRecord) fresh = NULL;
  g_autoptr(GPtrArray) open_before = rp_change_request_findings (store);
  g_autoptr(GPtrArray) open_after = NULL;
  g_autoptr(GError) error = NULL;
  RpJournalFilter filter = { .kind = (char *) "change_request" };
  guint journalled;

  g_assert_cmpuint (rp_findings_count (open_before, "change-request-open"), ==, 2);
  journalled = rp_journal_count (store, &filter, NULL);

  g_assert_false (rp_change_request_decide (store, request, "maybe", "Board", "2026-11-01", NULL, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rp_change_request_decide (store, request, "approved", "", "2026-11-01", NULL, &error));
  g_assert_nonnull (strstr (error->message, "who decided"));
  g_clear_error (&error);
  g_assert_false (rp_change_request_decide (store, request, "approved", "Board", "1 Nov", NULL, &error));
  g_assert_nonnull (strstr (error->message, "1 Nov"));
  g_clear_error (&error);
  fresh = rp_store_get (store, RP_KIND_CHANGE_REQUEST, rp_record_get_uuid (request));
  g_assert_cmpstr (rp_record_get_string (fresh, RP_CHANGE_REQUEST_DECISION), ==, "pending");
  g_clear_object (&fresh);

  g_assert_true (rp_change_request_decide (store, request, "approved", "Board", "2026-11-01", "Go ahead.", &error));
  g_assert_no_error (error);
  fresh = rp_store_get (store, RP_KIND_CHANGE_REQUEST, rp_record_get_uuid (request));
  g_assert_cmpstr (rp_record_get_string (fresh, RP_CHANGE_REQUEST_DECISION), ==, "approved");
  g_assert_cmpstr (rp_record_get_string (fresh, RP_CHANGE_REQUEST_DECIDED_BY), ==, "Board");
  g_assert_cmpstr (rp_record_get_string (fresh, RP_CHANGE_REQUEST_DECISION_NOTES), ==, "Go ahead.");
  g_assert_false (rp_change_request_decide (store, fresh, "rejected", "CEO", "2026-11-02", NULL, &error));
  g_assert_nonnull (strstr (error->message, "already"));
  g_clear_error (&error);

  g_assert_true (rp_change_request_decide (store, other, "deferred", "Board", "2026-11-01", NULL, NULL));
  g_clear_object (&other);
  other = rp_store_find (store, RP_KIND_CHANGE_REQUEST, RP_CHANGE_REQUEST_WHAT, "Cut the budget", RP_FIELD_NONE, NULL);
  g_assert_true (rp_change_request_decide (store, other, "rejected", "Board", "2026-12-01", NULL, NULL));

  open_after = rp_change_request_findings (store);
  g_assert_cmpuint (open_after->len, ==, 0);
  g_assert_cmpuint (rp_journal_count (store, &filter, NULL), ==, journalled + 3);
  {
    RpJournalFilter approved = { .kind = (char *) "change_request", .search = (char *) "Approved Board" };

    g_assert_cmpuint (rp_journal_count (store, &approved, NULL), ==, 1);
  }
}

/* Sub-strategies follow their parent; a loop brought in from elsewhere loses nothing. */
static void
test_strategy_tree (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autoptr(RpRecord) a = add (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "A", RP_FIELD_NONE);
  g_autoptr(RpRecord) b = add (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "B", RP_FIELD_NONE);
  g_autoptr(RpRecord) a1 = add (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "A1", RP_STRATEGY_PARENT, rp_record_get_uuid (a), RP_FIELD_NONE);
  g_autoptr(RpRecord) a1x = add (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "A1x", RP_STRATEGY_PARENT, rp_record_get_uuid (a1), RP_FIELD_NONE);
  g_autoptr(RpRecord) a2 = add (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "A2", RP_STRATEGY_PARENT, rp_record_get_uuid (a), RP_FIELD_NONE);
  g_autoptr(GPtrArray) tree = rp_strategy_tree (store);
  static const char *const order[] = { "A", "A1", "A1x", "A2", "B" };
  static const guint depth[] = { 0, 1, 2, 1, 0 };
  g_autofree char *path = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpuint (tree->len, ==, 5);
  for (guint i = 0; i < tree->len; i++)
    {
      RpStrategyNode *node = tree->pdata[i];

      g_assert_cmpstr (rp_record_get_string (node->strategy, RP_STRATEGY_TITLE), ==, order[i]);
      g_assert_cmpuint (node->depth, ==, depth[i]);
    }

  /* Another program makes A and B each other's parent */
  path = g_strdup (rp_store_get_path (store));
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE strategy SET parent = '%s' WHERE uuid = '%s';"
                                            "UPDATE strategy SET parent = '%s' WHERE uuid = '%s';",
                                            rp_record_get_uuid (b), rp_record_get_uuid (a),
                                            rp_record_get_uuid (a), rp_record_get_uuid (b));

    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (db);
  store = rp_store_open (path, RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
  g_clear_pointer (&tree, g_ptr_array_unref);
  tree = rp_strategy_tree (store);
  g_assert_cmpuint (tree->len, ==, 5);
}

/* What a person types is never read as query syntax: quotes, operators and SQL are words
 * or nothing, and the search still finds what it names */
static void
test_search_typed (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  const char *typed[] = { "\"; DROP TABLE journal_entry; --", "NEAR(a b) OR c*", "  --  ** \"\" ", "%_\\", "\"合約" };

  g_assert_true (rp_journal_add_note (store, NULL, NULL, "The café's weekend shift; NEAR the OR desk.", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      RpJournalFilter filter = { .search = (char *) typed[i] };
      g_autoptr(GError) error = NULL;

      rp_journal_count (store, &filter, &error);
      g_assert_no_error (error);
    }
  {
    RpJournalFilter cafe = { .search = (char *) "café's" };
    RpJournalFilter prefix = { .search = (char *) "weekend shi" };
    RpJournalFilter near = { .search = (char *) "NEAR(the) OR" };
    RpJournalFilter sql = { .search = (char *) "\"; DROP TABLE journal_entry; --" };

    g_assert_cmpuint (rp_journal_count (store, &cafe, NULL), ==, 1);
    g_assert_cmpuint (rp_journal_count (store, &prefix, NULL), ==, 1);
    g_assert_cmpuint (rp_journal_count (store, &near, NULL), ==, 1);
    g_assert_cmpuint (rp_journal_count (store, &sql, NULL), ==, 0);
    g_assert_cmpuint (rp_store_count (store, RP_KIND_JOURNAL_ENTRY), >, 0);
  }
}

/* Search, filters and pages over a real journal; the journal stays append-only. */
static void
test_journal_queries (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_auto(GStrv) kinds = NULL;
  g_auto(GStrv) people = NULL;
  RpJournalFilter all = { NULL };
  RpJournalFilter words = { .search = (char *) "saturday contr" };
  RpJournalFilter nothing = { .search = (char *) "\"*)" };
  RpJournalFilter kind = { .kind = (char *) "note" };
  RpJournalFilter today = { NULL };
  RpJournalFilter future = { .since = (char *) "2999-01-01" };
  RpJournalFilter reversed = { .since = (char *) "2026-02-01", .until = (char *) "2026-01-01" };
  RpJournalFilter bad = { .since = (char *) "01/02/2026" };
  guint total;

  g_assert_true (rp_sample_fill (store, NULL));
  g_assert_true (rp_journal_add_note (store, NULL, NULL, "Weekend contractors started on Saturday.", NULL));
  g_assert_true (rp_journal_add_note (store, "strategy", NULL, "Checked the fault times with Raj.", NULL));
  g_assert_false (rp_journal_add_note (store, NULL, NULL, "   \n ", &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  total = rp_journal_count (store, &all, NULL);
  g_assert_cmpuint (total, ==, rp_store_count (store, RP_KIND_JOURNAL_ENTRY));

  /* Newest first, page by page without overlap */
  first = rp_journal_fetch (store, &all, 0, 10, NULL);
  second = rp_journal_fetch (store, &all, 10, 10, NULL);
  g_assert_cmpuint (first->len, ==, 10);
  g_assert_cmpstr (((RpJournalEntry *) first->pdata[0])->summary, ==, "Checked the fault times with Raj.");
  g_assert_cmpint (((RpJournalEntry *) first->pdata[9])->id, >, ((RpJournalEntry *) second->pdata[0])->id);

  /* Words, the last one as a prefix; a query made of punctuation finds nothing and breaks nothing */
  g_assert_cmpuint (rp_journal_count (store, &words, NULL), ==, 1);
  g_assert_cmpuint (rp_journal_count (store, &nothing, &error), ==, total);
  g_assert_no_error (error);
  /* Chinese words inside a sentence: two characters, three, and with an English word */
  {
    RpJournalFilter contract = { .search = (char *) "合約" };
    RpJournalFilter renewal = { .search = (char *) "續期會議" };
    RpJournalFilter mixed = { .search = (char *) "Raj 外判商" };
    RpJournalFilter absent = { .search = (char *) "罰則" };

    g_assert_true (rp_journal_add_note (store, NULL, NULL, "與外判商討論下年度的合約續期會議安排，由Raj跟進。", NULL));
    g_assert_cmpuint (rp_journal_count (store, &contract, NULL), ==, 1);
    g_assert_cmpuint (rp_journal_count (store, &renewal, NULL), ==, 1);
    g_assert_cmpuint (rp_journal_count (store, &mixed, NULL), ==, 1);
    g_assert_cmpuint (rp_journal_count (store, &absent, NULL), ==, 0);
    total++;
  }
  /* Notes are their own kind: the sample's, and the one about a strategy above */
  notes = rp_journal_fetch (store, &kind, 0, 100, NULL);
  g_assert_cmpuint (notes->len, ==, 3);
  for (guint i = 0; i < notes->len; i++)
    g_assert_cmpstr (((RpJournalEntry *) notes->pdata[i])->action, ==, "note");

  /* Dates are local days, both ends included */
  today.since = rp_date_today ();
  today.until = rp_date_today ();
  /* The sample's journal tells its year; today has only what was written since */
  {
    guint of_today = rp_journal_count (store, &today, NULL);

    g_assert_cmpuint (of_today, >, 0);
    g_assert_cmpuint (of_today, <, total / 10);
  }
  rp_journal_filter_clear (&today);
  g_assert_cmpuint (rp_journal_count (store, &future, NULL), ==, 0);
  g_assert_false (rp_journal_filter_check (&reversed, &error));
  g_assert_nonnull (strstr (error->message, "2026-02-01"));
  g_clear_error (&error);
  g_assert_cmpuint (rp_journal_count (store, &bad, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "01/02/2026"));
  g_clear_error (&error);

  kinds = rp_journal_kinds (store);
  people = rp_journal_people (store);
  g_assert_true (g_strv_contains ((const char *const *) kinds, "note"));
  g_assert_true (g_strv_contains ((const char *const *) kinds, "strategy"));
  g_assert_cmpuint (g_strv_length (people), >=, 1);
}

static void
test_csv (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = empty_store (dir);
  g_autofree char *path = rp_test_dir_path (dir, "journal.csv");
  g_autofree char *text = NULL;
  g_autofree char *plain = rp_csv_cell ("plain");
  g_autofree char *comma = rp_csv_cell ("a, b");
  g_autofree char *quote = rp_csv_cell ("say \"hi\"");
  g_autofree char *line = rp_csv_cell ("two\nlines");
  g_autofree char *formula = rp_csv_cell ("=HYPERLINK(\"x\")");
  g_autofree char *minus = rp_csv_cell ("-1+2");
  RpJournalFilter notes = { .kind = (char *) "note" };
  g_auto(GStrv) rows = NULL;

  g_assert_cmpstr (plain, ==, "plain");
  g_assert_cmpstr (comma, ==, "\"a, b\"");
  g_assert_cmpstr (quote, ==, "\"say \"\"hi\"\"\"");
  g_assert_cmpstr (line, ==, "\"two\nlines\"");
  /* A spreadsheet never runs what a journal entry says */
  g_assert_cmpstr (formula, ==, "\"'=HYPERLINK(\"\"x\"\")\"");
  g_assert_cmpstr (minus, ==, "'-1+2");

  g_assert_true (rp_journal_add_note (store, NULL, NULL, "First, with a comma", NULL));
  g_assert_true (rp_journal_add_note (store, NULL, NULL, "=1+1", NULL));
  g_assert_true (rp_journal_write_csv (store, &notes, path, NULL));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  rows = g_strsplit (text, "\r\n", -1);
  g_assert_cmpstr (rows[0], ==, "when,who,record_kind,record_uuid,action,summary");
  g_assert_true (g_str_has_suffix (rows[1], ",note,,note,'=1+1"));
  g_assert_true (g_str_has_suffix (rows[2], ",note,,note,\"First, with a comma\""));
  g_assert_cmpstr (rows[3], ==, "");
  g_assert_null (rows[4]);
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/execution/cadence", test_cadence);
  g_test_add_func ("/execution/review-due", test_review_due);
  g_test_add_func ("/execution/plan-overdue", test_plan_overdue);
  g_test_add_func ("/execution/change-request-flow", test_change_request_flow);
  g_test_add_func ("/execution/strategy-tree", test_strategy_tree);
  g_test_add_func ("/journal/search-typed", test_search_typed);
  g_test_add_func ("/journal/queries", test_journal_queries);
  g_test_add_func ("/journal/csv", test_csv);

  return g_test_run ();
}
