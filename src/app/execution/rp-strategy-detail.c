/* rp-strategy-detail.c — one strategy of the execution plan (ITCSCR508A): the header
 * follows the record, its endorsement and what is overdue in its plan */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-strategy-detail.h"
#include "rp-execution.h"
#include "rp-record-editor.h"
#include "rp-record-model.h"
#include "rp-strategy-tabs.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpStrategyDetail
{
  RpDetailView   parent_instance;

  RpDetailHeader *header;
  RpRecordModel  *plan;   /* its plan items, shared with the Plan tab */
};

G_DEFINE_FINAL_TYPE (RpStrategyDetail, rp_strategy_detail, RP_TYPE_DETAIL_VIEW)

enum { PROP_0, PROP_N_OVERDUE, N_PROPS };
static GParamSpec *properties[N_PROPS];

guint
rp_strategy_detail_get_n_overdue (RpStrategyDetail *self)
{
  guint n = 0;

  g_return_val_if_fail (RP_IS_STRATEGY_DETAIL (self), 0);
  for (guint i = 0; self->plan != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->plan)); i++)
    {
      g_autoptr(RpRow) row = g_list_model_get_item (G_LIST_MODEL (self->plan), i);

      n += rp_row_get_number (row) > 0;
    }
  return n;
}

static void
fill_header (RpStrategyDetail *self)
{
  RpRecord *strategy = rp_detail_view_get_record (RP_DETAIL_VIEW (self));
  g_autofree char *status = NULL;
  const char *by;
  guint overdue = rp_strategy_detail_get_n_overdue (self);

  rp_detail_header_clear_badges (self->header);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OVERDUE]);
  if (strategy == NULL)
    {
      rp_detail_header_set_title (self->header, "");
      return;
    }
  status = rp_record_format (strategy, RP_STRATEGY_STATUS);
  by = rp_record_get_string (strategy, RP_STRATEGY_ENDORSED_BY);
  rp_detail_header_set_title (self->header, rp_record_get_string (strategy, RP_STRATEGY_TITLE));
  rp_detail_header_add_badge (self->header, status, NULL);
  if (by != NULL)
    {
      g_autofree char *on = rp_ui_format_date (rp_record_get_string (strategy, RP_STRATEGY_ENDORSED_ON));
      /* Translators: "Endorsed by Executive committee, 30/08/2026" */
      g_autofree char *text = rp_text_printf (_("Endorsed by %s, %s"), by, on);

      rp_detail_header_add_badge (self->header, text, "success");
    }
  else
    rp_detail_header_add_badge (self->header, _("Not endorsed yet"), "warning");
  if (overdue > 0)
    {
      g_autofree char *text = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u item overdue", "%u items overdue", overdue),
                                               overdue);

      rp_detail_header_add_badge (self->header, text, "error");
    }
}

static void
rp_strategy_detail_record_changed (RpDetailView *view)
{
  RpStrategyDetail *self = RP_STRATEGY_DETAIL (view);
  RpStore *store = rp_detail_view_get_store (view);
  RpRecord *strategy = rp_detail_view_get_record (view);
  g_autoptr(RpRecordModel) plan = store && strategy ? rp_record_model_get (store, RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY,
                                                                          rp_record_get_uuid (strategy)) : NULL;

  if (plan != self->plan)
    {
      if (self->plan != NULL)
        g_signal_handlers_disconnect_by_func (self->plan, fill_header, self);
      g_set_object (&self->plan, plan);
      if (plan != NULL)
        g_signal_connect_swapped (plan, "items-changed", G_CALLBACK (fill_header), self);
    }
  fill_header (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "strategy.endorse", strategy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "strategy.edit", strategy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "strategy.add-child", strategy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "strategy.delete", strategy != NULL);
}

static void
endorse_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     RpStrategyDetail *self)
{
  RpDetailView *view = RP_DETAIL_VIEW (self);
  RpRecord *strategy = rp_detail_view_get_record (view);
  RpUiDecision decision = { NULL };
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "endorse") || strategy == NULL)
    return;
  if (!rp_ui_decision_read (dialog, &decision, &error) ||
      !rp_strategy_endorse (rp_detail_view_get_store (view), strategy, decision.by, decision.on, &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Record the Endorsement"), error);
  rp_ui_decision_clear (&decision);
}

static void
endorse_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpRecord *strategy = rp_detail_view_get_record (RP_DETAIL_VIEW (widget));
  GtkWidget *dialog = rp_ui_decision_dialog_new (widget, _("Endorse the Strategy"), _("Record who in management endorsed it, and when."),
                                                 _("Endorsed by"), rp_record_get_string (strategy, RP_STRATEGY_ENDORSED_BY), NULL);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "endorse", _("_Endorse"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "endorse", ADW_RESPONSE_SUGGESTED);
  rp_ui_decision_dialog_require (dialog, "endorse", _("Say who in management endorsed it."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (endorse_response_cb), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);

  rp_record_editor_present (rp_record_editor_new (widget, rp_detail_view_get_store (view), rp_detail_view_get_record (view), FALSE));
}

static void
child_saved_cb (RpRecordEditor   *editor,
                RpRecord         *child,
                RpStrategyDetail *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-record", "(ss)", "strategy", rp_record_get_uuid (child));
}

static void
add_child_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RpDetailView *view = RP_DETAIL_VIEW (widget);
  RpRecordEditor *editor = rp_record_editor_new_for (widget, rp_detail_view_get_store (view), RP_KIND_STRATEGY, NULL);

  rp_record_set_string (rp_record_editor_get_record (editor), RP_STRATEGY_PARENT, rp_record_get_uuid (rp_detail_view_get_record (view)));
  g_signal_connect_object (editor, "saved", G_CALLBACK (child_saved_cb), widget, 0);
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
rp_strategy_detail_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_N_OVERDUE:
      g_value_set_uint (value, rp_strategy_detail_get_n_overdue (RP_STRATEGY_DETAIL (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_strategy_detail_dispose (GObject *object)
{
  RpStrategyDetail *self = RP_STRATEGY_DETAIL (object);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, fill_header, self);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_STRATEGY_DETAIL);
  G_OBJECT_CLASS (rp_strategy_detail_parent_class)->dispose (object);
}

static void
rp_strategy_detail_class_init (RpStrategyDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpDetailViewClass *view_class = RP_DETAIL_VIEW_CLASS (klass);

  object_class->dispose = rp_strategy_detail_dispose;
  object_class->get_property = rp_strategy_detail_get_property;
  view_class->kind = RP_KIND_STRATEGY;
  view_class->record_changed = rp_strategy_detail_record_changed;

  /* Plan items past their due date and not done */
  properties[PROP_N_OVERDUE] = g_param_spec_uint ("n-overdue", NULL, NULL, 0, G_MAXUINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  rp_strategy_tabs_ensure_types ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/execution/rp-strategy-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RpStrategyDetail, header);
  gtk_widget_class_install_action (widget_class, "strategy.endorse", NULL, endorse_activated);
  gtk_widget_class_install_action (widget_class, "strategy.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "strategy.add-child", NULL, add_child_activated);
  gtk_widget_class_install_action (widget_class, "strategy.delete", NULL, delete_activated);
}

static void
rp_strategy_detail_init (RpStrategyDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
