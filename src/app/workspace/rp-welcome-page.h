/* rp-welcome-page.h — what an empty workspace opens on */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_WELCOME_PAGE (rp_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (RpWelcomePage, rp_welcome_page, RP, WELCOME_PAGE, AdwBin)

void rp_welcome_page_set_store (RpWelcomePage *self,
                                RpStore       *store);

G_END_DECLS
