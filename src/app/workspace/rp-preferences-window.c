/* rp-preferences-window.c — who you are in the journal, and start-up reminders */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-preferences-window.h"

struct _RpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwEntryRow          *user_row;
  GtkSwitch            *notify_switch;
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (RpPreferencesWindow, rp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
user_applied_cb (AdwEntryRow         *row,
                 RpPreferencesWindow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  g_settings_set_string (self->settings, "user-name", name);
}

static void
rp_preferences_window_dispose (GObject *object)
{
  RpPreferencesWindow *self = RP_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_PREFERENCES_WINDOW);
  G_OBJECT_CLASS (rp_preferences_window_parent_class)->dispose (object);
}

static void
rp_preferences_window_class_init (RpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/workspace/rp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, user_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, notify_switch);
  gtk_widget_class_bind_template_callback (widget_class, user_applied_cb);
}

static void
rp_preferences_window_init (RpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RpPreferencesWindow *
rp_preferences_window_new (GSettings *settings)
{
  RpPreferencesWindow *self = g_object_new (RP_TYPE_PREFERENCES_WINDOW, NULL);
  g_autofree char *user = g_settings_get_string (settings, "user-name");

  self->settings = g_object_ref (settings);
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), *user ? user : g_get_real_name ());
  g_settings_bind (settings, "notify-due", self->notify_switch, "active", G_SETTINGS_BIND_DEFAULT);
  return self;
}
