/* rp-presentation.h — full-screen slides for a room: arrows, Page Up/Down (clickers), Esc */
#pragma once

#include <adwaita.h>

#include "rp-chart-view.h"

G_BEGIN_DECLS

#define RP_TYPE_PRESENTATION (rp_presentation_get_type ())
G_DECLARE_FINAL_TYPE (RpPresentation, rp_presentation, RP, PRESENTATION, AdwWindow)

RpPresentation *rp_presentation_new          (GtkWidget       *parent,
                                              const char      *title);
void            rp_presentation_add_slide    (RpPresentation  *self,
                                              const char      *kicker,
                                              const char      *title,
                                              const char      *body);
void            rp_presentation_add_list     (RpPresentation  *self,
                                              const char      *kicker,
                                              const char      *title,
                                              const char *const *items);
void            rp_presentation_add_drawing  (RpPresentation  *self,
                                              const char      *title,
                                              const char      *description,
                                              RpChartDrawFunc  draw,
                                              gpointer         data,
                                              GDestroyNotify   destroy);
void            rp_presentation_start        (RpPresentation  *self);
guint           rp_presentation_get_current  (RpPresentation  *self);
guint           rp_presentation_get_n_slides (RpPresentation  *self);

G_END_DECLS
