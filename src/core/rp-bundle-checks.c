/* rp-bundle-checks.c — what only the whole bundle, or the bundle beside the workspace, can
 * tell, checked in SQL once every record is staged (rp-bundle-read.c reads and stages
 * them one by one) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-bundle-private.h"
#include "rp-json-reader.h"
#include "rp-record-private.h"
#include "rp-store-private.h"
#include "rp-util.h"

typedef struct {
  RpBundle  *bundle;
  GPtrArray *problems;
  gboolean   stopped;   /* at the limit of problems */
} Checks;

static gboolean
problem (Checks     *l,
         const char *path,
         const char *what)
{
  return _rp_bundle_add_problem (l->problems, &l->stopped, path, what);
}

/* Checks of the whole bundle */

static gboolean
check_rows (Checks      *l,
            const char  *sql,
            void       (*report) (Checks *l, sqlite3_stmt *stmt, gpointer data),
            gpointer     data,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (l->bundle->db, sql, -1, &stmt, NULL);

  while (rc == SQLITE_OK && !l->stopped && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      report (l, stmt, data);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      _rp_bundle_set_sql_error (l->bundle->db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static char *
entry_path (RpBundle *bundle,
            gint64    e)
{
  const RpKind *const *kinds = rp_kinds (NULL);
  sqlite3_stmt *stmt = _rp_bundle_prepare (bundle, "SELECT kind, idx FROM s_entry WHERE _e = ?1", NULL);
  char *path = NULL;

  if (stmt == NULL)
    return g_strdup ("$");
  sqlite3_bind_int64 (stmt, 1, e);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    path = _rp_bundle_record_path (kinds[sqlite3_column_int (stmt, 0)], sqlite3_column_int64 (stmt, 1), NULL);
  sqlite3_reset (stmt);
  return path ? path : g_strdup ("$");
}

static void
report_duplicate (Checks       *l,
                  sqlite3_stmt *stmt,
                  gpointer      data)
{
  g_autofree char *first = entry_path (l->bundle, sqlite3_column_int64 (stmt, 0));
  g_autofree char *second = entry_path (l->bundle, sqlite3_column_int64 (stmt, 1));
  g_autofree char *where = g_strdup_printf ("%s.uuid", second);
  gboolean same_kind = sqlite3_column_int (stmt, 2) == sqlite3_column_int (stmt, 3);
  g_autofree char *what = g_strdup_printf (same_kind ? _("the same UUID as %s; each record needs its own.")
                                                     : _("the same UUID as %s, a record of another kind; each record needs its own."),
                                           first);

  problem (l, where, what);
}

static void
report_reference (Checks       *l,
                  sqlite3_stmt *stmt,
                  gpointer      data)
{
  const RpKind *kind = ((gpointer *) data)[0];
  const RpField *field = ((gpointer *) data)[1];
  g_autofree char *where = _rp_bundle_record_path (kind, sqlite3_column_int64 (stmt, 0), field->name);
  g_autofree char *what = g_strdup_printf (sqlite3_column_type (stmt, 2) == SQLITE_NULL
                                           ? _("refers to %s %s, which is not in the bundle.")
                                           : _("refers to %s %s, but that UUID belongs to another kind of record."),
                                           rp_kind_get_label (rp_kind_lookup (field->ref_kind)),
                                           (const char *) sqlite3_column_text (stmt, 1));

  problem (l, where, what);
}

static void
report_natural_key (Checks       *l,
                    sqlite3_stmt *stmt,
                    gpointer      data)
{
  const RpKind *kind = data;
  g_autofree char *fields = g_strjoinv (", ", (char **) rp_kind_get_unique (kind));
  g_autofree char *first = _rp_bundle_record_path (kind, sqlite3_column_int64 (stmt, 0), NULL);
  g_autofree char *where = _rp_bundle_record_path (kind, sqlite3_column_int64 (stmt, 1), NULL);
  g_autofree char *what = g_strdup_printf (_("the same %s as %s; the workspace keeps one."), fields, first);

  problem (l, where, what);
}

static void
report_second_adopted (Checks       *l,
                       sqlite3_stmt *stmt,
                       gpointer      data)
{
  g_autofree char *first = _rp_bundle_record_path (rp_kind_get (RP_KIND_PHILOSOPHY), sqlite3_column_int64 (stmt, 0), NULL);
  g_autofree char *where = _rp_bundle_record_path (rp_kind_get (RP_KIND_PHILOSOPHY), sqlite3_column_int64 (stmt, 1), "status");
  g_autofree char *what = g_strdup_printf (_("a second adopted philosophy (the first is %s); a workspace adopts one at a time."), first);

  problem (l, where, what);
}

static void
report_negative_figure (Checks       *l,
                        sqlite3_stmt *stmt,
                        gpointer      data)
{
  g_autofree char *where = _rp_bundle_record_path (rp_kind_get (RP_KIND_FIGURE), sqlite3_column_int64 (stmt, 0), "value");
  g_autofree char *what = g_strdup_printf (_("%g is below zero, and the figures of the KPI “%s” are never negative."),
                                           sqlite3_column_double (stmt, 1), (const char *) sqlite3_column_text (stmt, 2));

  problem (l, where, what);
}

static gboolean
check_whole (Checks  *l,
             GError **error);

/* What only the whole bundle can tell, in SQL over the staged records: one UUID a record,
 * references that resolve, natural keys, one adopted philosophy, figures that may not be
 * negative, parents without cycles. Problems go to @problems; @stopped is set at the limit. */
gboolean
_rp_bundle_check_whole (RpBundle   *bundle,
                        GPtrArray  *problems,
                        gboolean   *stopped,
                        GError    **error)
{
  Checks checks = { bundle, problems, *stopped };
  gboolean ok = check_whole (&checks, error);

  *stopped = checks.stopped;
  return ok;
}

static gboolean
check_whole (Checks  *l,
             GError **error)
{
  RpBundle *b = l->bundle;
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  if (!_rp_bundle_exec (b->db, "CREATE INDEX s_entry_uuid ON s_entry (uuid)", error))
    return FALSE;

  /* One UUID, one record, whatever its kind */
  if (!check_rows (l, "SELECT d.first, b._e, (SELECT kind FROM s_entry WHERE _e = d.first), b.kind "
                      "FROM (SELECT uuid, min (_e) AS first FROM s_entry GROUP BY uuid HAVING count (*) > 1) d "
                      "JOIN s_entry b ON b.uuid = d.uuid AND b._e > d.first ORDER BY b._e",
                   report_duplicate, NULL, error))
    return FALSE;

  for (guint k = 0; k < n_kinds && !l->stopped; k++)
    {
      const RpKind *kind = kinds[k];
      const char *const *unique = rp_kind_get_unique (kind);
      const char *self_ref = _rp_bundle_self_ref (kind);

      if (b->counts[k] == 0)
        continue;
      /* A bundle carries everything its records refer to. */
      for (guint f = 0; f < kind->n_fields && !l->stopped; f++)
        {
          const RpField *field = &kind->fields[f];
          g_autofree char *sql = NULL;
          gpointer data[2] = { (gpointer) kind, (gpointer) field };

          if (field->type != RP_FIELD_REF)
            continue;
          sql = g_strdup_printf ("SELECT s._idx, s.\"%s\", x.kind FROM \"s_%s\" s LEFT JOIN s_entry x ON x.uuid = s.\"%s\" "
                                 "WHERE s.\"%s\" IS NOT NULL AND (x.kind IS NULL OR x.kind != %u) ORDER BY s._e",
                                 field->name, kind->name, field->name, field->name,
                                 rp_kind_get_index (rp_kind_lookup (field->ref_kind)));
          if (!check_rows (l, sql, report_reference, data, error))
            return FALSE;
        }
      if (unique != NULL && !l->stopped)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT min (_idx), max (_idx) FROM \"s_%s\" GROUP BY \"%s\", \"%s\" "
                                                  "HAVING count (*) > 1", kind->name, unique[0], unique[1]);

          if (!check_rows (l, sql, report_natural_key, (gpointer) kind, error))
            return FALSE;
        }
      if (self_ref != NULL && !l->stopped)
        {
          g_autofree char *index = g_strdup_printf ("CREATE INDEX \"s_%s_uuid\" ON \"s_%s\" (\"uuid\")", kind->name, kind->name);
          g_autofree char *starts = g_strdup_printf ("SELECT \"uuid\" FROM \"s_%s\" WHERE \"%s\" IS NOT NULL ORDER BY _e",
                                                     kind->name, self_ref);
          g_autofree char *parent = g_strdup_printf ("SELECT \"%s\" FROM \"s_%s\" WHERE \"uuid\" = ?1 AND \"%s\" IS NOT NULL LIMIT 1",
                                                     self_ref, kind->name, self_ref);
          g_autofree char *cycle = NULL;

          if (!_rp_bundle_exec (b->db, index, error) ||
              !_rp_bundle_find_cycle (b->db, starts, parent, &cycle, error))
            return FALSE;
          if (cycle != NULL)
            {
              g_autofree char *find = g_strdup_printf ("SELECT _idx FROM \"s_%s\" WHERE \"uuid\" = ?1 LIMIT 1", kind->name);
              sqlite3_stmt *stmt = NULL;
              gint64 idx = 0;

              if (sqlite3_prepare_v2 (b->db, find, -1, &stmt, NULL) == SQLITE_OK)
                {
                  sqlite3_bind_text (stmt, 1, cycle, -1, SQLITE_STATIC);
                  if (sqlite3_step (stmt) == SQLITE_ROW)
                    idx = sqlite3_column_int64 (stmt, 0);
                }
              sqlite3_finalize (stmt);
              {
                g_autofree char *where = _rp_bundle_record_path (kind, idx, self_ref);
                g_autofree char *what = g_strdup_printf (_("%s %s is, through its parents, part of itself; the chain of parents must end."),
                                                         rp_kind_get_label (kind), cycle);

                problem (l, where, what);
              }
            }
        }
    }
  /* The rule of rp_figure_set: a measured KPI's figures are not negative unless it says so */
  if (!l->stopped && b->counts[RP_KIND_FIGURE] > 0 && b->counts[RP_KIND_KPI] > 0 &&
      !check_rows (l, "SELECT f._idx, f.value, k.name FROM s_figure f JOIN s_kpi k ON k.uuid = f.kpi "
                      "WHERE f.value < 0 AND NOT coalesce (k.negatives, 0) AND k.kpi_kind = 'measured' ORDER BY f._e",
                   report_negative_figure, NULL, error))
    return FALSE;
  if (!l->stopped && b->counts[RP_KIND_PHILOSOPHY] > 1 &&
      !check_rows (l, "SELECT (SELECT min (_idx) FROM s_philosophy WHERE status = 'adopted'), _idx FROM s_philosophy "
                      "WHERE status = 'adopted' ORDER BY _e LIMIT -1 OFFSET 1", report_second_adopted, NULL, error))
    return FALSE;
  return TRUE;
}

/* Problems only the workspace reveals */

static void
report_other_kind (RpBundleRun          *run,
                   sqlite3_stmt *stmt,
                   gpointer      data)
{
  const RpKind *const *kinds = rp_kinds (NULL);
  const RpKind *in_workspace = data;
  g_autofree char *where = _rp_bundle_record_path (kinds[sqlite3_column_int (stmt, 0)], sqlite3_column_int64 (stmt, 1), "uuid");

  _rp_bundle_problem (run->problems, where, _("the workspace has a record of another kind (%s) with this UUID; a UUID belongs to one record."),
                      rp_kind_get_label (in_workspace));
}

void
_rp_bundle_report_key_clash (RpBundleRun  *run,
                             sqlite3_stmt *stmt,
                             gpointer      data)
{
  const RpKind *kind = data;
  g_autofree char *fields = g_strjoinv (", ", (char **) rp_kind_get_unique (kind));
  g_autofree char *where = _rp_bundle_record_path (kind, sqlite3_column_int64 (stmt, 0), NULL);

  _rp_bundle_problem (run->problems, where, _("the workspace already has another record with the same %s; it cannot hold both."), fields);
}

void
_rp_bundle_report_same_mine (RpBundleRun  *run,
                             sqlite3_stmt *stmt,
                             gpointer      data)
{
  const RpKind *kind = data;
  g_autofree char *first = _rp_bundle_record_path (kind, sqlite3_column_int64 (stmt, 0), NULL);
  g_autofree char *where = _rp_bundle_record_path (kind, sqlite3_column_int64 (stmt, 1), NULL);

  _rp_bundle_problem (run->problems, where, _("the same record of the workspace as %s; the bundle can bring one copy of it."), first);
}

gboolean
_rp_bundle_check_other_kinds (RpBundleRun  *run,
                              GError      **error)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);

  for (guint k = 0; k < n_kinds; k++)
    {
      g_autofree char *count_sql = g_strdup_printf ("SELECT count (*) FROM %s.\"%s\"", run->w, kinds[k]->name);
      gint64 n = _rp_bundle_query_int (run, count_sql);
      g_autofree char *sql = NULL;

      if (n == 0)
        continue;
      /* Whichever side is smaller leads, so a small bundle into a big workspace stays quick */
      if ((guint64) n <= run->bundle->n_records)
        sql = g_strdup_printf ("SELECT x.kind, x.idx FROM %s.\"%s\" m CROSS JOIN %s.s_entry x ON x.uuid = m.\"uuid\" "
                               "WHERE x.kind != %u ORDER BY x._e", run->w, kinds[k]->name, run->s, k);
      else
        sql = g_strdup_printf ("SELECT x.kind, x.idx FROM %s.s_entry x WHERE x.kind != %u AND "
                               "EXISTS (SELECT 1 FROM %s.\"%s\" m WHERE m.\"uuid\" = x.uuid) ORDER BY x._e",
                               run->s, k, run->w, kinds[k]->name);
      if (!_rp_bundle_each_row (run, sql, report_other_kind, (gpointer) kinds[k], error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_rp_bundle_check_cycles (RpBundleRun   *run,
                         const RpKind  *kind,
                         GError       **error)
{
  const char *parent = _rp_bundle_self_ref (kind);
  g_autofree char *starts = NULL;
  g_autofree char *parent_sql = NULL;
  g_autofree char *cycle = NULL;

  if (parent == NULL)
    return TRUE;
  /* The parents as they will be: the bundle's copy where it is written, the workspace's elsewhere */
  starts = g_strdup_printf ("SELECT \"uuid\" FROM %s.\"s_%s\" WHERE _tk AND \"%s\" IS NOT NULL ORDER BY _e",
                            run->s, kind->name, parent);
  parent_sql = g_strdup_printf ("SELECT CASE WHEN b._e IS NOT NULL THEN b.\"%s\" "
                                "ELSE (SELECT m.\"%s\" FROM %s.\"%s\" m WHERE m.\"uuid\" = ?1) END "
                                "FROM (SELECT 1) LEFT JOIN %s.\"s_%s\" b ON b.\"uuid\" = ?1 AND b._tk",
                                parent, parent, run->w, kind->name, run->s, kind->name);
  if (!_rp_bundle_find_cycle (run->db, starts, parent_sql, &cycle, error))
    return FALSE;
  if (cycle != NULL)
    {
      g_autofree char *find = g_strdup_printf ("SELECT _idx FROM %s.\"s_%s\" WHERE \"uuid\" = '%s'", run->s, kind->name, cycle);
      gint64 idx = _rp_bundle_query_int (run, find);
      g_autofree char *where = _rp_bundle_record_path (kind, idx, parent);

      _rp_bundle_problem (run->problems, where,
                          _("with the workspace's records, %s %s would be, through its parents, part of itself."),
                          rp_kind_get_label (kind), cycle);
    }
  return TRUE;
}
