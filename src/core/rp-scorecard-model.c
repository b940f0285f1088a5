/* rp-scorecard-model.c — the scorecard of every outsourcer, computed in a worker
 * thread on a connection of its own (on a big workspace it reads a million figures)
 * and shared by the outsourcer list, the ranked scorecard and the Overview */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-scorecard-model.h"
#include "rp-util.h"

/* Rows */

struct _RpScoreRow
{
  GObject      parent_instance;

  RpScorecard *card;
};

G_DEFINE_FINAL_TYPE (RpScoreRow, rp_score_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_UUID,
  ROW_PROP_NAME,
  ROW_PROP_SCORE,
  ROW_PROP_RANKING,
  ROW_PROP_OVERALL,
  ROW_PROP_STANDING,
  ROW_PROP_SERVICE_MODEL,
  N_ROW_PROPS
};

static GParamSpec *row_properties[N_ROW_PROPS];

static void
rp_score_row_finalize (GObject *object)
{
  g_clear_pointer (&RP_SCORE_ROW (object)->card, rp_scorecard_free);
  G_OBJECT_CLASS (rp_score_row_parent_class)->finalize (object);
}

static void
rp_score_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RpScorecard *card = RP_SCORE_ROW (object)->card;

  switch (prop_id)
    {
    case ROW_PROP_UUID:
      g_value_set_string (value, card->uuid);
      break;
    case ROW_PROP_NAME:
      g_value_set_string (value, card->name);
      break;
    case ROW_PROP_SCORE:
      g_value_set_double (value, card->score);
      break;
    case ROW_PROP_RANKING:
      /* Sorts best first with those without a score last */
      g_value_set_double (value, isnan (card->score) ? -1 : card->score);
      break;
    case ROW_PROP_OVERALL:
      g_value_set_double (value, card->overall);
      break;
    case ROW_PROP_STANDING:
      g_value_set_string (value, card->standing);
      break;
    case ROW_PROP_SERVICE_MODEL:
      g_value_set_string (value, card->service_model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_score_row_class_init (RpScoreRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rp_score_row_finalize;
  object_class->get_property = rp_score_row_get_property;
  row_properties[ROW_PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  row_properties[ROW_PROP_RANKING] = g_param_spec_double ("ranking", NULL, NULL, -1, G_MAXDOUBLE, -1, flags);
  row_properties[ROW_PROP_OVERALL] = g_param_spec_double ("overall", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  row_properties[ROW_PROP_STANDING] = g_param_spec_string ("standing", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_SERVICE_MODEL] = g_param_spec_string ("service-model", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_ROW_PROPS, row_properties);
}

static void
rp_score_row_init (RpScoreRow *self)
{
}

static RpScoreRow *
rp_score_row_new (RpScorecard *card)
{
  RpScoreRow *self = g_object_new (RP_TYPE_SCORE_ROW, NULL);

  self->card = card;
  return self;
}

const RpScorecard *
rp_score_row_get_card (RpScoreRow *self)
{
  g_return_val_if_fail (RP_IS_SCORE_ROW (self), NULL);
  return self->card;
}

const char *
rp_score_row_get_uuid (RpScoreRow *self)
{
  g_return_val_if_fail (RP_IS_SCORE_ROW (self), NULL);
  return self->card->uuid;
}

const char *
rp_score_row_get_name (RpScoreRow *self)
{
  g_return_val_if_fail (RP_IS_SCORE_ROW (self), NULL);
  return self->card->name;
}

double
rp_score_row_get_score (RpScoreRow *self)
{
  g_return_val_if_fail (RP_IS_SCORE_ROW (self), NAN);
  return self->card->score;
}

const char *
rp_score_row_get_standing (RpScoreRow *self)
{
  g_return_val_if_fail (RP_IS_SCORE_ROW (self), NULL);
  return self->card->standing;
}

const char *
rp_score_row_get_period (RpScoreRow *self)
{
  g_return_val_if_fail (RP_IS_SCORE_ROW (self), NULL);
  return self->card->period;
}

static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static gboolean
cards_equal (const RpScorecard *a,
             const RpScorecard *b)
{
  if (g_strcmp0 (a->name, b->name) != 0 || g_strcmp0 (a->service_model, b->service_model) != 0 ||
      g_strcmp0 (a->status, b->status) != 0 || g_strcmp0 (a->period, b->period) != 0 ||
      g_strcmp0 (a->standing, b->standing) != 0 || g_strcmp0 (a->rule_action, b->rule_action) != 0 ||
      !same_number (a->score, b->score) || !same_number (a->overall, b->overall) ||
      !same_number (a->compliance_rate, b->compliance_rate) || a->n_kpis != b->n_kpis ||
      a->n_measured != b->n_measured || a->n_missing != b->n_missing || a->n_not_applicable != b->n_not_applicable)
    return FALSE;
  for (guint i = 0; i < RP_SCORE_PERIODS; i++)
    if (!same_number (a->series[i], b->series[i]))
      return FALSE;
  return TRUE;
}

/* The model */

struct _RpScorecardModel
{
  RpModel  parent_instance;

  char    *period;       /* asked for; NULL for the latest month with figures */
  char    *period_shown;
};

G_DEFINE_FINAL_TYPE (RpScorecardModel, rp_scorecard_model, RP_TYPE_MODEL)

static GPtrArray *
rp_scorecard_model_load (RpModel       *model,
                         RpStore       *store,
                         GCancellable  *cancellable,
                         GError       **error)
{
  RpScorecardModel *self = RP_SCORECARD_MODEL (model);
  g_autofree char *period = self->period ? g_strdup (self->period) : NULL;
  g_autoptr(GPtrArray) cards = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  /* The default month's cards come with it, read once */
  if (period == NULL)
    {
      g_autoptr(GError) local_error = NULL;

      cards = rp_scorecard_compute_default (store, FALSE, &period, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          g_ptr_array_unref (rows);
          return NULL;
        }
    }
  /* Before the first figure every outsourcer is still listed, for this month. */
  if (period == NULL)
    {
      GDate today;

      rp_date_set_today (&today);
      period = rp_period_of_date (&today);
    }
  if (cards == NULL)
    cards = rp_scorecard_compute (store, period, NULL, FALSE, error);
  if (cards == NULL)
    {
      g_ptr_array_unref (rows);
      return NULL;
    }
  for (guint i = 0; i < cards->len; i++)
    g_ptr_array_add (rows, rp_score_row_new (g_steal_pointer (&cards->pdata[i])));
  g_ptr_array_set_free_func (cards, NULL);
  return rows;
}

static const char *
rp_scorecard_model_row_key (RpModel  *model,
                            gpointer  row)
{
  return RP_SCORE_ROW (row)->card->uuid;
}

static gboolean
rp_scorecard_model_update_row (RpModel  *model,
                               gpointer  row,
                               gpointer  fresh)
{
  RpScoreRow *self = row, *other = fresh;

  if (cards_equal (self->card, other->card))
    return FALSE;
  rp_scorecard_free (self->card);
  self->card = g_steal_pointer (&other->card);
  other->card = g_new0 (RpScorecard, 1);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = ROW_PROP_UUID; i < N_ROW_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), row_properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

static void
items_changed_cb (GListModel       *model,
                  guint             position,
                  guint             removed,
                  guint             added,
                  RpScorecardModel *self)
{
  g_autoptr(RpScoreRow) first = g_list_model_get_item (model, 0);

  if (first != NULL && g_strcmp0 (self->period_shown, first->card->period) != 0)
    {
      g_free (self->period_shown);
      self->period_shown = g_strdup (first->card->period);
    }
}

static void
rp_scorecard_model_finalize (GObject *object)
{
  RpScorecardModel *self = RP_SCORECARD_MODEL (object);

  g_free (self->period);
  g_free (self->period_shown);
  G_OBJECT_CLASS (rp_scorecard_model_parent_class)->finalize (object);
}

static void
rp_scorecard_model_class_init (RpScorecardModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  object_class->finalize = rp_scorecard_model_finalize;
  model_class->load = rp_scorecard_model_load;
  model_class->row_key = rp_scorecard_model_row_key;
  model_class->update_row = rp_scorecard_model_update_row;
  rp_model_class_set_item_type (model_class, RP_TYPE_SCORE_ROW);
  rp_model_class_set_threaded (model_class, TRUE);
  /* Everything rp_scorecard_compute() reads, the profile's credit above target included */
  rp_model_class_set_reads (model_class, RP_KIND_PROFILE, RP_KIND_OUTSOURCER, RP_KIND_KPI, RP_KIND_KPI_TARGET,
                            RP_KIND_FIGURE, RP_KIND_STANDING_RULE, RP_KIND_COMPLIANCE_CHECK,
                            RP_KIND_COMMITMENT, RP_KIND_CONTRACT, -1);
}

static void
rp_scorecard_model_init (RpScorecardModel *self)
{
  g_signal_connect (self, "items-changed", G_CALLBACK (items_changed_cb), self);
}

/**
 * rp_scorecard_model_get:
 * @period: (nullable): a month as YYYY-MM, or %NULL for the latest with figures
 *
 * Returns: (transfer full): the shared model of every outsourcer's scorecard
 */
RpScorecardModel *
rp_scorecard_model_get (RpStore    *store,
                        const char *period)
{
  g_autofree char *key = g_strdup_printf ("scorecard\x1f%s", period ? period : "latest");
  RpScorecardModel *self = rp_model_lookup (store, key);

  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_SCORECARD_MODEL, "store", store, NULL);
  self->period = g_strdup (period);
  rp_model_share (RP_MODEL (self), key);
  rp_model_reload (RP_MODEL (self));
  return self;
}

/* The month the rows are of: the one asked for, or the latest read; NULL before the first read. */
const char *
rp_scorecard_model_get_period (RpScorecardModel *self)
{
  g_return_val_if_fail (RP_IS_SCORECARD_MODEL (self), NULL);
  return self->period ? self->period : self->period_shown;
}

RpScoreRow *
rp_scorecard_model_find (RpScorecardModel *self,
                         const char       *outsourcer_uuid)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self));

  for (guint i = 0; outsourcer_uuid != NULL && i < n; i++)
    {
      g_autoptr(RpScoreRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);

      if (g_str_equal (row->card->uuid, outsourcer_uuid))
        return g_steal_pointer (&row);
    }
  return NULL;
}
