/* rp-overview-page.c */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-overview-page.h"
#include "rp-overview.h"
#include "rp-philosophy.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-util.h"
#include "rp-view.h"

struct _RpOverviewPage
{
  AdwBin      parent_instance;

  GtkLabel   *company_label;
  GtkLabel   *industry_label;
  GtkLabel   *mission_label;
  GtkWidget  *attention_group;
  GtkListBox *attention_list;
  GtkListBox *philosophy_list;
  GtkListBox *objectives_list;
  GtkFlowBox *stakeholders_box;
  GtkFlowBox *counts_box;

  RpStoreWatch watch;
  guint       n_attention;
  GString    *attention_text;
};

static void rp_overview_page_view_init (RpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpOverviewPage, rp_overview_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_VIEW, rp_overview_page_view_init))

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
            const char *icon)
{
  GtkWidget *row = rp_ui_row_new (title, subtitle);

  if (icon != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  if (kind != NULL && uuid != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-record");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", kind, uuid);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return row;
}

static void
fill_attention (RpOverviewPage *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  GDate today;

  rp_ui_list_box_clear (self->attention_list);
  g_string_truncate (self->attention_text, 0);
  rp_date_set_today (&today);
  findings = rp_overview_findings (self->watch.store, &today);
  self->n_attention = findings->len;
  for (guint i = 0; i < findings->len; i++)
    {
      RpFinding *f = findings->pdata[i];
      const char *icon = f->level == RP_FINDING_PROBLEM ? "dialog-warning-symbolic" : "appointment-soon-symbolic";
      GtkWidget *row = record_row (f->message, NULL, f->record_kind, f->record_uuid, icon);

      if (f->level == RP_FINDING_PROBLEM)
        gtk_widget_add_css_class (row, "attention-problem");
      gtk_list_box_append (self->attention_list, row);
      g_string_append_printf (self->attention_text, "%s\n", f->message);
    }
  gtk_widget_set_visible (self->attention_group, findings->len > 0);
}

static void
fill_counts (RpOverviewPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_box))) != NULL)
    gtk_flow_box_remove (self->counts_box, child);
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *number = g_strdup_printf ("%u", rp_store_count (self->watch.store, counted[i].kind));
      GtkWidget *value = gtk_label_new (number);
      GtkWidget *label = gtk_label_new (_(counted[i].label));

      gtk_widget_add_css_class (value, "title-2");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), value);
      gtk_box_append (GTK_BOX (box), label);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "card");
      gtk_widget_add_css_class (button, "count-card");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", counted[i].page);
      gtk_flow_box_append (self->counts_box, button);
    }
}

static void
refresh (RpOverviewPage *self)
{
  g_autoptr(RpRecord) profile = NULL;
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(GListModel) groups = NULL;
  GtkWidget *child;

  if (self->watch.store == NULL)
    return;
  profile = rp_store_get_profile (self->watch.store);
  gtk_label_set_text (self->company_label, profile ? rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME) : "");
  gtk_label_set_text (self->industry_label, profile ? rp_record_get_string (profile, RP_PROFILE_INDUSTRY) : "");
  gtk_label_set_text (self->mission_label, profile ? rp_record_get_string (profile, RP_PROFILE_MISSION) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->industry_label), profile && rp_record_is_set (profile, RP_PROFILE_INDUSTRY));
  gtk_widget_set_visible (GTK_WIDGET (self->mission_label), profile && rp_record_is_set (profile, RP_PROFILE_MISSION));

  fill_attention (self);

  rp_ui_list_box_clear (self->philosophy_list);
  adopted = rp_philosophy_get_adopted (self->watch.store);
  if (adopted != NULL)
    {
      g_autofree char *date = rp_ui_format_date (rp_record_get_string (adopted, RP_PHILOSOPHY_ADOPTED_ON));
      g_autofree char *subtitle = g_strdup_printf (_("Adopted on %s, approved by %s"), date,
                                                   rp_record_get_string (adopted, RP_PHILOSOPHY_APPROVED_BY) ?: "—");

      gtk_list_box_append (self->philosophy_list,
                           record_row (rp_record_get_string (adopted, RP_PHILOSOPHY_TITLE), subtitle,
                                       "philosophy", rp_record_get_uuid (adopted), "emblem-favorite-symbolic"));
    }
  else
    gtk_list_box_append (self->philosophy_list,
                         record_row (_("No philosophy has been adopted yet"),
                                     _("Write candidates in Philosophy, propose one and have management adopt it."),
                                     NULL, NULL, NULL));

  rp_ui_list_box_clear (self->objectives_list);
  objectives = rp_store_list (self->watch.store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(RpRecord) objective = g_list_model_get_item (objectives, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = rp_ui_row_new (rp_record_get_string (objective, RP_OBJECTIVE_TITLE),
                                      rp_record_get_string (objective, RP_OBJECTIVE_DESCRIPTION));
      GtkWidget *badge = rp_ui_badge_new (number, "numeric");

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), badge);
      gtk_list_box_append (self->objectives_list, row);
    }
  if (g_list_model_get_n_items (objectives) == 0)
    gtk_list_box_append (self->objectives_list,
                         rp_ui_row_new (_("No corporate objectives yet"),
                                        _("Philosophies are checked against them: add them with Edit Profile…")));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stakeholders_box))) != NULL)
    gtk_flow_box_remove (self->stakeholders_box, child);
  groups = rp_store_list (self->watch.store, RP_KIND_STAKEHOLDER_GROUP, RP_FIELD_NONE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(RpRecord) group = g_list_model_get_item (groups, i);

      gtk_flow_box_append (self->stakeholders_box,
                           rp_ui_badge_new (rp_record_get_string (group, RP_STAKEHOLDER_GROUP_NAME), "stakeholder"));
    }

  fill_counts (self);
}

static void
refresh_cb (gpointer user_data)
{
  RpOverviewPage *self = user_data;

  refresh (self);
}

static void
rp_overview_page_set_store (RpView  *view,
                            RpStore *store)
{
  RpOverviewPage *self = RP_OVERVIEW_PAGE (view);

  rp_store_watch_set_store (&self->watch, store);
  if (store != NULL)
    {
      refresh (self);
    }
}

static void
rp_overview_page_view_init (RpViewInterface *iface)
{
  iface->set_store = rp_overview_page_set_store;
}

char *
rp_overview_page_dup_attention (RpOverviewPage *self)
{
  g_return_val_if_fail (RP_IS_OVERVIEW_PAGE (self), NULL);
  return g_strdup (self->attention_text->str);
}

static void
rp_overview_page_dispose (GObject *object)
{
  RpOverviewPage *self = RP_OVERVIEW_PAGE (object);

  rp_store_watch_clear (&self->watch);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_OVERVIEW_PAGE);
  G_OBJECT_CLASS (rp_overview_page_parent_class)->dispose (object);
}

static void
rp_overview_page_finalize (GObject *object)
{
  RpOverviewPage *self = RP_OVERVIEW_PAGE (object);

  g_string_free (self->attention_text, TRUE);
  G_OBJECT_CLASS (rp_overview_page_parent_class)->finalize (object);
}

static void
rp_overview_page_class_init (RpOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_overview_page_dispose;
  object_class->finalize = rp_overview_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/overview/rp-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, company_label);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, industry_label);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, mission_label);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, attention_list);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, philosophy_list);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, stakeholders_box);
  gtk_widget_class_bind_template_child (widget_class, RpOverviewPage, counts_box);
}

static void
rp_overview_page_init (RpOverviewPage *self)
{
  rp_store_watch_init (&self->watch, NULL, refresh_cb, self);
  self->attention_text = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

RpOverviewPage *
rp_overview_page_new (void)
{
  return g_object_new (RP_TYPE_OVERVIEW_PAGE, NULL);
}
