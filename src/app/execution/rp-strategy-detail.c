/* rp-strategy-detail.c — one strategy of the execution plan: its plan items on a timeline,
 * the change requests management injects and decides, its review rhythm and reviews, and
 * what it carries out (principles), contains (sub-strategies) and reaches people through */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rp-strategy-detail.h"
#include "rp-cadence.h"
#include "rp-chart-view.h"
#include "rp-execution.h"
#include "rp-links-dialog.h"
#include "rp-overview.h"
#include "rp-philosophy.h"
#include "rp-record-editor.h"
#include "rp-timeline.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpStrategyDetail
{
  AdwBin          parent_instance;

  GtkWidget      *back_button;
  GtkWidget      *title_label;
  GtkWidget      *badges_box;
  AdwViewStack   *stack;

  GtkWidget      *timeline_view;
  RpTimeline     *timeline;
  RpRecordList   *plan;
  RpRecordList   *changes;
  GtkWidget      *review_label;
  RpRecordList   *reviews;
  GtkWidget      *description_label;
  GtkWidget      *principles_holder;
  RpRecordList   *children;
  RpRecordList   *channels;

  RpStoreWatch    watch;
  RpRecord       *strategy;
};

G_DEFINE_FINAL_TYPE (RpStrategyDetail, rp_strategy_detail, ADW_TYPE_BIN)

/* Plan */

static char *
plan_subtitle (RpRecord *item,
               gpointer  user_data)
{
  g_autofree char *status = rp_record_format (item, RP_PLAN_ITEM_STATUS);
  g_autofree char *start = rp_ui_format_date (rp_record_get_string (item, RP_PLAN_ITEM_START_ON));
  g_autofree char *due = rp_ui_format_date (rp_record_get_string (item, RP_PLAN_ITEM_DUE_ON));
  const char *owner = rp_record_get_string (item, RP_PLAN_ITEM_OWNER);

  /* Translators: "Raj Patel · 09/10/2026 → 14/11/2026 · In progress, 60 %" */
  return g_strdup_printf (_("%s · %s → %s · %s, %d %%"), owner ? owner : _("no owner"), *start ? start : "…",
                          *due ? due : "…", status, (int) rp_record_get_int (item, RP_PLAN_ITEM_PROGRESS));
}

static GtkWidget *
plan_suffix (RpRecord *item,
             gpointer  user_data)
{
  GDate today;

  rp_date_set_today (&today);
  if (rp_plan_item_days_overdue (item, &today) > 0)
    return rp_ui_badge_new (_("Overdue"), "error");
  if (rp_record_get_enum (item, RP_PLAN_ITEM_STATUS) == RP_PLAN_STATUS_BLOCKED)
    return rp_ui_badge_new (_("Blocked"), "warning");
  if (rp_record_get_enum (item, RP_PLAN_ITEM_STATUS) == RP_PLAN_STATUS_DONE)
    return rp_ui_badge_new (_("Done"), "success");
  return NULL;
}

static void
draw_timeline (cairo_t             *cr,
               const RpRenderStyle *style,
               double               width,
               double               height,
               gpointer             user_data)
{
  RpStrategyDetail *self = user_data;

  if (self->timeline != NULL)
    {
      rp_timeline_fit_width (self->timeline, width);
      rp_timeline_draw (self->timeline, cr, style, width, height);
    }
}

/* Change requests */

static char *
change_subtitle (RpRecord *request,
                 gpointer  user_data)
{
  RpStrategyDetail *self = user_data;
  g_autofree char *on = rp_ui_format_date (rp_record_get_string (request, RP_CHANGE_REQUEST_REQUESTED_ON));
  const char *by = rp_record_get_string (request, RP_CHANGE_REQUEST_REQUESTED_BY);
  g_autoptr(RpRecord) item = rp_record_is_set (request, RP_CHANGE_REQUEST_PLAN_ITEM)
    ? rp_store_get (self->watch.store, RP_KIND_PLAN_ITEM, rp_record_get_string (request, RP_CHANGE_REQUEST_PLAN_ITEM)) : NULL;
  GString *out = g_string_new (NULL);

  /* Translators: "Requested by Grace Ho on 08/11/2026" */
  g_string_append_printf (out, _("Requested by %s on %s"), by ? by : "—", *on ? on : "—");
  if (item != NULL)
    /* Translators: which plan item a change request is about */
    g_string_append_printf (out, _(" · for “%s”"), rp_record_get_string (item, RP_PLAN_ITEM_TITLE));
  if (rp_record_is_set (request, RP_CHANGE_REQUEST_WHY))
    g_string_append_printf (out, " · %s", rp_record_get_string (request, RP_CHANGE_REQUEST_WHY));
  return g_string_free (out, FALSE);
}

static GtkWidget *
change_suffix (RpRecord *request,
               gpointer  user_data)
{
  const char *decision = rp_record_get_string (request, RP_CHANGE_REQUEST_DECISION);
  g_autofree char *label = NULL;
  GtkWidget *badge;

  if (g_strcmp0 (decision, "pending") == 0 || g_strcmp0 (decision, "deferred") == 0)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Decide…"));

      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", rp_record_get_uuid (request));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "strategy.decide");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, g_strcmp0 (decision, "pending") == 0 ? "suggested-action" : "flat");
      return button;
    }
  label = rp_record_format (request, RP_CHANGE_REQUEST_DECISION);
  badge = rp_ui_badge_new (label, g_strcmp0 (decision, "approved") == 0 ? "success" : "status-retired");
  if (rp_record_is_set (request, RP_CHANGE_REQUEST_DECIDED_BY))
    {
      g_autofree char *on = rp_ui_format_date (rp_record_get_string (request, RP_CHANGE_REQUEST_DECIDED_ON));
      g_autofree char *tip = g_strdup_printf (_("By %s on %s. %s"), rp_record_get_string (request, RP_CHANGE_REQUEST_DECIDED_BY), on,
                                              rp_record_get_string (request, RP_CHANGE_REQUEST_DECISION_NOTES) ?: "");

      gtk_widget_set_tooltip_text (badge, tip);
    }
  return badge;
}

static void
change_editor (RpRecordEditor *editor,
               RpRecord       *request,
               gpointer        user_data)
{
  RpStrategyDetail *self = user_data;

  /* The decision is management's, through Decide…; a request names only this strategy's items. */
  rp_record_editor_hide_field (editor, "decision");
  rp_record_editor_hide_field (editor, "decided_by");
  rp_record_editor_hide_field (editor, "decided_on");
  rp_record_editor_hide_field (editor, "decision_notes");
  rp_record_editor_filter_refs (editor, "plan_item", "strategy", rp_record_get_uuid (self->strategy));
}

static void
decide_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RpStrategyDetail *self)
{
  RpRecord *request = g_object_get_data (G_OBJECT (dialog), "rp-request");
  RpUiDecision decision = { NULL };
  g_autoptr(RpRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  /* Closing the dialog, Escape or Cancel decide nothing. */
  if (!g_str_equal (response, "approved") && !g_str_equal (response, "rejected") && !g_str_equal (response, "deferred"))
    return;
  fresh = rp_store_get (self->watch.store, RP_KIND_CHANGE_REQUEST, rp_record_get_uuid (request));
  if (fresh == NULL)
    return;
  if (!rp_ui_decision_read (dialog, &decision, &error) ||
      !rp_change_request_decide (self->watch.store, fresh, response, decision.by, decision.on, decision.notes, &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Record the Decision"), error);
  rp_ui_decision_clear (&decision);
}

static void
decide_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpStrategyDetail *self = RP_STRATEGY_DETAIL (widget);
  g_autoptr(RpRecord) request = rp_store_get (self->watch.store, RP_KIND_CHANGE_REQUEST, g_variant_get_string (parameter, NULL));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (request == NULL)
    return;
  body = rp_record_is_set (request, RP_CHANGE_REQUEST_WHY)
    ? g_strdup_printf ("%s\n\n%s", rp_record_get_string (request, RP_CHANGE_REQUEST_WHAT), rp_record_get_string (request, RP_CHANGE_REQUEST_WHY))
    : g_strdup (rp_record_get_string (request, RP_CHANGE_REQUEST_WHAT));
  dialog = rp_ui_decision_dialog_new (widget, _("Decide the Change Request"), body, _("Decided by"), NULL,
                                      _("Decision notes"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "deferred", _("D_efer"),
                                    "rejected", _("_Reject"), "approved", _("_Approve"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rejected", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "approved", ADW_RESPONSE_SUGGESTED);
  g_object_set_data_full (G_OBJECT (dialog), "rp-request", g_object_ref (request), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (decide_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reviews */

static char *
review_title (RpRecord *review,
              gpointer  user_data)
{
  g_autofree char *held = rp_ui_format_date (rp_record_get_string (review, RP_REVIEW_HELD_ON));
  const char *attendees = rp_record_get_string (review, RP_REVIEW_ATTENDEES);

  /* Translators: "Review of 03/11/2026 — Raj Patel, Victor Ng" */
  return attendees ? g_strdup_printf (_("Review of %s — %s"), held, attendees) : g_strdup_printf (_("Review of %s"), held);
}

static char *
review_subtitle (RpRecord *review,
                 gpointer  user_data)
{
  const char *findings = rp_record_get_string (review, RP_REVIEW_FINDINGS);
  const char *decisions = rp_record_get_string (review, RP_REVIEW_DECISIONS);

  if (findings && decisions)
    /* Translators: a review's findings, then its decisions */
    return g_strdup_printf (_("%s Decided: %s"), findings, decisions);
  return g_strdup (findings ? findings : decisions);
}

static void
review_editor (RpRecordEditor *editor,
               RpRecord       *review,
               gpointer        user_data)
{
  RpRecord *edited = rp_record_editor_get_record (editor);

  /* A review is usually recorded the day it is held. */
  if (!rp_record_is_set (edited, RP_REVIEW_HELD_ON))
    {
      g_autofree char *today = rp_date_today ();

      rp_record_set_string (edited, RP_REVIEW_HELD_ON, today);
    }
}

static void
fill_review_text (RpStrategyDetail *self)
{
  g_autofree char *rhythm = rp_record_format (self->strategy, RP_STRATEGY_CADENCE);
  g_autoptr(RpRecord) last = NULL;
  g_autofree char *text = NULL;
  GDate due, today;

  rp_date_set_today (&today);
  if (rp_record_get_enum (self->strategy, RP_STRATEGY_CADENCE) == RP_CADENCE_DAYS)
    {
      g_free (rhythm);
      rhythm = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every %d day", "every %d days",
                                             (int) rp_record_get_int (self->strategy, RP_STRATEGY_CADENCE_DAYS)),
                                (int) rp_record_get_int (self->strategy, RP_STRATEGY_CADENCE_DAYS));
    }
  if (!rp_review_next_due (self->watch.store, self->strategy, &due, &last))
    text = g_strdup_printf (_("Review rhythm: %s. The next review date cannot be worked out yet."), rhythm);
  else
    {
      g_autofree char *iso = rp_date_format (&due);
      g_autofree char *date = rp_ui_format_date (iso);
      int days = g_date_days_between (&today, &due);

      if (days < 0)
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Review rhythm: %s. The next review was due on %s: %d day overdue.",
                                             "Review rhythm: %s. The next review was due on %s: %d days overdue.", -days),
                                rhythm, date, -days);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Review rhythm: %s. The next review is due on %s, in %d day.",
                                             "Review rhythm: %s. The next review is due on %s, in %d days.", days),
                                rhythm, date, days);
      gtk_widget_remove_css_class (self->review_label, "error");
      if (days < 0)
        gtk_widget_add_css_class (self->review_label, "error");
    }
  gtk_label_set_text (GTK_LABEL (self->review_label), text);
}

/* About */

static char *
channel_subtitle (RpRecord *channel,
                  gpointer  user_data)
{
  const char *frequency = rp_record_get_string (channel, RP_CHANNEL_FREQUENCY);
  const char *owner = rp_record_get_string (channel, RP_CHANNEL_OWNER);

  /* Translators: "Weekly · owner Tom Chan" */
  return g_strdup_printf (_("%s · owner %s"), frequency ? frequency : "—", owner ? owner : "—");
}

static void
child_activated_cb (RpRecordList     *list,
                    RpRecord         *child,
                    RpStrategyDetail *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-record", "(ss)", "strategy", rp_record_get_uuid (child));
}

static void
fill_principles (RpStrategyDetail *self)
{
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (self->watch.store);
  g_autoptr(GListModel) principles = adopted ? rp_store_list (self->watch.store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted))
                                             : G_LIST_MODEL (g_list_store_new (RP_TYPE_RECORD));

  rp_ui_clear_box (self->principles_holder);
  gtk_box_append (GTK_BOX (self->principles_holder),
                  rp_links_group_new (self->watch.store, _("Principles It Carries Out"),
                                      adopted ? _("From the adopted philosophy.") : _("No philosophy is adopted yet."),
                                      RP_STRATEGY_PRINCIPLE_STRATEGY, rp_record_get_uuid (self->strategy),
                                      RP_STRATEGY_PRINCIPLE_PRINCIPLE, principles));
}

/* Header and refresh */

static void
fill_header (RpStrategyDetail *self)
{
  g_autofree char *status = rp_record_format (self->strategy, RP_STRATEGY_STATUS);
  const char *by = rp_record_get_string (self->strategy, RP_STRATEGY_ENDORSED_BY);
  const char *description = rp_record_get_string (self->strategy, RP_STRATEGY_DESCRIPTION);
  guint overdue = self->timeline ? rp_timeline_get_n_overdue (self->timeline) : 0;

  gtk_label_set_text (GTK_LABEL (self->title_label), rp_record_get_string (self->strategy, RP_STRATEGY_TITLE));
  rp_ui_clear_box (self->badges_box);
  gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (status, NULL));
  if (by != NULL)
    {
      g_autofree char *on = rp_ui_format_date (rp_record_get_string (self->strategy, RP_STRATEGY_ENDORSED_ON));
      /* Translators: "Endorsed by Executive committee, 30/08/2026" */
      g_autofree char *text = g_strdup_printf (_("Endorsed by %s, %s"), by, on);

      gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (text, "success"));
    }
  else
    gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (_("Not endorsed yet"), "warning"));
  if (overdue > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item overdue", "%u items overdue", overdue),
                                               overdue);

      gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (text, "error"));
    }
  gtk_label_set_text (GTK_LABEL (self->description_label), description ? description : _("No description yet."));
}

static void
refresh (RpStrategyDetail *self)
{
  g_autoptr(RpRecord) fresh = NULL;
  double width, height;
  GDate today;

  if (self->watch.store == NULL || self->strategy == NULL)
    return;
  fresh = rp_store_get (self->watch.store, RP_KIND_STRATEGY, rp_record_get_uuid (self->strategy));
  if (fresh == NULL)
    return;
  g_set_object (&self->strategy, fresh);
  rp_date_set_today (&today);
  g_clear_pointer (&self->timeline, rp_timeline_free);
  self->timeline = rp_timeline_for_strategy (self->watch.store, self->strategy, &today);
  /* As tall as its rows; as wide as the page, scrolling only when the days no longer fit. */
  width = rp_timeline_fit_width (self->timeline, 0);
  rp_timeline_get_size (self->timeline, NULL, &height);
  gtk_widget_set_size_request (self->timeline_view, (int) ceil (width), (int) ceil (height));
  gtk_widget_queue_draw (self->timeline_view);
  fill_header (self);
  fill_review_text (self);
  fill_principles (self);
}

static const char *const watched_kinds[] = {
  "strategy", "plan_item", "review", "change_request", "strategy_principle", "philosophy", "principle", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpStrategyDetail *self = user_data;

  refresh (self);
}

/* Actions */

static void
endorse_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     RpStrategyDetail *self)
{
  RpUiDecision decision = { NULL };
  g_autoptr(RpRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "endorse") || self->strategy == NULL)
    return;
  fresh = rp_store_get (self->watch.store, RP_KIND_STRATEGY, rp_record_get_uuid (self->strategy));
  if (fresh == NULL)
    return;
  if (!rp_ui_decision_read (dialog, &decision, &error) ||
      !rp_strategy_endorse (self->watch.store, fresh, decision.by, decision.on, &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Record the Endorsement"), error);
  rp_ui_decision_clear (&decision);
}

static void
endorse_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpStrategyDetail *self = RP_STRATEGY_DETAIL (widget);
  GtkWidget *dialog;

  if (self->strategy == NULL)
    return;
  dialog = rp_ui_decision_dialog_new (widget, _("Endorse the Strategy"), _("Record who in management endorsed it, and when."),
                                      _("Endorsed by"), rp_record_get_string (self->strategy, RP_STRATEGY_ENDORSED_BY), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "endorse", _("_Endorse"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "endorse", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (endorse_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hide_decided_fields (RpRecordEditor *editor)
{
  /* Endorsement goes through Endorse…, which also records it in the journal. */
  rp_record_editor_hide_field (editor, "endorsed_by");
  rp_record_editor_hide_field (editor, "endorsed_on");
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpStrategyDetail *self = RP_STRATEGY_DETAIL (widget);
  RpRecordEditor *editor;

  if (self->strategy == NULL)
    return;
  editor = rp_record_editor_new (widget, self->watch.store, self->strategy, FALSE);
  hide_decided_fields (editor);
  rp_record_editor_present (editor);
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
  RpStrategyDetail *self = RP_STRATEGY_DETAIL (widget);
  RpRecordEditor *editor;

  if (self->strategy == NULL)
    return;
  editor = rp_record_editor_new_for (widget, self->watch.store, RP_KIND_STRATEGY, NULL);
  rp_record_set_string (rp_record_editor_get_record (editor), RP_STRATEGY_PARENT, rp_record_get_uuid (self->strategy));
  hide_decided_fields (editor);
  g_signal_connect_object (editor, "saved", G_CALLBACK (child_saved_cb), self, 0);
  rp_record_editor_present (editor);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpStrategyDetail *self = RP_STRATEGY_DETAIL (widget);

  if (self->strategy != NULL)
    rp_ui_delete_record (widget, self->watch.store, self->strategy);
}

static void
rp_strategy_detail_dispose (GObject *object)
{
  RpStrategyDetail *self = RP_STRATEGY_DETAIL (object);

  rp_store_watch_clear (&self->watch);
  g_clear_object (&self->strategy);
  g_clear_pointer (&self->timeline, rp_timeline_free);
  G_OBJECT_CLASS (rp_strategy_detail_parent_class)->dispose (object);
}

static void
rp_strategy_detail_class_init (RpStrategyDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_strategy_detail_dispose;
  gtk_widget_class_install_action (widget_class, "strategy.endorse", NULL, endorse_activated);
  gtk_widget_class_install_action (widget_class, "strategy.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "strategy.add-child", NULL, add_child_activated);
  gtk_widget_class_install_action (widget_class, "strategy.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "strategy.decide", "s", decide_activated);
}

/* Building */

static GtkWidget *
build_header (RpStrategyDetail *self)
{
  RpUiHeader parts;
  GtkWidget *header = rp_ui_detail_header ("execution.back", &parts);
  GtkWidget *endorse = gtk_button_new_with_mnemonic (_("E_ndorse…"));
  g_autoptr(GMenu) menu = g_menu_new ();

  self->back_button = parts.back;
  self->title_label = parts.title;
  self->badges_box = parts.badges;
  gtk_actionable_set_action_name (GTK_ACTIONABLE (endorse), "strategy.endorse");
  gtk_widget_set_tooltip_text (endorse, _("Record management's endorsement"));
  g_menu_append (menu, _("_Edit…"), "strategy.edit");
  g_menu_append (menu, _("Add _Sub-strategy…"), "strategy.add-child");
  g_menu_append (menu, _("_Delete"), "strategy.delete");
  gtk_box_append (GTK_BOX (parts.buttons), endorse);
  gtk_box_append (GTK_BOX (parts.buttons), rp_ui_menu_button (G_MENU_MODEL (menu)));
  return header;
}

static void
build_plan (RpStrategyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "plan", _("Plan"), "x-office-calendar-symbolic");
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroll = gtk_scrolled_window_new ();

  gtk_box_append (GTK_BOX (page), rp_ui_heading (_("Timeline")));
  self->timeline_view = rp_chart_view_new (draw_timeline, self, NULL);
  gtk_widget_set_hexpand (self->timeline_view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timeline_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The plan items from start to due, with today marked"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), self->timeline_view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroll), TRUE);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), scroll);
  gtk_box_append (GTK_BOX (page), card);

  self->plan = rp_record_list_new (RP_KIND_PLAN_ITEM, _("Plan Items"));
  rp_record_list_set_description (self->plan, _("Who does what by when. An item past its due date and not done is overdue."));
  rp_record_list_set_subtitle_func (self->plan, plan_subtitle, NULL);
  rp_record_list_set_suffix_func (self->plan, plan_suffix, NULL);
  rp_record_list_set_add_label (self->plan, _("Add Plan Item"));
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->plan));
}

static void
build_changes (RpStrategyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "changes", _("Changes"), "emblem-synchronizing-symbolic");

  self->changes = rp_record_list_new (RP_KIND_CHANGE_REQUEST, _("Change Requests"));
  rp_record_list_set_description (self->changes, _("What management injects into the strategy or one of its plan items, "
                                                   "why, and what was decided."));
  rp_record_list_set_subtitle_func (self->changes, change_subtitle, self);
  rp_record_list_set_suffix_func (self->changes, change_suffix, self);
  rp_record_list_set_editor_func (self->changes, change_editor, self);
  rp_record_list_set_add_label (self->changes, _("Add Request"));
  rp_record_list_watch_kind (self->changes, "plan_item");
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->changes));
}

static void
build_reviews (RpStrategyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "reviews", _("Reviews"), "document-open-recent-symbolic");
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *change = gtk_button_new_with_mnemonic (_("_Change Rhythm…"));

  self->review_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->review_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->review_label), 0);
  gtk_widget_set_hexpand (self->review_label, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (change), "strategy.edit");
  gtk_widget_set_valign (change, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "decision");
  gtk_box_append (GTK_BOX (card), self->review_label);
  gtk_box_append (GTK_BOX (card), change);
  gtk_box_append (GTK_BOX (page), card);
  self->reviews = rp_record_list_new (RP_KIND_REVIEW, _("Reviews Held"));
  rp_record_list_set_description (self->reviews, _("Date, attendees, findings, decisions, and the next review date agreed."));
  rp_record_list_set_title_func (self->reviews, review_title, NULL);
  rp_record_list_set_subtitle_func (self->reviews, review_subtitle, NULL);
  rp_record_list_set_editor_func (self->reviews, review_editor, NULL);
  rp_record_list_set_add_label (self->reviews, _("Record Review"));
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->reviews));
}

static void
build_about (RpStrategyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "about", _("About"), "x-office-document-symbolic");

  self->description_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->description_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->description_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->description_label), TRUE);
  gtk_box_append (GTK_BOX (page), self->description_label);
  self->principles_holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (page), self->principles_holder);
  self->children = rp_record_list_new (RP_KIND_STRATEGY, _("Sub-strategies"));
  rp_record_list_set_activatable (self->children, TRUE);
  rp_record_list_set_add_label (self->children, _("Add Sub-strategy"));
  g_signal_connect (self->children, "record-activated", G_CALLBACK (child_activated_cb), self);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->children));
  self->channels = rp_record_list_new (RP_KIND_CHANNEL, _("Communication Channels"));
  rp_record_list_set_description (self->channels, _("How this strategy reaches the people who carry it out."));
  rp_record_list_set_title_func (self->channels, rp_channel_title, NULL);
  rp_record_list_set_subtitle_func (self->channels, channel_subtitle, NULL);
  rp_record_list_set_add_label (self->channels, _("Add Channel"));
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->channels));
}

static void
rp_strategy_detail_init (RpStrategyDetail *self)
{
  GtkWidget *box;

  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  box = rp_ui_tabbed_detail (build_header (self), &self->stack);
  build_plan (self);
  build_changes (self);
  build_reviews (self);
  build_about (self);
  adw_bin_set_child (ADW_BIN (self), box);
}

RpStrategyDetail *
rp_strategy_detail_new (void)
{
  return g_object_new (RP_TYPE_STRATEGY_DETAIL, NULL);
}

void
rp_strategy_detail_set_strategy (RpStrategyDetail *self,
                                 RpStore          *store,
                                 RpRecord         *strategy)
{
  const char *uuid = strategy ? rp_record_get_uuid (strategy) : NULL;

  g_return_if_fail (RP_IS_STRATEGY_DETAIL (self));

  rp_store_watch_set_store (&self->watch, store);
  g_set_object (&self->strategy, strategy);
  rp_record_list_set_owner (self->plan, "strategy", uuid);
  rp_record_list_set_owner (self->changes, "strategy", uuid);
  rp_record_list_set_owner (self->reviews, "strategy", uuid);
  rp_record_list_set_owner (self->children, "parent", uuid);
  rp_record_list_set_owner (self->channels, "strategy", uuid);
  rp_record_list_set_store (self->plan, store);
  rp_record_list_set_store (self->changes, store);
  rp_record_list_set_store (self->reviews, store);
  rp_record_list_set_store (self->children, store);
  rp_record_list_set_store (self->channels, store);
  if (strategy != NULL && store != NULL)
    refresh (self);
}

RpRecord *
rp_strategy_detail_get_strategy (RpStrategyDetail *self)
{
  return self->strategy;
}

GtkWidget *
rp_strategy_detail_get_back_button (RpStrategyDetail *self)
{
  return self->back_button;
}

void
rp_strategy_detail_show_tab (RpStrategyDetail *self,
                             const char       *name)
{
  adw_view_stack_set_visible_child_name (self->stack, name);
}

RpRecordList *
rp_strategy_detail_get_plan (RpStrategyDetail *self)
{
  return self->plan;
}

RpRecordList *
rp_strategy_detail_get_reviews (RpStrategyDetail *self)
{
  return self->reviews;
}

RpRecordList *
rp_strategy_detail_get_changes (RpStrategyDetail *self)
{
  return self->changes;
}

guint
rp_strategy_detail_get_n_overdue (RpStrategyDetail *self)
{
  return self->timeline ? rp_timeline_get_n_overdue (self->timeline) : 0;
}

const char *
rp_strategy_detail_get_review_text (RpStrategyDetail *self)
{
  return gtk_label_get_text (GTK_LABEL (self->review_label));
}
