/* rp-window.h — one workspace in a window */
#pragma once

#include <adwaita.h>

#include "rp-application.h"
#include "rp-store.h"

G_BEGIN_DECLS

/* The day's backup, made once the window has shown the workspace */
typedef enum {
  RP_BACKUP_NONE,     /* none due (made today already, a new or a backup workspace) */
  RP_BACKUP_PENDING,  /* due, waiting for the first frame */
  RP_BACKUP_RUNNING,
  RP_BACKUP_DONE,
  RP_BACKUP_FAILED,
} RpBackupStatus;

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
RpBackupStatus rp_window_get_backup_status (RpWindow    *self);
gboolean    rp_window_get_presented      (RpWindow      *self);

G_END_DECLS
