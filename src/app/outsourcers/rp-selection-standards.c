/* rp-selection-standards.c — criteria (weighted) and the candidates ranked by their
 * evaluations, best first; a printable sheet for staff */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-selection-standards.h"
#include "rp-util.h"
#include "rp-evaluation-dialog.h"
#include "rp-handouts.h"
#include "rp-print.h"
#include "rp-record-list.h"
#include "rp-ui.h"

struct _RpSelectionStandards
{
  AdwBin          parent_instance;

  RpRecordList   *criteria;
  GtkListBox     *ranking;

  RpStore        *store;
  RpRecordModel  *candidates;
};

G_DEFINE_FINAL_TYPE (RpSelectionStandards, rp_selection_standards, ADW_TYPE_BIN)

static char *
criterion_subtitle (RpRecord *criterion,
                    gpointer  user_data)
{
  /* Translators: "Their attitude … · weight 3" */
  return rp_text_printf (_("%s · weight %g"), rp_record_get_string (criterion, RP_CRITERION_DESCRIPTION) ?: "",
                          rp_record_get_real (criterion, RP_CRITERION_WEIGHT));
}

static void
evaluate_clicked_cb (GtkButton            *button,
                     RpSelectionStandards *self)
{
  RpRecord *outsourcer = g_object_get_data (G_OBJECT (button), "rp-outsourcer");

  gtk_window_present (GTK_WINDOW (rp_evaluation_dialog_new (GTK_WIDGET (self), self->store, "outsourcer",
                                                            rp_record_get_uuid (outsourcer), "selection", NULL)));
}

static GtkWidget *
candidate_row_cb (gpointer item,
                  gpointer user_data)
{
  RpSelectionStandards *self = user_data;
  RpRow *row_info = item;
  RpRecord *outsourcer = rp_row_get_record (row_info);
  double total = rp_row_get_number (row_info);
  g_autofree char *score = isnan (total) ? g_strdup ("—") : g_strdup_printf ("%.0f", total);
  g_autofree char *name = NULL;
  GtkWidget *row = rp_ui_row_new (rp_row_get_title (row_info), rp_row_get_subtitle (row_info));
  GtkWidget *button = gtk_button_new_with_label (_("Evaluate…"));

  /* Translators: a button's name for a screen reader, "Evaluate “Pearl Delta Contact”" */
  name = rp_text_printf (_("Evaluate “%s”"), rp_row_get_title (row_info));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rp_ui_badge_new (score, "numeric"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (button), "rp-outsourcer", g_object_ref (outsourcer), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (evaluate_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

void
rp_selection_standards_set_store (RpSelectionStandards *self,
                                  RpStore              *store)
{
  g_autoptr(GtkSortListModel) ranked = NULL;

  g_return_if_fail (RP_IS_SELECTION_STANDARDS (self));

  g_set_object (&self->store, store);
  g_clear_object (&self->candidates);
  rp_record_list_bind (self->criteria, store, RP_CRITERION_SCOPE, "selection");
  if (store != NULL)
    {
      /* Best first: the candidates' rows carry their evaluation total. */
      GtkNumericSorter *by_total = gtk_numeric_sorter_new (gtk_property_expression_new (RP_TYPE_ROW, NULL, "number"));

      gtk_numeric_sorter_set_sort_order (by_total, GTK_SORT_DESCENDING);
      self->candidates = rp_record_model_get (store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_STATUS, "candidate");
      ranked = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->candidates)), GTK_SORTER (by_total));
    }
  gtk_list_box_bind_model (self->ranking, G_LIST_MODEL (ranked), candidate_row_cb, self, NULL);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RpSelectionStandards *self = RP_SELECTION_STANDARDS (widget);

  if (self->store != NULL)
    rp_print_document (widget, rp_handout_selection_standards (self->store));
}

static void
pdf_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpSelectionStandards *self = RP_SELECTION_STANDARDS (widget);

  if (self->store != NULL)
    rp_save_document_pdf (widget, rp_handout_selection_standards (self->store), _("Partner standards.pdf"));
}

static GtkWidget *
empty_candidates (void)
{
  GtkWidget *label = rp_ui_empty_label (_("No candidates yet: add an outsourcer with the status Candidate and evaluate it."));

  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  return label;
}

static void
rp_selection_standards_dispose (GObject *object)
{
  RpSelectionStandards *self = RP_SELECTION_STANDARDS (object);

  g_clear_object (&self->candidates);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_SELECTION_STANDARDS);
  G_OBJECT_CLASS (rp_selection_standards_parent_class)->dispose (object);
}

static void
rp_selection_standards_class_init (RpSelectionStandardsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_selection_standards_dispose;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-selection-standards.ui");
  gtk_widget_class_bind_template_child (widget_class, RpSelectionStandards, criteria);
  gtk_widget_class_bind_template_child (widget_class, RpSelectionStandards, ranking);
  gtk_widget_class_install_action (widget_class, "standards.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "standards.pdf", NULL, pdf_activated);
}

static void
rp_selection_standards_init (RpSelectionStandards *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_record_list_set_subtitle_func (self->criteria, criterion_subtitle, NULL);
  gtk_list_box_set_placeholder (self->ranking, empty_candidates ());
}
