/* rp-overview-page.c — the Overview paints at once and fills in as the core's models
 * read: the profile, what needs attention (one line for many findings of a kind, which
 * opens their list), the adopted philosophy, objectives, stakeholders and counts */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-overview-page.h"
#include "rp-findings-model.h"
#include "rp-record-model.h"
#include "rp-ui.h"
#include "rp-util.h"
#include "rp-view.h"
#include "rp-window.h"

struct _RpOverviewPage
{
  AdwBin           parent_instance;

  GtkStack        *leaflet;
  GtkLabel        *company_label;
  GtkLabel        *industry_label;
  GtkLabel        *mission_label;
  GtkWidget       *attention_group;
  GtkSpinner      *attention_spinner;
  GtkListBox      *attention_list;
  GtkListBox      *philosophy_list;
  GtkListBox      *objectives_list;
  GtkFlowBox      *stakeholders_box;
  GtkFlowBox      *counts_box;
  GtkLabel        *findings_title;
  GtkListView     *findings_view;

  RpStore         *store;
  guint            bind_id;
  RpRecordModel   *profile;
  RpFindingsModel *findings;
  RpRecordModel   *adopted;
  RpRecordModel   *objectives;
  RpRecordModel   *stakeholders;
  RpCountsModel   *counts;
  GtkNoSelection  *shown_findings;
};

static void rp_overview_page_view_init (RpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpOverviewPage, rp_overview_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_VIEW, rp_overview_page_view_init))

enum {
  PROP_0,
  PROP_VISIBLE_LIST,
  PROP_N_ATTENTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where a count's card leads */
static const struct {
  RpKindId    kind;
  const char *label;
  const char *page;
} counted[] = {
  { RP_KIND_PHILOSOPHY, N_("Philosophies"), "philosophy" },
  { RP_KIND_PRINCIPLE, N_("Principles"), "philosophy" },
  { RP_KIND_FRAMEWORK, N_("Frameworks"), "framework" },
  { RP_KIND_ACTIVITY, N_("Activities"), "framework" },
  { RP_KIND_STAFF, N_("Staff"), "framework" },
  { RP_KIND_STRATEGY, N_("Strategies"), "execution" },
  { RP_KIND_PLAN_ITEM, N_("Plan items"), "execution" },
  { RP_KIND_OUTSOURCER, N_("Outsourcers"), "outsourcers" },
  { RP_KIND_KPI, N_("KPIs"), "outsourcers" },
  { RP_KIND_FIGURE, N_("Figures"), "outsourcers" },
  { RP_KIND_REVIEW, N_("Reviews"), "execution" },
  { RP_KIND_JOURNAL_ENTRY, N_("Journal entries"), "journal" },
};

static GtkWidget *
record_row (const char *title,
            const char *subtitle,
            const char *kind,
            const char *uuid,
            const char *tab,
            const char *icon)
{
  GtkWidget *row = rp_ui_row_new (title, subtitle);

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (icon != NULL)
    {
      GtkWidget *image = rp_ui_icon_new (icon);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
    }
  if (kind != NULL && uuid != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-record-on");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(sss)", kind, uuid, tab ? tab : "");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), rp_ui_icon_new ("go-next-symbolic"));
    }
  return row;
}

/* Needs attention */

/* The tab a finding is answered on, "" for the one its record belongs on: whether a
 * principle is lived is seen and mended on the philosophy's Living tab, whether a
 * framework is acknowledged on its Coverage tab. */
static const char *
finding_tab (const RpFinding *f)
{
  if (g_str_equal (f->rule, "principle-unmeasured") || g_str_equal (f->rule, "principle-below-target"))
    return "living";
  if (g_str_equal (f->rule, "acknowledgement-missing"))
    return g_strcmp0 (f->record_kind, "philosophy") == 0  ? "living"
           : g_strcmp0 (f->record_kind, "framework") == 0 ? "coverage"
                                                          : "";
  return "";
}

static void
open_finding (GtkWidget       *widget,
              const RpFinding *f)
{
  if (f->record_kind != NULL && f->record_uuid != NULL)
    gtk_widget_activate_action (widget, "win.open-record-on", "(sss)", f->record_kind, f->record_uuid, finding_tab (f));
}

static GtkWidget *
attention_row_cb (gpointer item,
                  gpointer user_data)
{
  RpFindingRow *line = item;
  const RpFinding *f = rp_finding_row_get_finding (line);
  const char *icon = f->level == RP_FINDING_PROBLEM ? "dialog-warning-symbolic" : "appointment-soon-symbolic";
  GtkWidget *row;

  if (rp_finding_row_get_items (line) != NULL)
    {
      row = record_row (f->message, NULL, NULL, NULL, NULL, icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), rp_ui_icon_new ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "rp-line", g_object_ref (line), g_object_unref);
    }
  else
    row = record_row (f->message, NULL, f->record_kind, f->record_uuid, finding_tab (f), icon);
  if (f->level == RP_FINDING_PROBLEM)
    gtk_widget_add_css_class (row, "attention-problem");
  return row;
}

static void
show_line (RpOverviewPage *self,
           RpFindingRow   *line)
{
  GListModel *items = rp_finding_row_get_items (line);

  gtk_label_set_text (self->findings_title, rp_finding_row_get_message (line));
  g_clear_object (&self->shown_findings);
  self->shown_findings = gtk_no_selection_new (g_object_ref (items));
  gtk_list_view_set_model (self->findings_view, GTK_SELECTION_MODEL (self->shown_findings));
  gtk_stack_set_visible_child_name (self->leaflet, "findings");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_LIST]);
}

static void
attention_activated_cb (GtkListBox     *list,
                        GtkListBoxRow  *row,
                        RpOverviewPage *self)
{
  RpFindingRow *line = g_object_get_data (G_OBJECT (row), "rp-line");

  if (line != NULL)
    show_line (self, line);
}

/* overview.open-line(u): what line @u of Needs Attention opens */
static void
open_line_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RpOverviewPage *self = RP_OVERVIEW_PAGE (widget);
  g_autoptr(RpFindingRow) line = self->findings ? g_list_model_get_item (G_LIST_MODEL (self->findings),
                                                                         g_variant_get_uint32 (parameter)) : NULL;

  if (line == NULL)
    return;
  if (rp_finding_row_get_items (line) != NULL)
    show_line (self, line);
  else
    open_finding (widget, rp_finding_row_get_finding (line));
}

static void
finding_activated_cb (GtkListView    *view,
                      guint           position,
                      RpOverviewPage *self)
{
  g_autoptr(RpFindingRow) row = g_list_model_get_item (G_LIST_MODEL (self->shown_findings), position);
  const RpFinding *f = row ? rp_finding_row_get_finding (row) : NULL;

  if (f != NULL)
    open_finding (GTK_WIDGET (self), f);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpOverviewPage *self = RP_OVERVIEW_PAGE (widget);

  gtk_stack_set_visible_child_name (self->leaflet, "main");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_LIST]);
}

static void
attention_state_cb (RpOverviewPage *self)
{
  gboolean loading = self->findings != NULL && rp_model_get_loading (RP_MODEL (self->findings));
  guint n = self->findings ? g_list_model_get_n_items (G_LIST_MODEL (self->findings)) : 0;

  gtk_spinner_set_spinning (self->attention_spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->attention_spinner), loading);
  /* Nothing to attend to is said plainly; the group stays while the first read runs. */
  gtk_widget_set_visible (self->attention_group, loading || n > 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ATTENTION]);
}

/* The rest of the page */

static void
profile_changed_cb (RpOverviewPage *self)
{
  g_autoptr(RpRecord) profile = self->profile ? rp_record_model_get_record (self->profile, 0) : NULL;

  gtk_label_set_text (self->company_label, profile ? rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME) : "");
  gtk_label_set_text (self->industry_label, profile ? rp_record_get_string (profile, RP_PROFILE_INDUSTRY) : "");
  gtk_label_set_text (self->mission_label, profile ? rp_record_get_string (profile, RP_PROFILE_MISSION) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->industry_label), profile && rp_record_is_set (profile, RP_PROFILE_INDUSTRY));
  gtk_widget_set_visible (GTK_WIDGET (self->mission_label), profile && rp_record_is_set (profile, RP_PROFILE_MISSION));
}

static GtkWidget *
adopted_row_cb (gpointer item,
                gpointer user_data)
{
  RpRecord *adopted = rp_row_get_record (item);
  g_autofree char *date = rp_ui_format_date (rp_record_get_string (adopted, RP_PHILOSOPHY_ADOPTED_ON));
  g_autofree char *subtitle = rp_text_printf (_("Adopted on %s, approved by %s"), date,
                                               rp_record_get_string (adopted, RP_PHILOSOPHY_APPROVED_BY) ?: "—");

  return record_row (rp_record_get_string (adopted, RP_PHILOSOPHY_TITLE), subtitle,
                     "philosophy", rp_record_get_uuid (adopted), NULL, "emblem-favorite-symbolic");
}

static GtkWidget *
objective_row_cb (gpointer item,
                  gpointer user_data)
{
  RpRecord *objective = rp_row_get_record (item);
  g_autofree char *number = g_strdup_printf ("%u", rp_row_get_position (item));
  GtkWidget *row = rp_ui_row_new (rp_record_get_string (objective, RP_OBJECTIVE_TITLE),
                                  rp_record_get_string (objective, RP_OBJECTIVE_DESCRIPTION));

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), rp_ui_badge_new (number, "numeric"));
  return row;
}

static GtkWidget *
stakeholder_cb (gpointer item,
                gpointer user_data)
{
  return rp_ui_badge_new (rp_record_get_string (rp_row_get_record (item), RP_STAKEHOLDER_GROUP_NAME), "stakeholder");
}

static GtkWidget *
count_card_cb (gpointer item,
               gpointer user_data)
{
  RpCountRow *row = item;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number = g_strdup_printf ("%'u", rp_count_row_get_count (row));
  g_autofree char *name = NULL;
  GtkWidget *value = gtk_label_new (number);
  GtkWidget *label = NULL;
  const char *page = "overview";

  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    if (counted[i].kind == rp_count_row_get_kind (row))
      {
        label = gtk_label_new (_(counted[i].label));
        page = counted[i].page;
        /* Translators: a count card as a screen reader says it, "42 Principles" */
        name = rp_text_printf (_("%s %s"), number, _(counted[i].label));
      }
  if (label == NULL)
    label = gtk_label_new (rp_kind_get_label (rp_kind_get (rp_count_row_get_kind (row))));
  gtk_widget_add_css_class (value, "title-2");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "count-card");
  if (name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", page);
  return button;
}

static void
drop_models (RpOverviewPage *self)
{
  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, profile_changed_cb, self);
  if (self->findings != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->findings, attention_state_cb, self);
    }
  g_clear_object (&self->profile);
  g_clear_object (&self->findings);
  g_clear_object (&self->adopted);
  g_clear_object (&self->objectives);
  g_clear_object (&self->stakeholders);
  g_clear_object (&self->counts);
}

static void
bind_models (RpOverviewPage *self,
             RpStore        *store)
{
  drop_models (self);
  if (store != NULL)
    {
      self->profile = rp_record_model_get (store, RP_KIND_PROFILE, RP_FIELD_NONE, NULL);
      self->findings = rp_findings_model_get (store);
      self->adopted = rp_record_model_get (store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_STATUS, "adopted");
      self->objectives = rp_record_model_get (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
      self->stakeholders = rp_record_model_get (store, RP_KIND_STAKEHOLDER_GROUP, RP_FIELD_NONE, NULL);
      self->counts = rp_counts_model_get (store);
      g_signal_connect_swapped (self->profile, "items-changed", G_CALLBACK (profile_changed_cb), self);
      g_signal_connect_swapped (self->findings, "notify::loading", G_CALLBACK (attention_state_cb), self);
      g_signal_connect_swapped (self->findings, "items-changed", G_CALLBACK (attention_state_cb), self);
    }
  gtk_list_box_bind_model (self->attention_list, G_LIST_MODEL (self->findings), attention_row_cb, self, NULL);
  gtk_list_box_bind_model (self->philosophy_list, G_LIST_MODEL (self->adopted), adopted_row_cb, self, NULL);
  gtk_list_box_bind_model (self->objectives_list, G_LIST_MODEL (self->objectives), objective_row_cb, self, NULL);
  gtk_flow_box_bind_model (self->stakeholders_box, G_LIST_MODEL (self->stakeholders), stakeholder_cb, self, NULL);
  gtk_flow_box_bind_model (self->counts_box, G_LIST_MODEL (self->counts), count_card_cb, self, NULL);
  profile_changed_cb (self);
  attention_state_cb (self);
}

static gboolean
bind_idle_cb (gpointer data)
{
  RpOverviewPage *self = data;

  self->bind_id = 0;
  bind_models (self, self->store);
  return G_SOURCE_REMOVE;
}

static void
presented_cb (RpOverviewPage *self,
              GParamSpec     *pspec,
              GObject        *window)
{
  g_signal_handlers_disconnect_by_func (window, presented_cb, self);
  if (self->store != NULL && self->bind_id == 0)
    self->bind_id = g_idle_add_full (G_PRIORITY_LOW, bind_idle_cb, self, NULL);
}

static void
rp_overview_page_set_store (RpView  *view,
                            RpStore *store)
{
  RpOverviewPage *self = RP_OVERVIEW_PAGE (view);
  GtkRoot *window;

  if (self->store == store)
    return;
  g_set_object (&self->store, store);
  g_clear_handle_id (&self->bind_id, g_source_remove);
  gtk_stack_set_visible_child_name (self->leaflet, "main");
  if (store == NULL)
    {
      bind_models (self, NULL);
      return;
    }
  /* The page paints first, then fills in: its reading (the findings on a thread of
   * their own) does not hold up the window's first frame. */
  window = gtk_widget_get_root (GTK_WIDGET (self));
  if (RP_IS_WINDOW (window) && !rp_window_get_presented (RP_WINDOW (window)))
    g_signal_connect_object (window, "notify::presented", G_CALLBACK (presented_cb), self, G_CONNECT_SWAPPED);
  else
    self->bind_id = g_idle_add_full (G_PRIORITY_LOW, bind_idle_cb, self, NULL);
}

static void
rp_overview_page_view_init (RpViewInterface *iface)
{
  iface->set_store = rp_overview_page_set_store;
}

static void
rp_overview_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RpOverviewPage *self = RP_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_VISIBLE_LIST:
      g_value_set_string (value, g_str_equal (gtk_stack_get_visible_child_name (self->leaflet), "findings")
                                 ? gtk_label_get_text (self->findings_title) : NULL);
      break;
    case PROP_N_ATTENTION:
      g_value_set_uint (value, self->findings ? g_list_model_get_n_items (G_LIST_MODEL (self->findings)) : 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_overview_page_dispose (GObject *object)
{
  RpOverviewPage *self = RP_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->bind_id, g_source_remove);
  drop_models (self);
  g_clear_object (&self->shown_findings);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_OVERVIEW_PAGE);
  G_OBJECT_CLASS (rp_overview_page_parent_class)->dispose (object);
}

static void
rp_overview_page_class_init (RpOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_overview_page_dispose;
  object_class->get_property = rp_overview_page_get_property;

  /* The summary whose list is open, or NULL on the Overview itself */
  properties[PROP_VISIBLE_LIST] =
    g_param_spec_string ("visible-list", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Lines under Needs Attention */
  properties[PROP_N_ATTENTION] =
    g_param_spec_uint ("n-attention", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_FINDING_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/overview/rp-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, company_label);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, industry_label);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, mission_label);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, attention_spinner);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, attention_list);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, philosophy_list);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, stakeholders_box);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, counts_box);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, findings_title);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, findings_view);

  gtk_widget_class_install_action (widget_class, "overview.open-line", "u", open_line_activated);
  gtk_widget_class_install_action (widget_class, "overview.back", NULL, back_activated);
}

static void
rp_overview_page_init (RpOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->leaflet = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  g_signal_connect (self->attention_list, "row-activated", G_CALLBACK (attention_activated_cb), self);
  g_signal_connect (self->findings_view, "activate", G_CALLBACK (finding_activated_cb), self);
  gtk_list_box_set_placeholder (self->philosophy_list,
                                rp_ui_list_placeholder (_("No philosophy has been adopted yet"),
                                             _("Write candidates in Philosophy, propose one and have management adopt it.")));
  gtk_list_box_set_placeholder (self->objectives_list,
                                rp_ui_list_placeholder (_("No corporate objectives yet"),
                                             _("Philosophies are checked against them: add them with Edit Profile…")));
}

RpOverviewPage *
rp_overview_page_new (void)
{
  return g_object_new (RP_TYPE_OVERVIEW_PAGE, NULL);
}
