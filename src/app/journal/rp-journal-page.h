/* rp-journal-page.h — the Journal area: the check-back record */
#pragma once

#include <adwaita.h>

#include "rp-journal-model.h"

G_BEGIN_DECLS

#define RP_TYPE_JOURNAL_PAGE (rp_journal_page_get_type ())
G_DECLARE_FINAL_TYPE (RpJournalPage, rp_journal_page, RP, JOURNAL_PAGE, AdwBin)

RpJournalPage  *rp_journal_page_new        (void);
guint           rp_journal_page_get_n_shown (RpJournalPage *self);
RpJournalModel *rp_journal_page_get_model  (RpJournalPage *self);
void            rp_journal_page_set_filter (RpJournalPage *self,
                                            const char    *search,
                                            const char    *kind,
                                            const char    *since,
                                            const char    *until);
const char     *rp_journal_page_get_status (RpJournalPage *self);

G_END_DECLS
