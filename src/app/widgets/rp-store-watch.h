/* rp-store-watch.h — a widget following a workspace: one refresh after each burst of changes */
#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

typedef void (*RpStoreWatchFunc) (gpointer user_data);

typedef struct {
  RpStore            *store;     /* the workspace followed, or NULL */
  gulong              changed_id;
  guint               idle_id;
  const char *const  *kinds;     /* the kinds that matter, NULL-terminated; NULL for all */
  RpStoreWatchFunc    refresh;
  gpointer            user_data;
} RpStoreWatch;

void     rp_store_watch_init      (RpStoreWatch       *watch,
                                   const char *const  *kinds,
                                   RpStoreWatchFunc    refresh,
                                   gpointer            user_data);
gboolean rp_store_watch_set_store (RpStoreWatch       *watch,
                                   RpStore            *store);
void     rp_store_watch_set_kinds (RpStoreWatch       *watch,
                                   const char *const  *kinds);
void     rp_store_watch_queue     (RpStoreWatch       *watch);
void     rp_store_watch_clear     (RpStoreWatch       *watch);

G_END_DECLS
