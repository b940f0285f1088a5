/* rp-outsourcing.h — figures, targets, CSV import and decided actions (100228L4, 110985L5) */
#pragma once

#include "rp-finding.h"
#include "rp-scorecard.h"
#include "rp-csv.h"
#include "rp-store.h"

G_BEGIN_DECLS

/* Figures and targets */
RpRecord  *rp_figure_get           (RpStore     *store,
                                    const char  *kpi_uuid,
                                    const char  *period);
gboolean   rp_figure_set           (RpStore     *store,
                                    RpRecord    *kpi,
                                    const char  *period,
                                    double       value,
                                    gboolean     not_applicable,
                                    GError     **error);
gboolean   rp_figure_clear         (RpStore     *store,
                                    RpRecord    *kpi,
                                    const char  *period,
                                    GError     **error);
gboolean   rp_figure_parse_value   (RpRecord    *kpi,
                                    const char  *text,
                                    double      *value,
                                    gboolean    *not_applicable,
                                    GError     **error);
double     rp_kpi_target_in_force  (RpStore     *store,
                                    RpRecord    *kpi,
                                    const char  *period);
gboolean   rp_kpi_change_target    (RpStore     *store,
                                    RpRecord    *kpi,
                                    double       target,
                                    const char  *from_period,
                                    GError     **error);
char      *rp_kpi_describe         (RpStore     *store,
                                    RpRecord    *kpi,
                                    const char  *period);
RpFieldId  rp_kpi_owner_field      (RpStore     *store,
                                    const char  *owner_uuid);
const char *rp_kpi_get_owner       (RpRecord    *kpi);
gboolean   rp_kpi_is_company       (RpRecord    *kpi);
GPtrArray *rp_outsourcer_periods   (RpStore     *store,
                                    const char  *outsourcer_uuid,
                                    guint        at_least);

/* CSV: period,kpi,value — all lines or none */
typedef struct {
  guint     line;
  char     *period;
  char     *kpi_uuid;
  char     *kpi_name;
  char     *outsourcer_name;
  double    value;
  gboolean  not_applicable;
  gboolean  replaces;     /* a figure exists for that KPI and month */
  double    old_value;
  gboolean  old_not_applicable;
} RpFigureRow;

typedef struct {
  GPtrArray *rows;       /* RpFigureRow */
  GPtrArray *errors;     /* "line 4, value: …" */
  GPtrArray *notes;      /* columns ignored, the number convention read */
  RpDecimal  decimal;    /* the convention the numbers were read with */
  gboolean   undecided;  /* values read two ways, and the file does not tell which */
  GArray    *error_lines;
} RpFigureImport;

RpFigureImport *rp_figures_csv_parse  (RpStore         *store,
                                       const char      *text,
                                       gsize            length,
                                       const char      *outsourcer_uuid,
                                       RpDecimal        decimal);
gboolean        rp_figures_csv_apply  (RpStore         *store,
                                       RpFigureImport  *import,
                                       GError         **error);
void            rp_figure_import_free (RpFigureImport  *import);

/* Compliance */
typedef struct {
  guint met;
  guint partly_met;
  guint missed;
} RpComplianceCount;

double     rp_outsourcer_compliance (RpStore           *store,
                                     const char        *outsourcer_uuid,
                                     const char        *period,
                                     RpComplianceCount *count);

/* Standing rules call for an action; a person decides. */
gboolean   rp_scorecard_needs_decision (RpStore           *store,
                                        const RpScorecard *card);
RpRecord  *rp_vendor_action_proposed   (RpStore           *store,
                                        const RpScorecard *card);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpFigureImport, rp_figure_import_free)

G_END_DECLS
