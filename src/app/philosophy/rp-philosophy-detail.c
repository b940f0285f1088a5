/* rp-philosophy-detail.c — one candidate philosophy, on the tabs a manager works through:
 * write it, check its fit with the company's objectives and its balance of benefits,
 * evaluate it, take it through adoption, and plan how it is made known */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rp-philosophy-detail.h"
#include "rp-chart-view.h"
#include "rp-charts.h"
#include "rp-evaluation.h"
#include "rp-evaluation-dialog.h"
#include "rp-handouts.h"
#include "rp-links-dialog.h"
#include "rp-philosophy.h"
#include "rp-presentation.h"
#include "rp-print.h"
#include "rp-record-editor.h"
#include "rp-text.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpPhilosophyDetail
{
  AdwBin          parent_instance;

  GtkWidget      *back_button;
  GtkWidget      *title_label;
  GtkWidget      *badges_box;
  AdwViewStack   *stack;

  /* Write */
  GtkWidget      *statement_label;
  RpRecordList   *principles;
  GtkTextBuffer  *staff_buffer;
  GtkWidget      *readability_label;
  GtkWidget      *readability_icon;

  /* Fit */
  GtkWidget      *fit_holder;
  GtkWidget      *fit_findings;
  GPtrArray      *fit_checks;    /* rows of GPtrArray of GtkCheckButton */

  /* Balance */
  GtkWidget      *balance_chart;
  GtkWidget      *balance_list;
  GArray         *customer;
  GArray         *company;

  /* Evaluate */
  GtkWidget      *total_label;
  RpRecordList   *evaluations;
  RpRecordList   *criteria;

  /* Adoption */
  GtkWidget      *status_title;
  GtkWidget      *status_text;
  GtkWidget      *history;

  /* Promote */
  RpRecordList   *promotions;
  GtkWidget      *promote_hint;

  RpStoreWatch    watch;
  RpRecord       *philosophy;
  GPtrArray      *findings;
  guint           readability_id;
  char           *readability_text;
  gboolean        loading_staff;
};

G_DEFINE_FINAL_TYPE (RpPhilosophyDetail, rp_philosophy_detail, ADW_TYPE_BIN)

static const char *
status_of (RpPhilosophyDetail *self)
{
  return self->philosophy ? rp_record_get_string (self->philosophy, RP_PHILOSOPHY_STATUS) : NULL;
}

static char *
status_label (RpRecord *philosophy)
{
  return rp_record_format (philosophy, RP_PHILOSOPHY_STATUS);
}

static GListModel *
list_principles (RpPhilosophyDetail *self)
{
  return rp_store_list (self->watch.store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (self->philosophy));
}

static GtkWidget *
finding_row (RpFinding *finding)
{
  GtkWidget *row = rp_ui_row_new (finding->message, NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name (finding->level == RP_FINDING_PROBLEM ? "dialog-error-symbolic"
                                                                                       : "dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, finding->level == RP_FINDING_PROBLEM ? "error" : "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static gboolean
finding_about (RpFinding  *finding,
               const char *uuid)
{
  return g_strcmp0 (finding->record_uuid, uuid) == 0;
}

/* Write: the principles */

/* The whole principle: a list's usual title is shortened to one line. */
static char *
principle_title (RpRecord *principle,
                 gpointer  user_data)
{
  return g_strdup (rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT));
}

static char *
principle_subtitle (RpRecord *principle,
                    gpointer  user_data)
{
  RpPhilosophyDetail *self = user_data;
  const char *uuid = rp_record_get_uuid (principle);
  guint n_objectives = rp_store_count_where (self->watch.store, RP_KIND_PRINCIPLE_OBJECTIVE, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, uuid);
  guint n_groups = rp_store_count_where (self->watch.store, RP_KIND_PRINCIPLE_STAKEHOLDER, RP_PRINCIPLE_STAKEHOLDER_PRINCIPLE, uuid);
  g_autofree char *objectives = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u objective", "%u objectives", n_objectives),
                                                 n_objectives);
  g_autofree char *groups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stakeholder group", "%u stakeholder groups", n_groups),
                                             n_groups);

  /* Translators: "Customers 4/5 · company 3/5 · 2 objectives · 1 stakeholder group" */
  return g_strdup_printf (_("Customers %d/5 · company %d/5 · %s · %s"),
                          (int) rp_record_get_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT),
                          (int) rp_record_get_int (principle, RP_PRINCIPLE_COMPANY_BENEFIT), objectives, groups);
}

static void
links_clicked_cb (GtkButton          *button,
                  RpPhilosophyDetail *self)
{
  RpRecord *principle = g_object_get_data (G_OBJECT (button), "rp-principle");
  g_autoptr(GListModel) objectives = rp_store_list (self->watch.store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  g_autoptr(GListModel) groups = rp_store_list (self->watch.store, RP_KIND_STAKEHOLDER_GROUP, RP_FIELD_NONE, NULL);
  GtkWidget *dialog = rp_links_dialog_new (GTK_WIDGET (self), _("Objectives and Stakeholders"));
  const char *uuid = rp_record_get_uuid (principle);

  rp_links_dialog_add (dialog, rp_links_group_new (self->watch.store, _("Corporate Objectives It Serves"),
                                                   rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT),
                                                   RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, uuid, RP_PRINCIPLE_OBJECTIVE_OBJECTIVE, objectives));
  rp_links_dialog_add (dialog, rp_links_group_new (self->watch.store, _("Stakeholder Groups It Touches"), NULL,
                                                   RP_PRINCIPLE_STAKEHOLDER_PRINCIPLE, uuid, RP_PRINCIPLE_STAKEHOLDER_STAKEHOLDER_GROUP, groups));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
principle_suffix (RpRecord *principle,
                  gpointer  user_data)
{
  RpPhilosophyDetail *self = user_data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *links = gtk_button_new_from_icon_name ("emblem-shared-symbolic");

  for (guint i = 0; self->findings != NULL && i < self->findings->len; i++)
    {
      RpFinding *finding = self->findings->pdata[i];

      if (!finding_about (finding, rp_record_get_uuid (principle)))
        continue;
      if (g_str_equal (finding->rule, "principle-favours-company"))
        gtk_box_append (GTK_BOX (box), rp_ui_badge_new (_("Favours the company"), "warning"));
      else if (g_str_equal (finding->rule, "principle-serves-no-objective"))
        gtk_box_append (GTK_BOX (box), rp_ui_badge_new (_("Serves no objective"), "warning"));
    }
  gtk_widget_set_tooltip_text (links, _("Objectives and Stakeholder Groups…"));
  gtk_widget_add_css_class (links, "flat");
  gtk_widget_set_valign (links, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (links), "rp-principle", g_object_ref (principle), g_object_unref);
  g_signal_connect (links, "clicked", G_CALLBACK (links_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), links);
  return box;
}

/* Write: the staff edition, with long sentences and long words pointed out */

static void
highlight_spans (GtkTextBuffer *buffer,
                 const char    *text,
                 GArray        *spans,
                 const char    *tag)
{
  for (guint i = 0; i < spans->len; i++)
    {
      RpSpan *span = &g_array_index (spans, RpSpan, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, g_utf8_pointer_to_offset (text, text + span->start));
      gtk_text_buffer_get_iter_at_offset (buffer, &end, g_utf8_pointer_to_offset (text, text + span->end));
      gtk_text_buffer_apply_tag_by_name (buffer, tag, &start, &end);
    }
}

static void
analyse_staff_edition (RpPhilosophyDetail *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(RpReadability) readability = NULL;
  gboolean easy;

  gtk_text_buffer_get_bounds (self->staff_buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->staff_buffer, &start, &end, FALSE);
  readability = rp_readability_analyse (text);
  gtk_text_buffer_remove_all_tags (self->staff_buffer, &start, &end);
  highlight_spans (self->staff_buffer, text, readability->long_sentences, "long-sentence");
  highlight_spans (self->staff_buffer, text, readability->long_words, "long-word");
  g_free (self->readability_text);
  self->readability_text = rp_readability_describe (readability);
  gtk_label_set_text (GTK_LABEL (self->readability_label), self->readability_text);
  easy = readability->n_words > 0 && readability->long_sentences->len == 0 && readability->long_words->len == 0;
  gtk_image_set_from_icon_name (GTK_IMAGE (self->readability_icon), easy ? "emblem-ok-symbolic" : "dialog-information-symbolic");
  gtk_widget_remove_css_class (self->readability_icon, "success");
  if (easy)
    gtk_widget_add_css_class (self->readability_icon, "success");
}

static gboolean
readability_idle_cb (gpointer user_data)
{
  RpPhilosophyDetail *self = user_data;

  self->readability_id = 0;
  analyse_staff_edition (self);
  return G_SOURCE_REMOVE;
}

static void
staff_changed_cb (GtkTextBuffer      *buffer,
                  RpPhilosophyDetail *self)
{
  gboolean modified = gtk_text_buffer_get_modified (buffer);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.save-staff-edition", modified);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.revert-staff-edition", modified);
  /* Tagging changes nothing the writer sees as text; analyse once typing pauses. */
  if (self->readability_id == 0)
    self->readability_id = g_timeout_add (250, readability_idle_cb, self);
}

static void
load_staff_edition (RpPhilosophyDetail *self)
{
  const char *text = self->philosophy ? rp_record_get_string (self->philosophy, RP_PHILOSOPHY_STAFF_EDITION) : NULL;

  self->loading_staff = TRUE;
  gtk_text_buffer_set_text (self->staff_buffer, text ? text : "", -1);
  gtk_text_buffer_set_modified (self->staff_buffer, FALSE);
  self->loading_staff = FALSE;
  g_clear_handle_id (&self->readability_id, g_source_remove);
  analyse_staff_edition (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.save-staff-edition", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.revert-staff-edition", FALSE);
}

/* Writes the staff edition being typed into its philosophy. */
static gboolean
store_staff_edition (RpPhilosophyDetail  *self,
                     GError             **error)
{
  g_autoptr(RpRecord) fresh = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->philosophy == NULL || self->watch.store == NULL)
    return TRUE;
  fresh = rp_store_get (self->watch.store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (self->philosophy));
  if (fresh == NULL)
    return TRUE; /* deleted meanwhile: nothing left to write into */
  gtk_text_buffer_get_bounds (self->staff_buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->staff_buffer, &start, &end, FALSE);
  g_strchomp (text);
  rp_record_set_string (fresh, RP_PHILOSOPHY_STAFF_EDITION, *text ? text : NULL);
  if (!rp_store_save (self->watch.store, fresh, error))
    return FALSE;
  g_set_object (&self->philosophy, fresh);
  gtk_text_buffer_set_modified (self->staff_buffer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.save-staff-edition", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.revert-staff-edition", FALSE);
  return TRUE;
}

/* Leaving a philosophy (for another, or closing) keeps what was typed, as GNOME apps do. */
static void
keep_staff_edition (RpPhilosophyDetail *self)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_text_buffer_get_modified (self->staff_buffer) || store_staff_edition (self, &error))
    return;
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Staff Edition"), error);
  else
    g_warning ("The staff edition could not be saved: %s", error->message);
}

static void
save_staff_edition_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!store_staff_edition (RP_PHILOSOPHY_DETAIL (widget), &error))
    rp_ui_show_error (widget, _("Could Not Save the Staff Edition"), error);
  else
    rp_ui_toast (widget, _("Staff edition saved"));
}

static void
revert_staff_edition_activated (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  load_staff_edition (RP_PHILOSOPHY_DETAIL (widget));
}

/* Fit with the company: principles × corporate objectives */

static void
fit_toggled_cb (GtkCheckButton     *check,
                RpPhilosophyDetail *self)
{
  g_autoptr(GError) error = NULL;

  if (!rp_link_toggle (self->watch.store,
                       RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, g_object_get_data (G_OBJECT (check), "rp-principle"),
                       RP_PRINCIPLE_OBJECTIVE_OBJECTIVE, g_object_get_data (G_OBJECT (check), "rp-objective"),
                       gtk_check_button_get_active (check), &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Link"), error);
}

static GtkWidget *
matrix_label (const char *text,
              const char *css,
              int         max_chars)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_chars);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

static GtkWidget *
flag_icon (const char *tooltip)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_tooltip_text (icon, tooltip);
  return icon;
}

static void
fill_fit (RpPhilosophyDetail *self,
          GListModel         *principles)
{
  g_autoptr(GListModel) objectives = rp_store_list (self->watch.store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  guint n_objectives = g_list_model_get_n_items (objectives);
  guint n_principles = g_list_model_get_n_items (principles);
  GtkWidget *grid, *old;

  while ((old = gtk_widget_get_first_child (self->fit_holder)) != NULL)
    gtk_box_remove (GTK_BOX (self->fit_holder), old);
  g_ptr_array_set_size (self->fit_checks, 0);
  if (n_objectives == 0 || n_principles == 0)
    {
      gtk_box_append (GTK_BOX (self->fit_holder),
                      rp_ui_empty_label (n_objectives == 0 ? _("The company has no corporate objectives yet: add them on the Overview (Edit Profile).")
                                                           : _("Add principles on the Write tab to see how they serve the objectives.")));
    }
  else
    {
      grid = gtk_grid_new ();
      gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
      gtk_widget_add_css_class (grid, "fit-matrix");
      for (guint o = 0; o < n_objectives; o++)
        {
          g_autoptr(RpRecord) objective = g_list_model_get_item (objectives, o);
          GtkWidget *head = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
          gboolean served = FALSE;

          for (guint p = 0; p < n_principles && !served; p++)
            {
              g_autoptr(RpRecord) principle = g_list_model_get_item (principles, p);

              served = rp_link_exists (self->watch.store, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, rp_record_get_uuid (principle),
                                       RP_PRINCIPLE_OBJECTIVE_OBJECTIVE, rp_record_get_uuid (objective));
            }
          gtk_box_append (GTK_BOX (head), matrix_label (rp_record_get_string (objective, RP_OBJECTIVE_TITLE), "caption-heading", 14));
          if (!served)
            gtk_box_append (GTK_BOX (head), flag_icon (_("No principle serves this objective")));
          gtk_widget_set_valign (head, GTK_ALIGN_END);
          gtk_grid_attach (GTK_GRID (grid), head, 2 + o, 0, 1, 1);
        }
      for (guint p = 0; p < n_principles; p++)
        {
          g_autoptr(RpRecord) principle = g_list_model_get_item (principles, p);
          g_autofree char *number = g_strdup_printf ("%u", p + 1);
          GPtrArray *checks = g_ptr_array_new ();
          GtkWidget *statement = matrix_label (rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT), NULL, 40);
          GtkWidget *flag_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
          gboolean serves = FALSE;

          gtk_widget_set_hexpand (statement, TRUE);
          gtk_grid_attach (GTK_GRID (grid), rp_ui_badge_new (number, "numeric"), 0, p + 1, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), statement, 1, p + 1, 1, 1);
          for (guint o = 0; o < n_objectives; o++)
            {
              g_autoptr(RpRecord) objective = g_list_model_get_item (objectives, o);
              GtkWidget *check = gtk_check_button_new ();
              gboolean linked = rp_link_exists (self->watch.store, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, rp_record_get_uuid (principle),
                                                RP_PRINCIPLE_OBJECTIVE_OBJECTIVE, rp_record_get_uuid (objective));
              g_autofree char *tip = g_strdup_printf (_("Principle %u serves “%s”"), p + 1, rp_record_get_string (objective, RP_OBJECTIVE_TITLE));

              serves |= linked;
              gtk_check_button_set_active (GTK_CHECK_BUTTON (check), linked);
              gtk_widget_set_tooltip_text (check, tip);
              gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
              gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
              gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
              g_object_set_data_full (G_OBJECT (check), "rp-principle", g_strdup (rp_record_get_uuid (principle)), g_free);
              g_object_set_data_full (G_OBJECT (check), "rp-objective", g_strdup (rp_record_get_uuid (objective)), g_free);
              g_signal_connect (check, "toggled", G_CALLBACK (fit_toggled_cb), self);
              gtk_grid_attach (GTK_GRID (grid), check, 2 + o, p + 1, 1, 1);
              g_ptr_array_add (checks, check);
            }
          if (!serves)
            gtk_box_append (GTK_BOX (flag_box), flag_icon (_("This principle serves no corporate objective")));
          gtk_grid_attach (GTK_GRID (grid), flag_box, 2 + n_objectives, p + 1, 1, 1);
          g_ptr_array_add (self->fit_checks, checks);
        }
      {
        GtkWidget *scroll = gtk_scrolled_window_new ();
        GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

        gtk_widget_add_css_class (frame, "card");
        gtk_widget_set_margin_top (grid, 12);
        gtk_widget_set_margin_bottom (grid, 12);
        gtk_widget_set_margin_start (grid, 12);
        gtk_widget_set_margin_end (grid, 12);
        gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), grid);
        gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
        gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroll), TRUE);
        gtk_box_append (GTK_BOX (frame), scroll);
        gtk_box_append (GTK_BOX (self->fit_holder), frame);
      }
    }

  rp_ui_list_box_clear (GTK_LIST_BOX (self->fit_findings));
  for (guint i = 0; i < self->findings->len; i++)
    {
      RpFinding *finding = self->findings->pdata[i];

      if (g_str_equal (finding->rule, "objective-unserved") || g_str_equal (finding->rule, "principle-serves-no-objective"))
        gtk_list_box_append (GTK_LIST_BOX (self->fit_findings), finding_row (finding));
    }
  if (gtk_widget_get_first_child (self->fit_findings) == NULL)
    gtk_list_box_append (GTK_LIST_BOX (self->fit_findings),
                         rp_ui_row_new (_("Every principle serves an objective, and every objective is served."), NULL));
}

/* Balance: benefit to customers against benefit to the company */

static void
draw_balance (cairo_t             *cr,
              const RpRenderStyle *style,
              double               width,
              double               height,
              gpointer             user_data)
{
  RpPhilosophyDetail *self = user_data;

  rp_chart_balance (cr, style, width, height, (const int *) self->customer->data, (const int *) self->company->data,
                    self->customer->len);
}

static void
fill_balance (RpPhilosophyDetail *self,
              GListModel         *principles)
{
  guint n = g_list_model_get_n_items (principles);
  guint flagged = 0;

  g_array_set_size (self->customer, 0);
  g_array_set_size (self->company, 0);
  rp_ui_list_box_clear (GTK_LIST_BOX (self->balance_list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      int customer = rp_record_get_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT);
      int company = rp_record_get_int (principle, RP_PRINCIPLE_COMPANY_BENEFIT);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT));
      /* Translators: "Customers 2/5, the company 5/5" */
      g_autofree char *subtitle = g_strdup_printf (_("Customers %d/5, the company %d/5"), customer, company);
      GtkWidget *row;

      g_array_append_val (self->customer, customer);
      g_array_append_val (self->company, company);
      if (!rp_principle_favours_company (principle))
        continue;
      row = rp_ui_row_new (title, subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), flag_icon (_("Favours the company over its customers")));
      gtk_list_box_append (GTK_LIST_BOX (self->balance_list), row);
      flagged++;
    }
  if (flagged == 0)
    gtk_list_box_append (GTK_LIST_BOX (self->balance_list),
                         rp_ui_row_new (n > 0 ? _("No principle favours the company over its customers.")
                                              : _("Add principles to see their balance."), NULL));
  gtk_widget_set_visible (self->balance_chart, n > 0);
  gtk_widget_queue_draw (self->balance_chart);
}

/* Evaluate */

static char *
criterion_subtitle (RpRecord *criterion,
                    gpointer  user_data)
{
  const char *description = rp_record_get_string (criterion, RP_CRITERION_DESCRIPTION);

  return g_strdup_printf (_("%s · weight %g"), description ? description : "", rp_record_get_real (criterion, RP_CRITERION_WEIGHT));
}

static void
fill_total (RpPhilosophyDetail *self)
{
  guint n = 0;
  double total = rp_subject_evaluation_total (self->watch.store, "philosophy", rp_record_get_uuid (self->philosophy), &n);
  g_autofree char *text = NULL;

  if (isnan (total))
    text = g_strdup (_("Not evaluated yet. Management scores each candidate on the weighted criteria below."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Weighted total %.0f out of 100, from %u evaluation.",
                                         "Weighted total %.0f out of 100, the mean of %u evaluations.", n),
                            total, n);
  gtk_label_set_text (GTK_LABEL (self->total_label), text);
}

/* Adoption */

static void
fill_adoption (RpPhilosophyDetail *self)
{
  const char *status = status_of (self);
  g_autoptr(GListModel) events = rp_store_list (self->watch.store, RP_KIND_PHILOSOPHY_EVENT, RP_PHILOSOPHY_EVENT_PHILOSOPHY,
                                                rp_record_get_uuid (self->philosophy));
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (self->watch.store);
  g_autofree char *label = status_label (self->philosophy);
  g_autofree char *text = NULL;
  guint n = g_list_model_get_n_items (events);

  if (g_strcmp0 (status, "draft") == 0)
    text = g_strdup (_("A draft. When it is ready, propose it to management; only a proposed philosophy can be adopted."));
  else if (g_strcmp0 (status, "proposed") == 0 && adopted != NULL)
    text = g_strdup_printf (_("Proposed to management. Adopting it retires “%s”, the philosophy adopted now."),
                            rp_record_get_string (adopted, RP_PHILOSOPHY_TITLE));
  else if (g_strcmp0 (status, "proposed") == 0)
    text = g_strdup (_("Proposed to management, who may adopt it or send it back to draft."));
  else if (g_strcmp0 (status, "adopted") == 0)
    {
      g_autofree char *date = rp_ui_format_date (rp_record_get_string (self->philosophy, RP_PHILOSOPHY_ADOPTED_ON));
      const char *approver = rp_record_get_string (self->philosophy, RP_PHILOSOPHY_APPROVED_BY);

      text = g_strdup_printf (_("The company's philosophy since %s, approved by %s. Adopting another one retires it."),
                              date, approver ? approver : "—");
    }
  else
    text = g_strdup (_("Retired: kept for the record. Start a new candidate from it to use its principles again."));
  gtk_label_set_text (GTK_LABEL (self->status_title), label);
  gtk_label_set_text (GTK_LABEL (self->status_text), text);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.propose",
                                 g_strcmp0 (status, "draft") == 0 || g_strcmp0 (status, "retired") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.adopt", g_strcmp0 (status, "proposed") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.withdraw", g_strcmp0 (status, "proposed") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.retire", g_strcmp0 (status, "adopted") == 0);

  rp_ui_list_box_clear (GTK_LIST_BOX (self->history));
  /* Newest first: the history is read from the latest decision back. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(RpRecord) event = g_list_model_get_item (events, i - 1);
      g_autofree char *step = rp_record_format (event, RP_PHILOSOPHY_EVENT_STEP);
      g_autofree char *date = rp_ui_format_date (rp_record_get_string (event, RP_PHILOSOPHY_EVENT_DECIDED_ON));
      const char *by = rp_record_get_string (event, RP_PHILOSOPHY_EVENT_DECIDED_BY);
      const char *notes = rp_record_get_string (event, RP_PHILOSOPHY_EVENT_NOTES);
      /* Translators: "Adopted on 12 March 2026 by Board of directors" */
      g_autofree char *title = by ? g_strdup_printf (_("%s on %s by %s"), step, date, by)
                                  : g_strdup_printf (_("%s on %s"), step, date);
      GtkWidget *row = rp_ui_row_new (title, notes);

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (GTK_LIST_BOX (self->history), row);
    }
  if (n == 0)
    gtk_list_box_append (GTK_LIST_BOX (self->history), rp_ui_row_new (_("No decisions yet"), NULL));
}

typedef gboolean (*StepFunc) (RpStore *, RpRecord *, const char *, const char *, const char *, GError **);

static const struct {
  const char *name;
  const char *heading;
  const char *body;
  const char *by_title;
  const char *response;
  StepFunc    func;
} steps[] = {
  { "propose", N_("Propose to Management"), N_("Management will evaluate it against the other candidates and decide."),
    N_("Proposed by"), N_("_Propose"), rp_philosophy_propose },
  { "adopt", N_("Adopt This Philosophy"), N_("It becomes the company's philosophy; the one adopted now is retired. The decision is kept in the history and the journal."),
    N_("Approved by"), N_("_Adopt"), rp_philosophy_adopt },
  { "retire", N_("Retire This Philosophy"), N_("The company will have no adopted philosophy until another one is adopted."),
    N_("Decided by"), N_("_Retire"), rp_philosophy_retire },
  { "withdraw", N_("Back to Draft"), N_("The proposal is withdrawn so the philosophy can be reworked."),
    N_("Decided by"), N_("_Withdraw"), rp_philosophy_withdraw },
};

static void
step_response_cb (AdwMessageDialog   *dialog,
                  const char         *response,
                  RpPhilosophyDetail *self)
{
  guint step = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "rp-step"));
  RpUiDecision decision = { NULL };
  g_autoptr(RpRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, steps[step].name) || self->philosophy == NULL)
    return;
  if (!rp_ui_decision_read (dialog, &decision, &error))
    {
      rp_ui_show_error (GTK_WIDGET (self), _(steps[step].heading), error);
      return;
    }
  fresh = rp_store_get (self->watch.store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (self->philosophy));
  if (fresh != NULL && !steps[step].func (self->watch.store, fresh, decision.by, decision.on, decision.notes, &error))
    rp_ui_show_error (GTK_WIDGET (self), _(steps[step].heading), error);
  else if (fresh != NULL && g_str_equal (steps[step].name, "adopt"))
    {
      g_autofree char *toast = g_strdup_printf (_("“%s” adopted"), rp_record_get_string (fresh, RP_PHILOSOPHY_TITLE));

      rp_ui_toast (GTK_WIDGET (self), toast);
    }
  rp_ui_decision_clear (&decision);
}

static void
step_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (widget);
  const char *name = strchr (action_name, '.') + 1;
  GtkWidget *dialog;
  guint step = 0;

  if (self->philosophy == NULL)
    return;
  while (step < G_N_ELEMENTS (steps) - 1 && !g_str_equal (steps[step].name, name))
    step++;
  dialog = rp_ui_decision_dialog_new (widget, _(steps[step].heading), _(steps[step].body), _(steps[step].by_title), NULL,
                                      g_str_equal (name, "adopt") ? _("Decision notes") : _("Notes"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    steps[step].name, _(steps[step].response), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), steps[step].name,
                                              g_str_equal (name, "retire") ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  g_object_set_data (G_OBJECT (dialog), "rp-step", GUINT_TO_POINTER (step));
  g_signal_connect_object (dialog, "response", G_CALLBACK (step_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Promote */

static char *
promotion_subtitle (RpRecord *promotion,
                    gpointer  user_data)
{
  GString *out = g_string_new (NULL);
  static const RpFieldId fields[] = { RP_PROMOTION_AUDIENCE, RP_PROMOTION_CHANNEL, RP_PROMOTION_OWNER };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (rp_record_is_set (promotion, fields[i]))
      g_string_append_printf (out, "%s%s", out->len ? " · " : "", rp_record_get_string (promotion, fields[i]));
  if (rp_record_is_set (promotion, RP_PROMOTION_DUE_ON))
    {
      g_autofree char *date = rp_ui_format_date (rp_record_get_string (promotion, RP_PROMOTION_DUE_ON));

      g_string_append_printf (out, "%s", out->len ? " · " : "");
      /* Translators: a promotion activity's due date */
      g_string_append_printf (out, _("due %s"), date);
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
promotion_suffix (RpRecord *promotion,
                  gpointer  user_data)
{
  RpPhilosophyDetail *self = user_data;
  g_autofree char *status = rp_record_format (promotion, RP_PROMOTION_STATUS);
  const char *value = rp_record_get_string (promotion, RP_PROMOTION_STATUS);

  for (guint i = 0; self->findings != NULL && i < self->findings->len; i++)
    {
      RpFinding *finding = self->findings->pdata[i];

      if (g_str_equal (finding->rule, "promotion-overdue") && finding_about (finding, rp_record_get_uuid (promotion)))
        return rp_ui_badge_new (_("Overdue"), "error");
    }
  return rp_ui_badge_new (status, g_strcmp0 (value, "done") == 0 ? "success" : NULL);
}

/* The header and refresh */

static void
fill_header (RpPhilosophyDetail *self)
{
  const char *status = status_of (self);
  g_autofree char *label = status_label (self->philosophy);
  double total = rp_subject_evaluation_total (self->watch.store, "philosophy", rp_record_get_uuid (self->philosophy), NULL);
  g_autofree char *css = g_strdup_printf ("status-%s", status);
  const char *statement = rp_record_get_string (self->philosophy, RP_PHILOSOPHY_STATEMENT);

  gtk_label_set_text (GTK_LABEL (self->title_label), rp_record_get_string (self->philosophy, RP_PHILOSOPHY_TITLE));
  rp_ui_clear_box (self->badges_box);
  gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (label, css));
  if (!isnan (total))
    {
      /* Translators: a badge with a philosophy's weighted evaluation total */
      g_autofree char *score = g_strdup_printf (_("Evaluated %.0f"), total);

      gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (score, "numeric"));
    }
  gtk_label_set_text (GTK_LABEL (self->statement_label), statement ? statement : _("No statement yet."));
  if (statement != NULL)
    gtk_widget_remove_css_class (self->statement_label, "dim-label");
  else
    gtk_widget_add_css_class (self->statement_label, "dim-label");
}

static void
refresh (RpPhilosophyDetail *self,
         gboolean            reload_text)
{
  g_autoptr(RpRecord) fresh = NULL;
  g_autoptr(GListModel) principles = NULL;
  GDate today;

  if (self->watch.store == NULL || self->philosophy == NULL)
    return;
  fresh = rp_store_get (self->watch.store, RP_KIND_PHILOSOPHY, rp_record_get_uuid (self->philosophy));
  if (fresh == NULL)
    return; /* deleted: the page moves on */
  g_set_object (&self->philosophy, fresh);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = rp_philosophy_findings (self->watch.store, self->philosophy);
  /* Overdue promotion concerns the adopted philosophy only. */
  if (g_strcmp0 (status_of (self), "adopted") == 0)
    {
      rp_date_set_today (&today);
      g_ptr_array_extend_and_steal (self->findings, rp_promotion_findings (self->watch.store, &today));
    }
  principles = list_principles (self);
  fill_header (self);
  fill_fit (self, principles);
  fill_balance (self, principles);
  fill_total (self);
  fill_adoption (self);
  gtk_widget_set_visible (self->promote_hint, g_strcmp0 (status_of (self), "adopted") != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "philosophy.present", g_list_model_get_n_items (principles) > 0);
  /* A reload keeps what the writer is typing. */
  if (reload_text && !gtk_text_buffer_get_modified (self->staff_buffer))
    load_staff_edition (self);
  rp_record_list_refresh (self->principles);
  rp_record_list_refresh (self->promotions);
}

static const char *const watched_kinds[] = {
  "philosophy", "principle", "principle_objective", "principle_stakeholder", "objective", "stakeholder_group", "evaluation", "score", "criterion", "philosophy_event", "promotion", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpPhilosophyDetail *self = user_data;

  refresh (self, TRUE);
}

/* Actions */

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (widget);
  RpRecordEditor *editor;

  if (self->philosophy == NULL)
    return;
  editor = rp_record_editor_new (widget, self->watch.store, self->philosophy, FALSE);
  /* The status and the decision change only through the adoption steps. */
  rp_record_editor_hide_field (editor, "status");
  rp_record_editor_hide_field (editor, "approved_by");
  rp_record_editor_hide_field (editor, "adopted_on");
  rp_record_editor_hide_field (editor, "decision_notes");
  rp_record_editor_hide_field (editor, "staff_edition");
  rp_record_editor_present (editor);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (widget);

  if (self->philosophy != NULL)
    rp_ui_delete_record (widget, self->watch.store, self->philosophy);
}

static void
evaluate_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (widget);

  if (self->philosophy != NULL)
    rp_record_list_open_editor (self->evaluations, NULL);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (widget);

  if (self->philosophy != NULL)
    rp_print_document (widget, rp_handout_philosophy (self->watch.store, self->philosophy));
}

static void
pdf_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (widget);
  g_autofree char *name = NULL;

  if (self->philosophy == NULL)
    return;
  name = g_strdup_printf ("%s.pdf", rp_record_get_string (self->philosophy, RP_PHILOSOPHY_TITLE));
  g_strdelimit (name, "/\\:", '-');
  rp_save_document_pdf (widget, rp_handout_philosophy (self->watch.store, self->philosophy), name);
}

static void
present_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (widget);
  g_autoptr(GListModel) principles = NULL;
  g_autoptr(RpRecord) profile = NULL;
  RpPresentation *show;
  guint n;

  if (self->philosophy == NULL)
    return;
  principles = list_principles (self);
  profile = rp_store_get_profile (self->watch.store);
  n = g_list_model_get_n_items (principles);
  show = rp_presentation_new (widget, rp_record_get_string (self->philosophy, RP_PHILOSOPHY_TITLE));
  rp_presentation_add_slide (show, profile ? rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME) : NULL,
                             rp_record_get_string (self->philosophy, RP_PHILOSOPHY_TITLE),
                             rp_record_get_string (self->philosophy, RP_PHILOSOPHY_STATEMENT));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      /* Translators: the kicker above a principle on a slide, "Principle 2 of 6" */
      g_autofree char *kicker = g_strdup_printf (_("Principle %u of %u"), i + 1, n);

      rp_presentation_add_slide (show, kicker, rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT),
                                 rp_record_get_string (principle, RP_PRINCIPLE_RATIONALE));
    }
  rp_presentation_start (show);
}

static void
rp_philosophy_detail_dispose (GObject *object)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (object);

  if (self->staff_buffer != NULL)
    keep_staff_edition (self);
  self->staff_buffer = NULL; /* owned by its view, which goes with the children */
  rp_store_watch_clear (&self->watch);
  g_clear_handle_id (&self->readability_id, g_source_remove);
  g_clear_object (&self->philosophy);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  G_OBJECT_CLASS (rp_philosophy_detail_parent_class)->dispose (object);
}

static void
rp_philosophy_detail_finalize (GObject *object)
{
  RpPhilosophyDetail *self = RP_PHILOSOPHY_DETAIL (object);

  g_ptr_array_unref (self->fit_checks);
  g_array_unref (self->customer);
  g_array_unref (self->company);
  g_free (self->readability_text);
  G_OBJECT_CLASS (rp_philosophy_detail_parent_class)->finalize (object);
}

static void
rp_philosophy_detail_class_init (RpPhilosophyDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_philosophy_detail_dispose;
  object_class->finalize = rp_philosophy_detail_finalize;
  gtk_widget_class_install_action (widget_class, "philosophy.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.evaluate", NULL, evaluate_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.pdf", NULL, pdf_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.present", NULL, present_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.save-staff-edition", NULL, save_staff_edition_activated);
  gtk_widget_class_install_action (widget_class, "philosophy.revert-staff-edition", NULL, revert_staff_edition_activated);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *name = g_strdup_printf ("philosophy.%s", steps[i].name);

      gtk_widget_class_install_action (widget_class, name, NULL, step_activated);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "philosophy.save-staff-edition", NULL);
}

/* Building the tabs */

static GtkWidget *
build_header (RpPhilosophyDetail *self)
{
  RpUiHeader parts;
  GtkWidget *header = rp_ui_detail_header ("philosophies.back", &parts);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) handout = g_menu_new ();
  g_autoptr(GMenu) record = g_menu_new ();

  self->back_button = parts.back;
  self->title_label = parts.title;
  self->badges_box = parts.badges;
  g_menu_append (handout, _("_Compare With Other Candidates…"), "philosophies.compare");
  g_menu_append (handout, _("_Print Handout…"), "philosophy.print");
  g_menu_append (handout, _("Save Handout as P_DF…"), "philosophy.pdf");
  g_menu_append (record, _("_Edit Title and Statement…"), "philosophy.edit");
  g_menu_append (record, _("_Start From This One"), "philosophies.duplicate");
  g_menu_append (record, _("_Delete"), "philosophy.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (handout));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (record));
  gtk_box_append (GTK_BOX (parts.buttons),
                  rp_ui_present_button ("philosophy.present", _("Show the philosophy full screen, one principle a slide")));
  gtk_box_append (GTK_BOX (parts.buttons), rp_ui_menu_button (G_MENU_MODEL (menu)));
  return header;
}


static GtkWidget *
heading_with_button (const char *title,
                     GtkWidget  *button)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = rp_ui_heading (title);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static void
build_write (RpPhilosophyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "write", _("Write"), "document-edit-symbolic");
  GtkWidget *statement = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Edit…"));
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *staff = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *hint = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *revert = gtk_button_new_with_mnemonic (_("_Revert"));
  GtkTextTagTable *tags;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "philosophy.edit");
  gtk_widget_add_css_class (edit, "flat");
  gtk_box_append (GTK_BOX (statement), heading_with_button (_("Statement"), edit));
  self->statement_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->statement_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->statement_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->statement_label), TRUE);
  gtk_widget_add_css_class (self->statement_label, "statement");
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), self->statement_label);
  gtk_box_append (GTK_BOX (statement), card);
  gtk_box_append (GTK_BOX (page), statement);

  self->principles = rp_record_list_new (RP_KIND_PRINCIPLE, _("Principles"));
  rp_record_list_set_description (self->principles,
                                  _("Each with why it matters and how much it benefits customers and the company (1–5). "
                                    "Drag a principle, or press Alt+↑ and Alt+↓, to change the order."));
  rp_record_list_set_numbered (self->principles, TRUE);
  rp_record_list_set_add_label (self->principles, _("Add Principle"));
  rp_record_list_set_title_func (self->principles, principle_title, NULL);
  rp_record_list_set_subtitle_func (self->principles, principle_subtitle, self);
  rp_record_list_set_suffix_func (self->principles, principle_suffix, self);
  rp_record_list_watch_kind (self->principles, "principle_objective");
  rp_record_list_watch_kind (self->principles, "principle_stakeholder");
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->principles));

  gtk_box_append (GTK_BOX (staff), rp_ui_heading (_("Staff Edition")));
  gtk_box_append (GTK_BOX (staff), rp_ui_intro_label (_("The philosophy in plain words for the people who serve customers. "
                                                  "Long sentences and long words are marked as you write.")));
  tags = gtk_text_tag_table_new ();
  self->staff_buffer = gtk_text_buffer_new (tags);
  g_object_unref (tags);
  gtk_text_buffer_create_tag (self->staff_buffer, "long-sentence", "background-rgba", &(GdkRGBA) { 0.96, 0.76, 0.07, 0.22 }, NULL);
  gtk_text_buffer_create_tag (self->staff_buffer, "long-word", "underline", PANGO_UNDERLINE_ERROR,
                              "underline-rgba", &(GdkRGBA) { 0.90, 0.38, 0.0, 1.0 }, NULL);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (view), self->staff_buffer);
  g_object_unref (self->staff_buffer);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Staff edition"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroll), 180);
  gtk_widget_add_css_class (scroll, "card");
  gtk_widget_add_css_class (scroll, "staff-edition");
  gtk_box_append (GTK_BOX (staff), scroll);
  /* After the buffer has marked itself modified. */
  g_signal_connect_after (self->staff_buffer, "changed", G_CALLBACK (staff_changed_cb), self);

  self->readability_icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
  gtk_widget_set_valign (self->readability_icon, GTK_ALIGN_START);
  self->readability_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->readability_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->readability_label), 0);
  gtk_widget_set_hexpand (self->readability_label, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "philosophy.save-staff-edition");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_tooltip_text (save, _("Save the staff edition (Ctrl+S)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (revert), "philosophy.revert-staff-edition");
  gtk_widget_set_valign (save, GTK_ALIGN_START);
  gtk_widget_set_valign (revert, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (hint), self->readability_icon);
  gtk_box_append (GTK_BOX (hint), self->readability_label);
  gtk_box_append (GTK_BOX (hint), revert);
  gtk_box_append (GTK_BOX (hint), save);
  gtk_box_append (GTK_BOX (staff), hint);
  gtk_box_append (GTK_BOX (page), staff);
}

static void
build_fit (RpPhilosophyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "fit", _("Fit"), "view-grid-symbolic");

  gtk_box_append (GTK_BOX (page), rp_ui_heading (_("Fit With the Company")));
  gtk_box_append (GTK_BOX (page), rp_ui_intro_label (_("Tick the corporate objectives each principle serves. "
                                                 "An objective no principle serves, and a principle that serves none, are flagged.")));
  self->fit_holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (page), self->fit_holder);
  self->fit_findings = rp_ui_boxed_list ();
  gtk_box_append (GTK_BOX (page), self->fit_findings);
}

static void
build_balance (RpPhilosophyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "balance", _("Balance"), "view-dual-symbolic");
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (page), rp_ui_heading (_("Balance of Benefits")));
  gtk_box_append (GTK_BOX (page), rp_ui_intro_label (_("A philosophy is geared to the customers' benefit, in balance with the company's. "
                                                 "Each principle's benefit to customers is drawn beside its benefit to the company.")));
  self->balance_chart = rp_chart_view_new (draw_balance, self, NULL);
  gtk_widget_set_size_request (self->balance_chart, -1, 220);
  gtk_widget_set_margin_top (self->balance_chart, 12);
  gtk_widget_set_margin_bottom (self->balance_chart, 12);
  gtk_widget_set_margin_start (self->balance_chart, 12);
  gtk_widget_set_margin_end (self->balance_chart, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->balance_chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Benefit to customers and to the company, per principle"), -1);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), self->balance_chart);
  gtk_box_append (GTK_BOX (page), card);
  gtk_box_append (GTK_BOX (page), rp_ui_heading (_("Favouring the Company")));
  self->balance_list = rp_ui_boxed_list ();
  gtk_box_append (GTK_BOX (page), self->balance_list);
}

static void
build_evaluate (RpPhilosophyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "evaluate", _("Evaluate"), "starred-symbolic");
  GtkWidget *evaluate = gtk_button_new_with_mnemonic (_("E_valuate…"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (evaluate), "philosophy.evaluate");
  gtk_widget_add_css_class (evaluate, "suggested-action");
  gtk_box_append (GTK_BOX (page), heading_with_button (_("Management's Evaluation"), evaluate));
  self->total_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->total_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->total_label), 0);
  gtk_widget_add_css_class (self->total_label, "title-4");
  gtk_box_append (GTK_BOX (page), self->total_label);
  self->evaluations = rp_evaluation_list_new (_("Evaluations"), "philosophy", "philosophy");
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->evaluations));
  self->criteria = rp_record_list_new (RP_KIND_CRITERION, _("Criteria"));
  rp_record_list_set_owner (self->criteria, "scope", "philosophy");
  rp_record_list_set_description (self->criteria, _("The same weighted criteria apply to every candidate philosophy."));
  rp_record_list_set_subtitle_func (self->criteria, criterion_subtitle, NULL);
  rp_record_list_set_numbered (self->criteria, TRUE);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->criteria));
}

static void
build_adoption (RpPhilosophyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "adoption", _("Adoption"), "emblem-ok-symbolic");
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  static const struct { const char *label; const char *action; const char *css; } button_defs[] = {
    { N_("_Propose…"), "philosophy.propose", "suggested-action" },
    { N_("_Adopt…"), "philosophy.adopt", "suggested-action" },
    { N_("Back to _Draft…"), "philosophy.withdraw", NULL },
    { N_("_Retire…"), "philosophy.retire", "destructive-action" },
  };

  gtk_widget_add_css_class (card, "card");
  self->status_title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->status_title), 0);
  gtk_widget_add_css_class (self->status_title, "title-3");
  self->status_text = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->status_text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->status_text), 0);
  gtk_box_append (GTK_BOX (card), self->status_title);
  gtk_box_append (GTK_BOX (card), self->status_text);
  for (guint i = 0; i < G_N_ELEMENTS (button_defs); i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_(button_defs[i].label));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), button_defs[i].action);
      if (button_defs[i].css != NULL)
        gtk_widget_add_css_class (button, button_defs[i].css);
      /* Only the steps open to this philosophy are shown. */
      g_object_bind_property (button, "sensitive", button, "visible", G_BINDING_SYNC_CREATE);
      gtk_box_append (GTK_BOX (buttons), button);
    }
  gtk_widget_set_margin_top (buttons, 6);
  gtk_box_append (GTK_BOX (card), buttons);
  gtk_widget_add_css_class (card, "decision");
  gtk_box_append (GTK_BOX (page), card);
  gtk_box_append (GTK_BOX (page), rp_ui_heading (_("Adoption History")));
  self->history = rp_ui_boxed_list ();
  gtk_box_append (GTK_BOX (page), self->history);
}

static void
build_promote (RpPhilosophyDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "promote", _("Promote"), "document-send-symbolic");

  self->promote_hint = rp_ui_intro_label (_("Promotion matters once the philosophy is adopted; plan it ahead here."));
  gtk_box_append (GTK_BOX (page), self->promote_hint);
  self->promotions = rp_record_list_new (RP_KIND_PROMOTION, _("Promotion Activities"));
  rp_record_list_set_description (self->promotions, _("How staff, customers and partners come to know the philosophy: "
                                                      "who, through which channel, who owns it, and by when."));
  rp_record_list_set_subtitle_func (self->promotions, promotion_subtitle, NULL);
  rp_record_list_set_suffix_func (self->promotions, promotion_suffix, self);
  rp_record_list_set_add_label (self->promotions, _("Add Activity"));
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->promotions));
}

static void
rp_philosophy_detail_init (RpPhilosophyDetail *self)
{
  GtkWidget *box;

  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  self->fit_checks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->customer = g_array_new (FALSE, FALSE, sizeof (int));
  self->company = g_array_new (FALSE, FALSE, sizeof (int));
  self->findings = rp_findings_new ();
  box = rp_ui_tabbed_detail (build_header (self), &self->stack);
  build_write (self);
  build_fit (self);
  build_balance (self);
  build_evaluate (self);
  build_adoption (self);
  build_promote (self);
  adw_bin_set_child (ADW_BIN (self), box);
}

RpPhilosophyDetail *
rp_philosophy_detail_new (void)
{
  return g_object_new (RP_TYPE_PHILOSOPHY_DETAIL, NULL);
}

void
rp_philosophy_detail_set_philosophy (RpPhilosophyDetail *self,
                                     RpStore            *store,
                                     RpRecord           *philosophy)
{
  const char *uuid = philosophy ? rp_record_get_uuid (philosophy) : NULL;
  gboolean same = self->philosophy != NULL && philosophy != NULL &&
                  g_str_equal (rp_record_get_uuid (self->philosophy), uuid);

  g_return_if_fail (RP_IS_PHILOSOPHY_DETAIL (self));

  if (!same || self->watch.store != store)
    {
      keep_staff_edition (self);
      /* The next philosophy's own text is loaded, whatever became of this one's. */
      gtk_text_buffer_set_modified (self->staff_buffer, FALSE);
    }
  rp_store_watch_set_store (&self->watch, store);
  g_set_object (&self->philosophy, philosophy);
  rp_record_list_set_owner (self->principles, "philosophy", uuid);
  rp_record_list_set_owner (self->evaluations, "philosophy", uuid);
  rp_record_list_set_owner (self->promotions, "philosophy", uuid);
  rp_record_list_set_store (self->principles, store);
  rp_record_list_set_store (self->evaluations, store);
  rp_record_list_set_store (self->promotions, store);
  rp_record_list_set_store (self->criteria, store);
  if (philosophy != NULL && store != NULL)
    refresh (self, TRUE);
}

RpRecord *
rp_philosophy_detail_get_philosophy (RpPhilosophyDetail *self)
{
  return self->philosophy;
}

GtkWidget *
rp_philosophy_detail_get_back_button (RpPhilosophyDetail *self)
{
  return self->back_button;
}

void
rp_philosophy_detail_show_tab (RpPhilosophyDetail *self,
                               const char         *name)
{
  adw_view_stack_set_visible_child_name (self->stack, name);
}

const char *
rp_philosophy_detail_get_tab (RpPhilosophyDetail *self)
{
  return adw_view_stack_get_visible_child_name (self->stack);
}

RpRecordList *
rp_philosophy_detail_get_principles (RpPhilosophyDetail *self)
{
  return self->principles;
}

GtkTextBuffer *
rp_philosophy_detail_get_staff_buffer (RpPhilosophyDetail *self)
{
  return self->staff_buffer;
}

const char *
rp_philosophy_detail_get_readability (RpPhilosophyDetail *self)
{
  return self->readability_text;
}

/* How many separate stretches of text carry @tag_name. */
guint
rp_philosophy_detail_count_highlights (RpPhilosophyDetail *self,
                                       const char         *tag_name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (self->staff_buffer), tag_name);
  GtkTextIter iter;
  guint n = 0;

  g_clear_handle_id (&self->readability_id, g_source_remove);
  analyse_staff_edition (self);
  gtk_text_buffer_get_start_iter (self->staff_buffer, &iter);
  if (gtk_text_iter_starts_tag (&iter, tag))
    n++;
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    if (gtk_text_iter_starts_tag (&iter, tag))
      n++;
  return n;
}

GtkCheckButton *
rp_philosophy_detail_get_fit_check (RpPhilosophyDetail *self,
                                    guint               principle,
                                    guint               objective)
{
  GPtrArray *row;

  if (principle >= self->fit_checks->len)
    return NULL;
  row = self->fit_checks->pdata[principle];
  return objective < row->len ? row->pdata[objective] : NULL;
}

guint
rp_philosophy_detail_count_flags (RpPhilosophyDetail *self,
                                  const char         *rule)
{
  return self->findings ? rp_findings_count (self->findings, rule) : 0;
}
