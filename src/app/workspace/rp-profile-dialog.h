/* rp-profile-dialog.h — the workspace profile: company, objectives, stakeholder groups */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_PROFILE_DIALOG (rp_profile_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RpProfileDialog, rp_profile_dialog, RP, PROFILE_DIALOG, AdwWindow)

RpProfileDialog *rp_profile_dialog_new (RpStore *store);

G_END_DECLS
