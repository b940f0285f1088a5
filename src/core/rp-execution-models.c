/* rp-execution-models.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-execution-models.h"
#include "rp-execution.h"
#include "rp-finding.h"
#include "rp-overview.h"
#include "rp-util.h"

struct _RpStrategyTreeModel
{
  RpModel parent_instance;
};

G_DEFINE_FINAL_TYPE (RpStrategyTreeModel, rp_strategy_tree_model, RP_TYPE_MODEL)

static void
count_flag (GHashTable *flagged,
            const char *strategy)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (flagged, strategy));

  g_hash_table_insert (flagged, g_strdup (strategy), GUINT_TO_POINTER (n + 1));
}

static GPtrArray *
rp_strategy_tree_model_load (RpModel       *model,
                             RpStore       *store,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GHashTable) flagged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) items_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListModel) items = rp_store_list (store, RP_KIND_PLAN_ITEM, RP_FIELD_NONE, NULL);
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) tree = rp_strategy_tree (store);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  GDate today;

  rp_date_set_today (&today);
  /* What is overdue under each strategy, from one read of the plan items */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RpRecord) item = g_list_model_get_item (items, i);
      const char *strategy = rp_record_get_string (item, RP_PLAN_ITEM_STRATEGY);

      if (strategy == NULL)
        continue;
      g_hash_table_insert (items_of, g_strdup (strategy),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (items_of, strategy)) + 1));
      if (rp_plan_item_days_overdue (item, &today) > 0)
        count_flag (flagged, strategy);
    }
  reviews = rp_strategy_review_findings (store, &today, -1);
  for (guint i = 0; i < reviews->len; i++)
    count_flag (flagged, ((RpFinding *) reviews->pdata[i])->record_uuid);

  for (guint i = 0; i < tree->len; i++)
    {
      RpStrategyNode *node = tree->pdata[i];
      const char *uuid = rp_record_get_uuid (node->strategy);
      guint n_items = GPOINTER_TO_UINT (g_hash_table_lookup (items_of, uuid));
      guint n_flags = GPOINTER_TO_UINT (g_hash_table_lookup (flagged, uuid));
      g_autofree char *status = rp_record_format (node->strategy, RP_STRATEGY_STATUS);
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u plan item", "%s · %u plan items", n_items),
                                                   status, n_items);
      RpRow *row = rp_row_new (node->strategy);

      rp_row_set_subtitle (row, subtitle);
      rp_row_set_depth (row, node->depth);
      rp_row_set_number (row, n_flags);
      if (n_flags > 0)
        {
          g_autofree char *count = g_strdup_printf ("%u", n_flags);

          rp_row_set_badge (row, count, RP_TONE_PROBLEM);
          rp_row_add_note (row, _("Overdue plan items or review"));
        }
      rp_row_set_position (row, i + 1);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static gboolean
rp_strategy_tree_model_update_row (RpModel  *model,
                                   gpointer  row,
                                   gpointer  fresh)
{
  return rp_row_update_from (row, fresh);
}

static void
rp_strategy_tree_model_class_init (RpStrategyTreeModelClass *klass)
{
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  model_class->load = rp_strategy_tree_model_load;
  model_class->update_row = rp_strategy_tree_model_update_row;
  rp_model_class_set_item_type (model_class, RP_TYPE_ROW);
  rp_model_class_set_reads (model_class, RP_KIND_STRATEGY, RP_KIND_PLAN_ITEM, RP_KIND_REVIEW, -1);
}

static void
rp_strategy_tree_model_init (RpStrategyTreeModel *self)
{
}

RpStrategyTreeModel *
rp_strategy_tree_model_get (RpStore *store)
{
  RpStrategyTreeModel *self = rp_model_lookup (store, "strategy-tree");

  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_STRATEGY_TREE_MODEL, "store", store, NULL);
  rp_model_share (RP_MODEL (self), "strategy-tree");
  rp_model_reload (RP_MODEL (self));
  return self;
}
