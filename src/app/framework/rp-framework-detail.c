/* rp-framework-detail.c — one framework of activities (SITXCCS008), on the tabs a planner
 * and a trainer use; the header follows the record and its warnings, and the handout
 * and the presentation are made from it */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-framework-detail.h"
#include "rp-util.h"
#include "rp-framework.h"
#include "rp-framework-models.h"
#include "rp-framework-tabs.h"
#include "rp-diagram.h"
#include "rp-handouts.h"
#include "rp-presentation.h"
#include "rp-print.h"
#include "rp-record-editor.h"
#include "rp-ui.h"

struct _RpFrameworkDetail
{
  RpDetailView       parent_instance;

  RpDetailHeader    *header;
  RpFrameworkChecks *checks;   /* its warnings, for the header */
};

G_DEFINE_FINAL_TYPE (RpFrameworkDetail, rp_framework_detail, RP_TYPE_DETAIL_VIEW)

static void
fill_header (RpFrameworkDetail *self)
{
  RpRecord *framework = rp_detail_view_get_record (RP_DETAIL_VIEW (self));
  g_autofree char *template = NULL;
  g_autofree char *started = NULL;
  guint n;

  rp_detail_header_clear_badges (self->header);
  if (framework == NULL)
    {
      rp_detail_header_set_title (self->header, "");
      rp_detail_header_set_description (self->header, NULL);
      return;
    }
  template = rp_record_format (framework, RP_FRAMEWORK_TEMPLATE);
  started = rp_text_printf (_("From the template “%s”"), template);
  rp_detail_header_set_title (self->header, rp_record_get_string (framework, RP_FRAMEWORK_TITLE));
  rp_detail_header_set_description (self->header, rp_record_get_string (framework, RP_FRAMEWORK_DESCRIPTION));
  rp_detail_header_add_badge (self->header, started, NULL);
  n = self->checks ? g_list_model_get_n_items (G_LIST_MODEL (self->checks)) : 0;
  if (n > 0)
    {
      g_autofree char *count = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n), n);

      rp_detail_header_add_badge (self->header, count, "warning");
    }
}

static void
rp_framework_detail_record_changed (RpDetailView *view)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (view);
  RpStore *store = rp_detail_view_get_store (view);
  RpRecord *framework = rp_detail_view_get_record (view);
  g_autoptr(RpFrameworkChecks) checks = store && framework ? rp_framework_checks_get (store, rp_record_get_uuid (framework)) : NULL;

  if (checks != self->checks)
    {
      if (self->checks != NULL)
        g_signal_handlers_disconnect_by_func (self->checks, fill_header, self);
      g_set_object (&self->checks, checks);
      if (checks != NULL)
        g_signal_connect_swapped (checks, "items-changed", G_CALLBACK (fill_header), self);
    }
  fill_header (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.edit", framework != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.delete", framework != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.print", framework != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.pdf", framework != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.export-png", framework != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.export-svg", framework != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.present",
                                 framework != NULL && rp_store_count_where (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK,
                                                                            rp_record_get_uuid (framework)) > 0);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);
  RpRecordEditor *editor = rp_record_editor_new (widget, rp_detail_view_get_store (view), rp_detail_view_get_record (view), FALSE);

  rp_record_editor_hide_field (editor, "template");
  rp_record_editor_present (editor);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);

  rp_ui_delete_record (widget, rp_detail_view_get_store (view), rp_detail_view_get_record (view));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);

  rp_print_document (widget, rp_handout_framework (rp_detail_view_get_store (view), rp_detail_view_get_record (view)));
}

static void
pdf_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);
  RpRecord *framework = rp_detail_view_get_record (view);
  g_autofree char *name = g_strdup_printf ("%s.pdf", rp_record_get_string (framework, RP_FRAMEWORK_TITLE));

  g_strdelimit (name, "/\\:", '-');
  rp_save_document_pdf (widget, rp_handout_framework (rp_detail_view_get_store (view), framework), name);
}

static gboolean
write_diagram (const char  *path,
               gpointer     data,
               GError     **error)
{
  return rp_diagram_write (data, path, 2.0, error);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);
  RpRecord *framework = rp_detail_view_get_record (view);
  gboolean svg = g_str_equal (action_name, "framework.export-svg");
  g_autofree char *name = g_strdup_printf ("%s.%s", rp_record_get_string (framework, RP_FRAMEWORK_TITLE), svg ? "svg" : "png");

  g_strdelimit (name, "/\\:", '-');
  rp_save_file (widget, svg ? _("Export Diagram as SVG") : _("Export Diagram as PNG"), name,
                svg ? _("SVG pictures") : _("PNG pictures"), svg ? "*.svg" : "*.png", _("Could Not Export the Diagram"),
                write_diagram, rp_diagram_for_framework (rp_detail_view_get_store (view), framework, TRUE),
                (GDestroyNotify) rp_diagram_free);
}

static void
draw_slide_diagram (cairo_t             *cr,
                    const RpRenderStyle *style,
                    double               width,
                    double               height,
                    gpointer             user_data)
{
  double natural_w, natural_h, scale;

  /* Centred on the slide */
  rp_diagram_get_size (user_data, &natural_w, &natural_h);
  scale = MIN (width / natural_w, height / natural_h);
  cairo_save (cr);
  cairo_translate (cr, (width - natural_w * scale) / 2, (height - natural_h * scale) / 2);
  rp_diagram_draw (user_data, cr, style, natural_w * scale, natural_h * scale);
  cairo_restore (cr);
}

/* A title slide, a slide a phase with its activities, then the diagram */
static void
present_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);
  RpStore *store = rp_detail_view_get_store (view);
  RpRecord *framework = rp_detail_view_get_record (view);
  g_autoptr(GListModel) phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  guint n = g_list_model_get_n_items (phases);
  RpPresentation *show = rp_presentation_new (widget, rp_record_get_string (framework, RP_FRAMEWORK_TITLE));
  RpDiagram *diagram;
  g_autofree char *description = NULL;

  rp_presentation_add_slide (show, profile ? rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME) : NULL,
                             rp_record_get_string (framework, RP_FRAMEWORK_TITLE),
                             rp_record_get_string (framework, RP_FRAMEWORK_DESCRIPTION));
  for (guint p = 0; p < n; p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
      g_autoptr(GListModel) activities = rp_store_list (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));
      g_autofree char *days = rp_phase_describe_days (rp_record_get_int (phase, RP_PHASE_START_DAY), rp_record_get_int (phase, RP_PHASE_END_DAY));
      /* Translators: above a phase on a slide, "Phase 2 of 4 · At the sale" */
      g_autofree char *kicker = rp_text_printf (_("Phase %u of %u · %s"), p + 1, n, days);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(RpRecord) activity = g_list_model_get_item (activities, a);
          g_autofree char *category = rp_record_format (activity, RP_ACTIVITY_CATEGORY);

          /* Translators: an activity on a slide, "Installation and welcome call — Support" */
          g_ptr_array_add (items, rp_text_printf (_("%s — %s"), rp_record_get_string (activity, RP_ACTIVITY_TITLE), category));
        }
      g_ptr_array_add (items, NULL);
      rp_presentation_add_list (show, kicker, rp_record_get_string (phase, RP_PHASE_NAME), (const char *const *) items->pdata);
    }
  diagram = rp_diagram_for_framework (store, framework, FALSE);
  description = rp_diagram_describe (diagram);
  rp_presentation_add_drawing (show, _("The framework at a glance"), description, draw_slide_diagram,
                               diagram, (GDestroyNotify) rp_diagram_free);
  rp_presentation_start (show);
}

static void
rp_framework_detail_dispose (GObject *object)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (object);

  if (self->checks != NULL)
    g_signal_handlers_disconnect_by_func (self->checks, fill_header, self);
  g_clear_object (&self->checks);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_FRAMEWORK_DETAIL);
  G_OBJECT_CLASS (rp_framework_detail_parent_class)->dispose (object);
}

static void
rp_framework_detail_class_init (RpFrameworkDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailViewClass *view_class = RP_DETAIL_VIEW_CLASS (klass);

  object_class->dispose = rp_framework_detail_dispose;
  view_class->kind = RP_KIND_FRAMEWORK;
  view_class->record_changed = rp_framework_detail_record_changed;

  rp_framework_tabs_ensure_types ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/framework/rp-framework-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RpFrameworkDetail, header);
  gtk_widget_class_install_action (widget_class, "framework.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "framework.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "framework.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "framework.pdf", NULL, pdf_activated);
  gtk_widget_class_install_action (widget_class, "framework.present", NULL, present_activated);
  gtk_widget_class_install_action (widget_class, "framework.export-png", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "framework.export-svg", NULL, export_activated);
}

static void
rp_framework_detail_init (RpFrameworkDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
