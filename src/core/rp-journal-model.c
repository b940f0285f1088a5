/* rp-journal-model.c — a GListModel over the journal: its length is one count query,
 * and its items come in pages of 200 read when a row first asks for them, so a list
 * view over 100,000 entries reads only what it shows. Every write adds an entry: the
 * model reads again after a burst of writes, or when made active if it was not. */
#include "config.h"

#include "rp-journal-model.h"

#define PAGE_SIZE 200
#define PAGES_KEPT 32

struct _RpJournalItem
{
  GObject         parent_instance;
  RpJournalEntry *entry;
};

G_DEFINE_FINAL_TYPE (RpJournalItem, rp_journal_item, G_TYPE_OBJECT)

static void
rp_journal_item_finalize (GObject *object)
{
  rp_journal_entry_free (RP_JOURNAL_ITEM (object)->entry);
  G_OBJECT_CLASS (rp_journal_item_parent_class)->finalize (object);
}

static void
rp_journal_item_class_init (RpJournalItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rp_journal_item_finalize;
}

static void
rp_journal_item_init (RpJournalItem *self)
{
}

const RpJournalEntry *
rp_journal_item_get_entry (RpJournalItem *self)
{
  return self->entry;
}

struct _RpJournalModel
{
  GObject          parent_instance;

  RpStore         *store;
  RpJournalFilter  filter;
  guint            n_items;
  GHashTable      *pages;      /* page number → GPtrArray of RpJournalItem */
  GQueue           page_order; /* oldest read first, to forget beyond PAGES_KEPT */
  guint            pages_read;
  gulong           changed_id;
  guint            reload_id;
  gboolean         active;
  gboolean         stale;      /* written to while inactive */
};

enum { PROP_0, PROP_ACTIVE, PROP_PAGES_READ, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { RELOADED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void rp_journal_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpJournalModel, rp_journal_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rp_journal_model_list_init))

static GType
get_item_type (GListModel *model)
{
  return RP_TYPE_JOURNAL_ITEM;
}

static guint
get_n_items (GListModel *model)
{
  return RP_JOURNAL_MODEL (model)->n_items;
}

static GPtrArray *
read_page (RpJournalModel *self,
           guint           page)
{
  g_autoptr(GPtrArray) entries = rp_journal_fetch (self->store, &self->filter, page * PAGE_SIZE, PAGE_SIZE, NULL);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      RpJournalItem *item = g_object_new (RP_TYPE_JOURNAL_ITEM, NULL);

      item->entry = g_steal_pointer (&entries->pdata[i]);
      g_ptr_array_add (items, item);
    }
  self->pages_read++;
  return items;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RpJournalModel *self = RP_JOURNAL_MODEL (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *items;

  if (position >= self->n_items || self->store == NULL)
    return NULL;
  items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (items == NULL)
    {
      items = read_page (self, page);
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
      g_queue_push_tail (&self->page_order, GUINT_TO_POINTER (page));
      /* Scrolling far keeps memory flat: the pages least recently read go. */
      while (g_queue_get_length (&self->page_order) > PAGES_KEPT)
        g_hash_table_remove (self->pages, g_queue_pop_head (&self->page_order));
    }
  if (position % PAGE_SIZE >= items->len)
    return NULL; /* the journal shrank under us; it never does, but no crash if so */
  return g_object_ref (items->pdata[position % PAGE_SIZE]);
}

static void
rp_journal_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
forget_pages (RpJournalModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

static gboolean
reload_cb (gpointer data)
{
  RpJournalModel *self = data;

  self->reload_id = 0;
  rp_journal_model_reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (RpStore        *store,
                  const char     *kind,
                  RpJournalModel *self)
{
  if (!g_str_equal (kind, rp_kind_get (RP_KIND_JOURNAL_ENTRY)->name))
    return;
  if (!self->active)
    self->stale = TRUE;
  else if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_cb, self, NULL);
}

static void
set_store (RpJournalModel *self,
           RpStore        *store)
{
  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
}

/* An inactive journal (out of sight) notes that it was written to, and reads again
 * only once it is active again. */
void
rp_journal_model_set_active (RpJournalModel *self,
                             gboolean        active)
{
  g_return_if_fail (RP_IS_JOURNAL_MODEL (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;
  if (active && self->stale)
    rp_journal_model_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static void
rp_journal_model_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RpJournalModel *self = RP_JOURNAL_MODEL (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_PAGES_READ:
      g_value_set_uint (value, self->pages_read);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_journal_model_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ACTIVE:
      rp_journal_model_set_active (RP_JOURNAL_MODEL (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_journal_model_finalize (GObject *object)
{
  RpJournalModel *self = RP_JOURNAL_MODEL (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  set_store (self, NULL);
  forget_pages (self);
  g_hash_table_unref (self->pages);
  rp_journal_filter_clear (&self->filter);
  G_OBJECT_CLASS (rp_journal_model_parent_class)->finalize (object);
}

static void
rp_journal_model_class_init (RpJournalModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_journal_model_finalize;
  object_class->get_property = rp_journal_model_get_property;
  object_class->set_property = rp_journal_model_set_property;

  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Pages read since the list was last read again from the start */
  properties[PROP_PAGES_READ] = g_param_spec_uint ("pages-read", NULL, NULL, 0, G_MAXUINT, 0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Read again from the start: what the entries are about may have changed too */
  signals[RELOADED] = g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rp_journal_model_init (RpJournalModel *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->page_order);
  self->active = TRUE;
}

RpJournalModel *
rp_journal_model_new (void)
{
  return g_object_new (RP_TYPE_JOURNAL_MODEL, NULL);
}

/* Reads the count again and tells the view everything changed. */
void
rp_journal_model_reload (RpJournalModel *self)
{
  guint old = self->n_items;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->stale = FALSE;
  forget_pages (self);
  self->pages_read = 0;
  /* Emptied first, then filled: a list view told that everything was replaced at once
   * looks for its old rows among all the new ones, reading every page. */
  self->n_items = 0;
  if (old > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old, 0);
  self->n_items = self->store ? rp_journal_count (self->store, &self->filter, NULL) : 0;
  if (self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, self->n_items);
  g_signal_emit (self, signals[RELOADED], 0);
}

/* A filter that does not hold (a date that is not one) is refused and the list stays. */
gboolean
rp_journal_model_set_query (RpJournalModel        *self,
                            RpStore               *store,
                            const RpJournalFilter *filter,
                            GError               **error)
{
  if (filter != NULL && !rp_journal_filter_check (filter, error))
    return FALSE;
  set_store (self, store);
  rp_journal_filter_clear (&self->filter);
  if (filter != NULL)
    {
      self->filter.kind = g_strdup (filter->kind);
      self->filter.who = g_strdup (filter->who);
      self->filter.since = g_strdup (filter->since);
      self->filter.until = g_strdup (filter->until);
      self->filter.search = g_strdup (filter->search);
    }
  /* Out of sight, the journal is read when it comes into sight */
  if (self->active)
    rp_journal_model_reload (self);
  else
    self->stale = TRUE;
  return TRUE;
}

/* Pages read since the list was last reloaded. */
guint
rp_journal_model_get_pages_read (RpJournalModel *self)
{
  g_return_val_if_fail (RP_IS_JOURNAL_MODEL (self), 0);
  return self->pages_read;
}
