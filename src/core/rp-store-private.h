/* rp-store-private.h — shared by the files of the core that speak SQL */
#pragma once

#include <sqlite3.h>

#include "rp-store.h"

G_BEGIN_DECLS

struct _RpStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *user;
  int         depth;          /* transaction nesting: 0 outside, 1 in BEGIN, more in SAVEPOINTs */
  int         schema_version;
  gboolean    created;        /* this open made the file */
  GHashTable *statements;     /* SQL text → cached sqlite3_stmt */
  GHashTable *changed_kinds;  /* kinds written in the open transaction */
  gboolean    reader;         /* a second, read-only connection for work off the main thread */
  gboolean    held;           /* counted among the process's connections to @path */
  gboolean    history;        /* writing a made-up past (the sample): no workflow checks */
  GPtrArray  *history_journal; /* its journal entries, written in the order of their moments */
  char       *history_at;     /* the moment and person of the past being written */
  char       *history_who;

  /* Writes by other connections and processes */
  gint64      data_version;
  gint64      journal_seen;   /* the newest journal entry looked at */
  guint       poll_id;

  /* The connection that models read on off the main thread, one at a time */
  GMutex      reader_lock;
  RpStore    *background;

  GHashTable *models;         /* key → RpModel, not owned: models shared by every view */
};

struct _RpChangeSet
{
  GPtrArray *deleted;         /* records removed, owners before what they own */
  GPtrArray *detached;        /* records whose references were cleared, as they were */
  char      *summary;
};

sqlite3_stmt *_rp_store_prepare          (RpStore       *self,
                                          const char    *sql,
                                          GError       **error);
void          _rp_store_set_error        (RpStore       *self,
                                          int            rc,
                                          const char    *what,
                                          GError       **error);
void          _rp_store_set_error_for    (sqlite3       *db,
                                          int            rc,
                                          const char    *path,
                                          const char    *what,
                                          GError       **error);
gboolean      _rp_store_exec             (RpStore       *self,
                                          const char    *sql,
                                          GError       **error);
const char   *_rp_store_select_sql       (const RpKind  *kind);
RpRecord     *_rp_store_record_from_row  (const RpKind  *kind,
                                          sqlite3_stmt  *stmt);
void          _rp_store_bind_record      (sqlite3_stmt  *stmt,
                                          RpRecord      *record);
gboolean      _rp_store_put              (RpStore       *self,
                                          RpRecord      *record,
                                          GError       **error);
void          _rp_store_mark_changed     (RpStore       *self,
                                          const RpKind  *kind);
gboolean      _rp_store_journal          (RpStore       *self,
                                          const char    *record_kind,
                                          const char    *record_uuid,
                                          const char    *action,
                                          const char    *summary,
                                          GError       **error);
gboolean      _rp_store_open_db          (RpStore       *self,
                                          const char    *path,
                                          RpStoreOpenFlags flags,
                                          GError       **error);
RpStore      *_rp_store_open_reader      (const char    *path,
                                          GError       **error);
int           _rp_store_busy_timeout     (void);
void          _rp_store_path_hold        (const char    *path);
void          _rp_store_path_release     (const char    *path);
RpStore      *_rp_store_lock_background  (RpStore       *self,
                                          GError       **error);
void          _rp_store_unlock_background (RpStore      *self);
gint64        _rp_store_query_int64      (RpStore       *self,
                                          const char    *sql);
GHashTable   *_rp_store_get_models       (RpStore       *self);
gboolean      _rp_workflow_check_save    (RpStore       *store,
                                          RpRecord      *existing,
                                          RpRecord      *record,
                                          const char    *action,
                                          GError       **error);
void          _rp_store_set_writing_history (RpStore    *self,
                                          gboolean       history);
void          _rp_store_set_history_moment (RpStore     *self,
                                            const char  *timestamp,
                                            const char  *who);
gboolean      _rp_store_flush_history (RpStore         *self,
                                       GError         **error);
void          _rp_store_seed_defaults    (RpStore       *self);

typedef gboolean (*RpRecordVisitor) (RpRecord  *record,
                                     gpointer   user_data,
                                     GError   **error);

gboolean      _rp_store_foreach          (RpStore        *self,
                                          const RpKind   *kind,
                                          const char     *where,
                                          const char     *param1,
                                          const char     *param2,
                                          RpRecordVisitor visit,
                                          gpointer        user_data,
                                          GError        **error);

void          _rp_store_emit_changed      (RpStore *self);

G_END_DECLS
