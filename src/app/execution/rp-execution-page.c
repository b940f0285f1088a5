/* rp-execution-page.c — the strategy tree on the left with the channels and the competitor
 * watch, and the strategy chosen on the right */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-execution-page.h"
#include "rp-execution.h"
#include "rp-overview.h"
#include "rp-record-editor.h"
#include "rp-record-list.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-util.h"
#include "rp-view.h"

struct _RpExecutionPage
{
  AdwBin            parent_instance;

  AdwLeaflet       *leaflet;
  GtkWidget        *sidebar;
  GtkListBox       *sections;
  GtkListBox       *tree;
  GtkStack         *stack;
  RpStrategyDetail *detail;
  RpRecordList     *channels;
  RpRecordList     *competitors;

  RpStoreWatch      watch;
  char             *shown;
  guint             n_listed;
  gboolean          selecting;
};

static void rp_execution_page_view_init (RpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpExecutionPage, rp_execution_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_VIEW, rp_execution_page_view_init))

static const struct { const char *name; const char *title; const char *icon; } sections[] = {
  { "channels", N_("Communication Channels"), "mail-send-symbolic" },
  { "competitors", N_("Competitor Watch"), "view-reveal-symbolic" },
};

static GtkWidget *
strategy_row (RpExecutionPage *self,
              RpStrategyNode  *node,
              GHashTable      *flagged)
{
  RpRecord *strategy = node->strategy;
  const char *uuid = rp_record_get_uuid (strategy);
  guint n_items = rp_store_count_where (self->watch.store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, uuid);
  g_autofree char *status = rp_record_format (strategy, RP_STRATEGY_STATUS);
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u plan item", "%s · %u plan items", n_items),
                                               status, n_items);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (rp_record_get_string (strategy, RP_STRATEGY_TITLE));
  GtkWidget *sub = gtk_label_new (subtitle);
  guint n_flags = GPOINTER_TO_UINT (g_hash_table_lookup (flagged, uuid));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), sub);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (line), labels);
  if (n_flags > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_flags);
      GtkWidget *badge = rp_ui_badge_new (count, "error");

      gtk_widget_set_tooltip_text (badge, _("Overdue plan items or review"));
      gtk_box_append (GTK_BOX (line), badge);
    }
  /* Sub-strategies sit under their parent, indented. */
  gtk_widget_set_margin_start (line, 14 * node->depth);
  gtk_widget_set_margin_top (line, 6);
  gtk_widget_set_margin_bottom (line, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
  g_object_set_data_full (G_OBJECT (row), "rp-uuid", g_strdup (uuid), g_free);
  return row;
}

void
rp_execution_page_show (RpExecutionPage *self,
                        const char      *section)
{
  guint i = 0;

  self->selecting = TRUE;
  gtk_stack_set_visible_child_name (self->stack, section);
  gtk_list_box_unselect_all (self->sections);
  gtk_list_box_unselect_all (self->tree);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sections)); row != NULL;
       row = gtk_widget_get_next_sibling (row), i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "rp-section"), section) == 0)
      gtk_list_box_select_row (self->sections, GTK_LIST_BOX_ROW (row));
  if (g_str_equal (section, "detail"))
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->tree)); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (g_object_get_data (G_OBJECT (row), "rp-uuid"), self->shown) == 0)
        gtk_list_box_select_row (self->tree, GTK_LIST_BOX_ROW (row));
  self->selecting = FALSE;
}

const char *
rp_execution_page_get_section (RpExecutionPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
show_strategy (RpExecutionPage *self,
               RpRecord        *strategy,
               gboolean         navigate)
{
  g_free (self->shown);
  self->shown = strategy ? g_strdup (rp_record_get_uuid (strategy)) : NULL;
  rp_strategy_detail_set_strategy (self->detail, self->watch.store, strategy);
  rp_execution_page_show (self, strategy ? "detail" : "empty");
  if (navigate && strategy != NULL)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
count_flag (GHashTable *flagged,
            const char *strategy)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (flagged, strategy));

  g_hash_table_insert (flagged, g_strdup (strategy), GUINT_TO_POINTER (n + 1));
}

static void
fill_tree (RpExecutionPage *self)
{
  g_autoptr(GPtrArray) tree = NULL;
  g_autoptr(GHashTable) flagged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(RpRecord) shown = NULL;
  const char *section = gtk_stack_get_visible_child_name (self->stack);
  GDate today;

  self->selecting = TRUE;
  rp_ui_list_box_clear (self->tree);
  self->selecting = FALSE;
  self->n_listed = 0;
  if (self->watch.store == NULL)
    return;
  rp_date_set_today (&today);
  /* What is overdue under each strategy, from one read of the plan items. */
  items = rp_store_list (self->watch.store, RP_KIND_PLAN_ITEM, RP_FIELD_NONE, NULL);
  reviews = rp_review_findings (self->watch.store, &today, -1);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RpRecord) item = g_list_model_get_item (items, i);
      const char *strategy = rp_record_get_string (item, RP_PLAN_ITEM_STRATEGY);

      if (strategy != NULL && rp_plan_item_days_overdue (item, &today) > 0)
        count_flag (flagged, strategy);
    }
  for (guint i = 0; i < reviews->len; i++)
    {
      RpFinding *f = reviews->pdata[i];

      if (g_str_equal (f->record_kind, "strategy"))
        count_flag (flagged, f->record_uuid);
    }
  tree = rp_strategy_tree (self->watch.store);
  self->n_listed = tree->len;
  for (guint i = 0; i < tree->len; i++)
    gtk_list_box_append (self->tree, strategy_row (self, tree->pdata[i], flagged));

  shown = self->shown ? rp_store_get (self->watch.store, RP_KIND_STRATEGY, self->shown) : NULL;
  if (shown == NULL && tree->len > 0)
    shown = g_object_ref (((RpStrategyNode *) tree->pdata[0])->strategy);
  if (shown == NULL || g_strcmp0 (self->shown, rp_record_get_uuid (shown)) != 0)
    {
      g_free (self->shown);
      self->shown = shown ? g_strdup (rp_record_get_uuid (shown)) : NULL;
      rp_strategy_detail_set_strategy (self->detail, self->watch.store, shown);
    }
  if (g_strcmp0 (section, "channels") == 0 || g_strcmp0 (section, "competitors") == 0)
    rp_execution_page_show (self, section);
  else
    rp_execution_page_show (self, self->shown ? "detail" : "empty");
}

static void
row_selected_cb (GtkListBox      *list,
                 GtkListBoxRow   *row,
                 RpExecutionPage *self)
{
  g_autoptr(RpRecord) strategy = NULL;

  if (self->selecting || row == NULL)
    return;
  strategy = rp_store_get (self->watch.store, RP_KIND_STRATEGY, g_object_get_data (G_OBJECT (row), "rp-uuid"));
  if (strategy != NULL)
    show_strategy (self, strategy, TRUE);
}

static void
section_activated_cb (GtkListBox      *box,
                      GtkListBoxRow   *row,
                      RpExecutionPage *self)
{
  rp_execution_page_show (self, g_object_get_data (G_OBJECT (row), "rp-section"));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static const char *const watched_kinds[] = {
  "strategy", "plan_item", "review", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpExecutionPage *self = user_data;

  fill_tree (self);
}

static void
rp_execution_page_set_store (RpView  *view,
                             RpStore *store)
{
  RpExecutionPage *self = RP_EXECUTION_PAGE (view);

  rp_store_watch_set_store (&self->watch, store);
  g_clear_pointer (&self->shown, g_free);
  rp_record_list_set_store (self->channels, store);
  rp_record_list_set_store (self->competitors, store);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  fill_tree (self);
}

/* Every record of a strategy opens it on the tab it belongs to. */
static gboolean
rp_execution_page_show_record (RpView     *view,
                               const char *kind_name,
                               const char *uuid)
{
  RpExecutionPage *self = RP_EXECUTION_PAGE (view);
  g_autoptr(RpRecord) record = self->watch.store ? rp_store_lookup (self->watch.store, kind_name, uuid) : NULL;
  g_autoptr(RpRecord) strategy = NULL;
  const char *tab = "plan";

  if (record == NULL)
    return FALSE;
  if (g_str_equal (kind_name, "competitor_move"))
    {
      rp_execution_page_show (self, "competitors");
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      return TRUE;
    }
  if (g_str_equal (kind_name, "channel") && !rp_record_is_set (record, RP_CHANNEL_STRATEGY))
    {
      rp_execution_page_show (self, "channels");
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      return TRUE;
    }
  if (g_str_equal (kind_name, "strategy"))
    strategy = g_object_ref (record);
  else if (rp_kind_field_id (rp_record_get_kind (record), "strategy") != RP_FIELD_NONE &&
           rp_record_is_set (record, rp_kind_field_id (rp_record_get_kind (record), "strategy")))
    strategy = rp_store_get (self->watch.store, RP_KIND_STRATEGY,
                             rp_record_get_string (record, rp_kind_field_id (rp_record_get_kind (record), "strategy")));
  if (strategy == NULL)
    return FALSE;
  if (g_str_equal (kind_name, "change_request"))
    tab = "changes";
  else if (g_str_equal (kind_name, "review"))
    tab = "reviews";
  else if (g_str_equal (kind_name, "channel"))
    tab = "about";
  show_strategy (self, strategy, TRUE);
  rp_strategy_detail_show_tab (self->detail, tab);
  return TRUE;
}

static void
rp_execution_page_view_init (RpViewInterface *iface)
{
  iface->set_store = rp_execution_page_set_store;
  iface->show_record = rp_execution_page_show_record;
}

/* Actions */

static void
new_saved_cb (RpRecordEditor  *editor,
              RpRecord        *strategy,
              RpExecutionPage *self)
{
  show_strategy (self, strategy, TRUE);
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpExecutionPage *self = RP_EXECUTION_PAGE (widget);
  RpRecordEditor *editor;

  if (self->watch.store == NULL)
    return;
  editor = rp_record_editor_new_for (widget, self->watch.store, RP_KIND_STRATEGY, NULL);
  /* Endorsement is recorded through Endorse…, once the strategy exists. */
  rp_record_editor_hide_field (editor, "endorsed_by");
  rp_record_editor_hide_field (editor, "endorsed_on");
  g_signal_connect_object (editor, "saved", G_CALLBACK (new_saved_cb), self, 0);
  rp_record_editor_present (editor);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpExecutionPage *self = RP_EXECUTION_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
rp_execution_page_dispose (GObject *object)
{
  RpExecutionPage *self = RP_EXECUTION_PAGE (object);

  rp_store_watch_clear (&self->watch);
  g_clear_pointer (&self->shown, g_free);
  G_OBJECT_CLASS (rp_execution_page_parent_class)->dispose (object);
}

static void
rp_execution_page_class_init (RpExecutionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_execution_page_dispose;
  gtk_widget_class_install_action (widget_class, "execution.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "execution.back", NULL, back_activated);
}

/* Channels and competitor moves */

static char *
channel_subtitle (RpRecord *channel,
                  gpointer  user_data)
{
  RpExecutionPage *self = user_data;
  g_autoptr(RpRecord) strategy = rp_record_is_set (channel, RP_CHANNEL_STRATEGY) && self->watch.store
    ? rp_store_get (self->watch.store, RP_KIND_STRATEGY, rp_record_get_string (channel, RP_CHANNEL_STRATEGY)) : NULL;
  const char *frequency = rp_record_get_string (channel, RP_CHANNEL_FREQUENCY);
  const char *owner = rp_record_get_string (channel, RP_CHANNEL_OWNER);

  /* Translators: "Weekly · owner Tom Chan · for “Win back trust in our service”" */
  return strategy ? g_strdup_printf (_("%s · owner %s · for “%s”"), frequency ? frequency : "—", owner ? owner : "—",
                                     rp_record_get_string (strategy, RP_STRATEGY_TITLE))
                  : g_strdup_printf (_("%s · owner %s"), frequency ? frequency : "—", owner ? owner : "—");
}

static char *
move_subtitle (RpRecord *move,
               gpointer  user_data)
{
  g_autofree char *on = rp_ui_format_date (rp_record_get_string (move, RP_COMPETITOR_MOVE_OBSERVED_ON));
  const char *affects = rp_record_get_string (move, RP_COMPETITOR_MOVE_AFFECTS);
  const char *response = rp_record_get_string (move, RP_COMPETITOR_MOVE_RESPONSE);

  /* Translators: "Seen 09/11/2026 · affects Home fibre plans · our response: Loyalty upgrade…" */
  return g_strdup_printf (_("Seen %s · affects %s · our response: %s"), *on ? on : "—", affects ? affects : "—",
                          response ? response : _("none planned yet"));
}

static char *
move_title (RpRecord *move,
            gpointer  user_data)
{
  /* Translators: "CityNet: Launched a 2 Gbps home plan…" */
  return g_strdup_printf (_("%s: %s"), rp_record_get_string (move, RP_COMPETITOR_MOVE_COMPETITOR), rp_record_get_string (move, RP_COMPETITOR_MOVE_MOVE_MADE));
}

static GtkWidget *
move_suffix (RpRecord *move,
             gpointer  user_data)
{
  const char *impact = rp_record_get_string (move, RP_COMPETITOR_MOVE_IMPACT);
  g_autofree char *label = rp_record_format (move, RP_COMPETITOR_MOVE_IMPACT);
  /* Translators: a competitor move's predicted impact, "High impact" */
  g_autofree char *text = g_strdup_printf (_("%s impact"), label);

  return rp_ui_badge_new (text, g_strcmp0 (impact, "high") == 0 ? "error" : g_strcmp0 (impact, "medium") == 0 ? "warning" : NULL);
}

static GtkWidget *
build_sections_page (const char   *title,
                     RpRecordList *list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-2");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  return rp_ui_scrolled_page (box, 900);
}

static GtkWidget *
build_sidebar (RpExecutionPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *add;
  GtkWidget *heading = rp_ui_sidebar_heading (_("Strategies"));

  self->sections = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->sections), "navigation-sidebar");
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      gtk_box_append (GTK_BOX (line), gtk_image_new_from_icon_name (sections[i].icon));
      gtk_box_append (GTK_BOX (line), gtk_label_new (_(sections[i].title)));
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
      g_object_set_data (G_OBJECT (row), "rp-section", (gpointer) sections[i].name);
      gtk_list_box_append (self->sections, row);
    }
  g_signal_connect (self->sections, "row-activated", G_CALLBACK (section_activated_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->sections));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  gtk_box_append (GTK_BOX (box), heading);
  self->tree = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->tree), "navigation-sidebar");
  gtk_list_box_set_placeholder (self->tree, rp_ui_empty_label (_("No strategies yet")));
  g_signal_connect (self->tree, "row-selected", G_CALLBACK (row_selected_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->tree));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_box_append (GTK_BOX (box), scroll);

  add = rp_ui_sidebar_button ("list-add-symbolic", _("_New Strategy…"), "execution.new");
  gtk_box_append (GTK_BOX (box), add);
  gtk_widget_set_size_request (box, 280, -1);
  return box;
}

static void
rp_execution_page_init (RpExecutionPage *self)
{
  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  self->sidebar = build_sidebar (self);
  self->stack = rp_ui_content_stack ();
  gtk_stack_add_named (self->stack,
                       rp_ui_status_page ("emblem-ok-symbolic", _("No Strategy Yet"),
                                          _("Turn the adopted philosophy into strategies management endorses, plan items "
                                            "with owners and dates, and a rhythm of reviews."),
                                          _("_New Strategy…"), "execution.new"),
                       "empty");

  self->channels = rp_record_list_new (RP_KIND_CHANNEL, _("How the Plan Reaches People"));
  rp_record_list_set_description (self->channels, _("Every channel: the audience it reaches (staff levels, outsourcers, "
                                                    "management), the medium, how often, and who owns it."));
  rp_record_list_set_title_func (self->channels, rp_channel_title, NULL);
  rp_record_list_set_subtitle_func (self->channels, channel_subtitle, self);
  rp_record_list_set_add_label (self->channels, _("Add Channel"));
  rp_record_list_watch_kind (self->channels, "strategy");
  gtk_stack_add_named (self->stack, build_sections_page (_("Communication Channels"), self->channels), "channels");

  self->competitors = rp_record_list_new (RP_KIND_COMPETITOR_MOVE, _("Moves Observed"));
  rp_record_list_set_description (self->competitors, _("What competitors do, its predicted impact on our products and "
                                                       "services, and our planned response."));
  rp_record_list_set_title_func (self->competitors, move_title, NULL);
  rp_record_list_set_subtitle_func (self->competitors, move_subtitle, NULL);
  rp_record_list_set_suffix_func (self->competitors, move_suffix, NULL);
  rp_record_list_set_add_label (self->competitors, _("Add Move"));
  gtk_stack_add_named (self->stack, build_sections_page (_("Competitor Watch"), self->competitors), "competitors");

  self->detail = rp_strategy_detail_new ();
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->detail), "detail");
  self->leaflet = rp_ui_split_view (self->sidebar, GTK_WIDGET (self->stack), rp_strategy_detail_get_back_button (self->detail));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->leaflet));
}

RpExecutionPage *
rp_execution_page_new (void)
{
  return g_object_new (RP_TYPE_EXECUTION_PAGE, NULL);
}

RpStrategyDetail *
rp_execution_page_get_detail (RpExecutionPage *self)
{
  return self->detail;
}

guint
rp_execution_page_get_n_listed (RpExecutionPage *self)
{
  return self->n_listed;
}
