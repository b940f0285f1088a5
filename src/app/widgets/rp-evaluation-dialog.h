/* rp-evaluation-dialog.h — score a philosophy, a candidate partner or a proposal on weighted criteria */
#pragma once

#include <adwaita.h>

#include "rp-record-list.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_EVALUATION_DIALOG (rp_evaluation_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RpEvaluationDialog, rp_evaluation_dialog, RP, EVALUATION_DIALOG, AdwWindow)

RpEvaluationDialog *rp_evaluation_dialog_new       (GtkWidget          *parent,
                                                    RpStore            *store,
                                                    const char         *subject_field,
                                                    const char         *subject_uuid,
                                                    const char         *scope,
                                                    RpRecord           *evaluation);
guint               rp_evaluation_dialog_get_n_criteria (RpEvaluationDialog *self);
void                rp_evaluation_dialog_set_score (RpEvaluationDialog *self,
                                                    guint               criterion,
                                                    int                 value);
double              rp_evaluation_dialog_get_total (RpEvaluationDialog *self);
gboolean            rp_evaluation_dialog_save      (RpEvaluationDialog *self);

RpRecordList       *rp_evaluation_list_new         (const char         *title,
                                                    const char         *subject_field,
                                                    const char         *scope);

void                rp_evaluation_list_setup      (RpRecordList       *list,
                                                   const char         *subject_field,
                                                   const char         *scope);

G_END_DECLS
