/* rp-proposal-pane.c
 *
 * The flow is submitted → under review → revise → accepted → integrated, or
 * rejected; compatibility is judged principle by principle against the adopted
 * philosophy, and conflicts are flagged.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-proposal-pane.h"
#include "rp-evaluation-dialog.h"
#include "rp-evaluation.h"
#include "rp-philosophy.h"
#include "rp-record-list.h"
#include "rp-store-watch.h"
#include "rp-ui.h"

struct _RpProposalPane
{
  AdwBin        parent_instance;

  GtkWidget    *title_label;
  GtkWidget    *status_box;
  GtkWidget    *summary_label;
  GtkListBox   *attachments;
  GtkWidget    *flow_box;
  RpRecordList *evaluations;
  GtkWidget    *compat_label;
  GtkListBox   *compat_list;
  RpRecordList *tunings;
  RpRecordList *links;
  GtkWidget    *content;

  RpStoreWatch  watch;
  RpRecord     *proposal;
  gboolean      filling;
};

G_DEFINE_FINAL_TYPE (RpProposalPane, rp_proposal_pane, ADW_TYPE_BIN)

static const char *const verdicts[] = { NULL, "supports", "neutral", "conflicts" };

static gboolean
allowed_move (const char *from,
              const char *to)
{
  static const struct { const char *from; const char *to; } moves[] = {
    { "submitted", "under_review" }, { "submitted", "rejected" },
    { "under_review", "revise" }, { "under_review", "accepted" }, { "under_review", "rejected" },
    { "revise", "under_review" }, { "revise", "rejected" },
    { "accepted", "integrated" }, { "accepted", "rejected" },
    { "rejected", "under_review" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    if (g_strcmp0 (moves[i].from, from) == 0 && g_strcmp0 (moves[i].to, to) == 0)
      return TRUE;
  return FALSE;
}

gboolean
rp_proposal_pane_move_to (RpProposalPane  *self,
                          const char      *status,
                          GError         **error)
{
  g_autoptr(RpRecord) updated = rp_store_get (self->watch.store, RP_KIND_PROPOSAL, rp_record_get_uuid (self->proposal));
  const char *from;
  const RpField *field = rp_field_get (RP_PROPOSAL_STATUS);
  g_autofree char *title = rp_record_dup_title (self->proposal);
  g_autofree char *summary = NULL;

  if (updated == NULL)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND, _("The proposal is no longer in the workspace."));
      return FALSE;
    }
  from = rp_record_get_string (updated, RP_PROPOSAL_STATUS);

  if (!allowed_move (from, status))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("A proposal that is %s cannot become %s."),
                   rp_field_enum_label (field, from), rp_field_enum_label (field, status));
      return FALSE;
    }
  if (g_str_equal (status, "integrated") &&
      rp_store_count_where (self->watch.store, RP_KIND_PROPOSAL_LINK, RP_PROPOSAL_LINK_PROPOSAL, rp_record_get_uuid (self->proposal)) == 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("Link the proposal to the strategies or framework activities it became before marking it integrated."));
      return FALSE;
    }
  rp_record_set_string (updated, RP_PROPOSAL_STATUS, status);
  /* Translators: journal line, "Proposal “Self-healing monitoring” is now Accepted" */
  summary = g_strdup_printf (_("Proposal “%s” is now %s"), title, rp_field_enum_label (field, status));
  if (!rp_store_save_as (self->watch.store, updated, status, summary, error))
    return FALSE;
  g_set_object (&self->proposal, updated);
  return TRUE;
}

static void
move_clicked_cb (GtkButton      *button,
                 RpProposalPane *self)
{
  g_autoptr(GError) error = NULL;

  if (!rp_proposal_pane_move_to (self, g_object_get_data (G_OBJECT (button), "rp-status"), &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Proposal"), error);
}

static void
add_move (RpProposalPane *self,
          const char     *label,
          const char     *status,
          gboolean        suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  if (g_str_equal (status, "rejected"))
    gtk_widget_add_css_class (button, "destructive-action");
  g_object_set_data (G_OBJECT (button), "rp-status", (gpointer) status);
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->flow_box), button);
}

gboolean
rp_proposal_pane_set_verdict (RpProposalPane  *self,
                              const char      *principle_uuid,
                              const char      *verdict,
                              GError         **error)
{
  g_autoptr(RpRecord) existing = rp_store_find (self->watch.store, RP_KIND_COMPATIBILITY, RP_COMPATIBILITY_PROPOSAL, rp_record_get_uuid (self->proposal), RP_COMPATIBILITY_PRINCIPLE, principle_uuid);

  if (verdict == NULL)
    return existing == NULL || rp_store_delete (self->watch.store, existing, NULL, error);
  if (existing == NULL)
    {
      existing = rp_record_new_for (RP_KIND_COMPATIBILITY, self->proposal);
      rp_record_set_string (existing, RP_COMPATIBILITY_PRINCIPLE, principle_uuid);
    }
  rp_record_set_string (existing, RP_COMPATIBILITY_VERDICT, verdict);
  return rp_store_save (self->watch.store, existing, error);
}

static void
verdict_changed_cb (AdwComboRow    *row,
                    GParamSpec     *pspec,
                    RpProposalPane *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (self->filling || selected >= G_N_ELEMENTS (verdicts))
    return;
  if (!rp_proposal_pane_set_verdict (self, g_object_get_data (G_OBJECT (row), "rp-principle"), verdicts[selected], &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Record the Verdict"), error);
}

guint
rp_proposal_pane_count_conflicts (RpProposalPane *self)
{
  g_autoptr(GListModel) verdict_list = NULL;
  guint n = 0;

  if (self->proposal == NULL)
    return 0;
  verdict_list = rp_store_list (self->watch.store, RP_KIND_COMPATIBILITY, RP_COMPATIBILITY_PROPOSAL, rp_record_get_uuid (self->proposal));
  for (guint i = 0; i < g_list_model_get_n_items (verdict_list); i++)
    {
      g_autoptr(RpRecord) v = g_list_model_get_item (verdict_list, i);

      n += rp_record_get_enum (v, RP_COMPATIBILITY_VERDICT) == RP_VERDICT_CONFLICTS;
    }
  return n;
}

static void
fill_compatibility (RpProposalPane *self)
{
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (self->watch.store);
  g_autoptr(GListModel) principles = NULL;
  guint counts[G_N_ELEMENTS (verdicts)] = { 0 };
  g_autofree char *summary = NULL;

  rp_ui_list_box_clear (self->compat_list);
  if (adopted == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->compat_label), _("No philosophy is adopted yet, so there is nothing to judge the proposal against."));
      return;
    }
  self->filling = TRUE;
  principles = rp_store_list (self->watch.store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted));
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      g_autoptr(RpRecord) verdict = rp_store_find (self->watch.store, RP_KIND_COMPATIBILITY, RP_COMPATIBILITY_PROPOSAL, rp_record_get_uuid (self->proposal), RP_COMPATIBILITY_PRINCIPLE, rp_record_get_uuid (principle));
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      const RpField *field = rp_field_get (RP_COMPATIBILITY_VERDICT);
      GtkWidget *row = adw_combo_row_new ();
      guint selected = 0;

      gtk_string_list_append (names, _("Not assessed"));
      for (guint v = 1; v < G_N_ELEMENTS (verdicts); v++)
        {
          gtk_string_list_append (names, rp_field_enum_label (field, verdicts[v]));
          if (verdict != NULL && g_strcmp0 (rp_record_get_string (verdict, RP_COMPATIBILITY_VERDICT), verdicts[v]) == 0)
            selected = v;
        }
      counts[selected]++;
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT));
      if (verdict != NULL && rp_record_is_set (verdict, RP_COMPATIBILITY_NOTE))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rp_record_get_string (verdict, RP_COMPATIBILITY_NOTE));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
      if (selected == 3)
        {
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
          gtk_widget_add_css_class (row, "attention-problem");
        }
      g_object_set_data_full (G_OBJECT (row), "rp-principle", g_strdup (rp_record_get_uuid (principle)), g_free);
      g_signal_connect (row, "notify::selected", G_CALLBACK (verdict_changed_cb), self);
      gtk_list_box_append (self->compat_list, row);
    }
  self->filling = FALSE;
  /* Translators: "Against “Customers first”: 2 support, 1 neutral, 1 conflicts, 2 not assessed" */
  summary = g_strdup_printf (_("Against “%s”: %u support, %u neutral, %u conflict, %u not assessed"),
                             rp_record_get_string (adopted, RP_PHILOSOPHY_TITLE), counts[1], counts[2], counts[3], counts[0]);
  gtk_label_set_text (GTK_LABEL (self->compat_label), summary);
  if (counts[3] > 0)
    gtk_widget_add_css_class (self->compat_label, "error");
  else
    gtk_widget_remove_css_class (self->compat_label, "error");
}

static void
open_attachment_cb (GtkButton      *button,
                    RpProposalPane *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_object_get_data (G_OBJECT (button), "rp-path"));
  g_autofree char *uri = g_file_get_uri (file);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), uri, GDK_CURRENT_TIME);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
refresh (RpProposalPane *self)
{
  g_autoptr(RpRecord) fresh = NULL;
  const char *status;
  g_autofree char *status_label = NULL;
  g_autofree char *date = NULL;
  g_autofree char *line = NULL;
  g_auto(GStrv) paths = NULL;

  gtk_widget_set_visible (self->content, self->proposal != NULL);
  if (self->proposal == NULL)
    return;
  fresh = rp_store_get (self->watch.store, RP_KIND_PROPOSAL, rp_record_get_uuid (self->proposal));
  if (fresh == NULL)
    {
      g_clear_object (&self->proposal);
      gtk_widget_set_visible (self->content, FALSE);
      return;
    }
  g_set_object (&self->proposal, fresh);
  status = rp_record_get_string (fresh, RP_PROPOSAL_STATUS);
  status_label = rp_record_format (fresh, RP_PROPOSAL_STATUS);
  date = rp_ui_format_date (rp_record_get_string (fresh, RP_PROPOSAL_SUBMITTED_ON));
  gtk_label_set_text (GTK_LABEL (self->title_label), rp_record_get_string (fresh, RP_PROPOSAL_TITLE));
  rp_ui_clear_box (self->status_box);
  gtk_box_append (GTK_BOX (self->status_box),
                  rp_ui_badge_new (status_label, g_str_equal (status, "rejected") ? "status-retired"
                                                 : g_str_equal (status, "integrated") || g_str_equal (status, "accepted")
                                                 ? "success" : "status-proposed"));
  line = g_strdup_printf (_("Submitted on %s"), date);
  gtk_box_append (GTK_BOX (self->status_box), rp_ui_empty_label (line));
  gtk_label_set_text (GTK_LABEL (self->summary_label), rp_record_get_string (fresh, RP_PROPOSAL_SUMMARY));

  rp_ui_list_box_clear (self->attachments);
  paths = g_strsplit (rp_record_get_string (fresh, RP_PROPOSAL_ATTACHMENTS) ?: "", "\n", -1);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *path = g_strstrip (g_strdup (paths[i]));
      GtkWidget *row, *open;

      if (*path == '\0')
        continue;
      row = rp_ui_row_new (path, NULL);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("x-office-document-symbolic"));
      open = gtk_button_new_with_label (_("Open"));
      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (open, "flat");
      gtk_widget_set_sensitive (open, g_file_test (path, G_FILE_TEST_EXISTS));
      g_object_set_data_full (G_OBJECT (open), "rp-path", g_strdup (path), g_free);
      g_signal_connect (open, "clicked", G_CALLBACK (open_attachment_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      gtk_list_box_append (self->attachments, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->attachments), gtk_widget_get_first_child (GTK_WIDGET (self->attachments)) != NULL);

  rp_ui_clear_box (self->flow_box);
  if (g_str_equal (status, "submitted"))
    add_move (self, _("Start _Review"), "under_review", TRUE);
  if (g_str_equal (status, "under_review"))
    {
      add_move (self, _("Ask for _Revision"), "revise", FALSE);
      add_move (self, _("_Accept"), "accepted", TRUE);
    }
  if (g_str_equal (status, "revise") || g_str_equal (status, "rejected"))
    add_move (self, _("Back Under _Review"), "under_review", FALSE);
  if (g_str_equal (status, "accepted"))
    add_move (self, _("Mark _Integrated"), "integrated", TRUE);
  if (!g_str_equal (status, "rejected") && !g_str_equal (status, "integrated"))
    add_move (self, _("Re_ject"), "rejected", FALSE);
  fill_compatibility (self);
}

static const char *const watched_kinds[] = {
  "proposal", "compatibility", "principle", "philosophy", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpProposalPane *self = user_data;

  refresh (self);
}

static char *
evaluation_title (RpRecord *evaluation,
                  gpointer  user_data)
{
  RpProposalPane *self = user_data;
  double total = rp_evaluation_total (self->watch.store, evaluation);

  return isnan (total) ? g_strdup_printf (_("Not scored yet — %s"), rp_record_get_string (evaluation, RP_EVALUATION_EVALUATOR) ?: "—")
                       : g_strdup_printf (_("Effectiveness %.0f out of 100 — %s"), total,
                                          rp_record_get_string (evaluation, RP_EVALUATION_EVALUATOR) ?: "—");
}

static char *
tuning_subtitle (RpRecord *tuning,
                 gpointer  user_data)
{
  return rp_record_format (tuning, RP_FINE_TUNING_STATUS);
}

static char *
link_title (RpRecord *link,
            gpointer  user_data)
{
  RpProposalPane *self = user_data;
  const char *strategy = rp_record_get_string (link, RP_PROPOSAL_LINK_STRATEGY);
  g_autoptr(RpRecord) target = strategy ? rp_store_get (self->watch.store, RP_KIND_STRATEGY, strategy)
                                        : rp_store_get (self->watch.store, RP_KIND_ACTIVITY, rp_record_get_string (link, RP_PROPOSAL_LINK_ACTIVITY));
  g_autofree char *title = target ? rp_record_dup_title (target) : g_strdup ("—");

  /* Translators: "Strategy: Faster fault resolution" / "Framework activity: Fault hotline" */
  return strategy ? g_strdup_printf (_("Strategy: %s"), title) : g_strdup_printf (_("Framework activity: %s"), title);
}

static void
rp_proposal_pane_dispose (GObject *object)
{
  RpProposalPane *self = RP_PROPOSAL_PANE (object);

  rp_store_watch_clear (&self->watch);
  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (rp_proposal_pane_parent_class)->dispose (object);
}

static void
rp_proposal_pane_class_init (RpProposalPaneClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rp_proposal_pane_dispose;
}

static void
rp_proposal_pane_init (RpProposalPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_widget_add_css_class (self->title_label, "title-3");
  self->status_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  self->summary_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary_label), TRUE);
  gtk_box_append (GTK_BOX (top), self->title_label);
  gtk_box_append (GTK_BOX (top), self->status_box);
  gtk_box_append (GTK_BOX (top), self->summary_label);
  gtk_box_append (GTK_BOX (box), top);
  self->attachments = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->attachments, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->attachments), "boxed-list");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->attachments));
  self->flow_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), self->flow_box);

  self->evaluations = rp_evaluation_list_new (_("Effectiveness"), "proposal", "proposal");
  rp_record_list_set_description (self->evaluations, _("Scored on the proposal criteria: the expected effect on customers, fit, cost and measurability."));
  rp_record_list_set_title_func (self->evaluations, evaluation_title, self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->evaluations));

  gtk_box_append (GTK_BOX (box), rp_ui_heading (_("Compatibility with Our Philosophy")));
  self->compat_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->compat_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->compat_label), TRUE);
  gtk_box_append (GTK_BOX (box), self->compat_label);
  self->compat_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->compat_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->compat_list), "boxed-list");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->compat_list));

  self->tunings = rp_record_list_new (RP_KIND_FINE_TUNING, _("Fine-Tuning Requests"));
  rp_record_list_set_description (self->tunings, _("The changes we ask of the proposal before it can be accepted."));
  rp_record_list_set_subtitle_func (self->tunings, tuning_subtitle, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->tunings));

  self->links = rp_record_list_new (RP_KIND_PROPOSAL_LINK, _("Integrated Into"));
  rp_record_list_set_description (self->links, _("The strategies or framework activities the proposal became."));
  rp_record_list_set_title_func (self->links, link_title, self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->links));

  self->content = box;
  gtk_widget_set_visible (box, FALSE);
  adw_bin_set_child (ADW_BIN (self), box);
}

RpProposalPane *
rp_proposal_pane_new (void)
{
  return g_object_new (RP_TYPE_PROPOSAL_PANE, NULL);
}

void
rp_proposal_pane_set_proposal (RpProposalPane *self,
                               RpStore        *store,
                               RpRecord       *proposal)
{
  const char *uuid = proposal ? rp_record_get_uuid (proposal) : NULL;

  g_return_if_fail (RP_IS_PROPOSAL_PANE (self));

  rp_store_watch_set_store (&self->watch, store);
  g_set_object (&self->proposal, proposal);
  rp_record_list_set_owner (self->evaluations, "proposal", uuid);
  rp_record_list_set_owner (self->tunings, "proposal", uuid);
  rp_record_list_set_owner (self->links, "proposal", uuid);
  rp_record_list_set_store (self->evaluations, store);
  rp_record_list_set_store (self->tunings, store);
  rp_record_list_set_store (self->links, store);
  refresh (self);
}
