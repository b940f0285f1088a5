/* rp-philosophy-write-tab.c — the statement, the principles with their benefits, and the
 * staff edition in plain words, its long sentences and long words marked as it is written */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-philosophy-tabs.h"
#include "rp-util.h"
#include "rp-links-dialog.h"
#include "rp-record-list.h"
#include "rp-text.h"
#include "rp-ui.h"

struct _RpPhilosophyWriteTab
{
  RpDetailTab    parent_instance;

  GtkLabel      *statement_label;
  RpRecordList  *principles;
  GtkTextView   *staff_view;
  GtkImage      *readability_icon;
  GtkLabel      *readability_label;

  GtkTextBuffer *staff_buffer;
  char          *editing;         /* the philosophy whose staff edition the buffer holds */
  guint          readability_id;
};

G_DEFINE_FINAL_TYPE (RpPhilosophyWriteTab, rp_philosophy_write_tab, RP_TYPE_DETAIL_TAB)

enum { PROP_0, PROP_READABILITY, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* The principles' objectives and stakeholder groups, from the row */

static void
links_clicked_cb (GtkButton            *button,
                  RpPhilosophyWriteTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *principle = g_object_get_data (G_OBJECT (button), "rp-principle");
  g_autoptr(GListModel) objectives = rp_store_list (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  g_autoptr(GListModel) groups = rp_store_list (store, RP_KIND_STAKEHOLDER_GROUP, RP_FIELD_NONE, NULL);
  GtkWidget *dialog = rp_links_dialog_new (GTK_WIDGET (self), _("Objectives and Stakeholders"));
  const char *uuid = rp_record_get_uuid (principle);

  rp_links_dialog_add (dialog, rp_links_group_new (store, _("Corporate Objectives It Serves"),
                                                   rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT),
                                                   RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, uuid, RP_PRINCIPLE_OBJECTIVE_OBJECTIVE, objectives));
  rp_links_dialog_add (dialog, rp_links_group_new (store, _("Stakeholder Groups It Touches"), NULL,
                                                   RP_PRINCIPLE_STAKEHOLDER_PRINCIPLE, uuid, RP_PRINCIPLE_STAKEHOLDER_STAKEHOLDER_GROUP, groups));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
principle_suffix (RpRecord *principle,
                  gpointer  user_data)
{
  GtkWidget *links = gtk_button_new_from_icon_name ("emblem-shared-symbolic");
  g_autofree char *text = rp_record_dup_title (principle);
  /* Translators: a button's name for a screen reader, "Objectives and stakeholder groups of “Tell customers…”" */
  g_autofree char *name = rp_text_printf (_("Objectives and stakeholder groups of “%s”"), text);

  gtk_widget_set_tooltip_text (links, _("Objectives and Stakeholder Groups…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (links), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (links, "flat");
  gtk_widget_set_valign (links, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (links), "rp-principle", g_object_ref (principle), g_object_unref);
  g_signal_connect (links, "clicked", G_CALLBACK (links_clicked_cb), user_data);
  return links;
}

/* The staff edition */

static void
color_marks (RpPhilosophyWriteTab *self)
{
  GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (self->staff_buffer);
  GdkRGBA warning = rp_ui_theme_color (GTK_WIDGET (self->staff_view), "warning_color", (GdkRGBA) { 0.90, 0.38, 0.0, 1.0 });
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GdkRGBA band = warning;

  band.alpha = high_contrast ? 0.45 : 0.22;
  g_object_set (gtk_text_tag_table_lookup (tags, "long-sentence"), "background-rgba", &band, NULL);
  g_object_set (gtk_text_tag_table_lookup (tags, "long-word"), "underline-rgba", &warning, NULL);
}

static void
color_marks_realized (GtkWidget            *view,
                      RpPhilosophyWriteTab *self)
{
  color_marks (self);
}

static void
highlight_spans (GtkTextBuffer *buffer,
                 const char    *text,
                 GArray        *spans,
                 const char    *tag)
{
  for (guint i = 0; i < spans->len; i++)
    {
      RpSpan *span = &g_array_index (spans, RpSpan, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, g_utf8_pointer_to_offset (text, text + span->start));
      gtk_text_buffer_get_iter_at_offset (buffer, &end, g_utf8_pointer_to_offset (text, text + span->end));
      gtk_text_buffer_apply_tag_by_name (buffer, tag, &start, &end);
    }
}

static void
analyse (RpPhilosophyWriteTab *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  g_autoptr(RpReadability) readability = NULL;
  gboolean easy;

  g_clear_handle_id (&self->readability_id, g_source_remove);
  gtk_text_buffer_get_bounds (self->staff_buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->staff_buffer, &start, &end, FALSE);
  readability = rp_readability_analyse (text);
  gtk_text_buffer_remove_all_tags (self->staff_buffer, &start, &end);
  highlight_spans (self->staff_buffer, text, readability->long_sentences, "long-sentence");
  highlight_spans (self->staff_buffer, text, readability->long_words, "long-word");
  description = rp_readability_describe (readability);
  gtk_label_set_text (self->readability_label, description);
  easy = readability->n_words > 0 && readability->long_sentences->len == 0 && readability->long_words->len == 0;
  gtk_image_set_from_icon_name (self->readability_icon, easy ? "emblem-ok-symbolic" : "dialog-information-symbolic");
  if (easy)
    gtk_widget_add_css_class (GTK_WIDGET (self->readability_icon), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->readability_icon), "success");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READABILITY]);
}

static gboolean
analyse_cb (gpointer user_data)
{
  RpPhilosophyWriteTab *self = user_data;

  self->readability_id = 0;
  analyse (self);
  return G_SOURCE_REMOVE;
}

static void
set_modified (RpPhilosophyWriteTab *self,
              gboolean              modified)
{
  gtk_text_buffer_set_modified (self->staff_buffer, modified);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.save", modified);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff.revert", modified);
}

static void
staff_changed_cb (GtkTextBuffer        *buffer,
                  RpPhilosophyWriteTab *self)
{
  set_modified (self, gtk_text_buffer_get_modified (buffer));
  /* Tagging changes nothing the writer sees as text; analyse once typing pauses. */
  if (self->readability_id == 0)
    self->readability_id = g_timeout_add (250, analyse_cb, self);
}

static void
load_staff_edition (RpPhilosophyWriteTab *self)
{
  RpRecord *philosophy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  const char *text = philosophy ? rp_record_get_string (philosophy, RP_PHILOSOPHY_STAFF_EDITION) : NULL;

  g_free (self->editing);
  self->editing = philosophy ? g_strdup (rp_record_get_uuid (philosophy)) : NULL;
  gtk_text_buffer_set_text (self->staff_buffer, text ? text : "", -1);
  set_modified (self, FALSE);
  analyse (self);
}

/* Writes what is typed into the philosophy it was typed for. */
static gboolean
store_staff_edition (RpPhilosophyWriteTab  *self,
                     GError               **error)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  g_autoptr(RpRecord) philosophy = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (store == NULL || self->editing == NULL)
    return TRUE;
  philosophy = rp_store_get (store, RP_KIND_PHILOSOPHY, self->editing);
  if (philosophy == NULL)
    return TRUE; /* deleted meanwhile: nothing left to write into */
  gtk_text_buffer_get_bounds (self->staff_buffer, &start, &end);
  text = g_strchomp (gtk_text_buffer_get_text (self->staff_buffer, &start, &end, FALSE));
  rp_record_set_string (philosophy, RP_PHILOSOPHY_STAFF_EDITION, *text ? text : NULL);
  if (!rp_store_save (store, philosophy, error))
    return FALSE;
  set_modified (self, FALSE);
  return TRUE;
}

/* Leaving a philosophy (for another, or closing) keeps what was typed, as GNOME apps do. */
static void
keep_staff_edition (RpPhilosophyWriteTab *self)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_text_buffer_get_modified (self->staff_buffer) || store_staff_edition (self, &error))
    return;
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Staff Edition"), error);
  else
    g_warning ("The staff edition could not be saved: %s", error->message);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!store_staff_edition (RP_PHILOSOPHY_WRITE_TAB (widget), &error))
    rp_ui_show_error (widget, _("Could Not Save the Staff Edition"), error);
  else
    rp_ui_toast (widget, _("Staff edition saved"));
}

static void
revert_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  load_staff_edition (RP_PHILOSOPHY_WRITE_TAB (widget));
}

static void
show_statement (RpPhilosophyWriteTab *self)
{
  RpRecord *philosophy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  const char *statement = philosophy ? rp_record_get_string (philosophy, RP_PHILOSOPHY_STATEMENT) : NULL;

  gtk_label_set_text (self->statement_label, statement ? statement : _("No statement yet."));
  if (statement != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->statement_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->statement_label), "dim-label");
}

static void
rp_philosophy_write_tab_bind (RpDetailTab *tab,
                              RpStore     *store,
                              RpRecord    *record)
{
  RpPhilosophyWriteTab *self = RP_PHILOSOPHY_WRITE_TAB (tab);

  /* What was typed for the philosophy shown before is kept before another is loaded */
  keep_staff_edition (self);
  rp_record_list_bind (self->principles, store, RP_PRINCIPLE_PHILOSOPHY, record ? rp_record_get_uuid (record) : NULL);
  show_statement (self);
  load_staff_edition (self);
}

static void
rp_philosophy_write_tab_record_changed (RpDetailTab *tab)
{
  RpPhilosophyWriteTab *self = RP_PHILOSOPHY_WRITE_TAB (tab);

  show_statement (self);
  /* A reload keeps what the writer is typing */
  if (!gtk_text_buffer_get_modified (self->staff_buffer))
    load_staff_edition (self);
}

GtkTextBuffer *
rp_philosophy_write_tab_get_staff_buffer (RpPhilosophyWriteTab *self)
{
  g_return_val_if_fail (RP_IS_PHILOSOPHY_WRITE_TAB (self), NULL);
  return self->staff_buffer;
}

/* How many separate stretches of the staff edition carry @tag_name */
guint
rp_philosophy_write_tab_count_highlights (RpPhilosophyWriteTab *self,
                                          const char           *tag_name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (self->staff_buffer), tag_name);
  GtkTextIter iter;
  guint n = 0;

  g_return_val_if_fail (RP_IS_PHILOSOPHY_WRITE_TAB (self), 0);
  if (self->readability_id != 0)
    analyse (self);
  gtk_text_buffer_get_start_iter (self->staff_buffer, &iter);
  if (gtk_text_iter_starts_tag (&iter, tag))
    n++;
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    if (gtk_text_iter_starts_tag (&iter, tag))
      n++;
  return n;
}

static void
rp_philosophy_write_tab_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RpPhilosophyWriteTab *self = RP_PHILOSOPHY_WRITE_TAB (object);

  switch (prop_id)
    {
    case PROP_READABILITY:
      if (self->readability_id != 0)
        analyse (self);
      g_value_set_string (value, gtk_label_get_text (self->readability_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_philosophy_write_tab_dispose (GObject *object)
{
  RpPhilosophyWriteTab *self = RP_PHILOSOPHY_WRITE_TAB (object);

  if (self->staff_buffer != NULL)
    keep_staff_edition (self);
  g_clear_handle_id (&self->readability_id, g_source_remove);
  g_clear_pointer (&self->editing, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PHILOSOPHY_WRITE_TAB);
  g_clear_object (&self->staff_buffer);
  G_OBJECT_CLASS (rp_philosophy_write_tab_parent_class)->dispose (object);
}

static void
rp_philosophy_write_tab_class_init (RpPhilosophyWriteTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  object_class->dispose = rp_philosophy_write_tab_dispose;
  object_class->get_property = rp_philosophy_write_tab_get_property;
  tab_class->bind = rp_philosophy_write_tab_bind;
  tab_class->record_changed = rp_philosophy_write_tab_record_changed;

  /* What the staff edition's readability check says of it */
  properties[PROP_READABILITY] = g_param_spec_string ("readability", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/philosophy/rp-philosophy-write-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyWriteTab, statement_label);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyWriteTab, principles);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyWriteTab, staff_view);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyWriteTab, readability_icon);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyWriteTab, readability_label);
  gtk_widget_class_install_action (widget_class, "staff.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "staff.revert", NULL, revert_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "staff.save", NULL);
}

static void
rp_philosophy_write_tab_init (RpPhilosophyWriteTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->staff_buffer = g_object_ref (gtk_text_view_get_buffer (self->staff_view));
  gtk_text_buffer_create_tag (self->staff_buffer, "long-sentence", NULL);
  gtk_text_buffer_create_tag (self->staff_buffer, "long-word", "underline", PANGO_UNDERLINE_ERROR, NULL);
  /* The marks take the theme's warning colour, and follow dark and high contrast */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (color_marks), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast", G_CALLBACK (color_marks), self, G_CONNECT_SWAPPED);
  g_signal_connect (self->staff_view, "realize", G_CALLBACK (color_marks_realized), self);
  /* After the buffer has marked itself modified */
  g_signal_connect_after (self->staff_buffer, "changed", G_CALLBACK (staff_changed_cb), self);
  rp_record_list_set_suffix_func (self->principles, principle_suffix, self);
  set_modified (self, FALSE);
}
