/* rp-living.c — tracing principles to the activities, strategies, proposals and figures
 * that carry them out, and acknowledgements of a subject's current version */
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


/* Acknowledgements */

typedef struct {
  RpKindId   kind;
  RpFieldId  owner;     /* the field that refers to the subject or the parent */
  int        parent;    /* index into the same table of the part this one hangs off, or -1 */
} Part;

/* What a subject's version covers: itself and the parts a reader is given. */
static const Part philosophy_parts[] = { { RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, -1 } };
static const Part framework_parts[] = {
  { RP_KIND_FACTOR, RP_FACTOR_FRAMEWORK, -1 },
  { RP_KIND_PHASE, RP_PHASE_FRAMEWORK, -1 },
  { RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, 1 },
};
static const Part strategy_parts[] = { { RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, -1 } };

/* Progress and decisions change while the content stays what was acknowledged. */
static gboolean
field_in_version (const RpField *field)
{
  static const char *const left_out[] = { "status", "progress", "decision_notes", "cadence", "cadence_days", NULL };

  return !(field->flags & RP_FIELD_WORKFLOW) && !(field->type == RP_FIELD_REF && (field->flags & RP_FIELD_OWNER)) &&
         !g_strv_contains (left_out, field->name);
}

static int
compare_uuids (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (rp_record_get_uuid (*(RpRecord *const *) a), rp_record_get_uuid (*(RpRecord *const *) b));
}

static void
digest_record (GChecksum *sum,
               RpRecord  *record)
{
  const RpKind *kind = rp_record_get_kind (record);

  g_checksum_update (sum, (const guchar *) kind->name, -1);
  g_checksum_update (sum, (const guchar *) rp_record_get_uuid (record), -1);
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const GValue *value = rp_record_get_value (record, i);
      g_autofree char *text = NULL;

      if (!field_in_version (&kind->fields[i]))
        continue;
      if (G_VALUE_HOLDS_DOUBLE (value))
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          text = g_strdup (g_ascii_dtostr (buffer, sizeof buffer, g_value_get_double (value)));
        }
      else if (G_VALUE_HOLDS_INT64 (value))
        text = g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
      else if (G_VALUE_HOLDS_BOOLEAN (value))
        text = g_strdup (g_value_get_boolean (value) ? "true" : "false");
      else if (G_VALUE_HOLDS_STRING (value))
        text = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "\x01");
      g_checksum_update (sum, (const guchar *) kind->fields[i].name, -1);
      g_checksum_update (sum, (const guchar *) "\x1f", 1);
      g_checksum_update (sum, (const guchar *) (text ? text : ""), -1);
      g_checksum_update (sum, (const guchar *) "\x1e", 1);
    }
}

/* Each part's records, in UUID order so both workspaces read them alike. */
static void
digest_parts (GChecksum    *sum,
              RpStore      *store,
              const Part   *parts,
              guint         n_parts,
              int           parent,
              const char   *owner_uuid)
{
  for (guint p = 0; p < n_parts; p++)
    {
      g_autoptr(GListModel) list = NULL;
      g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

      if (parts[p].parent != parent)
        continue;
      list = rp_store_list (store, parts[p].kind, parts[p].owner, owner_uuid);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (records, g_list_model_get_item (list, i));
      g_ptr_array_sort (records, compare_uuids);
      for (guint i = 0; i < records->len; i++)
        {
          digest_record (sum, records->pdata[i]);
          digest_parts (sum, store, parts, n_parts, (int) p, rp_record_get_uuid (records->pdata[i]));
        }
    }
}

gboolean
rp_ack_subject_kind (RpRecord *subject)
{
  RpKindId kind = rp_kind_get_index (rp_record_get_kind (subject));

  return kind == RP_KIND_PHILOSOPHY || kind == RP_KIND_FRAMEWORK || kind == RP_KIND_STRATEGY;
}

RpFieldId
rp_ack_subject_field (RpKindId kind)
{
  switch (kind)
    {
    case RP_KIND_PHILOSOPHY: return RP_ACKNOWLEDGEMENT_PHILOSOPHY;
    case RP_KIND_FRAMEWORK: return RP_ACKNOWLEDGEMENT_FRAMEWORK;
    case RP_KIND_STRATEGY: return RP_ACKNOWLEDGEMENT_STRATEGY;
    default: return RP_FIELD_NONE;
    }
}

/* A digest of what the reader was given: the same in a colleague's workspace that
 * imported it, different once a word of it changes. */
char *
rp_ack_version (RpStore  *store,
                RpRecord *subject)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  RpKindId kind = rp_kind_get_index (rp_record_get_kind (subject));
  const Part *parts = kind == RP_KIND_PHILOSOPHY ? philosophy_parts
                    : kind == RP_KIND_FRAMEWORK ? framework_parts : strategy_parts;
  guint n_parts = kind == RP_KIND_PHILOSOPHY ? G_N_ELEMENTS (philosophy_parts)
                : kind == RP_KIND_FRAMEWORK ? G_N_ELEMENTS (framework_parts) : G_N_ELEMENTS (strategy_parts);

  g_return_val_if_fail (rp_ack_subject_kind (subject), NULL);

  digest_record (sum, subject);
  digest_parts (sum, store, parts, n_parts, -1, rp_record_get_uuid (subject));
  return g_strdup (g_checksum_get_string (sum));
}

RpRecord *
rp_acknowledge (RpStore     *store,
                RpRecord    *subject,
                const char  *by,
                const char  *on,
                const char  *comment,
                GError     **error)
{
  g_autoptr(RpRecord) ack = NULL;
  g_autofree char *version = NULL;
  g_autofree char *today = NULL;
  g_autofree char *name = g_strstrip (g_strdup (by ? by : ""));

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (RP_IS_RECORD (subject), NULL);

  if (!rp_ack_subject_kind (subject))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("Only a philosophy, a framework or a strategy's plan can be acknowledged."));
      return NULL;
    }
  if (*name == '\0')
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("Say who acknowledges it."));
      return NULL;
    }
  if (on == NULL)
    {
      GDate date;

      rp_date_set_today (&date);
      on = today = rp_date_format (&date);
    }
  version = rp_ack_version (store, subject);
  ack = rp_record_new_for (RP_KIND_ACKNOWLEDGEMENT, subject);
  rp_record_set_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_BY, name);
  rp_record_set_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_ON, on);
  if (comment != NULL && *comment != '\0')
    rp_record_set_string (ack, RP_ACKNOWLEDGEMENT_COMMENT, comment);
  rp_record_set_string (ack, RP_ACKNOWLEDGEMENT_VERSION, version);
  if (!rp_store_save (store, ack, error))
    return NULL;
  return g_steal_pointer (&ack);
}

static void
ack_line_free (gpointer data)
{
  RpAckLine *line = data;

  g_free (line->uuid);
  g_free (line->by);
  g_free (line->on);
  g_free (line->comment);
  g_free (line);
}

static void
ack_pending_free (gpointer data)
{
  RpAckPending *pending = data;

  g_free (pending->name);
  g_free (pending->outsourcer);
  g_free (pending);
}

void
rp_ack_status_free (RpAckStatus *status)
{
  if (status == NULL)
    return;
  g_free (status->version);
  g_ptr_array_unref (status->acks);
  g_ptr_array_unref (status->pending);
  g_free (status);
}

/* Who acknowledged which version of @subject, and who in the staff directory (the
 * company's own and the outsourcers') has not acknowledged this one; names match
 * regardless of case and spacing. */
RpAckStatus *
rp_ack_status_compute (RpStore  *store,
                       RpRecord *subject)
{
  RpAckStatus *status = g_new0 (RpAckStatus, 1);
  g_autoptr(GListModel) acks = NULL;
  g_autoptr(GListModel) staff = rp_store_list (store, RP_KIND_STAFF, RP_FIELD_NONE, NULL);
  g_autoptr(GHashTable) current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) earlier = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) outsourcers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_return_val_if_fail (rp_ack_subject_kind (subject), status);

  status->version = rp_ack_version (store, subject);
  status->acks = g_ptr_array_new_with_free_func (ack_line_free);
  status->pending = g_ptr_array_new_with_free_func (ack_pending_free);
  acks = rp_store_list (store, RP_KIND_ACKNOWLEDGEMENT,
                        rp_ack_subject_field (rp_kind_get_index (rp_record_get_kind (subject))),
                        rp_record_get_uuid (subject));
  for (guint i = 0; i < g_list_model_get_n_items (acks); i++)
    {
      g_autoptr(RpRecord) ack = g_list_model_get_item (acks, i);
      RpAckLine *line = g_new0 (RpAckLine, 1);

      line->uuid = g_strdup (rp_record_get_uuid (ack));
      line->by = g_strdup (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_BY));
      line->on = g_strdup (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_ON));
      line->comment = g_strdup (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_COMMENT));
      line->outdated = g_strcmp0 (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_VERSION), status->version) != 0;
      g_hash_table_add (line->outdated ? earlier : current, rp_text_match_key (line->by));
      g_ptr_array_add (status->acks, line);
    }

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(RpRecord) person = g_list_model_get_item (staff, i);
      g_autofree char *key = rp_text_match_key (rp_record_get_string (person, RP_STAFF_NAME));
      const char *outsourcer = rp_record_get_string (person, RP_STAFF_OUTSOURCER);
      RpAckPending *pending;

      status->n_staff++;
      if (g_hash_table_contains (current, key))
        {
          status->n_current++;
          continue;
        }
      pending = g_new0 (RpAckPending, 1);
      pending->name = g_strdup (rp_record_get_string (person, RP_STAFF_NAME));
      pending->outdated = g_hash_table_contains (earlier, key);
      if (outsourcer != NULL)
        {
          const char *name = g_hash_table_lookup (outsourcers, outsourcer);

          if (name == NULL)
            {
              g_autoptr(RpRecord) o = rp_store_get (store, RP_KIND_OUTSOURCER, outsourcer);

              name = o ? rp_record_get_string (o, RP_OUTSOURCER_NAME) : "";
              g_hash_table_insert (outsourcers, g_strdup (outsourcer), g_strdup (name));
              name = g_hash_table_lookup (outsourcers, outsourcer);
            }
          pending->outsourcer = g_strdup (name);
        }
      g_ptr_array_add (status->pending, pending);
    }
  return status;
}

/* For the Overview: how many of the staff have not acknowledged the adopted philosophy,
 * and each framework or plan whose acknowledgements have begun. */
GPtrArray *
rp_ack_findings (RpStore *store)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (store);
  g_autoptr(GPtrArray) subjects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GListModel) acks = rp_store_list (store, RP_KIND_ACKNOWLEDGEMENT, RP_FIELD_NONE, NULL);

  if (rp_store_count (store, RP_KIND_STAFF) == 0)
    return findings;
  if (adopted != NULL)
    {
      g_hash_table_add (seen, (gpointer) rp_record_get_uuid (adopted));
      g_ptr_array_add (subjects, g_object_ref (adopted));
    }
  for (guint i = 0; i < g_list_model_get_n_items (acks); i++)
    {
      g_autoptr(RpRecord) ack = g_list_model_get_item (acks, i);
      const char *framework = rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_FRAMEWORK);
      const char *strategy = rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_STRATEGY);
      RpRecord *subject = NULL;

      if (framework != NULL && !g_hash_table_contains (seen, framework))
        subject = rp_store_get (store, RP_KIND_FRAMEWORK, framework);
      else if (strategy != NULL && !g_hash_table_contains (seen, strategy))
        subject = rp_store_get (store, RP_KIND_STRATEGY, strategy);
      if (subject != NULL)
        {
          g_hash_table_add (seen, (gpointer) rp_record_get_uuid (subject));
          g_ptr_array_add (subjects, subject);
        }
    }
  for (guint i = 0; i < subjects->len; i++)
    {
      RpRecord *subject = subjects->pdata[i];
      g_autoptr(RpAckStatus) status = rp_ack_status_compute (store, subject);
      g_autofree char *title = rp_record_dup_title (subject);
      guint missing = status->n_staff - status->n_current;
      const char *kind = rp_record_get_kind (subject)->name;

      if (missing == 0)
        continue;
      g_ptr_array_add (findings,
                       rp_finding_new (RP_FINDING_WARNING, "acknowledgement-missing", kind, rp_record_get_uuid (subject),
                                       /* Translators: "4 of 9 staff have not acknowledged “Customer first” as it stands" */
                                       g_dngettext (GETTEXT_PACKAGE,
                                                    "%u of %u staff has not acknowledged “%s” as it stands",
                                                    "%u of %u staff have not acknowledged “%s” as it stands", missing),
                                       missing, status->n_staff, title));
    }
  return findings;
}
