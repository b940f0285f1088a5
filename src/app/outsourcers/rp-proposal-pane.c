/* rp-proposal-pane.c — a proposal as its reviewer works on it (110985L5)
 *
 * The steps offered are those the core's workflow allows from where the proposal is;
 * compatibility is judged principle by principle against the adopted philosophy, and
 * conflicts are flagged.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-proposal-pane.h"
#include "rp-evaluation-dialog.h"
#include "rp-outsourcer-models.h"
#include "rp-record-list.h"
#include "rp-record-model.h"
#include "rp-ui.h"
#include "rp-util.h"
#include "rp-workflow.h"

struct _RpProposalPane
{
  GtkBox                parent_instance;

  GtkLabel             *title_label;
  GtkLabel             *status_badge;
  GtkLabel             *submitted_label;
  GtkLabel             *summary_label;
  GtkListBox           *attachments;
  GtkBox               *steps;
  RpRecordList         *evaluations;
  GtkLabel             *compat_label;
  GtkListBox           *compat_list;
  RpRecordList         *tunings;
  RpRecordList         *links;

  RpStore              *store;
  RpRecordModel        *proposal;       /* the one shown, followed */
  RpCompatibilityModel *compatibility;
};

G_DEFINE_FINAL_TYPE (RpProposalPane, rp_proposal_pane, GTK_TYPE_BOX)

enum { PROP_0, PROP_PROPOSAL, PROP_N_CONFLICTS, N_PROPS };
static GParamSpec *properties[N_PROPS];

static RpRecord *
current (RpProposalPane *self)
{
  g_autoptr(RpRecord) proposal = self->proposal ? rp_record_model_get_record (self->proposal, 0) : NULL;

  /* The model keeps its row alive while it is shown. */
  return proposal;
}

static const char *
step_label (int from,
            int to)
{
  switch (to)
    {
    case RP_PROPOSAL_STATUS_UNDER_REVIEW:
      return from == RP_PROPOSAL_STATUS_SUBMITTED ? _("Start _Review") : _("Back Under _Review");
    case RP_PROPOSAL_STATUS_REVISE: return _("Ask for _Revision");
    case RP_PROPOSAL_STATUS_ACCEPTED: return _("_Accept");
    case RP_PROPOSAL_STATUS_INTEGRATED: return _("Mark _Integrated");
    case RP_PROPOSAL_STATUS_REJECTED: return _("Re_ject");
    default: return NULL;
    }
}

static void
why_changed_cb (GtkEditable      *editable,
                AdwMessageDialog *dialog)
{
  g_autofree char *why = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "accept", *why != '\0');
}

static void
accept_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RpProposalPane   *self)
{
  RpRecord *proposal = current (self);
  g_autofree char *why = g_strstrip (g_strdup (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "rp-why"))));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "accept") || proposal == NULL)
    return;
  if (!rp_proposal_move_with_reason (self->store, proposal, RP_PROPOSAL_STATUS_ACCEPTED, why, &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Proposal"), error);
}

/* Accepting despite open fine-tuning or a conflict with the adopted philosophy is asked
 * about, and why is kept in the journal. */
static void
confirm_accept (RpProposalPane *self,
                RpRecord       *proposal,
                GPtrArray      *issues)
{
  g_autoptr(GString) body = g_string_new (_("Before it is accepted:"));
  GtkWidget *dialog;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *why = adw_entry_row_new ();

  for (guint i = 0; i < issues->len; i++)
    g_string_append_printf (body, "\n• %s", (const char *) issues->pdata[i]);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Accept Despite Open Questions?"), body->str);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (why), _("Why it is accepted now"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), why);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), group);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "accept", _("_Accept"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "rp-why", why);
  g_signal_connect (why, "changed", G_CALLBACK (why_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (accept_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpProposalPane *self = RP_PROPOSAL_PANE (widget);
  RpRecord *proposal = current (self);
  int to = g_variant_get_int32 (parameter);
  g_autoptr(GError) error = NULL;

  if (proposal == NULL)
    return;
  if (to == RP_PROPOSAL_STATUS_ACCEPTED)
    {
      g_autoptr(GPtrArray) issues = rp_proposal_acceptance_issues (self->store, proposal);

      if (issues->len > 0)
        {
          confirm_accept (self, proposal, issues);
          return;
        }
    }
  if (!rp_proposal_move (self->store, proposal, to, &error))
    rp_ui_show_error (widget, _("Could Not Change the Proposal"), error);
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
fill_attachments (RpProposalPane *self,
                  RpRecord       *proposal)
{
  g_auto(GStrv) paths = g_strsplit (rp_record_get_string (proposal, RP_PROPOSAL_ATTACHMENTS) ?: "", "\n", -1);
  guint n = 0;

  rp_ui_list_box_clear (self->attachments);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *path = g_strstrip (g_strdup (paths[i]));
      g_autofree char *basename = NULL;
      g_autofree char *name = NULL;
      GtkWidget *row, *open;

      if (*path == '\0')
        continue;
      basename = g_path_get_basename (path);
      row = rp_ui_row_new (basename, path);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), rp_ui_icon_new ("x-office-document-symbolic"));
      open = gtk_button_new_with_label (_("Open"));
      /* Translators: a button's name for a screen reader, "Open “offer.pdf”" */
      name = rp_text_printf (_("Open “%s”"), basename);
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (open, "flat");
      gtk_widget_set_sensitive (open, g_file_test (path, G_FILE_TEST_EXISTS));
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        gtk_widget_set_tooltip_text (open, _("The file is not on this computer"));
      g_object_set_data_full (G_OBJECT (open), "rp-path", g_strdup (path), g_free);
      g_signal_connect (open, "clicked", G_CALLBACK (open_attachment_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      gtk_list_box_append (self->attachments, row);
      n++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->attachments), n > 0);
}

static void
fill_steps (RpProposalPane *self,
            int             status)
{
  g_autoptr(GArray) steps = rp_proposal_next_steps (status);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps))) != NULL)
    gtk_box_remove (self->steps, child);
  for (guint i = 0; i < steps->len; i++)
    {
      int to = g_array_index (steps, int, i);
      GtkWidget *button = gtk_button_new_with_mnemonic (step_label (status, to));

      if (to == RP_PROPOSAL_STATUS_REJECTED)
        gtk_widget_add_css_class (button, "destructive-action");
      else if (to != RP_PROPOSAL_STATUS_REVISE && !(to == RP_PROPOSAL_STATUS_UNDER_REVIEW && status != RP_PROPOSAL_STATUS_SUBMITTED))
        gtk_widget_add_css_class (button, "suggested-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "proposal.move");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", to);
      gtk_box_append (self->steps, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->steps), steps->len > 0);
}

static void
show_proposal (RpProposalPane *self)
{
  RpRecord *proposal = current (self);
  int status;
  g_autofree char *status_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *submitted = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self), proposal != NULL);
  if (proposal == NULL)
    return;
  status = rp_record_get_enum (proposal, RP_PROPOSAL_STATUS);
  status_text = rp_record_format (proposal, RP_PROPOSAL_STATUS);
  gtk_label_set_text (self->title_label, rp_record_get_string (proposal, RP_PROPOSAL_TITLE));
  gtk_label_set_text (self->status_badge, status_text);
  gtk_widget_set_css_classes (GTK_WIDGET (self->status_badge),
                              (const char *[]) { "badge",
                                                 status == RP_PROPOSAL_STATUS_REJECTED ? "status-retired"
                                                 : status == RP_PROPOSAL_STATUS_ACCEPTED || status == RP_PROPOSAL_STATUS_INTEGRATED
                                                 ? "success" : "status-proposed", NULL });
  date = rp_ui_format_date (rp_record_get_string (proposal, RP_PROPOSAL_SUBMITTED_ON));
  submitted = rp_text_printf (_("Submitted on %s"), date);
  gtk_label_set_text (self->submitted_label, submitted);
  gtk_widget_set_visible (GTK_WIDGET (self->submitted_label), rp_record_is_set (proposal, RP_PROPOSAL_SUBMITTED_ON));
  gtk_label_set_text (self->summary_label, rp_record_get_string (proposal, RP_PROPOSAL_SUMMARY));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), rp_record_is_set (proposal, RP_PROPOSAL_SUMMARY));
  fill_attachments (self, proposal);
  fill_steps (self, status);
}

/* Compatibility, principle by principle */

static const char *
verdict_label (int verdict)
{
  const RpField *field = rp_field_get (RP_COMPATIBILITY_VERDICT);

  return verdict < 0 ? _("Not assessed") : rp_field_enum_label (field, rp_field_enum_nick (field, verdict));
}

static void
verdict_changed_cb (AdwComboRow    *row,
                    GParamSpec     *pspec,
                    RpProposalPane *self)
{
  const char *principle = g_object_get_data (G_OBJECT (row), "rp-principle");
  int verdict = (int) adw_combo_row_get_selected (row) - 1;
  g_autoptr(GError) error = NULL;

  if (current (self) != NULL &&
      !rp_proposal_set_verdict (self->store, current (self), principle, verdict, &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Record the Verdict"), error);
}

static GtkWidget *
create_principle_row (gpointer item,
                      gpointer user_data)
{
  RpProposalPane *self = user_data;
  RpRow *principle = item;
  int verdict = (int) rp_row_get_number (principle);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (int v = -1; v < (int) rp_field_enum_count (rp_field_get (RP_COMPATIBILITY_VERDICT)); v++)
    gtk_string_list_append (names, verdict_label (v));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rp_row_get_title (principle));
  if (rp_row_get_subtitle (principle) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rp_row_get_subtitle (principle));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) (verdict + 1));
  if (verdict == RP_VERDICT_CONFLICTS)
    {
      GtkWidget *icon = rp_ui_icon_new_named ("dialog-warning-symbolic", _("Warning"));

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Conflicts with the principle"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_add_css_class (row, "attention-problem");
    }
  g_object_set_data_full (G_OBJECT (row), "rp-principle", g_strdup (rp_row_get_uuid (principle)), g_free);
  g_signal_connect (row, "notify::selected", G_CALLBACK (verdict_changed_cb), self);
  return row;
}

static void
show_compatibility (RpProposalPane *self)
{
  RpRecord *adopted = self->compatibility ? rp_compatibility_model_get_adopted (self->compatibility) : NULL;
  g_autofree char *summary = NULL;
  guint conflicts;

  if (adopted == NULL)
    {
      gtk_label_set_text (self->compat_label, _("No philosophy is adopted yet, so there is nothing to judge the proposal against."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->compat_label), "error");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
      return;
    }
  conflicts = rp_compatibility_model_count (self->compatibility, RP_VERDICT_CONFLICTS);
  /* Translators: "Against “Customers first”: 2 support, 1 neutral, 1 conflict, 2 not assessed" */
  summary = rp_text_printf (_("Against “%s”: %u support, %u neutral, %u conflict, %u not assessed"),
                             rp_record_get_string (adopted, RP_PHILOSOPHY_TITLE),
                             rp_compatibility_model_count (self->compatibility, RP_VERDICT_SUPPORTS),
                             rp_compatibility_model_count (self->compatibility, RP_VERDICT_NEUTRAL),
                             conflicts, rp_compatibility_model_count (self->compatibility, -1));
  gtk_label_set_text (self->compat_label, summary);
  if (conflicts > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->compat_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->compat_label), "error");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
}

guint
rp_proposal_pane_get_n_conflicts (RpProposalPane *self)
{
  g_return_val_if_fail (RP_IS_PROPOSAL_PANE (self), 0);
  return self->compatibility ? rp_compatibility_model_count (self->compatibility, RP_VERDICT_CONFLICTS) : 0;
}

RpRecord *
rp_proposal_pane_get_proposal (RpProposalPane *self)
{
  g_return_val_if_fail (RP_IS_PROPOSAL_PANE (self), NULL);
  return current (self);
}

static void
drop_models (RpProposalPane *self)
{
  if (self->proposal != NULL)
    g_signal_handlers_disconnect_by_func (self->proposal, show_proposal, self);
  if (self->compatibility != NULL)
    g_signal_handlers_disconnect_by_func (self->compatibility, show_compatibility, self);
  g_clear_object (&self->proposal);
  g_clear_object (&self->compatibility);
}

void
rp_proposal_pane_set_proposal (RpProposalPane *self,
                               RpStore        *store,
                               RpRecord       *proposal)
{
  const char *uuid = proposal ? rp_record_get_uuid (proposal) : NULL;

  g_return_if_fail (RP_IS_PROPOSAL_PANE (self));

  drop_models (self);
  g_set_object (&self->store, store);
  if (store != NULL && uuid != NULL)
    {
      self->proposal = rp_record_model_get_one (store, RP_KIND_PROPOSAL, uuid);
      self->compatibility = rp_compatibility_model_get (store, uuid);
      g_signal_connect_swapped (self->proposal, "items-changed", G_CALLBACK (show_proposal), self);
      g_signal_connect_swapped (self->compatibility, "notify::loading", G_CALLBACK (show_compatibility), self);
    }
  gtk_list_box_bind_model (self->compat_list, G_LIST_MODEL (self->compatibility), create_principle_row, self, NULL);
  rp_record_list_bind (self->evaluations, store, RP_EVALUATION_PROPOSAL, uuid);
  rp_record_list_bind (self->tunings, store, RP_FINE_TUNING_PROPOSAL, uuid);
  rp_record_list_bind (self->links, store, RP_PROPOSAL_LINK_PROPOSAL, uuid);
  show_proposal (self);
  show_compatibility (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROPOSAL]);
}

static void
rp_proposal_pane_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RpProposalPane *self = RP_PROPOSAL_PANE (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_value_set_object (value, current (self));
      break;
    case PROP_N_CONFLICTS:
      g_value_set_uint (value, rp_proposal_pane_get_n_conflicts (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_proposal_pane_dispose (GObject *object)
{
  RpProposalPane *self = RP_PROPOSAL_PANE (object);

  drop_models (self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PROPOSAL_PANE);
  G_OBJECT_CLASS (rp_proposal_pane_parent_class)->dispose (object);
}

static void
rp_proposal_pane_class_init (RpProposalPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_proposal_pane_dispose;
  object_class->get_property = rp_proposal_pane_get_property;
  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, RP_TYPE_RECORD,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_CONFLICTS] = g_param_spec_uint ("n-conflicts", NULL, NULL, 0, G_MAXUINT, 0,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_RECORD_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-proposal-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, status_badge);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, submitted_label);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, attachments);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, steps);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, evaluations);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, compat_label);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, compat_list);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, tunings);
  gtk_widget_class_bind_template_child (widget_class, RpProposalPane, links);
  gtk_widget_class_install_action (widget_class, "proposal.move", "i", move_activated);
}

static void
rp_proposal_pane_init (RpProposalPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_evaluation_list_setup (self->evaluations, "proposal", "proposal");
  gtk_list_box_set_placeholder (self->compat_list, rp_ui_list_placeholder (_("No principles to judge against"),
                                                                           _("The adopted philosophy states none yet.")));
}
