/* rp-presentation.c */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-presentation.h"
#include "rp-util.h"

struct _RpPresentation
{
  AdwWindow  parent_instance;

  GtkStack  *stack;
  GtkWidget *progress;
  guint      n_slides;
  guint      current;
};

G_DEFINE_FINAL_TYPE (RpPresentation, rp_presentation, ADW_TYPE_WINDOW)

static void
show (RpPresentation *self,
      guint           index)
{
  g_autofree char *name = NULL;
  g_autofree char *progress = NULL;

  if (self->n_slides == 0)
    return;
  self->current = MIN (index, self->n_slides - 1);
  name = g_strdup_printf ("%u", self->current);
  gtk_stack_set_visible_child_name (self->stack, name);
  /* Translators: slide counter, "3 / 8" */
  progress = rp_text_printf (_("%u / %u"), self->current + 1, self->n_slides);
  gtk_label_set_text (GTK_LABEL (self->progress), progress);
}

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpPresentation *self = RP_PRESENTATION (widget);

  if (self->current + 1 < self->n_slides)
    show (self, self->current + 1);
}

static void
previous_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpPresentation *self = RP_PRESENTATION (widget);

  if (self->current > 0)
    show (self, self->current - 1);
}

static void
first_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  show (RP_PRESENTATION (widget), 0);
}

static void
last_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpPresentation *self = RP_PRESENTATION (widget);

  show (self, self->n_slides ? self->n_slides - 1 : 0);
}

static void
leave_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
rp_presentation_class_init (RpPresentationClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, previous_activated);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, first_activated);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, last_activated);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_activated);
  /* Presentation clickers send Page Up and Page Down. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "presentation.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "presentation.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "presentation.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "presentation.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "presentation.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "presentation.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "presentation.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "presentation.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "presentation.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "presentation.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "presentation.leave", NULL);
}

/* Before any focused widget sees them: Space would press a button, the arrows move focus. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RpPresentation        *self)
{
  const char *action = NULL;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Right: case GDK_KEY_KP_Right: case GDK_KEY_space: case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down: case GDK_KEY_Down: case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_n:
      action = (state & GDK_SHIFT_MASK) && keyval == GDK_KEY_space ? "presentation.previous" : "presentation.next";
      break;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up:
    case GDK_KEY_Up: case GDK_KEY_BackSpace: case GDK_KEY_p:
      action = "presentation.previous";
      break;
    case GDK_KEY_Home:
      action = "presentation.first";
      break;
    case GDK_KEY_End:
      action = "presentation.last";
      break;
    case GDK_KEY_Escape:
      action = "presentation.leave";
      break;
    default:
      return FALSE;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
  return TRUE;
}

static void
clicked_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            RpPresentation  *self)
{
  /* A click on the right half moves on, on the left half goes back. */
  if (x > gtk_widget_get_width (GTK_WIDGET (self)) / 2.0)
    gtk_widget_activate_action (GTK_WIDGET (self), "presentation.next", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "presentation.previous", NULL);
}

static void
rp_presentation_init (RpPresentation *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  self->progress = gtk_label_new (NULL);
  gtk_widget_set_halign (self->progress, GTK_ALIGN_END);
  gtk_widget_set_valign (self->progress, GTK_ALIGN_END);
  gtk_widget_set_margin_end (self->progress, 24);
  gtk_widget_set_margin_bottom (self->progress, 16);
  gtk_widget_add_css_class (self->progress, "dim-label");
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->stack));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->progress);
  gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
  g_signal_connect (click, "pressed", G_CALLBACK (clicked_cb), self);
  gtk_widget_add_controller (overlay, GTK_EVENT_CONTROLLER (click));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  adw_window_set_content (ADW_WINDOW (self), overlay);
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 720);
}

RpPresentation *
rp_presentation_new (GtkWidget  *parent,
                     const char *title)
{
  RpPresentation *self = g_object_new (RP_TYPE_PRESENTATION, "title", title, NULL);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  return self;
}

/* Long text is set smaller, so a long statement stays on its slide with the counter. */
static void
set_length_class (GtkWidget  *label,
                  const char *text)
{
  glong n = text ? g_utf8_strlen (text, -1) : 0;

  if (n > 400)
    gtk_widget_add_css_class (label, "slide-very-long");
  else if (n > 160)
    gtk_widget_add_css_class (label, "slide-long");
}

static GtkWidget *
slide_box (const char *kicker,
           const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *label;

  gtk_widget_set_margin_start (box, 96);
  gtk_widget_set_margin_end (box, 96);
  gtk_widget_set_margin_top (box, 72);
  gtk_widget_set_margin_bottom (box, 72);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  if (kicker != NULL)
    {
      label = gtk_label_new (kicker);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "slide-kicker");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "slide-title");
  set_length_class (label, title);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
add_page (RpPresentation *self,
          GtkWidget      *page)
{
  g_autofree char *name = g_strdup_printf ("%u", self->n_slides++);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  /* A slide taller than the screen scrolls rather than growing the window past it, so the
   * counter stays in sight. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);
  gtk_stack_add_named (self->stack, scrolled, name);
}

/* Text goes into labels as plain text, never markup. */
void
rp_presentation_add_slide (RpPresentation *self,
                           const char     *kicker,
                           const char     *title,
                           const char     *body)
{
  GtkWidget *box = slide_box (kicker, title);

  if (body != NULL && *body != '\0')
    {
      GtkWidget *label = gtk_label_new (body);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "slide-body");
      set_length_class (label, body);
      gtk_box_append (GTK_BOX (box), label);
    }
  add_page (self, box);
}

void
rp_presentation_add_list (RpPresentation    *self,
                          const char        *kicker,
                          const char        *title,
                          const char *const *items)
{
  GtkWidget *box = slide_box (kicker, title);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *text = g_strdup_printf ("•  %s", items[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "slide-item");
      gtk_box_append (GTK_BOX (box), label);
    }
  add_page (self, box);
}

void
rp_presentation_add_drawing (RpPresentation  *self,
                             const char      *title,
                             const char      *description,
                             RpChartDrawFunc  draw,
                             gpointer         data,
                             GDestroyNotify   destroy)
{
  GtkWidget *box = slide_box (NULL, title);
  GtkWidget *chart = rp_chart_view_new (draw, data, destroy);

  rp_chart_view_set_summary (RP_CHART_VIEW (chart), title, description);
  gtk_widget_set_valign (box, GTK_ALIGN_FILL);
  gtk_widget_set_vexpand (chart, TRUE);
  gtk_widget_set_hexpand (chart, TRUE);
  gtk_box_append (GTK_BOX (box), chart);
  add_page (self, box);
}

void
rp_presentation_start (RpPresentation *self)
{
  show (self, 0);
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
}

guint
rp_presentation_get_current (RpPresentation *self)
{
  return self->current;
}

guint
rp_presentation_get_n_slides (RpPresentation *self)
{
  return self->n_slides;
}
