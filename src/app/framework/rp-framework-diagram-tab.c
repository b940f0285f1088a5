/* rp-framework-diagram-tab.c — the framework as swim lanes of categories across its
 * phases, zoomed with Ctrl and the wheel or keys as in every GNOME viewer */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-framework-tabs.h"
#include "rp-chart-view.h"
#include "rp-diagram.h"
#include "rp-framework-models.h"

#define ZOOM_MIN  0.5
#define ZOOM_MAX  2.0
#define ZOOM_STEP 0.25

struct _RpFrameworkDiagramTab
{
  RpDetailTab        parent_instance;

  RpChartView       *view;
  GtkLabel          *zoom_label;

  RpFrameworkChecks *follow;    /* reads every kind the diagram shows */
  RpDiagram         *diagram;
  double             zoom;
};

G_DEFINE_FINAL_TYPE (RpFrameworkDiagramTab, rp_framework_diagram_tab, RP_TYPE_DETAIL_TAB)

enum { PROP_0, PROP_ZOOM, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
draw_diagram (cairo_t             *cr,
              const RpRenderStyle *style,
              double               width,
              double               height,
              gpointer             user_data)
{
  RpFrameworkDiagramTab *self = user_data;

  if (self->diagram != NULL)
    rp_diagram_draw (self->diagram, cr, style, width, height);
}

static void
apply_zoom (RpFrameworkDiagramTab *self)
{
  double width = 0, height = 0;
  g_autofree char *label = g_strdup_printf ("%.0f %%", self->zoom * 100);

  if (self->diagram != NULL)
    rp_diagram_get_size (self->diagram, &width, &height);
  rp_chart_view_set_picture_size (self->view, (int) ceil (width * self->zoom), (int) ceil (height * self->zoom));
  gtk_widget_queue_draw (GTK_WIDGET (self->view));
  gtk_label_set_text (self->zoom_label, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diagram.zoom-in", self->zoom < ZOOM_MAX - 1e-9);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diagram.zoom-out", self->zoom > ZOOM_MIN + 1e-9);
}

static void
set_zoom (RpFrameworkDiagramTab *self,
          double                 zoom)
{
  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  apply_zoom (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
zoom_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpFrameworkDiagramTab *self = RP_FRAMEWORK_DIAGRAM_TAB (widget);

  if (g_str_equal (action_name, "diagram.zoom-in"))
    set_zoom (self, self->zoom + ZOOM_STEP);
  else if (g_str_equal (action_name, "diagram.zoom-out"))
    set_zoom (self, self->zoom - ZOOM_STEP);
  else
    set_zoom (self, 1.0);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           RpFrameworkDiagramTab    *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  /* Ctrl and the wheel zoom; the plain wheel scrolls. */
  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), dy < 0 ? "diagram.zoom-in" : "diagram.zoom-out", NULL);
  return TRUE;
}

static void
draw_again (RpFrameworkDiagramTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *framework = rp_detail_tab_get_record (RP_DETAIL_TAB (self));

  g_clear_pointer (&self->diagram, rp_diagram_free);
  if (store != NULL && framework != NULL)
    self->diagram = rp_diagram_for_framework (store, framework, FALSE);
  if (self->diagram != NULL)
    {
      const char *columns[] = { _("Phase"), _("Lane"), _("Activity"), _("Flag"), NULL };
      g_autofree char *description = rp_diagram_describe (self->diagram);
      g_autoptr(GPtrArray) rows = rp_diagram_table (self->diagram);

      rp_chart_view_set_summary (self->view, NULL, description);
      rp_chart_view_set_table (self->view, _("Framework Diagram"), columns, rows);
    }
  else
    rp_chart_view_set_table (self->view, NULL, NULL, NULL);
  apply_zoom (self);
}

static void
rp_framework_diagram_tab_bind (RpDetailTab *tab,
                               RpStore     *store,
                               RpRecord    *record)
{
  RpFrameworkDiagramTab *self = RP_FRAMEWORK_DIAGRAM_TAB (tab);

  if (self->follow != NULL)
    g_signal_handlers_disconnect_by_func (self->follow, draw_again, self);
  g_clear_object (&self->follow);
  if (store != NULL && record != NULL)
    {
      self->follow = rp_framework_checks_get (store, rp_record_get_uuid (record));
      g_signal_connect_swapped (self->follow, "notify::loading", G_CALLBACK (draw_again), self);
    }
  draw_again (self);
}

static void
rp_framework_diagram_tab_record_changed (RpDetailTab *tab)
{
  draw_again (RP_FRAMEWORK_DIAGRAM_TAB (tab));
}

static void
rp_framework_diagram_tab_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, RP_FRAMEWORK_DIAGRAM_TAB (object)->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_framework_diagram_tab_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ZOOM:
      set_zoom (RP_FRAMEWORK_DIAGRAM_TAB (object), g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_framework_diagram_tab_dispose (GObject *object)
{
  RpFrameworkDiagramTab *self = RP_FRAMEWORK_DIAGRAM_TAB (object);

  if (self->follow != NULL)
    g_signal_handlers_disconnect_by_func (self->follow, draw_again, self);
  g_clear_object (&self->follow);
  g_clear_pointer (&self->diagram, rp_diagram_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_FRAMEWORK_DIAGRAM_TAB);
  G_OBJECT_CLASS (rp_framework_diagram_tab_parent_class)->dispose (object);
}

static void
rp_framework_diagram_tab_class_init (RpFrameworkDiagramTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  object_class->dispose = rp_framework_diagram_tab_dispose;
  object_class->get_property = rp_framework_diagram_tab_get_property;
  object_class->set_property = rp_framework_diagram_tab_set_property;
  tab_class->bind = rp_framework_diagram_tab_bind;
  tab_class->record_changed = rp_framework_diagram_tab_record_changed;

  /* 1.0 is the diagram's natural size */
  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, ZOOM_MIN, ZOOM_MAX, 1.0,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/framework/rp-framework-diagram-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkDiagramTab, view);
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkDiagramTab, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, scroll_cb);
  gtk_widget_class_install_action (widget_class, "diagram.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "diagram.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "diagram.zoom-reset", NULL, zoom_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "diagram.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "diagram.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "diagram.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "diagram.zoom-reset", NULL);
}

static void
rp_framework_diagram_tab_init (RpFrameworkDiagramTab *self)
{
  self->zoom = 1.0;
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_chart_view_set_draw (self->view, draw_diagram, self, NULL);
  apply_zoom (self);
}
