/* rp-welcome-page.c — name the company, or start from the sample */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-welcome-page.h"
#include "rp-sample.h"
#include "rp-ui.h"

struct _RpWelcomePage
{
  AdwBin        parent_instance;

  AdwEntryRow  *company_row;
  AdwEntryRow  *industry_row;

  RpStore      *store;
};

G_DEFINE_FINAL_TYPE (RpWelcomePage, rp_welcome_page, ADW_TYPE_BIN)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_actions (RpWelcomePage *self)
{
  g_autofree char *company = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->company_row))));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.create", self->store != NULL && *company != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.open-sample", self->store != NULL);
}

static void
create_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpWelcomePage *self = RP_WELCOME_PAGE (widget);
  g_autoptr(RpRecord) profile = rp_record_new_for (RP_KIND_PROFILE, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *company = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->company_row))));
  g_autofree char *industry = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->industry_row))));

  rp_record_set_string (profile, RP_PROFILE_COMPANY_NAME, company);
  rp_record_set_string (profile, RP_PROFILE_INDUSTRY, industry);
  if (!rp_store_save (self->store, profile, &error))
    {
      rp_ui_show_error (widget, _("Could Not Create the Workspace"), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0);
}

static void
open_sample_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpWelcomePage *self = RP_WELCOME_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!rp_sample_fill (self->store, &error))
    {
      rp_ui_show_error (widget, _("Could Not Create the Sample Workspace"), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0);
}

static void
entry_activated_cb (RpWelcomePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "welcome.create", NULL);
}

void
rp_welcome_page_set_store (RpWelcomePage *self,
                           RpStore       *store)
{
  g_return_if_fail (RP_IS_WELCOME_PAGE (self));

  g_set_object (&self->store, store);
  gtk_editable_set_text (GTK_EDITABLE (self->company_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->industry_row), "");
  update_actions (self);
}

static void
rp_welcome_page_dispose (GObject *object)
{
  RpWelcomePage *self = RP_WELCOME_PAGE (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_WELCOME_PAGE);
  G_OBJECT_CLASS (rp_welcome_page_parent_class)->dispose (object);
}

static void
rp_welcome_page_class_init (RpWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_welcome_page_dispose;

  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/workspace/rp-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpWelcomePage, company_row);
  gtk_widget_class_bind_template_child (widget_class, RpWelcomePage, industry_row);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "welcome.create", NULL, create_activated);
  gtk_widget_class_install_action (widget_class, "welcome.open-sample", NULL, open_sample_activated);
}

static void
rp_welcome_page_init (RpWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}
