/* test-ui-outsourcers.c — the Outsourcers area under Xvfb, one behaviour a test, driven
 * through its actions as a user's clicks and keys drive them */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rp-outsourcer-tabs.h"
#include "rp-outsourcers-page.h"
#include "rp-outsourcing.h"
#include "rp-philosophy.h"
#include "rp-scorecard.h"
#include "rp-scorecard-model.h"
#include "rp-standing-decision.h"
#include "rp-test-ui.h"
#include "rp-test-utils.h"
#include "rp-util.h"
#include "rp-workflow.h"

static RpOutsourcersPage *
page_of (RpUiFixture *f)
{
  rp_model_wait (RP_MODEL (rp_scorecard_model_get (f->store, NULL)));
  rp_test_ui_wait (20);
  return RP_OUTSOURCERS_PAGE (rp_ui_fixture_page (f, "outsourcers"));
}

static RpOutsourcerDetail *
detail_of (RpUiFixture *f)
{
  return rp_outsourcers_page_get_detail (page_of (f));
}

static RpDetailTab *
show_tab (RpUiFixture *f,
          const char  *name)
{
  rp_detail_view_show_tab (RP_DETAIL_VIEW (detail_of (f)), name);
  rp_test_ui_wait (50);
  return rp_detail_view_get_tab (RP_DETAIL_VIEW (detail_of (f)), name);
}

static RpRecord *
open_outsourcer (RpUiFixture *f,
                 const char  *name)
{
  RpRecord *outsourcer = rp_store_find (f->store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, name, RP_FIELD_NONE, NULL);

  g_assert_nonnull (outsourcer);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "outsourcer",
                                             rp_record_get_uuid (outsourcer)));
  rp_test_ui_wait (50);
  g_assert_cmpstr (rp_outsourcers_page_get_section (page_of (f)), ==, "detail");
  return outsourcer;
}

static char *
score_text (RpDetailTab *scorecard)
{
  char *text = NULL;

  g_object_get (scorecard, "score-text", &text, NULL);
  return text;
}

static gboolean
calls_for_decision (RpDetailTab *tab)
{
  GtkWidget *decision = rp_test_ui_find (GTK_WIDGET (tab), RP_TYPE_STANDING_DECISION, NULL);

  g_assert_nonnull (decision);
  return gtk_widget_get_visible (decision);
}

static char *
last_month (void)
{
  GDate today;
  g_autofree char *now = NULL;

  rp_date_set_today (&today);
  now = rp_period_of_date (&today);
  return rp_period_add (now, -1);
}

/* The ranked scorecard, best first, and filtered by standing */
static void
test_ranked_and_filtered (RpUiFixture   *f,
                          gconstpointer  data)
{
  RpRankedScorecard *ranked = rp_outsourcers_page_get_ranked (page_of (f));
  GListModel *rows = rp_ranked_scorecard_get_rows (ranked);
  g_autoptr(RpScoreRow) first = NULL;

  g_assert_cmpstr (rp_outsourcers_page_get_section (page_of (f)), ==, "ranked");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);
  first = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (rp_score_row_get_name (first), ==, "ByteBridge IT Services");
  rp_test_ui_save_png (GTK_WIDGET (f->window), "outsourcers-ranked");
  rp_ranked_scorecard_filter_standing (ranked, "Probation");
  rp_test_ui_process ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  rp_ranked_scorecard_filter_standing (ranked, NULL);
  rp_test_ui_process ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);
}

/* A change of the profile's credit above target changes every score: the ranked
 * scorecard shows the core's new scores without being asked */
static void
test_cap_updates_ranked (RpUiFixture   *f,
                         gconstpointer  data)
{
  RpRankedScorecard *ranked = rp_outsourcers_page_get_ranked (page_of (f));
  GListModel *rows = rp_ranked_scorecard_get_rows (ranked);
  g_autoptr(RpRecord) profile = rp_store_get_profile (f->store);
  g_autoptr(RpScorecardModel) scores = rp_scorecard_model_get (f->store, NULL);
  g_autoptr(GPtrArray) before = rp_scorecard_compute (f->store, rp_scorecard_model_get_period (scores), NULL, FALSE, NULL);
  g_autoptr(GPtrArray) after = NULL;
  guint changed = 0;

  rp_record_set_real (profile, RP_PROFILE_SCORE_CAP, 1.5);
  g_assert_true (rp_store_save (f->store, profile, NULL));
  rp_model_wait (RP_MODEL (scores));
  rp_test_ui_wait (50);
  after = rp_scorecard_compute (f->store, rp_scorecard_model_get_period (scores), NULL, FALSE, NULL);
  for (guint i = 0; i < after->len; i++)
    {
      RpScorecard *card = after->pdata[i];
      RpScorecard *old = NULL;

      for (guint j = 0; j < before->len; j++)
        if (g_str_equal (((RpScorecard *) before->pdata[j])->uuid, card->uuid))
          old = before->pdata[j];
      g_assert_nonnull (old);
      changed += !isnan (card->score) && card->score != old->score;
      /* Every row shown has the core's score under the new cap */
      for (guint r = 0; r < g_list_model_get_n_items (rows); r++)
        {
          g_autoptr(RpScoreRow) row = g_list_model_get_item (rows, r);

          if (g_str_equal (rp_score_row_get_uuid (row), card->uuid))
            g_assert_true ((isnan (card->score) && isnan (rp_score_row_get_score (row))) ||
                           fabs (card->score - rp_score_row_get_score (row)) < 1e-9);
        }
    }
  /* …and the cap did change some */
  g_assert_cmpuint (changed, >, 0);
}

/* A month's scorecard: the standing, and the action it calls for until one is recorded */
static void
test_scorecard_calls_for_decision (RpUiFixture   *f,
                                   gconstpointer  data)
{
  RpDetailTab *tab;
  RpRecordEditor *editor;
  g_autofree char *text = NULL;

  g_autoptr(RpRecord) swift = open_outsourcer (f, "SwiftLink Logistics");
  tab = show_tab (f, "scorecard");
  text = score_text (tab);
  g_assert_nonnull (strstr (text, "Probation"));
  g_assert_true (calls_for_decision (tab));
  rp_test_ui_save_png (GTK_WIDGET (f->window), "outsourcer-scorecard");
  tab = show_tab (f, "actions");
  g_assert_true (calls_for_decision (tab));
  /* Record Decision… proposes what the rule calls for; the person decides and saves */
  g_assert_true (gtk_widget_activate_action (rp_test_ui_find (GTK_WIDGET (tab), RP_TYPE_STANDING_DECISION, NULL),
                                             "decision.record", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_store_count_where (f->store, RP_KIND_VENDOR_ACTION, RP_VENDOR_ACTION_OUTSOURCER, rp_record_get_uuid (swift)), >, 0);
  g_assert_false (calls_for_decision (show_tab (f, "actions")));
  g_assert_false (calls_for_decision (show_tab (f, "scorecard")));
}

/* A new outsourcer, a KPI and figures typed in the grid, checked in place: the score follows */
static void
test_figures_typed_in_grid (RpUiFixture   *f,
                            gconstpointer  data)
{
  RpRecordEditor *editor;
  RpDetailTab *tab;
  RpFigureGrid *grid;
  g_autoptr(RpRecord) created = NULL;
  g_autoptr(RpRecord) kpi = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last = last_month ();
  g_autofree char *now = NULL;
  g_autofree char *cell = NULL;
  g_autofree char *text = NULL;
  guint n_listed = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "area.new", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (rp_record_editor_get_field_widget (editor, "name")), "Kowloon Couriers");
  g_assert_true (rp_record_editor_save (editor));
  rp_model_wait (RP_MODEL (rp_scorecard_model_get (f->store, NULL)));
  rp_test_ui_wait (50);
  g_object_get (page_of (f), "n-listed", &n_listed, NULL);
  g_assert_cmpuint (n_listed, ==, 6);

  created = open_outsourcer (f, "Kowloon Couriers");
  tab = show_tab (f, "kpis");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rp_test_ui_find_list (GTK_WIDGET (tab), "Key Performance Indicators")),
                                             "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  gtk_editable_set_text (GTK_EDITABLE (rp_record_editor_get_field_widget (editor, "name")), "Parcels on time");
  gtk_editable_set_text (GTK_EDITABLE (rp_record_editor_get_field_widget (editor, "unit")), "%");
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  kpi = rp_store_find (f->store, RP_KIND_KPI, RP_KPI_OUTSOURCER, rp_record_get_uuid (created), RP_FIELD_NONE, NULL);
  g_assert_nonnull (kpi);
  g_assert_true (rp_kpi_change_target (f->store, kpi, 95, "2020-01", NULL));

  grid = rp_outsourcer_kpis_tab_get_grid (RP_OUTSOURCER_KPIS_TAB (tab));
  rp_test_ui_wait (50);
  /* What is not a figure is refused where it was typed */
  g_assert_false (rp_figure_grid_enter (grid, last, rp_record_get_uuid (kpi), "lots", &error));
  g_assert_nonnull (strstr (error->message, "“lots” is not a number"));
  g_clear_error (&error);
  g_assert_true (rp_figure_grid_enter (grid, last, rp_record_get_uuid (kpi), "57", &error));
  g_assert_no_error (error);
  rp_test_ui_wait (50);
  cell = rp_figure_grid_dup_cell (grid, last, rp_record_get_uuid (kpi));
  g_assert_cmpstr (cell, ==, "57");
  g_clear_pointer (&cell, g_free);
  now = rp_period_add (last, 1);
  cell = rp_figure_grid_dup_cell (grid, now, rp_record_get_uuid (kpi));
  g_assert_cmpstr (cell, ==, "—");

  /* As typed in a cell: an empty one starts empty, not as its dash; a filled one starts with
   * its value selected, so typing replaces it; a wrong entry says why where it was typed. */
  {
    g_autofree char *empty_name = g_strdup_printf ("Parcels on time (%%), %s", now);
    g_autofree char *filled_name = g_strdup_printf ("Parcels on time (%%), %s", last);
    GtkWidget *empty = rp_test_ui_find_accessible (GTK_WIDGET (grid), empty_name);
    GtkWidget *filled = rp_test_ui_find_accessible (GTK_WIDGET (grid), filled_name);
    int start = -1, end = -1;

    g_assert_true (GTK_IS_EDITABLE_LABEL (empty));
    g_assert_true (GTK_IS_EDITABLE_LABEL (filled));
    gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (empty));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (empty)), ==, "");
    gtk_editable_set_text (GTK_EDITABLE (empty), "95");
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (empty), TRUE);
    rp_test_ui_wait (50);
    g_clear_pointer (&cell, g_free);
    cell = rp_figure_grid_dup_cell (grid, now, rp_record_get_uuid (kpi));
    g_assert_cmpstr (cell, ==, "95");

    gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (filled));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (filled)), ==, "57");
    g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (filled), &start, &end));
    g_assert_cmpint (start, ==, 0);
    g_assert_cmpint (end, ==, 2);
    gtk_editable_set_text (GTK_EDITABLE (filled), "-5");
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (filled), TRUE);
    rp_test_ui_wait (50);
    g_assert_true (gtk_widget_has_css_class (filled, "error"));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (filled), "below zero"));
    g_clear_pointer (&cell, g_free);
    cell = rp_figure_grid_dup_cell (grid, last, rp_record_get_uuid (kpi));
    g_assert_cmpstr (cell, ==, "57");
    /* 95 this month counts for the scorecard below; put last month back as it was */
    gtk_editable_set_text (GTK_EDITABLE (filled), "57");
  }
  rp_test_ui_save_png (GTK_WIDGET (f->window), "outsourcer-figures");

  /* 57 of 95 = 60: Watch, which calls for a warning */
  tab = show_tab (f, "scorecard");
  rp_outsourcer_scorecard_tab_set_period (RP_OUTSOURCER_SCORECARD_TAB (tab), last);
  rp_test_ui_wait (50);
  text = score_text (tab);
  g_assert_nonnull (strstr (text, "Watch"));
  g_assert_true (calls_for_decision (tab));
}

static RpRecordEditor *
record_check (RpUiFixture *f,
              RpRecord    *commitment)
{
  g_autofree char *name = g_strdup_printf ("Record a check of “\u2068%s\u2069”", rp_record_get_string (commitment, RP_COMMITMENT_DESCRIPTION));
  GtkWidget *button = rp_test_ui_find_accessible (GTK_WIDGET (show_tab (f, "compliance")), name);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  return rp_test_ui_wait_for_editor ();
}

/* A commitment is checked from its row, once for the latest month scored: the second
 * time, that month's check is edited rather than made again */
static void
test_compliance_check_recorded (RpUiFixture   *f,
                                gconstpointer  data)
{
  g_autoptr(RpRecord) pearl = open_outsourcer (f, "Pearl Delta Contact");
  g_autoptr(RpScorecardModel) scores = rp_scorecard_model_get (f->store, NULL);
  const char *period = rp_scorecard_model_get_period (scores);
  g_autoptr(GListModel) contracts = rp_store_list (f->store, RP_KIND_CONTRACT, RP_CONTRACT_OUTSOURCER, rp_record_get_uuid (pearl));
  g_autoptr(RpRecord) contract = g_list_model_get_item (contracts, 0);
  g_autoptr(GListModel) commitments = rp_store_list (f->store, RP_KIND_COMMITMENT, RP_COMMITMENT_CONTRACT, rp_record_get_uuid (contract));
  g_autoptr(RpRecord) commitment = g_list_model_get_item (commitments, 0);
  g_autoptr(RpRecord) made = rp_store_find (f->store, RP_KIND_COMPLIANCE_CHECK, RP_COMPLIANCE_CHECK_COMMITMENT,
                                            rp_record_get_uuid (commitment), RP_COMPLIANCE_CHECK_PERIOD, period);
  g_autoptr(RpRecord) check = NULL;
  RpRecordEditor *editor;
  guint before;

  if (made != NULL)
    g_assert_true (rp_store_delete (f->store, made, NULL, NULL));
  rp_test_ui_wait (50);
  before = rp_store_count_where (f->store, RP_KIND_COMPLIANCE_CHECK, RP_COMPLIANCE_CHECK_COMMITMENT, rp_record_get_uuid (commitment));
  editor = record_check (f, commitment);
  g_assert_nonnull (editor);
  g_assert_cmpstr (rp_record_get_string (rp_record_editor_get_record (editor), RP_COMPLIANCE_CHECK_PERIOD), ==, period);
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_store_count_where (f->store, RP_KIND_COMPLIANCE_CHECK, RP_COMPLIANCE_CHECK_COMMITMENT,
                                          rp_record_get_uuid (commitment)), ==, before + 1);
  check = rp_store_find (f->store, RP_KIND_COMPLIANCE_CHECK, RP_COMPLIANCE_CHECK_COMMITMENT, rp_record_get_uuid (commitment),
                         RP_COMPLIANCE_CHECK_PERIOD, period);
  g_assert_nonnull (check);
  editor = record_check (f, commitment);
  g_assert_nonnull (editor);
  g_assert_cmpstr (rp_record_get_uuid (rp_record_editor_get_record (editor)), ==, rp_record_get_uuid (check));
  g_assert_true (rp_record_editor_save (editor));
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_store_count_where (f->store, RP_KIND_COMPLIANCE_CHECK, RP_COMPLIANCE_CHECK_COMMITMENT,
                                          rp_record_get_uuid (commitment)), ==, before + 1);
}

/* A proposal judged against the adopted philosophy, moved only along its workflow's steps */
static void
test_proposal_workflow (RpUiFixture   *f,
                        gconstpointer  data)
{
  g_autoptr(RpRecord) pearl = rp_store_find (f->store, RP_KIND_OUTSOURCER, RP_OUTSOURCER_NAME, "Pearl Delta Contact", RP_FIELD_NONE, NULL);
  g_autoptr(GListModel) proposals = rp_store_list (f->store, RP_KIND_PROPOSAL, RP_PROPOSAL_OUTSOURCER, rp_record_get_uuid (pearl));
  g_autoptr(RpRecord) proposal = g_list_model_get_item (proposals, 0);
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (f->store);
  g_autoptr(GListModel) principles = rp_store_list (f->store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted));
  g_autoptr(RpRecord) p4 = g_list_model_get_item (principles, 4);
  g_autoptr(RpRecord) moved = NULL;
  RpProposalPane *pane;
  AdwComboRow *verdict;
  GtkWidget *button;
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(ss)", "proposal",
                                             rp_record_get_uuid (proposal)));
  rp_test_ui_wait (50);
  g_assert_cmpstr (rp_detail_view_get_visible_tab (RP_DETAIL_VIEW (detail_of (f))), ==, "proposals");
  pane = rp_outsourcer_proposals_tab_get_pane (RP_OUTSOURCER_PROPOSALS_TAB (show_tab (f, "proposals")));
  g_assert_cmpstr (rp_record_get_uuid (rp_proposal_pane_get_proposal (pane)), ==, rp_record_get_uuid (proposal));
  g_assert_cmpuint (rp_proposal_pane_get_n_conflicts (pane), ==, 1);
  /* A verdict chosen on the principle's row is recorded */
  verdict = ADW_COMBO_ROW (rp_test_ui_find (GTK_WIDGET (pane), ADW_TYPE_COMBO_ROW, rp_record_get_string (p4, RP_PRINCIPLE_STATEMENT)));
  g_assert_nonnull (verdict);
  adw_combo_row_set_selected (verdict, 1 + RP_VERDICT_CONFLICTS);
  rp_test_ui_wait (50);
  g_assert_cmpuint (rp_proposal_pane_get_n_conflicts (pane), ==, 2);
  /* The steps offered are the workflow's: accept it… */
  button = rp_test_ui_find (GTK_WIDGET (pane), GTK_TYPE_BUTTON, "_Accept");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  /* …it conflicts with the adopted philosophy: accepting asks why, and waits for an answer */
  dialog = rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "conflicts with 2 principles"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "rp-why"), "The board accepts the trade-off for one year.");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept"));
  rp_test_ui_save_png (GTK_WIDGET (dialog), "outsourcer-accept-despite");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  rp_test_ui_close_window (dialog);
  rp_test_ui_wait (50);
  moved = rp_store_get (f->store, RP_KIND_PROPOSAL, rp_record_get_uuid (proposal));
  g_assert_cmpint (rp_record_get_enum (moved, RP_PROPOSAL_STATUS), ==, RP_PROPOSAL_STATUS_ACCEPTED);
  g_assert_null (rp_test_ui_find (GTK_WIDGET (pane), GTK_TYPE_BUTTON, "_Accept"));
  /* …but integrating it needs the strategies or activities it became */
  button = rp_test_ui_find (GTK_WIDGET (pane), GTK_TYPE_BUTTON, "Mark _Integrated");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  dialog = rp_test_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Link the proposal"));
  rp_test_ui_close_window (dialog);
  g_clear_object (&moved);
  moved = rp_store_get (f->store, RP_KIND_PROPOSAL, rp_record_get_uuid (proposal));
  g_assert_cmpint (rp_record_get_enum (moved, RP_PROPOSAL_STATUS), ==, RP_PROPOSAL_STATUS_ACCEPTED);
  rp_test_ui_save_png (GTK_WIDGET (f->window), "outsourcer-proposal");
}

/* A proposal's status is its workflow's: the generic editor does not offer it */
static void
test_status_not_edited (RpUiFixture   *f,
                        gconstpointer  data)
{
  g_autoptr(RpRecord) pearl = open_outsourcer (f, "Pearl Delta Contact");
  RpRecordList *proposals = rp_test_ui_find_list (GTK_WIDGET (show_tab (f, "proposals")), "CRM Strategy Proposals");
  RpRecordEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (proposals), "list.add", NULL));
  editor = rp_test_ui_wait_for_editor ();
  g_assert_nonnull (editor);
  g_assert_null (rp_record_editor_get_field_widget (editor, "status"));
  g_assert_nonnull (rp_record_editor_get_field_widget (editor, "title"));
}

int
main (int    argc,
      char **argv)
{
  if (!rp_test_ui_setup (&argc, &argv))
    return 77;

#define ADD(path, func) \
  g_test_add (path, RpUiFixture, "outsourcers", rp_ui_fixture_sample, func, rp_ui_fixture_tear_down)
  ADD ("/ui/outsourcers/ranked-and-filtered", test_ranked_and_filtered);
  ADD ("/ui/outsourcers/cap-updates-ranked", test_cap_updates_ranked);
  ADD ("/ui/outsourcers/scorecard-calls-for-decision", test_scorecard_calls_for_decision);
  ADD ("/ui/outsourcers/figures-typed-in-grid", test_figures_typed_in_grid);
  ADD ("/ui/outsourcers/compliance-check-recorded", test_compliance_check_recorded);
  ADD ("/ui/outsourcers/proposal-workflow", test_proposal_workflow);
  ADD ("/ui/outsourcers/status-not-edited", test_status_not_edited);
#undef ADD

  return g_test_run ();
}
