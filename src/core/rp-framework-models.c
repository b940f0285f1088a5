/* rp-framework-models.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-framework-models.h"
#include "rp-framework.h"

/* What a framework's findings depend on */
#define FRAMEWORK_READS RP_KIND_FRAMEWORK, RP_KIND_PHASE, RP_KIND_ACTIVITY, RP_KIND_ACTIVITY_STAFF, \
                        RP_KIND_ACTIVITY_PRINCIPLE, RP_KIND_STAFF, RP_KIND_PHILOSOPHY, RP_KIND_PRINCIPLE

struct _RpFrameworkListModel
{
  RpModel parent_instance;
};

G_DEFINE_FINAL_TYPE (RpFrameworkListModel, rp_framework_list_model, RP_TYPE_MODEL)

static GPtrArray *
rp_framework_list_model_load (RpModel       *model,
                              RpStore       *store,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GListModel) frameworks = rp_store_list (store, RP_KIND_FRAMEWORK, RP_FIELD_NONE, NULL);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(RpRecord) framework = g_list_model_get_item (frameworks, i);
      const char *uuid = rp_record_get_uuid (framework);
      guint n_phases = rp_store_count_where (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, uuid);
      g_autoptr(GPtrArray) activities = rp_framework_list_activities (store, framework);
      g_autoptr(GPtrArray) findings = rp_framework_findings (store, framework);
      g_autofree char *phases = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u phase", "%u phases", n_phases), n_phases);
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u activity", "%s · %u activities",
                                                                activities->len), phases, activities->len);
      RpRow *row = rp_row_new (framework);

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_ptr_array_unref (rows);
          g_object_unref (row);
          g_cancellable_set_error_if_cancelled (cancellable, error);
          return NULL;
        }
      rp_row_set_subtitle (row, subtitle);
      rp_row_set_number (row, findings->len);
      if (findings->len > 0)
        {
          g_autofree char *count = g_strdup_printf ("%u", findings->len);
          g_autofree char *why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", findings->len),
                                                  findings->len);

          rp_row_set_badge (row, count, RP_TONE_WARNING);
          rp_row_add_note (row, why);
        }
      rp_row_set_position (row, i + 1);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static gboolean
rp_framework_list_model_update_row (RpModel  *model,
                                    gpointer  row,
                                    gpointer  fresh)
{
  return rp_row_update_from (row, fresh);
}

static void
rp_framework_list_model_class_init (RpFrameworkListModelClass *klass)
{
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  model_class->load = rp_framework_list_model_load;
  model_class->update_row = rp_framework_list_model_update_row;
  rp_model_class_set_item_type (model_class, RP_TYPE_ROW);
  rp_model_class_set_threaded (model_class, TRUE);
  rp_model_class_set_reads (model_class, FRAMEWORK_READS, -1);
}

static void
rp_framework_list_model_init (RpFrameworkListModel *self)
{
}

RpFrameworkListModel *
rp_framework_list_model_get (RpStore *store)
{
  RpFrameworkListModel *self = rp_model_lookup (store, "frameworks");

  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_FRAMEWORK_LIST_MODEL, "store", store, NULL);
  rp_model_share (RP_MODEL (self), "frameworks");
  rp_model_reload (RP_MODEL (self));
  return self;
}

/* One framework's checks */

struct _RpFrameworkChecks
{
  RpModel  parent_instance;

  char    *framework;
};

G_DEFINE_FINAL_TYPE (RpFrameworkChecks, rp_framework_checks, RP_TYPE_MODEL)

static const struct {
  const char *rule;
  const char *heading;
} check_groups[] = {
  { "principle-unserved", N_("Principles of the adopted philosophy no activity serves") },
  { "post-sale-no-feedback", N_("Post-sale phases without a feedback mechanism") },
  { "post-sale-no-recovery", N_("Post-sale phases without service recovery") },
  { "phase-empty", N_("Phases with no activities") },
  { "activity-unstaffed", N_("Activities nobody is assigned to") },
  { "staff-shortfall", N_("People who fall short of what an activity needs") },
};

/* What the findings of @rule have in common, as the Coverage tab heads them */
const char *
rp_framework_check_heading (const char *rule)
{
  for (guint g = 0; g < G_N_ELEMENTS (check_groups); g++)
    if (g_strcmp0 (check_groups[g].rule, rule) == 0)
      return _(check_groups[g].heading);
  return NULL;
}

static GPtrArray *
rp_framework_checks_load (RpModel       *model,
                          RpStore       *store,
                          GCancellable  *cancellable,
                          GError       **error)
{
  RpFrameworkChecks *self = RP_FRAMEWORK_CHECKS (model);
  g_autoptr(RpRecord) framework = rp_store_get (store, RP_KIND_FRAMEWORK, self->framework);
  g_autoptr(GPtrArray) findings = framework ? rp_framework_findings (store, framework) : NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint g = 0; findings != NULL && g < G_N_ELEMENTS (check_groups); g++)
    for (guint i = 0; i < findings->len; i++)
      {
        RpFinding *finding = findings->pdata[i];

        if (g_str_equal (finding->rule, check_groups[g].rule))
          g_ptr_array_add (rows, rp_finding_row_new (rp_finding_copy (finding)));
      }
  return rows;
}

/* A finding is new each read; what it says is all there is to it. */
static const char *
rp_framework_checks_row_key (RpModel  *model,
                             gpointer  row)
{
  return rp_finding_row_get_message (row);
}

static void
rp_framework_checks_finalize (GObject *object)
{
  g_free (RP_FRAMEWORK_CHECKS (object)->framework);
  G_OBJECT_CLASS (rp_framework_checks_parent_class)->finalize (object);
}

static void
rp_framework_checks_class_init (RpFrameworkChecksClass *klass)
{
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rp_framework_checks_finalize;
  model_class->load = rp_framework_checks_load;
  model_class->row_key = rp_framework_checks_row_key;
  rp_model_class_set_item_type (model_class, RP_TYPE_FINDING_ROW);
  rp_model_class_set_reads (model_class, FRAMEWORK_READS, -1);
}

static void
rp_framework_checks_init (RpFrameworkChecks *self)
{
}

RpFrameworkChecks *
rp_framework_checks_get (RpStore    *store,
                         const char *framework_uuid)
{
  g_autofree char *key = g_strdup_printf ("framework-checks\x1f%s", framework_uuid);
  RpFrameworkChecks *self = rp_model_lookup (store, key);

  g_return_val_if_fail (framework_uuid != NULL, NULL);
  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_FRAMEWORK_CHECKS, "store", store, NULL);
  self->framework = g_strdup (framework_uuid);
  rp_model_share (RP_MODEL (self), key);
  rp_model_reload (RP_MODEL (self));
  return self;
}

guint
rp_framework_checks_count (RpFrameworkChecks *self,
                           const char        *rule)
{
  guint n = 0;

  g_return_val_if_fail (RP_IS_FRAMEWORK_CHECKS (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self)); i++)
    {
      g_autoptr(RpFindingRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);

      n += rule == NULL || g_str_equal (rp_finding_row_get_finding (row)->rule, rule);
    }
  return n;
}
