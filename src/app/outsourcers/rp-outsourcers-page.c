/* rp-outsourcers-page.c — partners on the left (with standing and a sparkline), and on the
 * right the ranked scorecard, the selection standards, the standing rules or one outsourcer */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-outsourcers-page.h"
#include "rp-chart-view.h"
#include "rp-evaluation.h"
#include "rp-evaluation-dialog.h"
#include "rp-handouts.h"
#include "rp-print.h"
#include "rp-record-editor.h"
#include "rp-record-list.h"
#include "rp-scorecard.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-view.h"

struct _RpOutsourcersPage
{
  AdwBin              parent_instance;

  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkListBox         *sections;
  GtkSearchEntry     *search;
  GtkListView        *list;
  GListStore         *outsourcers;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkStack           *stack;
  RpRankedScorecard  *ranked;
  RpRecordList       *criteria;
  GtkListBox         *ranking;
  RpRecordList       *rules;
  RpOutsourcerDetail *detail;

  RpStoreWatch        watch;
  GHashTable         *cards;
  gboolean            selecting;
};

static void rp_outsourcers_page_view_init (RpViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpOutsourcersPage, rp_outsourcers_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_VIEW, rp_outsourcers_page_view_init))

/* The list of outsourcers */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *model = gtk_label_new (NULL);
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (model), 0);
  gtk_label_set_ellipsize (GTK_LABEL (model), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (model, "dim-label");
  gtk_widget_add_css_class (model, "caption");
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), model);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (row), labels);
  gtk_widget_set_halign (suffix, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (row), suffix);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             RpOutsourcersPage        *self)
{
  RpRecord *outsourcer = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *labels = gtk_widget_get_first_child (row);
  GtkWidget *suffix = gtk_widget_get_last_child (row);
  RpScorecard *card = g_hash_table_lookup (self->cards, rp_record_get_uuid (outsourcer));
  g_autofree char *model = rp_record_format (outsourcer, RP_OUTSOURCER_SERVICE_MODEL);
  g_autofree char *status = rp_record_format (outsourcer, RP_OUTSOURCER_STATUS);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", model, status);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (labels)), rp_record_get_string (outsourcer, RP_OUTSOURCER_NAME));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (labels)), subtitle);
  rp_ui_clear_box (suffix);
  if (card != NULL && card->standing != NULL)
    {
      GtkWidget *badge = rp_ui_badge_new (card->standing, rp_ui_standing_class (card->rule_action));

      gtk_widget_set_halign (badge, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (suffix), badge);
      gtk_box_append (GTK_BOX (suffix), rp_sparkline_new (card->series, RP_SCORE_PERIODS));
    }
}

static gboolean
search_filter_cb (gpointer item,
                  gpointer user_data)
{
  RpOutsourcersPage *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autofree char *needle = NULL;
  g_autofree char *name = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  name = g_utf8_casefold (rp_record_get_string (item, RP_OUTSOURCER_NAME), -1);
  return strstr (name, needle) != NULL;
}

static void
search_changed_cb (RpOutsourcersPage *self)
{
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
fill_list (RpOutsourcersPage *self)
{
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree char *period = NULL;
  RpRecord *selected = gtk_single_selection_get_selected_item (self->selection);
  g_autofree char *keep = selected ? g_strdup (rp_record_get_uuid (selected)) : NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_hash_table_remove_all (self->cards);
  if (self->watch.store == NULL)
    {
      g_list_store_remove_all (self->outsourcers);
      return;
    }
  period = rp_scorecard_latest_period (self->watch.store);
  cards = period ? rp_scorecard_compute (self->watch.store, period, NULL, FALSE, NULL) : NULL;
  for (guint i = 0; cards != NULL && i < cards->len; i++)
    g_hash_table_insert (self->cards, ((RpScorecard *) cards->pdata[i])->uuid, cards->pdata[i]);
  if (cards != NULL)
    g_ptr_array_set_free_func (cards, NULL);
  records = rp_store_list (self->watch.store, RP_KIND_OUTSOURCER, RP_FIELD_NONE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    g_ptr_array_add (items, g_list_model_get_item (records, i));
  self->selecting = TRUE;
  g_list_store_splice (self->outsourcers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->outsourcers)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; keep != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)); i++)
    {
      g_autoptr(RpRecord) r = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (g_str_equal (rp_record_get_uuid (r), keep))
        gtk_single_selection_set_selected (self->selection, i);
    }
  self->selecting = FALSE;
  /* The shown outsourcer was deleted: back to the ranked scorecard. */
  if (keep == NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "detail") == 0)
    rp_outsourcers_page_show (self, "ranked");
  else if (keep != NULL && gtk_single_selection_get_selected_item (self->selection) == NULL &&
           g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "detail") == 0)
    rp_outsourcers_page_show (self, "ranked");
}

static void
show_outsourcer (RpOutsourcersPage *self,
                 RpRecord          *outsourcer)
{
  gtk_list_box_unselect_all (self->sections);
  rp_outsourcer_detail_set_outsourcer (self->detail, self->watch.store, outsourcer);
  gtk_stack_set_visible_child_name (self->stack, "detail");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      guint               position,
                      guint               n_items,
                      RpOutsourcersPage  *self)
{
  RpRecord *outsourcer = gtk_single_selection_get_selected_item (selection);

  if (!self->selecting && outsourcer != NULL)
    show_outsourcer (self, outsourcer);
}

void
rp_outsourcers_page_show (RpOutsourcersPage *self,
                          const char        *section)
{
  guint i = 0;

  gtk_stack_set_visible_child_name (self->stack, section);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sections)); row != NULL;
       row = gtk_widget_get_next_sibling (row), i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "rp-section"), section) == 0)
      gtk_list_box_select_row (self->sections, GTK_LIST_BOX_ROW (row));
  if (!g_str_equal (section, "detail"))
    {
      self->selecting = TRUE;
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      self->selecting = FALSE;
    }
}

const char *
rp_outsourcers_page_get_section (RpOutsourcersPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
section_activated_cb (GtkListBox        *box,
                      GtkListBoxRow     *row,
                      RpOutsourcersPage *self)
{
  rp_outsourcers_page_show (self, g_object_get_data (G_OBJECT (row), "rp-section"));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
ranked_activated_cb (RpRankedScorecard *ranked,
                     RpRecord          *outsourcer,
                     RpOutsourcersPage *self)
{
  rp_view_show_record (RP_VIEW (self), "outsourcer", rp_record_get_uuid (outsourcer));
}

/* Selection standards */

static char *
criterion_subtitle (RpRecord *criterion,
                    gpointer  user_data)
{
  /* Translators: "Their attitude … · weight 3" */
  return g_strdup_printf (_("%s · weight %g"), rp_record_get_string (criterion, RP_CRITERION_DESCRIPTION) ?: "",
                          rp_record_get_real (criterion, RP_CRITERION_WEIGHT));
}

static void
evaluate_candidate_clicked_cb (GtkButton         *button,
                               RpOutsourcersPage *self)
{
  RpRecord *outsourcer = g_object_get_data (G_OBJECT (button), "rp-outsourcer");

  gtk_window_present (GTK_WINDOW (rp_evaluation_dialog_new (GTK_WIDGET (self), self->watch.store, "outsourcer",
                                                            rp_record_get_uuid (outsourcer), "selection", NULL)));
}

static void
fill_ranking (RpOutsourcersPage *self)
{
  g_autoptr(GPtrArray) ranking = self->watch.store ? rp_rank_candidates (self->watch.store) : NULL;

  rp_ui_list_box_clear (self->ranking);
  for (guint i = 0; ranking != NULL && i < ranking->len; i++)
    {
      RpRanked *ranked = ranking->pdata[i];
      g_autofree char *status = rp_record_format (ranked->subject, RP_OUTSOURCER_STATUS);
      g_autofree char *subtitle = ranked->n_evaluations
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u evaluation", "%s · %u evaluations", ranked->n_evaluations),
                           status, ranked->n_evaluations)
        : g_strdup_printf (_("%s · not evaluated yet"), status);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *total = isnan (ranked->total) ? g_strdup ("—") : g_strdup_printf ("%.0f", ranked->total);
      GtkWidget *row = rp_ui_row_new (rp_record_get_string (ranked->subject, RP_OUTSOURCER_NAME), subtitle);
      GtkWidget *button = gtk_button_new_with_label (_("Evaluate…"));

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), rp_ui_badge_new (number, "numeric"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), rp_ui_badge_new (total, "numeric"));
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "rp-outsourcer", g_object_ref (ranked->subject), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (evaluate_candidate_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->ranking, row);
    }
  if (ranking == NULL || ranking->len == 0)
    gtk_list_box_append (self->ranking, rp_ui_row_new (_("No candidates yet"),
                                                       _("Add an outsourcer with the status Candidate and evaluate it.")));
}

static void
print_standards_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (widget);

  rp_print_document (widget, rp_handout_selection_standards (self->watch.store));
}

static void
pdf_standards_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (widget);

  rp_save_document_pdf (widget, rp_handout_selection_standards (self->watch.store), _("Partner standards.pdf"));
}

static char *
rule_title (RpRecord *rule,
            gpointer  user_data)
{
  /* Translators: "Watch — 60 or more" */
  return g_strdup_printf (_("%s — %g or more"), rp_record_get_string (rule, RP_STANDING_RULE_NAME), rp_record_get_real (rule, RP_STANDING_RULE_MIN_SCORE));
}

static char *
rule_subtitle (RpRecord *rule,
               gpointer  user_data)
{
  g_autofree char *action = rp_record_format (rule, RP_STANDING_RULE_RULE_ACTION);

  return g_strdup_printf (_("Calls for: %s"), action);
}

static GtkWidget *
rule_badge (RpRecord *rule,
            gpointer  user_data)
{
  g_autofree char *action = rp_record_format (rule, RP_STANDING_RULE_RULE_ACTION);

  return rp_ui_badge_new (rp_record_get_string (rule, RP_STANDING_RULE_NAME), rp_ui_standing_class (rp_record_get_string (rule, RP_STANDING_RULE_RULE_ACTION)));
}

/* Refresh */

static const char *const watched_kinds[] = {
  "outsourcer", "figure", "kpi", "kpi_target", "standing_rule", "evaluation", "score", "criterion", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpOutsourcersPage *self = user_data;

  fill_list (self);
  fill_ranking (self);
}

static void
rp_outsourcers_page_set_store (RpView  *view,
                               RpStore *store)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (view);

  rp_store_watch_set_store (&self->watch, store);
  rp_ranked_scorecard_set_store (self->ranked, store);
  rp_record_list_set_store (self->criteria, store);
  rp_record_list_set_store (self->rules, store);
  rp_outsourcer_detail_set_outsourcer (self->detail, store, NULL);
  fill_list (self);
  fill_ranking (self);
  rp_outsourcers_page_show (self, "ranked");
}

/* Any record of an outsourcer's opens that outsourcer, on the tab it belongs to. */
static gboolean
rp_outsourcers_page_show_record (RpView     *view,
                                 const char *kind_name,
                                 const char *uuid)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (view);
  g_autoptr(RpRecord) record = rp_store_lookup (self->watch.store, kind_name, uuid);
  g_autoptr(RpRecord) outsourcer = NULL;
  const char *tab = "profile";

  if (record == NULL)
    return FALSE;
  if (g_str_equal (kind_name, "standing_rule"))
    {
      rp_outsourcers_page_show (self, "rules");
      return TRUE;
    }
  if (g_str_equal (kind_name, "criterion"))
    {
      rp_outsourcers_page_show (self, "standards");
      return TRUE;
    }
  if (g_str_equal (kind_name, "outsourcer"))
    outsourcer = g_object_ref (record);
  else if (rp_kind_field_id (rp_record_get_kind (record), "outsourcer") != RP_FIELD_NONE)
    outsourcer = rp_store_get (self->watch.store, RP_KIND_OUTSOURCER,
                               rp_record_get_string (record, rp_kind_field_id (rp_record_get_kind (record), "outsourcer")));
  if (g_str_equal (kind_name, "contract"))
    tab = "contracts";
  else if (g_str_equal (kind_name, "kpi"))
    tab = "kpis";
  else if (g_str_equal (kind_name, "proposal"))
    tab = "proposals";
  else if (g_str_equal (kind_name, "review"))
    tab = "reviews";
  else if (g_str_equal (kind_name, "vendor_action"))
    tab = "actions";
  if (outsourcer == NULL)
    return FALSE;

  self->selecting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)); i++)
    {
      g_autoptr(RpRecord) r = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (g_str_equal (rp_record_get_uuid (r), rp_record_get_uuid (outsourcer)))
        gtk_single_selection_set_selected (self->selection, i);
    }
  self->selecting = FALSE;
  show_outsourcer (self, outsourcer);
  rp_outsourcer_detail_show_tab (self->detail, tab);
  return TRUE;
}

static void
rp_outsourcers_page_view_init (RpViewInterface *iface)
{
  iface->set_store = rp_outsourcers_page_set_store;
  iface->show_record = rp_outsourcers_page_show_record;
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
new_outsourcer_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (widget);

  if (self->watch.store != NULL)
    rp_record_editor_present (rp_record_editor_new_for (widget, self->watch.store, RP_KIND_OUTSOURCER, NULL));
}

RpOutsourcerDetail *
rp_outsourcers_page_get_detail (RpOutsourcersPage *self)
{
  return self->detail;
}

RpRankedScorecard *
rp_outsourcers_page_get_ranked (RpOutsourcersPage *self)
{
  return self->ranked;
}

guint
rp_outsourcers_page_get_n_listed (RpOutsourcersPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

static void
rp_outsourcers_page_dispose (GObject *object)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (object);

  rp_store_watch_clear (&self->watch);
  G_OBJECT_CLASS (rp_outsourcers_page_parent_class)->dispose (object);
}

static void
rp_outsourcers_page_finalize (GObject *object)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (object);

  g_hash_table_unref (self->cards);
  G_OBJECT_CLASS (rp_outsourcers_page_parent_class)->finalize (object);
}

static void
rp_outsourcers_page_class_init (RpOutsourcersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_outsourcers_page_dispose;
  object_class->finalize = rp_outsourcers_page_finalize;
  gtk_widget_class_install_action (widget_class, "outsourcers.new", NULL, new_outsourcer_activated);
  gtk_widget_class_install_action (widget_class, "outsourcers.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "outsourcers.print-standards", NULL, print_standards_activated);
  gtk_widget_class_install_action (widget_class, "outsourcers.pdf-standards", NULL, pdf_standards_activated);
}

static GtkWidget *
build_sidebar (RpOutsourcersPage *self)
{
  static const struct { const char *name; const char *title; const char *icon; } sections[] = {
    { "ranked", N_("Ranked Scorecard"), "view-list-bullet-symbolic" },
    { "standards", N_("Selection Standards"), "emblem-documents-symbolic" },
    { "rules", N_("Standing Rules"), "emblem-important-symbolic" },
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *add;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkFilter *filter;

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

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search outsourcers"), NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->search), 4);
  gtk_widget_set_margin_start (GTK_WIDGET (self->search), 8);
  gtk_widget_set_margin_end (GTK_WIDGET (self->search), 8);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));

  self->outsourcers = g_list_store_new (RP_TYPE_RECORD);
  filter = GTK_FILTER (gtk_custom_filter_new (search_filter_cb, self, NULL));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->outsourcers)), filter);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (self->selection), factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_box_append (GTK_BOX (box), scroll);

  add = rp_ui_sidebar_button ("list-add-symbolic", _("_New Outsourcer"), "outsourcers.new");
  gtk_box_append (GTK_BOX (box), add);
  gtk_widget_set_size_request (box, 280, -1);
  return box;
}

static GtkWidget *
build_standards (RpOutsourcersPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *intro = gtk_label_new (_("The company's guidelines for choosing partners: weighted criteria every candidate is evaluated on. Print them as a one-page sheet for the staff who deal with outsourcers."));
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *pdf = gtk_button_new_with_mnemonic (_("Save as P_DF…"));
  GtkWidget *title = gtk_label_new (_("Selection Standards"));
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *ranking_title = gtk_label_new (_("Candidates, Best First"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "outsourcers.print-standards");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (pdf), "outsourcers.pdf-standards");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), pdf);
  gtk_box_append (GTK_BOX (header), print);
  gtk_box_append (GTK_BOX (box), header);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (box), intro);
  self->criteria = rp_record_list_new (RP_KIND_CRITERION, _("Criteria"));
  rp_record_list_set_owner (self->criteria, "scope", "selection");
  rp_record_list_set_subtitle_func (self->criteria, criterion_subtitle, NULL);
  rp_record_list_set_numbered (self->criteria, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->criteria));
  gtk_label_set_xalign (GTK_LABEL (ranking_title), 0);
  gtk_widget_add_css_class (ranking_title, "heading");
  gtk_box_append (GTK_BOX (box), ranking_title);
  self->ranking = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->ranking, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->ranking), "boxed-list");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->ranking));
  return rp_ui_scrolled_page (box, 900);
}

static GtkWidget *
build_rules (RpOutsourcersPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *title = gtk_label_new (_("Standing Rules"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (box), title);
  self->rules = rp_record_list_new (RP_KIND_STANDING_RULE, _("Thresholds"));
  rp_record_list_set_description (self->rules, _("A month's score earns the highest standing whose minimum it reaches. The action it calls for is proposed; a person decides and the decision is recorded."));
  rp_record_list_set_title_func (self->rules, rule_title, NULL);
  rp_record_list_set_subtitle_func (self->rules, rule_subtitle, NULL);
  rp_record_list_set_suffix_func (self->rules, rule_badge, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->rules));
  return rp_ui_scrolled_page (box, 900);
}

static void
rp_outsourcers_page_init (RpOutsourcersPage *self)
{
  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) rp_scorecard_free);
  self->sidebar = build_sidebar (self);
  self->stack = rp_ui_content_stack ();
  self->ranked = rp_ranked_scorecard_new ();
  g_signal_connect (self->ranked, "outsourcer-activated", G_CALLBACK (ranked_activated_cb), self);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->ranked), "ranked");
  gtk_stack_add_named (self->stack, build_standards (self), "standards");
  gtk_stack_add_named (self->stack, build_rules (self), "rules");
  self->detail = rp_outsourcer_detail_new ();
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->detail), "detail");
  self->leaflet = rp_ui_split_view (self->sidebar, GTK_WIDGET (self->stack), rp_outsourcer_detail_get_back_button (self->detail));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->leaflet));
}

RpOutsourcersPage *
rp_outsourcers_page_new (void)
{
  return g_object_new (RP_TYPE_OUTSOURCERS_PAGE, NULL);
}
