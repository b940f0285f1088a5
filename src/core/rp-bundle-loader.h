/* rp-bundle-loader.h — the state of reading one bundle, shared by the reading of its
 * header and lists (rp-bundle-read.c) and of each record (rp-bundle-records.c) */
#pragma once

#include "rp-bundle-private.h"
#include "rp-json-reader.h"

G_BEGIN_DECLS

#define MAX_FIELDS 32
#define MAX_NOTES  50

typedef struct {
  char  *text;   /* the note, for its first place */
  guint  more;   /* places after the first */
} Note;

typedef struct {
  RpBundle      *bundle;
  RpJsonReader  *reader;
  GPtrArray     *problems;
  gboolean       stopped;        /* at the limit of problems */
  GHashTable    *notes_by_key;   /* "plural\x1fname" → Note index in notes_list */
  GArray        *notes_list;     /* Note */
  guint          notes_left_out;
  RpRecord     **records;        /* one per kind, reused */
  sqlite3_stmt **inserts;        /* per kind */
  sqlite3_stmt  *insert_entry;
  gint64         next_e;
  guint64        n_elements;
  gboolean       seen_format;
  gint64         version;
  gboolean       has_version;
} Loader;

gboolean
_rp_loader_stage_record (Loader        *l,
                         RpRecord      *record,
                         gint64         idx,
                         GError       **error);

gboolean
_rp_loader_problem (Loader     *l,
                    const char *path,
                    const char *what);

G_GNUC_PRINTF (5, 6) void
_rp_loader_field_problem (Loader       *l,
                          const RpKind *kind,
                          gint64        idx,
                          const char   *field,
                          const char   *format,
                          ...);

void
_rp_loader_note (Loader     *l,
                 const char *key,
                 char       *text);

gboolean
_rp_loader_json_error (Loader  *l,
                       GError  *local_error,
                       GError **error);

RpJsonToken
_rp_loader_next (Loader  *l,
                 GError **error);

gboolean
_rp_loader_skip (Loader      *l,
                 RpJsonToken  token,
                 GError     **error);

gboolean
_rp_loader_read_kind (Loader        *l,
                      const RpKind  *kind,
                      GError       **error);

G_END_DECLS
