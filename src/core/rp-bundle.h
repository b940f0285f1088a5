/* rp-bundle.h — sharing records as a JSON file: export, check, preview, import (DESIGN §4) */
#pragma once

#include <gio/gio.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_BUNDLE_FORMAT       "rapport-bundle"
#define RP_BUNDLE_VERSION      1
/* What a bundle may hold. Reading streams, so memory does not follow these; they
 * bound the time an import takes and the room its staging copy needs on disk. */
#define RP_BUNDLE_MAX_SIZE     ((guint64) 4 * 1024 * 1024 * 1024)
#define RP_BUNDLE_MAX_DEPTH    16
#define RP_BUNDLE_MAX_STRING   ((gsize) 1024 * 1024)
#define RP_BUNDLE_MAX_RECORDS  5000000
#define RP_BUNDLE_MAX_MEMBERS  1000        /* in one object */
#define RP_BUNDLE_MAX_VALUES   ((guint64) 200000000)
#define RP_BUNDLE_MAX_PROBLEMS 200

#define RP_BUNDLE_ERROR (rp_bundle_error_quark ())

typedef enum {
  RP_BUNDLE_ERROR_IO,          /* the file cannot be read or written */
  RP_BUNDLE_ERROR_TOO_LARGE,   /* beyond the size limit */
  RP_BUNDLE_ERROR_JSON,        /* not JSON Rapport accepts */
  RP_BUNDLE_ERROR_NOT_BUNDLE,  /* JSON, but not shaped like a bundle */
  RP_BUNDLE_ERROR_VERSION,     /* a newer major version of the format */
  RP_BUNDLE_ERROR_INVALID,     /* records with problems (see the problem list) */
  RP_BUNDLE_ERROR_TOO_MANY,    /* more records than the limit */
  RP_BUNDLE_ERROR_CHOICE,      /* an export choice that does not name a record */
  RP_BUNDLE_ERROR_CHANGED,     /* the workspace changed between the preview and the import */
} RpBundleError;

GQuark rp_bundle_error_quark (void);

/* Export */

typedef enum {
  RP_EXPORT_ALL,          /* every record but the journal */
  RP_EXPORT_PHILOSOPHY,
  RP_EXPORT_FRAMEWORK,
  RP_EXPORT_STANDARDS,    /* partner-selection criteria and standing rules */
  RP_EXPORT_OUTSOURCER,
  RP_EXPORT_JOURNAL,      /* entries from a date to a date, inclusive */
  RP_EXPORT_ACKNOWLEDGEMENTS, /* every acknowledgement, with the records they acknowledge */
} RpExportWhat;

typedef struct {
  RpExportWhat  what;
  char         *uuid;
  char         *from;
  char         *to;
  gboolean      no_personal_data;
  char         *title;
  char         *note;
} RpExportOptions;

void      rp_export_options_clear (RpExportOptions  *options);
gboolean  rp_export_options_parse_what (RpExportOptions *options,
                                        const char      *text,
                                        GError         **error);
gboolean  rp_bundle_export        (RpStore                *store,
                                   const RpExportOptions  *options,
                                   GOutputStream          *out,
                                   guint                  *n_records,
                                   GCancellable           *cancellable,
                                   GError                **error);
gboolean  rp_bundle_export_file   (RpStore                *store,
                                   const RpExportOptions  *options,
                                   GFile                  *file,
                                   guint                  *n_records,
                                   GCancellable           *cancellable,
                                   GError                **error);
char     *rp_bundle_schema_generate (void);

/* Reading */

typedef struct _RpBundle RpBundle;

RpBundle   *rp_bundle_load_file     (GFile        *file,
                                     GPtrArray   **problems,
                                     GError      **error);
RpBundle   *rp_bundle_load_data     (const char   *data,
                                     gsize         length,
                                     GPtrArray   **problems,
                                     GError      **error);
void        rp_bundle_free          (RpBundle     *self);
const char *rp_bundle_get_title     (RpBundle     *self);
const char *rp_bundle_get_note      (RpBundle     *self);
const char *rp_bundle_get_exported_by (RpBundle   *self);
const char *rp_bundle_get_exported_at (RpBundle   *self);
const char *rp_bundle_get_generator (RpBundle     *self);
guint       rp_bundle_get_n_records (RpBundle     *self);
guint       rp_bundle_count_kind    (RpBundle     *self,
                                     const RpKind *kind);
GPtrArray  *rp_bundle_get_notes     (RpBundle     *self);
char       *rp_bundle_describe      (RpBundle     *self);

/* Preview and apply */

typedef enum {
  RP_ITEM_NEW,
  RP_ITEM_UPDATED,     /* the bundle's copy is newer than the workspace's */
  RP_ITEM_UNCHANGED,
  RP_ITEM_CONFLICT,    /* the workspace's copy changed after the bundle's */
  RP_N_ITEM_STATUS
} RpItemStatus;

typedef enum {
  RP_RESOLVE_NEWER,    /* a conflict keeps the newer copy: the workspace's */
  RP_RESOLVE_MINE,
  RP_RESOLVE_THEIRS,
} RpResolve;

typedef struct _RpBundlePreview RpBundlePreview;

RpBundlePreview *rp_bundle_preview         (RpBundle        *bundle,
                                            RpStore         *store,
                                            GError         **error);
void             rp_bundle_preview_free    (RpBundlePreview *self);
guint            rp_bundle_preview_count   (RpBundlePreview *self,
                                            const RpKind    *kind,
                                            RpItemStatus     status);
guint            rp_bundle_preview_get_n_items (RpBundlePreview *self);
RpItemStatus     rp_bundle_preview_get_status  (RpBundlePreview *self,
                                                guint            index);
const RpKind    *rp_bundle_preview_get_kind    (RpBundlePreview *self,
                                                guint            index);
gboolean         rp_bundle_preview_get_adoption (RpBundlePreview *self,
                                                 guint            index);
GArray          *rp_bundle_preview_list        (RpBundlePreview *self,
                                                const RpKind    *kind,
                                                RpItemStatus     status,
                                                guint            max);
RpRecord        *rp_bundle_preview_dup_theirs  (RpBundlePreview *self,
                                                guint            index);
RpRecord        *rp_bundle_preview_dup_mine    (RpBundlePreview *self,
                                                guint            index);
gboolean         rp_bundle_preview_get_take_theirs (RpBundlePreview *self,
                                                    guint            index);
void             rp_bundle_preview_set_take_theirs (RpBundlePreview *self,
                                                    guint            index,
                                                    gboolean         take_theirs);
void             rp_bundle_preview_resolve_all (RpBundlePreview *self,
                                                RpResolve        policy);
char            *rp_bundle_preview_summary     (RpBundlePreview *self);
gboolean         rp_bundle_apply               (RpBundlePreview *self,
                                                RpStore         *store,
                                                char           **summary,
                                                GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpBundle, rp_bundle_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpBundlePreview, rp_bundle_preview_free)

G_END_DECLS
