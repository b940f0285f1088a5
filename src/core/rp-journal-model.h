/* rp-journal-model.h — the journal as a list model that reads only the pages in sight */
#pragma once

#include <gio/gio.h>

#include "rp-journal.h"

G_BEGIN_DECLS

#define RP_TYPE_JOURNAL_ITEM (rp_journal_item_get_type ())
G_DECLARE_FINAL_TYPE (RpJournalItem, rp_journal_item, RP, JOURNAL_ITEM, GObject)

const RpJournalEntry *rp_journal_item_get_entry (RpJournalItem *self);

#define RP_TYPE_JOURNAL_MODEL (rp_journal_model_get_type ())
G_DECLARE_FINAL_TYPE (RpJournalModel, rp_journal_model, RP, JOURNAL_MODEL, GObject)

RpJournalModel *rp_journal_model_new        (void);
gboolean        rp_journal_model_set_query  (RpJournalModel        *self,
                                             RpStore               *store,
                                             const RpJournalFilter *filter,
                                             GError               **error);
void            rp_journal_model_reload     (RpJournalModel        *self);
guint           rp_journal_model_get_pages_read (RpJournalModel    *self);
void            rp_journal_model_set_active (RpJournalModel        *self,
                                             gboolean               active);

G_END_DECLS
