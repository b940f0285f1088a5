/* rp-document.h — a handout: blocks of text, tables and drawings, paginated on A4 */
#pragma once

#include "rp-render.h"

G_BEGIN_DECLS

typedef struct _RpDocument RpDocument;

typedef void (*RpDrawFunc) (cairo_t             *cr,
                            const RpRenderStyle *style,
                            double               width,
                            double               height,
                            gpointer             user_data);

RpDocument          *rp_document_new        (const char        *title,
                                             const char        *footer);
void                 rp_document_free       (RpDocument        *self);

void rp_document_title       (RpDocument        *self,
                              const char        *text);
void rp_document_subtitle    (RpDocument        *self,
                              const char        *text);
void rp_document_heading     (RpDocument        *self,
                              const char        *text);
void rp_document_subheading  (RpDocument        *self,
                              const char        *text);
void rp_document_paragraph   (RpDocument        *self,
                              const char        *text);
void rp_document_note        (RpDocument        *self,
                              const char        *text);
void rp_document_bullet      (RpDocument        *self,
                              const char        *text);
void rp_document_numbered    (RpDocument        *self,
                              guint              number,
                              const char        *text);
void rp_document_table       (RpDocument        *self,
                              guint              n_cols,
                              const double      *widths,
                              const char *const *header);
void rp_document_row         (RpDocument        *self,
                              const char *const *cells);
void rp_document_drawing     (RpDocument        *self,
                              double             height,
                              RpDrawFunc         draw,
                              gpointer           data,
                              GDestroyNotify     destroy);
void rp_document_page_break  (RpDocument        *self);

guint    rp_document_paginate    (RpDocument  *self,
                                  cairo_t     *cr,
                                  double       page_width,
                                  double       page_height);
guint    rp_document_get_n_pages (RpDocument  *self);
void     rp_document_draw_page   (RpDocument  *self,
                                  cairo_t     *cr,
                                  guint        page);
gboolean rp_document_write_pdf   (RpDocument  *self,
                                  const char  *path,
                                  GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpDocument, rp_document_free)

G_END_DECLS
