/* rp-test-ui.h — driving the real window in the UI tests */
#pragma once

#include <adwaita.h>

#include "rp-application.h"
#include "rp-record-editor.h"
#include "rp-record-list.h"
#include "rp-window.h"

G_BEGIN_DECLS

gboolean       rp_test_ui_setup        (int        *argc,
                                        char     ***argv);
RpApplication *rp_test_ui_app          (void);
RpWindow      *rp_test_ui_window       (const char *path,
                                        gboolean    create);
void           rp_test_ui_process      (void);
void           rp_test_ui_wait         (guint       milliseconds);
GtkWidget     *rp_test_ui_find         (GtkWidget  *root,
                                        GType       type,
                                        const char *title);
GtkWidget     *rp_test_ui_find_label   (GtkWidget  *root,
                                        const char *text);
void           rp_test_ui_save_png     (GtkWidget  *widget,
                                        const char *name);
void           rp_test_ui_close        (RpWindow   *window);
GtkWindow     *rp_test_ui_find_window  (GType       type);
GtkWindow     *rp_test_ui_wait_for_window (GType    type);
gboolean       rp_test_ui_wait_until_closed (GType  type);
RpRecordEditor *rp_test_ui_wait_for_editor (void);
RpRecordList  *rp_test_ui_find_list    (GtkWidget  *root,
                                        const char *title);

char          *rp_test_ui_attention    (RpWindow   *window);
GtkWidget     *rp_test_ui_find_accessible (GtkWidget  *root,
                                        const char *label);
char          *rp_test_ui_unnamed      (GtkWidget  *root,
                                        guint      *n_checked);

/* One behaviour a test: a window on a fresh workspace, the sample in it or not, showing
 * the page named by the test's data; torn down with the window finalized. */
typedef struct {
  gpointer  dir;      /* RpTestDir */
  char     *path;
  RpWindow *window;
  RpStore  *store;
} RpUiFixture;

void           rp_ui_fixture_sample    (RpUiFixture   *fixture,
                                        gconstpointer  page);
void           rp_ui_fixture_empty     (RpUiFixture   *fixture,
                                        gconstpointer  page);
void           rp_ui_fixture_tear_down (RpUiFixture   *fixture,
                                        gconstpointer  page);
GtkWidget     *rp_ui_fixture_page      (RpUiFixture   *fixture,
                                        const char    *page);
void           rp_test_ui_close_window (GtkWindow     *window);

G_END_DECLS
