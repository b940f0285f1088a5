/* rp-compare-dialog.h */
#pragma once

#include <adwaita.h>

#include "rp-board.h"

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_COMPARE_DIALOG (rp_compare_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RpCompareDialog, rp_compare_dialog, RP, COMPARE_DIALOG, AdwWindow)

RpCompareDialog *rp_compare_dialog_new        (GtkWidget       *parent,
                                               RpStore         *store,
                                               const char      *first);
void             rp_compare_dialog_choose     (RpCompareDialog *self,
                                               const char      *uuid,
                                               gboolean         chosen);
guint            rp_compare_dialog_get_n_rows (RpCompareDialog *self);
RpBoardPack     *rp_compare_dialog_get_board_pack (RpCompareDialog *self);
char            *rp_compare_diff_markup       (const char      *base,
                                               const char      *other,
                                               const char      *added_color,
                                               const char      *removed_color);

G_END_DECLS
