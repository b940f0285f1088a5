/* rp-record-list.h — a titled boxed list of a record's parts, bound to the core's
 * model of them, with add, edit, reorder and delete */
#pragma once

#include <adwaita.h>

#include "rp-record-editor.h"
#include "rp-record-model.h"

G_BEGIN_DECLS

#define RP_TYPE_RECORD_LIST (rp_record_list_get_type ())
G_DECLARE_FINAL_TYPE (RpRecordList, rp_record_list, RP, RECORD_LIST, GtkBox)

typedef char      *(*RpRecordTextFunc)   (RpRecord       *record,
                                          gpointer        user_data);
typedef GtkWidget *(*RpRecordWidgetFunc) (RpRecord       *record,
                                          gpointer        user_data);
typedef void       (*RpRecordEditorFunc) (RpRecordEditor *editor,
                                          RpRecord       *record,
                                          gpointer        user_data);
typedef void       (*RpRecordOpenFunc)   (RpRecordList   *list,
                                          RpRecord       *record,
                                          gpointer        user_data);

RpRecordList  *rp_record_list_new              (RpKindId            kind,
                                                const char         *title);
void           rp_record_list_bind             (RpRecordList       *self,
                                                RpStore            *store,
                                                RpFieldId           owner,
                                                const char         *owner_uuid);
void           rp_record_list_set_description  (RpRecordList       *self,
                                                const char         *description);
void           rp_record_list_set_empty_text   (RpRecordList       *self,
                                                const char         *text);
void           rp_record_list_set_add_label    (RpRecordList       *self,
                                                const char         *label);
void           rp_record_list_set_title_func   (RpRecordList       *self,
                                                RpRecordTextFunc    func,
                                                gpointer            user_data);
void           rp_record_list_set_subtitle_func (RpRecordList      *self,
                                                RpRecordTextFunc    func,
                                                gpointer            user_data);
void           rp_record_list_set_suffix_func  (RpRecordList       *self,
                                                RpRecordWidgetFunc  func,
                                                gpointer            user_data);
void           rp_record_list_set_editor_func  (RpRecordList       *self,
                                                RpRecordEditorFunc  func,
                                                gpointer            user_data);
void           rp_record_list_set_open_func    (RpRecordList       *self,
                                                RpRecordOpenFunc    func,
                                                gpointer            user_data);
void           rp_record_list_set_activatable  (RpRecordList       *self,
                                                gboolean            activatable);
void           rp_record_list_set_numbered     (RpRecordList       *self,
                                                gboolean            numbered);
RpStore       *rp_record_list_get_store        (RpRecordList       *self);
const char    *rp_record_list_get_owner        (RpRecordList       *self);
guint          rp_record_list_get_n_records    (RpRecordList       *self);
RpRecord      *rp_record_list_get_record       (RpRecordList       *self,
                                                guint               index);
RpRecordEditor *rp_record_list_open_editor     (RpRecordList       *self,
                                                RpRecord           *record);

/* Transitional */

G_END_DECLS
