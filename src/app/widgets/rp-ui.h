/* rp-ui.h — small helpers every view uses; text from a workspace is never markup */
#pragma once

#include <adwaita.h>

#include "rp-scorecard.h"

#include "rp-record.h"
#include "rp-store.h"

G_BEGIN_DECLS

char      *rp_ui_plain             (const char        *text);
char      *rp_ui_strip_mnemonic    (const char        *label);
GtkWidget *rp_ui_row_new           (const char        *title,
                                    const char        *subtitle);
void       rp_ui_row_set_text      (AdwActionRow      *row,
                                    const char        *title,
                                    const char        *subtitle);
void       rp_ui_toast             (GtkWidget         *widget,
                                    const char        *text);
void       rp_ui_toast_undo        (GtkWidget         *widget,
                                    const char        *text,
                                    RpStore           *store,
                                    RpChangeSet       *undo);
void       rp_ui_show_error        (GtkWidget         *widget,
                                    const char        *heading,
                                    const GError      *error);
gboolean   rp_ui_delete_record     (GtkWidget         *widget,
                                    RpStore           *store,
                                    RpRecord          *record);
GtkWidget *rp_ui_badge_new         (const char        *text,
                                    const char        *css_class);
GtkWidget *rp_ui_empty_label       (const char        *text);
GtkWidget *rp_ui_icon_new          (const char        *icon_name);
GtkWidget *rp_ui_row_actions_new   (const char        *quoted,
                                    const char        *uuid,
                                    gboolean           ordered,
                                    gboolean           can_go_up,
                                    gboolean           can_go_down,
                                    GtkWidget        **out_down);
GdkRGBA    rp_ui_theme_color       (GtkWidget         *widget,
                                    const char        *name,
                                    GdkRGBA            fallback);
char      *rp_ui_theme_color_hex   (GtkWidget         *widget,
                                    const char        *name,
                                    GdkRGBA            fallback);
GtkWidget *rp_ui_calendar_button_new (GtkEditable     *target,
                                      const char      *field);
void       rp_ui_row_add_below     (AdwActionRow      *row,
                                    GtkWidget         *widget);
GtkWidget *rp_ui_icon_new_named    (const char        *icon_name,
                                    const char        *name);
void       rp_ui_clear_box         (GtkWidget         *box);
void       rp_ui_list_box_clear    (GtkListBox        *list);
char      *rp_ui_format_date       (const char        *iso_date);
char      *rp_ui_format_month      (const char        *period,
                                    gboolean           with_year);
char      *rp_ui_format_number     (double             value,
                                    int                decimals);
const char *rp_ui_standing_text    (const RpScorecard *card);
const char *rp_ui_standing_card_class (const RpScorecard *card);
const char *rp_ui_standing_class   (const char        *rule_action);
GtkWidget *rp_ui_boxed_list        (void);
GtkWidget *rp_ui_list_placeholder  (const char        *title,
                                    const char        *subtitle);
void       rp_ui_reorderable_row   (GtkWidget         *row,
                                    const char        *uuid,
                                    guint              index);

typedef struct {
  char *by;     /* trimmed; NULL when left empty */
  char *on;     /* YYYY-MM-DD, checked */
  char *notes;  /* NULL when left empty or not asked */
} RpUiDecision;

GtkWidget *rp_ui_decision_dialog_new (GtkWidget        *parent,
                                      const char       *heading,
                                      const char       *body,
                                      const char       *by_title,
                                      const char       *by_value,
                                      const char       *notes_title);
gboolean   rp_ui_undo_last           (GtkWidget        *widget);
void       rp_ui_undo_forget         (GtkWidget        *window);
void       rp_ui_decision_dialog_require (GtkWidget    *dialog,
                                          const char   *response,
                                          const char   *by_needed);
gboolean   rp_ui_decision_read       (AdwMessageDialog *dialog,
                                      RpUiDecision     *decision,
                                      GError          **error);
void       rp_ui_decision_clear      (RpUiDecision     *decision);
char      *rp_ui_kpi_owner           (RpRecord         *kpi,
                                      gpointer          store);

/* Rows a long boxed list builds at a time: every row of a boxed list is a widget */
#define RP_UI_PAGE_SIZE 50

GtkWidget  *rp_ui_list_search_new            (const char *label);
GtkWidget  *rp_ui_show_more_button_new       (void);
void        rp_ui_show_more_button_set_count (GtkWidget  *button,
                                              guint       not_shown);

G_END_DECLS
