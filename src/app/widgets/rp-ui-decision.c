/* rp-ui-decision.c — the dialogs that record a decision: who made it, on which day, and
 * why; they validate in place and never close on an error */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-ui.h"
#include "rp-util.h"

/* A decision recorded with who made it, on which day (today unless changed) and, when
 * @notes_title is given, notes. Responses are the caller's to add. */
GtkWidget *
rp_ui_decision_dialog_new (GtkWidget  *parent,
                           const char *heading,
                           const char *body,
                           const char *by_title,
                           const char *by_value,
                           const char *notes_title)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading, body);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *by = adw_entry_row_new ();
  GtkWidget *on = adw_entry_row_new ();
  g_autofree char *today = rp_date_today ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (by), by_title);
  if (by_value != NULL)
    gtk_editable_set_text (GTK_EDITABLE (by), by_value);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (on), _("Date (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (on), today);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (on), rp_ui_calendar_button_new (GTK_EDITABLE (on), _("Date")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), by);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), on);
  g_object_set_data (G_OBJECT (dialog), "rp-by", by);
  g_object_set_data (G_OBJECT (dialog), "rp-on", on);
  if (notes_title != NULL)
    {
      GtkWidget *notes = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (notes), notes_title);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), notes);
      g_object_set_data (G_OBJECT (dialog), "rp-notes", notes);
    }
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
    GtkWidget *problem = gtk_label_new (NULL);

    /* What is missing is said here, and the decision waits for it: the dialog never closes
     * on an error, so nothing typed is lost. */
    gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
    gtk_label_set_xalign (GTK_LABEL (problem), 0);
    gtk_widget_add_css_class (problem, "error");
    gtk_widget_set_visible (problem, FALSE);
    gtk_accessible_update_property (GTK_ACCESSIBLE (problem), GTK_ACCESSIBLE_PROPERTY_LABEL, _("What the decision still needs"), -1);
    gtk_box_append (GTK_BOX (box), group);
    gtk_box_append (GTK_BOX (box), problem);
    g_object_set_data (G_OBJECT (dialog), "rp-problem", problem);
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

static void
decision_check (AdwMessageDialog *dialog)
{
  GtkWidget *by = g_object_get_data (G_OBJECT (dialog), "rp-by");
  GtkWidget *on = g_object_get_data (G_OBJECT (dialog), "rp-on");
  GtkWidget *problem = g_object_get_data (G_OBJECT (dialog), "rp-problem");
  const char *response = g_object_get_data (G_OBJECT (dialog), "rp-guarded");
  const char *by_needed = g_object_get_data (G_OBJECT (dialog), "rp-by-needed");
  g_autofree char *who = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (by))));
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (on))));
  g_autofree char *message = NULL;
  gboolean who_ok = by_needed == NULL || *who != '\0';
  gboolean date_ok = rp_date_parse (date, NULL);

  if (!date_ok)
    message = rp_text_printf (_("“%s” is not a date written as YYYY-MM-DD."), date);
  else if (!who_ok)
    message = g_strdup (by_needed);
  if (who_ok)
    gtk_widget_remove_css_class (by, "error");
  else
    gtk_widget_add_css_class (by, "error");
  if (date_ok)
    gtk_widget_remove_css_class (on, "error");
  else
    gtk_widget_add_css_class (on, "error");
  /* Says nothing before anything was typed: an empty form is not yet an error */
  gtk_label_set_text (GTK_LABEL (problem), message ? message : "");
  gtk_widget_set_visible (problem, message != NULL && g_object_get_data (G_OBJECT (dialog), "rp-touched") != NULL);
  {
    g_auto(GStrv) responses = g_strsplit (response, " ", -1);

    for (guint i = 0; responses[i] != NULL; i++)
      adw_message_dialog_set_response_enabled (dialog, responses[i], who_ok && date_ok);
  }
}

static void
decision_changed_cb (GtkEditable      *editable,
                     AdwMessageDialog *dialog)
{
  g_object_set_data (G_OBJECT (dialog), "rp-touched", GINT_TO_POINTER (TRUE));
  decision_check (dialog);
}

/* @responses (separated by spaces) stay disabled until the date is one and, when @by_needed
 * says what to ask, someone is named. */
void
rp_ui_decision_dialog_require (GtkWidget  *dialog,
                               const char *response,
                               const char *by_needed)
{
  g_object_set_data_full (G_OBJECT (dialog), "rp-guarded", g_strdup (response), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "rp-by-needed", g_strdup (by_needed), g_free);
  g_signal_connect (g_object_get_data (G_OBJECT (dialog), "rp-by"), "changed", G_CALLBACK (decision_changed_cb), dialog);
  g_signal_connect (g_object_get_data (G_OBJECT (dialog), "rp-on"), "changed", G_CALLBACK (decision_changed_cb), dialog);
  decision_check (ADW_MESSAGE_DIALOG (dialog));
}

static char *
editable_text_or_null (gpointer editable)
{
  g_autofree char *text = editable ? g_strstrip (g_strdup (gtk_editable_get_text (editable))) : NULL;

  return text != NULL && *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/* FALSE, saying what is wrong, when the date is not one. */
gboolean
rp_ui_decision_read (AdwMessageDialog  *dialog,
                     RpUiDecision      *decision,
                     GError           **error)
{
  decision->by = editable_text_or_null (g_object_get_data (G_OBJECT (dialog), "rp-by"));
  decision->on = editable_text_or_null (g_object_get_data (G_OBJECT (dialog), "rp-on"));
  decision->notes = editable_text_or_null (g_object_get_data (G_OBJECT (dialog), "rp-notes"));
  if (!rp_date_parse (decision->on, NULL))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("“%s” is not a date written as YYYY-MM-DD."),
                   decision->on ? decision->on : "");
      rp_ui_decision_clear (decision);
      return FALSE;
    }
  return TRUE;
}

void
rp_ui_decision_clear (RpUiDecision *decision)
{
  g_clear_pointer (&decision->by, g_free);
  g_clear_pointer (&decision->on, g_free);
  g_clear_pointer (&decision->notes, g_free);
}

/* A list's placeholder, which must not be a row of the list itself */
GtkWidget *
rp_ui_list_placeholder (const char *title,
                        const char *subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *text = gtk_label_new (subtitle);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_widget_add_css_class (text, "caption");
  gtk_widget_set_visible (text, subtitle != NULL);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, g_object_get_data (G_OBJECT (row), "rp-drag-uuid"));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  const char *dragged = g_value_get_string (value);

  return dragged != NULL &&
         gtk_widget_activate_action (row, "list.move-to", "(su)", dragged,
                                     GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rp-drag-index")));
}

/**
 * rp_ui_reorderable_row:
 *
 * Lets @row (the record @uuid at @index) be dragged onto another row of its list, and
 * another dropped on it: the drop asks the list, through list.move-to, to move the
 * record dropped to @index.
 */
void
rp_ui_reorderable_row (GtkWidget  *row,
                       const char *uuid,
                       guint       index)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_object_set_data_full (G_OBJECT (row), "rp-drag-uuid", g_strdup (uuid), g_free);
  g_object_set_data (G_OBJECT (row), "rp-drag-index", GUINT_TO_POINTER (index));
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}
