/* rp-window-private.h — shared by rp-window.c and rp-window-actions.c */
#pragma once

#include "rp-window.h"
#include "rp-record-model.h"
#include "rp-welcome-page.h"

G_BEGIN_DECLS

struct _RpWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  RpWelcomePage        *welcome_page;
  AdwStatusPage        *error_page;
  AdwStatusPage        *updating_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_box;
  GtkWidget            *content_box;
  AdwWindowTitle       *sidebar_title;
  AdwWindowTitle       *content_title;
  GtkListBox           *sidebar_list;
  GtkStack             *view_stack;
  GtkRevealer          *backup_bar;
  GtkLabel             *backup_label;

  RpStore              *store;
  RpRecordModel        *profile;    /* follows the company's name and the welcome */
  char                 *workspace_path;
  char                 *failed_path;
  char                 *updating_path;  /* brought up to date off the main thread, then opened */
  GSettings            *settings;
  GCancellable         *cancellable;
  RpBackupStatus        backup_status;
  gulong                first_frame_id;
  gboolean              presented;
  char                 *backup_origin;  /* the workspace the open backup was made of */
};

void  _rp_window_install_actions (RpWindowClass *klass);
void  _rp_window_update_actions  (RpWindow      *self);
void  _rp_window_update_backup_bar (RpWindow    *self);
void  _rp_window_setup_drop      (RpWindow      *self);
void  _rp_window_show_page       (RpWindow      *self,
                                  const char    *name);
void  _rp_window_build_areas     (RpWindow      *self);
GtkWidget *_rp_window_ensure_view (RpWindow     *self,
                                  const char    *name);
void  _rp_window_open_record     (RpWindow      *self,
                                  const char    *kind_name,
                                  const char    *uuid,
                                  const char    *tab);

G_END_DECLS
