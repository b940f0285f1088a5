/* rp-area-page.h — an area of the window: its list beside its content, folding into
 * one pane with a way back on a narrow window */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_AREA_PAGE (rp_area_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (RpAreaPage, rp_area_page, RP, AREA_PAGE, AdwBin)

struct _RpAreaPageClass
{
  AdwBinClass parent_class;

  /* The workspace shown changed (NULL: none). */
  void     (*store_changed) (RpAreaPage *self);
  /* Shows @record, or the record it belongs to, on @tab or, when NULL, the tab it belongs on. */
  gboolean (*show_record)   (RpAreaPage *self,
                             RpRecord   *record,
                             const char *tab);
  /* area.new: starts a new record of the area's main kind. */
  void     (*new_record)    (RpAreaPage *self);
};

RpStore   *rp_area_page_get_store    (RpAreaPage *self);
void       rp_area_page_set_sidebar  (RpAreaPage *self,
                                      GtkWidget  *sidebar);
void       rp_area_page_set_content  (RpAreaPage *self,
                                      GtkWidget  *content);
gboolean   rp_area_page_get_folded   (RpAreaPage *self);
void       rp_area_page_show_content (RpAreaPage *self);
void       rp_area_page_show_sidebar (RpAreaPage *self);

G_END_DECLS
