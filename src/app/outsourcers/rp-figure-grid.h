/* rp-figure-grid.h — monthly figures of one outsourcer: months × KPIs, typed in place */
#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_FIGURE_GRID (rp_figure_grid_get_type ())
G_DECLARE_FINAL_TYPE (RpFigureGrid, rp_figure_grid, RP, FIGURE_GRID, GtkWidget)

RpFigureGrid *rp_figure_grid_new        (void);
void          rp_figure_grid_set_outsourcer (RpFigureGrid *self,
                                             RpStore      *store,
                                             const char   *outsourcer_uuid);
gboolean      rp_figure_grid_enter      (RpFigureGrid *self,
                                         const char   *period,
                                         const char   *kpi_uuid,
                                         const char   *text,
                                         GError      **error);
char         *rp_figure_grid_dup_cell   (RpFigureGrid *self,
                                         const char   *period,
                                         const char   *kpi_uuid);

G_END_DECLS
