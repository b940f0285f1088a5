/* rp-detail-header.c — <child type="button"> in a template adds a button at the end */
#include "config.h"

#include "rp-detail-header.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpDetailHeader
{
  GtkBox     parent_instance;

  GtkWidget *back_button;
  GtkLabel  *title_label;
  GtkWidget *badges;
  GtkLabel  *description_label;
  GtkWidget *buttons;
  GtkWidget *more_button;
  GMenu     *more_menu;     /* the buttons' actions, for a narrow window */
};

static GtkBuildableIface *parent_buildable_iface;

static void rp_detail_header_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpDetailHeader, rp_detail_header, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, rp_detail_header_buildable_init))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rp_detail_header_add_child (GtkBuildable *buildable,
                            GtkBuilder   *builder,
                            GObject      *child,
                            const char   *type)
{
  RpDetailHeader *self = RP_DETAIL_HEADER (buildable);

  if (g_strcmp0 (type, "button") == 0)
    rp_detail_header_add_button (self, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
rp_detail_header_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = rp_detail_header_add_child;
}

static void
rp_detail_header_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RpDetailHeader *self = RP_DETAIL_HEADER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, rp_detail_header_get_title (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, gtk_label_get_text (self->description_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_detail_header_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RpDetailHeader *self = RP_DETAIL_HEADER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      rp_detail_header_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      rp_detail_header_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_detail_header_dispose (GObject *object)
{
  g_clear_object (&RP_DETAIL_HEADER (object)->more_menu);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_DETAIL_HEADER);
  G_OBJECT_CLASS (rp_detail_header_parent_class)->dispose (object);
}

static void
rp_detail_header_class_init (RpDetailHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_detail_header_dispose;
  object_class->get_property = rp_detail_header_get_property;
  object_class->set_property = rp_detail_header_set_property;

  /* The record's own text: never markup. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A line or two below the badges, hidden when empty */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/widgets/rp-detail-header.ui");
  gtk_widget_class_bind_template_child (widget_class, RpDetailHeader, description_label);
  gtk_widget_class_bind_template_child (widget_class, RpDetailHeader, back_button);
  gtk_widget_class_bind_template_child (widget_class, RpDetailHeader, title_label);
  gtk_widget_class_bind_template_child (widget_class, RpDetailHeader, badges);
  gtk_widget_class_bind_template_child (widget_class, RpDetailHeader, buttons);
  gtk_widget_class_bind_template_child (widget_class, RpDetailHeader, more_button);
}

static void
rp_detail_header_init (RpDetailHeader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->more_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->more_button), G_MENU_MODEL (self->more_menu));
  /* area.back is enabled only while the list is folded away: shown only then. */
  g_object_bind_property (self->back_button, "sensitive", self->back_button, "visible", G_BINDING_SYNC_CREATE);
}

void
rp_detail_header_set_title (RpDetailHeader *self,
                            const char     *title)
{
  g_autofree char *clean = rp_text_strip_bidi (title ? title : "");

  g_return_if_fail (RP_IS_DETAIL_HEADER (self));
  if (g_strcmp0 (gtk_label_get_text (self->title_label), clean) == 0)
    return;
  gtk_label_set_text (self->title_label, clean);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
rp_detail_header_set_description (RpDetailHeader *self,
                                  const char     *description)
{
  g_return_if_fail (RP_IS_DETAIL_HEADER (self));
  if (g_strcmp0 (gtk_label_get_text (self->description_label), description ? description : "") == 0)
    return;
  gtk_label_set_text (self->description_label, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL && *description != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
rp_detail_header_get_title (RpDetailHeader *self)
{
  g_return_val_if_fail (RP_IS_DETAIL_HEADER (self), NULL);
  return gtk_label_get_text (self->title_label);
}

void
rp_detail_header_clear_badges (RpDetailHeader *self)
{
  GtkWidget *child;

  g_return_if_fail (RP_IS_DETAIL_HEADER (self));
  while ((child = gtk_widget_get_first_child (self->badges)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->badges), child);
}

GtkWidget *
rp_detail_header_add_badge (RpDetailHeader *self,
                            const char     *text,
                            const char     *css_class)
{
  GtkWidget *badge = rp_ui_badge_new (text, css_class);

  g_return_val_if_fail (RP_IS_DETAIL_HEADER (self), NULL);
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_flow_box_append (GTK_FLOW_BOX (self->badges), badge);
  /* The flow box's child, not the label, is what takes focus: keep it out. */
  gtk_widget_set_focusable (gtk_widget_get_parent (badge), FALSE);
  return badge;
}

void
rp_detail_header_add_button (RpDetailHeader *self,
                             GtkWidget      *button)
{
  g_return_if_fail (RP_IS_DETAIL_HEADER (self));
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->buttons), button);
  /* The same action in the menu shown when the buttons no longer fit */
  if (GTK_IS_MENU_BUTTON (button) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)) != NULL)
    g_menu_append_section (self->more_menu, NULL, gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));
  else if (GTK_IS_ACTIONABLE (button) && gtk_actionable_get_action_name (GTK_ACTIONABLE (button)) != NULL)
    {
      const char *label = GTK_IS_BUTTON (button) ? gtk_button_get_label (GTK_BUTTON (button)) : NULL;
      g_autoptr(GMenuItem) item = NULL;
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (label == NULL || gtk_button_get_icon_name (GTK_BUTTON (button)) != NULL)
        label = gtk_widget_get_tooltip_text (button);
      if (label == NULL)
        return;
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), target);
      g_menu_append_item (self->more_menu, item);
    }
}
