/* rp-bundle-private.h — shared by the files that export, read, preview and import bundles */
#pragma once

#include <sqlite3.h>

#include "rp-bundle.h"

G_BEGIN_DECLS

/* Placeholders for personal data: each distinct value becomes "Person N". */
typedef struct {
  GHashTable *names;
} RpAnonymiser;

void        _rp_anonymiser_init     (RpAnonymiser *self);
void        _rp_anonymiser_clear    (RpAnonymiser *self);
const char *_rp_anonymiser_lookup   (RpAnonymiser *self,
                                     const char   *value);

void        _rp_bundle_problem      (GPtrArray    *problems,
                                     const char   *path,
                                     const char   *format,
                                     ...) G_GNUC_PRINTF (3, 4);
gboolean    _rp_bundle_fail_with_problems (GPtrArray *problems,
                                           gboolean   more,
                                           GError   **error);

/* A bundle that was read is staged in a database of its own, one table per kind
 * ("s_" and the kind's name) with the kind's columns after these:
 *   _e     the record's place among all the bundle's records, from 1
 *   _idx   its place in its kind's list, for paths such as $.figures[12]
 *   _st    its status in the preview (RpItemStatus), _tk whether it is written,
 *   _mine  the workspace's copy, _adopt 1 + the status it had before it became a
 *          conflict over the one adopted philosophy (0 when it is not one);
 *   _st2, _mine2, _adopt2  the same worked out again when the import is applied.
 * s_entry (_e, kind, idx, uuid) lists every record. */
struct _RpBundle
{
  sqlite3    *db;
  char       *path;
  GHashTable *statements;  /* SQL → sqlite3_stmt */
  GMutex      lock;        /* one thread at a time on db */

  char       *title;
  char       *note;
  char       *exported_by;
  char       *exported_at;
  char       *generator;
  guint      *counts;      /* per kind */
  guint       n_records;
  GPtrArray  *notes;
};

sqlite3_stmt *_rp_bundle_prepare     (RpBundle     *self,
                                      const char   *sql,
                                      GError      **error);
gboolean      _rp_bundle_exec        (sqlite3      *db,
                                      const char   *sql,
                                      GError      **error);
void          _rp_bundle_set_sql_error (sqlite3    *db,
                                        int         rc,
                                        GError    **error);
const char   *_rp_bundle_select_sql  (const RpKind *kind);
char         *_rp_bundle_record_path (const RpKind *kind,
                                      gint64        idx,
                                      const char   *field);
const char   *_rp_bundle_self_ref    (const RpKind *kind);
gboolean      _rp_bundle_find_cycle  (sqlite3      *db,
                                      const char   *starts_sql,
                                      const char   *parent_sql,
                                      char        **cycle,
                                      GError      **error);

gboolean _rp_bundle_add_problem (GPtrArray  *problems,
                                 gboolean   *stopped,
                                 const char *path,
                                 const char *what);
gboolean _rp_bundle_check_whole (RpBundle   *bundle,
                                 GPtrArray  *problems,
                                 gboolean   *stopped,
                                 GError    **error);

/* The preview's state, shared with the import (rp-bundle-apply.c) */
struct _RpBundlePreview
{
  RpBundle *bundle;
  RpStore  *store;
  guint    *counts;  /* kind × status */
};

/* Where the statements run: the staging tables' schema, the workspace's, and
 * which columns receive the outcome ("" for the preview, "2" for the import). */
typedef struct {
  sqlite3    *db;
  const char *s;
  const char *w;
  const char *x;
  RpBundle   *bundle;
  GPtrArray  *problems;
} RpBundleRun;

gboolean _rp_bundle_compute   (RpBundleRun  *run,
                               GError      **error);
gint64   _rp_bundle_query_int (RpBundleRun  *run,
                               const char   *sql);
gboolean _rp_bundle_each_row  (RpBundleRun  *run,
                               const char   *sql,
                               void        (*visit) (RpBundleRun *run, sqlite3_stmt *stmt, gpointer data),
                               gpointer      data,
                               GError      **error);
/* Problems only the workspace reveals (rp-bundle-checks.c) */
void     _rp_bundle_report_key_clash (RpBundleRun  *run,
                                      sqlite3_stmt *stmt,
                                      gpointer      data);
void     _rp_bundle_report_same_mine (RpBundleRun  *run,
                                      sqlite3_stmt *stmt,
                                      gpointer      data);
gboolean _rp_bundle_check_other_kinds (RpBundleRun   *run,
                                       GError       **error);
gboolean _rp_bundle_check_cycles      (RpBundleRun   *run,
                                       const RpKind  *kind,
                                       GError       **error);

G_END_DECLS
