/* rp-philosophy-living-tab.c — Living the philosophy (ITCSCR601A, ITCSCR603A): each
 * principle with the activities that serve it, the strategies that carry it out, the
 * outsourcers' proposals that support or conflict with it, and the figures that tell
 * whether it is lived; who of the staff acknowledged it (ITCSCR508A) */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-philosophy-tabs.h"
#include "rp-ack-group.h"
#include "rp-chart-view.h"
#include "rp-company-window.h"
#include "rp-links-dialog.h"
#include "rp-living.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpPhilosophyLivingTab
{
  RpDetailTab  parent_instance;

  GtkWidget   *summary;
  GtkWidget   *hint;
  RpAckGroup  *acks;
  GtkWidget   *principles;   /* box of one group a principle */
  gulong       changed_id;
  RpStore     *watched;
  guint        idle_id;
  guint        n_principles;
  guint        n_flags;
  GHashTable  *expanded;     /* principles whose every indicator is shown */
};

/* Indicators shown a principle until asked for all: a principle can be measured by the
 * same KPI of two hundred outsourcers */
#define FEW_INDICATORS 5

G_DEFINE_FINAL_TYPE (RpPhilosophyLivingTab, rp_philosophy_living_tab, RP_TYPE_DETAIL_TAB)

static GtkWidget *
flag_badge (const char *text,
            const char *css)
{
  GtkWidget *badge = rp_ui_badge_new (text, css);

  return badge;
}

static GtkWidget *
kpi_row (RpTraceKpi *kpi)
{
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (kpi->latest_period == NULL)
    subtitle = rp_text_printf (_("%s · no figure yet"), kpi->owner);
  else
    {
      g_autofree char *month = rp_ui_format_month (kpi->latest_period, TRUE);
      g_autofree char *value = rp_ui_format_number (kpi->latest_value, kpi->latest_value == floor (kpi->latest_value) ? 0 : 2);
      g_autofree char *target = rp_ui_format_number (kpi->target, kpi->target == floor (kpi->target) ? 0 : 2);
      g_autofree char *attained = rp_ui_format_number (100 * kpi->attainment, 0);

      subtitle = isnan (kpi->attainment)
        /* Translators: "Harbourline Fibre · 86 % in Nov 2026 · no target" */
        ? rp_text_printf (_("%s · %s %s in %s · no target"), kpi->owner, value, kpi->unit ? kpi->unit : "", month)
        /* Translators: "Harbourline Fibre · 86 % in Nov 2026 · target 85 · 100 % attained" */
        : rp_text_printf (_("%s · %s %s in %s · target %s · %s %% attained"), kpi->owner, value, kpi->unit ? kpi->unit : "",
                          month, target, attained);
    }
  row = rp_ui_row_new (kpi->name, subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (kpi->latest_period != NULL)
    {
      GtkWidget *spark = rp_sparkline_new (kpi->trend, RP_SCORE_PERIODS, kpi->latest_period);

      gtk_widget_set_valign (spark, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spark);
    }
  if (!isnan (kpi->attainment))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), kpi->attainment < 1 ? flag_badge (_("Below target"), "standing-watch")
                                                                          : flag_badge (_("On target"), "standing-excellent"));
  return row;
}

static void
choose_indicators_clicked_cb (GtkButton             *button,
                              RpPhilosophyLivingTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  const char *uuid = g_object_get_data (G_OBJECT (button), "rp-principle");
  const char *statement = g_object_get_data (G_OBJECT (button), "rp-statement");
  g_autoptr(GListModel) kpis = NULL;
  GtkWidget *dialog;

  if (store == NULL)
    return;
  kpis = rp_store_list (store, RP_KIND_KPI, RP_FIELD_NONE, NULL);
  dialog = rp_links_dialog_new (GTK_WIDGET (self), _("Indicators of the Principle"));
  rp_links_dialog_add (dialog, rp_links_group_new_full (store, statement,
                                                        _("The company's own KPIs and outsourcers' KPIs whose figures show whether it is lived."),
                                                        RP_KPI_PRINCIPLE_PRINCIPLE, uuid, RP_KPI_PRINCIPLE_KPI, kpis,
                                                        rp_ui_kpi_owner, store));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void refresh (RpPhilosophyLivingTab *self);

static void
show_all_clicked_cb (GtkButton             *button,
                     RpPhilosophyLivingTab *self)
{
  g_hash_table_add (self->expanded, g_strdup (g_object_get_data (G_OBJECT (button), "rp-principle")));
  refresh (self);
}

typedef enum { ACTIVITY, STRATEGY, SUPPORTS, CONFLICTS } ItemKind;

static char *
item_subtitle (ItemKind    what,
               const char *detail)
{
  switch (what)
    {
    /* Translators: under an activity: its framework and phase */
    case ACTIVITY: return rp_text_printf (_("Activity · %s"), detail);
    /* Translators: under a strategy: its status */
    case STRATEGY: return rp_text_printf (_("Strategy · %s"), detail);
    /* Translators: under a proposal: the outsourcer that made it */
    case SUPPORTS: return rp_text_printf (_("Supports it: a proposal of %s"), detail);
    case CONFLICTS:
    default: return rp_text_printf (_("Conflicts with it: a proposal of %s"), detail);
    }
}

static void
add_items (GtkWidget *group,
           GPtrArray *items,
           ItemKind   what)
{
  for (guint i = 0; i < items->len; i++)
    {
      RpTraceItem *item = items->pdata[i];
      g_autofree char *subtitle = item->detail ? item_subtitle (what, item->detail) : NULL;
      GtkWidget *row = rp_ui_row_new (item->title, subtitle);

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      if (what == ACTIVITY && !item->measured)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), flag_badge (_("Reaction not measured"), "standing-watch"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static GtkWidget *
principle_group (RpPhilosophyLivingTab *self,
                 guint                  number,
                 RpTracePrinciple      *p)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Indicators…"));
  g_autofree char *title = g_strdup_printf ("%u. %s", number, p->statement);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *label = rp_text_printf (_("Choose the indicators that measure “%s”"), p->statement);
  const char *flag = !p->measured ? _("No figure measures this principle: choose the indicators that tell whether it is lived.")
                   : p->below_target ? _("Below target: an indicator's latest figure falls short.")
                   : _("Its indicators meet their targets.");
  g_autofree char *escaped_flag = g_markup_escape_text (flag, -1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped_flag);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Choose the KPIs that measure this principle"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "rp-principle", g_strdup (p->uuid), g_free);
  g_object_set_data_full (G_OBJECT (button), "rp-statement", g_strdup (p->statement), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (choose_indicators_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  if (!p->measured || p->below_target)
    self->n_flags++;

  {
    gboolean all = p->kpis->len <= FEW_INDICATORS || g_hash_table_contains (self->expanded, p->uuid);
    guint shown = 0;

    /* Those below target first: they are what the flag is about */
    for (int pass = 0; pass < 2; pass++)
      for (guint k = 0; k < p->kpis->len && (all || shown < FEW_INDICATORS); k++)
        {
          RpTraceKpi *kpi = p->kpis->pdata[k];
          gboolean below = !isnan (kpi->attainment) && kpi->attainment < 1;

          if (below != (pass == 0))
            continue;
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), kpi_row (kpi));
          shown++;
        }
    if (shown < p->kpis->len)
      {
        /* Translators: under a principle's first indicators, "Show All 34 Indicators" */
        g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u Indicators",
                                                              "Show All %u Indicators", p->kpis->len), p->kpis->len);
        GtkWidget *more = gtk_button_new_with_label (text);

        gtk_widget_set_halign (more, GTK_ALIGN_CENTER);
        gtk_widget_set_margin_top (more, 12);
        gtk_widget_set_margin_bottom (more, 12);
        gtk_widget_add_css_class (more, "pill");
        g_object_set_data_full (G_OBJECT (more), "rp-principle", g_strdup (p->uuid), g_free);
        g_signal_connect (more, "clicked", G_CALLBACK (show_all_clicked_cb), self);
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), more);
      }
  }
  add_items (group, p->activities, ACTIVITY);
  add_items (group, p->strategies, STRATEGY);
  add_items (group, p->supporting, SUPPORTS);
  add_items (group, p->conflicting, CONFLICTS);
  for (guint i = 0; i < p->activities->len; i++)
    self->n_flags += !((RpTraceItem *) p->activities->pdata[i])->measured;
  return group;
}

static void
refresh (RpPhilosophyLivingTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *philosophy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  g_autoptr(RpTrace) trace = NULL;
  g_autofree char *summary = NULL;
  guint measured = 0;

  rp_ui_clear_box (self->principles);
  self->n_principles = self->n_flags = 0;
  rp_ack_group_bind (self->acks, store, philosophy);
  if (store == NULL || philosophy == NULL)
    return;
  gtk_widget_set_visible (self->hint, rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) != RP_PHILOSOPHY_STATUS_ADOPTED);
  trace = rp_trace_compute (store, philosophy, NULL, NULL);
  if (trace == NULL)
    return;
  for (guint i = 0; i < trace->principles->len; i++)
    {
      gtk_box_append (GTK_BOX (self->principles), principle_group (self, i + 1, trace->principles->pdata[i]));
      measured += ((RpTracePrinciple *) trace->principles->pdata[i])->measured;
      self->n_principles++;
    }
  if (trace->principles->len == 0)
    gtk_box_append (GTK_BOX (self->principles), rp_ui_empty_label (_("Write the principles first; then choose what measures each.")));
  /* Translators: "4 of 6 principles are measured; 3 are below target; 2 activities serving them have no measure of the customers' reaction." */
  summary = g_strdup_printf (_("%u of %u principles are measured; %u are below target; %u activities serving them have no measure of the customers' reaction."),
                             measured, trace->principles->len, trace->n_below_target, trace->unmeasured_activities->len);
  gtk_label_set_text (GTK_LABEL (self->summary), summary);
}

static gboolean
refresh_idle (gpointer data)
{
  RpPhilosophyLivingTab *self = data;

  self->idle_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* What the trace reads; a change elsewhere leaves the tab as it is. */
static void
store_changed_cb (RpStore               *store,
                  const char            *kind,
                  RpPhilosophyLivingTab *self)
{
  static const char *const read[] = {
    "principle", "kpi", "kpi_target", "figure", "kpi_principle", "kpi_activity", "activity", "activity_principle",
    "phase", "framework", "strategy", "strategy_principle", "proposal", "compatibility", "outsourcer", "profile", NULL
  };

  if (g_strv_contains (read, kind) && self->idle_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->idle_id = g_idle_add (refresh_idle, self);
}

static void
rp_philosophy_living_tab_bind (RpDetailTab *tab,
                               RpStore     *store,
                               RpRecord    *record)
{
  RpPhilosophyLivingTab *self = RP_PHILOSOPHY_LIVING_TAB (tab);

  if (self->watched != NULL)
    g_clear_signal_handler (&self->changed_id, self->watched);
  g_set_object (&self->watched, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || store == NULL)
    refresh (self);
}

static void
rp_philosophy_living_tab_record_changed (RpDetailTab *tab)
{
  RpPhilosophyLivingTab *self = RP_PHILOSOPHY_LIVING_TAB (tab);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

/* A tab out of sight reads nothing; it catches up when shown. */
static void
rp_philosophy_living_tab_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rp_philosophy_living_tab_parent_class)->map (widget);
  refresh (RP_PHILOSOPHY_LIVING_TAB (widget));
}

guint
rp_philosophy_living_tab_get_n_principles (RpPhilosophyLivingTab *self)
{
  return self->n_principles;
}

guint
rp_philosophy_living_tab_get_n_flags (RpPhilosophyLivingTab *self)
{
  return self->n_flags;
}

RpAckGroup *
rp_philosophy_living_tab_get_acknowledgements (RpPhilosophyLivingTab *self)
{
  return self->acks;
}

static void
company_clicked_cb (GtkButton             *button,
                    RpPhilosophyLivingTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));

  if (store != NULL)
    gtk_window_present (GTK_WINDOW (rp_company_window_new (GTK_WIDGET (self), store)));
}

static void
rp_philosophy_living_tab_dispose (GObject *object)
{
  RpPhilosophyLivingTab *self = RP_PHILOSOPHY_LIVING_TAB (object);

  if (self->watched != NULL)
    g_clear_signal_handler (&self->changed_id, self->watched);
  g_clear_object (&self->watched);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  G_OBJECT_CLASS (rp_philosophy_living_tab_parent_class)->dispose (object);
}

static void
rp_philosophy_living_tab_class_init (RpPhilosophyLivingTabClass *klass)
{
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_philosophy_living_tab_dispose;
  GTK_WIDGET_CLASS (klass)->map = rp_philosophy_living_tab_map;
  tab_class->bind = rp_philosophy_living_tab_bind;
  tab_class->record_changed = rp_philosophy_living_tab_record_changed;
}

static void
rp_philosophy_living_tab_init (RpPhilosophyLivingTab *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *intro = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *question = gtk_label_new (_("Which figures tell us whether we live each principle?"));
  GtkWidget *company = gtk_button_new_with_mnemonic (_("_Company Indicators…"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_label_set_wrap (GTK_LABEL (question), TRUE);
  gtk_label_set_xalign (GTK_LABEL (question), 0);
  gtk_widget_add_css_class (question, "heading");
  gtk_box_append (GTK_BOX (intro), question);
  self->summary = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_box_append (GTK_BOX (intro), self->summary);
  self->hint = gtk_label_new (_("This philosophy is not adopted: its flags reach the Overview once it is."));
  gtk_label_set_wrap (GTK_LABEL (self->hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->hint), 0);
  gtk_widget_add_css_class (self->hint, "dim-label");
  gtk_box_append (GTK_BOX (intro), self->hint);
  gtk_widget_set_tooltip_text (company, _("The company's own KPIs: customer satisfaction, complaints, retention and more, month by month"));
  g_signal_connect (company, "clicked", G_CALLBACK (company_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), company);
  gtk_box_append (GTK_BOX (intro), buttons);
  gtk_box_append (GTK_BOX (box), intro);
  self->acks = RP_ACK_GROUP (rp_ack_group_new ());
  self->principles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (box), self->principles);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->acks));
  rp_detail_tab_set_content (RP_DETAIL_TAB (self), box);
}
