/* rp-window.h — one workspace in a window */
#pragma once

#include <adwaita.h>

#include "rp-application.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_WINDOW (rp_window_get_type ())
G_DECLARE_FINAL_TYPE (RpWindow, rp_window, RP, WINDOW, AdwApplicationWindow)

RpWindow   *rp_window_new                (RpApplication *app);
gboolean    rp_window_open_workspace     (RpWindow      *self,
                                          const char    *path,
                                          gboolean       create);
RpStore    *rp_window_get_store          (RpWindow      *self);
const char *rp_window_get_workspace_path (RpWindow      *self);
const char *rp_window_get_visible_page   (RpWindow      *self);
const char *rp_window_get_state          (RpWindow      *self);
GtkWidget  *rp_window_get_view           (RpWindow      *self,
                                          const char    *name);
void        rp_window_import_bundle      (RpWindow      *self,
                                          GFile         *file);

G_END_DECLS
