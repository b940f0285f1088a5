/* bench-journal-view.c — how long the Journal view takes to show its first rows on a big
 * workspace, and to show a search's; prints figures, asserts nothing.
 *   bench-journal-view WORKSPACE [SEARCH] */
#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "rp-journal-page.h"
#include "rp-view.h"

static gboolean painted;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}

/* Runs the main loop until the window has drawn a frame after @since. */
static double
until_painted (GtkWidget *window,
               gint64     since)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gulong id;

  painted = FALSE;
  gtk_widget_queue_draw (window);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  return (g_get_monotonic_time () - since) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(RpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  RpJournalPage *page;
  const char *search = argc > 2 ? argv[2] : "weekend";
  gint64 start;
  double first, searched;

  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("use: bench-journal-view WORKSPACE [SEARCH]\n");
      return 2;
    }
  g_autoptr(RpJournalModel) model = NULL;
  guint n_shown = 0;

  gtk_init ();
  adw_init ();
  store = rp_store_open (argv[1], RP_STORE_OPEN_NO_DAILY_BACKUP, &error);
  if (store == NULL)
    {
      g_printerr ("bench-journal-view: %s\n", error->message);
      return 1;
    }
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  page = rp_journal_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  until_painted (window, g_get_monotonic_time ());

  start = g_get_monotonic_time ();
  rp_view_set_store (RP_VIEW (page), store);
  first = until_painted (window, start);
  g_object_get (page, "n-shown", &n_shown, "model", &model, NULL);
  g_print ("Journal view, first rows shown:  %7.1f ms  (%u entries; %u pages of 200 read)\n", first,
           n_shown, rp_journal_model_get_pages_read (model));

  start = g_get_monotonic_time ();
  g_object_set (page, "search", search, NULL);
  searched = until_painted (window, start);
  g_object_get (page, "n-shown", &n_shown, NULL);
  g_print ("Journal view, search “%s” shown: %7.1f ms  (%u entries match; %u pages read)\n", search, searched,
           n_shown, rp_journal_model_get_pages_read (model));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
