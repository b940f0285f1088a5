/* rp-timeline.h — a strategy's plan items as a Gantt-like timeline, with today marked */
#pragma once

#include "rp-render.h"
#include "rp-store.h"

G_BEGIN_DECLS

typedef struct _RpTimeline RpTimeline;

RpTimeline *rp_timeline_new          (const GDate         *today);
void        rp_timeline_free         (RpTimeline          *self);
void        rp_timeline_add_item     (RpTimeline          *self,
                                      const char          *title,
                                      const char          *owner,
                                      const GDate         *start,
                                      const GDate         *due,
                                      const char          *status,
                                      int                  progress,
                                      gboolean             overdue);
guint       rp_timeline_get_n_items  (RpTimeline          *self);
guint       rp_timeline_get_n_overdue (RpTimeline         *self);
void        rp_timeline_get_size     (RpTimeline          *self,
                                      double              *width,
                                      double              *height);
double      rp_timeline_fit_width    (RpTimeline          *self,
                                      double               width);
void        rp_timeline_draw         (RpTimeline          *self,
                                      cairo_t             *cr,
                                      const RpRenderStyle *style,
                                      double               width,
                                      double               height);
RpTimeline *rp_timeline_for_strategy (RpStore             *store,
                                      RpRecord            *strategy,
                                      const GDate         *today);

char       *rp_timeline_describe     (RpTimeline          *self);
GPtrArray  *rp_timeline_table        (RpTimeline          *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpTimeline, rp_timeline_free)

G_END_DECLS
