/* rp-philosophy-models.c */
#include "config.h"

#include "rp-philosophy-models.h"
#include "rp-philosophy.h"
#include "rp-util.h"

struct _RpPhilosophyChecks
{
  RpModel  parent_instance;

  char    *philosophy;
};

G_DEFINE_FINAL_TYPE (RpPhilosophyChecks, rp_philosophy_checks, RP_TYPE_MODEL)

static GPtrArray *
rp_philosophy_checks_load (RpModel       *model,
                           RpStore       *store,
                           GCancellable  *cancellable,
                           GError       **error)
{
  RpPhilosophyChecks *self = RP_PHILOSOPHY_CHECKS (model);
  g_autoptr(RpRecord) philosophy = rp_store_get (store, RP_KIND_PHILOSOPHY, self->philosophy);
  g_autoptr(GPtrArray) findings = philosophy ? rp_philosophy_findings (store, philosophy) : NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  if (findings == NULL)
    return rows;
  /* Promotion concerns the adopted philosophy only */
  if (rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) == RP_PHILOSOPHY_STATUS_ADOPTED)
    {
      GDate today;

      rp_date_set_today (&today);
      g_ptr_array_extend_and_steal (findings, rp_promotion_findings (store, &today));
    }
  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (rows, rp_finding_row_new (rp_finding_copy (findings->pdata[i])));
  return rows;
}

/* A finding is new each read; what it says is all there is to it. */
static const char *
rp_philosophy_checks_row_key (RpModel  *model,
                              gpointer  row)
{
  return rp_finding_row_get_message (row);
}

static void
rp_philosophy_checks_finalize (GObject *object)
{
  g_free (RP_PHILOSOPHY_CHECKS (object)->philosophy);
  G_OBJECT_CLASS (rp_philosophy_checks_parent_class)->finalize (object);
}

static void
rp_philosophy_checks_class_init (RpPhilosophyChecksClass *klass)
{
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rp_philosophy_checks_finalize;
  model_class->load = rp_philosophy_checks_load;
  model_class->row_key = rp_philosophy_checks_row_key;
  rp_model_class_set_item_type (model_class, RP_TYPE_FINDING_ROW);
  rp_model_class_set_reads (model_class, RP_KIND_PHILOSOPHY, RP_KIND_PRINCIPLE, RP_KIND_PRINCIPLE_OBJECTIVE,
                            RP_KIND_PRINCIPLE_STAKEHOLDER, RP_KIND_OBJECTIVE, RP_KIND_STAKEHOLDER_GROUP, RP_KIND_PROMOTION, -1);
}

static void
rp_philosophy_checks_init (RpPhilosophyChecks *self)
{
}

RpPhilosophyChecks *
rp_philosophy_checks_get (RpStore    *store,
                          const char *philosophy_uuid)
{
  g_autofree char *key = g_strdup_printf ("philosophy-checks\x1f%s", philosophy_uuid);
  RpPhilosophyChecks *self = rp_model_lookup (store, key);

  g_return_val_if_fail (philosophy_uuid != NULL, NULL);
  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_PHILOSOPHY_CHECKS, "store", store, NULL);
  self->philosophy = g_strdup (philosophy_uuid);
  rp_model_share (RP_MODEL (self), key);
  rp_model_reload (RP_MODEL (self));
  return self;
}

guint
rp_philosophy_checks_count (RpPhilosophyChecks *self,
                            const char         *rule)
{
  guint n = 0;

  g_return_val_if_fail (RP_IS_PHILOSOPHY_CHECKS (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self)); i++)
    {
      g_autoptr(RpFindingRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);

      n += rule == NULL || g_str_equal (rp_finding_row_get_finding (row)->rule, rule);
    }
  return n;
}

/* Whether a finding of @rule is about @record_uuid */
gboolean
rp_philosophy_checks_flags (RpPhilosophyChecks *self,
                            const char         *rule,
                            const char         *record_uuid)
{
  g_return_val_if_fail (RP_IS_PHILOSOPHY_CHECKS (self), FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self)); i++)
    {
      g_autoptr(RpFindingRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);
      const RpFinding *finding = rp_finding_row_get_finding (row);

      if (g_str_equal (finding->rule, rule) && g_strcmp0 (finding->record_uuid, record_uuid) == 0)
        return TRUE;
    }
  return FALSE;
}
