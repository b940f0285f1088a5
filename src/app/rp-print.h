/* rp-print.h — printing and saving handouts drawn by the render layer */
#pragma once

#include <gtk/gtk.h>

#include "rp-document.h"

G_BEGIN_DECLS

void rp_print_document    (GtkWidget   *parent,
                           RpDocument  *document);
void rp_save_document_pdf (GtkWidget   *parent,
                           RpDocument  *document,
                           const char  *suggested_name);

G_END_DECLS
