/* rp-detail-view.c — follows the record shown (read again when anything changes it,
 * let go when it is deleted) and hands it to the tab in sight
 *
 * A subclass's template sets the header and the stack of RpDetailTab pages; the
 * view puts a switcher between them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-detail-view.h"
#include "rp-record-model.h"

typedef struct
{
  GtkWidget      *box;
  RpDetailHeader *header;
  GtkWidget      *switcher;      /* squeezes: wide switcher, narrow switcher, a drop-down */
  GtkWidget      *wide_switcher;
  GtkWidget      *narrow_switcher;
  GtkWidget      *tab_choice;
  AdwViewStack   *stack;

  RpStore        *store;
  RpRecord       *record;
  RpRecordModel  *follow;
  gulong          follow_id;
} RpDetailViewPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RpDetailView, rp_detail_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_HEADER,
  PROP_STACK,
  PROP_STORE,
  PROP_RECORD,
  PROP_VISIBLE_TAB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RECORD_GONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Each tab shows the record once it comes into view; until then it reads nothing and
 * builds nothing (a detail in an area out of sight waits until the area is shown). */
static void
bind_visible_tab (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);
  GtkWidget *child = priv->stack ? adw_view_stack_get_visible_child (priv->stack) : NULL;

  if (!RP_IS_DETAIL_TAB (child) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (rp_detail_tab_get_store (RP_DETAIL_TAB (child)) != priv->store ||
      rp_detail_tab_get_record (RP_DETAIL_TAB (child)) != priv->record)
    rp_detail_tab_bind (RP_DETAIL_TAB (child), priv->store, priv->record);
}

/* The drop-down of a narrow window follows the tab shown, and shows what it picks. */
static void
sync_tab_choice (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);
  const char *name = priv->stack ? adw_view_stack_get_visible_child_name (priv->stack) : NULL;
  g_autoptr(GtkSelectionModel) pages = NULL;

  if (name == NULL)
    return;
  pages = adw_view_stack_get_pages (priv->stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (g_strcmp0 (adw_view_stack_page_get_name (page), name) == 0 &&
          gtk_drop_down_get_selected (GTK_DROP_DOWN (priv->tab_choice)) != i)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (priv->tab_choice), i);
    }
}

static void
tab_chosen_cb (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (priv->tab_choice));
  g_autoptr(GtkSelectionModel) pages = NULL;
  g_autoptr(AdwViewStackPage) page = NULL;

  if (priv->stack == NULL || chosen == GTK_INVALID_LIST_POSITION)
    return;
  pages = adw_view_stack_get_pages (priv->stack);
  page = g_list_model_get_item (G_LIST_MODEL (pages), chosen);
  if (page != NULL)
    adw_view_stack_set_visible_child (priv->stack, adw_view_stack_page_get_child (page));
}

static void
visible_child_cb (RpDetailView *self)
{
  sync_tab_choice (self);
  bind_visible_tab (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_TAB]);
}

static void
for_each_tab (RpDetailView *self,
              void        (*func) (RpDetailView *self, RpDetailTab *tab))
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);
  g_autoptr(GtkSelectionModel) pages = NULL;

  if (priv->stack == NULL)
    return;
  pages = adw_view_stack_get_pages (priv->stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      if (RP_IS_DETAIL_TAB (child))
        func (self, RP_DETAIL_TAB (child));
    }
}

static void
tab_record_changed (RpDetailView *self,
                    RpDetailTab  *tab)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  if (rp_detail_tab_get_record (tab) == priv->record && priv->record != NULL)
    rp_detail_tab_record_changed (tab);
}

static void
tab_unbind (RpDetailView *self,
            RpDetailTab  *tab)
{
  if (rp_detail_tab_get_store (tab) != NULL || rp_detail_tab_get_record (tab) != NULL)
    rp_detail_tab_bind (tab, NULL, NULL);
}

static void
followed_changed_cb (GListModel   *model,
                     guint         position,
                     guint         removed,
                     guint         added,
                     RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  if (g_list_model_get_n_items (model) == 0)
    {
      /* Deleted (here or elsewhere): the area decides what to show instead. */
      g_signal_emit (self, signals[RECORD_GONE], 0);
      return;
    }
  if (RP_DETAIL_VIEW_GET_CLASS (self)->record_changed != NULL)
    RP_DETAIL_VIEW_GET_CLASS (self)->record_changed (self);
  for_each_tab (self, tab_record_changed);
  (void) priv;
}

/* What the core says of the record shown (its model's row; NULL when none) */
RpRow *
rp_detail_view_get_row (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);
  g_autoptr(RpRow) row = NULL;

  g_return_val_if_fail (RP_IS_DETAIL_VIEW (self), NULL);
  if (priv->follow == NULL || (row = g_list_model_get_item (G_LIST_MODEL (priv->follow), 0)) == NULL)
    return NULL;
  /* The model keeps its row */
  return row;
}

/**
 * rp_detail_view_set_record:
 *
 * Shows @record (NULL: nothing). The view keeps the model's own copy of the record,
 * which is updated in place when it is read again.
 */
void
rp_detail_view_set_record (RpDetailView *self,
                           RpStore      *store,
                           RpRecord     *record)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);
  RpDetailViewClass *klass = RP_DETAIL_VIEW_GET_CLASS (self);
  g_autoptr(RpRecordModel) follow = NULL;
  RpRecord *current = NULL;

  g_return_if_fail (RP_IS_DETAIL_VIEW (self));

  if (store != NULL && record != NULL)
    {
      follow = rp_record_model_get_one (store, klass->kind, rp_record_get_uuid (record));
      current = rp_record_model_get_record (follow, 0);
    }
  if (priv->store == store && priv->record == current && priv->record != NULL)
    {
      g_clear_object (&current);
      return;
    }
  if (priv->follow != NULL)
    g_clear_signal_handler (&priv->follow_id, priv->follow);
  g_set_object (&priv->follow, follow);
  g_set_object (&priv->store, store);
  g_clear_object (&priv->record);
  priv->record = current;
  if (priv->follow != NULL)
    priv->follow_id = g_signal_connect (priv->follow, "items-changed", G_CALLBACK (followed_changed_cb), self);

  if (priv->record == NULL)
    for_each_tab (self, tab_unbind);
  else
    bind_visible_tab (self);
  if (klass->record_changed != NULL)
    klass->record_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

RpStore *
rp_detail_view_get_store (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  g_return_val_if_fail (RP_IS_DETAIL_VIEW (self), NULL);
  return priv->store;
}

RpRecord *
rp_detail_view_get_record (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  g_return_val_if_fail (RP_IS_DETAIL_VIEW (self), NULL);
  return priv->record;
}

RpDetailHeader *
rp_detail_view_get_header (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  g_return_val_if_fail (RP_IS_DETAIL_VIEW (self), NULL);
  return priv->header;
}

AdwViewStack *
rp_detail_view_get_stack (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  g_return_val_if_fail (RP_IS_DETAIL_VIEW (self), NULL);
  return priv->stack;
}

void
rp_detail_view_show_tab (RpDetailView *self,
                         const char   *name)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  g_return_if_fail (RP_IS_DETAIL_VIEW (self));
  if (priv->stack != NULL && adw_view_stack_get_child_by_name (priv->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (priv->stack, name);
}

const char *
rp_detail_view_get_visible_tab (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  g_return_val_if_fail (RP_IS_DETAIL_VIEW (self), NULL);
  return priv->stack ? adw_view_stack_get_visible_child_name (priv->stack) : NULL;
}

RpDetailTab *
rp_detail_view_get_tab (RpDetailView *self,
                        const char   *name)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);
  GtkWidget *child;

  g_return_val_if_fail (RP_IS_DETAIL_VIEW (self), NULL);
  child = priv->stack ? adw_view_stack_get_child_by_name (priv->stack, name) : NULL;
  return RP_IS_DETAIL_TAB (child) ? RP_DETAIL_TAB (child) : NULL;
}

static void
set_header (RpDetailView   *self,
            RpDetailHeader *header)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  g_return_if_fail (priv->header == NULL);
  priv->header = header;
  gtk_box_prepend (GTK_BOX (priv->box), GTK_WIDGET (header));
}

static void
set_stack (RpDetailView *self,
           AdwViewStack *stack)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  g_return_if_fail (priv->stack == NULL);
  priv->stack = stack;
  gtk_widget_set_vexpand (GTK_WIDGET (stack), TRUE);
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (priv->wide_switcher), stack);
  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (priv->narrow_switcher), stack);
  {
    g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);
    g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
      {
        g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

        gtk_string_list_append (titles, adw_view_stack_page_get_title (page));
      }
    gtk_drop_down_set_model (GTK_DROP_DOWN (priv->tab_choice), G_LIST_MODEL (titles));
  }
  /* Tabs that differ in width do not make the narrowest window as wide as the widest */
  adw_view_stack_set_hhomogeneous (stack, FALSE);
  gtk_box_append (GTK_BOX (priv->box), GTK_WIDGET (stack));
  g_signal_connect_swapped (stack, "notify::visible-child", G_CALLBACK (visible_child_cb), self);
}

static void
rp_detail_view_dispose (GObject *object)
{
  RpDetailView *self = RP_DETAIL_VIEW (object);
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  if (priv->follow != NULL)
    g_clear_signal_handler (&priv->follow_id, priv->follow);
  g_clear_object (&priv->follow);
  g_clear_object (&priv->record);
  g_clear_object (&priv->store);
  G_OBJECT_CLASS (rp_detail_view_parent_class)->dispose (object);
}

static void
rp_detail_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RpDetailView *self = RP_DETAIL_VIEW (object);
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_HEADER:
      g_value_set_object (value, priv->header);
      break;
    case PROP_STACK:
      g_value_set_object (value, priv->stack);
      break;
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_RECORD:
      g_value_set_object (value, priv->record);
      break;
    case PROP_VISIBLE_TAB:
      g_value_set_string (value, rp_detail_view_get_visible_tab (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_detail_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RpDetailView *self = RP_DETAIL_VIEW (object);

  switch (prop_id)
    {
    case PROP_HEADER:
      set_header (self, g_value_get_object (value));
      break;
    case PROP_STACK:
      set_stack (self, g_value_get_object (value));
      break;
    case PROP_VISIBLE_TAB:
      rp_detail_view_show_tab (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_detail_view_class_init (RpDetailViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_detail_view_dispose;
  object_class->get_property = rp_detail_view_get_property;
  object_class->set_property = rp_detail_view_set_property;

  properties[PROP_HEADER] =
    g_param_spec_object ("header", NULL, NULL, RP_TYPE_DETAIL_HEADER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STACK] =
    g_param_spec_object ("stack", NULL, NULL, ADW_TYPE_VIEW_STACK,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RP_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, RP_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VISIBLE_TAB] =
    g_param_spec_string ("visible-tab", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RpDetailView::record-gone:
   *
   * The record shown is no longer in the workspace.
   */
  signals[RECORD_GONE] = g_signal_new ("record-gone", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rp_detail_view_init (RpDetailView *self)
{
  RpDetailViewPrivate *priv = rp_detail_view_get_instance_private (self);

  priv->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  priv->switcher = adw_squeezer_new ();
  adw_squeezer_set_switch_threshold_policy (ADW_SQUEEZER (priv->switcher), ADW_FOLD_THRESHOLD_POLICY_NATURAL);
  adw_squeezer_set_transition_type (ADW_SQUEEZER (priv->switcher), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  priv->wide_switcher = adw_view_switcher_new ();
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (priv->wide_switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  priv->narrow_switcher = adw_view_switcher_new ();
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (priv->narrow_switcher), ADW_VIEW_SWITCHER_POLICY_NARROW);
  priv->tab_choice = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_margin_top (priv->tab_choice, 6);
  gtk_widget_set_margin_bottom (priv->tab_choice, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->tab_choice), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Tab shown"), -1);
  g_signal_connect_swapped (priv->tab_choice, "notify::selected", G_CALLBACK (tab_chosen_cb), self);
  adw_squeezer_add (ADW_SQUEEZER (priv->switcher), priv->wide_switcher);
  adw_squeezer_add (ADW_SQUEEZER (priv->switcher), priv->narrow_switcher);
  adw_squeezer_add (ADW_SQUEEZER (priv->switcher), priv->tab_choice);
  gtk_widget_set_margin_start (priv->switcher, 12);
  gtk_widget_set_margin_end (priv->switcher, 12);
  gtk_box_append (GTK_BOX (priv->box), priv->switcher);
  adw_bin_set_child (ADW_BIN (self), priv->box);
  g_signal_connect (self, "map", G_CALLBACK (bind_visible_tab), NULL);
}
