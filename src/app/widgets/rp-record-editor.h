/* rp-record-editor.h — a dialog that edits any record from its kind's description */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_RECORD_EDITOR (rp_record_editor_get_type ())
G_DECLARE_FINAL_TYPE (RpRecordEditor, rp_record_editor, RP, RECORD_EDITOR, AdwWindow)

RpRecordEditor *rp_record_editor_new            (GtkWidget      *parent,
                                                 RpStore        *store,
                                                 RpRecord       *record,
                                                 gboolean        is_new);
void            rp_record_editor_hide_field     (RpRecordEditor *self,
                                                 const char     *field);
void            rp_record_editor_filter_refs    (RpRecordEditor *self,
                                                 const char     *field,
                                                 const char     *by_field,
                                                 const char     *value);
void            rp_record_editor_present        (RpRecordEditor *self);
RpRecord       *rp_record_editor_get_record     (RpRecordEditor *self);
gboolean        rp_record_editor_save           (RpRecordEditor *self);
GtkWidget      *rp_record_editor_get_field_widget (RpRecordEditor *self,
                                                   const char     *field);

/* Opens an editor on a new record of @kind_name owned by @owner (may be NULL). */
RpRecordEditor *rp_record_editor_new_for        (GtkWidget      *parent,
                                                 RpStore        *store,
                                                 RpKindId        kind,
                                                 RpRecord       *owner);

G_END_DECLS
