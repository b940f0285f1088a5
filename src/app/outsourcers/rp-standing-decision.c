/* rp-standing-decision.c — "Scored 50 in 2026-10: Probation calls for a Penalty": shown
 * while the month's standing calls for an action nobody has recorded (110985L5: the
 * rule proposes, a person decides) */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-standing-decision.h"
#include "rp-util.h"
#include "rp-outsourcing.h"
#include "rp-record-editor.h"

struct _RpStandingDecision
{
  GtkBox             parent_instance;

  GtkLabel          *label;
  RpScorecardDetail *scorecard;
};

G_DEFINE_FINAL_TYPE (RpStandingDecision, rp_standing_decision, GTK_TYPE_BOX)

enum { PROP_0, PROP_SCORECARD, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
update (RpStandingDecision *self)
{
  const RpScorecard *card = self->scorecard ? rp_scorecard_detail_get_card (self->scorecard) : NULL;
  g_autofree char *text = NULL;
  g_autofree char *month = NULL;
  const char *action;

  gtk_widget_set_visible (GTK_WIDGET (self), card != NULL && rp_scorecard_detail_needs_decision (self->scorecard));
  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return;
  action = rp_field_enum_label (rp_field_get (RP_STANDING_RULE_RULE_ACTION), card->rule_action);
  month = rp_period_format_local (card->period);
  /* Translators: "Scored 50 in Oct 2026: Probation calls for: Penalty. A person decides; record what was decided." */
  text = rp_text_printf (_("Scored %.0f in %s: %s calls for: %s. A person decides; record what was decided."),
                          card->score, month, card->standing, action);
  gtk_label_set_text (self->label, text);
}

static void
record_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpStandingDecision *self = RP_STANDING_DECISION (widget);
  const RpScorecard *card = self->scorecard ? rp_scorecard_detail_get_card (self->scorecard) : NULL;
  RpStore *store = self->scorecard ? rp_model_get_store (RP_MODEL (self->scorecard)) : NULL;
  g_autoptr(RpRecord) proposed = NULL;
  RpRecordEditor *editor;

  if (card == NULL || (proposed = rp_vendor_action_proposed (store, card)) == NULL)
    return;
  editor = rp_record_editor_new (widget, store, proposed, TRUE);
  rp_record_editor_hide_field (editor, "outsourcer");
  rp_record_editor_present (editor);
}

void
rp_standing_decision_set_scorecard (RpStandingDecision *self,
                                    RpScorecardDetail  *scorecard)
{
  g_return_if_fail (RP_IS_STANDING_DECISION (self));

  if (self->scorecard == scorecard)
    return;
  if (self->scorecard != NULL)
    g_signal_handlers_disconnect_by_func (self->scorecard, update, self);
  g_set_object (&self->scorecard, scorecard);
  if (scorecard != NULL)
    g_signal_connect_swapped (scorecard, "notify::loading", G_CALLBACK (update), self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORECARD]);
}

RpScorecardDetail *
rp_standing_decision_get_scorecard (RpStandingDecision *self)
{
  g_return_val_if_fail (RP_IS_STANDING_DECISION (self), NULL);
  return self->scorecard;
}

static void
rp_standing_decision_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RpStandingDecision *self = RP_STANDING_DECISION (object);

  switch (prop_id)
    {
    case PROP_SCORECARD:
      g_value_set_object (value, self->scorecard);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_standing_decision_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RpStandingDecision *self = RP_STANDING_DECISION (object);

  switch (prop_id)
    {
    case PROP_SCORECARD:
      rp_standing_decision_set_scorecard (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_standing_decision_dispose (GObject *object)
{
  rp_standing_decision_set_scorecard (RP_STANDING_DECISION (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_STANDING_DECISION);
  G_OBJECT_CLASS (rp_standing_decision_parent_class)->dispose (object);
}

static void
rp_standing_decision_class_init (RpStandingDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_standing_decision_dispose;
  object_class->get_property = rp_standing_decision_get_property;
  object_class->set_property = rp_standing_decision_set_property;
  properties[PROP_SCORECARD] = g_param_spec_object ("scorecard", NULL, NULL, RP_TYPE_SCORECARD_DETAIL,
                                                    G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-standing-decision.ui");
  gtk_widget_class_bind_template_child (widget_class, RpStandingDecision, label);
  gtk_widget_class_install_action (widget_class, "decision.record", NULL, record_activated);
}

static void
rp_standing_decision_init (RpStandingDecision *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
