/* rp-util.h — dates, periods, timestamps and text helpers shared by the core */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *rp_timestamp_now        (void);
gboolean  rp_timestamp_is_valid   (const char  *text);
char     *rp_timestamp_to_local   (const char  *text,
                                   const char  *format);

gboolean  rp_date_parse           (const char  *text,
                                   GDate       *date);
char     *rp_date_format          (const GDate *date);
char     *rp_date_format_local    (const char  *iso_date);
char     *rp_month_format_local   (int          year,
                                   int          month,
                                   gboolean     with_year);
char     *rp_period_format_local  (const char  *period);
char     *rp_timestamp_format_local (const char *text);
void      rp_date_set_today       (GDate       *date);
char     *rp_date_today           (void);
char     *rp_date_add_days        (const char  *text,
                                   int          days);

gboolean  rp_period_parse         (const char  *text,
                                   int         *year,
                                   int         *month);
char     *rp_period_format        (int          year,
                                   int          month);
char     *rp_period_add           (const char  *period,
                                   int          months);
char     *rp_period_of_date       (const GDate *date);
int       rp_period_diff          (const char  *from,
                                   const char  *to);

gboolean  rp_write_file           (const char  *path,
                                   const char  *data,
                                   gsize        length,
                                   GError     **error);

char     *rp_format_amount        (double       value,
                                   const char  *currency);
char     *rp_text_strip_bidi      (const char  *text);
char     *rp_text_isolate         (const char  *text);
char     *rp_text_printf          (const char  *format,
                                   ...) G_GNUC_PRINTF (1, 2);
char     *rp_text_vprintf         (const char  *format,
                                   va_list      args) G_GNUC_PRINTF (1, 0);
char     *rp_text_one_line        (const char  *text,
                                   guint        max_chars);

G_END_DECLS
