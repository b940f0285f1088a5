/* rp-record-editor.c — one dialog for every kind of record
 *
 * Rows come from the kind's fields: entry rows for text, text views for
 * paragraphs, spin buttons for whole numbers, combo rows for choices and
 * references, a calendar for dates. Save validates with the core's rules and
 * shows the core's message in place; nothing is written until it passes.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-record-editor.h"
#include "rp-ui.h"
#include "rp-util.h"

/* The editor works with any kind, so it names fields by their description. */
#define FIELD_ID(self, field) (rp_kind_field_id (rp_record_get_kind ((self)->record), (field)->name))

struct _RpRecordEditor
{
  AdwWindow        parent_instance;

  GtkWidget       *save_button;
  GtkWidget       *error_label;
  GtkWidget       *fields_box;

  RpStore         *store;
  RpRecord        *record;     /* a copy: the caller's record changes only on save */
  gboolean         is_new;
  GHashTable      *hidden;     /* field names */
  GHashTable      *filters;    /* field name → "by_field\nvalue" */
  GHashTable      *widgets;    /* field name → widget */
  GHashTable      *ref_uuids;  /* field name → GPtrArray of uuids (index 0: none) */
  gboolean         built;
};

G_DEFINE_FINAL_TYPE (RpRecordEditor, rp_record_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
multiline_widget (const char *text,
                  const char *label)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text ? text : "", -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroll), 90);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroll), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroll), TRUE);
  gtk_frame_set_child (GTK_FRAME (frame), scroll);
  gtk_widget_add_css_class (frame, "editor-text");
  g_object_set_data (G_OBJECT (frame), "rp-text-view", view);
  return frame;
}

static GtkWidget *
date_row (const RpField *field,
          const char    *value)
{
  GtkWidget *row = adw_entry_row_new ();
  g_autofree char *title = rp_text_printf (_("%s (YYYY-MM-DD)"), rp_field_get_label (field));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), value ? value : "");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), rp_ui_calendar_button_new (GTK_EDITABLE (row), rp_field_get_label (field)));
  return row;
}

static void
build_ref_row (RpRecordEditor *self,
               const RpField  *field,
               GtkWidget     **out)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkStringList *names = gtk_string_list_new (NULL);
  GPtrArray *uuids = g_ptr_array_new_with_free_func (g_free);
  const char *filter = g_hash_table_lookup (self->filters, field->name);
  g_auto(GStrv) parts = filter ? g_strsplit (filter, "\n", 2) : NULL;
  g_autoptr(GListModel) candidates = NULL;
  const char *current = rp_record_get_string (self->record, FIELD_ID (self, field));
  guint selected = 0;

  {
    const RpKind *ref_kind = rp_kind_lookup (field->ref_kind);

    candidates = rp_store_list (self->store, rp_kind_get_index (ref_kind),
                                parts ? rp_kind_field_id (ref_kind, parts[0]) : RP_FIELD_NONE,
                                parts ? parts[1] : NULL);
  }
  gtk_string_list_append (names, _("None"));
  g_ptr_array_add (uuids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(RpRecord) candidate = g_list_model_get_item (candidates, i);
      g_autofree char *title = rp_record_dup_title (candidate);

      if (g_strcmp0 (rp_record_get_uuid (candidate), rp_record_get_uuid (self->record)) == 0)
        continue;
      gtk_string_list_append (names, title);
      g_ptr_array_add (uuids, g_strdup (rp_record_get_uuid (candidate)));
      if (g_strcmp0 (current, rp_record_get_uuid (candidate)) == 0)
        selected = uuids->len - 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rp_field_get_label (field));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_hash_table_insert (self->ref_uuids, (gpointer) field->name, uuids);
  g_object_unref (names);
  *out = row;
}

static void
build (RpRecordEditor *self)
{
  const RpKind *kind = rp_record_get_kind (self->record);
  GtkWidget *group = adw_preferences_group_new ();
  gboolean group_used = FALSE;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      const GValue *value = rp_record_get_value (self->record, i);
      GtkWidget *widget = NULL;

      if ((field->flags & (RP_FIELD_HIDDEN | RP_FIELD_WORKFLOW)) || g_hash_table_contains (self->hidden, field->name))
        continue;

      if (field->type == RP_FIELD_TEXT && (field->flags & RP_FIELD_MULTILINE))
        {
          /* A paragraph gets a group of its own, titled with the field's name. */
          GtkWidget *text_group = adw_preferences_group_new ();

          if (group_used)
            {
              gtk_box_append (GTK_BOX (self->fields_box), group);
              group = adw_preferences_group_new ();
              group_used = FALSE;
            }
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (text_group), rp_field_get_label (field));
          widget = multiline_widget (g_value_get_string (value), rp_field_get_label (field));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (text_group), widget);
          gtk_box_append (GTK_BOX (self->fields_box), text_group);
          g_hash_table_insert (self->widgets, (gpointer) field->name, widget);
          continue;
        }

      switch (field->type)
        {
        case RP_FIELD_INT:
          {
            GtkWidget *spin = gtk_spin_button_new_with_range (field->min < field->max ? field->min : -1e9,
                                                              field->min < field->max ? field->max : 1e9, 1);

            widget = adw_action_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), rp_field_get_label (field));
            gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), (double) g_value_get_int64 (value));
            gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
            adw_action_row_add_suffix (ADW_ACTION_ROW (widget), spin);
            adw_action_row_set_activatable_widget (ADW_ACTION_ROW (widget), spin);
            g_object_set_data (G_OBJECT (widget), "rp-spin", spin);
            break;
          }
        case RP_FIELD_REAL:
          {
            double d = g_value_get_double (value);
            g_autofree char *text = isnan (d) ? g_strdup ("") : g_strdup_printf ("%.10g", d);

            widget = adw_entry_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), rp_field_get_label (field));
            gtk_editable_set_text (GTK_EDITABLE (widget), text);
            adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (widget), GTK_INPUT_PURPOSE_NUMBER);
            break;
          }
        case RP_FIELD_BOOL:
          {
            GtkWidget *toggle = gtk_switch_new ();

            widget = adw_action_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), rp_field_get_label (field));
            gtk_switch_set_active (GTK_SWITCH (toggle), g_value_get_boolean (value));
            gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
            adw_action_row_add_suffix (ADW_ACTION_ROW (widget), toggle);
            adw_action_row_set_activatable_widget (ADW_ACTION_ROW (widget), toggle);
            g_object_set_data (G_OBJECT (widget), "rp-switch", toggle);
            break;
          }
        case RP_FIELD_DATE:
          widget = date_row (field, g_value_get_string (value));
          break;
        case RP_FIELD_ENUM:
          {
            GtkStringList *labels = gtk_string_list_new (NULL);
            guint selected = 0, n = 0;

            for (const RpEnumValue *v = field->enum_values; v->nick != NULL; v++, n++)
              {
                gtk_string_list_append (labels, rp_field_enum_label (field, v->nick));
                if (g_strcmp0 (v->nick, g_value_get_string (value)) == 0)
                  selected = n;
              }
            widget = adw_combo_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), rp_field_get_label (field));
            adw_combo_row_set_model (ADW_COMBO_ROW (widget), G_LIST_MODEL (labels));
            adw_combo_row_set_selected (ADW_COMBO_ROW (widget), selected);
            g_object_unref (labels);
            break;
          }
        case RP_FIELD_REF:
          build_ref_row (self, field, &widget);
          break;
        case RP_FIELD_PERIOD:
        case RP_FIELD_TEXT:
        default:
          {
            g_autofree char *title = field->type == RP_FIELD_PERIOD
              ? rp_text_printf (_("%s (YYYY-MM)"), rp_field_get_label (field))
              : g_strdup (rp_field_get_label (field));

            widget = adw_entry_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), title);
            gtk_editable_set_text (GTK_EDITABLE (widget), g_value_get_string (value) ?: "");
            break;
          }
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);
      group_used = TRUE;
      g_hash_table_insert (self->widgets, (gpointer) field->name, widget);
    }
  if (group_used)
    gtk_box_append (GTK_BOX (self->fields_box), group);
  else
    g_object_ref_sink (group), g_object_unref (group);
  self->built = TRUE;
}

/* Reads the widgets into the record; FALSE with a message when a number does not parse. */
static gboolean
read_fields (RpRecordEditor  *self,
             GError         **error)
{
  const RpKind *kind = rp_record_get_kind (self->record);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      GtkWidget *widget = g_hash_table_lookup (self->widgets, field->name);

      if (widget == NULL)
        continue;
      if (field->type == RP_FIELD_TEXT && (field->flags & RP_FIELD_MULTILINE))
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (g_object_get_data (G_OBJECT (widget), "rp-text-view"));
          GtkTextIter start, end;
          g_autofree char *text = NULL;

          gtk_text_buffer_get_bounds (buffer, &start, &end);
          text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
          rp_record_set_string (self->record, FIELD_ID (self, field), g_strstrip (text));
          continue;
        }
      switch (field->type)
        {
        case RP_FIELD_INT:
          rp_record_set_int (self->record, FIELD_ID (self, field),
                             gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (widget), "rp-spin")));
          break;
        case RP_FIELD_REAL:
          {
            g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));
            char *end = NULL;
            double d;

            if (*text == '\0')
              {
                rp_record_set_real (self->record, FIELD_ID (self, field), NAN);
                break;
              }
            g_strdelimit (text, ",", '.');
            d = g_ascii_strtod (text, &end);
            if (end == text || *end != '\0' || !isfinite (d))
              {
                g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                             _("“%s” must be a number, not “%s”."), rp_field_get_label (field),
                             gtk_editable_get_text (GTK_EDITABLE (widget)));
                gtk_widget_add_css_class (widget, "error");
                return FALSE;
              }
            gtk_widget_remove_css_class (widget, "error");
            rp_record_set_real (self->record, FIELD_ID (self, field), d);
            break;
          }
        case RP_FIELD_BOOL:
          rp_record_set_bool (self->record, FIELD_ID (self, field),
                              gtk_switch_get_active (g_object_get_data (G_OBJECT (widget), "rp-switch")));
          break;
        case RP_FIELD_ENUM:
          {
            guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (widget));

            if (selected < rp_field_enum_count (field))
              rp_record_set_string (self->record, FIELD_ID (self, field), field->enum_values[selected].nick);
            break;
          }
        case RP_FIELD_REF:
          {
            GPtrArray *uuids = g_hash_table_lookup (self->ref_uuids, field->name);
            guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (widget));

            rp_record_set_string (self->record, FIELD_ID (self, field),
                                  selected < uuids->len ? uuids->pdata[selected] : NULL);
            break;
          }
        case RP_FIELD_DATE:
        case RP_FIELD_PERIOD:
        case RP_FIELD_TEXT:
        default:
          {
            g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));

            rp_record_set_string (self->record, FIELD_ID (self, field), text);
            break;
          }
        }
    }
  return TRUE;
}

gboolean
rp_record_editor_save (RpRecordEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RP_IS_RECORD_EDITOR (self), FALSE);

  if (!read_fields (self, &error) || !rp_store_save (self->store, self->record, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
      gtk_widget_set_visible (self->error_label, TRUE);
      g_debug ("Not saved: %s", error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, self->record);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  rp_record_editor_save (RP_RECORD_EDITOR (widget));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
rp_record_editor_dispose (GObject *object)
{
  RpRecordEditor *self = RP_RECORD_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->record);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->filters, g_hash_table_unref);
  g_clear_pointer (&self->widgets, g_hash_table_unref);
  g_clear_pointer (&self->ref_uuids, g_hash_table_unref);
  G_OBJECT_CLASS (rp_record_editor_parent_class)->dispose (object);
}

static void
rp_record_editor_class_init (RpRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_record_editor_dispose;

  /**
   * RpRecordEditor::saved:
   * @record: the record as it was saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, RP_TYPE_RECORD);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
rp_record_editor_init (RpRecordEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->filters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->widgets = g_hash_table_new (g_str_hash, g_str_equal);
  self->ref_uuids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "editor.cancel");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->save_button), "editor.save");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  gtk_box_append (GTK_BOX (box), header);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "editor-error");
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (GTK_BOX (content), self->error_label);

  self->fields_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (content), self->fields_box);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_box_append (GTK_BOX (box), scroll);
  adw_window_set_content (ADW_WINDOW (self), box);
}

RpRecordEditor *
rp_record_editor_new (GtkWidget *parent,
                      RpStore   *store,
                      RpRecord  *record,
                      gboolean   is_new)
{
  RpRecordEditor *self = g_object_new (RP_TYPE_RECORD_EDITOR, NULL);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  const char *label;
  g_autofree char *title = NULL;

  self->store = g_object_ref (store);
  self->record = rp_record_copy (record);
  self->is_new = is_new;
  label = rp_kind_get_label (rp_record_get_kind (record));
  /* Translators: dialog titles, "New Principle" / "Edit Principle" */
  title = is_new ? rp_text_printf (_("New %s"), label) : rp_text_printf (_("Edit %s"), label);
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  return self;
}

RpRecordEditor *
rp_record_editor_new_for (GtkWidget  *parent,
                          RpStore    *store,
                          RpKindId    kind_name,
                          RpRecord   *owner)
{
  g_autoptr(RpRecord) record = rp_record_new_for (kind_name, owner);

  return rp_record_editor_new (parent, store, record, TRUE);
}

void
rp_record_editor_hide_field (RpRecordEditor *self,
                             const char     *field)
{
  g_return_if_fail (RP_IS_RECORD_EDITOR (self));
  g_return_if_fail (!self->built);
  g_hash_table_add (self->hidden, g_strdup (field));
}

void
rp_record_editor_filter_refs (RpRecordEditor *self,
                              const char     *field,
                              const char     *by_field,
                              const char     *value)
{
  g_return_if_fail (RP_IS_RECORD_EDITOR (self));
  g_return_if_fail (!self->built);
  g_hash_table_insert (self->filters, g_strdup (field), g_strdup_printf ("%s\n%s", by_field, value ? value : ""));
}

void
rp_record_editor_present (RpRecordEditor *self)
{
  g_return_if_fail (RP_IS_RECORD_EDITOR (self));

  if (!self->built)
    build (self);
  gtk_window_present (GTK_WINDOW (self));
}

RpRecord *
rp_record_editor_get_record (RpRecordEditor *self)
{
  g_return_val_if_fail (RP_IS_RECORD_EDITOR (self), NULL);
  return self->record;
}

GtkWidget *
rp_record_editor_get_field_widget (RpRecordEditor *self,
                                   const char     *field)
{
  g_return_val_if_fail (RP_IS_RECORD_EDITOR (self), NULL);

  if (!self->built)
    build (self);
  return g_hash_table_lookup (self->widgets, field);
}
