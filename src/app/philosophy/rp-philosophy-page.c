/* rp-philosophy-page.c — candidate philosophies on the left, searchable and filtered by
 * status, and the one chosen on the right; comparing, and starting a new candidate from
 * an old one */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-philosophy-page.h"
#include "rp-util.h"
#include "rp-compare-dialog.h"
#include "rp-philosophy.h"
#include "rp-record-editor.h"
#include "rp-record-model.h"
#include "rp-row-list.h"
#include "rp-ui.h"

struct _RpPhilosophyPage
{
  RpAreaPage          parent_instance;

  GtkSearchEntry     *search;
  GtkDropDown        *status_filter;
  RpRowList          *list;
  GtkLabel           *count_label;
  GtkStack           *stack;
  RpPhilosophyDetail *detail;

  RpRecordModel      *philosophies;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
};

G_DEFINE_FINAL_TYPE (RpPhilosophyPage, rp_philosophy_page, RP_TYPE_AREA_PAGE)

enum { PROP_0, PROP_SEARCH, PROP_STATUS_FILTER, PROP_N_LISTED, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* Index 0 is "any status"; the others follow the kind's statuses. */
static int
filter_status (RpPhilosophyPage *self)
{
  guint i = gtk_drop_down_get_selected (self->status_filter);

  return i > 0 && i != GTK_INVALID_LIST_POSITION ? (int) i - 1 : -1;
}

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  RpPhilosophyPage *self = user_data;
  RpRecord *philosophy = rp_row_get_record (item);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  int status = filter_status (self);
  g_autofree char *needle = NULL;
  g_autofree char *title = NULL;
  g_autofree char *statement = NULL;

  if (status >= 0 && rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) != status)
    return FALSE;
  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  title = g_utf8_casefold (rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE), -1);
  statement = g_utf8_casefold (rp_record_get_string (philosophy, RP_PHILOSOPHY_STATEMENT) ?: "", -1);
  return strstr (title, needle) != NULL || strstr (statement, needle) != NULL;
}

static void
show_count (RpPhilosophyPage *self)
{
  guint n = self->philosophies ? g_list_model_get_n_items (G_LIST_MODEL (self->philosophies)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *count = shown < n ? rp_text_printf (_("%u of %u shown"), shown, n)
                                     : rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate", "%u candidates", n), n);

  gtk_label_set_text (self->count_label, count);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LISTED]);
}

static void
filters_changed_cb (RpPhilosophyPage *self)
{
  /* The dropdown is given its choices before the filter exists */
  if (self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  show_count (self);
}

static void
show_philosophy (RpPhilosophyPage *self,
                 RpRecord         *philosophy)
{
  rp_detail_view_set_record (RP_DETAIL_VIEW (self->detail), rp_area_page_get_store (RP_AREA_PAGE (self)), philosophy);
  gtk_stack_set_visible_child_name (self->stack, philosophy ? "detail" : "empty");
  rp_row_list_set_selected (self->list, philosophy ? rp_record_get_uuid (philosophy) : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophies.duplicate", philosophy != NULL);
}

/* Until one is chosen: the adopted philosophy, or the first, or nothing */
static void
philosophies_changed_cb (RpPhilosophyPage *self)
{
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(RpRecord) first = NULL;

  show_count (self);
  if (rp_detail_view_get_record (RP_DETAIL_VIEW (self->detail)) != NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->philosophies)) && adopted == NULL; i++)
    {
      g_autoptr(RpRecord) philosophy = rp_record_model_get_record (self->philosophies, i);

      if (first == NULL)
        first = g_object_ref (philosophy);
      if (rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) == RP_PHILOSOPHY_STATUS_ADOPTED)
        adopted = g_object_ref (philosophy);
    }
  show_philosophy (self, adopted ? adopted : first);
}

static void
philosophy_activated_cb (RpRowList        *list,
                         RpRow            *row,
                         RpPhilosophyPage *self)
{
  show_philosophy (self, rp_row_get_record (row));
  rp_area_page_show_content (RP_AREA_PAGE (self));
}

static void
detail_gone_cb (RpPhilosophyDetail *detail,
                RpPhilosophyPage   *self)
{
  rp_detail_view_set_record (RP_DETAIL_VIEW (detail), rp_area_page_get_store (RP_AREA_PAGE (self)), NULL);
  philosophies_changed_cb (self);
}

/* RpAreaPage */

static void
rp_philosophy_page_store_changed (RpAreaPage *page)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (page);
  RpStore *store = rp_area_page_get_store (page);

  if (self->philosophies != NULL)
    g_signal_handlers_disconnect_by_func (self->philosophies, philosophies_changed_cb, self);
  g_clear_object (&self->philosophies);
  rp_detail_view_set_record (RP_DETAIL_VIEW (self->detail), store, NULL);
  if (store != NULL)
    {
      self->philosophies = rp_record_model_get (store, RP_KIND_PHILOSOPHY, RP_FIELD_NONE, NULL);
      /* After the list's own selection has taken the change in */
      g_signal_connect_data (self->philosophies, "items-changed", G_CALLBACK (philosophies_changed_cb), self, NULL,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->philosophies));
  show_philosophy (self, NULL);
  if (self->philosophies != NULL)
    philosophies_changed_cb (self);
}

/* Every record of a philosophy opens it, on the tab it belongs to. */
static gboolean
rp_philosophy_page_show_record (RpAreaPage *page,
                                RpRecord   *record,
                                const char *tab)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (page);
  RpFieldId owner = rp_kind_field_id (rp_record_get_kind (record), "philosophy");
  g_autoptr(RpRecord) philosophy = NULL;
  const char *home = "write";

  if (rp_record_get_kind_id (record) == RP_KIND_PHILOSOPHY)
    philosophy = g_object_ref (record);
  else if (rp_record_get_kind_id (record) == RP_KIND_KPI_PRINCIPLE)
    {
      RpStore *store = rp_area_page_get_store (page);
      g_autoptr(RpRecord) principle = rp_store_get (store, RP_KIND_PRINCIPLE,
                                                    rp_record_get_string (record, RP_KPI_PRINCIPLE_PRINCIPLE));

      if (principle != NULL)
        philosophy = rp_store_get (store, RP_KIND_PHILOSOPHY, rp_record_get_string (principle, RP_PRINCIPLE_PHILOSOPHY));
    }
  else if (owner != RP_FIELD_NONE && rp_record_is_set (record, owner))
    philosophy = rp_store_get (rp_area_page_get_store (page), RP_KIND_PHILOSOPHY, rp_record_get_string (record, owner));
  if (philosophy == NULL)
    return FALSE;
  switch (rp_record_get_kind_id (record))
    {
    case RP_KIND_PROMOTION: home = "promote"; break;
    case RP_KIND_PHILOSOPHY_EVENT: home = "adoption"; break;
    case RP_KIND_EVALUATION: home = "evaluate"; break;
    case RP_KIND_ACKNOWLEDGEMENT:
    case RP_KIND_KPI_PRINCIPLE: home = "living"; break;
    default: break;
    }
  /* Whatever filter is on, what is opened is listed */
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_drop_down_set_selected (self->status_filter, 0);
  show_philosophy (self, philosophy);
  rp_detail_view_show_tab (RP_DETAIL_VIEW (self->detail), tab != NULL ? tab : home);
  rp_area_page_show_content (page);
  return TRUE;
}

static void
new_saved_cb (RpRecordEditor   *editor,
              RpRecord         *philosophy,
              RpPhilosophyPage *self)
{
  show_philosophy (self, philosophy);
  rp_detail_view_show_tab (RP_DETAIL_VIEW (self->detail), "write");
  rp_area_page_show_content (RP_AREA_PAGE (self));
}

static void
rp_philosophy_page_new_record (RpAreaPage *page)
{
  RpRecordEditor *editor = rp_record_editor_new_for (GTK_WIDGET (page), rp_area_page_get_store (page), RP_KIND_PHILOSOPHY, NULL);

  /* The staff edition is written on the Write tab, with its readability shown */
  rp_record_editor_hide_field (editor, "staff_edition");
  rp_record_editor_hide_field (editor, "decision_notes");
  g_signal_connect_object (editor, "saved", G_CALLBACK (new_saved_cb), page, 0);
  rp_record_editor_present (editor);
}

/* Actions */

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (widget);
  RpRecord *original = rp_detail_view_get_record (RP_DETAIL_VIEW (self->detail));
  g_autoptr(RpRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *toast = NULL;

  if (original == NULL)
    return;
  /* Translators: the title of a new candidate started from another, "Customer First (new draft)" */
  title = rp_text_printf (_("%s (new draft)"), rp_record_get_string (original, RP_PHILOSOPHY_TITLE));
  copy = rp_philosophy_duplicate (rp_area_page_get_store (RP_AREA_PAGE (self)), original, title, &error);
  if (copy == NULL)
    {
      rp_ui_show_error (widget, _("Could Not Start a New Candidate"), error);
      return;
    }
  toast = rp_text_printf (_("Started a new draft from “%s”"), rp_record_get_string (original, RP_PHILOSOPHY_TITLE));
  show_philosophy (self, copy);
  rp_detail_view_show_tab (RP_DETAIL_VIEW (self->detail), "write");
  rp_ui_toast (widget, toast);
}

static void
compare_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (widget);
  RpRecord *shown = rp_detail_view_get_record (RP_DETAIL_VIEW (self->detail));
  RpStore *store = rp_area_page_get_store (RP_AREA_PAGE (self));

  if (store != NULL)
    gtk_window_present (GTK_WINDOW (rp_compare_dialog_new (widget, store, shown ? rp_record_get_uuid (shown) : NULL)));
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (widget);

  rp_area_page_show_sidebar (RP_AREA_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

RpPhilosophyDetail *
rp_philosophy_page_get_detail (RpPhilosophyPage *self)
{
  g_return_val_if_fail (RP_IS_PHILOSOPHY_PAGE (self), NULL);
  return self->detail;
}

static void
rp_philosophy_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (object);
  int status;

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, gtk_editable_get_text (GTK_EDITABLE (self->search)));
      break;
    case PROP_STATUS_FILTER:
      status = filter_status (self);
      g_value_set_string (value, status >= 0 ? rp_field_enum_nick (rp_field_get (RP_PHILOSOPHY_STATUS), status) : NULL);
      break;
    case PROP_N_LISTED:
      g_value_set_uint (value, g_list_model_get_n_items (G_LIST_MODEL (self->filtered)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_philosophy_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (object);
  const char *status;

  switch (prop_id)
    {
    case PROP_SEARCH:
      gtk_editable_set_text (GTK_EDITABLE (self->search), g_value_get_string (value) ?: "");
      /* The entry waits for typing to pause; a program does not type */
      filters_changed_cb (self);
      break;
    case PROP_STATUS_FILTER:
      status = g_value_get_string (value);
      gtk_drop_down_set_selected (self->status_filter,
                                  status ? (guint) rp_field_enum_index (rp_field_get (RP_PHILOSOPHY_STATUS), status) + 1 : 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_philosophy_page_dispose (GObject *object)
{
  RpPhilosophyPage *self = RP_PHILOSOPHY_PAGE (object);

  if (self->philosophies != NULL)
    g_signal_handlers_disconnect_by_func (self->philosophies, philosophies_changed_cb, self);
  g_clear_object (&self->philosophies);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_PHILOSOPHY_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  G_OBJECT_CLASS (rp_philosophy_page_parent_class)->dispose (object);
}

static void
rp_philosophy_page_class_init (RpPhilosophyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpAreaPageClass *page_class = RP_AREA_PAGE_CLASS (klass);

  object_class->dispose = rp_philosophy_page_dispose;
  object_class->get_property = rp_philosophy_page_get_property;
  object_class->set_property = rp_philosophy_page_set_property;
  page_class->store_changed = rp_philosophy_page_store_changed;
  page_class->show_record = rp_philosophy_page_show_record;
  page_class->new_record = rp_philosophy_page_new_record;

  /* The text searched for in titles and statements */
  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, NULL,
                                                 G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* The status listed (a nick), NULL for any */
  properties[PROP_STATUS_FILTER] = g_param_spec_string ("status-filter", NULL, NULL, NULL,
                                                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_LISTED] = g_param_spec_uint ("n-listed", NULL, NULL, 0, G_MAXUINT, 0,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_ROW_LIST);
  g_type_ensure (RP_TYPE_PHILOSOPHY_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/philosophy/rp-philosophy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyPage, search);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyPage, list);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, philosophy_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_gone_cb);
  gtk_widget_class_install_action (widget_class, "philosophies.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "philosophies.compare", NULL, compare_activated);
  gtk_widget_class_install_action (widget_class, "philosophies.search", NULL, focus_search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "philosophies.search", NULL);
}

static void
rp_philosophy_page_init (RpPhilosophyPage *self)
{
  const RpField *field = rp_field_get (RP_PHILOSOPHY_STATUS);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (statuses, _("Any Status"));
  for (guint i = 0; field->enum_values[i].nick != NULL; i++)
    gtk_string_list_append (statuses, _(field->enum_values[i].label));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (show_count), self);
  rp_row_list_set_model (self->list, G_LIST_MODEL (self->filtered));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophies.duplicate", FALSE);
}

RpPhilosophyPage *
rp_philosophy_page_new (void)
{
  return g_object_new (RP_TYPE_PHILOSOPHY_PAGE, NULL);
}
