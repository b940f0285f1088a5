/* rp-standing-rules.c */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-standing-rules.h"
#include "rp-util.h"
#include "rp-record-list.h"
#include "rp-ui.h"

struct _RpStandingRules
{
  AdwBin        parent_instance;

  RpRecordList *rules;
};

G_DEFINE_FINAL_TYPE (RpStandingRules, rp_standing_rules, ADW_TYPE_BIN)

static char *
rule_title (RpRecord *rule,
            gpointer  user_data)
{
  /* Translators: "Watch — 60 or more" */
  return rp_text_printf (_("%s — %g or more"), rp_record_get_string (rule, RP_STANDING_RULE_NAME),
                          rp_record_get_real (rule, RP_STANDING_RULE_MIN_SCORE));
}

static char *
rule_subtitle (RpRecord *rule,
               gpointer  user_data)
{
  g_autofree char *action = rp_record_format (rule, RP_STANDING_RULE_RULE_ACTION);

  return rp_text_printf (_("Calls for: %s"), action);
}

static GtkWidget *
rule_badge (RpRecord *rule,
            gpointer  user_data)
{
  return rp_ui_badge_new (rp_record_get_string (rule, RP_STANDING_RULE_NAME),
                          rp_ui_standing_class (rp_record_get_string (rule, RP_STANDING_RULE_RULE_ACTION)));
}

void
rp_standing_rules_set_store (RpStandingRules *self,
                             RpStore         *store)
{
  g_return_if_fail (RP_IS_STANDING_RULES (self));
  rp_record_list_bind (self->rules, store, RP_FIELD_NONE, NULL);
}

static void
rp_standing_rules_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_STANDING_RULES);
  G_OBJECT_CLASS (rp_standing_rules_parent_class)->dispose (object);
}

static void
rp_standing_rules_class_init (RpStandingRulesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_standing_rules_dispose;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-standing-rules.ui");
  gtk_widget_class_bind_template_child (widget_class, RpStandingRules, rules);
}

static void
rp_standing_rules_init (RpStandingRules *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_record_list_set_title_func (self->rules, rule_title, NULL);
  rp_record_list_set_subtitle_func (self->rules, rule_subtitle, NULL);
  rp_record_list_set_suffix_func (self->rules, rule_badge, NULL);
}
