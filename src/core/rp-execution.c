/* rp-execution.c — the strategy tree, endorsement and management's decisions on change requests */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-execution.h"
#include "rp-util.h"

static void
node_free (RpStrategyNode *node)
{
  g_object_unref (node->strategy);
  g_free (node);
}

static void
visit (GPtrArray  *tree,
       GHashTable *children,
       GHashTable *placed,
       RpRecord   *strategy,
       guint       depth)
{
  RpStrategyNode *node;
  GPtrArray *kids;

  if (!g_hash_table_add (placed, (gpointer) rp_record_get_uuid (strategy)))
    return;
  node = g_new0 (RpStrategyNode, 1);
  node->strategy = g_object_ref (strategy);
  node->depth = depth;
  g_ptr_array_add (tree, node);
  kids = g_hash_table_lookup (children, rp_record_get_uuid (strategy));
  for (guint i = 0; kids != NULL && i < kids->len; i++)
    visit (tree, children, placed, kids->pdata[i], depth + 1);
}

/* Every strategy once, each followed by its sub-strategies in their order. A strategy
 * whose chain of parents never reaches the top (a loop brought in from elsewhere) is
 * still listed, at the top level, rather than lost. */
GPtrArray *
rp_strategy_tree (RpStore *store)
{
  g_autoptr(GListModel) all = rp_store_list (store, RP_KIND_STRATEGY, RP_FIELD_NONE, NULL);
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *tree = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      RpRecord *s = g_list_model_get_item (all, i);

      g_ptr_array_add (records, s);
      g_hash_table_add (known, (gpointer) rp_record_get_uuid (s));
    }
  for (guint i = 0; i < records->len; i++)
    {
      RpRecord *s = records->pdata[i];
      const char *parent = rp_record_get_string (s, RP_STRATEGY_PARENT);
      GPtrArray *kids;

      if (parent == NULL || !g_hash_table_contains (known, parent))
        continue;
      kids = g_hash_table_lookup (children, parent);
      if (kids == NULL)
        g_hash_table_insert (children, (gpointer) parent, kids = g_ptr_array_new ());
      g_ptr_array_add (kids, s);
    }
  for (guint i = 0; i < records->len; i++)
    {
      RpRecord *s = records->pdata[i];
      const char *parent = rp_record_get_string (s, RP_STRATEGY_PARENT);

      if (parent == NULL || !g_hash_table_contains (known, parent))
        visit (tree, children, placed, s, 0);
    }
  for (guint i = 0; i < records->len; i++)
    visit (tree, children, placed, records->pdata[i], 0);
  return tree;
}

gboolean
rp_strategy_endorse (RpStore     *store,
                     RpRecord    *strategy,
                     const char  *by,
                     const char  *on,
                     GError     **error)
{
  g_autoptr(RpRecord) copy = NULL;
  g_autofree char *summary = NULL;

  if (by == NULL || *by == '\0')
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("Say who endorsed the strategy."));
      return FALSE;
    }
  if (!rp_date_parse (on, NULL))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("The endorsement date must be written as YYYY-MM-DD, not “%s”."), on ? on : "");
      return FALSE;
    }
  copy = rp_record_copy (strategy);
  rp_record_set_string (copy, RP_STRATEGY_ENDORSED_BY, by);
  rp_record_set_string (copy, RP_STRATEGY_ENDORSED_ON, on);
  if (rp_record_get_enum (copy, RP_STRATEGY_STATUS) == RP_STRATEGY_STATUS_DRAFT)
    rp_record_set_enum (copy, RP_STRATEGY_STATUS, RP_STRATEGY_STATUS_ENDORSED);
  /* Translators: a journal entry, "Endorsed by Executive committee on 2026-08-30" */
  summary = g_strdup_printf (_("Endorsed by %s on %s"), by, on);
  return rp_store_save_as (store, copy, "endorsed", summary, error);
}

/* Management's answer to a change request. A request once approved or rejected stays
 * decided (a new request changes course again); a deferred one can be decided later. */
gboolean
rp_change_request_decide (RpStore     *store,
                          RpRecord    *request,
                          const char  *decision,
                          const char  *by,
                          const char  *on,
                          const char  *notes,
                          GError     **error)
{
  const RpField *field = rp_kind_get_field (rp_record_get_kind (request), "decision");
  const char *current = rp_record_get_string (request, RP_CHANGE_REQUEST_DECISION);
  g_autoptr(RpRecord) copy = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *what = NULL;

  if (g_strcmp0 (decision, "approved") != 0 && g_strcmp0 (decision, "rejected") != 0 &&
      g_strcmp0 (decision, "deferred") != 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("A decision is approved, rejected or deferred, not “%s”."), decision ? decision : "");
      return FALSE;
    }
  if (g_strcmp0 (current, "approved") == 0 || g_strcmp0 (current, "rejected") == 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("This change request was already %s by %s; raise a new request to change course."),
                   rp_field_enum_label (field, current), rp_record_get_string (request, RP_CHANGE_REQUEST_DECIDED_BY) ?: "—");
      return FALSE;
    }
  if (by == NULL || *by == '\0')
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("Say who decided."));
      return FALSE;
    }
  if (!rp_date_parse (on, NULL))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("The decision date must be written as YYYY-MM-DD, not “%s”."), on ? on : "");
      return FALSE;
    }
  copy = rp_record_copy (request);
  rp_record_set_string (copy, RP_CHANGE_REQUEST_DECISION, decision);
  rp_record_set_string (copy, RP_CHANGE_REQUEST_DECIDED_BY, by);
  rp_record_set_string (copy, RP_CHANGE_REQUEST_DECIDED_ON, on);
  if (notes != NULL && *notes != '\0')
    rp_record_set_string (copy, RP_CHANGE_REQUEST_DECISION_NOTES, notes);
  what = rp_record_dup_title (copy);
  /* Translators: a journal entry, "Approved by Executive committee: Move the bill redesign…" */
  summary = g_strdup_printf (_("%s by %s: %s"), rp_field_enum_label (field, decision), by, what);
  return rp_store_save_as (store, copy, decision, summary, error);
}

/* "Front-line staff: Ten-minute team huddle"; fits a record list's title function. */
char *
rp_channel_title (RpRecord *channel,
                  gpointer  unused)
{
  g_autofree char *audience = rp_record_format (channel, RP_CHANNEL_AUDIENCE);

  /* Translators: a communication channel, "Front-line staff: Ten-minute team huddle" */
  return g_strdup_printf (_("%s: %s"), audience, rp_record_get_string (channel, RP_CHANNEL_MEDIUM));
}
