/* rp-execution-page.c — the strategy tree on the left with the channels and the competitor
 * watch, and the strategy chosen on the right */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-execution-page.h"
#include "rp-execution-models.h"
#include "rp-record-editor.h"
#include "rp-record-list.h"
#include "rp-row-list.h"

struct _RpExecutionPage
{
  RpAreaPage           parent_instance;

  GtkListBox          *sections;
  RpRowList           *tree;
  GtkStack            *stack;
  RpRecordList        *channels;
  RpRecordList        *competitors;
  RpStrategyDetail    *detail;

  RpStrategyTreeModel *strategies;
};

G_DEFINE_FINAL_TYPE (RpExecutionPage, rp_execution_page, RP_TYPE_AREA_PAGE)

enum { PROP_0, PROP_SECTION, PROP_N_LISTED, N_PROPS };
static GParamSpec *properties[N_PROPS];

void
rp_execution_page_show (RpExecutionPage *self,
                        const char      *section)
{
  RpRecord *shown = rp_detail_view_get_record (RP_DETAIL_VIEW (self->detail));

  g_return_if_fail (RP_IS_EXECUTION_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, section);
  gtk_list_box_unselect_all (self->sections);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sections)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), section) == 0)
      gtk_list_box_select_row (self->sections, GTK_LIST_BOX_ROW (row));
  rp_row_list_set_selected (self->tree, shown && g_str_equal (section, "detail") ? rp_record_get_uuid (shown) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

const char *
rp_execution_page_get_section (RpExecutionPage *self)
{
  g_return_val_if_fail (RP_IS_EXECUTION_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
show_strategy (RpExecutionPage *self,
               RpRecord        *strategy)
{
  rp_detail_view_set_record (RP_DETAIL_VIEW (self->detail), rp_area_page_get_store (RP_AREA_PAGE (self)), strategy);
  rp_execution_page_show (self, strategy ? "detail" : "empty");
}

/* Until one is chosen, the first strategy is shown. */
static void
strategies_changed_cb (RpExecutionPage *self)
{
  const char *section = rp_execution_page_get_section (self);
  g_autoptr(RpRow) first = NULL;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LISTED]);
  if (rp_detail_view_get_record (RP_DETAIL_VIEW (self->detail)) != NULL ||
      g_str_equal (section, "channels") || g_str_equal (section, "competitors"))
    return;
  first = g_list_model_get_item (G_LIST_MODEL (self->strategies), 0);
  show_strategy (self, first ? rp_row_get_record (first) : NULL);
}

static void
strategy_activated_cb (RpRowList       *list,
                       RpRow           *row,
                       RpExecutionPage *self)
{
  show_strategy (self, rp_row_get_record (row));
  rp_area_page_show_content (RP_AREA_PAGE (self));
}

static void
section_activated_cb (GtkListBox      *box,
                      GtkListBoxRow   *row,
                      RpExecutionPage *self)
{
  rp_execution_page_show (self, gtk_widget_get_name (GTK_WIDGET (row)));
  rp_area_page_show_content (RP_AREA_PAGE (self));
}

static void
detail_gone_cb (RpStrategyDetail *detail,
                RpExecutionPage  *self)
{
  rp_detail_view_set_record (RP_DETAIL_VIEW (detail), rp_area_page_get_store (RP_AREA_PAGE (self)), NULL);
  rp_execution_page_show (self, "empty");
  strategies_changed_cb (self);
}

/* RpAreaPage */

static void
rp_execution_page_store_changed (RpAreaPage *page)
{
  RpExecutionPage *self = RP_EXECUTION_PAGE (page);
  RpStore *store = rp_area_page_get_store (page);

  if (self->strategies != NULL)
    g_signal_handlers_disconnect_by_func (self->strategies, strategies_changed_cb, self);
  g_clear_object (&self->strategies);
  rp_detail_view_set_record (RP_DETAIL_VIEW (self->detail), store, NULL);
  if (store != NULL)
    {
      self->strategies = rp_strategy_tree_model_get (store);
      /* After the tree's own selection has taken the change in */
      g_signal_connect_data (self->strategies, "items-changed", G_CALLBACK (strategies_changed_cb), self, NULL,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  rp_row_list_set_model (self->tree, G_LIST_MODEL (self->strategies));
  rp_record_list_bind (self->channels, store, RP_FIELD_NONE, NULL);
  rp_record_list_bind (self->competitors, store, RP_FIELD_NONE, NULL);
  rp_execution_page_show (self, "empty");
  if (self->strategies != NULL)
    strategies_changed_cb (self);
}

/* Every record of a strategy opens it on the tab it belongs to. */
static gboolean
rp_execution_page_show_record (RpAreaPage *page,
                               RpRecord   *record,
                               const char *tab)
{
  RpExecutionPage *self = RP_EXECUTION_PAGE (page);
  RpStore *store = rp_area_page_get_store (page);
  RpKindId kind = rp_record_get_kind_id (record);
  RpFieldId owner = rp_kind_field_id (rp_record_get_kind (record), "strategy");
  g_autoptr(RpRecord) strategy = NULL;
  const char *home = "plan";

  if (kind == RP_KIND_COMPETITOR_MOVE || (kind == RP_KIND_CHANNEL && !rp_record_is_set (record, RP_CHANNEL_STRATEGY)))
    {
      rp_execution_page_show (self, kind == RP_KIND_CHANNEL ? "channels" : "competitors");
      rp_area_page_show_content (page);
      return TRUE;
    }
  if (kind == RP_KIND_STRATEGY)
    strategy = g_object_ref (record);
  else if (owner != RP_FIELD_NONE && rp_record_is_set (record, owner))
    strategy = rp_store_get (store, RP_KIND_STRATEGY, rp_record_get_string (record, owner));
  if (strategy == NULL)
    return FALSE;
  switch (kind)
    {
    case RP_KIND_CHANGE_REQUEST: home = "changes"; break;
    case RP_KIND_REVIEW: home = "reviews"; break;
    case RP_KIND_CHANNEL: home = "about"; break;
    default: break;
    }
  show_strategy (self, strategy);
  rp_detail_view_show_tab (RP_DETAIL_VIEW (self->detail), tab != NULL ? tab : home);
  rp_area_page_show_content (page);
  return TRUE;
}

static void
new_saved_cb (RpRecordEditor  *editor,
              RpRecord        *strategy,
              RpExecutionPage *self)
{
  show_strategy (self, strategy);
  rp_area_page_show_content (RP_AREA_PAGE (self));
}

static void
rp_execution_page_new_record (RpAreaPage *page)
{
  RpRecordEditor *editor = rp_record_editor_new_for (GTK_WIDGET (page), rp_area_page_get_store (page), RP_KIND_STRATEGY, NULL);

  g_signal_connect_object (editor, "saved", G_CALLBACK (new_saved_cb), page, 0);
  rp_record_editor_present (editor);
}

RpStrategyDetail *
rp_execution_page_get_detail (RpExecutionPage *self)
{
  g_return_val_if_fail (RP_IS_EXECUTION_PAGE (self), NULL);
  return self->detail;
}

static void
rp_execution_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RpExecutionPage *self = RP_EXECUTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_string (value, rp_execution_page_get_section (self));
      break;
    case PROP_N_LISTED:
      g_value_set_uint (value, self->strategies ? g_list_model_get_n_items (G_LIST_MODEL (self->strategies)) : 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_execution_page_dispose (GObject *object)
{
  RpExecutionPage *self = RP_EXECUTION_PAGE (object);

  if (self->strategies != NULL)
    g_signal_handlers_disconnect_by_func (self->strategies, strategies_changed_cb, self);
  g_clear_object (&self->strategies);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_EXECUTION_PAGE);
  G_OBJECT_CLASS (rp_execution_page_parent_class)->dispose (object);
}

static void
rp_execution_page_class_init (RpExecutionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpAreaPageClass *page_class = RP_AREA_PAGE_CLASS (klass);

  object_class->dispose = rp_execution_page_dispose;
  object_class->get_property = rp_execution_page_get_property;
  page_class->store_changed = rp_execution_page_store_changed;
  page_class->show_record = rp_execution_page_show_record;
  page_class->new_record = rp_execution_page_new_record;

  /* What the content shows: empty, channels, competitors or detail */
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_LISTED] = g_param_spec_uint ("n-listed", NULL, NULL, 0, G_MAXUINT, 0,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_ROW_LIST);
  g_type_ensure (RP_TYPE_RECORD_LIST);
  g_type_ensure (RP_TYPE_STRATEGY_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/execution/rp-execution-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpExecutionPage, sections);
  gtk_widget_class_bind_template_child (widget_class, RpExecutionPage, tree);
  gtk_widget_class_bind_template_child (widget_class, RpExecutionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RpExecutionPage, channels);
  gtk_widget_class_bind_template_child (widget_class, RpExecutionPage, competitors);
  gtk_widget_class_bind_template_child (widget_class, RpExecutionPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, section_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, strategy_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_gone_cb);
}

static void
rp_execution_page_init (RpExecutionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RpExecutionPage *
rp_execution_page_new (void)
{
  return g_object_new (RP_TYPE_EXECUTION_PAGE, NULL);
}
