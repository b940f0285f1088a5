/* test-ui.c — the window and the workspace under Xvfb: welcome, opening, the profile,
 * importing and exporting, driven through their actions */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "rp-test-ui.h"
#include "rp-test-utils.h"
#include "rp-overview-page.h"
#include "rp-profile-dialog.h"
#include "rp-record-editor.h"
#include "rp-sample.h"
#include "rp-welcome-page.h"
#include "rp-export-dialog.h"
#include "rp-import-dialog.h"
#include "rp-philosophy.h"
#include "rp-util.h"
#include "rp-record-list.h"

static void
test_welcome_creates_workspace (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "fresh.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  GtkWidget *welcome, *company, *industry;
  g_autoptr(RpRecord) profile = NULL;

  g_assert_cmpstr (rp_window_get_state (window), ==, "welcome");
  welcome = rp_test_ui_find (GTK_WIDGET (window), RP_TYPE_WELCOME_PAGE, NULL);
  company = rp_test_ui_find (welcome, ADW_TYPE_ENTRY_ROW, "Company name");
  industry = rp_test_ui_find (welcome, ADW_TYPE_ENTRY_ROW, "Industry");
  g_assert_nonnull (company);
  g_assert_nonnull (industry);
  rp_test_ui_save_png (GTK_WIDGET (window), "welcome");

  /* Nothing to create without a name */
  g_assert_false (gtk_widget_activate_action (welcome, "welcome.create", NULL) &&
                  rp_store_get_profile (rp_window_get_store (window)) != NULL);

  gtk_editable_set_text (GTK_EDITABLE (company), "Kowloon Cable & Wireless");
  gtk_editable_set_text (GTK_EDITABLE (industry), "Telecommunications");
  g_assert_true (gtk_widget_activate_action (welcome, "welcome.create", NULL));
  rp_test_ui_process ();

  g_assert_cmpstr (rp_window_get_state (window), ==, "workspace");
  profile = rp_store_get_profile (rp_window_get_store (window));
  g_assert_nonnull (profile);
  g_assert_cmpstr (rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME), ==, "Kowloon Cable & Wireless");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kowloon Cable & Wireless — Rapport");
  rp_test_ui_close (window);
}

static void
test_sample_and_pages (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "sample.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  GtkWidget *welcome = rp_test_ui_find (GTK_WIDGET (window), RP_TYPE_WELCOME_PAGE, NULL);
  const char *pages[] = { "overview", "philosophy", "framework", "execution", "outsourcers", "journal" };
  RpOverviewPage *overview;
  g_autofree char *attention = NULL;

  g_assert_true (gtk_widget_activate_action (welcome, "welcome.open-sample", NULL));
  rp_test_ui_wait (100);
  g_assert_cmpstr (rp_window_get_state (window), ==, "workspace");
  g_assert_cmpuint (rp_store_count (rp_window_get_store (window), RP_KIND_OUTSOURCER), ==, 5);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]));
      rp_test_ui_process ();
      g_assert_cmpstr (rp_window_get_visible_page (window), ==, pages[i]);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview"));
  rp_test_ui_wait (50);
  overview = RP_OVERVIEW_PAGE (rp_window_get_view (window, "overview"));
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (overview), "Harbourline Fibre"));
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (overview), ADW_TYPE_ACTION_ROW, "Customers first, for the long run"));
  /* Each count card shows the store's count */
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (overview), "Outsourcers"));
  rp_test_ui_save_png (GTK_WIDGET (window), "overview");
  attention = rp_test_ui_attention (window);
  g_test_message ("attention: %s", attention);
  rp_test_ui_close (window);
}

/* Counts the frames painted while the window says it is updating */
static void
painted_while_updating_cb (GdkFrameClock *clock,
                           guint         *frames)
{
  GtkWidget *window = g_object_get_data (G_OBJECT (clock), "rp-window");

  if (g_strcmp0 (rp_window_get_state (RP_WINDOW (window)), "updating") == 0)
    (*frames)++;
}

/* A workspace of an older version is brought up to date off the main thread: the window
 * says so and goes on painting meanwhile, a backup of it as it was is made first, and then
 * it opens as usual. 300,000 figures make the update last long enough to be seen. */
static void
test_updates_older_workspace (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "harbourline.rapport-db");
  g_autofree char *scratch = rp_test_dir_path (dir, "scratch.rapport-db");
  g_autofree char *backups = NULL;
  g_autoptr(RpStore) registers = rp_store_open (scratch, RP_STORE_OPEN_CREATE | RP_STORE_OPEN_NO_DAILY_BACKUP, NULL);
  g_autoptr(GDir) folder = NULL;
  const char *name;
  guint before_update = 0, frames = 0;
  GdkFrameClock *clock;
  RpWindow *window;
  sqlite3 *db = NULL;

  rp_test_write_version4 (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "BEGIN; "
                                 "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 1000) "
                                 "INSERT INTO kpi (uuid, created_at, updated_at, outsourcer, name) "
                                 "SELECT printf('0b0e0c1a-%04x-4000-8100-000000000000', i), '2025-01-01T00:00:00.000Z', "
                                 "'2025-01-01T00:00:00.000Z', '0b0e0c1a-0000-4000-8000-000000000001', 'KPI ' || i FROM k; "
                                 "WITH RECURSIVE m(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM m WHERE j < 299) "
                                 "INSERT INTO figure (uuid, created_at, updated_at, kpi, period, value) "
                                 "SELECT printf('%08x-%04x-4000-a000-000000000000', kpi.rowid, j), '2025-01-01T00:00:00.000Z', "
                                 "'2025-01-01T00:00:00.000Z', kpi.uuid, strftime('%Y-%m', date('2000-01-01', '+' || j || ' months')), j "
                                 "FROM kpi, m WHERE kpi.name LIKE 'KPI %'; "
                                 "COMMIT",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (rp_store_needs_update (path));
  g_assert_false (rp_store_needs_update (scratch));

  window = rp_window_new (rp_test_ui_app ());
  g_assert_true (rp_window_open_workspace (window, path, FALSE));
  /* Nothing of it was done on the main thread yet */
  g_assert_cmpstr (rp_window_get_state (window), ==, "updating");
  g_assert_null (rp_window_get_store (window));
  /* Opening it again finds this window */
  g_assert_true (g_str_has_suffix (rp_window_get_workspace_path (window), "harbourline.rapport-db"));
  {
    GtkWidget *status = rp_test_ui_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, "Updating the Workspace");

    g_assert_nonnull (status);
    g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), "\u2068harbourline.rapport-db\u2069"));
  }
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_object_set_data (G_OBJECT (clock), "rp-window", window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (painted_while_updating_cb), &frames);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  if (g_str_equal (rp_window_get_state (window), "updating"))
    rp_test_ui_save_png (GTK_WIDGET (window), "updating");
  for (guint i = 0; i < 1500 && rp_window_get_store (window) == NULL; i++)
    rp_test_ui_wait (20);
  g_signal_handlers_disconnect_by_func (clock, painted_while_updating_cb, &frames);
  /* The window was painted while the update ran, as it would not be were it on the main thread */
  g_assert_cmpuint (frames, >, 0);
  g_assert_nonnull (rp_window_get_store (window));
  g_assert_cmpint (rp_store_get_schema_version (rp_window_get_store (window)), ==, RP_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (rp_window_get_state (window), ==, "workspace");
  g_assert_cmpuint (rp_store_count (rp_window_get_store (window), RP_KIND_FIGURE), ==, 300001);
  g_assert_false (rp_store_needs_update (path));
  backups = rp_store_backup_dir (path);
  folder = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    before_update += strstr (name, "before-update") != NULL;
  g_assert_cmpuint (before_update, ==, 1);
  rp_test_ui_close (window);
}

static void
test_open_refused_file (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "minutes.txt");
  RpWindow *window;
  GtkWidget *status;

  g_assert_true (g_file_set_contents (path, "<b>Board</b> minutes & notes", -1, NULL));
  window = rp_test_ui_window (path, FALSE);
  g_assert_cmpstr (rp_window_get_state (window), ==, "error");
  g_assert_null (rp_window_get_store (window));
  status = rp_test_ui_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL);
  while (status != NULL && !gtk_widget_get_mapped (status))
    status = NULL;
  rp_test_ui_save_png (GTK_WIDGET (window), "error");
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    g_assert_cmpstr (text, ==, "<b>Board</b> minutes & notes");
  }
  rp_test_ui_close (window);

  /* An empty file is refused as rapport-cli refuses it, even where a missing one is created. */
  {
    g_autofree char *empty = rp_test_dir_path (dir, "empty.rapport-db");
    GStatBuf st;

    g_assert_true (g_file_set_contents (empty, "", 0, NULL));
    window = rp_test_ui_window (empty, TRUE);
    g_assert_cmpstr (rp_window_get_state (window), ==, "error");
    g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (window), "“empty.rapport-db” is an empty file, not a Rapport workspace."));
    g_assert_cmpint (g_stat (empty, &st), ==, 0);
    g_assert_cmpint (st.st_size, ==, 0);
    rp_test_ui_close (window);
  }
}

static void
test_profile_and_editor (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "profile.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpStore *store = rp_window_get_store (window);
  GtkWindow *dialog;
  RpRecordEditor *editor;
  GtkWidget *title;
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(RpRecord) first = NULL;

  g_assert_true (rp_sample_fill (store, NULL));
  rp_test_ui_process ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-profile", NULL));
  rp_test_ui_process ();
  dialog = rp_test_ui_find_window (RP_TYPE_PROFILE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_nonnull (rp_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Keep yearly churn below 8%"));
  rp_test_ui_save_png (GTK_WIDGET (dialog), "profile");

  /* Edit the first objective through the generic editor */
  objectives = rp_store_list (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  first = g_list_model_get_item (objectives, 0);
  editor = rp_record_editor_new (GTK_WIDGET (dialog), store, first, FALSE);
  rp_record_editor_present (editor);
  title = rp_record_editor_get_field_widget (editor, "title");
  g_assert_true (ADW_IS_ENTRY_ROW (title));
  gtk_editable_set_text (GTK_EDITABLE (title), "");
  g_assert_false (rp_record_editor_save (editor));  /* refused: required */
  gtk_editable_set_text (GTK_EDITABLE (title), "Grow the subscriber base by 20% a year");
  g_assert_true (rp_record_editor_save (editor));
  {
    g_autoptr(RpRecord) saved = rp_store_get (store, RP_KIND_OBJECTIVE, rp_record_get_uuid (first));

    g_assert_cmpstr (rp_record_get_string (saved, RP_OBJECTIVE_TITLE), ==, "Grow the subscriber base by 20% a year");
  }
  gtk_window_destroy (dialog);
  rp_test_ui_close (window);
}

static void
test_markup_is_never_parsed (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "markup.rapport-db");
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpStore *store = rp_window_get_store (window);
  g_autoptr(RpRecord) profile = rp_record_new_for (RP_KIND_PROFILE, NULL);
  g_autoptr(RpRecord) objective = rp_record_new_for (RP_KIND_OBJECTIVE, NULL);
  GtkWidget *row;

  rp_record_set_string (profile, RP_PROFILE_COMPANY_NAME, "<span size='xx-large'>Big</span> & Co");
  rp_record_set_string (objective, RP_OBJECTIVE_TITLE, "<a href='https://evil.example'>Click</a> & win");
  g_assert_true (rp_store_save (store, profile, NULL));
  g_assert_true (rp_store_save (store, objective, NULL));
  rp_test_ui_wait (50);
  row = rp_test_ui_find (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, "<a href='https://evil.example'>Click</a> & win");
  g_assert_nonnull (row);
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_nonnull (rp_test_ui_find_label (GTK_WIDGET (window), "<span size='xx-large'>Big</span> & Co"));
  rp_test_ui_close (window);
}

/* A head office sends an update; the reader changed something meanwhile. */
static void
test_import_preview (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *office_path = rp_test_dir_path (dir, "office.rapport-db");
  g_autofree char *branch_path = rp_test_dir_path (dir, "branch.rapport-db");
  g_autofree char *first = rp_test_dir_path (dir, "first.rapport");
  g_autofree char *update = rp_test_dir_path (dir, "update.rapport");
  g_autoptr(RpStore) office = rp_store_open (office_path, RP_STORE_OPEN_CREATE, NULL);
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  g_autoptr(GFile) update_file = g_file_new_for_path (update);
  RpExportOptions options = { .what = RP_EXPORT_ALL };
  RpWindow *window;
  RpStore *branch;
  RpImportDialog *dialog;
  RpBundlePreview *preview;
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(GListModel) principles = NULL;
  g_autoptr(RpRecord) p0 = NULL;
  g_autoptr(RpRecord) p2 = NULL;
  g_autoptr(RpRecord) added = NULL;
  guint before;

  g_assert_true (rp_sample_fill (office, NULL));
  g_assert_true (rp_bundle_export_file (office, &options, first_file, NULL, NULL, NULL));

  window = rp_test_ui_window (branch_path, TRUE);
  branch = rp_window_get_store (window);
  rp_window_import_bundle (window, first_file);
  dialog = RP_IMPORT_DIALOG (rp_test_ui_wait_for_window (RP_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (dialog);
  preview = rp_import_dialog_get_preview (dialog);
  g_assert_cmpuint (rp_bundle_preview_count (preview, rp_kind_get (RP_KIND_PRINCIPLE), RP_ITEM_NEW), ==, 11);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  /* The import runs in a thread; the dialog closes when it is done. */
  g_assert_true (rp_test_ui_wait_until_closed (RP_TYPE_IMPORT_DIALOG));
  g_assert_cmpstr (rp_window_get_state (window), ==, "workspace");
  g_assert_cmpuint (rp_store_count (branch, RP_KIND_PRINCIPLE), ==, 11);

  /* The office changes a principle and adds one; the branch changes another. */
  adopted = rp_philosophy_get_adopted (office);
  principles = rp_store_list (office, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted));
  p0 = g_list_model_get_item (principles, 0);
  rp_record_set_string (p0, RP_PRINCIPLE_RATIONALE, "Half of early cancellations follow a surprise on the first bill.");
  g_assert_true (rp_store_save (office, p0, NULL));
  added = rp_record_new_for (RP_KIND_PRINCIPLE, adopted);
  rp_record_set_string (added, RP_PRINCIPLE_STATEMENT, "Front-line staff may refund up to HK$500 without asking.");
  g_assert_true (rp_store_save (office, added, NULL));
  {
    g_autoptr(RpRecord) changed = g_list_model_get_item (principles, 2);

    /* The office edits it first… */
    rp_record_set_string (changed, RP_PRINCIPLE_RATIONALE, "Complaints show us what surveys miss.");
    g_assert_true (rp_store_save (office, changed, NULL));
    g_usleep (5000);
    /* …and the branch edits it later: the branch's copy is newer, a conflict. */
    p2 = rp_store_get (branch, RP_KIND_PRINCIPLE, rp_record_get_uuid (changed));
    rp_record_set_string (p2, RP_PRINCIPLE_STATEMENT, "Every complaint is recorded the same day and answered within two days.");
    g_assert_true (rp_store_save (branch, p2, NULL));
  }
  options.title = g_strdup ("Quarterly update from head office");
  options.note = g_strdup ("The board sharpened two principles. Please import before the staff briefing on Friday.");
  g_assert_true (rp_bundle_export_file (office, &options, update_file, NULL, NULL, NULL));
  rp_export_options_clear (&options);

  rp_window_import_bundle (window, update_file);
  dialog = RP_IMPORT_DIALOG (rp_test_ui_wait_for_window (RP_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (dialog);
  preview = rp_import_dialog_get_preview (dialog);
  g_assert_cmpuint (rp_bundle_preview_count (preview, NULL, RP_ITEM_NEW), >=, 1);
  g_assert_cmpuint (rp_bundle_preview_count (preview, NULL, RP_ITEM_UPDATED), >=, 1);
  g_assert_cmpuint (rp_bundle_preview_count (preview, NULL, RP_ITEM_CONFLICT), ==, 1);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 760, 900);
  rp_test_ui_save_png (GTK_WIDGET (dialog), "import-preview");

  /* The default keeps the branch's newer copy. */
  before = rp_store_count (branch, RP_KIND_PRINCIPLE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  g_assert_true (rp_test_ui_wait_until_closed (RP_TYPE_IMPORT_DIALOG));
  g_assert_cmpuint (rp_store_count (branch, RP_KIND_PRINCIPLE), ==, before + 1);
  {
    g_autoptr(RpRecord) kept = rp_store_get (branch, RP_KIND_PRINCIPLE, rp_record_get_uuid (p2));

    g_assert_cmpstr (rp_record_get_string (kept, RP_PRINCIPLE_STATEMENT), ==,
                     "Every complaint is recorded the same day and answered within two days.");
  }
  rp_test_ui_close (window);
}

/* A sender's name with a right-to-left override cannot reorder the preview's line: the
 * override is dropped and the name isolated, so the date and the generator read as sent. */
static void
test_import_isolates_sender (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  g_autofree char *bundle_path = rp_test_dir_path (dir, "spoof.rapport");
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "bundles", "good.rapport", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) spoof = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (bundle_path);
  RpWindow *window = rp_test_ui_window (path, TRUE);
  GtkWindow *dialog;
  g_autofree char *date = rp_date_format_local ("2026-11-20");
  g_autofree char *expected = g_strdup_printf ("Exported by \u2068Ada 6202-11-02 no Wong\u2069 on \u2068%s\u2069 with \u2068Rapport 0.1.0\u2069", date);

  g_assert_true (g_file_get_contents (good, &text, NULL, NULL));
  spoof = g_string_new (text);
  g_string_replace (spoof, "\"exported_by\": \"Ada Wong\"", "\"exported_by\": \"Ada \u202E6202-11-02 no Wong\"", 1);
  g_assert_true (g_file_set_contents (bundle_path, spoof->str, spoof->len, NULL));
  rp_window_import_bundle (window, file);
  dialog = rp_test_ui_wait_for_window (RP_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  if (rp_test_ui_find_label (GTK_WIDGET (dialog), expected) == NULL)
    g_error ("no label “%s” in the preview", expected);
  rp_test_ui_close_window (dialog);
  rp_test_ui_close (window);
}

/* A backup open in the window says so, and Restore This Backup… puts it back in place of its
 * workspace after asking; the window then shows the workspace, restored. */
static void
test_restore_backup (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  g_autofree char *backup = NULL;
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpStore *store = rp_window_get_store (window);
  GtkWindow *dialog;
  GtkWidget *button;
  guint figures;

  g_assert_true (rp_sample_fill (store, NULL));
  rp_test_ui_process ();
  figures = rp_store_count (store, RP_KIND_FIGURE);
  g_assert_cmpuint (figures, >, 0);
  g_assert_true (rp_store_backup (store, "manual", &backup, NULL));
  {
    g_autoptr(GListModel) all = rp_store_list (store, RP_KIND_FIGURE, RP_FIELD_NONE, NULL);
    g_autoptr(RpRecord) figure = g_list_model_get_item (all, 0);

    g_assert_true (rp_store_delete (store, figure, NULL, NULL));
  }
  button = rp_test_ui_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Restore This Backup…");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_mapped (button));

  g_assert_true (rp_window_open_workspace (window, backup, FALSE));
  rp_test_ui_wait (400);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  dialog = rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  rp_test_ui_save_png (GTK_WIDGET (window), "restore-backup");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  for (guint i = 0; i < 500 && g_strcmp0 (rp_window_get_workspace_path (window), path) != 0; i++)
    rp_test_ui_wait (20);
  g_assert_cmpstr (rp_window_get_workspace_path (window), ==, path);
  g_assert_cmpuint (rp_store_count (rp_window_get_store (window), RP_KIND_FIGURE), ==, figures);
  rp_test_ui_wait (400);
  g_assert_false (gtk_widget_get_mapped (button));
  rp_test_ui_close (window);
}

static void
test_export_dialog (void)
{
  g_autoptr(RpTestDir) dir = rp_test_dir_new ();
  g_autofree char *path = rp_test_dir_path (dir, "w.rapport-db");
  g_autofree char *out = rp_test_dir_path (dir, "philosophy.rapport");
  g_autoptr(GFile) file = g_file_new_for_path (out);
  RpWindow *window = rp_test_ui_window (path, TRUE);
  RpStore *store = rp_window_get_store (window);
  g_autoptr(RpRecord) adopted = NULL;
  RpExportDialog *dialog;
  GObject *weak;

  g_assert_true (rp_sample_fill (store, NULL));
  rp_test_ui_process ();
  adopted = rp_philosophy_get_adopted (store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-bundle", NULL));
  dialog = RP_EXPORT_DIALOG (rp_test_ui_wait_for_window (RP_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  rp_export_dialog_select (dialog, RP_EXPORT_PHILOSOPHY, rp_record_get_uuid (adopted));
  rp_test_ui_save_png (GTK_WIDGET (dialog), "export");
  weak = G_OBJECT (dialog);
  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  rp_export_dialog_export_to (dialog, file);
  for (guint i = 0; i < 200 && weak != NULL; i++)
    rp_test_ui_wait (20);
  g_assert_null (weak);
  {
    g_autoptr(RpBundle) bundle = rp_bundle_load_file (file, NULL, NULL);

    g_assert_nonnull (bundle);
    g_assert_cmpuint (rp_bundle_count_kind (bundle, rp_kind_get (RP_KIND_PHILOSOPHY)), ==, 1);
    g_assert_cmpuint (rp_bundle_count_kind (bundle, rp_kind_get (RP_KIND_PRINCIPLE)), ==, 6);
  }
  rp_test_ui_close (window);
}

int
main (int    argc,
      char **argv)
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;

  g_test_add_func ("/ui/welcome-creates-workspace", test_welcome_creates_workspace);
  g_test_add_func ("/ui/sample-and-pages", test_sample_and_pages);
  g_test_add_func ("/ui/open-refused-file", test_open_refused_file);
  g_test_add_func ("/ui/updates-older-workspace", test_updates_older_workspace);
  g_test_add_func ("/ui/profile-and-editor", test_profile_and_editor);
  g_test_add_func ("/ui/markup-is-never-parsed", test_markup_is_never_parsed);
  g_test_add_func ("/ui/import-preview", test_import_preview);
  g_test_add_func ("/ui/import-isolates-sender", test_import_isolates_sender);
  g_test_add_func ("/ui/restore-backup", test_restore_backup);
  g_test_add_func ("/ui/export-dialog", test_export_dialog);

  return g_test_run ();
}
