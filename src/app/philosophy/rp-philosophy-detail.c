/* rp-philosophy-detail.c — one candidate philosophy (ITCSCR601A): the header follows the
 * record, its status and evaluation; the handout and the presentation are made from it */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-philosophy-detail.h"
#include "rp-util.h"
#include "rp-evaluation-dialog.h"
#include "rp-handouts.h"
#include "rp-philosophy-tabs.h"
#include "rp-presentation.h"
#include "rp-print.h"
#include "rp-record-editor.h"
#include "rp-ui.h"

struct _RpPhilosophyDetail
{
  RpDetailView    parent_instance;

  RpDetailHeader *header;
};

G_DEFINE_FINAL_TYPE (RpPhilosophyDetail, rp_philosophy_detail, RP_TYPE_DETAIL_VIEW)

static void
rp_philosophy_detail_record_changed (RpDetailView *view)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (view);
  RpRecord *philosophy = rp_detail_view_get_record (view);
  RpRow *row = rp_detail_view_get_row (view);
  double total = row ? rp_row_get_number (row) : NAN;
  g_autofree char *status = NULL;
  g_autofree char *css = NULL;

  rp_detail_header_clear_badges (self->header);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.edit", philosophy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.delete", philosophy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.evaluate", philosophy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.print", philosophy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.pdf", philosophy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.present",
                                 philosophy != NULL && rp_store_count_where (rp_detail_view_get_store (view), RP_KIND_PRINCIPLE,
                                                                             RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (philosophy)) > 0);
  if (philosophy == NULL)
    {
      rp_detail_header_set_title (self->header, "");
      return;
    }
  status = rp_record_format (philosophy, RP_PHILOSOPHY_STATUS);
  css = g_strdup_printf ("status-%s", rp_record_get_string (philosophy, RP_PHILOSOPHY_STATUS));
  rp_detail_header_set_title (self->header, rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE));
  rp_detail_header_add_badge (self->header, status, css);
  if (!isnan (total))
    {
      /* Translators: a badge with a philosophy's weighted evaluation total */
      g_autofree char *score = rp_text_printf (_("Evaluated %.0f"), total);

      rp_detail_header_add_badge (self->header, score, "numeric");
    }
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);
  RpRecordEditor *editor = rp_record_editor_new (widget, rp_detail_view_get_store (view), rp_detail_view_get_record (view), FALSE);

  /* The staff edition is written on the Write tab; the decision's notes belong to its step */
  rp_record_editor_hide_field (editor, "decision_notes");
  rp_record_editor_hide_field (editor, "staff_edition");
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
evaluate_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);

  gtk_window_present (GTK_WINDOW (rp_evaluation_dialog_new (widget, rp_detail_view_get_store (view), "philosophy",
                                                            rp_record_get_uuid (rp_detail_view_get_record (view)),
                                                            "philosophy", NULL)));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);

  rp_print_document (widget, rp_handout_philosophy (rp_detail_view_get_store (view), rp_detail_view_get_record (view)));
}

static void
pdf_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);
  RpRecord *philosophy = rp_detail_view_get_record (view);
  g_autofree char *name = g_strdup_printf ("%s.pdf", rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE));

  g_strdelimit (name, "/\\:", '-');
  rp_save_document_pdf (widget, rp_handout_philosophy (rp_detail_view_get_store (view), philosophy), name);
}

/* A title slide, then one principle a slide */
static void
present_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);
  RpStore *store = rp_detail_view_get_store (view);
  RpRecord *philosophy = rp_detail_view_get_record (view);
  g_autoptr(GListModel) principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (philosophy));
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  guint n = g_list_model_get_n_items (principles);
  RpPresentation *show = rp_presentation_new (widget, rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE));

  rp_presentation_add_slide (show, profile ? rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME) : NULL,
                             rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE),
                             rp_record_get_string (philosophy, RP_PHILOSOPHY_STATEMENT));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      /* Translators: the kicker above a principle on a slide, "Principle 2 of 6" */
      g_autofree char *kicker = rp_text_printf (_("Principle %u of %u"), i + 1, n);

      rp_presentation_add_slide (show, kicker, rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT),
                                 rp_record_get_string (principle, RP_PRINCIPLE_RATIONALE));
    }
  rp_presentation_start (show);
}

static void
rp_philosophy_detail_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PHILOSOPHY_DETAIL);
  G_OBJECT_CLASS (rp_philosophy_detail_parent_class)->dispose (object);
}

static void
rp_philosophy_detail_class_init (RpPhilosophyDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailViewClass *view_class = RP_DETAIL_VIEW_CLASS (klass);

  object_class->dispose = rp_philosophy_detail_dispose;
  view_class->kind = RP_KIND_PHILOSOPHY;
  view_class->record_changed = rp_philosophy_detail_record_changed;

  rp_philosophy_tabs_ensure_types ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/philosophy/rp-philosophy-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyDetail, header);
  gtk_widget_class_install_action (widget_class, "philosophy.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.evaluate", NULL, evaluate_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.pdf", NULL, pdf_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.present", NULL, present_activated);
}

static void
rp_philosophy_detail_init (RpPhilosophyDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
