/* rp-application.c — one window per workspace; a second launch hands over to the first */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-application.h"
#include "rapport-resources.h"
#include "rp-findings-model.h"
#include "rp-overview.h"
#include "rp-preferences-window.h"
#include "rp-util.h"
#include "rp-window.h"

struct _RpApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (RpApplication, rp_application, ADW_TYPE_APPLICATION)

static const GOptionEntry options[] = {
  { "workspace", 'w', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the workspace at PATH instead of the last one"), N_("PATH") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

RpApplication *
rp_application_new (GApplicationFlags flags)
{
  return g_object_new (RP_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", flags | G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/rapport/Rapport",
                       NULL);
}

GSettings *
rp_application_get_settings (RpApplication *self)
{
  g_return_val_if_fail (RP_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new ("io.github.rapport.Rapport");
  return self->settings;
}

static RpWindow *
find_window_for (RpApplication *self,
                 const char    *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RP_IS_WINDOW (l->data) &&
        g_strcmp0 (rp_window_get_workspace_path (l->data), canonical) == 0)
      return l->data;
  return NULL;
}

/* What falls due within a week, of the Overview's @findings, as one notification;
 * NULL when nothing does. */
GNotification *
rp_due_notification_new (GPtrArray *findings)
{
  g_autoptr(GPtrArray) due = rp_findings_due_within (findings, RP_PLAN_DUE_DAYS);
  GNotification *notification;
  GString *body;

  if (due->len == 0)
    return NULL;
  {
    g_autofree char *title = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u thing is due this week",
                                                           "%u things are due this week", due->len), due->len);

    notification = g_notification_new (title);
  }
  body = g_string_new (NULL);
  /* The first three, so the notification stays short; the Overview has them all. */
  for (guint i = 0; i < due->len && i < 3; i++)
    g_string_append_printf (body, "%s%s", i ? "\n" : "", ((RpFinding *) due->pdata[i])->message);
  if (due->len > 3)
    g_string_append_printf (body, "\n%s", _("…and more on the Overview."));
  g_notification_set_body (notification, body->str);
  g_string_free (body, TRUE);
  g_notification_set_default_action (notification, "app.show-overview");
  return notification;
}

static void
findings_loaded_cb (RpFindingsModel *findings,
                    GParamSpec      *pspec,
                    RpApplication   *self)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GNotification) notification = NULL;

  if (rp_model_get_loading (RP_MODEL (findings)))
    return;
  g_signal_handlers_disconnect_by_func (findings, findings_loaded_cb, self);
  all = rp_findings_model_dup_findings (findings);
  notification = all ? rp_due_notification_new (all) : NULL;
  if (notification != NULL)
    g_application_send_notification (G_APPLICATION (self), "due-this-week", notification);
  g_object_unref (findings);
}

/* Once the Overview's findings are read (off the main thread, after the window shows):
 * the same reading, nothing computed twice. */
static void
notify_due (RpApplication *self,
            RpWindow      *window);

static void
presented_cb (RpWindow      *window,
              GParamSpec    *pspec,
              RpApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, presented_cb, self);
  notify_due (self, window);
}

static void
notify_due (RpApplication *self,
            RpWindow      *window)
{
  RpStore *store = rp_window_get_store (window);
  RpFindingsModel *findings;

  if (store == NULL || !g_settings_get_boolean (rp_application_get_settings (self), "notify-due"))
    return;
  /* After the window shows the workspace: nothing comes before its first frame. */
  if (!rp_window_get_presented (window))
    {
      g_signal_connect_object (window, "notify::presented", G_CALLBACK (presented_cb), self, 0);
      return;
    }
  findings = rp_findings_model_get (store);
  if (!rp_model_get_loading (RP_MODEL (findings)) && rp_model_get_n_loads (RP_MODEL (findings)) > 0)
    {
      findings_loaded_cb (findings, NULL, self);
      return;
    }
  g_signal_connect (findings, "notify::loading", G_CALLBACK (findings_loaded_cb), self);
}

/* One workspace, one window: opening it again brings its window forward. */
GtkWindow *
rp_application_open_workspace (RpApplication *self,
                               const char    *path,
                               gboolean       create)
{
  RpWindow *window = find_window_for (self, path);

  if (window == NULL)
    {
      gboolean first = gtk_application_get_windows (GTK_APPLICATION (self)) == NULL;

      window = rp_window_new (self);
      rp_window_open_workspace (window, path, create);
      /* On start only: opening another workspace later is not the moment to nag. */
      if (first)
        notify_due (self, window);
    }
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

char *
rp_application_initial_workspace (RpApplication *self)
{
  g_autofree char *last = g_settings_get_string (rp_application_get_settings (self), "last-workspace");

  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&last);
  return rp_store_default_path ();
}

static void
rp_application_activate (GApplication *app)
{
  RpApplication *self = RP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  path = rp_application_initial_workspace (self);
  rp_application_open_workspace (self, path, TRUE);
}

static int
rp_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  RpApplication *self = RP_APPLICATION (app);
  GVariantDict *dict = g_application_command_line_get_options_dict (command_line);
  g_autofree char *workspace = NULL;
  g_autofree const char **files = NULL;
  GtkWindow *window = NULL;

  if (g_variant_dict_lookup (dict, "version", "b", NULL))
    {
      g_application_command_line_print (command_line, "rapport %s\n", PACKAGE_VERSION);
      return 0;
    }
  g_variant_dict_lookup (dict, "workspace", "^ay", &workspace);
  g_variant_dict_lookup (dict, G_OPTION_REMAINING, "^a&ay", &files);

  if (workspace != NULL)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, workspace);
      g_autofree char *path = g_file_get_path (file);

      window = rp_application_open_workspace (self, path, TRUE);
    }

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, files[i]);
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        continue;
      if (g_str_has_suffix (path, ".rapport-db"))
        window = rp_application_open_workspace (self, path, FALSE);
      else
        {
          if (window == NULL)
            {
              g_application_activate (app);
              window = gtk_application_get_active_window (GTK_APPLICATION (app));
            }
          /* Anything else is taken for a bundle: the same preview as Import Bundle…. */
          if (RP_IS_WINDOW (window))
            rp_window_import_bundle (RP_WINDOW (window), file);
        }
    }

  if (window == NULL)
    g_application_activate (app);
  return 0;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = user_data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;)
    {
      GList *next = l->next;

      gtk_window_close (l->data);
      l = next;
    }
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  RpApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  RpPreferencesWindow *prefs = rp_preferences_window_new (rp_application_get_settings (self));

  gtk_window_set_transient_for (GTK_WINDOW (prefs), parent);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { "Rapport developers", NULL };
  GtkWidget *about;
  g_autoptr(GString) notes = g_string_new (NULL);
  const char *changes[] = {
    N_("Workspaces with a thousand outsourcers and five years of figures open as fast as an empty window; bundles of any size import in a bounded amount of memory, after a preview."),
    N_("Backups that are checked before they count, and Restore This Backup… from the app or the command line."),
    N_("Spreadsheet figures read as the spreadsheet wrote them; a score only from complete months; undo for what was deleted."),
    N_("Every control named for screen readers, every chart readable as a table, every area usable in a window 360 pixels wide, in dark style and high contrast."),
    N_("A Traditional Chinese (Hong Kong) translation."),
  };

  /* The release notes are markup: every part is escaped */
  g_string_append_printf (notes, "<p>%s</p><ul>", _("Rapport at a company's real size, for everyone on its staff:"));
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autofree char *escaped = g_markup_escape_text (_(changes[i]), -1);

      g_string_append_printf (notes, "<li>%s</li>", escaped);
    }
  g_string_append (notes, "</ul>");

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Rapport"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Define your company's customer-relationship philosophy, lay out its "
                                      "framework of activities, plan and review its execution, and hold "
                                      "outsourcing partners to their contracts and KPIs."),
                        "developers", developers,
                        "website", "https://github.com/rapport/rapport",
                        "issue-url", "https://github.com/rapport/rapport/issues",
                        "release-notes-version", PACKAGE_VERSION,
                        "release-notes", notes->str,
                        "copyright", "© 2026 Rapport developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
show_overview_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (user_data));
      window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
    }
  if (window != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "overview");
      gtk_window_present (window);
    }
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "show-overview", show_overview_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

static void
rp_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new-workspace", { "<Control><Shift>n", NULL } },
    { "win.open-workspace", { "<Control>o", NULL } },
    { "win.import-bundle", { "<Control>i", NULL } },
    { "win.export-bundle", { "<Control>e", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.show-page::overview", { "<Alt>1", NULL } },
    { "win.show-page::philosophy", { "<Alt>2", NULL } },
    { "win.show-page::framework", { "<Alt>3", NULL } },
    { "win.show-page::execution", { "<Alt>4", NULL } },
    { "win.show-page::outsourcers", { "<Alt>5", NULL } },
    { "win.show-page::journal", { "<Alt>6", NULL } },
  };

  G_APPLICATION_CLASS (rp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
rp_application_dispose (GObject *object)
{
  RpApplication *self = RP_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (rp_application_parent_class)->dispose (object);
}

static void
rp_application_class_init (RpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rp_application_dispose;
  app_class->activate = rp_application_activate;
  app_class->command_line = rp_application_command_line;
  app_class->startup = rp_application_startup;
}

static void
rp_application_init (RpApplication *self)
{
  static gsize registered;

  /* Templates live in a static library: register them by hand so the linker keeps them. */
  if (g_once_init_enter (&registered))
    {
      rp_app_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  g_application_add_main_option_entries (G_APPLICATION (self), options);
}
