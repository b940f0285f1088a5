/* rp-text.h — readability of a staff edition, and word differences between texts */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RP_LONG_SENTENCE_WORDS 20
#define RP_LONG_WORD_LETTERS   13
/* A sentence in Chinese is long past this many characters */
#define RP_LONG_SENTENCE_CHARACTERS 40

typedef struct {
  guint start;   /* byte offsets into the analysed text */
  guint end;
} RpSpan;

typedef struct {
  guint   n_sentences;
  guint   n_words;
  GArray *long_sentences; /* RpSpan */
  GArray *long_words;     /* RpSpan */
} RpReadability;

RpReadability *rp_readability_analyse (const char    *text);
void           rp_readability_free    (RpReadability *self);
char          *rp_readability_describe (RpReadability *self);

typedef enum {
  RP_DIFF_SAME,
  RP_DIFF_ADDED,
  RP_DIFF_REMOVED,
} RpDiffOp;

typedef struct {
  RpDiffOp op;
  char    *text;  /* one or more words, joined by single spaces */
} RpDiffChunk;

GPtrArray *rp_diff_words      (const char *before,
                               const char *after);
double     rp_text_similarity (const char *a,
                               const char *b);
GArray    *rp_align_texts     (const char *const *left,
                               guint              n_left,
                               const char *const *right,
                               guint              n_right);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpReadability, rp_readability_free)

G_END_DECLS
