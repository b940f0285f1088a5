/* rp-record-list-editing.c — a record list's rows added, edited, deleted and moved:
 * the list.* actions, the editor they open, and Alt+Up / Alt+Down */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-record-list-private.h"
#include "rp-ui.h"

RpRecordEditor *
rp_record_list_open_editor (RpRecordList *self,
                            RpRecord     *record)
{
  g_autoptr(RpRecord) fresh = NULL;
  RpRecordEditor *editor;
  gboolean is_new = record == NULL;

  g_return_val_if_fail (RP_IS_RECORD_LIST (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  /* Some records have a dialog of their own (evaluations). */
  if (self->open_func != NULL)
    {
      self->open_func (self, record, self->open_data);
      return NULL;
    }
  if (is_new)
    {
      fresh = rp_record_new (self->kind);
      if (self->owner_field != RP_FIELD_NONE)
        rp_record_set_string (fresh, self->owner_field, self->owner_uuid);
      record = fresh;
    }
  editor = rp_record_editor_new (GTK_WIDGET (self), self->store, record, is_new);
  if (self->owner_field != RP_FIELD_NONE)
    rp_record_editor_hide_field (editor, rp_field_get (self->owner_field)->name);
  if (self->editor_func != NULL)
    self->editor_func (editor, record, self->editor_data);
  rp_record_editor_present (editor);
  return editor;
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpRecordList *self = RP_RECORD_LIST (widget);

  if (self->store != NULL)
    rp_record_list_open_editor (self, NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpRecordList *self = RP_RECORD_LIST (widget);
  g_autoptr(RpRecord) record = _rp_record_list_find_record (self, g_variant_get_string (parameter, NULL), NULL);

  if (record != NULL)
    rp_record_list_open_editor (self, record);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpRecordList *self = RP_RECORD_LIST (widget);
  g_autoptr(RpRecord) record = _rp_record_list_find_record (self, g_variant_get_string (parameter, NULL), NULL);

  if (record != NULL)
    rp_ui_delete_record (widget, self->store, record);
}

static void
move (RpRecordList *self,
      const char   *uuid,
      int           delta)
{
  g_autoptr(GError) error = NULL;
  guint position = 0;
  g_autoptr(RpRecord) record = _rp_record_list_find_record (self, uuid, &position);

  if (record == NULL || ((int) position + delta) < 0)
    return;
  if (!rp_store_move (self->store, record, (int) position + delta, &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Move"), error);
}

/* A row dropped on another takes its place */
static void
move_to_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpRecordList *self = RP_RECORD_LIST (widget);
  const char *uuid;
  guint to, from = 0;
  g_autoptr(RpRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(&su)", &uuid, &to);
  record = _rp_record_list_find_record (self, uuid, &from);
  if (record != NULL && from != to && !rp_store_move (self->store, record, (int) to, &error))
    rp_ui_show_error (widget, _("Could Not Move"), error);
}

static void
move_up_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move (RP_RECORD_LIST (widget), g_variant_get_string (parameter, NULL), -1);
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move (RP_RECORD_LIST (widget), g_variant_get_string (parameter, NULL), +1);
}

/* Alt+Up / Alt+Down move the focused row: reordering without a mouse. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RpRecordList          *self)
{
  GtkWidget *focus;
  GtkWidget *row;
  const char *uuid;

  if (!(state & GDK_ALT_MASK) || (keyval != GDK_KEY_Up && keyval != GDK_KEY_Down) ||
      !(self->kind->flags & RP_KIND_ORDERED))
    return FALSE;
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  row = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  if (row == NULL && GTK_IS_LIST_BOX_ROW (focus))
    row = focus;
  uuid = row ? g_object_get_data (G_OBJECT (row), "rp-uuid") : NULL;
  if (uuid == NULL)
    return FALSE;
  move (self, uuid, keyval == GDK_KEY_Up ? -1 : +1);
  return TRUE;
}

void
_rp_record_list_class_init_editing (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "list.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "list.edit", "s", edit_activated);
  gtk_widget_class_install_action (widget_class, "list.delete", "s", delete_activated);
  gtk_widget_class_install_action (widget_class, "list.move-up", "s", move_up_activated);
  gtk_widget_class_install_action (widget_class, "list.move-down", "s", move_down_activated);
  gtk_widget_class_install_action (widget_class, "list.move-to", "(su)", move_to_activated);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
}
