/* rp-journal-page.h — the Journal area: the check-back record */
#pragma once

#include <adwaita.h>

#include "rp-journal-model.h"

G_BEGIN_DECLS

#define RP_TYPE_JOURNAL_PAGE (rp_journal_page_get_type ())
G_DECLARE_FINAL_TYPE (RpJournalPage, rp_journal_page, RP, JOURNAL_PAGE, AdwBin)

RpJournalPage *rp_journal_page_new (void);

G_END_DECLS
