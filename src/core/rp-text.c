/* rp-text.c — readability measure and word diff */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pango.h>
#include <string.h>

#include "rp-text.h"

/* Chinese, Japanese and Korean are read by characters: each one counts as a word, and
 * no run of them is a "long word". */
static gboolean
is_cjk (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA || script == G_UNICODE_SCRIPT_HANGUL ||
         script == G_UNICODE_SCRIPT_BOPOMOFO;
}

static void
add_sentence (RpReadability *self,
              const char    *text,
              const char    *start,
              const char    *end,
              guint          words,
              guint          cjk)
{
  RpSpan span;

  /* The span ends at the sentence's last mark, not the spaces after it */
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  if (words + cjk == 0)
    return;
  self->n_sentences++;
  span = (RpSpan) { (guint) (start - text), (guint) (end - text) };
  if (words > RP_LONG_SENTENCE_WORDS || cjk > RP_LONG_SENTENCE_CHARACTERS)
    g_array_append_val (self->long_sentences, span);
}

/* Words and sentences as Pango finds them (Unicode's boundaries, for every script). */
RpReadability *
rp_readability_analyse (const char *text)
{
  RpReadability *self = g_new0 (RpReadability, 1);
  const char *p;
  glong n_chars;
  g_autofree PangoLogAttr *attrs = NULL;
  const char *sentence = NULL, *word = NULL, *last_word = NULL;
  guint words = 0, cjk = 0, letters = 0, last_letters = 0;
  glong last_end = -2;
  gunichar previous = 0;

  self->long_sentences = g_array_new (FALSE, FALSE, sizeof (RpSpan));
  self->long_words = g_array_new (FALSE, FALSE, sizeof (RpSpan));
  text = text ? text : "";
  n_chars = g_utf8_strlen (text, -1);
  attrs = g_new0 (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (text, (int) strlen (text), -1, pango_language_from_string ("und"), attrs, (int) n_chars + 1);

  p = text;
  for (glong i = 0; i <= n_chars; i++, p = i <= n_chars ? g_utf8_next_char (p) : p)
    {
      gunichar c = i < n_chars ? g_utf8_get_char (p) : 0;

      if (word != NULL && attrs[i].is_word_end)
        {
          last_word = word;
          last_letters = letters;
          last_end = i;
          if (letters >= RP_LONG_WORD_LETTERS)
            {
              RpSpan span = { (guint) (word - text), (guint) (p - text) };
              g_array_append_val (self->long_words, span);
            }
          word = NULL;
        }
      if (attrs[i].is_sentence_boundary && sentence != NULL)
        {
          add_sentence (self, text, sentence, p, words, cjk);
          sentence = NULL;
        }
      if (i == n_chars)
        break;
      if (sentence == NULL && !g_unichar_isspace (c))
        {
          sentence = p;
          words = cjk = 0;
        }
      if (is_cjk (c))
        {
          cjk++;
          self->n_words++;
          previous = c;
          continue;
        }
      /* "customer's" is one word, though Pango ends one at the apostrophe */
      if (attrs[i].is_word_start && word == NULL && last_end == i - 1 && (previous == '\'' || previous == 0x2019))
        {
          word = last_word;
          letters = last_letters;
        }
      else if (attrs[i].is_word_start && word == NULL && g_unichar_isalnum (c))
        {
          word = p;
          letters = 0;
          words++;
          self->n_words++;
        }
      if (word != NULL && g_unichar_isalnum (c))
        letters++;
      previous = c;
    }
  if (sentence != NULL)
    add_sentence (self, text, sentence, text + strlen (text), words, cjk);
  return self;
}

void
rp_readability_free (RpReadability *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->long_sentences);
  g_array_unref (self->long_words);
  g_free (self);
}

char *
rp_readability_describe (RpReadability *self)
{
  g_autofree char *sentences = NULL;
  g_autofree char *words = NULL;

  if (self->n_words == 0)
    return g_strdup (_("Write the staff edition in plain words: short sentences, everyday words."));
  if (self->long_sentences->len == 0 && self->long_words->len == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Easy to read: %u sentence, none longer than %d words.",
                                         "Easy to read: %u sentences, none longer than %d words.",
                                         self->n_sentences),
                            self->n_sentences, RP_LONG_SENTENCE_WORDS);
  sentences = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u long sentence (over %d words)",
                                            "%u long sentences (over %d words)",
                                            self->long_sentences->len),
                               self->long_sentences->len, RP_LONG_SENTENCE_WORDS);
  words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u long word (%d letters or more)",
                                        "%u long words (%d letters or more)",
                                        self->long_words->len),
                           self->long_words->len, RP_LONG_WORD_LETTERS);
  /* Translators: "2 long sentences (over 20 words) and 3 long words (13 letters or more)…" */
  return g_strdup_printf (_("%s and %s: consider shorter sentences and everyday words."), sentences, words);
}

/* Word diff: longest common subsequence over words, then runs of the same operation. */

static char **
split_words (const char *text)
{
  g_auto(GStrv) raw = g_regex_split_simple ("\\s+", text ? text : "", 0, 0);
  GPtrArray *words = g_ptr_array_new ();

  for (guint i = 0; raw[i] != NULL; i++)
    if (*raw[i] != '\0')
      g_ptr_array_add (words, g_strdup (raw[i]));
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

static void
push_chunk (GPtrArray  *chunks,
            RpDiffOp    op,
            const char *word)
{
  RpDiffChunk *last = chunks->len ? chunks->pdata[chunks->len - 1] : NULL;

  if (last != NULL && last->op == op)
    {
      char *joined = g_strconcat (last->text, " ", word, NULL);

      g_free (last->text);
      last->text = joined;
      return;
    }
  last = g_new0 (RpDiffChunk, 1);
  last->op = op;
  last->text = g_strdup (word);
  g_ptr_array_add (chunks, last);
}

static void
free_chunk (gpointer data)
{
  RpDiffChunk *chunk = data;

  g_free (chunk->text);
  g_free (chunk);
}

/* A word without its case and the punctuation around it: "Sign," and "sign." are one word. */
static char *
word_key (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);
  const char *start = folded;
  const char *end = folded + strlen (folded);

  while (*start != '\0' && !g_unichar_isalnum (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);

      if (prev == NULL || g_unichar_isalnum (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return end > start ? g_strndup (start, end - start) : g_strdup (folded);
}

static gboolean
words_equal (const char *a,
             const char *b)
{
  g_autofree char *ka = word_key (a);
  g_autofree char *kb = word_key (b);

  return g_str_equal (ka, kb);
}

GPtrArray *
rp_diff_words (const char *before,
               const char *after)
{
  g_auto(GStrv) a = split_words (before);
  g_auto(GStrv) b = split_words (after);
  guint n = g_strv_length (a), m = g_strv_length (b);
  g_autofree guint *lcs = g_new0 (guint, (gsize) (n + 1) * (m + 1));
  GPtrArray *chunks = g_ptr_array_new_with_free_func (free_chunk);
  guint i = 0, j = 0;

#define L(x, y) lcs[(gsize) (x) * (m + 1) + (y)]
  for (guint x = n; x-- > 0;)
    for (guint y = m; y-- > 0;)
      L (x, y) = words_equal (a[x], b[y]) ? L (x + 1, y + 1) + 1 : MAX (L (x + 1, y), L (x, y + 1));

  while (i < n && j < m)
    {
      if (words_equal (a[i], b[j]))
        {
          push_chunk (chunks, RP_DIFF_SAME, b[j]);
          i++, j++;
        }
      else if (L (i + 1, j) >= L (i, j + 1))
        push_chunk (chunks, RP_DIFF_REMOVED, a[i++]);
      else
        push_chunk (chunks, RP_DIFF_ADDED, b[j++]);
    }
#undef L
  while (i < n)
    push_chunk (chunks, RP_DIFF_REMOVED, a[i++]);
  while (j < m)
    push_chunk (chunks, RP_DIFF_ADDED, b[j++]);
  return chunks;
}

/* Words that say little about what a principle is about. */
static const char *const stop_words[] = {
  "a", "all", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "every", "for", "from",
  "in", "is", "it", "its", "more", "not", "of", "on", "only", "or", "our", "so", "than", "that", "the",
  "their", "them", "they", "this", "to", "us", "we", "who", "will", "with", NULL
};

/* Crude English stemming, enough for "fixed" to meet "fix" and "days" to meet "day". */
static char *
stem (char *key)
{
  gsize n = strlen (key);

  if (n > 5 && g_str_has_suffix (key, "ing"))
    key[n - 3] = '\0';
  else if (n > 4 && g_str_has_suffix (key, "ed"))
    key[n - 2] = '\0';
  else if (n > 4 && (g_str_has_suffix (key, "ches") || g_str_has_suffix (key, "shes") ||
                     g_str_has_suffix (key, "sses") || g_str_has_suffix (key, "xes")))
    key[n - 2] = '\0';
  else if (n > 3 && key[n - 1] == 's' && key[n - 2] != 's')
    key[n - 1] = '\0';
  return key;
}

static GHashTable *
content_words (const char *text)
{
  g_auto(GStrv) words = split_words (text);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      char *key = word_key (words[i]);

      if (g_strv_contains (stop_words, key) || !g_unichar_isalnum (g_utf8_get_char (key)))
        g_free (key);
      else
        g_hash_table_add (set, stem (key));
    }
  return set;
}

/* Share of content words in common (Dice coefficient over stemmed word sets). */
double
rp_text_similarity (const char *a,
                    const char *b)
{
  g_autoptr(GHashTable) wa = content_words (a);
  g_autoptr(GHashTable) wb = content_words (b);
  guint na = g_hash_table_size (wa), nb = g_hash_table_size (wb), common = 0;
  GHashTableIter iter;
  gpointer key;

  if (na + nb == 0)
    return 1.0;
  g_hash_table_iter_init (&iter, wa);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    common += g_hash_table_contains (wb, key);
  return 2.0 * common / (na + nb);
}

/* Pairs texts on the same subject (at least 40 % content words in common), the
 * most similar pairs first, and lists them in left order; unpaired ones appear
 * alone. Each element is a pair of gint (left index or -1, right index or -1). */
GArray *
rp_align_texts (const char *const *left,
                guint              n_left,
                const char *const *right,
                guint              n_right)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (gint) * 2);
  g_autofree gboolean *used = g_new0 (gboolean, n_right + 1);
  g_autofree gint *match = g_new (gint, n_left + 1);
  g_autofree double *score = g_new (double, (gsize) n_left * n_right + 1);

  for (guint i = 0; i < n_left; i++)
    {
      match[i] = -1;
      for (guint j = 0; j < n_right; j++)
        score[(gsize) i * n_right + j] = rp_text_similarity (left[i], right[j]);
    }
  for (;;)
    {
      double best = 0.4;
      gint bi = -1, bj = -1;

      for (guint i = 0; i < n_left; i++)
        for (guint j = 0; match[i] < 0 && j < n_right; j++)
          {
            double s = score[(gsize) i * n_right + j];

            if (used[j] || s < best || (bi >= 0 && s == best))
              continue;
            best = s;
            bi = (gint) i;
            bj = (gint) j;
          }
      if (bi < 0)
        break;
      match[bi] = bj;
      used[bj] = TRUE;
    }

  /* used[] now marks paired right texts; pairs are emitted below. */
  /* Keep the right side's order too: a right text with no partner goes before the
   * first later right text that has one. */
  {
    guint next_right = 0;

    for (guint i = 0; i < n_left; i++)
      {
        if (match[i] >= 0)
          for (; next_right < (guint) match[i]; next_right++)
            if (!used[next_right])
              {
                gint pair[2] = { -1, (gint) next_right };
                g_array_append_val (pairs, pair);
                used[next_right] = TRUE;
              }
        {
          gint pair[2] = { (gint) i, match[i] };
          g_array_append_val (pairs, pair);
        }
      }
    for (guint j = 0; j < n_right; j++)
      if (!used[j])
        {
          gint pair[2] = { -1, (gint) j };
          g_array_append_val (pairs, pair);
        }
  }
  return pairs;
}
