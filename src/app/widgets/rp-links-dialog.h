/* rp-links-dialog.h — which records a record is linked to, picked with switches */
#pragma once

#include <adwaita.h>

#include "rp-record-list.h"
#include "rp-store.h"

G_BEGIN_DECLS

GtkWidget *rp_links_group_new (RpStore    *store,
                               const char *title,
                               const char *description,
                               RpFieldId   own_field,
                               const char *own_uuid,
                               RpFieldId   other_field,
                               GListModel *candidates);
GtkWidget *rp_links_group_new_full (RpStore          *store,
                                    const char       *title,
                                    const char       *description,
                                    RpFieldId         own_field,
                                    const char       *own_uuid,
                                    RpFieldId         other_field,
                                    GListModel       *candidates,
                                    RpRecordTextFunc  subtitle,
                                    gpointer          subtitle_data);
GtkWidget *rp_links_dialog_new (GtkWidget  *parent,
                                const char *title);
void       rp_links_dialog_add (GtkWidget  *dialog,
                                GtkWidget  *group);

G_END_DECLS
