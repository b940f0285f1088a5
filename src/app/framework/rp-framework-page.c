/* rp-framework-page.c — frameworks on the left with the staff directory, and on the right
 * the framework chosen; a new framework starts from an industry template */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-framework-page.h"
#include "rp-framework.h"
#include "rp-record-editor.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-view.h"

struct _RpFrameworkPage
{
  AdwBin             parent_instance;

  AdwLeaflet        *leaflet;
  GtkWidget         *sidebar;
  GtkListBox        *sections;
  GtkListBox        *list;
  GtkStack          *stack;
  RpFrameworkDetail *detail;
  RpRecordList      *staff;

  RpStoreWatch       watch;
  char              *shown;
  guint              n_listed;
  gboolean           selecting;
};

static void rp_framework_page_view_init (RpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpFrameworkPage, rp_framework_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_VIEW, rp_framework_page_view_init))

static GtkWidget *
framework_row (RpFrameworkPage *self,
               RpRecord        *framework)
{
  const char *uuid = rp_record_get_uuid (framework);
  guint n_phases = rp_store_count_where (self->watch.store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, uuid);
  g_autoptr(GPtrArray) activities = rp_framework_list_activities (self->watch.store, framework);
  g_autoptr(GPtrArray) findings = rp_framework_findings (self->watch.store, framework);
  g_autofree char *phases = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u phase", "%u phases", n_phases), n_phases);
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u activity", "%s · %u activities",
                                                            activities->len), phases, activities->len);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (rp_record_get_string (framework, RP_FRAMEWORK_TITLE));
  GtkWidget *sub = gtk_label_new (subtitle);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), sub);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (line), labels);
  if (findings->len > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", findings->len);
      GtkWidget *badge = rp_ui_badge_new (count, "warning");
      g_autofree char *tip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", findings->len),
                                              findings->len);

      gtk_widget_set_tooltip_text (badge, tip);
      gtk_box_append (GTK_BOX (line), badge);
    }
  gtk_widget_set_margin_top (line, 6);
  gtk_widget_set_margin_bottom (line, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
  g_object_set_data_full (G_OBJECT (row), "rp-uuid", g_strdup (uuid), g_free);
  return row;
}

void
rp_framework_page_show (RpFrameworkPage *self,
                        const char      *section)
{
  self->selecting = TRUE;
  gtk_stack_set_visible_child_name (self->stack, section);
  gtk_list_box_unselect_all (self->sections);
  gtk_list_box_unselect_all (self->list);
  if (g_str_equal (section, "staff"))
    gtk_list_box_select_row (self->sections, gtk_list_box_get_row_at_index (self->sections, 0));
  else
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (g_object_get_data (G_OBJECT (row), "rp-uuid"), self->shown) == 0)
        gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
  self->selecting = FALSE;
}

const char *
rp_framework_page_get_section (RpFrameworkPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
show_framework (RpFrameworkPage *self,
                RpRecord        *framework,
                gboolean         navigate)
{
  g_free (self->shown);
  self->shown = framework ? g_strdup (rp_record_get_uuid (framework)) : NULL;
  rp_framework_detail_set_framework (self->detail, self->watch.store, framework);
  rp_framework_page_show (self, framework ? "detail" : "empty");
  if (navigate && framework != NULL)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
fill_list (RpFrameworkPage *self)
{
  g_autoptr(GListModel) frameworks = NULL;
  g_autoptr(RpRecord) shown = NULL;
  const char *section = gtk_stack_get_visible_child_name (self->stack);

  self->selecting = TRUE;
  rp_ui_list_box_clear (self->list);
  self->selecting = FALSE;
  self->n_listed = 0;
  if (self->watch.store == NULL)
    return;
  frameworks = rp_store_list (self->watch.store, RP_KIND_FRAMEWORK, RP_FIELD_NONE, NULL);
  self->n_listed = g_list_model_get_n_items (frameworks);
  for (guint i = 0; i < self->n_listed; i++)
    {
      g_autoptr(RpRecord) f = g_list_model_get_item (frameworks, i);

      gtk_list_box_append (self->list, framework_row (self, f));
    }
  shown = self->shown ? rp_store_get (self->watch.store, RP_KIND_FRAMEWORK, self->shown) : NULL;
  if (shown == NULL && self->n_listed > 0)
    shown = g_list_model_get_item (frameworks, 0);
  if (shown == NULL || g_strcmp0 (self->shown, rp_record_get_uuid (shown)) != 0)
    {
      if (g_strcmp0 (section, "staff") == 0)
        {
          g_free (self->shown);
          self->shown = shown ? g_strdup (rp_record_get_uuid (shown)) : NULL;
          rp_framework_detail_set_framework (self->detail, self->watch.store, shown);
        }
      else
        show_framework (self, shown, FALSE);
    }
  rp_framework_page_show (self, g_strcmp0 (section, "staff") == 0 ? "staff" : self->shown ? "detail" : "empty");
}

static void
row_selected_cb (GtkListBox      *list,
                 GtkListBoxRow   *row,
                 RpFrameworkPage *self)
{
  g_autoptr(RpRecord) framework = NULL;

  if (self->selecting || row == NULL)
    return;
  framework = rp_store_get (self->watch.store, RP_KIND_FRAMEWORK, g_object_get_data (G_OBJECT (row), "rp-uuid"));
  if (framework != NULL)
    show_framework (self, framework, TRUE);
}

static void
section_activated_cb (GtkListBox      *box,
                      GtkListBoxRow   *row,
                      RpFrameworkPage *self)
{
  rp_framework_page_show (self, "staff");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static const char *const watched_kinds[] = {
  "framework", "phase", "activity", "activity_staff", "activity_principle", "staff", "philosophy", "principle", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpFrameworkPage *self = user_data;

  fill_list (self);
}

static void
rp_framework_page_set_store (RpView  *view,
                             RpStore *store)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (view);

  rp_store_watch_set_store (&self->watch, store);
  g_clear_pointer (&self->shown, g_free);
  rp_record_list_set_store (self->staff, store);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  fill_list (self);
}

/* Every record of a framework opens it, on the tab it belongs to; a person opens the directory. */
static gboolean
rp_framework_page_show_record (RpView     *view,
                               const char *kind_name,
                               const char *uuid)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (view);
  g_autoptr(RpRecord) record = self->watch.store ? rp_store_lookup (self->watch.store, kind_name, uuid) : NULL;
  g_autoptr(RpRecord) framework = NULL;
  const char *tab = "activities";

  if (record == NULL)
    return FALSE;
  if (g_str_equal (kind_name, "staff"))
    {
      rp_framework_page_show (self, "staff");
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      return TRUE;
    }
  if (g_str_equal (kind_name, "framework"))
    framework = g_object_ref (record);
  else if (g_str_equal (kind_name, "phase") || g_str_equal (kind_name, "factor"))
    framework = rp_store_get (self->watch.store, RP_KIND_FRAMEWORK, rp_record_get_string (record, rp_kind_field_id (rp_record_get_kind (record), "framework")));
  else if (g_str_equal (kind_name, "activity"))
    {
      g_autoptr(RpRecord) phase = rp_store_get (self->watch.store, RP_KIND_PHASE, rp_record_get_string (record, RP_ACTIVITY_PHASE));

      framework = phase ? rp_store_get (self->watch.store, RP_KIND_FRAMEWORK, rp_record_get_string (phase, RP_PHASE_FRAMEWORK)) : NULL;
    }
  if (framework == NULL)
    return FALSE;
  if (g_str_equal (kind_name, "factor"))
    tab = "factors";
  show_framework (self, framework, TRUE);
  rp_framework_detail_show_tab (self->detail, tab);
  return TRUE;
}

static void
rp_framework_page_view_init (RpViewInterface *iface)
{
  iface->set_store = rp_framework_page_set_store;
  iface->show_record = rp_framework_page_show_record;
}

/* A new framework, from a template */

static void
new_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 RpFrameworkPage  *self)
{
  GtkEditable *title = g_object_get_data (G_OBJECT (dialog), "rp-title");
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "rp-checks");
  g_autofree char *text = NULL;
  g_autoptr(RpRecord) framework = NULL;
  g_autoptr(GError) error = NULL;
  const char *template = "blank";

  if (!g_str_equal (response, "create") || self->watch.store == NULL)
    return;
  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (checks->pdata[i]))
      template = g_object_get_data (G_OBJECT (checks->pdata[i]), "rp-template");
  text = g_strstrip (g_strdup (gtk_editable_get_text (title)));
  framework = rp_framework_create_from_template (self->watch.store, template, *text ? text : _("New framework"), &error);
  if (framework == NULL)
    {
      rp_ui_show_error (GTK_WIDGET (self), _("Could Not Create the Framework"), error);
      return;
    }
  show_framework (self, framework, TRUE);
  rp_framework_detail_show_tab (self->detail, "activities");
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (widget);
  const RpField *field = rp_field_get (RP_FRAMEWORK_TEMPLATE);
  GtkWidget *dialog, *box, *title_group, *title, *templates;
  GPtrArray *checks = g_ptr_array_new ();
  GtkCheckButton *first = NULL;

  if (self->watch.store == NULL)
    {
      g_ptr_array_unref (checks);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("New Framework"),
                                   _("Start from the template closest to what the company sells: their phases and activities differ."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  title_group = adw_preferences_group_new ();
  title = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title), _("Title"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (title_group), title);
  gtk_box_append (GTK_BOX (box), title_group);
  templates = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (templates), _("Template"));
  for (guint i = 0; field->enum_values[i].nick != NULL; i++)
    {
      const char *id = field->enum_values[i].nick;
      GtkWidget *row = rp_ui_row_new (_(field->enum_values[i].label), rp_framework_template_describe (id));
      GtkWidget *check = gtk_check_button_new ();

      if (first == NULL)
        first = GTK_CHECK_BUTTON (check);
      else
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_str_equal (id, "subscription"));
      g_object_set_data (G_OBJECT (check), "rp-template", (gpointer) id);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (templates), row);
      g_ptr_array_add (checks, check);
    }
  gtk_box_append (GTK_BOX (box), templates);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "create", _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  g_object_set_data (G_OBJECT (dialog), "rp-title", title);
  g_object_set_data_full (G_OBJECT (dialog), "rp-checks", checks, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
rp_framework_page_dispose (GObject *object)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (object);

  rp_store_watch_clear (&self->watch);
  g_clear_pointer (&self->shown, g_free);
  G_OBJECT_CLASS (rp_framework_page_parent_class)->dispose (object);
}

static void
rp_framework_page_class_init (RpFrameworkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_framework_page_dispose;
  gtk_widget_class_install_action (widget_class, "frameworks.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "frameworks.back", NULL, back_activated);
}

static char *
staff_subtitle (RpRecord *person,
                gpointer  user_data)
{
  RpFrameworkPage *self = user_data;

  return rp_staff_describe (self->watch.store, person);
}

static GtkWidget *
staff_suffix (RpRecord *person,
              gpointer  user_data)
{
  return rp_record_is_set (person, RP_STAFF_OUTSOURCER) ? rp_ui_badge_new (_("Outsourced"), NULL) : NULL;
}

static GtkWidget *
build_sidebar (RpFrameworkPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *add;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *heading = rp_ui_sidebar_heading (_("Frameworks"));

  self->sections = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->sections), "navigation-sidebar");
  gtk_box_append (GTK_BOX (line), gtk_image_new_from_icon_name ("system-users-symbolic"));
  gtk_box_append (GTK_BOX (line), gtk_label_new (_("Staff Directory")));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
  gtk_list_box_append (self->sections, row);
  g_signal_connect (self->sections, "row-activated", G_CALLBACK (section_activated_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->sections));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  gtk_box_append (GTK_BOX (box), heading);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_list_box_set_placeholder (self->list, rp_ui_empty_label (_("No frameworks yet")));
  g_signal_connect (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_box_append (GTK_BOX (box), scroll);

  add = rp_ui_sidebar_button ("list-add-symbolic", _("_New Framework…"), "frameworks.new");
  gtk_box_append (GTK_BOX (box), add);
  gtk_widget_set_size_request (box, 280, -1);
  return box;
}

static GtkWidget *
build_staff (RpFrameworkPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *title = gtk_label_new (_("Staff Directory"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (box), title);
  self->staff = rp_record_list_new (RP_KIND_STAFF, _("Own and Outsourced Staff"));
  rp_record_list_set_description (self->staff, _("Everyone who carries out the framework's activities, with their levels "
                                                 "(0–5) in technical knowledge, business know-how and soft skills. "
                                                 "Outsourced staff name their outsourcer and are managed as our own."));
  rp_record_list_set_subtitle_func (self->staff, staff_subtitle, self);
  rp_record_list_set_suffix_func (self->staff, staff_suffix, self);
  rp_record_list_set_add_label (self->staff, _("Add Person"));
  rp_record_list_watch_kind (self->staff, "outsourcer");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->staff));
  return rp_ui_scrolled_page (box, 900);
}


static void
rp_framework_page_init (RpFrameworkPage *self)
{
  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  self->sidebar = build_sidebar (self);
  self->stack = rp_ui_content_stack ();
  gtk_stack_add_named (self->stack,
                       rp_ui_status_page ("view-list-ordered-symbolic", _("No Framework Yet"),
                                          _("Lay out the company's customer-relationship activities from before the sale "
                                            "to long after it, and who carries them out."),
                                          _("_New Framework…"), "frameworks.new"),
                       "empty");
  gtk_stack_add_named (self->stack, build_staff (self), "staff");
  self->detail = rp_framework_detail_new ();
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->detail), "detail");
  self->leaflet = rp_ui_split_view (self->sidebar, GTK_WIDGET (self->stack), rp_framework_detail_get_back_button (self->detail));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->leaflet));
}

RpFrameworkPage *
rp_framework_page_new (void)
{
  return g_object_new (RP_TYPE_FRAMEWORK_PAGE, NULL);
}

RpFrameworkDetail *
rp_framework_page_get_detail (RpFrameworkPage *self)
{
  return self->detail;
}

RpRecordList *
rp_framework_page_get_staff (RpFrameworkPage *self)
{
  return self->staff;
}

guint
rp_framework_page_get_n_listed (RpFrameworkPage *self)
{
  return self->n_listed;
}
