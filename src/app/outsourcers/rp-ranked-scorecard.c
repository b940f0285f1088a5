/* rp-ranked-scorecard.c — every outsourcer ranked for a chosen month, filterable by
 * service model and standing: a virtualised column view over the shared scorecard
 * model of that month, sorted by its rows' ranking */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-ranked-scorecard.h"
#include "rp-chart-view.h"
#include "rp-record-model.h"
#include "rp-scorecard-model.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpRankedScorecard
{
  AdwBin              parent_instance;

  GtkDropDown        *period_dropdown;
  GtkDropDown        *model_dropdown;
  GtkDropDown        *standing_dropdown;
  GtkColumnView      *view;
  GtkWidget          *summary_label;
  GtkSpinner         *spinner;

  RpStore            *store;
  RpScorecardModel   *latest;     /* the month most figures were entered for */
  RpScorecardModel   *scores;     /* the month chosen */
  RpRecordModel      *rules;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GPtrArray          *periods;    /* the dropdown's months; NULL first: the latest */
  GPtrArray          *standings;
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (RpRankedScorecard, rp_ranked_scorecard, ADW_TYPE_BIN)

enum {
  OUTSOURCER_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  RpRankedScorecard *self = user_data;
  const RpScorecard *card = rp_score_row_get_card (item);
  guint model = gtk_drop_down_get_selected (self->model_dropdown);
  guint standing = gtk_drop_down_get_selected (self->standing_dropdown);
  const RpField *field = rp_field_get (RP_OUTSOURCER_SERVICE_MODEL);

  if (model > 0 && model <= rp_field_enum_count (field) &&
      g_strcmp0 (card->service_model, field->enum_values[model - 1].nick) != 0)
    return FALSE;
  if (standing > 0 && standing <= self->standings->len)
    {
      const char *wanted = self->standings->pdata[standing - 1];

      if (wanted == NULL)
        return card->standing == NULL;
      return g_strcmp0 (card->standing, wanted) == 0;
    }
  return TRUE;
}

static void
filters_changed_cb (RpRankedScorecard *self)
{
  /* The dropdowns are given their choices before the filter exists. */
  if (!self->filling && self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Columns */

typedef enum {
  COLUMN_RANK,
  COLUMN_NAME,
  COLUMN_MODEL,
  COLUMN_SCORE,
  COLUMN_STANDING,
  COLUMN_TREND,
  COLUMN_OVERALL,
  COLUMN_COMPLIANCE,
  COLUMN_MEASURED,
} Column;

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);

  if (column == COLUMN_STANDING || column == COLUMN_TREND)
    gtk_list_item_set_child (item, gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  else
    {
      GtkWidget *label = gtk_label_new (NULL);
      gboolean numeric = column != COLUMN_NAME && column != COLUMN_MODEL;

      gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      if (numeric)
        gtk_widget_add_css_class (label, "numeric");
      gtk_list_item_set_child (item, label);
    }
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  const RpScorecard *card = rp_score_row_get_card (gtk_list_item_get_item (item));
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_RANK:
      text = g_strdup_printf ("%u", gtk_list_item_get_position (item) + 1);
      break;
    case COLUMN_NAME:
      text = rp_text_strip_bidi (card->name);
      break;
    case COLUMN_MODEL:
      text = g_strdup (rp_field_enum_label (rp_field_get (RP_OUTSOURCER_SERVICE_MODEL), card->service_model));
      break;
    case COLUMN_SCORE:
      text = rp_ui_format_number (card->score, 1);
      break;
    case COLUMN_OVERALL:
      text = rp_ui_format_number (card->overall, 1);
      break;
    case COLUMN_COMPLIANCE:
      text = isnan (card->compliance_rate) ? g_strdup ("—") : g_strdup_printf ("%.0f %%", 100 * card->compliance_rate);
      break;
    case COLUMN_MEASURED:
      text = rp_text_printf (_("%u of %u"), card->n_measured, card->n_kpis - card->n_not_applicable);
      break;
    case COLUMN_STANDING:
    case COLUMN_TREND:
    default:
      rp_ui_clear_box (child);
      if (column == COLUMN_STANDING)
        gtk_box_append (GTK_BOX (child), rp_ui_badge_new (rp_ui_standing_text (card), rp_ui_standing_card_class (card)));
      else
        gtk_box_append (GTK_BOX (child), rp_sparkline_new (card->series, RP_SCORE_PERIODS, card->period));
      return;
    }
  gtk_label_set_text (GTK_LABEL (child), text);
}

static void
add_column (RpRankedScorecard *self,
            const char        *title,
            Column             column,
            gboolean           expand,
            int                width,
            GtkSorter         *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *c;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GINT_TO_POINTER (column));
  c = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (c, expand);
  gtk_column_view_column_set_resizable (c, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (c, width);
  if (sorter != NULL)
    gtk_column_view_column_set_sorter (c, sorter);
  gtk_column_view_append_column (self->view, c);
  if (column == COLUMN_SCORE)
    gtk_column_view_sort_by_column (self->view, c, GTK_SORT_DESCENDING);
  g_object_unref (c);
}

/* The month's model */

static void
summarise (RpRankedScorecard *self)
{
  guint n = self->scores ? g_list_model_get_n_items (G_LIST_MODEL (self->scores)) : 0;
  guint counted[4] = { 0 };
  g_autofree char *summary = NULL;
  const char *period = self->scores ? rp_scorecard_model_get_period (self->scores) : NULL;
  g_autofree char *month = period ? rp_ui_format_month (period, TRUE) : NULL;
  gboolean loading = self->scores != NULL && rp_model_get_loading (RP_MODEL (self->scores));

  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpScoreRow) row = g_list_model_get_item (G_LIST_MODEL (self->scores), i);
      const RpScorecard *card = rp_score_row_get_card (row);

      if (card->rule_action != NULL)
        counted[g_str_equal (card->rule_action, "reward") ? 0 : g_str_equal (card->rule_action, "none") ? 1
                : g_str_equal (card->rule_action, "warning") ? 2 : 3]++;
    }
  if (month == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->summary_label), "");
      return;
    }
  /* Translators: "Oct 2026: 1 rewarded, 0 good, 1 on watch, 1 facing a penalty or review" */
  summary = rp_text_printf (_("%s: %u rewarded, %u on standard, %u with a warning, %u facing a penalty or review"),
                             month, counted[0], counted[1], counted[2], counted[3]);
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
}

static void
fill_periods (RpRankedScorecard *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *latest = self->latest ? rp_scorecard_model_get_period (self->latest) : NULL;

  if (self->periods != NULL && self->periods->len > 1 && g_strcmp0 (self->periods->pdata[1], latest) == 0)
    return;
  self->filling = TRUE;
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  self->periods = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->periods, NULL);
  gtk_string_list_append (names, _("Latest month"));
  for (int i = 0; latest != NULL && i < 36; i++)
    {
      char *p = rp_period_add (latest, -i);
      g_autofree char *label = rp_ui_format_month (p, TRUE);

      gtk_string_list_append (names, label);
      g_ptr_array_add (self->periods, p);
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->period_dropdown, 0);
  self->filling = FALSE;
}

static void
use_scores (RpRankedScorecard *self,
            RpScorecardModel  *scores)
{
  if (self->scores != NULL)
    g_signal_handlers_disconnect_by_func (self->scores, summarise, self);
  g_set_object (&self->scores, scores);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (scores));
  if (scores != NULL)
    {
      g_signal_connect_swapped (scores, "items-changed", G_CALLBACK (summarise), self);
      g_signal_connect_swapped (scores, "notify::loading", G_CALLBACK (summarise), self);
    }
  summarise (self);
}

static void
period_changed_cb (RpRankedScorecard *self)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);
  g_autoptr(RpScorecardModel) scores = NULL;

  if (self->filling || self->store == NULL)
    return;
  /* The latest month is the model the outsourcer list shares. */
  if (i == 0 || self->periods == NULL || i >= self->periods->len)
    scores = g_object_ref (self->latest);
  else
    scores = rp_scorecard_model_get (self->store, self->periods->pdata[i]);
  use_scores (self, scores);
}

static void
latest_changed_cb (RpRankedScorecard *self)
{
  fill_periods (self);
}

static void
fill_standings (RpRankedScorecard *self)
{
  g_autoptr(GtkStringList) standings = gtk_string_list_new (NULL);
  guint n = self->rules ? g_list_model_get_n_items (G_LIST_MODEL (self->rules)) : 0;

  self->filling = TRUE;
  g_ptr_array_set_size (self->standings, 0);
  gtk_string_list_append (standings, _("Any standing"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) rule = rp_record_model_get_record (self->rules, i);

      gtk_string_list_append (standings, rp_record_get_string (rule, RP_STANDING_RULE_NAME));
      g_ptr_array_add (self->standings, g_strdup (rp_record_get_string (rule, RP_STANDING_RULE_NAME)));
    }
  gtk_string_list_append (standings, _("No score"));
  g_ptr_array_add (self->standings, NULL);
  gtk_drop_down_set_model (self->standing_dropdown, G_LIST_MODEL (standings));
  self->filling = FALSE;
  filters_changed_cb (self);
}

void
rp_ranked_scorecard_set_store (RpRankedScorecard *self,
                               RpStore           *store)
{
  g_return_if_fail (RP_IS_RANKED_SCORECARD (self));

  if (self->latest != NULL)
    g_signal_handlers_disconnect_by_func (self->latest, latest_changed_cb, self);
  if (self->rules != NULL)
    g_signal_handlers_disconnect_by_func (self->rules, fill_standings, self);
  g_clear_object (&self->latest);
  g_clear_object (&self->rules);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      self->latest = rp_scorecard_model_get (store, NULL);
      self->rules = rp_record_model_get (store, RP_KIND_STANDING_RULE, RP_FIELD_NONE, NULL);
      g_signal_connect_swapped (self->latest, "items-changed", G_CALLBACK (latest_changed_cb), self);
      g_signal_connect_swapped (self->rules, "items-changed", G_CALLBACK (fill_standings), self);
    }
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  fill_periods (self);
  fill_standings (self);
  use_scores (self, self->latest);
}

/* The rows as shown: sorted and filtered (RpScoreRow). */
GListModel *
rp_ranked_scorecard_get_rows (RpRankedScorecard *self)
{
  g_return_val_if_fail (RP_IS_RANKED_SCORECARD (self), NULL);
  return G_LIST_MODEL (gtk_column_view_get_model (self->view));
}

void
rp_ranked_scorecard_filter_standing (RpRankedScorecard *self,
                                     const char        *standing)
{
  g_return_if_fail (RP_IS_RANKED_SCORECARD (self));
  /* NULL lists every outsourcer, whatever its standing */
  if (standing == NULL)
    {
      gtk_drop_down_set_selected (self->standing_dropdown, 0);
      return;
    }
  for (guint i = 0; i < self->standings->len; i++)
    if (g_strcmp0 (self->standings->pdata[i], standing) == 0)
      gtk_drop_down_set_selected (self->standing_dropdown, i + 1);
}

static void
activate_cb (GtkColumnView     *view,
             guint              position,
             RpRankedScorecard *self)
{
  g_autoptr(RpScoreRow) row = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), position);

  if (row != NULL)
    g_signal_emit (self, signals[OUTSOURCER_ACTIVATED], 0, rp_score_row_get_uuid (row));
}

static void
rp_ranked_scorecard_dispose (GObject *object)
{
  RpRankedScorecard *self = RP_RANKED_SCORECARD (object);

  rp_ranked_scorecard_set_store (self, NULL);
  use_scores (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_RANKED_SCORECARD);
  G_OBJECT_CLASS (rp_ranked_scorecard_parent_class)->dispose (object);
}

static void
rp_ranked_scorecard_finalize (GObject *object)
{
  RpRankedScorecard *self = RP_RANKED_SCORECARD (object);

  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_ptr_array_unref (self->standings);
  G_OBJECT_CLASS (rp_ranked_scorecard_parent_class)->finalize (object);
}

static void
rp_ranked_scorecard_class_init (RpRankedScorecardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_ranked_scorecard_dispose;
  object_class->finalize = rp_ranked_scorecard_finalize;

  /**
   * RpRankedScorecard::outsourcer-activated:
   * @uuid: the outsourcer's UUID
   */
  signals[OUTSOURCER_ACTIVATED] = g_signal_new ("outsourcer-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/outsourcers/rp-ranked-scorecard.ui");
  gtk_widget_class_bind_template_child (widget_class, RpRankedScorecard, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RpRankedScorecard, model_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RpRankedScorecard, standing_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RpRankedScorecard, view);
  gtk_widget_class_bind_template_child (widget_class, RpRankedScorecard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RpRankedScorecard, spinner);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
}

static void
rp_ranked_scorecard_init (RpRankedScorecard *self)
{
  g_autoptr(GtkStringList) models = gtk_string_list_new (NULL);
  const RpField *model_field = rp_field_get (RP_OUTSOURCER_SERVICE_MODEL);
  GtkSortListModel *sorted;
  GtkNoSelection *selection;
  GtkExpression *by_rank = gtk_property_expression_new (RP_TYPE_SCORE_ROW, NULL, "ranking");
  GtkExpression *by_name = gtk_property_expression_new (RP_TYPE_SCORE_ROW, NULL, "name");
  GtkExpression *by_overall = gtk_property_expression_new (RP_TYPE_SCORE_ROW, NULL, "overall");

  self->standings = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (models, _("Any service"));
  for (const RpEnumValue *v = model_field->enum_values; v->nick != NULL; v++)
    gtk_string_list_append (models, rp_field_enum_label (model_field, v->nick));
  gtk_drop_down_set_model (self->model_dropdown, G_LIST_MODEL (models));

  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                    g_object_ref (gtk_column_view_get_sorter (self->view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  add_column (self, "#", COLUMN_RANK, FALSE, 40, NULL);
  add_column (self, _("Outsourcer"), COLUMN_NAME, TRUE, 210, GTK_SORTER (gtk_string_sorter_new (by_name)));
  add_column (self, _("Service"), COLUMN_MODEL, FALSE, 170, NULL);
  add_column (self, _("Score"), COLUMN_SCORE, FALSE, 70, GTK_SORTER (gtk_numeric_sorter_new (by_rank)));
  add_column (self, _("Standing"), COLUMN_STANDING, FALSE, 110, NULL);
  add_column (self, _("Last 12 Months"), COLUMN_TREND, FALSE, 130, NULL);
  add_column (self, _("Overall"), COLUMN_OVERALL, FALSE, 80, GTK_SORTER (gtk_numeric_sorter_new (by_overall)));
  add_column (self, _("Compliance"), COLUMN_COMPLIANCE, FALSE, 100, NULL);
  add_column (self, _("KPIs Measured"), COLUMN_MEASURED, FALSE, 120, NULL);
}
