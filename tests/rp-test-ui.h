/* rp-test-ui.h — driving the real window in the UI tests */
#pragma once

#include <adwaita.h>

#include "rp-application.h"
#include "rp-window.h"

G_BEGIN_DECLS

RpApplication *rp_test_ui_app          (void);
RpWindow      *rp_test_ui_window       (const char *path,
                                        gboolean    create);
void           rp_test_ui_process      (void);
void           rp_test_ui_wait         (guint       milliseconds);
GtkWidget     *rp_test_ui_find         (GtkWidget  *root,
                                        GType       type,
                                        const char *title);
GtkWidget     *rp_test_ui_find_label   (GtkWidget  *root,
                                        const char *text);
void           rp_test_ui_save_png     (GtkWidget  *widget,
                                        const char *name);
void           rp_test_ui_close        (RpWindow   *window);
GtkWindow     *rp_test_ui_find_window  (GType       type);

G_END_DECLS
