/* rp-store.h — the workspace: one SQLite file, the only code that speaks SQL */
#pragma once

#include <gio/gio.h>

#include "rp-record.h"

G_BEGIN_DECLS

#define RP_TYPE_STORE (rp_store_get_type ())
G_DECLARE_FINAL_TYPE (RpStore, rp_store, RP, STORE, GObject)

#define RP_STORE_ERROR (rp_store_error_quark ())

typedef enum {
  RP_STORE_ERROR_NOT_FOUND,     /* no workspace at that path */
  RP_STORE_ERROR_NOT_WORKSPACE, /* a file that is not a Rapport workspace */
  RP_STORE_ERROR_CORRUPT,       /* a Rapport workspace that is damaged */
  RP_STORE_ERROR_NEWER_VERSION, /* written by a newer Rapport */
  RP_STORE_ERROR_READ_ONLY,     /* the file or its folder cannot be written */
  RP_STORE_ERROR_LOCKED,        /* another program holds the workspace */
  RP_STORE_ERROR_INVALID,       /* a record that fails its own rules */
  RP_STORE_ERROR_CONSTRAINT,    /* a reference or uniqueness rule of the workspace */
  RP_STORE_ERROR_APPEND_ONLY,   /* the journal is never edited */
  RP_STORE_ERROR_IO,            /* the disk refused (backups, full disk) */
  RP_STORE_ERROR_FAILED,
} RpStoreError;

/* "Rapp", at offset 68 of the file */
#define RP_STORE_APPLICATION_ID 0x52617070
#define RP_STORE_SCHEMA_VERSION 5
#define RP_STORE_BACKUPS_KEPT   10

typedef enum {
  RP_STORE_OPEN_DEFAULT         = 0,
  RP_STORE_OPEN_CREATE          = 1 << 0, /* create the file when missing or empty */
  RP_STORE_OPEN_NO_DAILY_BACKUP = 1 << 1, /* the caller makes it, e.g. in a thread */
} RpStoreOpenFlags;

typedef struct _RpChangeSet RpChangeSet;

GQuark       rp_store_error_quark        (void);

char        *rp_store_default_path       (void);
char        *rp_store_workspace_folder   (void);
gboolean     rp_store_path_is_portal     (const char        *path);
gboolean     rp_store_needs_update       (const char        *path);
RpStore     *rp_store_open               (const char        *path,
                                          RpStoreOpenFlags   flags,
                                          GError           **error);
const char  *rp_store_get_path           (RpStore           *self);
int          rp_store_get_schema_version (RpStore           *self);
gboolean     rp_store_was_created        (RpStore           *self);
void         rp_store_set_user           (RpStore           *self,
                                          const char        *user);
const char  *rp_store_get_user           (RpStore           *self);

/* Changes made by other connections and programs */
gboolean     rp_store_poll               (RpStore           *self);
void         rp_store_watch_others       (RpStore           *self,
                                          guint              interval_ms);

/* Reading */
RpRecord    *rp_store_get                (RpStore           *self,
                                          RpKindId           kind,
                                          const char        *uuid);
RpRecord    *rp_store_lookup             (RpStore           *self,
                                          const char        *kind_name,
                                          const char        *uuid);
RpRecord    *rp_store_get_profile        (RpStore           *self);
GListModel  *rp_store_list               (RpStore           *self,
                                          RpKindId           kind,
                                          RpFieldId          field,
                                          const char        *value);
RpRecord    *rp_store_find               (RpStore           *self,
                                          RpKindId           kind,
                                          RpFieldId          field1,
                                          const char        *value1,
                                          RpFieldId          field2,
                                          const char        *value2);
guint        rp_store_count              (RpStore           *self,
                                          RpKindId           kind);
guint        rp_store_count_where        (RpStore           *self,
                                          RpKindId           kind,
                                          RpFieldId          field,
                                          const char        *value);

/* Writing: each call is a transaction of its own unless inside begin/commit */
gboolean     rp_store_begin              (RpStore           *self,
                                          GError           **error);
gboolean     rp_store_commit             (RpStore           *self,
                                          GError           **error);
void         rp_store_rollback           (RpStore           *self);

gboolean     rp_store_save               (RpStore           *self,
                                          RpRecord          *record,
                                          GError           **error);
gboolean     rp_store_save_as            (RpStore           *self,
                                          RpRecord          *record,
                                          const char        *action,
                                          const char        *summary,
                                          GError           **error);
gboolean     rp_store_delete             (RpStore           *self,
                                          RpRecord          *record,
                                          RpChangeSet      **undo,
                                          GError           **error);
gboolean     rp_store_undo               (RpStore           *self,
                                          RpChangeSet       *undo,
                                          GError           **error);
gboolean     rp_store_move               (RpStore           *self,
                                          RpRecord          *record,
                                          int                new_position,
                                          GError           **error);
gboolean     rp_store_log                (RpStore           *self,
                                          const char        *record_kind,
                                          const char        *record_uuid,
                                          const char        *action,
                                          const char        *summary,
                                          GError           **error);

/* Safety */
char        *rp_store_backup_dir         (const char        *workspace_path);
gboolean     rp_store_backup             (RpStore           *self,
                                          const char        *reason,
                                          char             **out_path,
                                          GError           **error);
gboolean     rp_store_backup_file        (const char        *workspace_path,
                                          const char        *reason,
                                          char             **out_path,
                                          GError           **error);
gboolean     rp_store_daily_backup_due   (const char        *workspace_path);
gboolean     rp_store_daily_backup       (const char        *workspace_path,
                                          char             **out_path,
                                          GError           **error);
gboolean     rp_store_backup_is_sound    (const char        *path);
char        *rp_store_backup_origin      (const char        *backup_path);
gboolean     rp_store_restore            (const char        *workspace_path,
                                          const char        *backup_path,
                                          char             **out_safety_path,
                                          GError           **error);
gboolean     rp_store_check              (RpStore           *self,
                                          GPtrArray        **problems,
                                          GError           **error);

guint        rp_change_set_get_n_records (RpChangeSet       *self);
void         rp_change_set_free          (RpChangeSet       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpChangeSet, rp_change_set_free)

G_END_DECLS
