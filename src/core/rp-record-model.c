/* rp-record-model.c — records of a kind (where a field has a value, or one by UUID),
 * each with what its list shows of it
 *
 * A kind's rows may say more than the record holds (a KPI's target in force, a
 * philosophy's principles and evaluation): the description of each kind is here,
 * with the kinds it reads, so the model reads again when any of them changes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-record-model.h"
#include "rp-record-describe.h"
#include "rp-evaluation.h"
#include "rp-execution.h"
#include "rp-overview.h"
#include "rp-framework.h"
#include "rp-outsourcing.h"
#include "rp-philosophy.h"
#include "rp-util.h"

struct _RpRecordModel
{
  RpModel    parent_instance;

  RpKindId   kind;
  RpFieldId  field;
  char      *value;
  char      *uuid;   /* one record */
};

G_DEFINE_FINAL_TYPE (RpRecordModel, rp_record_model, RP_TYPE_MODEL)

/* Reading */

static GPtrArray *
rp_record_model_load (RpModel       *model,
                      RpStore       *store,
                      GCancellable  *cancellable,
                      GError       **error)
{
  RpRecordModel *self = RP_RECORD_MODEL (model);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  RpRowDescribeFunc describe = _rp_record_describer (self->kind, NULL);
  g_autoptr(GListModel) records = NULL;

  if (self->uuid != NULL)
    {
      g_autoptr(RpRecord) record = rp_store_get (store, self->kind, self->uuid);
      GListStore *one = g_list_store_new (RP_TYPE_RECORD);

      if (record != NULL)
        g_list_store_append (one, record);
      records = G_LIST_MODEL (one);
    }
  else
    records = rp_store_list (store, self->kind, self->field, self->value);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(RpRecord) record = g_list_model_get_item (records, i);
      RpRow *row = rp_row_new (record);

      rp_row_set_position (row, i + 1);
      if (describe != NULL)
        describe (store, row);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static gboolean
rp_record_model_update_row (RpModel  *model,
                            gpointer  row,
                            gpointer  fresh)
{
  return rp_row_update_from (row, fresh);
}

static const char *
rp_record_model_row_key (RpModel  *model,
                         gpointer  row)
{
  return rp_row_get_uuid (row);
}

static void
rp_record_model_finalize (GObject *object)
{
  RpRecordModel *self = RP_RECORD_MODEL (object);

  g_free (self->value);
  g_free (self->uuid);
  G_OBJECT_CLASS (rp_record_model_parent_class)->finalize (object);
}

static void
rp_record_model_class_init (RpRecordModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  object_class->finalize = rp_record_model_finalize;
  model_class->load = rp_record_model_load;
  model_class->update_row = rp_record_model_update_row;
  model_class->row_key = rp_record_model_row_key;
  rp_model_class_set_item_type (model_class, RP_TYPE_ROW);
}

static void
rp_record_model_init (RpRecordModel *self)
{
}

static RpRecordModel *
get_shared (RpStore    *store,
            RpKindId    kind,
            RpFieldId   field,
            const char *value,
            const char *uuid)
{
  g_autofree char *key = g_strdup_printf ("records\x1f%d\x1f%d\x1f%s\x1f%s", kind, field, value ? value : "", uuid ? uuid : "");
  RpRecordModel *self = rp_model_lookup (store, key);
  const int *reads = NULL;

  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_RECORD_MODEL, "store", store, NULL);
  self->kind = kind;
  self->field = field;
  self->value = g_strdup (value);
  self->uuid = g_strdup (uuid);
  rp_model_add_reads (RP_MODEL (self), kind);
  _rp_record_describer (kind, &reads);
  for (guint i = 0; reads != NULL && reads[i] >= 0; i++)
    rp_model_add_reads (RP_MODEL (self), reads[i]);
  rp_model_share (RP_MODEL (self), key);
  rp_model_reload (RP_MODEL (self));
  return self;
}

/**
 * rp_record_model_get:
 * @field: a field of @kind, or %RP_FIELD_NONE for every record
 *
 * The records of @kind whose @field is @value, in the kind's order; the one model
 * every view showing them shares.
 *
 * Returns: (transfer full): the model
 */
RpRecordModel *
rp_record_model_get (RpStore    *store,
                     RpKindId    kind,
                     RpFieldId   field,
                     const char *value)
{
  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < RP_N_KINDS, NULL);
  g_return_val_if_fail (field == RP_FIELD_NONE || RP_FIELD_KIND (field) == kind, NULL);

  return get_shared (store, kind, field, value, NULL);
}

/* One record, as a model of none or one row: a detail view follows it with this. */
RpRecordModel *
rp_record_model_get_one (RpStore    *store,
                         RpKindId    kind,
                         const char *uuid)
{
  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return get_shared (store, kind, RP_FIELD_NONE, NULL, uuid);
}

RpKindId
rp_record_model_get_kind (RpRecordModel *self)
{
  g_return_val_if_fail (RP_IS_RECORD_MODEL (self), RP_N_KINDS);
  return self->kind;
}

RpRow *
rp_record_model_find (RpRecordModel *self,
                      const char    *uuid,
                      guint         *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self));

  g_return_val_if_fail (RP_IS_RECORD_MODEL (self), NULL);
  for (guint i = 0; uuid != NULL && i < n; i++)
    {
      g_autoptr(RpRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);

      if (g_str_equal (rp_row_get_uuid (row), uuid))
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&row);
        }
    }
  return NULL;
}

RpRecord *
rp_record_model_get_record (RpRecordModel *self,
                            guint          position)
{
  g_autoptr(RpRow) row = g_list_model_get_item (G_LIST_MODEL (self), position);

  return row != NULL ? g_object_ref (rp_row_get_record (row)) : NULL;
}
