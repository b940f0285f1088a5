/* rp-import-dialog.h — the preview of a bundle before anything changes */
#pragma once

#include <adwaita.h>

#include "rp-bundle.h"

G_BEGIN_DECLS

#define RP_TYPE_IMPORT_DIALOG (rp_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RpImportDialog, rp_import_dialog, RP, IMPORT_DIALOG, AdwWindow)

RpImportDialog  *rp_import_dialog_new         (RpStore         *store,
                                               RpBundle        *bundle,
                                               RpBundlePreview *preview);
RpBundlePreview *rp_import_dialog_get_preview (RpImportDialog  *self);

G_END_DECLS
