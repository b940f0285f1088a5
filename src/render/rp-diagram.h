/* rp-diagram.h — a framework as a swim-lane picture: phases along the top, activity
 * categories as lanes, activities as blocks; drawn the same on screen, on paper and in files */
#pragma once

#include "rp-render.h"
#include "rp-store.h"

G_BEGIN_DECLS

typedef struct _RpDiagram RpDiagram;

RpDiagram *rp_diagram_new          (const char          *title);
void       rp_diagram_free         (RpDiagram           *self);
guint      rp_diagram_add_phase    (RpDiagram           *self,
                                    const char          *name,
                                    int                  start_day,
                                    int                  end_day);
guint      rp_diagram_add_lane     (RpDiagram           *self,
                                    const char          *category,
                                    const char          *label);
void       rp_diagram_add_activity (RpDiagram           *self,
                                    guint                phase,
                                    guint                lane,
                                    const char          *title,
                                    gboolean             flagged);
guint      rp_diagram_get_n_phases (RpDiagram           *self);
guint      rp_diagram_get_n_lanes  (RpDiagram           *self);
guint      rp_diagram_get_n_blocks (RpDiagram           *self);
void       rp_diagram_get_size     (RpDiagram           *self,
                                    double              *width,
                                    double              *height);
void       rp_diagram_draw         (RpDiagram           *self,
                                    cairo_t             *cr,
                                    const RpRenderStyle *style,
                                    double               width,
                                    double               height);
gboolean   rp_diagram_write        (RpDiagram           *self,
                                    const char          *path,
                                    double               scale,
                                    GError             **error);

RpDiagram *rp_diagram_for_framework (RpStore            *store,
                                     RpRecord           *framework,
                                     gboolean            with_title);

char      *rp_diagram_describe     (RpDiagram           *self);
GPtrArray *rp_diagram_table        (RpDiagram           *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpDiagram, rp_diagram_free)

G_END_DECLS
