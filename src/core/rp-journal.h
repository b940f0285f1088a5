/* rp-journal.h — the check-back record: read, filtered and searched page by page */
#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

typedef struct {
  char *kind;    /* a record kind, or NULL for all */
  char *who;     /* a person, or NULL for everyone */
  char *since;   /* YYYY-MM-DD, local day, inclusive; or NULL */
  char *until;   /* YYYY-MM-DD, local day, inclusive; or NULL */
  char *search;  /* words, all of which must appear; or NULL */
} RpJournalFilter;

typedef struct {
  gint64  id;
  char   *created_at;
  char   *who;
  char   *record_kind;
  char   *record_uuid;
  char   *action;
  char   *summary;
} RpJournalEntry;

void       rp_journal_filter_clear  (RpJournalFilter        *filter);
gboolean   rp_journal_filter_check  (const RpJournalFilter  *filter,
                                     GError                **error);
guint      rp_journal_count         (RpStore                *store,
                                     const RpJournalFilter  *filter,
                                     GError                **error);
GPtrArray *rp_journal_fetch         (RpStore                *store,
                                     const RpJournalFilter  *filter,
                                     guint                   offset,
                                     guint                   limit,
                                     GError                **error);
void       rp_journal_entry_free    (RpJournalEntry         *entry);
char     **rp_journal_people        (RpStore                *store);
char     **rp_journal_kinds         (RpStore                *store);
gboolean   rp_journal_add_note      (RpStore                *store,
                                     const char             *record_kind,
                                     const char             *record_uuid,
                                     const char             *text,
                                     GError                **error);
char      *rp_csv_cell              (const char             *text);
GString   *rp_journal_csv           (RpStore                *store,
                                     const RpJournalFilter  *filter,
                                     GError                **error);
gboolean   rp_journal_write_csv     (RpStore                *store,
                                     const RpJournalFilter  *filter,
                                     const char             *path,
                                     GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpJournalEntry, rp_journal_entry_free)

G_END_DECLS
