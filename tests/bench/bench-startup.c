/* bench-startup.c — the app as main.c starts it, timed: exec to the first painted frame,
 * each area chosen to its first painted frame, and a write by rapport-cli to the frame
 * that shows it. Prints figures, asserts nothing. build-aux/bench-large runs it.
 *   RAPPORT_BENCH_T0=$(date +%s%N) bench-startup [--areas] [--cli-write CLI] --workspace PATH */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "rp-application.h"
#include "rp-philosophy.h"
#include "rp-record-model.h"
#include "rp-window.h"

static gboolean areas;
static char *cli_write;
static RpApplication *app;
static gint64 since;
static const char *phase;
static guint area_index;
static GtkWidget *window;
static RpRecordModel *watched;

static const char *const area_names[] = { "philosophy", "framework", "execution", "outsourcers", "journal", "overview" };
/* Tabs that read more than their area's list: what lives the philosophy and who acknowledged */
static const struct { const char *what; const char *kind; RpKindId id; } tabs[] = {
  { "tab-living", "philosophy", RP_KIND_PHILOSOPHY },
  { "tab-coverage", "framework", RP_KIND_FRAMEWORK },
  { "tab-plan", "strategy", RP_KIND_STRATEGY },
};
static guint tab_index;

static void next_step (void);

static void
give_up (void)
{
  g_print ("cli-write never-shown\n");
  g_application_quit (G_APPLICATION (app));
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
painted_cb (GdkFrameClock *clock,
            gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, painted_cb, user_data);
  g_print ("%s %.1f\n", phase, ms_since (since));
  g_timeout_add_once (400, (GSourceOnceFunc) next_step, NULL);
}

/* The next frame the window paints after now */
static void
time_next_frame (const char *what)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  phase = what;
  g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), NULL);
}

static void
written_cb (GListModel *model,
            guint       position,
            guint       removed,
            guint       added,
            gpointer    user_data)
{
  g_signal_handlers_disconnect_by_func (model, written_cb, user_data);
  gtk_widget_queue_draw (window);
  time_next_frame ("cli-write");
}

static void
next_step (void)
{
  if (areas && area_index < G_N_ELEMENTS (area_names))
    {
      g_autofree char *what = g_strdup_printf ("area-%s", area_names[area_index]);

      since = g_get_monotonic_time ();
      time_next_frame (g_intern_string (what));
      gtk_widget_activate_action (window, "win.show-page", "s", area_names[area_index++]);
      return;
    }
  if (areas && tab_index < G_N_ELEMENTS (tabs))
    {
      RpStore *store = rp_window_get_store (RP_WINDOW (window));
      const char *kind = tabs[tab_index].kind;
      g_autoptr(RpRecord) subject = NULL;

      if (g_str_equal (kind, "philosophy"))
        subject = rp_philosophy_get_adopted (store);
      else
        {
          /* The sample's own framework and strategy, the ones acknowledged */
          g_autoptr(GListModel) all = rp_store_list (store, tabs[tab_index].id, RP_FIELD_NONE, NULL);

          for (guint i = 0; i < g_list_model_get_n_items (all) && subject == NULL; i++)
            {
              g_autoptr(RpRecord) record = g_list_model_get_item (all, i);
              g_autofree char *title = rp_record_dup_title (record);

              if (!g_str_has_prefix (title, "Framework "))
                subject = g_steal_pointer (&record);
            }
        }
      since = g_get_monotonic_time ();
      time_next_frame (tabs[tab_index++].what);
      gtk_widget_activate_action (window, "win.open-record-on", "(sss)", kind, rp_record_get_uuid (subject),
                                  tabs[tab_index - 1].what + strlen ("tab-"));
      return;
    }
  if (cli_write != NULL)
    {
      RpStore *store = rp_window_get_store (RP_WINDOW (window));
      const char *path = rp_store_get_path (store);
      g_autofree char *bundle = g_build_filename (g_get_tmp_dir (), "rapport-bench-objective.rapport", NULL);
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *text = g_strdup_printf ("{\"format\": \"rapport-bundle\", \"version\": 1, "
                                               "\"exported_at\": \"2026-01-01T00:00:00.000Z\", \"exported_by\": \"Bench\", "
                                               "\"generator\": \"bench\", \"title\": \"One objective\", "
                                               "\"objectives\": [{\"uuid\": \"%s\", \"created_at\": \"2026-01-01T00:00:00.000Z\", "
                                               "\"updated_at\": \"2026-01-01T00:00:00.000Z\", \"title\": \"Written by the CLI\", "
                                               "\"description\": null, \"position\": 99}]}", uuid);
      g_autofree char *cli = g_steal_pointer (&cli_write);
      const char *argv[] = { cli, "--workspace", path, "import", bundle, NULL };
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_file_set_contents (bundle, text, -1, NULL);
      watched = rp_record_model_get (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
      g_signal_connect (watched, "items-changed", G_CALLBACK (written_cb), NULL);
      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error))
        g_printerr ("bench-startup: %s\n", error->message);
      since = g_get_monotonic_time ();
      g_unlink (bundle);
      /* A write never shown is a figure too */
      g_timeout_add_once (20000, (GSourceOnceFunc) give_up, NULL);
      return;
    }
  g_clear_object (&watched);
  g_application_quit (G_APPLICATION (app));
}

static void
first_frame_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 t0 = g_ascii_strtoll (g_getenv ("RAPPORT_BENCH_T0"), NULL, 10);

  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, user_data);
  g_print ("first-frame %.1f\n", (g_get_real_time () * 1000.0 - (double) t0) / 1e6);
  if (!areas && cli_write == NULL)
    g_application_quit (G_APPLICATION (app));
  else
    g_timeout_add_once (1000, (GSourceOnceFunc) next_step, NULL);
}

static void
mapped_cb (GtkWidget *widget,
           gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (first_frame_cb), NULL);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *added,
                 gpointer        user_data)
{
  if (window != NULL)
    return;
  window = GTK_WIDGET (added);
  g_signal_connect_after (added, "map", G_CALLBACK (mapped_cb), NULL);
}

int
main (int    argc,
      char **argv)
{
  int status;

  /* As main.c */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (!gtk_init_check ())
    return 1;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--areas"))
      {
        areas = TRUE;
        memmove (&argv[i], &argv[i + 1], (argc - i) * sizeof (char *));
        argc--, i--;
      }
    else if (g_str_equal (argv[i], "--cli-write") && i + 1 < argc)
      {
        cli_write = g_strdup (argv[i + 1]);
        memmove (&argv[i], &argv[i + 2], (argc - i - 1) * sizeof (char *));
        argc -= 2, i--;
      }

  g_set_application_name (_("Rapport"));
  app = rp_application_new (G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  status = g_application_run (G_APPLICATION (app), argc, argv);
  g_object_unref (app);
  return status;
}
