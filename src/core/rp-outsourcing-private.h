/* rp-outsourcing-private.h — what the figures' CSV import shares with rp-outsourcing.c */
#pragma once

#include "rp-record.h"
#include "rp-store.h"

G_BEGIN_DECLS

gboolean  _rp_figure_is_not_applicable (const char  *clean);
gboolean  _rp_figure_check_value       (RpRecord    *kpi,
                                        double       d,
                                        const char  *text,
                                        GError     **error);
RpRecord *_rp_figure_for               (RpStore     *store,
                                        RpRecord    *kpi,
                                        const char  *period,
                                        double       value,
                                        gboolean     not_applicable);

G_END_DECLS
