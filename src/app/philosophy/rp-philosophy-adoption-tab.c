/* rp-philosophy-adoption-tab.c — where the philosophy stands and the steps open to it
 * (propose, adopt, back to draft, retire), each recorded with who decided and when */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-philosophy-tabs.h"
#include "rp-util.h"
#include "rp-philosophy.h"
#include "rp-record-model.h"
#include "rp-ui.h"

struct _RpPhilosophyAdoptionTab
{
  RpDetailTab       parent_instance;

  GtkLabel         *status_title;
  GtkLabel         *status_text;
  GtkListBox       *history;
  GtkBox           *steps;

  RpRecordModel    *events;
  RpRecordModel    *adopted;   /* whichever philosophy is adopted: adopting this one retires it */
  GtkSortListModel *newest_first;
};

G_DEFINE_FINAL_TYPE (RpPhilosophyAdoptionTab, rp_philosophy_adoption_tab, RP_TYPE_DETAIL_TAB)

typedef gboolean (*StepFunc) (RpStore *, RpRecord *, const char *, const char *, const char *, GError **);

static const struct {
  const char *name;
  const char *heading;
  const char *body;
  const char *by_title;
  const char *response;
  const char *by_needed;
  StepFunc    func;
} steps[] = {
  { "propose", N_("Propose to Management"), N_("Management will evaluate it against the other candidates and decide."),
    N_("Proposed by"), N_("_Propose"), N_("Say who proposes it."), rp_philosophy_propose },
  { "adopt", N_("Adopt This Philosophy"), N_("It becomes the company's philosophy; the one adopted now is retired. The decision is kept in the history and the journal."),
    N_("Approved by"), N_("_Adopt"), N_("Say who approved the adoption."), rp_philosophy_adopt },
  { "retire", N_("Retire This Philosophy"), N_("The company will have no adopted philosophy until another one is adopted."),
    N_("Decided by"), N_("_Retire"), N_("Say who decided it."), rp_philosophy_retire },
  { "withdraw", N_("Back to Draft"), N_("The proposal is withdrawn so the philosophy can be reworked."),
    N_("Decided by"), N_("_Withdraw"), N_("Say who decided it."), rp_philosophy_withdraw },
};

static void
show_status (RpPhilosophyAdoptionTab *self)
{
  RpRecord *philosophy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  g_autoptr(RpRecord) adopted = self->adopted ? rp_record_model_get_record (self->adopted, 0) : NULL;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  int status;

  if (philosophy == NULL)
    return;
  status = rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS);
  label = rp_record_format (philosophy, RP_PHILOSOPHY_STATUS);
  if (status == RP_PHILOSOPHY_STATUS_DRAFT)
    text = g_strdup (_("A draft. When it is ready, propose it to management; only a proposed philosophy can be adopted."));
  else if (status == RP_PHILOSOPHY_STATUS_PROPOSED && adopted != NULL)
    text = rp_text_printf (_("Proposed to management. Adopting it retires “%s”, the philosophy adopted now."),
                            rp_record_get_string (adopted, RP_PHILOSOPHY_TITLE));
  else if (status == RP_PHILOSOPHY_STATUS_PROPOSED)
    text = g_strdup (_("Proposed to management, who may adopt it or send it back to draft."));
  else if (status == RP_PHILOSOPHY_STATUS_ADOPTED)
    {
      g_autofree char *date = rp_ui_format_date (rp_record_get_string (philosophy, RP_PHILOSOPHY_ADOPTED_ON));
      const char *approver = rp_record_get_string (philosophy, RP_PHILOSOPHY_APPROVED_BY);

      text = rp_text_printf (_("The company's philosophy since %s, approved by %s. Adopting another one retires it."),
                              date, approver ? approver : "—");
    }
  else
    text = g_strdup (_("Retired: kept for the record. Start a new candidate from it to use its principles again."));
  gtk_label_set_text (self->status_title, label);
  gtk_label_set_text (self->status_text, text);
  /* Only the steps open to this philosophy are offered */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "adoption.propose",
                                 status == RP_PHILOSOPHY_STATUS_DRAFT || status == RP_PHILOSOPHY_STATUS_RETIRED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "adoption.adopt", status == RP_PHILOSOPHY_STATUS_PROPOSED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "adoption.withdraw", status == RP_PHILOSOPHY_STATUS_PROPOSED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "adoption.retire", status == RP_PHILOSOPHY_STATUS_ADOPTED);
}

static void
step_response_cb (AdwMessageDialog        *dialog,
                  const char              *response,
                  RpPhilosophyAdoptionTab *self)
{
  guint step = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "rp-step"));
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *philosophy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  RpUiDecision decision = { NULL };
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, steps[step].name) || philosophy == NULL)
    return;
  if (!rp_ui_decision_read (dialog, &decision, &error) ||
      !steps[step].func (store, philosophy, decision.by, decision.on, decision.notes, &error))
    rp_ui_show_error (GTK_WIDGET (self), _(steps[step].heading), error);
  else if (g_str_equal (steps[step].name, "adopt"))
    {
      g_autofree char *toast = rp_text_printf (_("“%s” adopted"), rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE));

      rp_ui_toast (GTK_WIDGET (self), toast);
    }
  rp_ui_decision_clear (&decision);
}

static void
step_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  const char *name = strchr (action_name, '.') + 1;
  RpPhilosophyAdoptionTab *self = RP_PHILOSOPHY_ADOPTION_TAB (widget);
  RpRecord *philosophy = rp_detail_tab_get_record (RP_DETAIL_TAB (self));
  GtkWidget *dialog;
  guint step = 0;
  gboolean unevaluated;

  while (step < G_N_ELEMENTS (steps) - 1 && !g_str_equal (steps[step].name, name))
    step++;
  /* Adopting what nobody evaluated is allowed, but said, and the button says so too */
  unevaluated = g_str_equal (name, "adopt") && philosophy != NULL &&
                rp_store_count_where (rp_detail_tab_get_store (RP_DETAIL_TAB (self)), RP_KIND_EVALUATION,
                                      RP_EVALUATION_PHILOSOPHY, rp_record_get_uuid (philosophy)) == 0;
  {
    g_autofree char *body = unevaluated
      ? g_strconcat (_(steps[step].body), " ", _("Nobody has evaluated it against the criteria yet."), NULL)
      : g_strdup (_(steps[step].body));

    dialog = rp_ui_decision_dialog_new (widget, _(steps[step].heading), body, _(steps[step].by_title), NULL,
                                        g_str_equal (name, "adopt") ? _("Decision notes") : _("Notes"));
  }
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    steps[step].name, unevaluated ? _("_Adopt Without Evaluation") : _(steps[step].response), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), steps[step].name,
                                              g_str_equal (name, "retire") || unevaluated ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  rp_ui_decision_dialog_require (dialog, steps[step].name, _(steps[step].by_needed));
  g_object_set_data (G_OBJECT (dialog), "rp-step", GUINT_TO_POINTER (step));
  g_signal_connect_object (dialog, "response", G_CALLBACK (step_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_event_row (gpointer item,
                  gpointer user_data)
{
  GtkWidget *row = rp_ui_row_new (rp_row_get_title (item), rp_row_get_subtitle (item));

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
drop_models (RpPhilosophyAdoptionTab *self)
{
  if (self->adopted != NULL)
    g_signal_handlers_disconnect_by_func (self->adopted, show_status, self);
  g_clear_object (&self->adopted);
  g_clear_object (&self->events);
}

static void
rp_philosophy_adoption_tab_bind (RpDetailTab *tab,
                                 RpStore     *store,
                                 RpRecord    *record)
{
  RpPhilosophyAdoptionTab *self = RP_PHILOSOPHY_ADOPTION_TAB (tab);

  drop_models (self);
  if (store != NULL && record != NULL)
    {
      self->events = rp_record_model_get (store, RP_KIND_PHILOSOPHY_EVENT, RP_PHILOSOPHY_EVENT_PHILOSOPHY, rp_record_get_uuid (record));
      self->adopted = rp_record_model_get (store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_STATUS, "adopted");
      g_signal_connect_swapped (self->adopted, "items-changed", G_CALLBACK (show_status), self);
    }
  gtk_sort_list_model_set_model (self->newest_first, G_LIST_MODEL (self->events));
  show_status (self);
}

static void
rp_philosophy_adoption_tab_record_changed (RpDetailTab *tab)
{
  show_status (RP_PHILOSOPHY_ADOPTION_TAB (tab));
}

static void
rp_philosophy_adoption_tab_dispose (GObject *object)
{
  RpPhilosophyAdoptionTab *self = RP_PHILOSOPHY_ADOPTION_TAB (object);

  drop_models (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PHILOSOPHY_ADOPTION_TAB);
  g_clear_object (&self->newest_first);
  G_OBJECT_CLASS (rp_philosophy_adoption_tab_parent_class)->dispose (object);
}

static void
rp_philosophy_adoption_tab_class_init (RpPhilosophyAdoptionTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailTabClass *tab_class = RP_DETAIL_TAB_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_philosophy_adoption_tab_dispose;
  tab_class->bind = rp_philosophy_adoption_tab_bind;
  tab_class->record_changed = rp_philosophy_adoption_tab_record_changed;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/philosophy/rp-philosophy-adoption-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyAdoptionTab, status_title);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyAdoptionTab, status_text);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyAdoptionTab, history);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyAdoptionTab, steps);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *name = g_strdup_printf ("adoption.%s", steps[i].name);

      gtk_widget_class_install_action (widget_class, name, NULL, step_activated);
    }
}

static void
rp_philosophy_adoption_tab_init (RpPhilosophyAdoptionTab *self)
{
  /* The history reads from the latest decision back */
  GtkNumericSorter *by_position = gtk_numeric_sorter_new (gtk_property_expression_new (RP_TYPE_ROW, NULL, "position"));

  gtk_widget_init_template (GTK_WIDGET (self));
  /* A step that is not open is not shown */
  for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->steps)); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    g_object_bind_property (button, "sensitive", button, "visible", G_BINDING_SYNC_CREATE);
  gtk_numeric_sorter_set_sort_order (by_position, GTK_SORT_DESCENDING);
  self->newest_first = gtk_sort_list_model_new (NULL, GTK_SORTER (by_position));
  gtk_list_box_bind_model (self->history, G_LIST_MODEL (self->newest_first), create_event_row, NULL, NULL);
  gtk_list_box_set_placeholder (self->history, rp_ui_list_placeholder (_("No decisions yet"), NULL));
}
