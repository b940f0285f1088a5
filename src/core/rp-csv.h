/* rp-csv.h — CSV as spreadsheets write it */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  RP_DECIMAL_AUTO,    /* decided by the file, where it tells */
  RP_DECIMAL_POINT,   /* 1,200.50 */
  RP_DECIMAL_COMMA,   /* 1.200,50 */
} RpDecimal;

char       rp_csv_detect_delimiter (const char *header);
GPtrArray *rp_csv_split            (const char *line,
                                    char        delimiter,
                                    gboolean   *ok);
gboolean   rp_number_read          (const char *text,
                                    RpDecimal   decimal,
                                    double     *value);
RpDecimal  rp_number_vote          (const char *text,
                                    double     *as_point,
                                    double     *as_comma,
                                    gboolean   *readable);
char      *rp_text_match_key       (const char *text);

G_END_DECLS
