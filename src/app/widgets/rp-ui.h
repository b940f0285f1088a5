/* rp-ui.h — small helpers every view uses; text from a workspace is never markup */
#pragma once

#include <adwaita.h>

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
void       rp_ui_clear_box         (GtkWidget         *box);
void       rp_ui_list_box_clear    (GtkListBox        *list);
char      *rp_ui_format_date       (const char        *iso_date);
char      *rp_ui_format_month      (const char        *period,
                                    gboolean           with_year);
char      *rp_ui_format_number     (double             value,
                                    int                decimals);
const char *rp_ui_standing_class   (const char        *rule_action);
GtkWidget *rp_ui_heading           (const char        *text);
GtkWidget *rp_ui_boxed_list        (void);
GtkWidget *rp_ui_list_placeholder  (const char        *title,
                                    const char        *subtitle);
GtkWidget *rp_ui_scrolled_page     (GtkWidget         *child,
                                    int                maximum_width);
GtkWidget *rp_ui_tab_page          (AdwViewStack      *stack,
                                    const char        *name,
                                    const char        *title,
                                    const char        *icon);

typedef struct {
  GtkWidget *back;    /* shown only when the page's list is folded away */
  GtkWidget *title;
  GtkWidget *badges;
  GtkWidget *titles;  /* the column holding title and badges, for more lines */
  GtkWidget *buttons;
} RpUiHeader;

GtkWidget *rp_ui_detail_header     (const char        *back_action,
                                    RpUiHeader        *parts);
GtkWidget *rp_ui_present_button    (const char        *action,
                                    const char        *tooltip);
GtkWidget *rp_ui_menu_button       (GMenuModel        *menu);
GtkWidget *rp_ui_status_page       (const char        *icon,
                                    const char        *title,
                                    const char        *description,
                                    const char        *button_label,
                                    const char        *action);
GtkWidget *rp_ui_intro_label       (const char        *text);
GtkWidget *rp_ui_tabbed_detail     (GtkWidget         *header,
                                    AdwViewStack     **stack);
GtkWidget *rp_ui_sidebar_button    (const char        *icon,
                                    const char        *label,
                                    const char        *action);
GtkWidget *rp_ui_sidebar_heading   (const char        *text);
GtkStack  *rp_ui_content_stack     (void);
AdwLeaflet *rp_ui_split_view       (GtkWidget         *sidebar,
                                    GtkWidget         *content,
                                    GtkWidget         *back_button);

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
gboolean   rp_ui_decision_read       (AdwMessageDialog *dialog,
                                      RpUiDecision     *decision,
                                      GError          **error);
void       rp_ui_decision_clear      (RpUiDecision     *decision);

G_END_DECLS
