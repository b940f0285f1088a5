/* rp-export-dialog.h — choose what to share, then where */
#pragma once

#include <adwaita.h>

#include "rp-bundle.h"

G_BEGIN_DECLS

#define RP_TYPE_EXPORT_DIALOG (rp_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RpExportDialog, rp_export_dialog, RP, EXPORT_DIALOG, AdwWindow)

RpExportDialog *rp_export_dialog_new         (RpStore        *store);
void            rp_export_dialog_select      (RpExportDialog *self,
                                              RpExportWhat    what,
                                              const char     *uuid);
void            rp_export_dialog_export_to   (RpExportDialog *self,
                                              GFile          *file);

G_END_DECLS
