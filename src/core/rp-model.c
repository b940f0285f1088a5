/* rp-model.c — list models that read the store and follow its changes */
#include "config.h"

#include "rp-model.h"
#include "rp-record.h"
#include "rp-store-private.h"

typedef struct
{
  RpStore      *store;
  GPtrArray    *rows;
  gulong        changed_id;
  guint         reload_id;
  gboolean      loading;
  gboolean      dirty;        /* changed while a read was under way */
  guint         n_loads;
  GCancellable *cancellable;
  GError       *error;
  char         *key;
  guint64       kinds;        /* bit per RpKindId: the class's, and what this instance adds */
} RpModelPrivate;

static void rp_model_list_model_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (RpModel, rp_model, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (RpModel)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rp_model_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GListModel */

static GType
rp_model_get_item_type (GListModel *list)
{
  return RP_MODEL_GET_CLASS (list)->item_type;
}

static guint
rp_model_get_n_items (GListModel *list)
{
  RpModelPrivate *priv = rp_model_get_instance_private (RP_MODEL (list));

  return priv->rows->len;
}

static gpointer
rp_model_get_item (GListModel *list,
                   guint       position)
{
  RpModelPrivate *priv = rp_model_get_instance_private (RP_MODEL (list));

  if (position >= priv->rows->len)
    return NULL;
  return g_object_ref (priv->rows->pdata[position]);
}

static void
rp_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rp_model_get_item_type;
  iface->get_n_items = rp_model_get_n_items;
  iface->get_item = rp_model_get_item;
}

/* Replacing the rows */

static const char *
row_key (RpModel  *self,
         gpointer  row)
{
  RpModelClass *klass = RP_MODEL_GET_CLASS (self);

  if (klass->row_key != NULL)
    return klass->row_key (self, row);
  return RP_IS_RECORD (row) ? rp_record_get_uuid (row) : NULL;
}

static void
emit_changed_ranges (RpModel   *self,
                     GPtrArray *rows,
                     GHashTable *changed,
                     guint      from,
                     guint      to)
{
  guint start = G_MAXUINT;

  for (guint i = from; i <= to; i++)
    {
      gboolean is_changed = i < to && g_hash_table_contains (changed, rows->pdata[i]);

      if (is_changed && start == G_MAXUINT)
        start = i;
      else if (!is_changed && start != G_MAXUINT)
        {
          g_list_model_items_changed (G_LIST_MODEL (self), start, i - start, i - start);
          start = G_MAXUINT;
        }
    }
}

/* Rows still there keep their object (updated in place); the views hear of the
 * smallest range that moved, and of each row whose content changed. */
static void
replace_rows (RpModel   *self,
              GPtrArray *fresh)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);
  RpModelClass *klass = RP_MODEL_GET_CLASS (self);
  g_autoptr(GPtrArray) old = priv->rows;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (fresh->len, g_object_unref);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) changed = g_hash_table_new (NULL, NULL);
  guint n_old = old->len, n_new, prefix = 0, suffix = 0, n_min;

  for (guint i = 0; i < n_old; i++)
    {
      const char *key = row_key (self, old->pdata[i]);

      if (key != NULL && !g_hash_table_contains (by_key, key))
        g_hash_table_insert (by_key, (gpointer) key, old->pdata[i]);
    }
  for (guint i = 0; i < fresh->len; i++)
    {
      const char *key = row_key (self, fresh->pdata[i]);
      gpointer same = key != NULL ? g_hash_table_lookup (by_key, key) : NULL;

      if (same != NULL)
        {
          g_hash_table_remove (by_key, key);
          if (klass->update_row != NULL && klass->update_row (self, same, fresh->pdata[i]))
            g_hash_table_add (changed, same);
          g_ptr_array_add (rows, g_object_ref (same));
        }
      else
        g_ptr_array_add (rows, g_object_ref (fresh->pdata[i]));
    }

  n_new = rows->len;
  n_min = MIN (n_old, n_new);
  while (prefix < n_min && old->pdata[prefix] == rows->pdata[prefix])
    prefix++;
  while (suffix < n_min - prefix && old->pdata[n_old - 1 - suffix] == rows->pdata[n_new - 1 - suffix])
    suffix++;

  priv->rows = g_steal_pointer (&rows);
  if (n_old - prefix - suffix > 0 || n_new - prefix - suffix > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, n_old - prefix - suffix, n_new - prefix - suffix);
      if (n_old != n_new)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  if (g_hash_table_size (changed) > 0)
    {
      emit_changed_ranges (self, priv->rows, changed, 0, prefix);
      emit_changed_ranges (self, priv->rows, changed, n_new - suffix, n_new);
    }
}

/* Reading */

static void
set_loading (RpModel  *self,
             gboolean  loading)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  if (priv->loading == loading)
    return;
  priv->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
finish_load (RpModel   *self,
             GPtrArray *rows,
             GError    *error)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_clear_error (&priv->error);
  if (rows != NULL && RP_MODEL_GET_CLASS (self)->loaded != NULL)
    RP_MODEL_GET_CLASS (self)->loaded (self, rows);
  if (rows != NULL)
    replace_rows (self, rows);
  else
    {
      /* What was shown stays; the reason is kept for whoever asks. */
      priv->error = error;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("%s could not read the workspace: %s", G_OBJECT_TYPE_NAME (self), error->message);
    }
  priv->n_loads++;
}

static void start_load (RpModel *self);

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  RpModel *self = source;
  RpModelPrivate *priv = rp_model_get_instance_private (self);
  GError *error = NULL;
  RpStore *reader = _rp_store_lock_background (priv->store, &error);
  GPtrArray *rows = NULL;

  if (reader != NULL)
    {
      /* One snapshot for the whole read */
      _rp_store_exec (reader, "BEGIN", NULL);
      rows = RP_MODEL_GET_CLASS (self)->load (self, reader, cancellable, &error);
      _rp_store_exec (reader, "COMMIT", NULL);
      _rp_store_unlock_background (priv->store);
    }
  if (rows != NULL)
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  RpModel *self = RP_MODEL (source);
  RpModelPrivate *priv = rp_model_get_instance_private (self);
  GError *error = NULL;
  g_autoptr(GPtrArray) rows = g_task_propagate_pointer (G_TASK (result), &error);

  finish_load (self, rows, error);
  if (priv->dirty && !g_cancellable_is_cancelled (priv->cancellable))
    {
      priv->dirty = FALSE;
      start_load (self);
      return;
    }
  set_loading (self, FALSE);
}

static void
start_load (RpModel *self)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);
  RpModelClass *klass = RP_MODEL_GET_CLASS (self);

  if (klass->threaded)
    {
      g_autoptr(GTask) task = g_task_new (self, priv->cancellable, load_done_cb, NULL);

      g_task_set_source_tag (task, start_load);
      g_task_set_name (task, "[rapport] model read");
      set_loading (self, TRUE);
      g_task_run_in_thread (task, load_thread);
    }
  else
    {
      GError *error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      /* A view that lets go of the model when it changes must not free it meanwhile. */
      g_autoptr(RpModel) hold = g_object_ref (self);

      set_loading (self, TRUE);
      rows = klass->load (self, priv->store, NULL, &error);
      finish_load (self, rows, error);
      set_loading (self, FALSE);
    }
}

/**
 * rp_model_reload:
 *
 * Reads again now (a threaded model: as soon as the read under way is done).
 */
void
rp_model_reload (RpModel *self)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_return_if_fail (RP_IS_MODEL (self));

  g_clear_handle_id (&priv->reload_id, g_source_remove);
  if (priv->loading && RP_MODEL_GET_CLASS (self)->threaded)
    priv->dirty = TRUE;
  else
    start_load (self);
}

static gboolean
reload_cb (gpointer data)
{
  RpModel *self = data;
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  priv->reload_id = 0;
  rp_model_reload (self);
  return G_SOURCE_REMOVE;
}

/* A transaction can change many kinds: read once, after the burst. */
static void
store_changed_cb (RpStore    *store,
                  const char *kind_name,
                  RpModel    *self)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);
  const RpKind *kind = rp_kind_lookup (kind_name);

  if (kind == NULL || !rp_model_reads (self, rp_kind_get_index (kind)))
    return;
  if (priv->reload_id == 0)
    priv->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_cb, self, NULL);
}

/**
 * rp_model_wait:
 *
 * Runs the thread-default main context until the model has read what was asked.
 * For tests and the command line; views never wait.
 */
void
rp_model_wait (RpModel *self)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_return_if_fail (RP_IS_MODEL (self));

  while (priv->loading || priv->reload_id != 0)
    g_main_context_iteration (g_main_context_get_thread_default (), TRUE);
}

/* GObject */

static void
rp_model_constructed (GObject *object)
{
  RpModel *self = RP_MODEL (object);
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  G_OBJECT_CLASS (rp_model_parent_class)->constructed (object);

  g_assert (priv->store != NULL);
  priv->kinds |= RP_MODEL_GET_CLASS (self)->kinds;
  priv->changed_id = g_signal_connect (priv->store, "changed", G_CALLBACK (store_changed_cb), self);
  /* The first read waits for the subclass's parameters: its constructor calls
   * rp_model_reload(). */
}

static void
rp_model_dispose (GObject *object)
{
  RpModel *self = RP_MODEL (object);
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_cancellable_cancel (priv->cancellable);
  g_clear_handle_id (&priv->reload_id, g_source_remove);
  if (priv->store != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->store);
  if (priv->key != NULL && priv->store != NULL &&
      g_hash_table_lookup (_rp_store_get_models (priv->store), priv->key) == self)
    g_hash_table_remove (_rp_store_get_models (priv->store), priv->key);
  G_OBJECT_CLASS (rp_model_parent_class)->dispose (object);
}

static void
rp_model_finalize (GObject *object)
{
  RpModel *self = RP_MODEL (object);
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_ptr_array_unref (priv->rows);
  g_clear_object (&priv->store);
  g_clear_object (&priv->cancellable);
  g_clear_error (&priv->error);
  g_free (priv->key);
  G_OBJECT_CLASS (rp_model_parent_class)->finalize (object);
}

static void
rp_model_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RpModel *self = RP_MODEL (object);
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, priv->loading);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, priv->rows->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_model_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RpModel *self = RP_MODEL (object);
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_model_class_init (RpModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rp_model_constructed;
  object_class->dispose = rp_model_dispose;
  object_class->finalize = rp_model_finalize;
  object_class->get_property = rp_model_get_property;
  object_class->set_property = rp_model_set_property;
  klass->item_type = G_TYPE_OBJECT;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* TRUE while a read is under way; the rows shown meanwhile are the last ones read. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_model_init (RpModel *self)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  priv->rows = g_ptr_array_new_with_free_func (g_object_unref);
  priv->cancellable = g_cancellable_new ();
}

/* Class set-up */

/* The kinds whose changes this model reads again for, ending with -1. */
void
rp_model_class_set_reads (RpModelClass *klass,
                          RpKindId      first_kind,
                          ...)
{
  va_list args;
  int kind = first_kind;

  G_STATIC_ASSERT (RP_N_KINDS <= 64);
  va_start (args, first_kind);
  while (kind >= 0)
    {
      g_return_if_fail (kind < RP_N_KINDS);
      klass->kinds |= G_GUINT64_CONSTANT (1) << kind;
      kind = va_arg (args, int);
    }
  va_end (args);
}

gboolean
rp_model_class_reads (RpModelClass *klass,
                      RpKindId      kind)
{
  return kind < RP_N_KINDS && (klass->kinds & (G_GUINT64_CONSTANT (1) << kind)) != 0;
}

/* For models whose rows depend on their parameters (records of a chosen kind): more
 * kinds to read again for. Call before the first read, from constructed(). */
void
rp_model_add_reads (RpModel  *self,
                    RpKindId  kind)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_return_if_fail (kind < RP_N_KINDS);
  priv->kinds |= G_GUINT64_CONSTANT (1) << kind;
}

gboolean
rp_model_reads (RpModel  *self,
                RpKindId  kind)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  return kind < RP_N_KINDS && ((priv->kinds | RP_MODEL_GET_CLASS (self)->kinds) & (G_GUINT64_CONSTANT (1) << kind)) != 0;
}

void
rp_model_class_set_threaded (RpModelClass *klass,
                             gboolean      threaded)
{
  klass->threaded = threaded;
}

void
rp_model_class_set_item_type (RpModelClass *klass,
                              GType         item_type)
{
  klass->item_type = item_type;
}

/* Accessors */

RpStore *
rp_model_get_store (RpModel *self)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_return_val_if_fail (RP_IS_MODEL (self), NULL);
  return priv->store;
}

gboolean
rp_model_get_loading (RpModel *self)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_return_val_if_fail (RP_IS_MODEL (self), FALSE);
  return priv->loading;
}

/* How many reads have finished: tests use it to see that a model read again, or did not. */
guint
rp_model_get_n_loads (RpModel *self)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_return_val_if_fail (RP_IS_MODEL (self), 0);
  return priv->n_loads;
}

const GError *
rp_model_get_error (RpModel *self)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_return_val_if_fail (RP_IS_MODEL (self), NULL);
  return priv->error;
}

/* Sharing */

gpointer
rp_model_lookup (RpStore    *store,
                 const char *key)
{
  RpModel *model;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  model = g_hash_table_lookup (_rp_store_get_models (store), key);
  return model != NULL ? g_object_ref (model) : NULL;
}

/* Registers @self under @key until it is disposed; the store holds no reference. */
void
rp_model_share (RpModel    *self,
                const char *key)
{
  RpModelPrivate *priv = rp_model_get_instance_private (self);

  g_return_if_fail (RP_IS_MODEL (self));
  g_return_if_fail (priv->key == NULL);

  priv->key = g_strdup (key);
  g_hash_table_replace (_rp_store_get_models (priv->store), g_strdup (key), self);
}
