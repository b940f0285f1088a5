/* rp-row-list.c — the rows a sidebar lists, selected by UUID so the selection survives
 * the model reading again */
#include "config.h"

#include "rp-row-list.h"
#include "rp-ui.h"

struct _RpRowList
{
  GtkWidget           parent_instance;

  GtkWidget          *scroll;
  GtkListView        *view;
  GtkSingleSelection *selection;
  char               *selected;   /* the UUID chosen, kept while its row is away */
};

G_DEFINE_FINAL_TYPE (RpRowList, rp_row_list, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_MODEL, PROP_SELECTED, PROP_N_ROWS, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { SIGNAL_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

const char *
rp_ui_tone_class (RpTone tone)
{
  switch (tone)
    {
    case RP_TONE_GOOD: return "success";
    case RP_TONE_WARNING: return "warning";
    case RP_TONE_PROBLEM: return "error";
    case RP_TONE_DIM: return "status-retired";
    case RP_TONE_PROPOSED: return "status-proposed";
    case RP_TONE_NEUTRAL:
    default: return NULL;
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *badge = rp_ui_badge_new ("", NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (line), labels);
  gtk_box_append (GTK_BOX (line), badge);
  gtk_widget_set_margin_top (line, 6);
  gtk_widget_set_margin_bottom (line, 6);
  gtk_list_item_set_child (item, line);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  RpRow *row = gtk_list_item_get_item (item);
  GtkWidget *line = gtk_list_item_get_child (item);
  GtkWidget *labels = gtk_widget_get_first_child (line);
  GtkWidget *badge = gtk_widget_get_last_child (line);
  const char *subtitle = rp_row_get_subtitle (row);
  const char *text = rp_row_get_badge (row);
  const char *tone = rp_ui_tone_class (rp_row_get_tone (row));

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (labels)), rp_row_get_title (row));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (labels)), subtitle ? subtitle : "");
  gtk_widget_set_visible (gtk_widget_get_last_child (labels), subtitle != NULL && *subtitle != '\0');
  gtk_label_set_text (GTK_LABEL (badge), text ? text : "");
  gtk_label_set_width_chars (GTK_LABEL (badge), MIN ((int) g_utf8_strlen (text ? text : "", -1), 16));
  gtk_widget_set_tooltip_text (badge, text);
  gtk_widget_set_css_classes (badge, (const char *[]) { "badge", tone, NULL });
  gtk_widget_set_visible (badge, text != NULL && *text != '\0');
  /* A tree's levels, indented */
  gtk_widget_set_margin_start (line, 18 * (int) rp_row_get_depth (row));
}

static guint
find (RpRowList  *self,
      const char *uuid)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; uuid != NULL && i < n; i++)
    {
      g_autoptr(RpRow) row = g_list_model_get_item (model, i);

      if (g_strcmp0 (rp_row_get_uuid (row), uuid) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
reselect (RpRowList *self)
{
  gtk_single_selection_set_selected (self->selection, find (self, self->selected));
}

static void
items_changed_cb (RpRowList *self)
{
  reselect (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ROWS]);
}

static void
activate_cb (GtkListView *view,
             guint        position,
             RpRowList   *self)
{
  g_autoptr(RpRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row == NULL)
    return;
  rp_row_list_set_selected (self, rp_row_get_uuid (row));
  g_signal_emit (self, signals[SIGNAL_ACTIVATED], 0, row);
}

GListModel *
rp_row_list_get_model (RpRowList *self)
{
  g_return_val_if_fail (RP_IS_ROW_LIST (self), NULL);
  return gtk_single_selection_get_model (self->selection);
}

void
rp_row_list_set_model (RpRowList  *self,
                       GListModel *model)
{
  g_return_if_fail (RP_IS_ROW_LIST (self));

  if (rp_row_list_get_model (self) == model)
    return;
  gtk_single_selection_set_model (self->selection, model);
  reselect (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ROWS]);
}

const char *
rp_row_list_get_selected (RpRowList *self)
{
  g_return_val_if_fail (RP_IS_ROW_LIST (self), NULL);
  return self->selected;
}

/* Marks @uuid's row as the one shown (NULL: none), without activating it. */
void
rp_row_list_set_selected (RpRowList  *self,
                          const char *uuid)
{
  g_return_if_fail (RP_IS_ROW_LIST (self));

  if (g_strcmp0 (self->selected, uuid) != 0)
    {
      g_free (self->selected);
      self->selected = g_strdup (uuid);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
  reselect (self);
}

guint
rp_row_list_get_n_rows (RpRowList *self)
{
  g_return_val_if_fail (RP_IS_ROW_LIST (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

RpRow *
rp_row_list_get_row (RpRowList *self,
                     guint      position)
{
  g_return_val_if_fail (RP_IS_ROW_LIST (self), NULL);
  return g_list_model_get_item (G_LIST_MODEL (self->selection), position);
}

static void
rp_row_list_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RpRowList *self = RP_ROW_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, rp_row_list_get_model (self));
      break;
    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;
    case PROP_N_ROWS:
      g_value_set_uint (value, rp_row_list_get_n_rows (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_row_list_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RpRowList *self = RP_ROW_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      rp_row_list_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      rp_row_list_set_selected (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_row_list_dispose (GObject *object)
{
  RpRowList *self = RP_ROW_LIST (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_pointer (&self->scroll, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->selected, g_free);
  G_OBJECT_CLASS (rp_row_list_parent_class)->dispose (object);
}

static void
rp_row_list_class_init (RpRowListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_row_list_dispose;
  object_class->get_property = rp_row_list_get_property;
  object_class->set_property = rp_row_list_set_property;

  properties[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] = g_param_spec_string ("selected", NULL, NULL, NULL,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ROWS] = g_param_spec_uint ("n-rows", NULL, NULL, 0, G_MAXUINT, 0,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A row was chosen, by a click or Enter */
  signals[SIGNAL_ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, RP_TYPE_ROW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rp_row_list_init (RpRowList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  /* After the view has taken the change in: selecting before would confuse it */
  g_signal_connect_data (self->selection, "items-changed", G_CALLBACK (items_changed_cb), self, NULL,
                         G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  self->view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_list_view_set_single_click_activate (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "navigation-sidebar");
  g_signal_connect (self->view, "activate", G_CALLBACK (activate_cb), self);
  self->scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroll), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scroll, GTK_WIDGET (self));
}
