/* rp-record-list-private.h — shared by rp-record-list.c and rp-record-list-editing.c */
#pragma once

#include "rp-record-list.h"

G_BEGIN_DECLS

struct _RpRecordList
{
  GtkBox              parent_instance;

  GtkWidget          *title_label;
  GtkWidget          *description_label;
  GtkWidget          *header_box;
  GtkWidget          *add_button;
  GtkListBox         *list;
  GtkWidget          *search;
  GtkWidget          *more_button;

  const RpKind       *kind;
  RpStore            *store;
  RpFieldId           owner_field;
  char               *owner_uuid;
  RpRecordModel      *records;
  GtkFilterListModel *filtered;  /* the records the search matches */
  GtkSliceListModel  *shown;     /* the first pages of them */
  gulong              n_items_id;
  gboolean            activatable;
  gboolean            numbered;

  RpRecordTextFunc    title_func;
  gpointer            title_data;
  RpRecordTextFunc    subtitle_func;
  gpointer            subtitle_data;
  RpRecordWidgetFunc  suffix_func;
  gpointer            suffix_data;
  RpRecordEditorFunc  editor_func;
  gpointer            editor_data;
  RpRecordOpenFunc    open_func;
  gpointer            open_data;
};

RpRecord *_rp_record_list_find_record        (RpRecordList   *self,
                                              const char     *uuid,
                                              guint          *position);
/* After the template is set: the list.* actions and the key handler */
void      _rp_record_list_class_init_editing (GtkWidgetClass *widget_class);

G_END_DECLS
