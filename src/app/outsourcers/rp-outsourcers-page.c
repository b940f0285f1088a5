/* rp-outsourcers-page.c — partners on the left, with standing and a sparkline from the
 * shared scorecard model (a list view: a thousand partners build rows only for those
 * in sight), and on the right the ranked scorecard, the selection standards, the
 * standing rules or one outsourcer */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-outsourcers-page.h"
#include "rp-outsourcer-tabs.h"
#include "rp-chart-view.h"
#include "rp-record-editor.h"
#include "rp-scorecard-model.h"
#include "rp-selection-standards.h"
#include "rp-standing-rules.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpOutsourcersPage
{
  RpAreaPage            parent_instance;

  GtkListBox           *sections;
  GtkSearchEntry       *search;
  GtkListView          *list;
  GtkStack             *stack;
  RpRankedScorecard    *ranked;
  RpSelectionStandards *standards;
  RpStandingRules      *rules;
  RpOutsourcerDetail   *detail;

  RpScorecardModel     *scores;
  GtkStringFilter      *filter;
  GtkSingleSelection   *selection;
  gboolean              selecting;
};

G_DEFINE_FINAL_TYPE (RpOutsourcersPage, rp_outsourcers_page, RP_TYPE_AREA_PAGE)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_N_LISTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
             gpointer                  user_data)
{
  RpScoreRow *score = gtk_list_item_get_item (item);
  const RpScorecard *card = rp_score_row_get_card (score);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *labels = gtk_widget_get_first_child (row);
  GtkWidget *suffix = gtk_widget_get_last_child (row);
  const char *model = rp_field_enum_label (rp_field_get (RP_OUTSOURCER_SERVICE_MODEL), card->service_model);
  const char *status = rp_field_enum_label (rp_field_get (RP_OUTSOURCER_STATUS), card->status);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", model, status);
  g_autofree char *name = rp_text_strip_bidi (card->name);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (labels)), name);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (labels)), subtitle);
  rp_ui_clear_box (suffix);
  if (card->standing != NULL || !isnan (card->score) || (card->not_reporting && card->n_kpis > 0))
    {
      GtkWidget *badge = rp_ui_badge_new (rp_ui_standing_text (card), rp_ui_standing_card_class (card));

      gtk_widget_set_halign (badge, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (suffix), badge);
      gtk_box_append (GTK_BOX (suffix), rp_sparkline_new (card->series, RP_SCORE_PERIODS, card->period));
    }
}

static void
show_outsourcer (RpOutsourcersPage *self,
                 RpRecord          *outsourcer)
{
  gtk_list_box_unselect_all (self->sections);
  rp_detail_view_set_record (RP_DETAIL_VIEW (self->detail), rp_area_page_get_store (RP_AREA_PAGE (self)), outsourcer);
  gtk_stack_set_visible_child_name (self->stack, "detail");
  rp_area_page_show_content (RP_AREA_PAGE (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

static void
show_uuid (RpOutsourcersPage *self,
           const char        *uuid)
{
  g_autoptr(RpRecord) outsourcer = rp_store_get (rp_area_page_get_store (RP_AREA_PAGE (self)), RP_KIND_OUTSOURCER, uuid);

  if (outsourcer != NULL)
    show_outsourcer (self, outsourcer);
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      guint               position,
                      guint               n_items,
                      RpOutsourcersPage  *self)
{
  RpScoreRow *row = gtk_single_selection_get_selected_item (selection);

  if (!self->selecting && row != NULL)
    show_uuid (self, rp_score_row_get_uuid (row));
}

static void
outsourcer_activated_cb (GtkListView       *view,
                         guint              position,
                         RpOutsourcersPage *self)
{
  g_autoptr(RpScoreRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    show_uuid (self, rp_score_row_get_uuid (row));
}

/* Selects @uuid in the list without opening it again (NULL: nothing selected). */
static void
select_in_list (RpOutsourcersPage *self,
                const char        *uuid)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; uuid != NULL && i < n; i++)
    {
      g_autoptr(RpScoreRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (g_str_equal (rp_score_row_get_uuid (row), uuid))
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  self->selecting = FALSE;
}

static void
n_listed_cb (RpOutsourcersPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LISTED]);
}

/* Sections */

void
rp_outsourcers_page_show (RpOutsourcersPage *self,
                          const char        *section)
{
  g_return_if_fail (RP_IS_OUTSOURCERS_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, section);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sections)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), section) == 0)
      gtk_list_box_select_row (self->sections, GTK_LIST_BOX_ROW (row));
  if (!g_str_equal (section, "detail"))
    select_in_list (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

const char *
rp_outsourcers_page_get_section (RpOutsourcersPage *self)
{
  g_return_val_if_fail (RP_IS_OUTSOURCERS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
section_activated_cb (GtkListBox        *box,
                      GtkListBoxRow     *row,
                      RpOutsourcersPage *self)
{
  rp_outsourcers_page_show (self, gtk_widget_get_name (GTK_WIDGET (row)));
  rp_area_page_show_content (RP_AREA_PAGE (self));
}

static void
ranked_activated_cb (RpRankedScorecard *ranked,
                     const char        *uuid,
                     RpOutsourcersPage *self)
{
  select_in_list (self, uuid);
  show_uuid (self, uuid);
}

/* The outsourcer shown was deleted: back to the ranked scorecard. */
static void
detail_gone_cb (RpOutsourcerDetail *detail,
                RpOutsourcersPage  *self)
{
  rp_detail_view_set_record (RP_DETAIL_VIEW (detail), NULL, NULL);
  rp_outsourcers_page_show (self, "ranked");
}

/* RpAreaPage */

static void
rp_outsourcers_page_store_changed (RpAreaPage *page)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (page);
  RpStore *store = rp_area_page_get_store (page);
  GtkSortListModel *sorted = NULL;
  GtkFilterListModel *filtered = NULL;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, n_listed_cb, self);
  g_clear_object (&self->scores);
  g_clear_object (&self->selection);
  if (store != NULL)
    {
      GtkStringSorter *by_name = gtk_string_sorter_new (gtk_property_expression_new (RP_TYPE_SCORE_ROW, NULL, "name"));

      self->scores = rp_scorecard_model_get (store, NULL);
      sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->scores)), GTK_SORTER (by_name));
      filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (g_object_ref (self->filter)));
      self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
      g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (n_listed_cb), self);
    }
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  rp_ranked_scorecard_set_store (self->ranked, store);
  rp_selection_standards_set_store (self->standards, store);
  rp_standing_rules_set_store (self->rules, store);
  rp_detail_view_set_record (RP_DETAIL_VIEW (self->detail), store, NULL);
  rp_outsourcers_page_show (self, "ranked");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LISTED]);
}

/* Any record of an outsourcer's opens that outsourcer, on the tab it belongs to. */
static gboolean
rp_outsourcers_page_show_record (RpAreaPage *page,
                                 RpRecord   *record,
                                 const char *tab)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (page);
  RpKindId kind = rp_record_get_kind_id (record);
  RpFieldId owner = rp_kind_field_id (rp_record_get_kind (record), "outsourcer");
  g_autoptr(RpRecord) kpi = NULL;
  const char *uuid = NULL;
  const char *home = "profile";

  switch (kind)
    {
    case RP_KIND_STANDING_RULE:
      rp_outsourcers_page_show (self, "rules");
      rp_area_page_show_content (page);
      return TRUE;
    case RP_KIND_CRITERION:
      rp_outsourcers_page_show (self, "standards");
      rp_area_page_show_content (page);
      return TRUE;
    case RP_KIND_OUTSOURCER:
      uuid = rp_record_get_uuid (record);
      break;
    case RP_KIND_KPI:
    case RP_KIND_KPI_TARGET:
    case RP_KIND_FIGURE:
      kpi = kind == RP_KIND_KPI ? g_object_ref (record)
                                : rp_store_get (rp_area_page_get_store (page), RP_KIND_KPI,
                                                rp_record_get_string (record, rp_kind_field_id (rp_record_get_kind (record), "kpi")));
      uuid = kpi != NULL ? rp_record_get_string (kpi, RP_KPI_OUTSOURCER) : NULL;
      home = "kpis";
      break;
    default:
      uuid = owner != RP_FIELD_NONE ? rp_record_get_string (record, owner) : NULL;
      break;
    }
  if (uuid == NULL)
    return FALSE;
  switch (kind)
    {
    case RP_KIND_CONTRACT: home = "contracts"; break;
    case RP_KIND_PROPOSAL: home = "proposals"; break;
    case RP_KIND_REVIEW: home = "reviews"; break;
    case RP_KIND_VENDOR_ACTION: home = "actions"; break;
    default: break;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  select_in_list (self, uuid);
  show_uuid (self, uuid);
  rp_detail_view_show_tab (RP_DETAIL_VIEW (self->detail), tab != NULL ? tab : home);
  if (kind == RP_KIND_PROPOSAL)
    {
      RpDetailTab *proposals = rp_detail_view_get_tab (RP_DETAIL_VIEW (self->detail), "proposals");

      rp_proposal_pane_set_proposal (rp_outsourcer_proposals_tab_get_pane (RP_OUTSOURCER_PROPOSALS_TAB (proposals)),
                                     rp_area_page_get_store (page), record);
    }
  return TRUE;
}

static void
rp_outsourcers_page_new_record (RpAreaPage *page)
{
  rp_record_editor_present (rp_record_editor_new_for (GTK_WIDGET (page), rp_area_page_get_store (page),
                                                      RP_KIND_OUTSOURCER, NULL));
}

/* Accessors */

RpOutsourcerDetail *
rp_outsourcers_page_get_detail (RpOutsourcersPage *self)
{
  g_return_val_if_fail (RP_IS_OUTSOURCERS_PAGE (self), NULL);
  return self->detail;
}

RpRankedScorecard *
rp_outsourcers_page_get_ranked (RpOutsourcersPage *self)
{
  g_return_val_if_fail (RP_IS_OUTSOURCERS_PAGE (self), NULL);
  return self->ranked;
}

/* GObject */

static void
rp_outsourcers_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_string (value, rp_outsourcers_page_get_section (self));
      break;
    case PROP_N_LISTED:
      g_value_set_uint (value, self->selection ? g_list_model_get_n_items (G_LIST_MODEL (self->selection)) : 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_outsourcers_page_dispose (GObject *object)
{
  RpOutsourcersPage *self = RP_OUTSOURCERS_PAGE (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, n_listed_cb, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->scores);
  g_clear_object (&self->filter);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_OUTSOURCERS_PAGE);
  G_OBJECT_CLASS (rp_outsourcers_page_parent_class)->dispose (object);
}

static void
rp_outsourcers_page_class_init (RpOutsourcersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpAreaPageClass *page_class = RP_AREA_PAGE_CLASS (klass);

  object_class->dispose = rp_outsourcers_page_dispose;
  object_class->get_property = rp_outsourcers_page_get_property;
  page_class->store_changed = rp_outsourcers_page_store_changed;
  page_class->show_record = rp_outsourcers_page_show_record;
  page_class->new_record = rp_outsourcers_page_new_record;

  /* What the content shows: ranked, standards, rules or detail */
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Outsourcers in the list, as searched */
  properties[PROP_N_LISTED] =
    g_param_spec_uint ("n-listed", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_RANKED_SCORECARD);
  g_type_ensure (RP_TYPE_SELECTION_STANDARDS);
  g_type_ensure (RP_TYPE_STANDING_RULES);
  g_type_ensure (RP_TYPE_OUTSOURCER_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-outsourcers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcersPage, sections);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcersPage, search);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcersPage, list);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcersPage, ranked);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcersPage, standards);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcersPage, rules);
  gtk_widget_class_bind_template_child (widget_class, RpOutsourcersPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, section_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, outsourcer_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, ranked_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_gone_cb);
}

static void
rp_outsourcers_page_init (RpOutsourcersPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);
  self->filter = gtk_string_filter_new (gtk_property_expression_new (RP_TYPE_SCORE_ROW, NULL, "name"));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  g_object_bind_property (self->search, "text", self->filter, "search", G_BINDING_SYNC_CREATE);
}

RpOutsourcersPage *
rp_outsourcers_page_new (void)
{
  return g_object_new (RP_TYPE_OUTSOURCERS_PAGE, NULL);
}
