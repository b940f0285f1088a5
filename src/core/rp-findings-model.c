/* rp-findings-model.c — the Overview's findings, grouped so that a thousand overdue
 * reviews are one line, and the counts of what the workspace holds */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-findings-model.h"
#include "rp-overview.h"
#include "rp-util.h"

/* A line: one finding, or a summary of several of one kind */

struct _RpFindingRow
{
  GObject     parent_instance;

  RpFinding  *finding;   /* for a summary, its message is the summary's */
  GListStore *items;     /* a summary's findings, most urgent first; NULL otherwise */
};

G_DEFINE_FINAL_TYPE (RpFindingRow, rp_finding_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_MESSAGE,
  ROW_PROP_COUNT,
  ROW_PROP_LEVEL,
  N_ROW_PROPS
};

static GParamSpec *row_properties[N_ROW_PROPS];

static void
rp_finding_row_finalize (GObject *object)
{
  RpFindingRow *self = RP_FINDING_ROW (object);

  rp_finding_free (self->finding);
  g_clear_object (&self->items);
  G_OBJECT_CLASS (rp_finding_row_parent_class)->finalize (object);
}

static void
rp_finding_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RpFindingRow *self = RP_FINDING_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_MESSAGE:
      g_value_set_string (value, self->finding->message);
      break;
    case ROW_PROP_COUNT:
      g_value_set_uint (value, rp_finding_row_get_count (self));
      break;
    case ROW_PROP_LEVEL:
      g_value_set_int (value, self->finding->level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_finding_row_class_init (RpFindingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rp_finding_row_finalize;
  object_class->get_property = rp_finding_row_get_property;
  row_properties[ROW_PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 1, flags);
  row_properties[ROW_PROP_LEVEL] = g_param_spec_int ("level", NULL, NULL, 0, RP_FINDING_PROBLEM, 0, flags);
  g_object_class_install_properties (object_class, N_ROW_PROPS, row_properties);
}

static void
rp_finding_row_init (RpFindingRow *self)
{
}

/* A row that owns @finding */
RpFindingRow *
rp_finding_row_new (RpFinding *finding)
{
  RpFindingRow *self = g_object_new (RP_TYPE_FINDING_ROW, NULL);

  self->finding = finding;
  return self;
}

const RpFinding *
rp_finding_row_get_finding (RpFindingRow *self)
{
  g_return_val_if_fail (RP_IS_FINDING_ROW (self), NULL);
  return self->finding;
}

const char *
rp_finding_row_get_message (RpFindingRow *self)
{
  g_return_val_if_fail (RP_IS_FINDING_ROW (self), NULL);
  return self->finding->message;
}

/* 1 for a finding; for a summary, how many it stands for. */
guint
rp_finding_row_get_count (RpFindingRow *self)
{
  g_return_val_if_fail (RP_IS_FINDING_ROW (self), 0);
  return self->items ? g_list_model_get_n_items (G_LIST_MODEL (self->items)) : 1;
}

/* A summary's findings (rows of RpFindingRow), or NULL for a single finding. */
GListModel *
rp_finding_row_get_items (RpFindingRow *self)
{
  g_return_val_if_fail (RP_IS_FINDING_ROW (self), NULL);
  return self->items ? G_LIST_MODEL (self->items) : NULL;
}

/* What a summary says: its count in words a manager reads at a glance. */
static char *
summary_message (const char *rule,
                 const char *kind,
                 GPtrArray  *members)
{
  guint n = members->len;

  if (g_str_equal (rule, "plan-item-overdue"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u plan item is overdue", "%'u plan items are overdue", n), n);
  if (g_str_equal (rule, "plan-item-due"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u plan item falls due this week",
                                         "%'u plan items fall due this week", n), n);
  if (g_str_equal (rule, "review-overdue"))
    return g_str_equal (kind, "strategy")
      ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u strategy review is overdue", "%'u strategy reviews are overdue", n), n)
      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u cooperation review is overdue",
                                      "%'u cooperation reviews are overdue", n), n);
  if (g_str_equal (rule, "review-due"))
    return g_str_equal (kind, "strategy")
      ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u strategy review is due within two weeks",
                                      "%'u strategy reviews are due within two weeks", n), n)
      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u cooperation review is due within two weeks",
                                      "%'u cooperation reviews are due within two weeks", n), n);
  if (g_str_equal (rule, "change-request-open"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u change request awaits a decision",
                                         "%'u change requests await a decision", n), n);
  if (g_str_equal (rule, "outsourcer-below-standard"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u outsourcer is below standard",
                                         "%'u outsourcers are below standard", n), n);
  if (g_str_equal (rule, "outsourcer-not-reporting"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u outsourcer is not reporting complete months",
                                         "%'u outsourcers are not reporting complete months", n), n);
  if (g_str_equal (rule, "commitment-missed"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u commitment was missed at its latest check",
                                         "%'u commitments were missed at their latest check", n), n);
  if (g_str_equal (rule, "contract-ending"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u contract ends within 60 days",
                                         "%'u contracts end within 60 days", n), n);
  if (g_str_equal (rule, "promotion-overdue"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u promotion activity is overdue",
                                         "%'u promotion activities are overdue", n), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u more finding", "%'u more findings", n), n);
}

/* The model */

struct _RpFindingsModel
{
  RpModel    parent_instance;

  GPtrArray *findings;   /* the last read, ungrouped */
};

G_DEFINE_FINAL_TYPE (RpFindingsModel, rp_findings_model, RP_TYPE_MODEL)

typedef struct {
  char      *key;
  GPtrArray *members;
} Group;

static GPtrArray *
rp_findings_model_load (RpModel       *model,
                        RpStore       *store,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  RpFindingRow *all;
  GDate today;

  rp_date_set_today (&today);
  findings = rp_overview_findings (store, &today);

  /* Findings come most urgent first; a group stands where its most urgent member does. */
  for (guint i = 0; i < findings->len; i++)
    {
      RpFinding *f = findings->pdata[i];
      g_autofree char *key = g_strconcat (f->rule, "\x1f", f->record_kind ? f->record_kind : "", NULL);
      Group *group = g_hash_table_lookup (groups, key);

      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->key = g_steal_pointer (&key);
          group->members = g_ptr_array_new ();
          g_hash_table_insert (groups, group->key, group);
          g_ptr_array_add (order, group);
        }
      g_ptr_array_add (group->members, f);
    }
  for (guint i = 0; i < order->len; i++)
    {
      Group *group = order->pdata[i];
      RpFinding *first = group->members->pdata[0];

      if (group->members->len <= RP_FINDINGS_LISTED)
        for (guint m = 0; m < group->members->len; m++)
          g_ptr_array_add (rows, rp_finding_row_new (rp_finding_copy (group->members->pdata[m])));
      else
        {
          RpFinding *summary = rp_finding_copy (first);
          RpFindingRow *row;

          g_free (summary->message);
          summary->message = summary_message (first->rule, first->record_kind ? first->record_kind : "", group->members);
          g_clear_pointer (&summary->record_uuid, g_free);
          row = rp_finding_row_new (summary);
          row->items = g_list_store_new (RP_TYPE_FINDING_ROW);
          for (guint m = 0; m < group->members->len; m++)
            {
              g_autoptr(RpFindingRow) item = rp_finding_row_new (rp_finding_copy (group->members->pdata[m]));

              g_list_store_append (row->items, item);
            }
          g_ptr_array_add (rows, row);
        }
      g_ptr_array_unref (group->members);
      g_free (group->key);
      g_free (group);
    }

  /* The ungrouped findings travel as the last row's data for the main thread to keep. */
  all = rp_finding_row_new (rp_finding_new (RP_FINDING_INFO, "all", NULL, NULL, "%s", ""));
  all->items = g_list_store_new (RP_TYPE_FINDING_ROW);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autoptr(RpFindingRow) item = rp_finding_row_new (rp_finding_copy (findings->pdata[i]));

      g_list_store_append (all->items, item);
    }
  g_ptr_array_add (rows, all);
  return rows;
}

/* Takes the ungrouped findings out of the rows before they are shown. */
static void
rp_findings_model_loaded (RpModel   *model,
                          GPtrArray *rows)
{
  RpFindingsModel *self = RP_FINDINGS_MODEL (model);
  RpFindingRow *all = rows->len > 0 ? rows->pdata[rows->len - 1] : NULL;

  if (all == NULL || !g_str_equal (all->finding->rule, "all"))
    return;
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = rp_findings_new ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all->items)); i++)
    {
      g_autoptr(RpFindingRow) item = g_list_model_get_item (G_LIST_MODEL (all->items), i);

      g_ptr_array_add (self->findings, rp_finding_copy (item->finding));
    }
  g_ptr_array_remove_index (rows, rows->len - 1);
}

/* Lines are told apart by what they are about. */
static const char *
rp_findings_model_row_key (RpModel  *model,
                           gpointer  row)
{
  return NULL;
}

static void
rp_findings_model_finalize (GObject *object)
{
  RpFindingsModel *self = RP_FINDINGS_MODEL (object);

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  G_OBJECT_CLASS (rp_findings_model_parent_class)->finalize (object);
}

static void
rp_findings_model_class_init (RpFindingsModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  object_class->finalize = rp_findings_model_finalize;
  model_class->load = rp_findings_model_load;
  model_class->row_key = rp_findings_model_row_key;
  model_class->loaded = rp_findings_model_loaded;
  rp_model_class_set_item_type (model_class, RP_TYPE_FINDING_ROW);
  rp_model_class_set_threaded (model_class, TRUE);
  /* What rp_overview_findings() reads: plan items, reviews (strategies' and
   * outsourcers'), change requests, every outsourcer's scorecard, commitments and
   * their checks, contracts, and the adopted philosophy's promotion. */
  rp_model_class_set_reads (model_class, RP_KIND_PROFILE, RP_KIND_PHILOSOPHY, RP_KIND_PROMOTION,
                            RP_KIND_STRATEGY, RP_KIND_PLAN_ITEM, RP_KIND_CHANGE_REQUEST, RP_KIND_REVIEW,
                            RP_KIND_OUTSOURCER, RP_KIND_CONTRACT, RP_KIND_COMMITMENT, RP_KIND_COMPLIANCE_CHECK,
                            RP_KIND_KPI, RP_KIND_KPI_TARGET, RP_KIND_FIGURE, RP_KIND_STANDING_RULE,
                            /* … and what tracing and acknowledgements read */
                            RP_KIND_PRINCIPLE, RP_KIND_KPI_PRINCIPLE, RP_KIND_KPI_ACTIVITY, RP_KIND_ACTIVITY,
                            RP_KIND_ACTIVITY_PRINCIPLE, RP_KIND_PHASE, RP_KIND_FRAMEWORK, RP_KIND_FACTOR,
                            RP_KIND_STRATEGY_PRINCIPLE, RP_KIND_PROPOSAL, RP_KIND_COMPATIBILITY, RP_KIND_STAFF,
                            RP_KIND_ACKNOWLEDGEMENT, -1);
}

static void
rp_findings_model_init (RpFindingsModel *self)
{
}

RpFindingsModel *
rp_findings_model_get (RpStore *store)
{
  RpFindingsModel *self = rp_model_lookup (store, "findings");

  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_FINDINGS_MODEL, "store", store, NULL);
  rp_model_share (RP_MODEL (self), "findings");
  rp_model_reload (RP_MODEL (self));
  return self;
}

/* Every finding of the last read, ungrouped and most urgent first (for the start-up
 * notification and tests); NULL before the first read is done. */
GPtrArray *
rp_findings_model_dup_findings (RpFindingsModel *self)
{
  GPtrArray *copy;

  g_return_val_if_fail (RP_IS_FINDINGS_MODEL (self), NULL);
  if (self->findings == NULL)
    return NULL;
  copy = rp_findings_new ();
  for (guint i = 0; i < self->findings->len; i++)
    g_ptr_array_add (copy, rp_finding_copy (self->findings->pdata[i]));
  return copy;
}

guint
rp_findings_model_count (RpFindingsModel *self,
                         const char      *rule)
{
  g_return_val_if_fail (RP_IS_FINDINGS_MODEL (self), 0);
  return self->findings ? rp_findings_count (self->findings, rule) : 0;
}

/* Counts */

struct _RpCountRow
{
  GObject  parent_instance;

  RpKindId kind;
  guint    count;
};

G_DEFINE_FINAL_TYPE (RpCountRow, rp_count_row, G_TYPE_OBJECT)

static void
rp_count_row_class_init (RpCountRowClass *klass)
{
}

static void
rp_count_row_init (RpCountRow *self)
{
}

RpKindId
rp_count_row_get_kind (RpCountRow *self)
{
  g_return_val_if_fail (RP_IS_COUNT_ROW (self), RP_N_KINDS);
  return self->kind;
}

guint
rp_count_row_get_count (RpCountRow *self)
{
  g_return_val_if_fail (RP_IS_COUNT_ROW (self), 0);
  return self->count;
}

struct _RpCountsModel
{
  RpModel parent_instance;
};

G_DEFINE_FINAL_TYPE (RpCountsModel, rp_counts_model, RP_TYPE_MODEL)

/* What the Overview says the workspace holds */
static const RpKindId counted[] = {
  RP_KIND_PHILOSOPHY, RP_KIND_PRINCIPLE, RP_KIND_FRAMEWORK, RP_KIND_ACTIVITY, RP_KIND_STAFF,
  RP_KIND_STRATEGY, RP_KIND_PLAN_ITEM, RP_KIND_OUTSOURCER, RP_KIND_KPI, RP_KIND_FIGURE,
  RP_KIND_REVIEW, RP_KIND_JOURNAL_ENTRY,
};

static GPtrArray *
rp_counts_model_load (RpModel       *model,
                      RpStore       *store,
                      GCancellable  *cancellable,
                      GError       **error)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      RpCountRow *row = g_object_new (RP_TYPE_COUNT_ROW, NULL);

      row->kind = counted[i];
      row->count = rp_store_count (store, counted[i]);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static const char *
rp_counts_model_row_key (RpModel  *model,
                         gpointer  row)
{
  return rp_kind_get (RP_COUNT_ROW (row)->kind)->name;
}

static gboolean
rp_counts_model_update_row (RpModel  *model,
                            gpointer  row,
                            gpointer  fresh)
{
  RpCountRow *self = row, *other = fresh;

  if (self->count == other->count)
    return FALSE;
  self->count = other->count;
  return TRUE;
}

static void
rp_counts_model_class_init (RpCountsModelClass *klass)
{
  RpModelClass *model_class = RP_MODEL_CLASS (klass);

  model_class->load = rp_counts_model_load;
  model_class->row_key = rp_counts_model_row_key;
  model_class->update_row = rp_counts_model_update_row;
  rp_model_class_set_item_type (model_class, RP_TYPE_COUNT_ROW);
  /* Counting a million figures takes a moment on a big workspace. */
  rp_model_class_set_threaded (model_class, TRUE);
}

static void
rp_counts_model_init (RpCountsModel *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    rp_model_add_reads (RP_MODEL (self), counted[i]);
}

RpCountsModel *
rp_counts_model_get (RpStore *store)
{
  RpCountsModel *self = rp_model_lookup (store, "counts");

  if (self != NULL)
    return self;
  self = g_object_new (RP_TYPE_COUNTS_MODEL, "store", store, NULL);
  rp_model_share (RP_MODEL (self), "counts");
  rp_model_reload (RP_MODEL (self));
  return self;
}
