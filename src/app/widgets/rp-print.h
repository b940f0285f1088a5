/* rp-print.h — printing and saving handouts drawn by the render layer */
#pragma once

#include <gtk/gtk.h>

#include "rp-document.h"

G_BEGIN_DECLS

void rp_print_document    (GtkWidget   *parent,
                           RpDocument  *document);
typedef gboolean (*RpSaveFunc) (const char  *path,
                                gpointer     data,
                                GError     **error);

void rp_save_file         (GtkWidget      *parent,
                           const char     *title,
                           const char     *suggested_name,
                           const char     *filter_name,
                           const char     *pattern,
                           const char     *error_heading,
                           RpSaveFunc      save,
                           gpointer        data,
                           GDestroyNotify  destroy);
void rp_save_document_pdf (GtkWidget   *parent,
                           RpDocument  *document,
                           const char  *suggested_name);

G_END_DECLS
