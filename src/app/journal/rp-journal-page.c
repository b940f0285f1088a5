/* rp-journal-page.c — the check-back record: every change and note, newest first, filtered by
 * kind, person and dates, searched by words, exported as CSV; people add notes, nobody edits */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-journal-page.h"
#include "rp-journal-model.h"
#include "rp-print.h"
#include "rp-ui.h"
#include "rp-util.h"
#include "rp-view.h"

struct _RpJournalPage
{
  AdwBin              parent_instance;

  GtkSearchEntry     *search;
  GtkDropDown        *kind_filter;
  GtkDropDown        *who_filter;
  GtkEntry           *since;
  GtkEntry           *until;
  GtkLabel           *count_label;
  GtkListView        *list;

  RpStore            *store;
  GtkSingleSelection *selection;
  RpJournalModel     *model;
  GtkStringList      *kinds;   /* kind names, after "any" */
  GtkStringList      *people;  /* names, after "anyone" */
  GdkFrameClock      *clock;
  gulong              painted_id;
  gboolean            filling;
};

static void rp_journal_page_view_init (RpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpJournalPage, rp_journal_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_VIEW, rp_journal_page_view_init))

enum { PROP_0, PROP_SEARCH, PROP_KIND_FILTER, PROP_SINCE, PROP_UNTIL, PROP_N_SHOWN, PROP_STATUS, PROP_MODEL, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* Rows */

/* A row is one label of two lines (when, who and about what, then the summary) beside
 * the action: a list view keeps some two hundred rows alive, and fewer widgets a row
 * make the journal of a big workspace open in time. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *action = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (row), text);
  gtk_widget_add_css_class (action, "badge");
  gtk_widget_set_valign (action, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), action);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);
  gtk_list_item_set_child (item, row);
}

static const char *
kind_label (const char *name)
{
  const RpKind *kind = name ? rp_kind_lookup (name) : NULL;

  if (kind != NULL)
    return rp_kind_get_label (kind);
  if (g_strcmp0 (name, "note") == 0)
    return _("Note");
  return name;
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  RpJournalItem *journal_item = gtk_list_item_get_item (item);
  const RpJournalEntry *e = journal_item ? rp_journal_item_get_entry (journal_item) : NULL;
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *text = gtk_widget_get_first_child (row);
  GtkWidget *action = gtk_widget_get_last_child (row);
  g_autofree char *when = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *both = NULL;
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  PangoAttribute *attr;

  if (e == NULL)
    return;
  when = rp_timestamp_format_local (e->created_at);
  /* Translators: above a journal entry, "23/11/2026 14:05 · Ada Wong · Strategy" */
  meta = rp_text_printf (_("%s · %s · %s"), when, e->who ? e->who : _("someone"), kind_label (e->record_kind));
  summary = rp_text_one_line (e->summary ? e->summary : "", 300);
  both = g_strdup_printf ("%s\n%s", meta, summary);
  /* The first line small and dim, as a caption; attributes, never markup */
  attr = pango_attr_scale_new (PANGO_SCALE_SMALL);
  attr->end_index = (guint) strlen (meta);
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_foreground_alpha_new (0.55 * 65535);
  attr->end_index = (guint) strlen (meta);
  pango_attr_list_insert (attrs, attr);
  gtk_label_set_text (GTK_LABEL (text), both);
  gtk_label_set_attributes (GTK_LABEL (text), attrs);
  /* The whole summary when the line cannot hold it */
  gtk_widget_set_tooltip_text (text, e->summary != NULL && g_utf8_strlen (e->summary, -1) > 80 ? e->summary : NULL);
  gtk_label_set_text (GTK_LABEL (action), e->action);
  if (g_strcmp0 (e->action, "note") == 0)
    gtk_widget_add_css_class (action, "success");
  else
    gtk_widget_remove_css_class (action, "success");
}

static void
row_activated_cb (GtkListView   *view,
                  guint          position,
                  RpJournalPage *self)
{
  g_autoptr(RpJournalItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  const RpJournalEntry *e = item ? rp_journal_item_get_entry (item) : NULL;
  g_autoptr(RpRecord) record = NULL;

  if (e == NULL || e->record_uuid == NULL || rp_kind_lookup (e->record_kind) == NULL)
    return;
  record = rp_store_lookup (self->store, e->record_kind, e->record_uuid);
  if (record != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-record", "(ss)", e->record_kind, e->record_uuid);
  else
    rp_ui_toast (GTK_WIDGET (self), _("That record has since been deleted; the journal keeps what happened to it."));
}

/* Filters */

static char *
entry_text_or_null (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text ? g_steal_pointer (&text) : NULL;
}

static void
current_filter (RpJournalPage   *self,
                RpJournalFilter *filter)
{
  guint kind = gtk_drop_down_get_selected (self->kind_filter);
  guint who = gtk_drop_down_get_selected (self->who_filter);

  filter->kind = kind > 0 && kind != GTK_INVALID_LIST_POSITION
    ? g_strdup (gtk_string_list_get_string (self->kinds, kind - 1)) : NULL;
  filter->who = who > 0 && who != GTK_INVALID_LIST_POSITION
    ? g_strdup (gtk_string_list_get_string (self->people, who - 1)) : NULL;
  filter->since = entry_text_or_null (GTK_EDITABLE (self->since));
  filter->until = entry_text_or_null (GTK_EDITABLE (self->until));
  filter->search = entry_text_or_null (GTK_EDITABLE (self->search));
}

static void
show_count (RpJournalPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  g_autofree char *text = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);

  gtk_label_set_text (self->count_label, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

static void
apply_filter (RpJournalPage *self)
{
  RpJournalFilter filter = { NULL };
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  current_filter (self, &filter);
  gtk_widget_remove_css_class (GTK_WIDGET (self->since), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->until), "error");
  if (!rp_journal_model_set_query (self->model, self->store, &filter, &error))
    {
      /* The dates say what is wrong where it is wrong; the list stays as it was. */
      if (filter.since != NULL && !rp_date_parse (filter.since, NULL))
        gtk_widget_add_css_class (GTK_WIDGET (self->since), "error");
      else
        gtk_widget_add_css_class (GTK_WIDGET (self->until), "error");
      gtk_label_set_text (self->count_label, error->message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  else
    show_count (self);
  rp_journal_filter_clear (&filter);
}

static void
fill_choices (RpJournalPage *self)
{
  g_auto(GStrv) kinds = self->store ? rp_journal_kinds (self->store) : NULL;
  g_auto(GStrv) people = self->store ? rp_journal_people (self->store) : NULL;
  g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) people_labels = gtk_string_list_new (NULL);
  RpJournalFilter keep = { NULL };
  guint kind_index = 0, who_index = 0;

  current_filter (self, &keep);
  self->filling = TRUE;
  gtk_string_list_splice (self->kinds, 0, g_list_model_get_n_items (G_LIST_MODEL (self->kinds)), NULL);
  gtk_string_list_splice (self->people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people)), NULL);
  gtk_string_list_append (kind_labels, _("Any Kind"));
  gtk_string_list_append (people_labels, _("Anyone"));
  for (guint i = 0; kinds != NULL && kinds[i] != NULL; i++)
    {
      gtk_string_list_append (self->kinds, kinds[i]);
      gtk_string_list_append (kind_labels, kind_label (kinds[i]));
      if (g_strcmp0 (kinds[i], keep.kind) == 0)
        kind_index = i + 1;
    }
  for (guint i = 0; people != NULL && people[i] != NULL; i++)
    {
      gtk_string_list_append (self->people, people[i]);
      gtk_string_list_append (people_labels, people[i]);
      if (g_strcmp0 (people[i], keep.who) == 0)
        who_index = i + 1;
    }
  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kind_labels));
  gtk_drop_down_set_model (self->who_filter, G_LIST_MODEL (people_labels));
  gtk_drop_down_set_selected (self->kind_filter, kind_index);
  gtk_drop_down_set_selected (self->who_filter, who_index);
  self->filling = FALSE;
  rp_journal_filter_clear (&keep);
}

/* Every write adds an entry, and may bring a kind or a person to filter by. */
static void
reloaded_cb (RpJournalPage *self)
{
  fill_choices (self);
  show_count (self);
}

/* A journal out of sight does not read itself again on every write; shown, it is current. */
static void
painted_cb (GdkFrameClock *clock,
            RpJournalPage *self)
{
  g_clear_signal_handler (&self->painted_id, self->clock);
  g_clear_object (&self->clock);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rp_journal_model_set_active (self->model, TRUE);
}

/* Shown, the journal paints its bar at once and reads its rows right after: a list view
 * builds a couple of hundred rows when thousands of entries arrive. */
static void
mapped_cb (RpJournalPage *self)
{
  if (self->clock != NULL)
    g_clear_signal_handler (&self->painted_id, self->clock);
  g_clear_object (&self->clock);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      rp_journal_model_set_active (self->model, FALSE);
      return;
    }
  self->clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->painted_id = g_signal_connect (self->clock, "after-paint", G_CALLBACK (painted_cb), self);
  gdk_frame_clock_request_phase (self->clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
rp_journal_page_set_store (RpView  *view,
                           RpStore *store)
{
  RpJournalPage *self = RP_JOURNAL_PAGE (view);

  g_set_object (&self->store, store);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_editable_set_text (GTK_EDITABLE (self->since), "");
  gtk_editable_set_text (GTK_EDITABLE (self->until), "");
  self->filling = FALSE;
  fill_choices (self);
  apply_filter (self);
}

/* Entries are not opened on their own: an entry's record opens where it lives. */
static gboolean
rp_journal_page_show_record (RpView     *view,
                             const char *kind_name,
                             const char *uuid,
                             const char *tab)
{
  return FALSE;
}

static void
rp_journal_page_view_init (RpViewInterface *iface)
{
  iface->set_store = rp_journal_page_set_store;
  iface->show_record = rp_journal_page_show_record;
}

/* Actions */

static gboolean
write_csv (const char  *path,
           gpointer     data,
           GError     **error)
{
  RpJournalPage *self = data;
  RpJournalFilter filter = { NULL };
  gboolean ok;

  current_filter (self, &filter);
  ok = rp_journal_write_csv (self->store, &filter, path, error);
  rp_journal_filter_clear (&filter);
  return ok;
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpJournalPage *self = RP_JOURNAL_PAGE (widget);
  g_autofree char *today = rp_date_today ();
  /* Translators: the suggested file name of a journal export */
  g_autofree char *name = g_strdup_printf (_("Journal %s.csv"), today);

  if (self->store == NULL)
    return;
  rp_save_file (widget, _("Export the Journal as CSV"), name, _("CSV files"), "*.csv", _("Could Not Export the Journal"),
                write_csv, g_object_ref (self), g_object_unref);
}

static void
note_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  RpJournalPage    *self)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (dialog), "rp-text");
  GtkWidget *about = g_object_get_data (G_OBJECT (dialog), "rp-about");
  const char *kind = g_object_get_data (G_OBJECT (dialog), "rp-kind");
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "rp-uuid");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  gboolean linked = about != NULL && gtk_switch_get_active (GTK_SWITCH (about));

  if (!g_str_equal (response, "add"))
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!rp_journal_add_note (self->store, linked ? kind : NULL, linked ? uuid : NULL, text, &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Note"), error);
  else
    rp_ui_toast (GTK_WIDGET (self), _("Note added to the journal"));
}

static void
add_note_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpJournalPage *self = RP_JOURNAL_PAGE (widget);
  RpJournalItem *selected = gtk_single_selection_get_selected_item (self->selection);
  const RpJournalEntry *e = selected ? rp_journal_item_get_entry (selected) : NULL;
  GtkWidget *dialog, *box, *frame, *view;

  if (self->store == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Add a Check-Back Note"),
                                   _("What was checked, what was found, what follows. Notes are kept in the journal "
                                     "like every change and cannot be edited afterwards."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  frame = gtk_frame_new (NULL);
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, 360, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), frame);
  if (e != NULL && e->record_uuid != NULL)
    {
      GtkWidget *group = adw_preferences_group_new ();
      /* Translators: "About the Strategy of the selected entry" */
      g_autofree char *title = rp_text_printf (_("About the %s of the selected entry"), kind_label (e->record_kind));
      GtkWidget *row = rp_ui_row_new (title, e->summary);
      GtkWidget *about = gtk_switch_new ();

      gtk_switch_set_active (GTK_SWITCH (about), TRUE);
      gtk_widget_set_valign (about, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), about);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), about);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      gtk_box_append (GTK_BOX (box), group);
      g_object_set_data (G_OBJECT (dialog), "rp-about", about);
      g_object_set_data_full (G_OBJECT (dialog), "rp-kind", g_strdup (e->record_kind), g_free);
      g_object_set_data_full (G_OBJECT (dialog), "rp-uuid", g_strdup (e->record_uuid), g_free);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add Note"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  g_object_set_data (G_OBJECT (dialog), "rp-text", gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (note_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (RP_JOURNAL_PAGE (widget)->search));
}

static void
select_kind (RpJournalPage *self,
             const char    *kind)
{
  guint kind_index = 0;

  for (guint i = 0; kind != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->kinds)); i++)
    if (g_str_equal (gtk_string_list_get_string (self->kinds, i), kind))
      kind_index = i + 1;
  gtk_drop_down_set_selected (self->kind_filter, kind_index);
}

static void
rp_journal_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RpJournalPage *self = RP_JOURNAL_PAGE (object);
  RpJournalFilter filter = { NULL };

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, gtk_editable_get_text (GTK_EDITABLE (self->search)));
      break;
    case PROP_KIND_FILTER:
      current_filter (self, &filter);
      g_value_set_string (value, filter.kind);
      rp_journal_filter_clear (&filter);
      break;
    case PROP_SINCE:
      g_value_set_string (value, gtk_editable_get_text (GTK_EDITABLE (self->since)));
      break;
    case PROP_UNTIL:
      g_value_set_string (value, gtk_editable_get_text (GTK_EDITABLE (self->until)));
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self->model)));
      break;
    case PROP_STATUS:
      g_value_set_string (value, gtk_label_get_text (self->count_label));
      break;
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_journal_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RpJournalPage *self = RP_JOURNAL_PAGE (object);
  const char *text = g_value_get_string (value);

  /* As typed: the list follows at once (the search entry would wait for a pause) */
  self->filling = TRUE;
  switch (prop_id)
    {
    case PROP_SEARCH:
      gtk_editable_set_text (GTK_EDITABLE (self->search), text ? text : "");
      break;
    case PROP_KIND_FILTER:
      select_kind (self, text);
      break;
    case PROP_SINCE:
      gtk_editable_set_text (GTK_EDITABLE (self->since), text ? text : "");
      break;
    case PROP_UNTIL:
      gtk_editable_set_text (GTK_EDITABLE (self->until), text ? text : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
  self->filling = FALSE;
  apply_filter (self);
}

static void
rp_journal_page_dispose (GObject *object)
{
  RpJournalPage *self = RP_JOURNAL_PAGE (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, reloaded_cb, self);
  if (self->clock != NULL)
    g_clear_signal_handler (&self->painted_id, self->clock);
  g_clear_object (&self->clock);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_JOURNAL_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->kinds);
  g_clear_object (&self->people);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (rp_journal_page_parent_class)->dispose (object);
}

static void
rp_journal_page_class_init (RpJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags filter = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
  GParamFlags shown = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rp_journal_page_dispose;
  object_class->get_property = rp_journal_page_get_property;
  object_class->set_property = rp_journal_page_set_property;

  /* The filters, as the bar shows them: words, a kind of record, a first and a last day */
  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, NULL, filter);
  properties[PROP_KIND_FILTER] = g_param_spec_string ("kind-filter", NULL, NULL, NULL, filter);
  properties[PROP_SINCE] = g_param_spec_string ("since", NULL, NULL, NULL, filter);
  properties[PROP_UNTIL] = g_param_spec_string ("until", NULL, NULL, NULL, filter);
  /* The entries the filters let through, and what the footer says */
  properties[PROP_N_SHOWN] = g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0, shown);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, shown);
  properties[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, RP_TYPE_JOURNAL_MODEL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/journal/rp-journal-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpJournalPage, search);
  gtk_widget_class_bind_template_child (widget_class, RpJournalPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, RpJournalPage, who_filter);
  gtk_widget_class_bind_template_child (widget_class, RpJournalPage, since);
  gtk_widget_class_bind_template_child (widget_class, RpJournalPage, until);
  gtk_widget_class_bind_template_child (widget_class, RpJournalPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, RpJournalPage, list);
  gtk_widget_class_bind_template_callback (widget_class, apply_filter);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_install_action (widget_class, "journal.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "journal.add-note", NULL, add_note_activated);
  gtk_widget_class_install_action (widget_class, "journal.search", NULL, focus_search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "journal.search", NULL);
}

static void
rp_journal_page_init (RpJournalPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  {
    GtkWidget *dates = gtk_widget_get_parent (GTK_WIDGET (self->since));

    gtk_box_insert_child_after (GTK_BOX (dates), rp_ui_calendar_button_new (GTK_EDITABLE (self->since), _("From")),
                                GTK_WIDGET (self->since));
    gtk_box_append (GTK_BOX (dates), rp_ui_calendar_button_new (GTK_EDITABLE (self->until), _("To")));
  }
  self->kinds = gtk_string_list_new (NULL);
  self->people = gtk_string_list_new (NULL);
  self->model = rp_journal_model_new ();
  rp_journal_model_set_active (self->model, FALSE);
  g_signal_connect_swapped (self->model, "reloaded", G_CALLBACK (reloaded_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (mapped_cb), NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
}

RpJournalPage *
rp_journal_page_new (void)
{
  return g_object_new (RP_TYPE_JOURNAL_PAGE, NULL);
}
