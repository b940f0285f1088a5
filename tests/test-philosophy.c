/* test-philosophy.c — adoption, duplication, the checks of ITCSCR601A, word diff, readability */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rp-evaluation.h"
#include "rp-philosophy.h"
#include "rp-sample.h"
#include "rp-test-utils.h"
#include "rp-text.h"
#include "rp-util.h"

static RpStore *
sample_store (RpTestDir *dir)
{
  g_autofree char *path = rp_test_dir_path (dir, "s.rapport-db");
  RpStore *store = rp_store_open (path, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);

  g_assert_true (rp_sample_fill (store, NULL));
  return store;
}

static RpRecord *
by_title (RpStore    *store,
          const char *title)
{
  RpRecord *p = rp_store_find (store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_TITLE, title, RP_FIELD_NONE, NULL);

  g_assert_nonnull (p);
  return p;
}

static void
test_adoption (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = sample_store (dir);
  g_autoptr(RpRecord) first = by_title (store, "Customers first, for the long run");
  g_autoptr(RpRecord) second = by_title (store, "Value and efficiency");
  g_autoptr(RpRecord) draft = NULL;
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GError) error = NULL;

  /* An adoption dated before the proposal is refused. */
  {
    g_autoptr(GListModel) steps = rp_store_list (store, RP_KIND_PHILOSOPHY_EVENT, RP_PHILOSOPHY_EVENT_PHILOSOPHY, rp_record_get_uuid (second));
    g_autoptr(RpRecord) proposed = g_list_model_get_item (steps, g_list_model_get_n_items (steps) - 1);
    g_autofree char *message = NULL;

    g_assert_cmpstr (rp_record_get_string (proposed, RP_PHILOSOPHY_EVENT_STEP), ==, "proposed");
    g_assert_false (rp_philosophy_adopt (store, second, "The board", "2000-01-01", NULL, &error));
    message = g_strdup_printf ("The adoption date (2000-01-01) comes before the philosophy was proposed (%s).",
                               rp_record_get_string (proposed, RP_PHILOSOPHY_EVENT_DECIDED_ON));
    g_assert_cmpstr (error->message, ==, message);
    g_clear_error (&error);
  }
  /* The sample's first is adopted; adopting the second retires it. */
  g_assert_true (rp_philosophy_adopt (store, second, "The board", "2026-11-01", "Costs first this year.", &error));
  g_assert_no_error (error);
  g_clear_object (&first);
  first = by_title (store, "Customers first, for the long run");
  g_assert_cmpstr (rp_record_get_string (first, RP_PHILOSOPHY_STATUS), ==, "retired");
  adopted = rp_philosophy_get_adopted (store);
  g_assert_cmpstr (rp_record_get_uuid (adopted), ==, rp_record_get_uuid (second));
  g_assert_cmpstr (rp_record_get_string (adopted, RP_PHILOSOPHY_APPROVED_BY), ==, "The board");
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_STATUS, "adopted"), ==, 1);

  /* The history keeps every step, in order */
  history = rp_store_list (store, RP_KIND_PHILOSOPHY_EVENT, RP_PHILOSOPHY_EVENT_PHILOSOPHY, rp_record_get_uuid (first));
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);
  {
    g_autoptr(RpRecord) last = g_list_model_get_item (history, 2);

    g_assert_cmpstr (rp_record_get_string (last, RP_PHILOSOPHY_EVENT_STEP), ==, "retired");
    g_assert_nonnull (strstr (rp_record_get_string (last, RP_PHILOSOPHY_EVENT_NOTES), "Value and efficiency"));
  }
  /* …and so does the journal */
  journal = rp_store_list (store, RP_KIND_JOURNAL_ENTRY, RP_JOURNAL_ENTRY_RECORD_UUID, rp_record_get_uuid (second));
  {
    gboolean saw_adopted = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
      {
        g_autoptr(RpRecord) e = g_list_model_get_item (journal, i);

        saw_adopted |= g_strcmp0 (rp_record_get_string (e, RP_JOURNAL_ENTRY_ACTION), "adopted") == 0;
      }
    g_assert_true (saw_adopted);
  }

  /* Propose, then adopt: a draft cannot be adopted directly, nor proposed empty */
  draft = rp_record_new_for (RP_KIND_PHILOSOPHY, NULL);
  rp_record_set_string (draft, RP_PHILOSOPHY_TITLE, "Empty draft");
  g_assert_true (rp_store_save (store, draft, NULL));
  g_assert_false (rp_philosophy_adopt (store, draft, "Someone", NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "propose it"));
  g_clear_error (&error);
  g_assert_false (rp_philosophy_propose (store, draft, "Someone", NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "at least one principle"));
  g_clear_error (&error);
  /* An adopted philosophy does not go back to draft */
  g_assert_false (rp_philosophy_withdraw (store, second, NULL, NULL, NULL, &error));
  g_assert_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID);
}

static void
test_duplicate (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = sample_store (dir);
  g_autoptr(RpRecord) first = by_title (store, "Customers first, for the long run");
  g_autoptr(RpRecord) copy = rp_philosophy_duplicate (store, first, "Customers first, 2027", NULL);
  g_autoptr(GListModel) principles = NULL;
  g_autoptr(GListModel) originals = NULL;

  g_assert_nonnull (copy);
  g_assert_cmpstr (rp_record_get_string (copy, RP_PHILOSOPHY_STATUS), ==, "draft");
  g_assert_null (rp_record_get_string (copy, RP_PHILOSOPHY_APPROVED_BY));
  g_assert_cmpstr (rp_record_get_string (copy, RP_PHILOSOPHY_STATEMENT), ==, rp_record_get_string (first, RP_PHILOSOPHY_STATEMENT));
  principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (copy));
  originals = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (first));
  g_assert_cmpuint (g_list_model_get_n_items (principles), ==, g_list_model_get_n_items (originals));
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) a = g_list_model_get_item (originals, i);
      g_autoptr(RpRecord) b = g_list_model_get_item (principles, i);

      g_assert_cmpstr (rp_record_get_string (a, RP_PRINCIPLE_STATEMENT), ==, rp_record_get_string (b, RP_PRINCIPLE_STATEMENT));
      g_assert_cmpstr (rp_record_get_uuid (a), !=, rp_record_get_uuid (b));
      g_assert_cmpuint (rp_store_count_where (store, RP_KIND_PRINCIPLE_OBJECTIVE, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, rp_record_get_uuid (b)), ==,
                        rp_store_count_where (store, RP_KIND_PRINCIPLE_OBJECTIVE, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, rp_record_get_uuid (a)));
    }
  /* The decisions about the original do not come along */
  g_assert_cmpuint (rp_store_count_where (store, RP_KIND_PHILOSOPHY_EVENT, RP_PHILOSOPHY_EVENT_PHILOSOPHY, rp_record_get_uuid (copy)), ==, 0);
}

static void
test_findings (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = sample_store (dir);
  g_autoptr(RpRecord) first = by_title (store, "Customers first, for the long run");
  g_autoptr(RpRecord) second = by_title (store, "Value and efficiency");
  g_autoptr(GPtrArray) a = rp_philosophy_findings (store, first);
  g_autoptr(GPtrArray) b = rp_philosophy_findings (store, second);

  /* The adopted one serves every objective; one principle leans to the company (3 against 5). */
  g_assert_cmpuint (rp_findings_count (a, "objective-unserved"), ==, 0);
  g_assert_cmpuint (rp_findings_count (a, "principle-serves-no-objective"), ==, 0);
  g_assert_cmpuint (rp_findings_count (a, "principle-favours-company"), ==, 1);
  /* The alternative: growth is served by none; "chosen on price" serves none and, with
   * two others, favours the company. */
  g_assert_cmpuint (rp_findings_count (b, "objective-unserved"), ==, 1);
  g_assert_nonnull (strstr (((RpFinding *) b->pdata[b->len - 1])->message, "15% a year"));
  g_assert_cmpuint (rp_findings_count (b, "principle-serves-no-objective"), ==, 1);
  g_assert_cmpuint (rp_findings_count (b, "principle-favours-company"), ==, 3);

  /* Balanced is not favouring */
  {
    g_autoptr(RpRecord) p = rp_record_new_for (RP_KIND_PRINCIPLE, NULL);

    rp_record_set_int (p, RP_PRINCIPLE_CUSTOMER_BENEFIT, 4);
    rp_record_set_int (p, RP_PRINCIPLE_COMPANY_BENEFIT, 4);
    g_assert_false (rp_principle_favours_company (p));
    rp_record_set_int (p, RP_PRINCIPLE_COMPANY_BENEFIT, 5);
    g_assert_true (rp_principle_favours_company (p));
  }
}

static void
test_evaluation_totals (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = sample_store (dir);
  g_autoptr(RpRecord) first = by_title (store, "Customers first, for the long run");
  g_autoptr(RpRecord) second = by_title (store, "Value and efficiency");
  /* weights 3, 3, 2, 2, 2: board 5 4 4 4 4, staff council 5 4 5 3 4 */
  double board = 100.0 * (3 * 5 + 3 * 4 + 2 * 4 + 2 * 4 + 2 * 4) / 5 / 12;
  double staff = 100.0 * (3 * 5 + 3 * 4 + 2 * 5 + 2 * 3 + 2 * 4) / 5 / 12;
  double alternative = 100.0 * (3 * 3 + 3 * 4 + 2 * 4 + 2 * 5 + 2 * 3) / 5 / 12;
  guint n = 0;

  g_assert_cmpfloat_with_epsilon (rp_subject_evaluation_total (store, "philosophy", rp_record_get_uuid (first), &n),
                                  (board + staff) / 2, 1e-9);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat_with_epsilon (rp_subject_evaluation_total (store, "philosophy", rp_record_get_uuid (second), &n),
                                  alternative, 1e-9);
  g_assert_cmpuint (n, ==, 1);
}

static char *
render_diff (GPtrArray *chunks)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < chunks->len; i++)
    {
      RpDiffChunk *c = chunks->pdata[i];

      g_string_append_printf (out, "%s%s%s%s", out->len ? " " : "",
                              c->op == RP_DIFF_ADDED ? "+[" : c->op == RP_DIFF_REMOVED ? "-[" : "",
                              c->text, c->op == RP_DIFF_SAME ? "" : "]");
    }
  return g_string_free (out, FALSE);
}

static void
test_word_diff (void)
{
  g_autoptr(GPtrArray) added = rp_diff_words ("Tell customers the price before they sign.",
                                              "Tell customers the full price before they sign.");
  g_autoptr(GPtrArray) changed = rp_diff_words ("Faults are fixed within two working days by our partner network.",
                                                "Faults are fixed within one working day by our own engineers.");
  g_autoptr(GPtrArray) removed = rp_diff_words ("Answer complaints within five days.", "Answer complaints.");
  g_autofree char *a = render_diff (added);
  g_autofree char *b = render_diff (changed);
  g_autofree char *c = render_diff (removed);

  g_assert_cmpstr (a, ==, "Tell customers the +[full] price before they sign.");
  g_assert_cmpstr (b, ==, "Faults are fixed within -[two] +[one] working -[days] +[day] by our -[partner network.] +[own engineers.]");
  /* Punctuation next to a word is not a change either */
  g_assert_cmpstr (c, ==, "Answer complaints. -[within five days.]");
  /* Case is not a change */
  {
    g_autoptr(GPtrArray) same = rp_diff_words ("We Listen", "we listen");

    g_assert_cmpuint (same->len, ==, 1);
    g_assert_cmpint (((RpDiffChunk *) same->pdata[0])->op, ==, RP_DIFF_SAME);
  }
}

static void
test_alignment (void)
{
  const char *left[] = { "Tell customers the full price and the contract terms before they sign, in plain words.",
                         "A customer with a fault reaches a person who can fix it within one working day.",
                         "We grow by recommendation." };
  const char *right[] = { "Self-service first: customers manage their account online.",
                          "Tell customers the price and the contract terms before they sign.",
                          "Faults are fixed within two working days by our partner network." };
  g_autoptr(GArray) pairs = rp_align_texts (left, 3, right, 3);

  /* Principles on the same subject pair up, even when their commitments differ
   * ("one working day" against "two working days"); the others stand alone, in
   * both orders kept. */
  g_assert_cmpuint (pairs->len, ==, 4);
  g_assert_cmpint (((gint *) pairs->data)[0], ==, -1);
  g_assert_cmpint (((gint *) pairs->data)[1], ==, 0);
  g_assert_cmpint (((gint *) pairs->data)[2], ==, 0);
  g_assert_cmpint (((gint *) pairs->data)[3], ==, 1);
  g_assert_cmpint (((gint *) pairs->data)[4], ==, 1);
  g_assert_cmpint (((gint *) pairs->data)[5], ==, 2);
  g_assert_cmpint (((gint *) pairs->data)[6], ==, 2);
  g_assert_cmpint (((gint *) pairs->data)[7], ==, -1);
  /* Stemming and stop words: the same subject in other words */
  g_assert_cmpfloat (rp_text_similarity ("Complaints are answered within five days.",
                                         "Every complaint is recorded, answered within two days and learned from."), >, 0.5);
  g_assert_cmpfloat (rp_text_similarity ("Self-service first.", "We grow by recommendation."), ==, 0.0);
}

static void
test_readability (void)
{
  const char *text = "Tell customers the full price before they sign. "
                     "When something breaks, make sure that a person who can actually fix it answers the "
                     "customer's call within one working day, every day of the week, without exception!\n"
                     "Avoid internationalisation.";
  g_autoptr(RpReadability) r = rp_readability_analyse (text);
  g_autofree char *hint = rp_readability_describe (r);
  RpSpan sentence, word;

  g_assert_cmpuint (r->n_sentences, ==, 3);
  g_assert_cmpuint (r->n_words, ==, 8 + 28 + 2);
  g_assert_cmpuint (r->long_sentences->len, ==, 1);
  sentence = g_array_index (r->long_sentences, RpSpan, 0);
  g_assert_true (g_str_has_prefix (text + sentence.start, "When something breaks"));
  g_assert_cmpint (text[sentence.end - 1], ==, '!');
  g_assert_cmpuint (r->long_words->len, ==, 1);
  word = g_array_index (r->long_words, RpSpan, 0);
  g_assert_cmpmem (text + word.start, word.end - word.start, "internationalisation", 20);
  g_assert_nonnull (strstr (hint, "1 long sentence"));
  g_assert_nonnull (strstr (hint, "1 long word"));

  {
    g_autoptr(RpReadability) easy = rp_readability_analyse ("Keep your word. Answer fast.");
    g_autofree char *easy_hint = rp_readability_describe (easy);

    g_assert_cmpuint (easy->long_sentences->len + easy->long_words->len, ==, 0);
    g_assert_true (g_str_has_prefix (easy_hint, "Easy to read: 2 sentences"));
  }
  {
    /* Chinese is counted by characters: a clause is not one long word, and a sentence is
     * long by its characters */
    const char *zh = "客戶至上。"
                     "每一宗投訴都要在兩個工作天內由能夠真正解決問題的同事親自回覆客戶並且記錄下來作為日後改善服務的依據和培訓新同事的教材！"
                     "守信。";
    g_autoptr(RpReadability) chinese = rp_readability_analyse (zh);
    RpSpan long_one;
    g_autofree char *until_end = NULL;

    g_assert_cmpuint (chinese->n_sentences, ==, 3);
    g_assert_cmpuint (chinese->long_words->len, ==, 0);
    g_assert_cmpuint (chinese->n_words, ==, 4 + 58 + 2);
    g_assert_cmpuint (chinese->long_sentences->len, ==, 1);
    long_one = g_array_index (chinese->long_sentences, RpSpan, 0);
    g_assert_true (g_str_has_prefix (zh + long_one.start, "每一宗投訴"));
    until_end = g_strndup (zh, long_one.end);
    g_assert_true (g_str_has_suffix (until_end, "教材！"));
  }
}

static void
test_promotions_overdue (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autoptr(RpStore) store = sample_store (dir);
  GDate today;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) later = NULL;

  rp_date_set_today (&today);
  findings = rp_promotion_findings (store, &today);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_nonnull (strstr (((RpFinding *) findings->pdata[0])->message, "Briefing for Pearl Delta Contact's agents"));
  /* Forty days on, the poster set and the newsletter are overdue too; done ones never are. */
  g_date_add_days (&today, 40);
  later = rp_promotion_findings (store, &today);
  g_assert_cmpuint (later->len, ==, 3);
}

int
main (int    argc,
      char **argv)
{
  rp_test_init (&argc, &argv);

  g_test_add_func ("/philosophy/adoption", test_adoption);
  g_test_add_func ("/philosophy/duplicate", test_duplicate);
  g_test_add_func ("/philosophy/findings", test_findings);
  g_test_add_func ("/philosophy/evaluation-totals", test_evaluation_totals);
  g_test_add_func ("/philosophy/word-diff", test_word_diff);
  g_test_add_func ("/philosophy/alignment", test_alignment);
  g_test_add_func ("/philosophy/readability", test_readability);
  g_test_add_func ("/philosophy/promotions-overdue", test_promotions_overdue);

  return g_test_run ();
}
