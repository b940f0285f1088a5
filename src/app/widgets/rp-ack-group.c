/* rp-ack-group.c — acknowledgements of a subject (ITCSCR508A: the plan understood and
 * adhered to by all involved): who acknowledged which version, outdated ones marked, and
 * the staff, own and outsourced, who have not; Acknowledge… records one more */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-ack-group.h"
#include "rp-csv.h"
#include "rp-living.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpAckGroup
{
  AdwBin     parent_instance;

  GtkWidget *group;
  GtkWidget *list;
  GtkWidget *search;
  GtkWidget *more_button;
  RpAckStatus *status;
  guint      limit;     /* rows built: a staff directory can be thousands */
  RpStore   *store;
  RpRecord  *subject;
  gulong     changed_id;
  guint      idle_id;
  guint      n_rows;
};

G_DEFINE_FINAL_TYPE (RpAckGroup, rp_ack_group, ADW_TYPE_BIN)


static gboolean
matches (const char *wanted,
         const char *name)
{
  g_autofree char *key = NULL;

  if (wanted == NULL)
    return TRUE;
  key = rp_text_match_key (name);
  return strstr (key, wanted) != NULL;
}

/* The rows of the status read last: a page of them, those the search matches */
static void
show_rows (RpAckGroup *self)
{
  RpAckStatus *status = self->status;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autofree char *wanted = *text ? rp_text_match_key (text) : NULL;
  guint matching = 0;

  rp_ui_list_box_clear (GTK_LIST_BOX (self->list));
  self->n_rows = 0;
  if (status == NULL)
    return;
  for (guint i = 0; i < status->acks->len; i++)
    {
      RpAckLine *line = status->acks->pdata[i];
      g_autofree char *date = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (!matches (wanted, line->by) || matching++ >= self->limit)
        continue;
      date = rp_ui_format_date (line->on);
      subtitle = line->comment ? rp_text_printf (_("%s · “%s”"), date, line->comment) : g_strdup (date);
      row = rp_ui_row_new (line->by, subtitle);
      if (line->outdated)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), rp_ui_badge_new (_("Earlier version"), "warning"));
      else
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), rp_ui_badge_new (_("Current"), "success"));
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
      self->n_rows++;
    }
  for (guint i = 0; i < status->pending->len; i++)
    {
      RpAckPending *pending = status->pending->pdata[i];
      const char *subtitle = pending->outdated ? _("Acknowledged an earlier version only") : _("Not acknowledged yet");
      g_autofree char *who = NULL;
      GtkWidget *row;

      if (!matches (wanted, pending->name) || matching++ >= self->limit)
        continue;
      who = pending->outsourcer ? rp_text_printf (_("%s · %s"), subtitle, pending->outsourcer) : g_strdup (subtitle);
      row = rp_ui_row_new (pending->name, who);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
      self->n_rows++;
    }
  if (self->n_rows == 0 && wanted != NULL)
    gtk_list_box_append (GTK_LIST_BOX (self->list), rp_ui_row_new (_("Nobody of that name"), NULL));
  else if (self->n_rows == 0)
    gtk_list_box_append (GTK_LIST_BOX (self->list),
                         rp_ui_row_new (_("Nobody has acknowledged it yet"), _("Add people to the staff directory to see who still has to.")));
  gtk_widget_set_visible (self->search, status->acks->len + status->pending->len > RP_UI_PAGE_SIZE || wanted != NULL);
  rp_ui_show_more_button_set_count (self->more_button, matching - self->n_rows);
}

static void
more_clicked_cb (GtkButton  *button,
                 RpAckGroup *self)
{
  self->limit += RP_UI_PAGE_SIZE;
  show_rows (self);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   RpAckGroup     *self)
{
  self->limit = RP_UI_PAGE_SIZE;
  show_rows (self);
}

static void
refresh (RpAckGroup *self)
{
  g_autofree char *description = NULL;

  g_clear_pointer (&self->status, rp_ack_status_free);
  if (self->store != NULL && self->subject != NULL)
    {
      self->status = rp_ack_status_compute (self->store, self->subject);
      /* Translators: "5 of 9 staff acknowledged it as it stands" */
      description = g_strdup_printf (_("%u of %u staff acknowledged it as it stands. An acknowledgement made before a change "
                                       "is marked as of an earlier version."), self->status->n_current, self->status->n_staff);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), description);
    }
  show_rows (self);
}

static gboolean
refresh_idle (gpointer data)
{
  RpAckGroup *self = data;

  self->idle_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* What the status reads: the acknowledgements, who the staff are, and the subject's
 * content; out of sight, it catches up when shown. */
static void
store_changed_cb (RpStore    *store,
                  const char *kind,
                  RpAckGroup *self)
{
  static const char *const read[] = {
    "acknowledgement", "staff", "outsourcer", "philosophy", "principle", "framework", "factor", "phase",
    "activity", "strategy", "plan_item", NULL
  };

  if (g_strv_contains (read, kind) && self->idle_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->idle_id = g_idle_add (refresh_idle, self);
}

static void
rp_ack_group_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rp_ack_group_parent_class)->map (widget);
  refresh (RP_ACK_GROUP (widget));
}

void
rp_ack_group_bind (RpAckGroup *self,
                   RpStore    *store,
                   RpRecord   *subject)
{
  g_return_if_fail (RP_IS_ACK_GROUP (self));

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  g_set_object (&self->subject, subject);
  /* The version covers the subject and its parts; acknowledgements and staff say who. */
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || store == NULL)
    refresh (self);
}

guint
rp_ack_group_get_n_rows (RpAckGroup *self)
{
  return self->n_rows;
}

static void
acknowledge_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         RpAckGroup       *self)
{
  RpUiDecision decision = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(RpRecord) ack = NULL;

  if (!g_str_equal (response, "acknowledge") || self->subject == NULL)
    return;
  if (!rp_ui_decision_read (dialog, &decision, &error) ||
      (ack = rp_acknowledge (self->store, self->subject, decision.by, decision.on, decision.notes, &error)) == NULL)
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Acknowledge"), error);
  else
    {
      g_autofree char *title = rp_record_dup_title (self->subject);
      g_autofree char *toast = rp_text_printf (_("“%s” acknowledged"), title);

      rp_ui_toast (GTK_WIDGET (self), toast);
    }
  rp_ui_decision_clear (&decision);
}

GtkWidget *
rp_ack_group_acknowledge_dialog (RpAckGroup *self)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (RP_IS_ACK_GROUP (self), NULL);
  if (self->subject == NULL)
    return NULL;
  title = rp_record_dup_title (self->subject);
  body = rp_text_printf (_("Record that you received “%s”, understood it and will work to it as it stands today. "
                           "Export your acknowledgements to send them back to whoever shared it."), title);
  dialog = rp_ui_decision_dialog_new (GTK_WIDGET (self), _("Acknowledge"), body, _("Your name"),
                                      rp_store_get_user (self->store), _("Comment (optional)"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "acknowledge", _("_Acknowledge"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "acknowledge", ADW_RESPONSE_SUGGESTED);
  rp_ui_decision_dialog_require (dialog, "acknowledge", _("Say who acknowledges it."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (acknowledge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
acknowledge_clicked_cb (GtkButton  *button,
                        RpAckGroup *self)
{
  rp_ack_group_acknowledge_dialog (self);
}

static void
rp_ack_group_dispose (GObject *object)
{
  RpAckGroup *self = RP_ACK_GROUP (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->status, rp_ack_status_free);
  g_clear_object (&self->store);
  g_clear_object (&self->subject);
  G_OBJECT_CLASS (rp_ack_group_parent_class)->dispose (object);
}

static void
rp_ack_group_class_init (RpAckGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rp_ack_group_dispose;
  GTK_WIDGET_CLASS (klass)->map = rp_ack_group_map;
}

static void
rp_ack_group_init (RpAckGroup *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Acknowledge…"));

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Acknowledgements"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Record that you received, understood and accept it"));
  g_signal_connect (button, "clicked", G_CALLBACK (acknowledge_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), button);
  self->limit = RP_UI_PAGE_SIZE;
  self->search = rp_ui_list_search_new (_("Search by Name"));
  gtk_widget_set_margin_bottom (self->search, 12);
  gtk_widget_set_visible (self->search, FALSE);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->search);
  self->list = rp_ui_boxed_list ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->list);
  self->more_button = rp_ui_show_more_button_new ();
  g_signal_connect (self->more_button, "clicked", G_CALLBACK (more_clicked_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->more_button);
  adw_bin_set_child (ADW_BIN (self), self->group);
}

GtkWidget *
rp_ack_group_new (void)
{
  return g_object_new (RP_TYPE_ACK_GROUP, NULL);
}
