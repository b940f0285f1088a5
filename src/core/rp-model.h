/* rp-model.h — what views show, as list models that keep themselves up to date
 *
 * A model reads rows from the store and declares, beside its SQL, every kind of
 * record those rows depend on; when the store says one of them changed (in this
 * process or another) it reads again and tells its views what moved. Rows that are
 * still there keep their object, so selections and widgets survive a reload. Models
 * whose reading takes long on a big workspace read on a connection of their own, off
 * the main thread, and replace their rows when done; meanwhile they show what they
 * had. One model is shared by every view that shows the same thing.
 */
#pragma once

#include <gio/gio.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_MODEL (rp_model_get_type ())
G_DECLARE_DERIVABLE_TYPE (RpModel, rp_model, RP, MODEL, GObject)

struct _RpModelClass
{
  GObjectClass parent_class;

  /* Reads every row. Models marked threaded are called in a worker thread with
   * @store a read-only connection of their own; they may read only the model's
   * construct-time properties. */
  GPtrArray *(*load)       (RpModel      *self,
                            RpStore      *store,
                            GCancellable *cancellable,
                            GError      **error);
  /* What identifies a row across reads (default: its record's UUID); NULL for none. */
  const char *(*row_key)   (RpModel      *self,
                            gpointer      row);
  /* On the main thread, with a read's rows before they replace the model's. */
  void       (*loaded)     (RpModel      *self,
                            GPtrArray    *rows);
  /* Makes @row show what @fresh shows; TRUE when that changed anything. */
  gboolean   (*update_row) (RpModel      *self,
                            gpointer      row,
                            gpointer      fresh);

  /*< private >*/
  guint64    kinds;     /* bit per RpKindId */
  gboolean   threaded;
  GType      item_type;
};

void        rp_model_class_set_reads   (RpModelClass *klass,
                                        RpKindId      first_kind,
                                        ...);
void        rp_model_class_set_threaded (RpModelClass *klass,
                                         gboolean      threaded);
void        rp_model_class_set_item_type (RpModelClass *klass,
                                          GType         item_type);
gboolean    rp_model_class_reads       (RpModelClass *klass,
                                        RpKindId      kind);

void        rp_model_add_reads         (RpModel      *self,
                                        RpKindId      kind);
gboolean    rp_model_reads             (RpModel      *self,
                                        RpKindId      kind);

RpStore    *rp_model_get_store         (RpModel      *self);
gboolean    rp_model_get_loading       (RpModel      *self);
guint       rp_model_get_n_loads       (RpModel      *self);
void        rp_model_reload            (RpModel      *self);
void        rp_model_wait              (RpModel      *self);
const GError *rp_model_get_error       (RpModel      *self);

/* Sharing: the model registered under @key for @store, or NULL. */
gpointer    rp_model_lookup            (RpStore      *store,
                                        const char   *key);
void        rp_model_share             (RpModel      *self,
                                        const char   *key);

G_END_DECLS
