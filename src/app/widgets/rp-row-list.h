/* rp-row-list.h — a sidebar's list of records as the core's models describe them
 * (title, subtitle, a badge, nesting); a list view, so only the rows in sight are built */
#pragma once

#include <gtk/gtk.h>

#include "rp-row.h"

G_BEGIN_DECLS

#define RP_TYPE_ROW_LIST (rp_row_list_get_type ())
G_DECLARE_FINAL_TYPE (RpRowList, rp_row_list, RP, ROW_LIST, GtkWidget)

GListModel *rp_row_list_get_model    (RpRowList  *self);
void        rp_row_list_set_model    (RpRowList  *self,
                                      GListModel *model);
const char *rp_row_list_get_selected (RpRowList  *self);
void        rp_row_list_set_selected (RpRowList  *self,
                                      const char *uuid);
guint       rp_row_list_get_n_rows   (RpRowList  *self);
RpRow      *rp_row_list_get_row      (RpRowList  *self,
                                      guint       position);
const char *rp_ui_tone_class         (RpTone      tone);

G_END_DECLS
