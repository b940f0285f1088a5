/* rp-evaluation-dialog.c */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-evaluation-dialog.h"
#include "rp-evaluation.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpEvaluationDialog
{
  AdwWindow   parent_instance;

  GtkWidget  *evaluator_row;
  GtkWidget  *date_row;
  GtkWidget  *notes_view;
  GtkWidget  *total_label;
  GtkWidget  *error_label;

  RpStore    *store;
  RpRecord   *evaluation;
  GListModel *criteria;
  int        *scores;
  GPtrArray  *buttons;   /* per criterion: GtkToggleButton*[5] as a GPtrArray */
};

G_DEFINE_FINAL_TYPE (RpEvaluationDialog, rp_evaluation_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static double
compute_total (RpEvaluationDialog *self)
{
  guint n = g_list_model_get_n_items (self->criteria);
  g_autofree double *weights = g_new0 (double, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) c = g_list_model_get_item (self->criteria, i);

      weights[i] = rp_record_get_real (c, RP_CRITERION_WEIGHT);
    }
  return rp_weighted_score (weights, self->scores, n);
}

static void
update_total (RpEvaluationDialog *self)
{
  double total = compute_total (self);
  g_autofree char *text = isnan (total) ? g_strdup (_("Weighted total: not scored yet"))
                                        : rp_text_printf (_("Weighted total: %.0f out of 100"), total);

  gtk_label_set_text (GTK_LABEL (self->total_label), text);
}

static void
score_toggled_cb (GtkToggleButton    *button,
                  RpEvaluationDialog *self)
{
  guint criterion = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "rp-criterion"));
  int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "rp-value"));

  if (gtk_toggle_button_get_active (button))
    self->scores[criterion] = value;
  else if (self->scores[criterion] == value)
    self->scores[criterion] = 0;
  update_total (self);
}

void
rp_evaluation_dialog_set_score (RpEvaluationDialog *self,
                                guint               criterion,
                                int                 value)
{
  GPtrArray *row;

  g_return_if_fail (criterion < self->buttons->len);
  g_return_if_fail (value >= 1 && value <= 5);
  row = self->buttons->pdata[criterion];
  gtk_toggle_button_set_active (row->pdata[value - 1], TRUE);
}

guint
rp_evaluation_dialog_get_n_criteria (RpEvaluationDialog *self)
{
  return g_list_model_get_n_items (self->criteria);
}

double
rp_evaluation_dialog_get_total (RpEvaluationDialog *self)
{
  return compute_total (self);
}

gboolean
rp_evaluation_dialog_save (RpEvaluationDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  GtkTextIter start, end;
  g_autofree char *notes = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  rp_record_set_string (self->evaluation, RP_EVALUATION_EVALUATOR, gtk_editable_get_text (GTK_EDITABLE (self->evaluator_row)));
  rp_record_set_string (self->evaluation, RP_EVALUATION_EVALUATED_ON, gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  rp_record_set_string (self->evaluation, RP_EVALUATION_NOTES, g_strstrip (notes));

  if (!rp_evaluation_save (self->store, self->evaluation, self->criteria, self->scores, &error))
    goto fail;
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;

fail:
  gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
  gtk_widget_set_visible (self->error_label, TRUE);
  return FALSE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  rp_evaluation_dialog_save (RP_EVALUATION_DIALOG (widget));
}

static void
rp_evaluation_dialog_dispose (GObject *object)
{
  RpEvaluationDialog *self = RP_EVALUATION_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->criteria);
  g_clear_pointer (&self->scores, g_free);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  G_OBJECT_CLASS (rp_evaluation_dialog_parent_class)->dispose (object);
}

static void
rp_evaluation_dialog_class_init (RpEvaluationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_evaluation_dialog_dispose;
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_install_action (widget_class, "evaluation.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_evaluation_dialog_init (RpEvaluationDialog *self)
{
  self->buttons = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

static GtkWidget *
build (RpEvaluationDialog *self,
       const char         *heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *who = adw_preferences_group_new ();
  GtkWidget *scores = adw_preferences_group_new ();
  GtkWidget *notes = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  guint n = g_list_model_get_n_items (self->criteria);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "evaluation.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  self->error_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->error_label, "editor-error");
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_set_visible (self->error_label, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (who), self->error_label);

  {
    /* A group's title is markup; the heading holds a record's title. */
    g_autofree char *escaped = rp_ui_plain (heading);

    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (who), escaped);
  }
  self->evaluator_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->evaluator_row), _("Evaluator"));
  gtk_editable_set_text (GTK_EDITABLE (self->evaluator_row), rp_record_get_string (self->evaluation, RP_EVALUATION_EVALUATOR) ?: "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (who), self->evaluator_row);
  self->date_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), rp_record_get_string (self->evaluation, RP_EVALUATION_EVALUATED_ON) ?: "");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->date_row), rp_ui_calendar_button_new (GTK_EDITABLE (self->date_row), _("Date")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (who), self->date_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (who));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (scores), _("Scores"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (scores), _("From 1 (poor) to 5 (excellent). A criterion left unscored is left out of the total."));
  self->total_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->total_label, "heading");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (scores), self->total_label);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) criterion = g_list_model_get_item (self->criteria, i);
      g_autofree char *subtitle = rp_text_printf (_("%s · weight %g"), rp_record_get_string (criterion, RP_CRITERION_DESCRIPTION) ?: "",
                                                   rp_record_get_real (criterion, RP_CRITERION_WEIGHT));
      GtkWidget *row = rp_ui_row_new (rp_record_get_string (criterion, RP_CRITERION_NAME), subtitle);
      GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GPtrArray *row_buttons = g_ptr_array_new ();
      GtkWidget *first = NULL;

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_widget_add_css_class (linked, "linked");
      gtk_widget_set_valign (linked, GTK_ALIGN_CENTER);
      for (int v = 1; v <= 5; v++)
        {
          g_autofree char *label = g_strdup_printf ("%d", v);
          GtkWidget *button = gtk_toggle_button_new_with_label (label);

          if (first != NULL)
            gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
          else
            first = button;
          g_object_set_data (G_OBJECT (button), "rp-criterion", GUINT_TO_POINTER (i));
          g_object_set_data (G_OBJECT (button), "rp-value", GINT_TO_POINTER (v));
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), self->scores[i] == v);
          g_signal_connect (button, "toggled", G_CALLBACK (score_toggled_cb), self);
          gtk_box_append (GTK_BOX (linked), button);
          g_ptr_array_add (row_buttons, button);
        }
      g_ptr_array_add (self->buttons, row_buttons);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), linked);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (scores), row);
    }
  if (n == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (scores),
                               rp_ui_empty_label (_("There are no criteria for this kind of evaluation yet.")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (scores));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (notes), _("Notes"));
  self->notes_view = gtk_text_view_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Notes"), -1);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->notes_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->notes_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->notes_view), 8);
  gtk_widget_set_size_request (self->notes_view, -1, 80);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view)),
                            rp_record_get_string (self->evaluation, RP_EVALUATION_NOTES) ?: "", -1);
  gtk_frame_set_child (GTK_FRAME (frame), self->notes_view);
  gtk_widget_add_css_class (frame, "editor-text");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (notes), frame);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (notes));

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  update_total (self);
  return box;
}

RpEvaluationDialog *
rp_evaluation_dialog_new (GtkWidget  *parent,
                          RpStore    *store,
                          const char *subject_field,
                          const char *subject_uuid,
                          const char *scope,
                          RpRecord   *evaluation)
{
  RpEvaluationDialog *self = g_object_new (RP_TYPE_EVALUATION_DIALOG, NULL);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  g_autoptr(RpRecord) subject = rp_store_get (store, rp_kind_get_index (rp_kind_lookup (subject_field)), subject_uuid);
  g_autofree char *title = subject ? rp_record_dup_title (subject) : g_strdup ("");
  g_autofree char *heading = NULL;
  guint n;

  self->store = g_object_ref (store);
  self->evaluation = evaluation ? rp_record_copy (evaluation)
                                : rp_evaluation_new_for (subject_field, subject_uuid, rp_store_get_user (store));
  self->criteria = rp_criteria_for_scope (store, scope);
  n = g_list_model_get_n_items (self->criteria);
  self->scores = g_new0 (int, n + 1);
  if (evaluation != NULL)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(RpRecord) criterion = g_list_model_get_item (self->criteria, i);

        self->scores[i] = rp_evaluation_get_score (store, evaluation, criterion);
      }
  /* Translators: "Evaluate “Value and efficiency”" */
  heading = rp_text_printf (_("Evaluate “%s”"), title);
  gtk_window_set_title (GTK_WINDOW (self), _("Evaluation"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  adw_window_set_content (ADW_WINDOW (self), build (self, heading));
  return self;
}

/* A list of a subject's evaluations, each titled with its total (the core's row says
 * it); a row opens the dialog. */

static void
open_evaluation (RpRecordList *list,
                 RpRecord     *evaluation,
                 gpointer      user_data)
{
  const char *subject_field = g_object_get_data (G_OBJECT (list), "rp-subject-field");
  const char *scope = g_object_get_data (G_OBJECT (list), "rp-scope");

  if (rp_record_list_get_store (list) == NULL || rp_record_list_get_owner (list) == NULL)
    return;
  gtk_window_present (GTK_WINDOW (rp_evaluation_dialog_new (GTK_WIDGET (list), rp_record_list_get_store (list),
                                                            subject_field, rp_record_list_get_owner (list),
                                                            scope, evaluation)));
}

/* Makes @list (of evaluations) the evaluations of a @subject_field on the @scope's criteria. */
void
rp_evaluation_list_setup (RpRecordList *list,
                          const char   *subject_field,
                          const char   *scope)
{
  g_object_set_data_full (G_OBJECT (list), "rp-subject-field", g_strdup (subject_field), g_free);
  g_object_set_data_full (G_OBJECT (list), "rp-scope", g_strdup (scope), g_free);
  rp_record_list_set_open_func (list, open_evaluation, NULL);
  rp_record_list_set_add_label (list, _("_Evaluate"));
}

RpRecordList *
rp_evaluation_list_new (const char *title,
                        const char *subject_field,
                        const char *scope)
{
  RpRecordList *list = rp_record_list_new (RP_KIND_EVALUATION, title);

  rp_evaluation_list_setup (list, subject_field, scope);
  return list;
}
