/* rp-philosophy-page.c — candidate philosophies on the left, searchable and filtered by status,
 * and the one chosen on the right; comparing and starting a new candidate from an old one */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rp-philosophy-page.h"
#include "rp-compare-dialog.h"
#include "rp-evaluation.h"
#include "rp-philosophy.h"
#include "rp-record-editor.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-view.h"

struct _RpPhilosophyPage
{
  AdwBin              parent_instance;

  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkSearchEntry     *search;
  GtkDropDown        *status_filter;
  GtkListBox         *list;
  GtkWidget          *count_label;
  GtkStack           *stack;
  RpPhilosophyDetail *detail;

  RpStoreWatch        watch;
  char               *shown;
  guint               n_listed;
  gboolean            selecting;
};

static void rp_philosophy_page_view_init (RpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpPhilosophyPage, rp_philosophy_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_VIEW, rp_philosophy_page_view_init))

/* Index 0 is "any status"; the others follow the kind's statuses. */
static const char *
filter_status (RpPhilosophyPage *self)
{
  const RpField *field = rp_field_get (RP_PHILOSOPHY_STATUS);
  guint i = gtk_drop_down_get_selected (self->status_filter);

  return i > 0 && i != GTK_INVALID_LIST_POSITION ? field->enum_values[i - 1].nick : NULL;
}

static gboolean
matches (RpPhilosophyPage *self,
         RpRecord         *philosophy)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  const char *status = filter_status (self);
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;

  if (status != NULL && g_strcmp0 (rp_record_get_string (philosophy, RP_PHILOSOPHY_STATUS), status) != 0)
    return FALSE;
  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  haystack = g_utf8_casefold (rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE), -1);
  if (strstr (haystack, needle) != NULL)
    return TRUE;
  g_free (haystack);
  haystack = g_utf8_casefold (rp_record_get_string (philosophy, RP_PHILOSOPHY_STATEMENT) ?: "", -1);
  return strstr (haystack, needle) != NULL;
}

static GtkWidget *
philosophy_row (RpPhilosophyPage *self,
                RpRecord         *philosophy)
{
  const char *uuid = rp_record_get_uuid (philosophy);
  guint n_principles = rp_store_count_where (self->watch.store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, uuid);
  double total = rp_subject_evaluation_total (self->watch.store, "philosophy", uuid, NULL);
  g_autofree char *status = rp_record_format (philosophy, RP_PHILOSOPHY_STATUS);
  g_autofree char *css = g_strdup_printf ("status-%s", rp_record_get_string (philosophy, RP_PHILOSOPHY_STATUS));
  g_autofree char *principles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u principle", "%u principles", n_principles),
                                                 n_principles);
  /* Translators: "6 principles · evaluated 81" */
  g_autofree char *subtitle = isnan (total) ? g_strdup_printf (_("%s · not evaluated"), principles)
                                            : g_strdup_printf (_("%s · evaluated %.0f"), principles, total);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE));
  GtkWidget *sub = gtk_label_new (subtitle);
  GtkWidget *badge = rp_ui_badge_new (status, css);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), sub);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (line), labels);
  gtk_box_append (GTK_BOX (line), badge);
  gtk_widget_set_margin_top (line, 6);
  gtk_widget_set_margin_bottom (line, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
  g_object_set_data_full (G_OBJECT (row), "rp-uuid", g_strdup (uuid), g_free);
  return row;
}

static void
show_philosophy (RpPhilosophyPage *self,
                 RpRecord         *philosophy,
                 gboolean          navigate)
{
  g_free (self->shown);
  self->shown = philosophy ? g_strdup (rp_record_get_uuid (philosophy)) : NULL;
  rp_philosophy_detail_set_philosophy (self->detail, self->watch.store, philosophy);
  gtk_stack_set_visible_child_name (self->stack, philosophy ? "detail" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophies.duplicate", philosophy != NULL);
  if (navigate && philosophy != NULL)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
select_shown (RpPhilosophyPage *self)
{
  self->selecting = TRUE;
  gtk_list_box_unselect_all (self->list);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (g_object_get_data (G_OBJECT (row), "rp-uuid"), self->shown) == 0)
      gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
  self->selecting = FALSE;
}

static void
fill_list (RpPhilosophyPage *self)
{
  g_autoptr(GListModel) philosophies = NULL;
  g_autoptr(RpRecord) shown = NULL;
  g_autofree char *count = NULL;
  guint n;

  self->selecting = TRUE;
  rp_ui_list_box_clear (self->list);
  self->selecting = FALSE;
  self->n_listed = 0;
  if (self->watch.store == NULL)
    return;
  philosophies = rp_store_list (self->watch.store, RP_KIND_PHILOSOPHY, RP_FIELD_NONE, NULL);
  n = g_list_model_get_n_items (philosophies);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) p = g_list_model_get_item (philosophies, i);

      if (!matches (self, p))
        continue;
      gtk_list_box_append (self->list, philosophy_row (self, p));
      self->n_listed++;
    }
  if (self->n_listed < n)
    count = g_strdup_printf (_("%u of %u shown"), self->n_listed, n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate", "%u candidates", n), n);
  gtk_label_set_text (GTK_LABEL (self->count_label), count);

  /* The one shown was deleted: show the adopted philosophy, or the first, or nothing. */
  shown = self->shown ? rp_store_get (self->watch.store, RP_KIND_PHILOSOPHY, self->shown) : NULL;
  if (shown == NULL)
    {
      shown = rp_philosophy_get_adopted (self->watch.store);
      if (shown == NULL && n > 0)
        shown = g_list_model_get_item (philosophies, 0);
      show_philosophy (self, shown, FALSE);
    }
  select_shown (self);
}

static void
row_selected_cb (GtkListBox       *list,
                 GtkListBoxRow    *row,
                 RpPhilosophyPage *self)
{
  g_autoptr(RpRecord) philosophy = NULL;

  if (self->selecting || row == NULL)
    return;
  philosophy = rp_store_get (self->watch.store, RP_KIND_PHILOSOPHY, g_object_get_data (G_OBJECT (row), "rp-uuid"));
  if (philosophy != NULL && g_strcmp0 (self->shown, rp_record_get_uuid (philosophy)) != 0)
    show_philosophy (self, philosophy, TRUE);
}

static void
row_activated_cb (GtkListBox       *list,
                  GtkListBoxRow    *row,
                  RpPhilosophyPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Refresh */

static const char *const watched_kinds[] = { "philosophy", "principle", "evaluation", "score", "criterion", NULL };

static void
refresh_cb (gpointer user_data)
{
  fill_list (user_data);
}

static void
queue_refresh (RpPhilosophyPage *self)
{
  rp_store_watch_queue (&self->watch);
}

static void
rp_philosophy_page_set_store (RpView  *view,
                              RpStore *store)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (view);
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(GListModel) all = NULL;

  rp_store_watch_set_store (&self->watch, store);
  g_clear_pointer (&self->shown, g_free);
  if (store != NULL)
    {
      adopted = rp_philosophy_get_adopted (store);
      all = rp_store_list (store, RP_KIND_PHILOSOPHY, RP_FIELD_NONE, NULL);
      if (adopted == NULL && g_list_model_get_n_items (all) > 0)
        adopted = g_list_model_get_item (all, 0);
    }
  show_philosophy (self, adopted, FALSE);
  fill_list (self);
}

/* Every record of a philosophy opens it, on the tab it belongs to. */
static gboolean
rp_philosophy_page_show_record (RpView     *view,
                                const char *kind_name,
                                const char *uuid)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (view);
  g_autoptr(RpRecord) record = self->watch.store ? rp_store_lookup (self->watch.store, kind_name, uuid) : NULL;
  g_autoptr(RpRecord) philosophy = NULL;
  const char *tab = "write";

  if (record == NULL)
    return FALSE;
  if (g_str_equal (kind_name, "philosophy"))
    philosophy = g_object_ref (record);
  else if (rp_kind_field_id (rp_record_get_kind (record), "philosophy") != RP_FIELD_NONE &&
           rp_record_is_set (record, rp_kind_field_id (rp_record_get_kind (record), "philosophy")))
    philosophy = rp_store_get (self->watch.store, RP_KIND_PHILOSOPHY,
                               rp_record_get_string (record, rp_kind_field_id (rp_record_get_kind (record), "philosophy")));
  if (philosophy == NULL)
    return FALSE;
  if (g_str_equal (kind_name, "promotion"))
    tab = "promote";
  else if (g_str_equal (kind_name, "philosophy_event"))
    tab = "adoption";
  else if (g_str_equal (kind_name, "evaluation"))
    tab = "evaluate";

  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_drop_down_set_selected (self->status_filter, 0);
  show_philosophy (self, philosophy, TRUE);
  fill_list (self);
  rp_philosophy_detail_show_tab (self->detail, tab);
  return TRUE;
}

static void
rp_philosophy_page_view_init (RpViewInterface *iface)
{
  iface->set_store = rp_philosophy_page_set_store;
  iface->show_record = rp_philosophy_page_show_record;
}

/* Actions */

static void
new_saved_cb (RpRecordEditor   *editor,
              RpRecord         *philosophy,
              RpPhilosophyPage *self)
{
  show_philosophy (self, philosophy, TRUE);
  fill_list (self);
  rp_philosophy_detail_show_tab (self->detail, "write");
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (widget);
  RpRecordEditor *editor;

  if (self->watch.store == NULL)
    return;
  editor = rp_record_editor_new_for (widget, self->watch.store, RP_KIND_PHILOSOPHY, NULL);
  rp_record_editor_hide_field (editor, "status");
  rp_record_editor_hide_field (editor, "approved_by");
  rp_record_editor_hide_field (editor, "adopted_on");
  rp_record_editor_hide_field (editor, "decision_notes");
  rp_record_editor_hide_field (editor, "staff_edition");
  g_signal_connect_object (editor, "saved", G_CALLBACK (new_saved_cb), self, 0);
  rp_record_editor_present (editor);
}

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (widget);
  g_autoptr(RpRecord) original = self->shown ? rp_store_get (self->watch.store, RP_KIND_PHILOSOPHY, self->shown) : NULL;
  g_autoptr(RpRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *toast = NULL;

  if (original == NULL)
    return;
  /* Translators: the title of a new candidate started from another, "Customer First (new draft)" */
  title = g_strdup_printf (_("%s (new draft)"), rp_record_get_string (original, RP_PHILOSOPHY_TITLE));
  copy = rp_philosophy_duplicate (self->watch.store, original, title, &error);
  if (copy == NULL)
    {
      rp_ui_show_error (widget, _("Could Not Start a New Candidate"), error);
      return;
    }
  show_philosophy (self, copy, TRUE);
  fill_list (self);
  rp_philosophy_detail_show_tab (self->detail, "write");
  toast = g_strdup_printf (_("Started a new draft from “%s”"), rp_record_get_string (original, RP_PHILOSOPHY_TITLE));
  rp_ui_toast (widget, toast);
}

static void
compare_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (widget);

  if (self->watch.store != NULL)
    gtk_window_present (GTK_WINDOW (rp_compare_dialog_new (widget, self->watch.store, self->shown)));
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
rp_philosophy_page_dispose (GObject *object)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (object);

  rp_store_watch_clear (&self->watch);
  g_clear_pointer (&self->shown, g_free);
  G_OBJECT_CLASS (rp_philosophy_page_parent_class)->dispose (object);
}

static void
rp_philosophy_page_class_init (RpPhilosophyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_philosophy_page_dispose;
  gtk_widget_class_install_action (widget_class, "philosophies.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "philosophies.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "philosophies.compare", NULL, compare_activated);
  gtk_widget_class_install_action (widget_class, "philosophies.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "philosophies.search", NULL, focus_search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "philosophies.search", NULL);
}

static GtkWidget *
build_sidebar (RpPhilosophyPage *self)
{
  const RpField *field = rp_field_get (RP_PHILOSOPHY_STATUS);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *filters = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new ();
  GtkWidget *compare = gtk_button_new_with_mnemonic (_("Co_mpare…"));

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search philosophies"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (queue_refresh), self);
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->search));
  g_ptr_array_add (labels, (gpointer) _("Any Status"));
  for (guint i = 0; field->enum_values[i].nick != NULL; i++)
    g_ptr_array_add (labels, (gpointer) _(field->enum_values[i].label));
  g_ptr_array_add (labels, NULL);
  self->status_filter = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char *const *) labels->pdata));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_filter), _("Show philosophies with this status"));
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (queue_refresh), self);
  gtk_box_append (GTK_BOX (filters), GTK_WIDGET (self->status_filter));
  gtk_widget_set_margin_top (filters, 8);
  gtk_widget_set_margin_bottom (filters, 4);
  gtk_widget_set_margin_start (filters, 8);
  gtk_widget_set_margin_end (filters, 8);
  gtk_box_append (GTK_BOX (box), filters);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_list_box_set_placeholder (self->list, rp_ui_empty_label (_("No philosophies match")));
  g_signal_connect (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_box_append (GTK_BOX (box), scroll);

  self->count_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->count_label, "dim-label");
  gtk_widget_add_css_class (self->count_label, "caption");
  gtk_widget_set_margin_bottom (self->count_label, 4);
  gtk_box_append (GTK_BOX (box), self->count_label);

  gtk_button_set_child (GTK_BUTTON (add), g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "list-add-symbolic",
                                                        "label", _("_New"), "use-underline", TRUE, NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "philosophies.new");
  gtk_widget_set_tooltip_text (add, _("New Candidate Philosophy"));
  gtk_widget_set_hexpand (add, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (compare), "philosophies.compare");
  gtk_widget_set_hexpand (compare, TRUE);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), add);
  gtk_box_append (GTK_BOX (buttons), compare);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 6);
  gtk_widget_set_margin_start (buttons, 8);
  gtk_widget_set_margin_end (buttons, 8);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_widget_set_size_request (box, 280, -1);
  return box;
}


static void
rp_philosophy_page_init (RpPhilosophyPage *self)
{
  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  self->sidebar = build_sidebar (self);
  self->stack = rp_ui_content_stack ();
  gtk_stack_add_named (self->stack,
                       rp_ui_status_page ("emblem-favorite-symbolic", _("No Philosophy Yet"),
                                          _("Write down how the company means to treat its customers: a statement and the "
                                            "principles behind it. Draft candidates, compare them, and adopt one."),
                                          _("_New Philosophy"), "philosophies.new"),
                       "empty");
  self->detail = rp_philosophy_detail_new ();
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->detail), "detail");
  self->leaflet = rp_ui_split_view (self->sidebar, GTK_WIDGET (self->stack), rp_philosophy_detail_get_back_button (self->detail));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->leaflet));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophies.duplicate", FALSE);
}

RpPhilosophyPage *
rp_philosophy_page_new (void)
{
  return g_object_new (RP_TYPE_PHILOSOPHY_PAGE, NULL);
}

RpPhilosophyDetail *
rp_philosophy_page_get_detail (RpPhilosophyPage *self)
{
  return self->detail;
}

guint
rp_philosophy_page_get_n_listed (RpPhilosophyPage *self)
{
  return self->n_listed;
}

void
rp_philosophy_page_set_search (RpPhilosophyPage *self,
                               const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  fill_list (self);
}

void
rp_philosophy_page_set_status_filter (RpPhilosophyPage *self,
                                      const char       *status)
{
  const RpField *field = rp_field_get (RP_PHILOSOPHY_STATUS);
  guint selected = 0;

  for (guint i = 0; status != NULL && field->enum_values[i].nick != NULL; i++)
    if (g_str_equal (field->enum_values[i].nick, status))
      selected = i + 1;
  gtk_drop_down_set_selected (self->status_filter, selected);
  fill_list (self);
}
