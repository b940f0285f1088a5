/* rp-text.c — readability measure and word diff */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-text.h"

static gboolean
is_sentence_end (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x3002 /* 。 */ || c == 0xFF01 || c == 0xFF1F;
}

RpReadability *
rp_readability_analyse (const char *text)
{
  RpReadability *self = g_new0 (RpReadability, 1);
  const char *p = text ? text : "";
  guint sentence_start = 0, sentence_words = 0;
  gboolean in_sentence = FALSE;

  self->long_sentences = g_array_new (FALSE, FALSE, sizeof (RpSpan));
  self->long_words = g_array_new (FALSE, FALSE, sizeof (RpSpan));

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          const char *word = p;
          guint letters = 0;

          if (!in_sentence)
            {
              in_sentence = TRUE;
              sentence_start = (guint) (p - text);
              sentence_words = 0;
            }
          /* A word runs over letters, digits, and inner apostrophes or hyphens. */
          while (*p != '\0')
            {
              gunichar w = g_utf8_get_char (p);
              const char *next = g_utf8_next_char (p);

              if (g_unichar_isalnum (w))
                letters++;
              else if (!((w == '\'' || w == '-' || w == 0x2019) && g_unichar_isalnum (g_utf8_get_char (next))))
                break;
              p = next;
            }
          self->n_words++;
          sentence_words++;
          if (letters >= RP_LONG_WORD_LETTERS)
            {
              RpSpan span = { (guint) (word - text), (guint) (p - text) };
              g_array_append_val (self->long_words, span);
            }
          continue;
        }

      p = g_utf8_next_char (p);
      if ((is_sentence_end (c) || c == '\n') && in_sentence)
        {
          RpSpan span = { sentence_start, (guint) (p - text) };

          self->n_sentences++;
          if (sentence_words > RP_LONG_SENTENCE_WORDS)
            g_array_append_val (self->long_sentences, span);
          in_sentence = FALSE;
        }
    }
  if (in_sentence)
    {
      RpSpan span = { sentence_start, (guint) (p - text) };

      self->n_sentences++;
      if (sentence_words > RP_LONG_SENTENCE_WORDS)
        g_array_append_val (self->long_sentences, span);
    }
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

static gboolean
words_equal (const char *a,
             const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
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

/* Share of words in common (Dice coefficient over word sets). */
double
rp_text_similarity (const char *a,
                    const char *b)
{
  g_auto(GStrv) wa = split_words (a);
  g_auto(GStrv) wb = split_words (b);
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint na = g_strv_length (wa), nb = g_strv_length (wb), common = 0;

  if (na + nb == 0)
    return 1.0;
  for (guint i = 0; i < na; i++)
    g_hash_table_add (set, g_utf8_casefold (wa[i], -1));
  for (guint i = 0; i < nb; i++)
    {
      g_autofree char *w = g_utf8_casefold (wb[i], -1);

      if (g_hash_table_remove (set, w))
        common++;
    }
  return 2.0 * common / (na + nb);
}

/* Pairs each left text with the most similar unpaired right text (at least 30 %
 * words in common), in left order; unpaired ones appear alone. Each element is
 * a pair of gint (left index or -1, right index or -1). */
GArray *
rp_align_texts (const char *const *left,
                guint              n_left,
                const char *const *right,
                guint              n_right)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (gint) * 2);
  g_autofree gboolean *used = g_new0 (gboolean, n_right + 1);
  g_autofree gint *match = g_new (gint, n_left + 1);

  for (guint i = 0; i < n_left; i++)
    {
      double best = 0.3;

      match[i] = -1;
      for (guint j = 0; j < n_right; j++)
        {
          double s;

          if (used[j])
            continue;
          s = rp_text_similarity (left[i], right[j]);
          if (s >= best)
            {
              best = s;
              match[i] = (gint) j;
            }
        }
      if (match[i] >= 0)
        used[match[i]] = TRUE;
    }

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
