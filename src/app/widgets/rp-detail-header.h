/* rp-detail-header.h — the top of a record's detail: a way back to the list, the
 * record's title and badges, and its buttons */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_DETAIL_HEADER (rp_detail_header_get_type ())
G_DECLARE_FINAL_TYPE (RpDetailHeader, rp_detail_header, RP, DETAIL_HEADER, GtkBox)

void        rp_detail_header_set_title    (RpDetailHeader *self,
                                           const char     *title);
const char *rp_detail_header_get_title    (RpDetailHeader *self);
void        rp_detail_header_set_description (RpDetailHeader *self,
                                              const char     *description);
void        rp_detail_header_clear_badges (RpDetailHeader *self);
GtkWidget  *rp_detail_header_add_badge    (RpDetailHeader *self,
                                           const char     *text,
                                           const char     *css_class);
void        rp_detail_header_add_button   (RpDetailHeader *self,
                                           GtkWidget      *button);

G_END_DECLS
