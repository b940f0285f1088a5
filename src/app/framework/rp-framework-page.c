/* rp-framework-page.c — frameworks on the left with the staff directory, and on the right
 * the framework chosen; a new framework starts from an industry template */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-framework-page.h"
#include "rp-framework.h"
#include "rp-framework-models.h"
#include "rp-record-list.h"
#include "rp-row-list.h"
#include "rp-ui.h"

struct _RpFrameworkPage
{
  RpAreaPage            parent_instance;

  GtkListBox           *sections;
  RpRowList            *list;
  GtkStack             *stack;
  RpRecordList         *staff;
  RpFrameworkDetail    *detail;

  RpFrameworkListModel *frameworks;
};

G_DEFINE_FINAL_TYPE (RpFrameworkPage, rp_framework_page, RP_TYPE_AREA_PAGE)

enum { PROP_0, PROP_SECTION, PROP_N_LISTED, N_PROPS };
static GParamSpec *properties[N_PROPS];

void
rp_framework_page_show (RpFrameworkPage *self,
                        const char      *section)
{
  g_return_if_fail (RP_IS_FRAMEWORK_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, section);
  if (g_str_equal (section, "staff"))
    {
      gtk_list_box_select_row (self->sections, gtk_list_box_get_row_at_index (self->sections, 0));
      rp_row_list_set_selected (self->list, NULL);
    }
  else
    {
      RpRecord *shown = rp_detail_view_get_record (RP_DETAIL_VIEW (self->detail));

      gtk_list_box_unselect_all (self->sections);
      rp_row_list_set_selected (self->list, shown && g_str_equal (section, "detail") ? rp_record_get_uuid (shown) : NULL);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

const char *
rp_framework_page_get_section (RpFrameworkPage *self)
{
  g_return_val_if_fail (RP_IS_FRAMEWORK_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
show_framework (RpFrameworkPage *self,
                RpRecord        *framework)
{
  rp_detail_view_set_record (RP_DETAIL_VIEW (self->detail), rp_area_page_get_store (RP_AREA_PAGE (self)), framework);
  rp_framework_page_show (self, framework ? "detail" : "empty");
}

/* Until one is chosen, the first framework is shown. */
static void
frameworks_changed_cb (RpFrameworkPage *self)
{
  g_autoptr(RpRow) first = NULL;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LISTED]);
  if (rp_detail_view_get_record (RP_DETAIL_VIEW (self->detail)) != NULL ||
      g_str_equal (rp_framework_page_get_section (self), "staff"))
    return;
  first = g_list_model_get_item (G_LIST_MODEL (self->frameworks), 0);
  show_framework (self, first ? rp_row_get_record (first) : NULL);
}

static void
framework_activated_cb (RpRowList       *list,
                        RpRow           *row,
                        RpFrameworkPage *self)
{
  show_framework (self, rp_row_get_record (row));
  rp_area_page_show_content (RP_AREA_PAGE (self));
}

static void
section_activated_cb (GtkListBox      *box,
                      GtkListBoxRow   *row,
                      RpFrameworkPage *self)
{
  rp_framework_page_show (self, "staff");
  rp_area_page_show_content (RP_AREA_PAGE (self));
}

/* The framework shown was deleted: the first of the others, if any. */
static void
detail_gone_cb (RpFrameworkDetail *detail,
                RpFrameworkPage   *self)
{
  rp_detail_view_set_record (RP_DETAIL_VIEW (detail), rp_area_page_get_store (RP_AREA_PAGE (self)), NULL);
  rp_framework_page_show (self, "empty");
  frameworks_changed_cb (self);
}

/* RpAreaPage */

static void
rp_framework_page_store_changed (RpAreaPage *page)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (page);
  RpStore *store = rp_area_page_get_store (page);

  if (self->frameworks != NULL)
    g_signal_handlers_disconnect_by_func (self->frameworks, frameworks_changed_cb, self);
  g_clear_object (&self->frameworks);
  rp_detail_view_set_record (RP_DETAIL_VIEW (self->detail), store, NULL);
  if (store != NULL)
    {
      self->frameworks = rp_framework_list_model_get (store);
      /* After the list's own selection has taken the change in */
      g_signal_connect_data (self->frameworks, "items-changed", G_CALLBACK (frameworks_changed_cb), self, NULL,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  rp_row_list_set_model (self->list, G_LIST_MODEL (self->frameworks));
  rp_record_list_bind (self->staff, store, RP_FIELD_NONE, NULL);
  rp_framework_page_show (self, "empty");
  if (self->frameworks != NULL)
    frameworks_changed_cb (self);
}

/* Every record of a framework opens it, on the tab it belongs to; a person opens the directory. */
static gboolean
rp_framework_page_show_record (RpAreaPage *page,
                               RpRecord   *record,
                               const char *tab)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (page);
  RpStore *store = rp_area_page_get_store (page);
  g_autoptr(RpRecord) framework = NULL;
  g_autoptr(RpRecord) activity = NULL;
  g_autoptr(RpRecord) phase = NULL;

  switch (rp_record_get_kind_id (record))
    {
    case RP_KIND_STAFF:
      rp_framework_page_show (self, "staff");
      rp_area_page_show_content (page);
      return TRUE;
    case RP_KIND_FRAMEWORK:
      framework = g_object_ref (record);
      break;
    case RP_KIND_PHASE:
      framework = rp_store_get (store, RP_KIND_FRAMEWORK, rp_record_get_string (record, RP_PHASE_FRAMEWORK));
      break;
    case RP_KIND_FACTOR:
      framework = rp_store_get (store, RP_KIND_FRAMEWORK, rp_record_get_string (record, RP_FACTOR_FRAMEWORK));
      break;
    case RP_KIND_ACTIVITY:
    case RP_KIND_KPI_ACTIVITY:
      activity = rp_record_get_kind_id (record) == RP_KIND_ACTIVITY
                   ? g_object_ref (record)
                   : rp_store_get (store, RP_KIND_ACTIVITY, rp_record_get_string (record, RP_KPI_ACTIVITY_ACTIVITY));
      phase = activity ? rp_store_get (store, RP_KIND_PHASE, rp_record_get_string (activity, RP_ACTIVITY_PHASE)) : NULL;
      framework = phase ? rp_store_get (store, RP_KIND_FRAMEWORK, rp_record_get_string (phase, RP_PHASE_FRAMEWORK)) : NULL;
      break;
    case RP_KIND_ACKNOWLEDGEMENT:
      if (rp_record_is_set (record, RP_ACKNOWLEDGEMENT_FRAMEWORK))
        framework = rp_store_get (store, RP_KIND_FRAMEWORK, rp_record_get_string (record, RP_ACKNOWLEDGEMENT_FRAMEWORK));
      break;
    default:
      break;
    }
  if (framework == NULL)
    return FALSE;
  show_framework (self, framework);
  if (tab == NULL)
    tab = rp_record_get_kind_id (record) == RP_KIND_FACTOR            ? "factors"
          : rp_record_get_kind_id (record) == RP_KIND_ACKNOWLEDGEMENT ? "coverage"
                                                                      : "activities";
  rp_detail_view_show_tab (RP_DETAIL_VIEW (self->detail), tab);
  rp_area_page_show_content (page);
  return TRUE;
}

/* A new framework, from a template */

static void
new_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 RpFrameworkPage  *self)
{
  GtkEditable *title = g_object_get_data (G_OBJECT (dialog), "rp-title");
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "rp-checks");
  RpStore *store = rp_area_page_get_store (RP_AREA_PAGE (self));
  g_autofree char *text = NULL;
  g_autoptr(RpRecord) framework = NULL;
  g_autoptr(GError) error = NULL;
  const char *template = "blank";

  if (!g_str_equal (response, "create") || store == NULL)
    return;
  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (checks->pdata[i]))
      template = g_object_get_data (G_OBJECT (checks->pdata[i]), "rp-template");
  text = g_strstrip (g_strdup (gtk_editable_get_text (title)));
  framework = rp_framework_create_from_template (store, template, *text ? text : _("New framework"), &error);
  if (framework == NULL)
    {
      rp_ui_show_error (GTK_WIDGET (self), _("Could Not Create the Framework"), error);
      return;
    }
  show_framework (self, framework);
  rp_detail_view_show_tab (RP_DETAIL_VIEW (self->detail), "activities");
  rp_area_page_show_content (RP_AREA_PAGE (self));
}

static void
rp_framework_page_new_record (RpAreaPage *page)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (page);
  const RpField *field = rp_field_get (RP_FRAMEWORK_TEMPLATE);
  GtkWidget *dialog, *box, *title_group, *title, *templates;
  GPtrArray *checks = g_ptr_array_new ();
  GtkCheckButton *first = NULL;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("New Framework"),
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

RpFrameworkDetail *
rp_framework_page_get_detail (RpFrameworkPage *self)
{
  g_return_val_if_fail (RP_IS_FRAMEWORK_PAGE (self), NULL);
  return self->detail;
}

static void
rp_framework_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_string (value, rp_framework_page_get_section (self));
      break;
    case PROP_N_LISTED:
      g_value_set_uint (value, self->frameworks ? g_list_model_get_n_items (G_LIST_MODEL (self->frameworks)) : 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_framework_page_dispose (GObject *object)
{
  RpFrameworkPage *self = RP_FRAMEWORK_PAGE (object);

  if (self->frameworks != NULL)
    g_signal_handlers_disconnect_by_func (self->frameworks, frameworks_changed_cb, self);
  g_clear_object (&self->frameworks);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_FRAMEWORK_PAGE);
  G_OBJECT_CLASS (rp_framework_page_parent_class)->dispose (object);
}

static void
rp_framework_page_class_init (RpFrameworkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpAreaPageClass *page_class = RP_AREA_PAGE_CLASS (klass);

  object_class->dispose = rp_framework_page_dispose;
  object_class->get_property = rp_framework_page_get_property;
  page_class->store_changed = rp_framework_page_store_changed;
  page_class->show_record = rp_framework_page_show_record;
  page_class->new_record = rp_framework_page_new_record;

  /* What the content shows: empty, staff or detail */
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_LISTED] = g_param_spec_uint ("n-listed", NULL, NULL, 0, G_MAXUINT, 0,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_ROW_LIST);
  g_type_ensure (RP_TYPE_RECORD_LIST);
  g_type_ensure (RP_TYPE_FRAMEWORK_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/framework/rp-framework-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkPage, sections);
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkPage, list);
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkPage, staff);
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, section_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, framework_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_gone_cb);
}

static void
rp_framework_page_init (RpFrameworkPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RpFrameworkPage *
rp_framework_page_new (void)
{
  return g_object_new (RP_TYPE_FRAMEWORK_PAGE, NULL);
}
