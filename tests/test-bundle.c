/* test-bundle.c — export, the malformed-bundle corpus, preview, conflicts, all-or-nothing, round trip */
#include "config.h"

#include <math.h>

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "rp-bundle.h"
#include "rp-json-reader.h"
#include "rp-philosophy.h"
#include "rp-sample.h"
#include "rp-test-utils.h"
#include "rp-workspace-digest.h"

static RpStore *
open_store (RpTestDir  *dir,
            const char *name,
            gboolean    sample)
{
  g_autofree char *path = rp_test_dir_path (dir, name);
  g_autoptr(GError) error = NULL;
  RpStore *store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, &error);

  g_assert_no_error (error);
  if (sample)
    g_assert_true (rp_sample_fill (store, NULL));
  return store;
}

static char *
export_to (RpStore      *store,
           RpTestDir    *dir,
           const char   *name,
           RpExportWhat  what,
           const char   *uuid,
           gboolean      anonymous)
{
  RpExportOptions options = { .what = what, .uuid = g_strdup (uuid), .no_personal_data = anonymous };
  char *path = rp_test_dir_path (dir, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (what == RP_EXPORT_JOURNAL)
    {
      options.from = g_strdup ("2000-01-01");
      options.to = g_strdup ("2999-12-31");
    }
  g_assert_true (rp_bundle_export_file (store, &options, file, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  rp_export_options_clear (&options);
  return path;
}

static RpBundle *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RpBundle *bundle = rp_bundle_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  return bundle;
}

static char *
apply (RpStore    *store,
       const char *path,
       RpResolve   policy)
{
  g_autoptr(RpBundle) bundle = load (path);
  g_autoptr(RpBundlePreview) preview = rp_bundle_preview (bundle, store, NULL);
  g_autoptr(GError) error = NULL;
  char *summary = NULL;

  g_assert_nonnull (preview);
  rp_bundle_preview_resolve_all (preview, policy);
  g_assert_true (rp_bundle_apply (preview, store, &summary, &error));
  g_assert_no_error (error);
  return summary;
}

/* The records of a bundle, by "kind uuid" → their JSON, without the export time. */
static GHashTable *
bundle_records (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GHashTable *records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GList) members = NULL;
  JsonObject *root;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (root);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (root, l->data);

      if (!JSON_NODE_HOLDS_ARRAY (node))
        continue;
      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        {
          JsonNode *element = json_array_get_element (json_node_get_array (node), i);
          g_autofree char *key = g_strdup_printf ("%s %s", (char *) l->data,
                                                  json_object_get_string_member (json_node_get_object (element), "uuid"));

          g_hash_table_insert (records, g_steal_pointer (&key), json_to_string (element, FALSE));
        }
    }
  return records;
}

static void
test_round_trip (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) source = open_store (dir, "source.rapport-db", TRUE);
  g_autoptr(RpStore) target = open_store (dir, "target.rapport-db", FALSE);
  g_autofree char *first = export_to (source, dir, "first.rapport", RP_EXPORT_ALL, NULL, FALSE);
  g_autofree char *summary = apply (target, first, RP_RESOLVE_NEWER);
  g_autofree char *second = export_to (target, dir, "second.rapport", RP_EXPORT_ALL, NULL, FALSE);
  g_autoptr(GHashTable) a = bundle_records (first);
  g_autoptr(GHashTable) b = bundle_records (second);
  GHashTableIter iter;
  gpointer key, value;
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  g_test_message ("%s", summary);
  g_assert_cmpuint (g_hash_table_size (a), >, 400);
  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpstr (g_hash_table_lookup (b, key), ==, value);

  /* Every kind but the journal travels with "everything". */
  for (guint k = 0; k < n_kinds; k++)
    if (!(kinds[k]->flags & RP_KIND_APPEND_ONLY))
      g_assert_cmpuint (rp_store_count (target, k), ==, rp_store_count (source, k));

  /* The import is in the journal and a backup was made first. */
  {
    g_autoptr(GListModel) journal = rp_store_list (target, RP_KIND_JOURNAL_ENTRY, RP_JOURNAL_ENTRY_RECORD_KIND, "bundle");
    g_autoptr(RpRecord) entry = g_list_model_get_item (journal, 0);
    g_autofree char *backups = rp_store_backup_dir (rp_store_get_path (target));
    g_autoptr(GDir) d = g_dir_open (backups, 0, NULL);
    const char *name;
    gboolean found = FALSE;

    g_assert_nonnull (entry);
    g_assert_nonnull (strstr (rp_record_get_string (entry, RP_JOURNAL_ENTRY_SUMMARY), "From Harbourline Fibre"));
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      found |= strstr (name, "before-import") != NULL;
    g_assert_true (found);
  }
}

/* Each scope carries what it refers to: it imports into an empty workspace. */
static void
test_scopes_are_self_contained (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) source = open_store (dir, "source.rapport-db", TRUE);
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (source);
  g_autoptr(RpRecord) framework = rp_store_find (source, RP_KIND_FRAMEWORK, RP_FRAMEWORK_TEMPLATE, "subscription", RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) outsourcer = rp_store_find (source, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "Pearl Delta Contact", RP_FIELD_NONE, NULL);
  struct {
    RpExportWhat what;
    const char  *uuid;
    RpKindId     kind;
    guint        at_least;
  } scopes[] = {
    { RP_EXPORT_PHILOSOPHY, rp_record_get_uuid (adopted), RP_KIND_PRINCIPLE, 6 },
    { RP_EXPORT_FRAMEWORK, rp_record_get_uuid (framework), RP_KIND_ACTIVITY, 15 },
    { RP_EXPORT_OUTSOURCER, rp_record_get_uuid (outsourcer), RP_KIND_FIGURE, 40 },
    { RP_EXPORT_STANDARDS, NULL, RP_KIND_CRITERION, 6 },
    { RP_EXPORT_JOURNAL, NULL, RP_KIND_JOURNAL_ENTRY, 100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
    {
      g_autofree char *name = g_strdup_printf ("scope-%u.rapport", i);
      g_autofree char *db = g_strdup_printf ("empty-%u.rapport-db", i);
      g_autofree char *path = export_to (source, dir, name, scopes[i].what, scopes[i].uuid, FALSE);
      g_autoptr(RpStore) empty = open_store (dir, db, FALSE);
      g_autofree char *summary = apply (empty, path, RP_RESOLVE_NEWER);
      g_autoptr(GPtrArray) problems = NULL;

      g_test_message ("scope %u: %s", i, summary);
      g_assert_cmpuint (rp_store_count (empty, scopes[i].kind), >=, scopes[i].at_least);
      g_assert_true (rp_store_check (empty, &problems, NULL));
      g_assert_cmpuint (problems->len, ==, 0);
    }

  /* The framework brings the principles its activities serve, and their philosophy. */
  {
    g_autoptr(RpStore) empty = open_store (dir, "framework-only.rapport-db", FALSE);
    g_autofree char *path = export_to (source, dir, "fw.rapport", RP_EXPORT_FRAMEWORK, rp_record_get_uuid (framework), FALSE);
    g_autofree char *summary = apply (empty, path, RP_RESOLVE_NEWER);

    g_assert_cmpuint (rp_store_count (empty, RP_KIND_ACTIVITY_PRINCIPLE), >, 0);
    g_assert_cmpuint (rp_store_count (empty, RP_KIND_PRINCIPLE), >, 0);
    g_assert_cmpuint (rp_store_count (empty, RP_KIND_PHILOSOPHY), ==, 1);
    /* …and the staff assigned to them (everyone but the delivery supervisor) */
    {
      g_autoptr(GListModel) links = rp_store_list (source, RP_KIND_ACTIVITY_STAFF, RP_FIELD_NONE, NULL);
      g_autoptr(GHashTable) assigned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (links); i++)
        {
          g_autoptr(RpRecord) link = g_list_model_get_item (links, i);

          g_hash_table_add (assigned, g_strdup (rp_record_get_string (link, RP_ACTIVITY_STAFF_STAFF)));
        }
      g_assert_cmpuint (rp_store_count (empty, RP_KIND_STAFF), ==, g_hash_table_size (assigned));
      g_assert_cmpuint (rp_store_count (empty, RP_KIND_STAFF), <, rp_store_count (source, RP_KIND_STAFF));
    }
  }
}

static void
test_no_personal_data (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) source = open_store (dir, "source.rapport-db", TRUE);
  g_autofree char *path = export_to (source, dir, "anonymous.rapport", RP_EXPORT_ALL, NULL, TRUE);
  g_autofree char *text = rp_test_read_file (path, NULL);
  g_autofree char *named = export_to (source, dir, "named.rapport", RP_EXPORT_ALL, NULL, FALSE);
  g_autofree char *named_text = rp_test_read_file (named, NULL);

  /* Staff names and who decided what are gone; the rest is as it was. */
  g_assert_nonnull (strstr (named_text, "\"name\":\"Raj Patel\""));
  g_assert_null (strstr (text, "\"name\":\"Raj Patel\""));
  g_assert_null (strstr (text, "\"approved_by\":\"Mei Ling Chan"));
  g_assert_null (strstr (text, "victor.ng@bytebridge.example"));
  g_assert_nonnull (strstr (text, "\"exported_by\": \"Withheld\""));
  g_assert_nonnull (strstr (text, "\"name\":\"Person "));
  g_assert_nonnull (strstr (text, "Customers first, for the long run"));
}

static void
test_export_choice_refused (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) source = open_store (dir, "source.rapport-db", TRUE);
  RpExportOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert_false (rp_export_options_parse_what (&options, "philosophy:nope", &error));
  g_assert_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHOICE);
  g_clear_error (&error);
  g_assert_false (rp_export_options_parse_what (&options, "journal:2026-12-01..2026-01-01", &error));
  g_assert_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHOICE);
  g_clear_error (&error);
  g_assert_true (rp_export_options_parse_what (&options, "framework:2aeb21d7-0fac-41a7-bad1-2b5b85e2da54", &error));
  g_assert_false (rp_bundle_export (source, &options, out, NULL, NULL, &error));
  g_assert_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHOICE);
  rp_export_options_clear (&options);
}

typedef struct {
  const char *file;
  int         code;
  const char *message;
} Malformed;

static const Malformed corpus[] = {
  { "wrong-type.rapport", RP_BUNDLE_ERROR_INVALID, "$.principles[0].customer_benefit: must be a whole number" },
  { "missing-field.rapport", RP_BUNDLE_ERROR_INVALID, "$.principles[1].statement: is missing" },
  { "dangling-reference.rapport", RP_BUNDLE_ERROR_INVALID, "$.principle_objectives[0].objective: refers to Corporate objective 99999999" },
  { "reference-wrong-kind.rapport", RP_BUNDLE_ERROR_INVALID, "belongs to another kind of record" },
  { "duplicate-uuid.rapport", RP_BUNDLE_ERROR_INVALID, "$.principles[1].uuid: the same UUID as $.principles[0]" },
  { "duplicate-link.rapport", RP_BUNDLE_ERROR_INVALID, "$.principle_objectives[1]: the same principle, objective" },
  { "out-of-range.rapport", RP_BUNDLE_ERROR_INVALID, "$.principles[0].company_benefit: “Benefit to the company” must be a whole number from 1 to 5, not 9" },
  { "bad-date.rapport", RP_BUNDLE_ERROR_INVALID, "$.philosophies[0].adopted_on: “Adopted on” must be a date written as YYYY-MM-DD, not “2026-02-30”" },
  { "bad-enum.rapport", RP_BUNDLE_ERROR_INVALID, "$.philosophies[0].status: “Status” must be one of draft, proposed, adopted, retired, not “archived”" },
  { "bad-timestamp.rapport", RP_BUNDLE_ERROR_INVALID, "$.principles[0].created_at: “yesterday” is not a date and time" },
  { "records-not-a-list.rapport", RP_BUNDLE_ERROR_INVALID, "$.principles: must be a list of records" },
  { "future-version.rapport", RP_BUNDLE_ERROR_VERSION, "made by a newer Rapport (format version 2" },
  { "not-a-bundle.rapport", RP_BUNDLE_ERROR_NOT_BUNDLE, "not a Rapport bundle" },
  { "truncated.rapport", RP_BUNDLE_ERROR_JSON, "cut short" },
  { "invalid-utf8.rapport", RP_BUNDLE_ERROR_JSON, "Line 26, column 38 ($.philosophies[0].statement): the file is not valid UTF-8 text" },
  { "big-integer.rapport", RP_BUNDLE_ERROR_JSON, "($.principles[0].customer_benefit): the number 123456789012345678901234567890 is too large" },
  { "nul-escape.rapport", RP_BUNDLE_ERROR_JSON, "($.principles[0].statement): a text contains the character \\u0000" },
  { "lone-surrogate.rapport", RP_BUNDLE_ERROR_JSON, "($.principles[0].statement): a \\u escape holds half of a character" },
  { "duplicate-key.rapport", RP_BUNDLE_ERROR_JSON, "($.philosophies[0].title): “title” appears twice" },
  { "comment.rapport", RP_BUNDLE_ERROR_JSON, "JSON does not allow comments" },
  { "empty.rapport", RP_BUNDLE_ERROR_JSON, "The file is empty" },
  { "whitespace.rapport", RP_BUNDLE_ERROR_JSON, "The file is empty" },
  { "deep-nesting.rapport", RP_BUNDLE_ERROR_JSON, "nested more than 16 levels deep" },
  { "self-parent.rapport", RP_BUNDLE_ERROR_INVALID, "$.strategies[0].parent: Strategy aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa is, through its parents, part of itself" },
  { "parent-cycle.rapport", RP_BUNDLE_ERROR_INVALID, "$.strategies[1].parent: Strategy aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa is, through its parents, part of itself" },
  { "uuid-of-other-kind.rapport", RP_BUNDLE_ERROR_INVALID, "$.strategies[0].uuid: the same UUID as $.principles[0], a record of another kind" },
  { "tiny-number.rapport", RP_BUNDLE_ERROR_JSON, "Line 53, column 27 ($.principles[1].customer_benefit): the number 4e-400 is too close to zero" },
};

static char *
corpus_path (const char *file)
{
  return g_test_build_filename (G_TEST_DIST, "bundles", file, NULL);
}

/* Every malformed bundle is refused with its own message, and the workspace is as it was. */
static void
test_malformed_corpus (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "w.rapport-db", TRUE);
  g_autofree char *before = NULL;
  g_autofree char *workspace = rp_test_dir_path (dir, "w.rapport-db");

  g_clear_object (&store);
  before = rp_workspace_digest (workspace);
  store = open_store (dir, "w.rapport-db", FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autofree char *path = corpus_path (corpus[i].file);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(RpBundle) bundle = rp_bundle_load_file (file, &problems, &error);

      g_test_message ("%s: %s", corpus[i].file, error ? error->message : "(accepted)");
      g_assert_null (bundle);
      g_assert_error (error, RP_BUNDLE_ERROR, corpus[i].code);
      if (strstr (error->message, corpus[i].message) == NULL)
        g_error ("%s: expected “%s” in “%s”", corpus[i].file, corpus[i].message, error->message);
    }
  g_clear_object (&store);
  {
    g_autofree char *after = rp_workspace_digest (workspace);

    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_huge_string_and_size (void)
{
  g_autofree char *good = NULL;
  g_autoptr(GString) huge = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpBundle) bundle = NULL;
  g_autofree char *path = corpus_path ("good.rapport");
  gsize length;

  good = rp_test_read_file (path, &length);
  /* A field beyond the 64 kB a text may hold */
  huge = g_string_new (good);
  g_string_replace (huge, "We keep our word.", "", 1);
  {
    g_autoptr(GString) filler = g_string_new (NULL);
    char *at = strstr (huge->str, "\"statement\": \"\"");

    for (guint i = 0; i < 70000; i++)
      g_string_append_c (filler, 'a');
    g_string_insert (huge, (at - huge->str) + strlen ("\"statement\": \""), filler->str);
  }
  bundle = rp_bundle_load_data (huge->str, huge->len, NULL, &error);
  g_assert_null (bundle);
  g_assert_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "$.philosophies[0].statement: “Statement” is longer than 64 kB"));
  g_clear_error (&error);

  /* A single string beyond what the reader takes at all */
  g_string_truncate (huge, 0);
  g_string_append (huge, "{\"format\": \"");
  for (guint i = 0; i < RP_BUNDLE_MAX_STRING + 10; i++)
    g_string_append_c (huge, 'x');
  g_string_append (huge, "\"}");
  bundle = rp_bundle_load_data (huge->str, huge->len, NULL, &error);
  g_assert_null (bundle);
  g_assert_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_JSON);
  g_assert_nonnull (strstr (error->message, "longer than"));
  g_clear_error (&error);

  /* The size limit is checked before anything is parsed. */
  bundle = rp_bundle_load_data (good, RP_BUNDLE_MAX_SIZE + 1, NULL, &error);
  g_assert_null (bundle);
  g_assert_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_TOO_LARGE);
}

static void
test_unknown_fields_reported (void)
{
  g_autofree char *path = corpus_path ("unknown-fields.rapport");
  g_autoptr(RpBundle) bundle = load (path);
  GPtrArray *notes = rp_bundle_get_notes (bundle);

  g_assert_cmpuint (notes->len, ==, 2);
  g_assert_cmpuint (rp_bundle_get_n_records (bundle), ==, 5);
  /* In the order the file has them */
  g_assert_nonnull (strstr (notes->pdata[0], "$.principles[0].colour"));
  g_assert_nonnull (strstr (notes->pdata[1], "$.mood"));
}

/* json-glib 1.6 traps, each refused before json-glib sees the text */
static void
test_json_traps (void)
{
  struct {
    const char *text;
    int         code;
  } traps[] = {
    { "{\"a\": 123456789012345678901234567890}", RP_JSON_ERROR_RANGE },
    { "{\"a\": 1e400}", RP_JSON_ERROR_RANGE },
    { "[\"a\\u0000b\"]", RP_JSON_ERROR_SYNTAX },
    { "[\"\\ud800\"]", RP_JSON_ERROR_SYNTAX },
    { "[\"\\udc00\\ud800\"]", RP_JSON_ERROR_SYNTAX },
    { "", RP_JSON_ERROR_EMPTY },
    { " \n\t ", RP_JSON_ERROR_EMPTY },
    { "{\"a\": 1, \"a\": 2}", RP_JSON_ERROR_DUPLICATE_KEY },
    { "{\"a\": 1, \"\\u0061\": 2}", RP_JSON_ERROR_DUPLICATE_KEY },
    { "[1] // comment", RP_JSON_ERROR_SYNTAX },
    { "['single']", RP_JSON_ERROR_SYNTAX },
    { "[0x10]", RP_JSON_ERROR_SYNTAX },
    { "[012]", RP_JSON_ERROR_SYNTAX },
    { "[\"tab\there\"]", RP_JSON_ERROR_SYNTAX },
    { "[1,]", RP_JSON_ERROR_SYNTAX },
    { "[NaN]", RP_JSON_ERROR_SYNTAX },
    { "\xEF\xBB\xBF{}", RP_JSON_ERROR_SYNTAX },
    { "[1] [2]", RP_JSON_ERROR_SYNTAX },
    { "[\"\xC0\xAF\"]", RP_JSON_ERROR_ENCODING },
    { "[\"abc", RP_JSON_ERROR_TRUNCATED },
  };
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (traps); i++)
    {
      g_assert_false (rp_json_check (traps[i].text, strlen (traps[i].text), 16, 1024, &error));
      g_test_message ("%s → %s", traps[i].text, error->message);
      g_assert_error (error, RP_JSON_ERROR, traps[i].code);
      g_clear_error (&error);
    }
  /* 100,000 opening brackets: refused at the limit, without recursion */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_false (rp_json_check (deep->str, deep->len, 16, 1024, &error));
  g_assert_error (error, RP_JSON_ERROR, RP_JSON_ERROR_TOO_DEEP);
  g_clear_error (&error);

  /* And what is fine stays fine */
  {
    const char *fine = "{\"a\": [1, -2.5e3, true, null, \"\\ud83d\\ude00 é\"], \"b\": {}}";

    g_assert_true (rp_json_check (fine, strlen (fine), 16, 1024, &error));
  }
  g_assert_no_error (error);
}

static void
test_preview_and_conflicts (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) source = open_store (dir, "source.rapport-db", TRUE);
  g_autoptr(RpStore) target = open_store (dir, "target.rapport-db", FALSE);
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (source);
  g_autofree char *first = export_to (source, dir, "first.rapport", RP_EXPORT_PHILOSOPHY, rp_record_get_uuid (adopted), FALSE);
  g_autofree char *summary = apply (target, first, RP_RESOLVE_NEWER);
  g_autoptr(GListModel) principles = rp_store_list (source, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted));
  g_autoptr(RpRecord) p0 = g_list_model_get_item (principles, 0);
  g_autoptr(RpRecord) p1 = g_list_model_get_item (principles, 1);
  g_autoptr(RpRecord) mine = NULL;
  g_autoptr(RpRecord) fresh = rp_record_new_for (RP_KIND_PRINCIPLE, adopted);
  g_autofree char *second = NULL;
  g_autoptr(RpBundle) bundle = NULL;
  g_autoptr(RpBundlePreview) preview = NULL;
  const RpKind *principle_kind = rp_kind_get (RP_KIND_PRINCIPLE);
  guint conflict_index = G_MAXUINT;

  /* In the source: one principle changed, one added. */
  rp_record_set_string (p0, RP_PRINCIPLE_RATIONALE, "Changed by the author after sharing.");
  g_assert_true (rp_store_save (source, p0, NULL));
  rp_record_set_string (fresh, RP_PRINCIPLE_STATEMENT, "Staff may refund up to 50 without asking.");
  g_assert_true (rp_store_save (source, fresh, NULL));
  /* In the target: another principle changed after the bundle's copy (later). */
  g_usleep (5000);
  mine = rp_store_get (target, RP_KIND_PRINCIPLE, rp_record_get_uuid (p1));
  rp_record_set_string (mine, RP_PRINCIPLE_RATIONALE, "Changed by the reader.");
  g_assert_true (rp_store_save (target, mine, NULL));
  /* …and the author changes it too, but earlier than the reader did? No: the author's copy
   * was exported before the reader's change, so the reader's copy is newer: a conflict. */
  second = export_to (source, dir, "second.rapport", RP_EXPORT_PHILOSOPHY, rp_record_get_uuid (adopted), FALSE);
  g_clear_object (&mine);

  {
    /* Make the author's copy of p1 differ too, with the older timestamp of the first export. */
    g_autofree char *text = rp_test_read_file (second, NULL);
    g_autoptr(GString) edited = g_string_new (text);
    g_autoptr(GError) error = NULL;

    g_string_replace (edited, "\"rationale\":\"Fault handling is where customers decide whether to trust us.\"",
                      "\"rationale\":\"The author's own change.\"", 1);
    bundle = rp_bundle_load_data (edited->str, edited->len, NULL, &error);
    g_assert_no_error (error);
  }
  preview = rp_bundle_preview (bundle, target, NULL);
  g_assert_cmpuint (rp_bundle_preview_count (preview, principle_kind, RP_ITEM_NEW), ==, 1);
  g_assert_cmpuint (rp_bundle_preview_count (preview, principle_kind, RP_ITEM_UPDATED), ==, 1);
  g_assert_cmpuint (rp_bundle_preview_count (preview, principle_kind, RP_ITEM_CONFLICT), ==, 1);
  g_assert_cmpuint (rp_bundle_preview_count (preview, principle_kind, RP_ITEM_UNCHANGED), ==, 4);

  for (guint i = 0; i < rp_bundle_preview_get_n_items (preview); i++)
    if (rp_bundle_preview_get_status (preview, i) == RP_ITEM_CONFLICT)
      conflict_index = i;
  g_assert_cmpuint (conflict_index, !=, G_MAXUINT);
  /* By default the newer copy, the workspace's, stays. */
  g_assert_false (rp_bundle_preview_get_take_theirs (preview, conflict_index));
  {
    g_autoptr(RpRecord) theirs = rp_bundle_preview_dup_theirs (preview, conflict_index);
    g_autoptr(RpRecord) ours = rp_bundle_preview_dup_mine (preview, conflict_index);

    g_assert_cmpstr (rp_record_get_string (theirs, RP_PRINCIPLE_RATIONALE), ==, "The author's own change.");
    g_assert_cmpstr (rp_record_get_string (ours, RP_PRINCIPLE_RATIONALE), ==, "Changed by the reader.");
  }
  rp_bundle_preview_set_take_theirs (preview, conflict_index, TRUE);
  g_assert_true (rp_bundle_apply (preview, target, NULL, NULL));
  mine = rp_store_get (target, RP_KIND_PRINCIPLE, rp_record_get_uuid (p1));
  g_assert_cmpstr (rp_record_get_string (mine, RP_PRINCIPLE_RATIONALE), ==, "The author's own change.");
  g_clear_object (&mine);
  mine = rp_store_get (target, RP_KIND_PRINCIPLE, rp_record_get_uuid (p0));
  g_assert_cmpstr (rp_record_get_string (mine, RP_PRINCIPLE_RATIONALE), ==, "Changed by the author after sharing.");
  {
    g_autoptr(RpRecord) added = rp_store_get (target, RP_KIND_PRINCIPLE, rp_record_get_uuid (fresh));

    g_assert_nonnull (added);
  }
}

/* The same figure entered in two workspaces is one record, not two. */
static void
test_natural_keys (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) source = open_store (dir, "source.rapport-db", TRUE);
  g_autoptr(RpStore) target = open_store (dir, "target.rapport-db", FALSE);
  g_autoptr(RpRecord) outsourcer = rp_store_find (source, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "ByteBridge IT Services", RP_FIELD_NONE, NULL);
  g_autofree char *path = export_to (source, dir, "o.rapport", RP_EXPORT_OUTSOURCER, rp_record_get_uuid (outsourcer), FALSE);
  g_autofree char *summary = apply (target, path, RP_RESOLVE_NEWER);
  g_autoptr(GListModel) kpis = rp_store_list (target, RP_KIND_KPI, RP_KPI_OUTSOURCER, rp_record_get_uuid (outsourcer));
  g_autoptr(RpRecord) kpi = g_list_model_get_item (kpis, 0);
  g_autoptr(RpRecord) figure = rp_store_find (target, RP_KIND_FIGURE, RP_FIGURE_KPI, rp_record_get_uuid (kpi), RP_FIELD_NONE, NULL);
  g_autoptr(GError) error = NULL;
  guint figures = rp_store_count (target, RP_KIND_FIGURE);

  /* The reader deletes a figure and enters it again: another UUID, same KPI and month. */
  g_autoptr(RpRecord) again = rp_record_new_for (RP_KIND_FIGURE, kpi);

  rp_record_set_string (again, RP_FIGURE_PERIOD, rp_record_get_string (figure, RP_FIGURE_PERIOD));
  rp_record_set_real (again, RP_FIGURE_VALUE, 42);
  g_assert_true (rp_store_delete (target, figure, NULL, &error));
  g_assert_true (rp_store_save (target, again, &error));
  g_clear_pointer (&summary, g_free);
  summary = apply (target, path, RP_RESOLVE_THEIRS);
  g_assert_cmpuint (rp_store_count (target, RP_KIND_FIGURE), ==, figures);
  {
    g_autoptr(RpRecord) back = rp_store_get (target, RP_KIND_FIGURE, rp_record_get_uuid (again));

    g_assert_nonnull (back);
    g_assert_cmpfloat (rp_record_get_real (back, RP_FIGURE_VALUE), ==, rp_record_get_real (figure, RP_FIGURE_VALUE));
  }
}

/* A second adopted philosophy is an adoption conflict the preview shows; the import does what
 * the preview said: by default the bundle's arrives as proposed and ours stays adopted, taking
 * theirs adopts it and retires ours. A preview made before the workspace changed is refused
 * without writing anything. */
static RpBundlePreview *
preview_adoption (RpBundle *bundle,
                  RpStore  *store,
                  guint    *index)
{
  g_autoptr(GError) error = NULL;
  RpBundlePreview *preview = rp_bundle_preview (bundle, store, &error);
  g_autoptr(GArray) conflicts = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (rp_bundle_preview_count (preview, NULL, RP_ITEM_NEW), ==, 4);
  g_assert_cmpuint (rp_bundle_preview_count (preview, NULL, RP_ITEM_CONFLICT), ==, 1);
  conflicts = rp_bundle_preview_list (preview, NULL, RP_ITEM_CONFLICT, 10);
  g_assert_cmpuint (conflicts->len, ==, 1);
  *index = g_array_index (conflicts, guint, 0);
  g_assert_true (rp_bundle_preview_get_kind (preview, *index) == rp_kind_get (RP_KIND_PHILOSOPHY));
  g_assert_true (rp_bundle_preview_get_adoption (preview, *index));
  g_assert_false (rp_bundle_preview_get_take_theirs (preview, *index));
  return preview;
}

static RpBundle *
load_second_adopted (void)
{
  g_autofree char *good = corpus_path ("good.rapport");
  g_autofree char *text = rp_test_read_file (good, NULL);
  g_autoptr(GString) two_adopted = g_string_new (text);
  g_autoptr(GError) error = NULL;
  RpBundle *bundle;

  /* The workspace already has an adopted philosophy; the bundle brings another one. */
  g_string_replace (two_adopted, "\"status\": \"draft\"", "\"status\": \"adopted\"", 1);
  bundle = rp_bundle_load_data (two_adopted->str, two_adopted->len, NULL, &error);
  g_assert_no_error (error);
  return bundle;
}

#define THEIR_PHILOSOPHY "22222222-2222-4222-8222-222222222222"

static void
test_second_adopted_keeps_ours (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "w.rapport-db", TRUE);
  g_autoptr(RpBundle) bundle = load_second_adopted ();
  g_autoptr(RpRecord) ours = rp_philosophy_get_adopted (store);
  g_autoptr(RpBundlePreview) preview = NULL;
  g_autoptr(RpRecord) theirs = NULL;
  g_autoptr(RpRecord) still = NULL;
  g_autoptr(GError) error = NULL;
  guint index = 0;

  preview = preview_adoption (bundle, store, &index);
  g_assert_true (rp_bundle_apply (preview, store, NULL, &error));
  g_assert_no_error (error);
  theirs = rp_store_get (store, RP_KIND_PHILOSOPHY, THEIR_PHILOSOPHY);
  g_assert_nonnull (theirs);
  g_assert_cmpint (rp_record_get_enum (theirs, RP_PHILOSOPHY_STATUS), ==, RP_PHILOSOPHY_STATUS_PROPOSED);
  g_assert_null (rp_record_get_string (theirs, RP_PHILOSOPHY_APPROVED_BY));
  g_assert_null (rp_record_get_string (theirs, RP_PHILOSOPHY_ADOPTED_ON));
  still = rp_philosophy_get_adopted (store);
  g_assert_cmpstr (rp_record_get_uuid (still), ==, rp_record_get_uuid (ours));
}

static void
test_second_adopted_take_theirs (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "w.rapport-db", TRUE);
  g_autoptr(RpBundle) bundle = load_second_adopted ();
  g_autoptr(RpRecord) ours = rp_philosophy_get_adopted (store);
  g_autoptr(RpBundlePreview) preview = NULL;
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(RpRecord) retired = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;
  guint index = 0;
  gboolean journaled = FALSE;

  preview = preview_adoption (bundle, store, &index);
  rp_bundle_preview_set_take_theirs (preview, index, TRUE);
  g_assert_true (rp_bundle_apply (preview, store, NULL, &error));
  g_assert_no_error (error);
  adopted = rp_philosophy_get_adopted (store);
  g_assert_cmpstr (rp_record_get_uuid (adopted), ==, THEIR_PHILOSOPHY);
  retired = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (ours));
  g_assert_cmpint (rp_record_get_enum (retired, RP_PHILOSOPHY_STATUS), ==, RP_PHILOSOPHY_STATUS_RETIRED);

  /* Ours was retired through the workflow: its history says so. */
  events = rp_store_list (store, RP_KIND_PHILOSOPHY_EVENT, RP_PHILOSOPHY_EVENT_PHILOSOPHY, rp_record_get_uuid (ours));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RpRecord) event = g_list_model_get_item (events, i);

      journaled |= rp_record_get_enum (event, RP_PHILOSOPHY_EVENT_STEP) == RP_PHILOSOPHY_STEP_RETIRED;
    }
  g_assert_true (journaled);
}

/* A preview made before another program changed the workspace is refused: nothing is written. */
static void
test_all_or_nothing (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "w.rapport-db", TRUE);
  g_autoptr(RpBundle) bundle = load_second_adopted ();
  g_autoptr(RpBundlePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  guint index = 0;

  preview = preview_adoption (bundle, store, &index);
  {
    g_autoptr(RpStore) other = open_store (dir, "w.rapport-db", FALSE);
    g_autoptr(RpRecord) current = rp_philosophy_get_adopted (other);

    g_assert_true (rp_philosophy_retire (other, current, "Someone else", NULL, NULL, &error));
    g_assert_no_error (error);
  }
  before = rp_workspace_digest (path);
  g_assert_false (rp_bundle_apply (preview, store, NULL, &error));
  g_assert_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_CHANGED);
  g_assert_true (g_str_has_prefix (error->message, "Nothing was imported"));
  g_clear_pointer (&preview, rp_bundle_preview_free);
  g_clear_object (&store);
  after = rp_workspace_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static char *
strategy_json (const char *uuid,
               const char *parent,
               const char *updated_at)
{
  g_autofree char *parent_json = parent ? g_strdup_printf ("\"%s\"", parent) : g_strdup ("null");

  return g_strdup_printf ("{\"uuid\": \"%s\", \"created_at\": \"2000-01-01T09:00:00.000Z\", \"updated_at\": \"%s\", "
                          "\"parent\": %s, \"title\": \"From a colleague\", \"description\": null, \"status\": \"draft\", "
                          "\"endorsed_by\": null, \"endorsed_on\": null, \"cadence\": \"quarterly\", "
                          "\"cadence_days\": 90, \"position\": 0}", uuid, updated_at, parent_json);
}

static char *
strategy_bundle (const char *records)
{
  return g_strdup_printf ("{\"format\": \"rapport-bundle\", \"version\": 1, \"exported_at\": \"2026-11-20T09:00:00.000Z\", "
                          "\"exported_by\": \"Ada Wong\", \"generator\": \"Rapport 0.1.0\", \"title\": \"Plans\", "
                          "\"note\": null, \"scope\": \"strategy\", \"strategies\": [%s]}", records);
}

static void
assert_preview_refused (RpStore    *store,
                        const char *text,
                        const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpBundle) bundle = rp_bundle_load_data (text, strlen (text), NULL, &error);
  g_autoptr(RpBundlePreview) preview = NULL;

  g_assert_no_error (error);
  preview = rp_bundle_preview (bundle, store, &error);
  g_test_message ("%s", error ? error->message : "(accepted)");
  g_assert_null (preview);
  g_assert_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_INVALID);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in “%s”", message, error->message);
}

/* What is wrong only beside the workspace is refused by the preview, not later by the import:
 * a UUID that is a record of another kind there, a parent that closes a cycle through it. */
static void
test_refused_against_workspace (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "w.rapport-db", TRUE);
  g_autoptr(RpRecord) root = rp_store_find (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "Win back trust in our service", RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) child = rp_store_find (store, RP_KIND_STRATEGY, RP_STRATEGY_TITLE, "Faster fault resolution", RP_FIELD_NONE, NULL);
  g_autoptr(GListModel) principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_FIELD_NONE, NULL);
  g_autoptr(RpRecord) principle = g_list_model_get_item (principles, 0);
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_nonnull (root);
  g_assert_nonnull (child);
  g_assert_cmpstr (rp_record_get_string (child, RP_STRATEGY_PARENT), ==, rp_record_get_uuid (root));
  before = rp_workspace_digest (path);
  {
    g_autofree char *record = strategy_json (rp_record_get_uuid (principle), NULL, "2030-01-01T09:00:00.000Z");
    g_autofree char *text = strategy_bundle (record);

    assert_preview_refused (store, text, "$.strategies[0].uuid: the workspace has a record of another kind (Principle) with this UUID");
  }
  {
    /* The bundle makes the root a part of its part, with an old copy of the part (parent none);
     * the workspace's newer part, kept, still has the root as its parent: a cycle. */
    g_autofree char *moved = strategy_json (rp_record_get_uuid (root), rp_record_get_uuid (child), "2030-01-01T09:00:00.000Z");
    g_autofree char *old = strategy_json (rp_record_get_uuid (child), NULL, "2000-01-01T09:00:00.000Z");
    g_autofree char *records = g_strdup_printf ("%s, %s", moved, old);
    g_autofree char *text = strategy_bundle (records);

    assert_preview_refused (store, text, "$.strategies[0].parent: ");
    assert_preview_refused (store, text, "part of itself");
  }
  {
    /* A new part of a workspace strategy is fine. */
    g_autofree char *parent = strategy_json (rp_record_get_uuid (child), rp_record_get_uuid (root), "2000-01-01T09:00:00.000Z");
    g_autofree char *part = strategy_json ("dddddddd-dddd-4ddd-8ddd-dddddddddddd", rp_record_get_uuid (child), "2030-01-01T09:00:00.000Z");
    g_autofree char *grand = strategy_json (rp_record_get_uuid (root), NULL, "2000-01-01T09:00:00.000Z");
    g_autofree char *records = g_strdup_printf ("%s, %s, %s", grand, parent, part);
    g_autofree char *text = strategy_bundle (records);
    g_autoptr(GError) error = NULL;
    g_autoptr(RpBundle) bundle = rp_bundle_load_data (text, strlen (text), NULL, &error);
    g_autoptr(RpBundlePreview) preview = rp_bundle_preview (bundle, store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (rp_bundle_preview_count (preview, NULL, RP_ITEM_NEW), ==, 1);
  }
  after = rp_workspace_digest (path);
  g_assert_cmpstr (before, ==, after);
}

/* -0 is read as 0: a figure never shows "-0". */
static void
test_negative_zero (void)
{
  const char *text = "[-0, -0.0, -0e5, 0.0]";
  const RpJsonLimits limits = { .max_depth = 4, .max_string = 64 };
  g_autoptr(RpJsonReader) reader = rp_json_reader_new_for_data (text, strlen (text), &limits);
  g_autoptr(GError) error = NULL;
  guint numbers = 0;

  g_assert_cmpint (rp_json_reader_next (reader, &error), ==, RP_JSON_TOKEN_BEGIN_ARRAY);
  while (rp_json_reader_next (reader, &error) == RP_JSON_TOKEN_NUMBER)
    {
      g_assert_cmpfloat (rp_json_reader_get_double (reader), ==, 0.0);
      g_assert_false (signbit (rp_json_reader_get_double (reader)));
      numbers++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (numbers, ==, 4);
}

/* The rules between values hold for a bundle as for the app's save: each refused with its path. */
static void
test_cross_field_rules (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = open_store (dir, "w.rapport-db", TRUE);
  g_autoptr(RpRecord) swift = rp_store_find (store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "SwiftLink Logistics", RP_FIELD_NONE, NULL);
  g_autofree char *path = export_to (store, dir, "swift.rapport", RP_EXPORT_OUTSOURCER, rp_record_get_uuid (swift), FALSE);
  g_autofree char *text = rp_test_read_file (path, NULL);
  static const struct {
    const char *pattern;     /* every match is replaced */
    const char *replacement;
    const char *message;
  } cases[] = {
    { "\"target\":[0-9.]+", "\"target\":0", ".target: “Target” must be more than 0, not 0." },
    { "(\"figures\":\\s*\\[\\s*\\{[^}]*?\"value\":)[0-9.]+", "\\1-5", ".value: -5 is below zero" },
    { "\"next_review_on\":\"[0-9-]+\"", "\"next_review_on\":\"2000-01-01\"", "“Next review” (2000-01-01) comes before “Held on”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (cases[i].pattern, G_REGEX_DOTALL, 0, NULL);
      g_autofree char *edited = g_regex_replace (regex, text, -1, 0, cases[i].replacement, G_REGEX_MATCH_DEFAULT, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(RpBundle) bundle = NULL;

      if (g_str_equal (edited, text))
        g_error ("“%s” matches nothing in the export", cases[i].pattern);
      bundle = rp_bundle_load_data (edited, strlen (edited), &problems, &error);
      g_test_message ("%s", error ? error->message : "(accepted)");
      g_assert_null (bundle);
      g_assert_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_INVALID);
      if (strstr (error->message, cases[i].message) == NULL || strstr (error->message, "$.") == NULL)
        g_error ("expected “%s” with a path in “%s”", cases[i].message, error->message);
    }
}

static void
test_schema_file_is_current (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "rapport-bundle.schema.json", NULL);
  g_autofree char *shipped = rp_test_read_file (path, NULL);
  g_autofree char *generated = rp_bundle_schema_generate ();

  /* Regenerate with: rapport-cli bundle-schema > data/rapport-bundle.schema.json */
  g_assert_cmpstr (shipped, ==, generated);
}

/* An independent validator (python3-jsonschema) accepts every export and refuses a broken one. */
static void
test_exports_match_schema (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) source = open_store (dir, "source.rapport-db", TRUE);
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (source);
  g_autoptr(RpRecord) outsourcer = rp_store_find (source, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "SwiftLink Logistics", RP_FIELD_NONE, NULL);
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "rapport-bundle.schema.json", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "validate-bundle-schema.py", NULL);
  g_autofree char *all = export_to (source, dir, "all.rapport", RP_EXPORT_ALL, NULL, FALSE);
  g_autofree char *anon = export_to (source, dir, "anon.rapport", RP_EXPORT_ALL, NULL, TRUE);
  g_autofree char *phil = export_to (source, dir, "phil.rapport", RP_EXPORT_PHILOSOPHY, rp_record_get_uuid (adopted), FALSE);
  g_autofree char *vendor = export_to (source, dir, "vendor.rapport", RP_EXPORT_OUTSOURCER, rp_record_get_uuid (outsourcer), FALSE);
  g_autofree char *journal = export_to (source, dir, "journal.rapport", RP_EXPORT_JOURNAL, NULL, FALSE);
  g_autofree char *standards = export_to (source, dir, "standards.rapport", RP_EXPORT_STANDARDS, NULL, FALSE);
  g_autofree char *broken = rp_test_dir_path (dir, "broken.rapport");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("python3 is not installed (build-aux/test installs it)");
      return;
    }
  {
    const char *argv[] = { "/usr/bin/python3", script, schema, all, anon, phil, vendor, journal, standards, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
    g_test_message ("%s%s", out, err);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  {
    g_autofree char *text = rp_test_read_file (phil, NULL);
    g_autoptr(GString) edited = g_string_new (text);
    const char *argv[] = { "/usr/bin/python3", script, schema, broken, NULL };

    g_string_replace (edited, "\"status\":\"adopted\"", "\"status\":\"archived\"", 1);
    g_assert_true (g_file_set_contents (broken, edited->str, edited->len, NULL));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "archived"));
  }
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/bundle/round-trip", test_round_trip);
  g_test_add_func ("/bundle/scopes-are-self-contained", test_scopes_are_self_contained);
  g_test_add_func ("/bundle/no-personal-data", test_no_personal_data);
  g_test_add_func ("/bundle/export-choice-refused", test_export_choice_refused);
  g_test_add_func ("/bundle/malformed-corpus", test_malformed_corpus);
  g_test_add_func ("/bundle/huge-string-and-size", test_huge_string_and_size);
  g_test_add_func ("/bundle/unknown-fields-reported", test_unknown_fields_reported);
  g_test_add_func ("/bundle/json-traps", test_json_traps);
  g_test_add_func ("/bundle/preview-and-conflicts", test_preview_and_conflicts);
  g_test_add_func ("/bundle/natural-keys", test_natural_keys);
  g_test_add_func ("/bundle/second-adopted-keeps-ours", test_second_adopted_keeps_ours);
  g_test_add_func ("/bundle/second-adopted-take-theirs", test_second_adopted_take_theirs);
  g_test_add_func ("/bundle/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/bundle/refused-against-workspace", test_refused_against_workspace);
  g_test_add_func ("/bundle/negative-zero", test_negative_zero);
  g_test_add_func ("/bundle/cross-field-rules", test_cross_field_rules);
  g_test_add_func ("/bundle/schema-file-is-current", test_schema_file_is_current);
  g_test_add_func ("/bundle/exports-match-schema", test_exports_match_schema);

  return g_test_run ();
}
