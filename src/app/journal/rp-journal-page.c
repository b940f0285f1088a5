/* rp-journal-page.c — the check-back record: every change and note, newest first, filtered by
 * kind, person and dates, searched by words, exported as CSV; people add notes, nobody edits */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-journal-page.h"
#include "rp-journal-model.h"
#include "rp-print.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-util.h"
#include "rp-view.h"

struct _RpJournalPage
{
  AdwBin          parent_instance;

  GtkSearchEntry *search;
  GtkDropDown    *kind_filter;
  GtkDropDown    *who_filter;
  GtkEntry       *since;
  GtkEntry       *until;
  GtkWidget      *count_label;
  GtkListView    *list;
  GtkSingleSelection *selection;
  RpJournalModel *model;
  GtkStringList  *kinds;   /* kind names, after "any" */
  GtkStringList  *people;  /* names, after "anyone" */

  RpStoreWatch    watch;
  gboolean        filling;
  gboolean        stale;   /* written to while out of sight: reload when shown */
};

static void rp_journal_page_view_init (RpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpJournalPage, rp_journal_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_VIEW, rp_journal_page_view_init))

/* Rows */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *action = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), meta);
  gtk_box_append (GTK_BOX (labels), summary);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (row), labels);
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
  GtkWidget *labels = gtk_widget_get_first_child (row);
  GtkWidget *action = gtk_widget_get_last_child (row);
  g_autofree char *when = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *summary = NULL;

  if (e == NULL)
    return;
  when = rp_timestamp_to_local (e->created_at, "%x %H:%M");
  /* Translators: above a journal entry, "23/11/2026 14:05 · Ada Wong · Strategy" */
  meta = g_strdup_printf (_("%s · %s · %s"), when, e->who ? e->who : _("someone"), kind_label (e->record_kind));
  summary = rp_text_one_line (e->summary ? e->summary : "", 300);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (labels)), meta);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (labels)), summary);
  gtk_widget_set_tooltip_text (gtk_widget_get_last_child (labels), e->summary);
  gtk_label_set_text (GTK_LABEL (action), e->action);
  gtk_widget_remove_css_class (action, "success");
  if (g_strcmp0 (e->action, "note") == 0)
    gtk_widget_add_css_class (action, "success");
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
  record = rp_store_lookup (self->watch.store, e->record_kind, e->record_uuid);
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
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);

  gtk_label_set_text (GTK_LABEL (self->count_label), text);
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
  if (!rp_journal_model_set_query (self->model, self->watch.store, &filter, &error))
    {
      /* The dates say what is wrong where it is wrong; the list stays as it was. */
      if (filter.since != NULL && !rp_date_parse (filter.since, NULL))
        gtk_widget_add_css_class (GTK_WIDGET (self->since), "error");
      else
        gtk_widget_add_css_class (GTK_WIDGET (self->until), "error");
      gtk_label_set_text (GTK_LABEL (self->count_label), error->message);
    }
  else
    show_count (self);
  rp_journal_filter_clear (&filter);
}

static void
fill_choices (RpJournalPage *self)
{
  g_auto(GStrv) kinds = self->watch.store ? rp_journal_kinds (self->watch.store) : NULL;
  g_auto(GStrv) people = self->watch.store ? rp_journal_people (self->watch.store) : NULL;
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

static const char *const watched_kinds[] = {
  "journal_entry", NULL
};

/* Every write adds an entry; a journal out of sight waits until it is shown again. */
static void
refresh_cb (gpointer user_data)
{
  RpJournalPage *self = user_data;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  fill_choices (self);
  apply_filter (self);
}

static void
map_cb (RpJournalPage *self)
{
  if (self->stale)
    refresh_cb (self);
}

static void
rp_journal_page_set_store (RpView  *view,
                           RpStore *store)
{
  RpJournalPage *self = RP_JOURNAL_PAGE (view);

  rp_store_watch_set_store (&self->watch, store);
  self->stale = FALSE;
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
                             const char *uuid)
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
  ok = rp_journal_write_csv (self->watch.store, &filter, path, error);
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

  if (self->watch.store == NULL)
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
  if (!rp_journal_add_note (self->watch.store, linked ? kind : NULL, linked ? uuid : NULL, text, &error))
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

  if (self->watch.store == NULL)
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
      g_autofree char *title = g_strdup_printf (_("About the %s of the selected entry"), kind_label (e->record_kind));
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
rp_journal_page_dispose (GObject *object)
{
  RpJournalPage *self = RP_JOURNAL_PAGE (object);

  rp_store_watch_clear (&self->watch);
  G_OBJECT_CLASS (rp_journal_page_parent_class)->dispose (object);
}

static void
rp_journal_page_finalize (GObject *object)
{
  RpJournalPage *self = RP_JOURNAL_PAGE (object);

  g_object_unref (self->model);
  g_object_unref (self->kinds);
  g_object_unref (self->people);
  G_OBJECT_CLASS (rp_journal_page_parent_class)->finalize (object);
}

static void
rp_journal_page_class_init (RpJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_journal_page_dispose;
  object_class->finalize = rp_journal_page_finalize;
  gtk_widget_class_install_action (widget_class, "journal.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "journal.add-note", NULL, add_note_activated);
  gtk_widget_class_install_action (widget_class, "journal.search", NULL, focus_search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "journal.search", NULL);
}

static GtkWidget *
date_entry (const char *placeholder,
            const char *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 11);
  gtk_widget_set_tooltip_text (entry, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return entry;
}

static void
rp_journal_page_init (RpJournalPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *dates = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *dash = gtk_label_new ("–");
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *note = gtk_button_new ();
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export CSV…"));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  self->kinds = gtk_string_list_new (NULL);
  self->people = gtk_string_list_new (NULL);
  self->model = rp_journal_model_new ();

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search the journal"), NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->search), TRUE);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (apply_filter), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search));
  self->kind_filter = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_filter), _("Entries about this kind of record"));
  g_signal_connect_swapped (self->kind_filter, "notify::selected", G_CALLBACK (apply_filter), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->kind_filter));
  self->who_filter = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->who_filter), _("Entries by this person"));
  g_signal_connect_swapped (self->who_filter, "notify::selected", G_CALLBACK (apply_filter), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->who_filter));
  self->since = GTK_ENTRY (date_entry (_("From"), _("From this day (YYYY-MM-DD)")));
  self->until = GTK_ENTRY (date_entry (_("To"), _("Up to this day (YYYY-MM-DD)")));
  g_signal_connect_swapped (self->since, "changed", G_CALLBACK (apply_filter), self);
  g_signal_connect_swapped (self->until, "changed", G_CALLBACK (apply_filter), self);
  gtk_widget_add_css_class (dates, "linked");
  gtk_box_append (GTK_BOX (dates), GTK_WIDGET (self->since));
  gtk_widget_set_margin_start (dash, 4);
  gtk_widget_set_margin_end (dash, 4);
  gtk_box_append (GTK_BOX (dates), dash);
  gtk_box_append (GTK_BOX (dates), GTK_WIDGET (self->until));
  gtk_box_append (GTK_BOX (bar), dates);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_box_append (GTK_BOX (box), bar);

  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (self->selection), factory));
  gtk_list_view_set_single_click_activate (self->list, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "rich-list");
  g_signal_connect (self->list, "activate", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_box_append (GTK_BOX (box), scroll);

  self->count_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->count_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->count_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->count_label, "dim-label");
  gtk_widget_set_hexpand (self->count_label, TRUE);
  gtk_box_append (GTK_BOX (footer), self->count_label);
  gtk_button_set_child (GTK_BUTTON (note), g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "list-add-symbolic",
                                                         "label", _("Add _Note…"), "use-underline", TRUE, NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (note), "journal.add-note");
  gtk_widget_set_tooltip_text (note, _("Record a check-back note, about the selected entry's record or in general"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "journal.export");
  gtk_widget_set_tooltip_text (export, _("Export the entries shown as CSV"));
  gtk_box_append (GTK_BOX (footer), export);
  gtk_box_append (GTK_BOX (footer), note);
  gtk_widget_set_margin_top (footer, 6);
  gtk_widget_set_margin_bottom (footer, 6);
  gtk_widget_set_margin_start (footer, 12);
  gtk_widget_set_margin_end (footer, 12);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), footer);
  adw_bin_set_child (ADW_BIN (self), box);
}

RpJournalPage *
rp_journal_page_new (void)
{
  return g_object_new (RP_TYPE_JOURNAL_PAGE, NULL);
}

guint
rp_journal_page_get_n_shown (RpJournalPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->model));
}

RpJournalModel *
rp_journal_page_get_model (RpJournalPage *self)
{
  return self->model;
}

void
rp_journal_page_set_filter (RpJournalPage *self,
                            const char    *search,
                            const char    *kind,
                            const char    *since,
                            const char    *until)
{
  guint kind_index = 0;

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search), search ? search : "");
  gtk_editable_set_text (GTK_EDITABLE (self->since), since ? since : "");
  gtk_editable_set_text (GTK_EDITABLE (self->until), until ? until : "");
  for (guint i = 0; kind != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->kinds)); i++)
    if (g_str_equal (gtk_string_list_get_string (self->kinds, i), kind))
      kind_index = i + 1;
  gtk_drop_down_set_selected (self->kind_filter, kind_index);
  self->filling = FALSE;
  apply_filter (self);
}

const char *
rp_journal_page_get_status (RpJournalPage *self)
{
  return gtk_label_get_text (GTK_LABEL (self->count_label));
}
