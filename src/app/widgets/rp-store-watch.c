/* rp-store-watch.c — following a workspace's "changed" signal
 *
 * A transaction can touch many kinds; a widget refreshes once, from an idle, after
 * the burst, and only for the kinds it shows.
 */
#include "config.h"

#include "rp-store-watch.h"

void
rp_store_watch_init (RpStoreWatch       *watch,
                     const char *const  *kinds,
                     RpStoreWatchFunc    refresh,
                     gpointer            user_data)
{
  watch->store = NULL;
  watch->changed_id = 0;
  watch->idle_id = 0;
  watch->kinds = kinds;
  watch->refresh = refresh;
  watch->user_data = user_data;
}

static gboolean
idle_cb (gpointer data)
{
  RpStoreWatch *watch = data;

  watch->idle_id = 0;
  watch->refresh (watch->user_data);
  return G_SOURCE_REMOVE;
}

void
rp_store_watch_queue (RpStoreWatch *watch)
{
  if (watch->idle_id == 0)
    watch->idle_id = g_idle_add (idle_cb, watch);
}

static void
changed_cb (RpStore      *store,
            const char   *kind,
            RpStoreWatch *watch)
{
  if (watch->kinds == NULL || g_strv_contains (watch->kinds, kind))
    rp_store_watch_queue (watch);
}

/* TRUE when @store is a different workspace from the one followed until now. */
gboolean
rp_store_watch_set_store (RpStoreWatch *watch,
                          RpStore      *store)
{
  if (watch->store == store)
    return FALSE;
  if (watch->store != NULL)
    g_clear_signal_handler (&watch->changed_id, watch->store);
  g_set_object (&watch->store, store);
  if (store != NULL)
    watch->changed_id = g_signal_connect (store, "changed", G_CALLBACK (changed_cb), watch);
  return TRUE;
}

void
rp_store_watch_set_kinds (RpStoreWatch      *watch,
                          const char *const *kinds)
{
  watch->kinds = kinds;
}

void
rp_store_watch_clear (RpStoreWatch *watch)
{
  if (watch->store != NULL)
    g_clear_signal_handler (&watch->changed_id, watch->store);
  g_clear_handle_id (&watch->idle_id, g_source_remove);
  g_clear_object (&watch->store);
}
