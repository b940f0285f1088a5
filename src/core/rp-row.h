/* rp-row.h — a record as a list shows it: the record and what the core says of it */
#pragma once

#include "rp-record.h"

G_BEGIN_DECLS

/* How a badge reads: a view gives each tone its colour */
typedef enum {
  RP_TONE_NEUTRAL,
  RP_TONE_GOOD,
  RP_TONE_WARNING,
  RP_TONE_PROBLEM,
  RP_TONE_DIM,
  RP_TONE_PROPOSED,
} RpTone;

#define RP_TYPE_ROW (rp_row_get_type ())
G_DECLARE_FINAL_TYPE (RpRow, rp_row, RP, ROW, GObject)

RpRow       *rp_row_new          (RpRecord    *record);
RpRecord    *rp_row_get_record   (RpRow       *self);
const char  *rp_row_get_uuid     (RpRow       *self);
const char  *rp_row_get_title    (RpRow       *self);
const char  *rp_row_get_subtitle (RpRow       *self);
guint        rp_row_get_position (RpRow       *self);
const char *const *rp_row_get_notes (RpRow    *self);
double       rp_row_get_number   (RpRow       *self);

void         rp_row_set_title    (RpRow       *self,
                                  const char  *title);
void         rp_row_set_subtitle (RpRow       *self,
                                  const char  *subtitle);
void         rp_row_add_note     (RpRow       *self,
                                  const char  *note);
void         rp_row_set_number   (RpRow       *self,
                                  double       number);
void         rp_row_set_position (RpRow       *self,
                                  guint        position);
GListModel  *rp_row_get_children (RpRow       *self);
void         rp_row_set_children (RpRow       *self,
                                  GListModel  *children);
const char  *rp_row_get_badge    (RpRow       *self);
RpTone       rp_row_get_tone     (RpRow       *self);
void         rp_row_set_badge    (RpRow       *self,
                                  const char  *badge,
                                  RpTone       tone);
guint        rp_row_get_depth    (RpRow       *self);
void         rp_row_set_depth    (RpRow       *self,
                                  guint        depth);
gboolean     rp_row_update_from  (RpRow       *self,
                                  RpRow       *fresh);

G_END_DECLS
