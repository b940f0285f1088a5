/* bench-minimal-window.c — the baseline of build-aux/bench-large: a libadwaita window
 * with a header bar and a status page, timed from exec to its first painted frame the
 * same way bench-startup times Rapport.
 *   RAPPORT_BENCH_T0=$(date +%s%N) bench-minimal-window */
#include <adwaita.h>
#include <locale.h>

static void
first_frame_cb (GdkFrameClock *clock,
                GApplication  *app)
{
  gint64 t0 = g_ascii_strtoll (g_getenv ("RAPPORT_BENCH_T0"), NULL, 10);

  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, app);
  g_print ("first-frame %.1f\n", (g_get_real_time () * 1000.0 - (double) t0) / 1e6);
  g_application_quit (app);
}

static void
mapped_cb (GtkWidget    *widget,
           GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (first_frame_cb), app);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Hello");
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  g_signal_connect_after (window, "map", G_CALLBACK (mapped_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = NULL;

  setlocale (LC_ALL, "");
  app = adw_application_new ("io.github.rapport.BenchMinimal", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
