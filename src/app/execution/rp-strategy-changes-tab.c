/* rp-strategy-changes-tab.c — what management injects into the strategy or one of its
 * plan items, why, and what was decided (ITCSCR508A) */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-strategy-tabs.h"
#include "rp-util.h"
#include "rp-execution.h"
#include "rp-record-editor.h"
#include "rp-record-list.h"
#include "rp-ui.h"

struct _RpStrategyChangesTab
{
  RpDetailTab   parent_instance;

  RpRecordList *changes;
};

G_DEFINE_FINAL_TYPE (RpStrategyChangesTab, rp_strategy_changes_tab, RP_TYPE_DETAIL_TAB)

/* An undecided request offers Decide…; the core's row gives a decided one its badge. */
static GtkWidget *
change_suffix (RpRecord *request,
               gpointer  user_data)
{
  int decision = rp_record_get_enum (request, RP_CHANGE_REQUEST_DECISION);
  g_autofree char *what = NULL;
  g_autofree char *name = NULL;
  GtkWidget *button;

  if (decision != RP_DECISION_PENDING && decision != RP_DECISION_DEFERRED)
    return NULL;
  button = gtk_button_new_with_mnemonic (_("_Decide…"));
  what = rp_record_dup_title (request);
  /* Translators: a button's name for a screen reader, "Decide “Start the weekend shift…”" */
  name = rp_text_printf (_("Decide “%s”"), what);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", rp_record_get_uuid (request));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "changes.decide");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, decision == RP_DECISION_PENDING ? "suggested-action" : "flat");
  return button;
}

static void
change_editor (RpRecordEditor *editor,
               RpRecord       *request,
               gpointer        user_data)
{
  RpDetailTab *tab = user_data;

  /* The decision is management's, through Decide…; a request names only this strategy's items. */
  rp_record_editor_hide_field (editor, "decision_notes");
  rp_record_editor_filter_refs (editor, "plan_item", "strategy", rp_record_get_uuid (rp_detail_tab_get_record (tab)));
}

static void
decide_response_cb (AdwMessageDialog     *dialog,
                    const char           *response,
                    RpStrategyChangesTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  RpRecord *request = g_object_get_data (G_OBJECT (dialog), "rp-request");
  RpUiDecision decision = { NULL };
  g_autoptr(RpRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  /* Closing the dialog, Escape or Cancel decide nothing. */
  if (!g_str_equal (response, "approved") && !g_str_equal (response, "rejected") && !g_str_equal (response, "deferred"))
    return;
  fresh = store ? rp_store_get (store, RP_KIND_CHANGE_REQUEST, rp_record_get_uuid (request)) : NULL;
  if (fresh == NULL)
    return;
  if (!rp_ui_decision_read (dialog, &decision, &error) ||
      !rp_change_request_decide (store, fresh, response, decision.by, decision.on, decision.notes, &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Record the Decision"), error);
  rp_ui_decision_clear (&decision);
}

static void
decide_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (widget));
  g_autoptr(RpRecord) request = store ? rp_store_get (store, RP_KIND_CHANGE_REQUEST, g_variant_get_string (parameter, NULL)) : NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (request == NULL)
    return;
  body = rp_record_is_set (request, RP_CHANGE_REQUEST_WHY)
    ? g_strdup_printf ("%s\n\n%s", rp_record_get_string (request, RP_CHANGE_REQUEST_WHAT), rp_record_get_string (request, RP_CHANGE_REQUEST_WHY))
    : g_strdup (rp_record_get_string (request, RP_CHANGE_REQUEST_WHAT));
  dialog = rp_ui_decision_dialog_new (widget, _("Decide the Change Request"), body, _("Decided by"), NULL, _("Decision notes"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "deferred", _("D_efer"),
                                    "rejected", _("_Reject"), "approved", _("_Approve"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rejected", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "approved", ADW_RESPONSE_SUGGESTED);
  rp_ui_decision_dialog_require (dialog, "deferred rejected approved", _("Say who decided it."));
  g_object_set_data_full (G_OBJECT (dialog), "rp-request", g_object_ref (request), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (decide_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rp_strategy_changes_tab_bind (RpDetailTab *tab,
                              RpStore     *store,
                              RpRecord    *record)
{
  rp_record_list_bind (RP_STRATEGY_CHANGES_TAB (tab)->changes, store, RP_CHANGE_REQUEST_STRATEGY,
                       record ? rp_record_get_uuid (record) : NULL);
}

static void
rp_strategy_changes_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_STRATEGY_CHANGES_TAB);
  G_OBJECT_CLASS (rp_strategy_changes_tab_parent_class)->dispose (object);
}

static void
rp_strategy_changes_tab_class_init (RpStrategyChangesTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_strategy_changes_tab_dispose;
  RP_DETAIL_TAB_CLASS (klass)->bind = rp_strategy_changes_tab_bind;
  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/execution/rp-strategy-changes-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpStrategyChangesTab, changes);
  gtk_widget_class_install_action (widget_class, "changes.decide", "s", decide_activated);
}

static void
rp_strategy_changes_tab_init (RpStrategyChangesTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_record_list_set_suffix_func (self->changes, change_suffix, self);
  rp_record_list_set_editor_func (self->changes, change_editor, self);
}
