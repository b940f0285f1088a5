/* rp-links-dialog.c — a principle's objectives and stakeholder groups, an activity's
 * principles and staff, a strategy's principles: switches that apply at once */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-links-dialog.h"
#include "rp-philosophy.h"
#include "rp-ui.h"

typedef struct {
  RpStore   *store;
  RpFieldId  own_field;
  char      *own_uuid;
  RpFieldId  other_field;
} LinkGroup;

static void
link_group_free (gpointer data)
{
  LinkGroup *group = data;

  g_object_unref (group->store);
  g_free (group->own_uuid);
  g_free (group);
}

static void
switched_cb (GtkSwitch  *toggle,
             GParamSpec *pspec,
             GtkWidget  *group_widget)
{
  LinkGroup *group = g_object_get_data (G_OBJECT (group_widget), "rp-links");
  g_autoptr(GError) error = NULL;

  if (!rp_link_toggle (group->store, group->own_field, group->own_uuid, group->other_field,
                       g_object_get_data (G_OBJECT (toggle), "rp-uuid"), gtk_switch_get_active (toggle), &error))
    rp_ui_show_error (GTK_WIDGET (toggle), _("Could Not Change the Link"), error);
}

GtkWidget *
rp_links_group_new (RpStore    *store,
                    const char *title,
                    const char *description,
                    RpFieldId   own_field,
                    const char *own_uuid,
                    RpFieldId   other_field,
                    GListModel *candidates)
{
  return rp_links_group_new_full (store, title, description, own_field, own_uuid, other_field,
                                  candidates, NULL, NULL);
}

/* As rp_links_group_new(), each candidate described under its name by @subtitle. */
GtkWidget *
rp_links_group_new_full (RpStore          *store,
                         const char       *title,
                         const char       *description,
                         RpFieldId         own_field,
                         const char       *own_uuid,
                         RpFieldId         other_field,
                         GListModel       *candidates,
                         RpRecordTextFunc  subtitle,
                         gpointer          subtitle_data)
{
  GtkWidget *widget = adw_preferences_group_new ();
  LinkGroup *group = g_new0 (LinkGroup, 1);
  guint n = g_list_model_get_n_items (candidates);

  group->store = g_object_ref (store);
  group->own_field = own_field;
  group->own_uuid = g_strdup (own_uuid);
  group->other_field = other_field;
  g_object_set_data_full (G_OBJECT (widget), "rp-links", group, link_group_free);
  /* A group's title and description are markup; the description may be a record's text. */
  {
    g_autofree char *plain_title = rp_ui_plain (title);
    g_autofree char *plain_description = description ? rp_ui_plain (description) : NULL;

    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), plain_title);
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget), plain_description);
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) other = g_list_model_get_item (candidates, i);
      g_autofree char *name = rp_record_dup_title (other);
      g_autofree char *details = subtitle ? subtitle (other, subtitle_data) : NULL;
      GtkWidget *row = rp_ui_row_new (name, details);
      GtkWidget *toggle = gtk_switch_new ();

      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      gtk_switch_set_active (GTK_SWITCH (toggle),
                             rp_link_exists (store, own_field, own_uuid, other_field, rp_record_get_uuid (other)));
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (toggle), "rp-uuid", g_strdup (rp_record_get_uuid (other)), g_free);
      g_signal_connect (toggle, "notify::active", G_CALLBACK (switched_cb), widget);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), row);
    }
  if (n == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), rp_ui_empty_label (_("There is nothing to choose from yet.")));
  return widget;
}

GtkWidget *
rp_links_dialog_new (GtkWidget  *parent,
                     const char *title)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 640);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  g_object_set_data (G_OBJECT (window), "rp-page", page);
  return window;
}

void
rp_links_dialog_add (GtkWidget *dialog,
                     GtkWidget *group)
{
  adw_preferences_page_add (g_object_get_data (G_OBJECT (dialog), "rp-page"), ADW_PREFERENCES_GROUP (group));
}
