/* main.c — rapport, the app */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "rp-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(RpApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* RAPPORT_LOCALEDIR: the build's translations, for running without installing */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RAPPORT_LOCALEDIR") ? g_getenv ("RAPPORT_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Say plainly why nothing will appear, rather than GTK's longer complaint. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL &&
      g_strcmp0 (g_getenv ("GDK_BACKEND"), "broadway") != 0)
    {
      fprintf (stderr, "%s\n", _("rapport: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); use rapport-cli to work without one"));
      return 1;
    }
  if (!gtk_init_check ())
    {
      fprintf (stderr, "%s\n", _("rapport: cannot open the display; use rapport-cli to work without one"));
      return 1;
    }

  g_set_application_name (_("Rapport"));
  app = rp_application_new (G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
