/* rp-ranked-scorecard.c — every outsourcer ranked for a chosen month, filterable by service
 * model and standing; a virtualised GtkColumnView fed by one indexed scorecard query */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-ranked-scorecard.h"
#include "rp-chart-view.h"
#include "rp-scorecard.h"
#include "rp-store-watch.h"
#include "rp-ui.h"
#include "rp-util.h"

struct _RpRankedScorecard
{
  AdwBin              parent_instance;

  GtkDropDown        *period_dropdown;
  GtkDropDown        *model_dropdown;
  GtkDropDown        *standing_dropdown;
  GtkColumnView      *view;
  GListStore         *outsourcers;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkWidget          *summary_label;

  RpStoreWatch        watch;
  GHashTable         *cards;   /* uuid → RpScorecard */
  GPtrArray          *periods;
  GPtrArray          *standings;
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (RpRankedScorecard, rp_ranked_scorecard, ADW_TYPE_BIN)

enum {
  OUTSOURCER_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static RpScorecard *
card_of (RpRankedScorecard *self,
         gpointer           item)
{
  return g_hash_table_lookup (self->cards, rp_record_get_uuid (item));
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  RpRankedScorecard *self = user_data;
  RpScorecard *ca = card_of (self, (gpointer) a);
  RpScorecard *cb = card_of (self, (gpointer) b);
  double sa = ca ? ca->score : NAN, sb = cb ? cb->score : NAN;

  if (isnan (sa) != isnan (sb))
    return isnan (sa) ? 1 : -1;
  if (!isnan (sa) && sa != sb)
    return sa > sb ? -1 : 1;
  return g_utf8_collate (rp_record_get_string ((gpointer) a, RP_OUTSOURCER_NAME), rp_record_get_string ((gpointer) b, RP_OUTSOURCER_NAME));
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  RpRankedScorecard *self = user_data;
  RpScorecard *card = card_of (self, item);
  guint model = gtk_drop_down_get_selected (self->model_dropdown);
  guint standing = gtk_drop_down_get_selected (self->standing_dropdown);
  const RpField *field = rp_field_get (RP_OUTSOURCER_SERVICE_MODEL);

  if (model > 0 && model <= rp_field_enum_count (field) &&
      g_strcmp0 (rp_record_get_string (item, RP_OUTSOURCER_SERVICE_MODEL), field->enum_values[model - 1].nick) != 0)
    return FALSE;
  if (standing > 0 && standing <= self->standings->len)
    {
      const char *wanted = self->standings->pdata[standing - 1];

      if (wanted == NULL)
        return card == NULL || card->standing == NULL;
      return card != NULL && g_strcmp0 (card->standing, wanted) == 0;
    }
  return TRUE;
}

static void
filters_changed_cb (RpRankedScorecard *self)
{
  if (!self->filling)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static GtkWidget *
label_cell (gfloat xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_list_item_set_child (item, label_cell (GPOINTER_TO_INT (user_data) ? 1.0 : 0.0));
}

static void
setup_box_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
}

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
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         RpRankedScorecard        *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "rp-column"));
  RpRecord *outsourcer = gtk_list_item_get_item (item);
  RpScorecard *card = card_of (self, outsourcer);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_RANK:
      text = g_strdup_printf ("%u", gtk_list_item_get_position (item) + 1);
      break;
    case COLUMN_NAME:
      text = g_strdup (rp_record_get_string (outsourcer, RP_OUTSOURCER_NAME));
      break;
    case COLUMN_MODEL:
      text = rp_record_format (outsourcer, RP_OUTSOURCER_SERVICE_MODEL);
      break;
    case COLUMN_SCORE:
      text = card ? rp_ui_format_number (card->score, 1) : g_strdup ("—");
      break;
    case COLUMN_OVERALL:
      text = card ? rp_ui_format_number (card->overall, 1) : g_strdup ("—");
      break;
    case COLUMN_COMPLIANCE:
      text = card && !isnan (card->compliance_rate) ? g_strdup_printf ("%.0f %%", 100 * card->compliance_rate)
                                                    : g_strdup ("—");
      break;
    case COLUMN_MEASURED:
      text = card ? g_strdup_printf (_("%u of %u"), card->n_measured, card->n_kpis - card->n_not_applicable)
                  : g_strdup ("—");
      break;
    case COLUMN_STANDING:
    case COLUMN_TREND:
    default:
      {
        GtkWidget *old;

        while ((old = gtk_widget_get_first_child (child)) != NULL)
          gtk_box_remove (GTK_BOX (child), old);
        if (card == NULL)
          return;
        if (column == COLUMN_STANDING)
          gtk_box_append (GTK_BOX (child), rp_ui_badge_new (card->standing ? card->standing : _("No score"),
                                                            rp_ui_standing_class (card->rule_action)));
        else
          gtk_box_append (GTK_BOX (child), rp_sparkline_new (card->series, RP_SCORE_PERIODS));
        return;
      }
    }
  gtk_label_set_text (GTK_LABEL (child), text);
}

static void
add_column (RpRankedScorecard *self,
            const char        *title,
            Column             column,
            gboolean           numeric,
            gboolean           expand,
            int                width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *c;

  g_object_set_data (G_OBJECT (factory), "rp-column", GINT_TO_POINTER (column));
  if (column == COLUMN_STANDING || column == COLUMN_TREND)
    g_signal_connect (factory, "setup", G_CALLBACK (setup_box_cb), NULL);
  else
    g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  c = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (c, expand);
  gtk_column_view_column_set_resizable (c, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (c, width);
  gtk_column_view_append_column (self->view, c);
  g_object_unref (c);
}

static const char *
chosen_period (RpRankedScorecard *self)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);

  return self->periods && i < self->periods->len ? self->periods->pdata[i] : NULL;
}

static void
compute (RpRankedScorecard *self)
{
  const char *period = chosen_period (self);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autofree char *summary = NULL;
  guint counted[4] = { 0 };

  g_hash_table_remove_all (self->cards);
  g_list_store_remove_all (self->outsourcers);
  if (self->watch.store == NULL || period == NULL)
    return;
  cards = rp_scorecard_compute (self->watch.store, period, NULL, FALSE, NULL);
  for (guint i = 0; cards != NULL && i < cards->len; i++)
    {
      RpScorecard *card = cards->pdata[i];

      if (card->rule_action != NULL)
        counted[g_str_equal (card->rule_action, "reward") ? 0 : g_str_equal (card->rule_action, "none") ? 1
                : g_str_equal (card->rule_action, "warning") ? 2 : 3]++;
      g_hash_table_insert (self->cards, card->uuid, card);
    }
  if (cards != NULL)
    g_ptr_array_set_free_func (cards, NULL);
  records = rp_store_list (self->watch.store, RP_KIND_OUTSOURCER, RP_FIELD_NONE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(RpRecord) r = g_list_model_get_item (records, i);

      g_list_store_append (self->outsourcers, r);
    }
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  /* Translators: "2026-10: 1 rewarded, 0 good, 1 on watch, 1 facing a penalty or review" */
  summary = g_strdup_printf (_("%s: %u rewarded, %u on standard, %u with a warning, %u facing a penalty or review"),
                             period, counted[0], counted[1], counted[2], counted[3]);
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
}

static void
period_changed_cb (RpRankedScorecard *self)
{
  if (!self->filling)
    compute (self);
}

static void
fill_choices (RpRankedScorecard *self)
{
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) standings = gtk_string_list_new (NULL);
  g_autoptr(GListModel) rules = NULL;
  g_autofree char *latest = NULL;

  self->filling = TRUE;
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  self->periods = g_ptr_array_new_with_free_func (g_free);
  latest = self->watch.store ? rp_scorecard_latest_period (self->watch.store) : NULL;
  for (int i = 0; latest != NULL && i < 36; i++)
    {
      char *p = rp_period_add (latest, -i);

      gtk_string_list_append (periods, p);
      g_ptr_array_add (self->periods, p);
    }
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (periods));

  g_ptr_array_set_size (self->standings, 0);
  gtk_string_list_append (standings, _("Any standing"));
  if (self->watch.store != NULL)
    {
      rules = rp_store_list (self->watch.store, RP_KIND_STANDING_RULE, RP_FIELD_NONE, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
        {
          g_autoptr(RpRecord) rule = g_list_model_get_item (rules, i);

          gtk_string_list_append (standings, rp_record_get_string (rule, RP_STANDING_RULE_NAME));
          g_ptr_array_add (self->standings, g_strdup (rp_record_get_string (rule, RP_STANDING_RULE_NAME)));
        }
    }
  gtk_string_list_append (standings, _("No score"));
  g_ptr_array_add (self->standings, NULL);
  gtk_drop_down_set_model (self->standing_dropdown, G_LIST_MODEL (standings));
  self->filling = FALSE;
  compute (self);
}

static const char *const watched_kinds[] = {
  "outsourcer", "figure", "kpi", "kpi_target", "standing_rule", "compliance_check", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpRankedScorecard *self = user_data;

  fill_choices (self);
}

void
rp_ranked_scorecard_set_store (RpRankedScorecard *self,
                               RpStore           *store)
{
  g_return_if_fail (RP_IS_RANKED_SCORECARD (self));

  rp_store_watch_set_store (&self->watch, store);
  fill_choices (self);
}

guint
rp_ranked_scorecard_get_n_rows (RpRankedScorecard *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

RpRecord *
rp_ranked_scorecard_get_row (RpRankedScorecard *self,
                             guint              position)
{
  return g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
}

void
rp_ranked_scorecard_filter_standing (RpRankedScorecard *self,
                                     const char        *standing)
{
  for (guint i = 0; i < self->standings->len; i++)
    if (g_strcmp0 (self->standings->pdata[i], standing) == 0)
      gtk_drop_down_set_selected (self->standing_dropdown, i + 1);
}

static void
activate_cb (GtkColumnView     *view,
             guint              position,
             RpRankedScorecard *self)
{
  g_autoptr(RpRecord) outsourcer = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (outsourcer != NULL)
    g_signal_emit (self, signals[OUTSOURCER_ACTIVATED], 0, outsourcer);
}

static void
rp_ranked_scorecard_dispose (GObject *object)
{
  RpRankedScorecard *self = RP_RANKED_SCORECARD (object);

  rp_store_watch_clear (&self->watch);
  G_OBJECT_CLASS (rp_ranked_scorecard_parent_class)->dispose (object);
}

static void
rp_ranked_scorecard_finalize (GObject *object)
{
  RpRankedScorecard *self = RP_RANKED_SCORECARD (object);

  g_hash_table_unref (self->cards);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_ptr_array_unref (self->standings);
  G_OBJECT_CLASS (rp_ranked_scorecard_parent_class)->finalize (object);
}

static void
rp_ranked_scorecard_class_init (RpRankedScorecardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_ranked_scorecard_dispose;
  object_class->finalize = rp_ranked_scorecard_finalize;
  signals[OUTSOURCER_ACTIVATED] = g_signal_new ("outsourcer-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, RP_TYPE_RECORD);
}

static void
rp_ranked_scorecard_init (RpRankedScorecard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_("Ranked Scorecard"));
  GtkWidget *scroll = gtk_scrolled_window_new ();
  g_autoptr(GtkStringList) models = gtk_string_list_new (NULL);
  const RpField *model_field = rp_field_get (RP_OUTSOURCER_SERVICE_MODEL);
  GtkSortListModel *sorted;

  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) rp_scorecard_free);
  self->standings = g_ptr_array_new_with_free_func (g_free);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (bar), title);
  self->period_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->period_dropdown), _("Month"));
  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (period_changed_cb), self);
  gtk_string_list_append (models, _("Any service"));
  for (const RpEnumValue *v = model_field->enum_values; v->nick != NULL; v++)
    gtk_string_list_append (models, rp_field_enum_label (model_field, v->nick));
  self->model_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (models)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->model_dropdown), _("Service model"));
  g_signal_connect_swapped (self->model_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  self->standing_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->standing_dropdown), _("Standing"));
  g_signal_connect_swapped (self->standing_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->model_dropdown));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->standing_dropdown));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->period_dropdown));
  gtk_box_append (GTK_BOX (box), bar);
  self->summary_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary_label), 0);
  gtk_widget_add_css_class (self->summary_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->summary_label);

  self->outsourcers = g_list_store_new (RP_TYPE_RECORD);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->sorter = gtk_custom_sorter_new (compare_cb, self, NULL);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->outsourcers), GTK_SORTER (self->sorter));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (self->selection)));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_column_view_set_single_click_activate (self->view, TRUE);
  g_signal_connect (self->view, "activate", G_CALLBACK (activate_cb), self);
  add_column (self, "#", COLUMN_RANK, TRUE, FALSE, 40);
  add_column (self, _("Outsourcer"), COLUMN_NAME, FALSE, TRUE, 210);
  add_column (self, _("Service"), COLUMN_MODEL, FALSE, FALSE, 170);
  add_column (self, _("Score"), COLUMN_SCORE, TRUE, FALSE, 70);
  add_column (self, _("Standing"), COLUMN_STANDING, FALSE, FALSE, 110);
  add_column (self, _("Last 12 Months"), COLUMN_TREND, FALSE, FALSE, 130);
  add_column (self, _("Overall"), COLUMN_OVERALL, TRUE, FALSE, 80);
  add_column (self, _("Compliance"), COLUMN_COMPLIANCE, TRUE, FALSE, 100);
  add_column (self, _("KPIs Measured"), COLUMN_MEASURED, TRUE, FALSE, 120);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "card");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_box_append (GTK_BOX (box), scroll);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  adw_bin_set_child (ADW_BIN (self), box);
}

RpRankedScorecard *
rp_ranked_scorecard_new (void)
{
  return g_object_new (RP_TYPE_RANKED_SCORECARD, NULL);
}
