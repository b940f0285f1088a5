/* rp-framework-activities-tab.c — the phases in time order, and below them each phase's
 * activities with who carries them out; an activity moves to another phase from its
 * row, and its staff and the principles it serves are chosen in one dialog */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-framework-tabs.h"
#include "rp-util.h"
#include "rp-framework.h"
#include "rp-links-dialog.h"
#include "rp-philosophy.h"
#include "rp-record-model.h"
#include "rp-ui.h"

struct _RpFrameworkActivitiesTab
{
  RpDetailTab    parent_instance;

  RpRecordList  *phases;
  GtkBox        *activities;

  RpRecordModel *phase_rows;   /* shared with the phases' list */
  GPtrArray     *lists;        /* RpRecordList, one a phase */
  char          *signature;    /* of the phases the lists were built for */
  guint          fill_id;      /* binding the lists below the first, one an idle */
};

G_DEFINE_FINAL_TYPE (RpFrameworkActivitiesTab, rp_framework_activities_tab, RP_TYPE_DETAIL_TAB)

static char *
staff_subtitle (RpRecord *person,
                gpointer  user_data)
{
  return rp_staff_describe (user_data, person);
}

static void
links_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (widget));
  g_autoptr(RpRecord) activity = store ? rp_store_get (store, RP_KIND_ACTIVITY, g_variant_get_string (parameter, NULL)) : NULL;
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(GListModel) principles = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GListModel) kpis = NULL;
  g_autofree char *needs = NULL;
  GtkWidget *dialog;
  const char *uuid;

  if (activity == NULL)
    return;
  adopted = rp_philosophy_get_adopted (store);
  principles = adopted ? rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted))
                       : G_LIST_MODEL (g_list_store_new (RP_TYPE_RECORD));
  staff = rp_store_list (store, RP_KIND_STAFF, RP_FIELD_NONE, NULL);
  needs = rp_text_printf (_("It needs technical knowledge %d, business know-how %d and soft skills %d (0–5)."),
                           (int) rp_record_get_int (activity, RP_ACTIVITY_NEED_TECHNICAL),
                           (int) rp_record_get_int (activity, RP_ACTIVITY_NEED_BUSINESS),
                           (int) rp_record_get_int (activity, RP_ACTIVITY_NEED_SOFT_SKILLS));
  dialog = rp_links_dialog_new (widget, rp_record_get_string (activity, RP_ACTIVITY_TITLE));
  uuid = rp_record_get_uuid (activity);
  rp_links_dialog_add (dialog, rp_links_group_new_full (store, _("Staff Assigned"), needs,
                                                        RP_ACTIVITY_STAFF_ACTIVITY, uuid, RP_ACTIVITY_STAFF_STAFF, staff,
                                                        staff_subtitle, store));
  rp_links_dialog_add (dialog, rp_links_group_new (store, _("Principles It Serves"),
                                                   adopted ? _("From the adopted philosophy.") : _("No philosophy is adopted yet."),
                                                   RP_ACTIVITY_PRINCIPLE_ACTIVITY, uuid, RP_ACTIVITY_PRINCIPLE_PRINCIPLE, principles));
  kpis = rp_store_list (store, RP_KIND_KPI, RP_FIELD_NONE, NULL);
  rp_links_dialog_add (dialog, rp_links_group_new_full (store, _("Indicators of the Customers' Reaction"),
                                                        _("The company's own KPIs and outsourcers' KPIs that measure how customers react to it."),
                                                        RP_KPI_ACTIVITY_ACTIVITY, uuid, RP_KPI_ACTIVITY_KPI, kpis,
                                                        rp_ui_kpi_owner, store));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (widget));
  const char *activity_uuid, *phase_uuid;
  g_autoptr(RpRecord) activity = NULL;
  g_autoptr(RpRecord) phase = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(&s&s)", &activity_uuid, &phase_uuid);
  if (store == NULL)
    return;
  activity = rp_store_get (store, RP_KIND_ACTIVITY, activity_uuid);
  phase = rp_store_get (store, RP_KIND_PHASE, phase_uuid);
  if (activity == NULL || phase == NULL)
    return;
  if (!rp_activity_move_to_phase (store, activity, phase, &error))
    rp_ui_show_error (widget, _("Could Not Move the Activity"), error);
  else
    {
      /* Translators: a toast, "Moved to Onboarding" */
      g_autofree char *text = rp_text_printf (_("Moved to %s"), rp_record_get_string (phase, RP_PHASE_NAME));

      rp_ui_toast (widget, text);
    }
}

/* The staff-and-principles button and the move menu of an activity's row */
static GtkWidget *
activity_suffix (RpRecord *activity,
                 gpointer  user_data)
{
  RpFrameworkActivitiesTab *self = user_data;
  GListModel *phases = G_LIST_MODEL (self->phase_rows);
  g_autofree char *title = rp_record_dup_title (activity);
  g_autofree char *links_name = NULL;
  g_autofree char *move_name = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *links = gtk_button_new_from_icon_name ("system-users-symbolic");
  GtkWidget *move = gtk_menu_button_new ();

  gtk_widget_set_tooltip_text (links, _("Staff and Principles…"));
  /* Translators: a button's name for a screen reader, "Staff and principles of “Welcome call”" */
  links_name = rp_text_printf (_("Staff and principles of “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (links), GTK_ACCESSIBLE_PROPERTY_LABEL, links_name, -1);
  gtk_widget_add_css_class (links, "flat");
  gtk_widget_set_valign (links, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (links), "s", rp_record_get_uuid (activity));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (links), "activities.links");
  gtk_box_append (GTK_BOX (box), links);

  for (guint p = 0; phases != NULL && p < g_list_model_get_n_items (phases); p++)
    {
      g_autoptr(RpRow) phase = g_list_model_get_item (phases, p);
      g_autoptr(GMenuItem) item = NULL;

      if (g_strcmp0 (rp_row_get_uuid (phase), rp_record_get_string (activity, RP_ACTIVITY_PHASE)) == 0)
        continue;
      item = g_menu_item_new (rp_row_get_title (phase), NULL);
      g_menu_item_set_action_and_target (item, "activities.move", "(ss)", rp_record_get_uuid (activity), rp_row_get_uuid (phase));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (move), "mail-forward-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (move), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (move, _("Move to Another Phase"));
  /* Translators: a button's name for a screen reader, "Move “Welcome call” to another phase" */
  move_name = rp_text_printf (_("Move “%s” to another phase"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (move), GTK_ACCESSIBLE_PROPERTY_LABEL, move_name, -1);
  gtk_widget_add_css_class (move, "flat");
  gtk_widget_set_valign (move, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (move, g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);
  gtk_box_append (GTK_BOX (box), move);
  return box;
}

/* The lists below the fold fill in after the tab is painted, one phase at a time. */
static gboolean
bind_next_cb (gpointer data)
{
  RpFrameworkActivitiesTab *self = data;
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));

  for (guint i = 0; i < self->lists->len; i++)
    {
      RpRecordList *list = self->lists->pdata[i];
      const char *phase = g_object_get_data (G_OBJECT (list), "rp-phase");

      if (rp_record_list_get_store (list) == NULL)
        {
          rp_record_list_bind (list, store, RP_ACTIVITY_PHASE, phase);
          return G_SOURCE_CONTINUE;
        }
    }
  self->fill_id = 0;
  return G_SOURCE_REMOVE;
}

/* One list of activities a phase, built again only when the phases themselves change
 * (each list follows its own activities). */
static void
fill_lists (RpFrameworkActivitiesTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  GListModel *phases = G_LIST_MODEL (self->phase_rows);
  guint n = phases ? g_list_model_get_n_items (phases) : 0;
  GString *signature = g_string_new (NULL);
  GtkWidget *child;

  for (guint p = 0; p < n; p++)
    {
      g_autoptr(RpRow) phase = g_list_model_get_item (phases, p);
      RpRecord *record = rp_row_get_record (phase);

      g_string_append_printf (signature, "%s\x1f%s\x1f%d\x1f%d\x1e", rp_row_get_uuid (phase), rp_row_get_title (phase),
                              (int) rp_record_get_int (record, RP_PHASE_START_DAY), (int) rp_record_get_int (record, RP_PHASE_END_DAY));
    }
  if (g_strcmp0 (signature->str, self->signature) == 0)
    {
      g_string_free (signature, TRUE);
      return;
    }
  g_free (self->signature);
  self->signature = g_string_free (signature, FALSE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->activities))) != NULL)
    gtk_box_remove (self->activities, child);
  g_ptr_array_set_size (self->lists, 0);
  for (guint p = 0; p < n; p++)
    {
      g_autoptr(RpRow) phase = g_list_model_get_item (phases, p);
      RpRecord *record = rp_row_get_record (phase);
      g_autofree char *days = rp_phase_describe_days (rp_record_get_int (record, RP_PHASE_START_DAY),
                                                      rp_record_get_int (record, RP_PHASE_END_DAY));
      /* Translators: a phase's list of activities, "2. Sale and sign-up" */
      g_autofree char *title = rp_text_printf (_("%u. %s"), p + 1, rp_row_get_title (phase));
      RpRecordList *list = rp_record_list_new (RP_KIND_ACTIVITY, title);

      rp_record_list_set_description (list, days);
      rp_record_list_set_suffix_func (list, activity_suffix, self);
      rp_record_list_set_add_label (list, _("Add Activity"));
      rp_record_list_set_empty_text (list, _("No activities in this phase yet."));
      g_object_set_data_full (G_OBJECT (list), "rp-phase", g_strdup (rp_row_get_uuid (phase)), g_free);
      if (p == 0)
        rp_record_list_bind (list, store, RP_ACTIVITY_PHASE, rp_row_get_uuid (phase));
      gtk_box_append (self->activities, GTK_WIDGET (list));
      g_ptr_array_add (self->lists, list);
    }
  if (n > 1 && self->fill_id == 0)
    self->fill_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 20, bind_next_cb, self, NULL);
}

static void
rp_framework_activities_tab_bind (RpDetailTab *tab,
                                  RpStore     *store,
                                  RpRecord    *record)
{
  RpFrameworkActivitiesTab *self = RP_FRAMEWORK_ACTIVITIES_TAB (tab);
  const char *uuid = record ? rp_record_get_uuid (record) : NULL;

  if (self->phase_rows != NULL)
    g_signal_handlers_disconnect_by_func (self->phase_rows, fill_lists, self);
  g_clear_object (&self->phase_rows);
  g_clear_pointer (&self->signature, g_free);
  if (store != NULL && uuid != NULL)
    {
      self->phase_rows = rp_record_model_get (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, uuid);
      g_signal_connect_swapped (self->phase_rows, "items-changed", G_CALLBACK (fill_lists), self);
    }
  rp_record_list_bind (self->phases, store, RP_PHASE_FRAMEWORK, uuid);
  fill_lists (self);
}

RpRecordList *
rp_framework_activities_tab_get_phase (RpFrameworkActivitiesTab *self,
                                       guint                     index)
{
  g_return_val_if_fail (RP_IS_FRAMEWORK_ACTIVITIES_TAB (self), NULL);
  /* Whoever asks for a list gets it filled */
  while (self->fill_id != 0 && bind_next_cb (self) == G_SOURCE_CONTINUE)
    ;
  return index < self->lists->len ? self->lists->pdata[index] : NULL;
}

static void
rp_framework_activities_tab_dispose (GObject *object)
{
  RpFrameworkActivitiesTab *self = RP_FRAMEWORK_ACTIVITIES_TAB (object);

  if (self->phase_rows != NULL)
    g_signal_handlers_disconnect_by_func (self->phase_rows, fill_lists, self);
  g_clear_object (&self->phase_rows);
  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_clear_pointer (&self->lists, g_ptr_array_unref);
  g_clear_pointer (&self->signature, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_FRAMEWORK_ACTIVITIES_TAB);
  G_OBJECT_CLASS (rp_framework_activities_tab_parent_class)->dispose (object);
}

static void
rp_framework_activities_tab_class_init (RpFrameworkActivitiesTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_framework_activities_tab_dispose;
  tab_class->bind = rp_framework_activities_tab_bind;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/framework/rp-framework-activities-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkActivitiesTab, phases);
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkActivitiesTab, activities);
  gtk_widget_class_install_action (widget_class, "activities.links", "s", links_activated);
  gtk_widget_class_install_action (widget_class, "activities.move", "(ss)", move_activated);
}

static void
rp_framework_activities_tab_init (RpFrameworkActivitiesTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->lists = g_ptr_array_new ();
}

/* Every tab of the detail, registered before its template names them */
void
rp_framework_tabs_ensure_types (void)
{
  g_type_ensure (RP_TYPE_FRAMEWORK_ACTIVITIES_TAB);
  g_type_ensure (RP_TYPE_FRAMEWORK_DIAGRAM_TAB);
  g_type_ensure (RP_TYPE_FRAMEWORK_FACTORS_TAB);
  g_type_ensure (RP_TYPE_FRAMEWORK_COVERAGE_TAB);
}
