/* rp-application.h */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_APPLICATION (rp_application_get_type ())
G_DECLARE_FINAL_TYPE (RpApplication, rp_application, RP, APPLICATION, AdwApplication)

RpApplication *rp_application_new            (GApplicationFlags  flags);
GSettings     *rp_application_get_settings   (RpApplication     *self);
GtkWindow     *rp_application_open_workspace (RpApplication     *self,
                                              const char        *path,
                                              gboolean           create);
char          *rp_application_initial_workspace (RpApplication  *self);
GNotification *rp_due_notification_new       (GPtrArray         *findings);

G_END_DECLS
