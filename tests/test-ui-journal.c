/* test-ui-journal.c — the Journal under Xvfb, one behaviour a test: what it lists, how it
 * reads a long journal, its filters, notes, and what it does out of sight */
#include "config.h"

#include <string.h>

#include "rp-journal.h"
#include "rp-journal-page.h"
#include "rp-test-ui.h"
#include "rp-test-utils.h"

static RpJournalPage *
page_of (RpUiFixture *f)
{
  rp_test_ui_wait (20);
  return RP_JOURNAL_PAGE (rp_ui_fixture_page (f, "journal"));
}

static guint
n_shown (RpUiFixture *f)
{
  guint n = 0;

  g_object_get (page_of (f), "n-shown", &n, NULL);
  return n;
}

static void
test_lists_every_entry (RpUiFixture   *f,
                        gconstpointer  data)
{
  g_assert_cmpuint (n_shown (f), ==, rp_store_count (f->store, RP_KIND_JOURNAL_ENTRY));
  g_assert_cmpuint (n_shown (f), >, 0);
  rp_test_ui_save_png (GTK_WIDGET (f->window), "journal");
}

/* A journal of some years: thousands of check-back notes, and the view reads only the
 * pages in sight, not the thirty of the whole journal */
static void
test_reads_pages_in_sight (RpUiFixture   *f,
                           gconstpointer  data)
{
  g_autoptr(RpJournalModel) model = NULL;

  g_assert_true (rp_store_begin (f->store, NULL));
  for (guint i = 0; i < 6000; i++)
    {
      g_autofree char *text = g_strdup_printf ("Routine check %u: queue within target.", i);

      g_assert_true (rp_journal_add_note (f->store, NULL, NULL, text, NULL));
    }
  g_assert_true (rp_store_commit (f->store, NULL));
  rp_test_ui_wait (100);
  g_assert_cmpuint (n_shown (f), ==, rp_store_count (f->store, RP_KIND_JOURNAL_ENTRY));
  g_assert_cmpuint (n_shown (f), >, 6000);
  g_object_get (page_of (f), "model", &model, NULL);
  g_assert_cmpuint (rp_journal_model_get_pages_read (model), <=, 3);
}

static void
test_search_and_filters (RpUiFixture   *f,
                         gconstpointer  data)
{
  RpJournalPage *page = page_of (f);
  guint all = n_shown (f);
  g_autofree char *status = NULL;

  /* Every word must appear; the last may be the start of one */
  g_object_set (page, "search", "weekend shif", NULL);
  g_assert_cmpuint (n_shown (f), >=, 1);
  g_assert_cmpuint (n_shown (f), <, all);
  g_object_set (page, "search", NULL, "kind-filter", "strategy", NULL);
  g_assert_cmpuint (n_shown (f), ==, rp_store_count (f->store, RP_KIND_STRATEGY));
  /* A date that is not one is pointed out, and the list stays as it was */
  g_object_set (page, "since", "yesterday", NULL);
  g_assert_cmpuint (n_shown (f), ==, rp_store_count (f->store, RP_KIND_STRATEGY));
  g_object_get (page, "status", &status, NULL);
  g_assert_nonnull (strstr (status, "yesterday"));
  g_object_set (page, "kind-filter", NULL, "since", "2000-01-01", "until", "2000-12-31", NULL);
  g_assert_cmpuint (n_shown (f), ==, 0);
}

static void
test_note_added (RpUiFixture   *f,
                 gconstpointer  data)
{
  RpJournalPage *page = page_of (f);
  guint all = n_shown (f);
  AdwMessageDialog *dialog;
  GtkTextBuffer *buffer;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.add-note", NULL));
  dialog = ADW_MESSAGE_DIALOG (rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  buffer = g_object_get_data (G_OBJECT (dialog), "rp-text");
  gtk_text_buffer_set_text (buffer, "Checked the weekend queue with Raj: 14 faults waited for Monday.", -1);
  rp_test_ui_wait (50);
  rp_test_ui_save_png (GTK_WIDGET (dialog), "journal-note-dialog");
  adw_message_dialog_response (dialog, "add");
  rp_test_ui_close_window (GTK_WINDOW (dialog));
  rp_test_ui_wait (50);
  /* A check-back note is an entry like any other */
  g_assert_cmpuint (n_shown (f), ==, all + 1);
  g_object_set (page, "search", "weekend queue", NULL);
  g_assert_cmpuint (n_shown (f), ==, 1);
}

/* Out of sight, the journal does not read itself again on every write; shown again, it is current */
static void
test_out_of_sight_waits (RpUiFixture   *f,
                         gconstpointer  data)
{
  RpJournalPage *page = page_of (f);
  guint all = n_shown (f);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "overview"));
  for (guint i = 0; i < 100 && gtk_widget_get_mapped (GTK_WIDGET (page)); i++)
    rp_test_ui_wait (20);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (rp_journal_add_note (f->store, NULL, NULL, "Written while the journal was hidden.", NULL));
  rp_test_ui_wait (50);
  g_assert_cmpuint (n_shown (f), ==, all);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "journal"));
  rp_test_ui_wait (50);
  g_assert_cmpuint (n_shown (f), ==, all + 1);
}

int
main (int    argc,
      char **argv)
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;

#define ADD(path, func) \
  g_test_add (path, RpUiFixture, "journal", rp_ui_fixture_sample, func, rp_ui_fixture_tear_down)
  ADD ("/ui/journal/lists-every-entry", test_lists_every_entry);
  ADD ("/ui/journal/reads-pages-in-sight", test_reads_pages_in_sight);
  ADD ("/ui/journal/search-and-filters", test_search_and_filters);
  ADD ("/ui/journal/note-added", test_note_added);
  ADD ("/ui/journal/out-of-sight-waits", test_out_of_sight_waits);
#undef ADD

  return g_test_run ();
}
