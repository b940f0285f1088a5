/* rp-living.c — tracing principles to the activities, strategies, proposals and figures
 * that carry them out (acknowledgements are in rp-acknowledgement.c) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-living.h"
#include "rp-outsourcing.h"
#include "rp-philosophy.h"
#include "rp-store-private.h"
#include "rp-text.h"
#include "rp-util.h"

static void
trace_item_free (gpointer data)
{
  RpTraceItem *item = data;

  g_free (item->uuid);
  g_free (item->title);
  g_free (item->detail);
  g_free (item);
}

static RpTraceItem *
trace_item_new (sqlite3_stmt *stmt,
                int           first)
{
  RpTraceItem *item = g_new0 (RpTraceItem, 1);

  item->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, first));
  item->title = g_strdup ((const char *) sqlite3_column_text (stmt, first + 1));
  item->detail = g_strdup ((const char *) sqlite3_column_text (stmt, first + 2));
  return item;
}

static void
trace_kpi_free (gpointer data)
{
  RpTraceKpi *kpi = data;

  g_free (kpi->uuid);
  g_free (kpi->name);
  g_free (kpi->unit);
  g_free (kpi->owner);
  g_free (kpi->latest_period);
  g_free (kpi);
}

static void
trace_principle_free (gpointer data)
{
  RpTracePrinciple *p = data;

  g_free (p->uuid);
  g_free (p->statement);
  g_ptr_array_unref (p->activities);
  g_ptr_array_unref (p->strategies);
  g_ptr_array_unref (p->supporting);
  g_ptr_array_unref (p->conflicting);
  g_ptr_array_unref (p->kpis);
  g_free (p);
}

void
rp_trace_free (RpTrace *trace)
{
  if (trace == NULL)
    return;
  g_free (trace->philosophy_uuid);
  g_free (trace->philosophy_title);
  g_ptr_array_unref (trace->principles);
  g_ptr_array_unref (trace->unmeasured_activities);
  g_free (trace);
}

/* The latest figure of a KPI, its target then, the attainment the scorecards would give
 * it, and the twelve months ending there. */
static RpTraceKpi *
trace_kpi_new (RpStore    *store,
               const char *uuid,
               double      cap)
{
  g_autoptr(RpRecord) kpi = rp_store_get (store, RP_KIND_KPI, uuid);
  RpTraceKpi *line;
  sqlite3_stmt *stmt;

  if (kpi == NULL)
    return NULL;
  line = g_new0 (RpTraceKpi, 1);
  line->uuid = g_strdup (uuid);
  line->name = g_strdup (rp_record_get_string (kpi, RP_KPI_NAME));
  line->unit = g_strdup (rp_record_get_string (kpi, RP_KPI_UNIT));
  line->company = rp_kpi_is_company (kpi);
  line->latest_value = line->target = line->attainment = NAN;
  for (guint i = 0; i < RP_SCORE_PERIODS; i++)
    line->trend[i] = NAN;
  if (line->company)
    {
      g_autoptr(RpRecord) profile = rp_store_get_profile (store);

      line->owner = g_strdup (profile ? rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME) : NULL);
    }
  else
    {
      g_autoptr(RpRecord) outsourcer = rp_store_get (store, RP_KIND_OUTSOURCER, rp_record_get_string (kpi, RP_KPI_OUTSOURCER));

      line->owner = g_strdup (outsourcer ? rp_record_get_string (outsourcer, RP_OUTSOURCER_NAME) : NULL);
    }
  if (line->owner == NULL)
    line->owner = g_strdup (_("The company"));

  stmt = _rp_store_prepare (store,
                            "SELECT period, value FROM figure WHERE kpi = ?1 AND not_applicable = 0 "
                            "AND value IS NOT NULL ORDER BY period DESC LIMIT 1", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          line->latest_period = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          line->latest_value = sqlite3_column_double (stmt, 1);
        }
      sqlite3_reset (stmt);
    }
  if (line->latest_period == NULL)
    return line;

  line->target = rp_kpi_target_in_force (store, kpi, line->latest_period);
  if (!isnan (line->target))
    line->attainment = rp_attainment (line->latest_value, line->target,
                                      rp_record_get_enum (kpi, RP_KPI_DIRECTION) == RP_DIRECTION_LOWER,
                                      rp_record_get_enum (kpi, RP_KPI_KPI_KIND) == RP_KPI_KIND_RATED, cap);
  stmt = _rp_store_prepare (store,
                            "SELECT period, value FROM figure WHERE kpi = ?1 AND period BETWEEN ?2 AND ?3 "
                            "AND not_applicable = 0 AND value IS NOT NULL", NULL);
  if (stmt != NULL)
    {
      g_autofree char *from = rp_period_add (line->latest_period, -(RP_SCORE_PERIODS - 1));

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, line->latest_period, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          int index = rp_period_diff (from, (const char *) sqlite3_column_text (stmt, 0));

          if (index >= 0 && index < RP_SCORE_PERIODS)
            line->trend[index] = sqlite3_column_double (stmt, 1);
        }
      sqlite3_reset (stmt);
    }
  return line;
}

static RpTraceKpi *
trace_kpi_copy (const RpTraceKpi *kpi)
{
  RpTraceKpi *copy = g_memdup2 (kpi, sizeof *kpi);

  copy->uuid = g_strdup (kpi->uuid);
  copy->name = g_strdup (kpi->name);
  copy->unit = g_strdup (kpi->unit);
  copy->owner = g_strdup (kpi->owner);
  copy->latest_period = g_strdup (kpi->latest_period);
  return copy;
}

/* Rows of (principle, …) for the principles of one philosophy, each added to its principle. */
static gboolean
collect (RpStore     *store,
         GHashTable  *by_uuid,
         const char  *philosophy,
         const char  *sql,
         void       (*add) (RpTracePrinciple *p, sqlite3_stmt *stmt, gpointer data),
         gpointer     data,
         GError     **error)
{
  sqlite3_stmt *stmt = _rp_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, philosophy, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpTracePrinciple *p = g_hash_table_lookup (by_uuid, sqlite3_column_text (stmt, 0));

      if (p != NULL)
        add (p, stmt, data);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_IO, _("Could not read the workspace."));
      return FALSE;
    }
  return TRUE;
}

static void
add_activity (RpTracePrinciple *p,
              sqlite3_stmt     *stmt,
              gpointer          data)
{
  RpTraceItem *item = trace_item_new (stmt, 1);

  item->measured = sqlite3_column_int (stmt, 4) != 0;
  g_ptr_array_add (p->activities, item);
}

static void
add_strategy (RpTracePrinciple *p,
              sqlite3_stmt     *stmt,
              gpointer          data)
{
  RpTraceItem *item = trace_item_new (stmt, 1);
  g_autofree char *nick = g_steal_pointer (&item->detail);

  item->detail = g_strdup (rp_field_enum_label (rp_field_get (RP_STRATEGY_STATUS), nick));
  g_ptr_array_add (p->strategies, item);
}

static void
add_proposal (RpTracePrinciple *p,
              sqlite3_stmt     *stmt,
              gpointer          data)
{
  gboolean supports = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 4), "supports") == 0;

  g_ptr_array_add (supports ? p->supporting : p->conflicting, trace_item_new (stmt, 1));
}

typedef struct {
  RpStore    *store;
  GHashTable *kpis;  /* uuid → RpTraceKpi, each read once */
  double      cap;
} KpiCache;

static void
add_kpi (RpTracePrinciple *p,
         sqlite3_stmt     *stmt,
         gpointer          data)
{
  KpiCache *cache = data;
  const char *uuid = (const char *) sqlite3_column_text (stmt, 1);
  RpTraceKpi *kpi = g_hash_table_lookup (cache->kpis, uuid);

  if (kpi == NULL)
    {
      kpi = trace_kpi_new (cache->store, uuid, cache->cap);
      if (kpi == NULL)
        return;
      g_hash_table_insert (cache->kpis, kpi->uuid, kpi);
    }
  g_ptr_array_add (p->kpis, trace_kpi_copy (kpi));
  p->measured = TRUE;
  if (!isnan (kpi->attainment) && kpi->attainment < 1)
    p->below_target = TRUE;
}

/* The adopted philosophy when @philosophy is NULL; NULL without one (and no error). */
RpTrace *
rp_trace_compute (RpStore     *store,
                  RpRecord    *philosophy,
                  const char  *principle_uuid,
                  GError     **error)
{
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(GListModel) principles = NULL;
  g_autoptr(GHashTable) by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) unmeasured = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  g_autoptr(RpTrace) trace = NULL;
  KpiCache cache = { store, NULL, 1 };
  const char *uuid;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);

  if (philosophy == NULL)
    philosophy = adopted = rp_philosophy_get_adopted (store);
  if (philosophy == NULL)
    return NULL;
  uuid = rp_record_get_uuid (philosophy);
  if (profile != NULL && !isnan (rp_record_get_real (profile, RP_PROFILE_SCORE_CAP)))
    cache.cap = rp_record_get_real (profile, RP_PROFILE_SCORE_CAP);

  trace = g_new0 (RpTrace, 1);
  trace->philosophy_uuid = g_strdup (uuid);
  trace->philosophy_title = rp_record_dup_title (philosophy);
  trace->principles = g_ptr_array_new_with_free_func (trace_principle_free);
  trace->unmeasured_activities = g_ptr_array_new_with_free_func (trace_item_free);

  principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, uuid);
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      RpTracePrinciple *p;

      if (principle_uuid != NULL && g_strcmp0 (principle_uuid, rp_record_get_uuid (principle)) != 0)
        continue;
      p = g_new0 (RpTracePrinciple, 1);
      p->uuid = g_strdup (rp_record_get_uuid (principle));
      p->statement = g_strdup (rp_record_get_string (principle, RP_PRINCIPLE_STATEMENT));
      p->activities = g_ptr_array_new_with_free_func (trace_item_free);
      p->strategies = g_ptr_array_new_with_free_func (trace_item_free);
      p->supporting = g_ptr_array_new_with_free_func (trace_item_free);
      p->conflicting = g_ptr_array_new_with_free_func (trace_item_free);
      p->kpis = g_ptr_array_new_with_free_func (trace_kpi_free);
      g_ptr_array_add (trace->principles, p);
      g_hash_table_insert (by_uuid, p->uuid, p);
    }
  if (principle_uuid != NULL && trace->principles->len == 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_NOT_FOUND,
                   _("“%s” has no principle with the UUID %s."), trace->philosophy_title, principle_uuid);
      return NULL;
    }

  cache.kpis = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, trace_kpi_free);
  ok = collect (store, by_uuid, uuid,
                "SELECT ap.principle, a.uuid, a.title, f.title || ' · ' || ph.name, "
                "EXISTS (SELECT 1 FROM kpi_activity ka WHERE ka.activity = a.uuid) "
                "FROM activity_principle ap JOIN principle p ON p.uuid = ap.principle "
                "JOIN activity a ON a.uuid = ap.activity JOIN phase ph ON ph.uuid = a.phase "
                "JOIN framework f ON f.uuid = ph.framework WHERE p.philosophy = ?1 "
                "ORDER BY f.title COLLATE NOCASE, f.rowid, ph.position, ph.rowid, a.position, a.rowid",
                add_activity, NULL, error) &&
       collect (store, by_uuid, uuid,
                "SELECT sp.principle, s.uuid, s.title, s.status FROM strategy_principle sp "
                "JOIN principle p ON p.uuid = sp.principle JOIN strategy s ON s.uuid = sp.strategy "
                "WHERE p.philosophy = ?1 ORDER BY s.position, s.rowid",
                add_strategy, NULL, error) &&
       collect (store, by_uuid, uuid,
                "SELECT c.principle, pr.uuid, pr.title, o.name, c.verdict FROM compatibility c "
                "JOIN principle p ON p.uuid = c.principle JOIN proposal pr ON pr.uuid = c.proposal "
                "JOIN outsourcer o ON o.uuid = pr.outsourcer "
                "WHERE p.philosophy = ?1 AND c.verdict IN ('supports', 'conflicts') "
                "ORDER BY o.name COLLATE NOCASE, pr.title COLLATE NOCASE, pr.rowid",
                add_proposal, NULL, error) &&
       collect (store, by_uuid, uuid,
                "SELECT kp.principle, k.uuid FROM kpi_principle kp "
                "JOIN principle p ON p.uuid = kp.principle JOIN kpi k ON k.uuid = kp.kpi "
                "LEFT JOIN outsourcer o ON o.uuid = k.outsourcer WHERE p.philosophy = ?1 "
                "ORDER BY k.profile IS NULL, o.name COLLATE NOCASE, k.position, k.rowid",
                add_kpi, &cache, error);
  g_hash_table_unref (cache.kpis);
  if (!ok)
    return NULL;

  for (guint i = 0; i < trace->principles->len; i++)
    {
      RpTracePrinciple *p = trace->principles->pdata[i];

      trace->n_unmeasured += !p->measured;
      trace->n_below_target += p->below_target;
      for (guint a = 0; a < p->activities->len; a++)
        {
          RpTraceItem *item = p->activities->pdata[a];

          if (!item->measured && g_hash_table_add (unmeasured, item->uuid))
            {
              RpTraceItem *copy = g_new0 (RpTraceItem, 1);

              copy->uuid = g_strdup (item->uuid);
              copy->title = g_strdup (item->title);
              copy->detail = g_strdup (item->detail);
              g_ptr_array_add (trace->unmeasured_activities, copy);
            }
        }
    }
  return g_steal_pointer (&trace);
}

/* For the Overview: the adopted philosophy's principles no figure measures, those whose
 * figures are below target, and the activities serving it whose customers' reaction
 * nobody measures. */
GPtrArray *
rp_trace_findings (RpStore *store)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(RpTrace) trace = rp_trace_compute (store, NULL, NULL, NULL);

  if (trace == NULL)
    return findings;
  for (guint i = 0; i < trace->principles->len; i++)
    {
      RpTracePrinciple *p = trace->principles->pdata[i];
      g_autofree char *statement = rp_text_one_line (p->statement, 80);

      if (!p->measured)
        g_ptr_array_add (findings, rp_finding_new (RP_FINDING_WARNING, "principle-unmeasured", "principle", p->uuid,
                                                   _("No figure tells whether the company lives the principle “%s”"),
                                                   statement));
      else if (p->below_target)
        {
          RpFinding *finding = rp_finding_new (RP_FINDING_PROBLEM, "principle-below-target", "principle", p->uuid,
                                               _("The indicators of the principle “%s” are below target"), statement);

          g_ptr_array_add (findings, finding);
        }
    }
  for (guint i = 0; i < trace->unmeasured_activities->len; i++)
    {
      RpTraceItem *item = trace->unmeasured_activities->pdata[i];

      g_ptr_array_add (findings, rp_finding_new (RP_FINDING_INFO, "activity-unmeasured", "activity", item->uuid,
                                                 _("Nobody measures how customers react to the activity “%s”"),
                                                 item->title));
    }
  return findings;
}
