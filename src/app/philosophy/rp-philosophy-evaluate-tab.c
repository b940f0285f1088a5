/* rp-philosophy-evaluate-tab.c — management's evaluation of a candidate on the weighted
 * criteria every candidate shares (ITCSCR601A) */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-philosophy-tabs.h"
#include "rp-util.h"
#include "rp-evaluation.h"
#include "rp-evaluation-dialog.h"
#include "rp-record-list.h"
#include "rp-record-model.h"

struct _RpPhilosophyEvaluateTab
{
  RpDetailTab    parent_instance;

  GtkLabel      *total_label;
  RpRecordList  *evaluations;
  RpRecordList  *criteria;

  RpRecordModel *held;   /* the evaluations, shared with their list: the total follows them */
};

G_DEFINE_FINAL_TYPE (RpPhilosophyEvaluateTab, rp_philosophy_evaluate_tab, RP_TYPE_DETAIL_TAB)

static void
show_total (RpPhilosophyEvaluateTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *philosophy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  guint n = 0;
  double total = store && philosophy ? rp_subject_evaluation_total (store, "philosophy", rp_record_get_uuid (philosophy), &n) : NAN;
  g_autofree char *text = NULL;

  if (isnan (total))
    text = g_strdup (_("Not evaluated yet. Management scores each candidate on the weighted criteria below."));
  else
    text = rp_text_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Weighted total %.0f out of 100, from %u evaluation.",
                                         "Weighted total %.0f out of 100, the mean of %u evaluations.", n),
                            total, n);
  gtk_label_set_text (self->total_label, text);
}

static void
rp_philosophy_evaluate_tab_bind (RpDetailTab *tab,
                                 RpStore     *store,
                                 RpRecord    *record)
{
  RpPhilosophyEvaluateTab *self = RP_PHILOSOPHY_EVALUATE_TAB (tab);
  const char *uuid = record ? rp_record_get_uuid (record) : NULL;

  if (self->held != NULL)
    g_signal_handlers_disconnect_by_func (self->held, show_total, self);
  g_clear_object (&self->held);
  if (store != NULL && uuid != NULL)
    {
      self->held = rp_record_model_get (store, RP_KIND_EVALUATION, RP_EVALUATION_PHILOSOPHY, uuid);
      g_signal_connect_swapped (self->held, "notify::loading", G_CALLBACK (show_total), self);
    }
  rp_record_list_bind (self->evaluations, store, RP_EVALUATION_PHILOSOPHY, uuid);
  rp_record_list_bind (self->criteria, store, RP_CRITERION_SCOPE, "philosophy");
  show_total (self);
}

static void
rp_philosophy_evaluate_tab_dispose (GObject *object)
{
  RpPhilosophyEvaluateTab *self = RP_PHILOSOPHY_EVALUATE_TAB (object);

  if (self->held != NULL)
    g_signal_handlers_disconnect_by_func (self->held, show_total, self);
  g_clear_object (&self->held);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PHILOSOPHY_EVALUATE_TAB);
  G_OBJECT_CLASS (rp_philosophy_evaluate_tab_parent_class)->dispose (object);
}

static void
rp_philosophy_evaluate_tab_class_init (RpPhilosophyEvaluateTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_philosophy_evaluate_tab_dispose;
  RP_DETAIL_TAB_CLASS (klass)->bind = rp_philosophy_evaluate_tab_bind;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/philosophy/rp-philosophy-evaluate-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyEvaluateTab, total_label);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyEvaluateTab, evaluations);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyEvaluateTab, criteria);
}

static void
rp_philosophy_evaluate_tab_init (RpPhilosophyEvaluateTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_evaluation_list_setup (self->evaluations, "philosophy", "philosophy");
}
