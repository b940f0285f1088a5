/* rp-profile-dialog.c */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-profile-dialog.h"
#include "rp-record-editor.h"
#include "rp-record-list.h"
#include "rp-record-model.h"
#include "rp-ui.h"

struct _RpProfileDialog
{
  AdwWindow     parent_instance;

  GtkListBox   *company_list;
  RpRecordList *objectives;
  RpRecordList *groups;

  RpStore       *store;
  RpRecordModel *profile;   /* the company, followed */
};

G_DEFINE_FINAL_TYPE (RpProfileDialog, rp_profile_dialog, ADW_TYPE_WINDOW)

static void
fill_company (RpProfileDialog *self)
{
  g_autoptr(RpRecord) profile = rp_record_model_get_record (self->profile, 0);
  const RpKind *kind = rp_kind_get (RP_KIND_PROFILE);

  rp_ui_list_box_clear (self->company_list);
  if (profile == NULL)
    return;
  for (guint i = 0; i < kind->n_fields; i++)
    {
      g_autofree char *value = rp_record_format_field (profile, i);
      GtkWidget *row = rp_ui_row_new (rp_field_get_label (&kind->fields[i]), *value ? value : "—");

      gtk_widget_add_css_class (row, "property");
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      gtk_list_box_append (self->company_list, row);
    }
}

static void
edit_company_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RpProfileDialog *self = RP_PROFILE_DIALOG (widget);
  g_autoptr(RpRecord) profile = rp_store_get_profile (self->store);

  if (profile != NULL)
    rp_record_editor_present (rp_record_editor_new (widget, self->store, profile, FALSE));
}

static char *
description_subtitle (RpRecord *record,
                      gpointer  user_data)
{
  return g_strdup (rp_record_get_string (record, rp_kind_field_id (rp_record_get_kind (record), "description")));
}

static void
rp_profile_dialog_dispose (GObject *object)
{
  RpProfileDialog *self = RP_PROFILE_DIALOG (object);

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, fill_company, self);
  g_clear_object (&self->profile);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (rp_profile_dialog_parent_class)->dispose (object);
}

static void
rp_profile_dialog_class_init (RpProfileDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_profile_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "profile.edit-company", NULL, edit_company_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_profile_dialog_init (RpProfileDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *company_group = adw_preferences_group_new ();
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Edit…"));

  gtk_window_set_title (GTK_WINDOW (self), _("Workspace Profile"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (company_group), _("Company"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (company_group),
                                         _("Shown in the header bar, on handouts and in bundles."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "profile.edit-company");
  gtk_widget_add_css_class (edit, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (company_group), edit);
  self->company_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->company_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->company_list), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (company_group), GTK_WIDGET (self->company_list));
  gtk_box_append (GTK_BOX (content), company_group);

  self->objectives = rp_record_list_new (RP_KIND_OBJECTIVE, _("Corporate Objectives"));
  rp_record_list_set_description (self->objectives,
                                  _("In order of importance. Each philosophy is checked against them."));
  rp_record_list_set_numbered (self->objectives, TRUE);
  rp_record_list_set_subtitle_func (self->objectives, description_subtitle, NULL);
  rp_record_list_set_empty_text (self->objectives, _("No objectives yet"));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->objectives));

  self->groups = rp_record_list_new (RP_KIND_STAKEHOLDER_GROUP, _("Stakeholder Groups"));
  rp_record_list_set_description (self->groups,
                                  _("Customers, employees, the general public, partners, shareholders… the people a philosophy touches."));
  rp_record_list_set_subtitle_func (self->groups, description_subtitle, NULL);
  rp_record_list_set_empty_text (self->groups, _("No stakeholder groups yet"));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->groups));

  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_box_append (GTK_BOX (box), scroll);
  adw_window_set_content (ADW_WINDOW (self), box);
}

RpProfileDialog *
rp_profile_dialog_new (RpStore *store)
{
  RpProfileDialog *self = g_object_new (RP_TYPE_PROFILE_DIALOG, NULL);

  self->store = g_object_ref (store);
  self->profile = rp_record_model_get (store, RP_KIND_PROFILE, RP_FIELD_NONE, NULL);
  g_signal_connect_swapped (self->profile, "items-changed", G_CALLBACK (fill_company), self);
  rp_record_list_bind (self->objectives, store, RP_FIELD_NONE, NULL);
  rp_record_list_bind (self->groups, store, RP_FIELD_NONE, NULL);
  fill_company (self);
  return self;
}
