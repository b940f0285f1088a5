/* rp-bundle-import.c — never trust the file: check everything, preview, then apply all or nothing */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-bundle-private.h"
#include "rp-json-check.h"
#include "rp-record-private.h"
#include "rp-store-private.h"
#include "rp-util.h"

typedef struct {
  guint16     kind;    /* index into rp_kinds () */
  guint       index;   /* in its array */
  JsonObject *object;  /* owned by the parser's tree */
} Entry;

struct _RpBundle
{
  JsonParser *parser;
  char       *title;
  char       *note;
  char       *exported_by;
  char       *exported_at;
  char       *generator;
  GArray     *entries;   /* Entry, kinds in order */
  guint      *counts;    /* per kind */
  GPtrArray  *notes;
};

typedef struct {
  guint    entry;
  guint8   status;
  guint8   take_theirs;
  char    *workspace_uuid;  /* when the workspace holds the same record under another UUID */
} Item;

struct _RpBundlePreview
{
  RpBundle *bundle;
  RpStore  *store;
  GArray   *items;
  guint    *counts;         /* per kind × status */
};

static char *
entry_path (const RpKind *kind,
            guint         index)
{
  return g_strdup_printf ("$.%s[%u]", kind->plural, index);
}

void
rp_bundle_free (RpBundle *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->parser);
  g_free (self->title);
  g_free (self->note);
  g_free (self->exported_by);
  g_free (self->exported_at);
  g_free (self->generator);
  g_array_unref (self->entries);
  g_free (self->counts);
  g_ptr_array_unref (self->notes);
  g_free (self);
}

static gboolean
top_string (JsonObject  *root,
            const char  *name,
            gboolean     required,
            char       **out,
            GPtrArray   *problems)
{
  JsonNode *node = json_object_get_member (root, name);
  g_autofree char *path = g_strdup_printf ("$.%s", name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        _rp_bundle_problem (problems, path, _("is missing; every bundle has it."));
      return !required;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _rp_bundle_problem (problems, path, _("must be text."));
      return FALSE;
    }
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
is_top_member (const char *name)
{
  static const char *const known[] = {
    "format", "version", "exported_at", "exported_by", "generator", "title", "note", "scope", NULL
  };

  return g_strv_contains (known, name) || rp_kind_lookup_plural (name) != NULL;
}

static char *
unique_key (RpRecord          *record,
            const char *const *fields)
{
  GString *key = g_string_new (rp_record_get_kind (record)->name);

  for (guint i = 0; fields[i] != NULL; i++)
    g_string_append_printf (key, "\x1f%s", rp_record_get_string (record, rp_kind_field_id (rp_record_get_kind (record), fields[i])) ?: "");
  return g_string_free (key, FALSE);
}

static gboolean
fail_with_problems (GPtrArray  *problems,
                    GError    **error)
{
  if (problems->len == 1)
    g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_INVALID,
                 _("The bundle cannot be imported: %s"), (const char *) problems->pdata[0]);
  else
    g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE,
                              "The bundle cannot be imported: %s (and %u more problem)",
                              "The bundle cannot be imported: %s (and %u more problems)",
                              problems->len - 1),
                 (const char *) problems->pdata[0], problems->len - 1);
  return FALSE;
}

RpBundle *
rp_bundle_load_data (const char  *data,
                     gsize        length,
                     GPtrArray  **out_problems,
                     GError     **error)
{
  g_autoptr(RpBundle) self = g_new0 (RpBundle, 1);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) local_error = NULL;
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  JsonNode *root_node;
  JsonObject *root;
  JsonNode *node;
  gint64 version;
  guint total = 0;

  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->counts = g_new0 (guint, n_kinds);
  self->notes = g_ptr_array_new_with_free_func (g_free);

  if (length > RP_BUNDLE_MAX_SIZE)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_TOO_LARGE,
                   _("The file is %" G_GSIZE_FORMAT " MB; bundles of up to %" G_GSIZE_FORMAT " MB are accepted."),
                   length / (1024 * 1024), RP_BUNDLE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  /* Depth, syntax and the traps of json-glib 1.6 first; json-glib only sees clean text. */
  if (!rp_json_check (data, length, RP_BUNDLE_MAX_DEPTH, RP_BUNDLE_MAX_STRING, &local_error))
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_JSON,
                   _("This is not a file Rapport can read as a bundle. %s"), local_error->message);
      return NULL;
    }
  self->parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (self->parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_JSON,
                   _("This is not a file Rapport can read as a bundle. %s"), local_error->message);
      return NULL;
    }

  root_node = json_parser_get_root (self->parser);
  node = root_node && JSON_NODE_HOLDS_OBJECT (root_node)
    ? json_object_get_member (json_node_get_object (root_node), "format") : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), RP_BUNDLE_FORMAT) != 0)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_NOT_BUNDLE,
                   _("This is JSON, but not a Rapport bundle: a bundle is an object whose “format” is “%s”."),
                   RP_BUNDLE_FORMAT);
      return NULL;
    }
  root = json_node_get_object (root_node);

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_NOT_BUNDLE,
                   _("$.version: the bundle does not say which version of the format it uses (a whole number)."));
      return NULL;
    }
  version = json_node_get_int (node);
  if (version > RP_BUNDLE_VERSION)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_VERSION,
                   _("This bundle was made by a newer Rapport (format version %" G_GINT64_FORMAT "; this one reads version %d). Update Rapport to import it."),
                   version, RP_BUNDLE_VERSION);
      return NULL;
    }
  if (version < 1)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_NOT_BUNDLE,
                   _("$.version: %" G_GINT64_FORMAT " is not a version of the bundle format."), version);
      return NULL;
    }

  top_string (root, "title", TRUE, &self->title, problems);
  top_string (root, "note", FALSE, &self->note, problems);
  top_string (root, "exported_by", FALSE, &self->exported_by, problems);
  top_string (root, "generator", TRUE, &self->generator, problems);
  if (top_string (root, "exported_at", TRUE, &self->exported_at, problems) &&
      self->exported_at != NULL && !rp_timestamp_is_valid (self->exported_at))
    _rp_bundle_problem (problems, "$.exported_at", _("“%s” is not a date and time."), self->exported_at);

  {
    g_autoptr(GList) members = json_object_get_members (root);

    for (GList *l = members; l != NULL; l = l->next)
      if (!is_top_member (l->data))
        {
          g_autofree char *where = rp_json_path_append_key ("$", l->data);

          g_ptr_array_add (self->notes, g_strdup_printf (_("%s: ignored; Rapport does not know this part."), where));
        }
  }

  /* Every record, field by field */
  for (guint k = 0; k < n_kinds; k++)
    {
      const RpKind *kind = kinds[k];
      const char *const *unique = rp_kind_get_unique (kind);
      g_autofree char *array_path = g_strdup_printf ("$.%s", kind->plural);
      JsonArray *array;

      node = json_object_get_member (root, kind->plural);
      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          _rp_bundle_problem (problems, array_path, _("must be a list of records ([…])."));
          continue;
        }
      array = json_node_get_array (node);
      total += json_array_get_length (array);
      if (total > RP_BUNDLE_MAX_RECORDS)
        {
          g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_TOO_MANY,
                       _("The bundle holds more than %d records, more than Rapport imports at once."),
                       RP_BUNDLE_MAX_RECORDS);
          return NULL;
        }
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *path = entry_path (kind, i);
          g_autoptr(RpRecord) record = NULL;
          Entry entry = { .kind = (guint16) k, .index = i };
          JsonNode *uuid;
          char *seen;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            {
              _rp_bundle_problem (problems, path, _("must be a record ({…})."));
              continue;
            }
          entry.object = json_node_get_object (element);
          record = _rp_bundle_record_from_json (kind, entry.object, path, problems, self->notes);
          uuid = json_object_get_member (entry.object, "uuid");
          if (uuid != NULL && JSON_NODE_HOLDS_VALUE (uuid) && json_node_get_value_type (uuid) == G_TYPE_STRING &&
              g_uuid_string_is_valid (json_node_get_string (uuid)))
            {
              if ((seen = g_hash_table_lookup (uuids, json_node_get_string (uuid))) != NULL)
                {
                  g_autofree char *where = g_strdup_printf ("%s.uuid", path);

                  _rp_bundle_problem (problems, where, _("the same UUID as %s; each record needs its own."), seen + 1);
                  continue;
                }
              /* Known even when the record has problems, so one mistake is reported once.
               * The value keeps the kind's index in its first byte, then the path. */
              g_hash_table_insert (uuids, (gpointer) json_node_get_string (uuid),
                                   g_strdup_printf ("%c%s", (char) (k + 1), path));
            }
          if (record == NULL)
            continue;
          if (unique != NULL)
            {
              g_autofree char *key = unique_key (record, unique);
              const char *first = g_hash_table_lookup (keys, key);

              if (first != NULL)
                {
                  g_autofree char *fields = g_strjoinv (", ", (char **) unique);

                  _rp_bundle_problem (problems, path, _("the same %s as %s; the workspace keeps one."), fields, first);
                  continue;
                }
              g_hash_table_insert (keys, g_steal_pointer (&key), g_strdup (path));
            }
          g_array_append_val (self->entries, entry);
          self->counts[k]++;
        }
    }

  /* References: a bundle carries everything its records refer to. */
  for (guint e = 0; e < self->entries->len; e++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, e);
      const RpKind *kind = kinds[entry->kind];

      for (guint f = 0; f < kind->n_fields; f++)
        {
          const RpField *field = &kind->fields[f];
          const char *target, *found;

          if (field->type != RP_FIELD_REF || !json_object_has_member (entry->object, field->name) ||
              json_object_get_null_member (entry->object, field->name))
            continue;
          target = json_object_get_string_member (entry->object, field->name);
          found = g_hash_table_lookup (uuids, target);
          if (found == NULL || kinds[(guchar) found[0] - 1] != rp_kind_lookup (field->ref_kind))
            {
              g_autofree char *path = entry_path (kind, entry->index);
              g_autofree char *where = g_strdup_printf ("%s.%s", path, field->name);

              _rp_bundle_problem (problems, where,
                                  found == NULL
                                  ? _("refers to %s %s, which is not in the bundle.")
                                  : _("refers to %s %s, but that UUID belongs to another kind of record."),
                                  rp_kind_get_label (rp_kind_lookup (field->ref_kind)), target);
            }
        }
    }

  if (problems->len > 0)
    {
      fail_with_problems (problems, error);
      if (out_problems != NULL)
        *out_problems = g_steal_pointer (&problems);
      return NULL;
    }
  return g_steal_pointer (&self);
}

RpBundle *
rp_bundle_load_file (GFile      *file,
                     GPtrArray **problems,
                     GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO, _("Cannot read “%s”: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO, _("“%s” is not a file."), name);
      return NULL;
    }
  /* Refuse a huge file before reading it into memory. */
  if ((guint64) g_file_info_get_size (info) > RP_BUNDLE_MAX_SIZE)
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_TOO_LARGE,
                   _("“%s” is %" G_GUINT64_FORMAT " MB; bundles of up to %" G_GSIZE_FORMAT " MB are accepted."),
                   name, (guint64) g_file_info_get_size (info) / (1024 * 1024), RP_BUNDLE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local_error))
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO, _("Cannot read “%s”: %s"), name, local_error->message);
      return NULL;
    }
  return rp_bundle_load_data (data, length, problems, error);
}

const char *
rp_bundle_get_title (RpBundle *self)
{
  return self->title;
}

const char *
rp_bundle_get_note (RpBundle *self)
{
  return self->note;
}

const char *
rp_bundle_get_exported_by (RpBundle *self)
{
  return self->exported_by;
}

const char *
rp_bundle_get_exported_at (RpBundle *self)
{
  return self->exported_at;
}

const char *
rp_bundle_get_generator (RpBundle *self)
{
  return self->generator;
}

guint
rp_bundle_get_n_records (RpBundle *self)
{
  return self->entries->len;
}

guint
rp_bundle_count_kind (RpBundle     *self,
                      const RpKind *kind)
{
  return self->counts[rp_kind_get_index (kind)];
}

GPtrArray *
rp_bundle_get_notes (RpBundle *self)
{
  return self->notes;
}

char *
rp_bundle_describe (RpBundle *self)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  GString *text = g_string_new (NULL);

  /* Translators: "“Our philosophy” exported by Ada Wong on 2026-11-23T…, Rapport 0.1.0" */
  g_string_append_printf (text, _("“%s”, exported by %s on %s with %s"), self->title,
                          self->exported_by ? self->exported_by : _("someone unnamed"),
                          self->exported_at, self->generator);
  for (guint k = 0; k < n_kinds; k++)
    if (self->counts[k] > 0)
      g_string_append_printf (text, "\n  %-30s %6u", g_dgettext (GETTEXT_PACKAGE, kinds[k]->label_plural), self->counts[k]);
  return g_string_free (text, FALSE);
}

/* Preview */

static RpRecord *
entry_record (RpBundle *bundle,
              guint     e)
{
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  Entry *entry = &g_array_index (bundle->entries, Entry, e);

  return _rp_bundle_record_from_json (kinds[entry->kind], entry->object, "$", NULL, NULL);
}

static RpRecord *
find_in_workspace (RpStore  *store,
                   RpRecord *theirs)
{
  const RpKind *kind = rp_record_get_kind (theirs);
  const char *const *unique = rp_kind_get_unique (kind);
  RpRecord *mine = rp_store_get (store, rp_kind_get_index (kind), rp_record_get_uuid (theirs));

  if (mine != NULL)
    return mine;
  /* The same record made separately in each workspace: the same figure for the
   * same KPI and month, the same link, the one profile. */
  if (kind->flags & RP_KIND_SINGLETON)
    return rp_store_get_profile (store);
  if (unique != NULL)
    return rp_store_find (store, rp_kind_get_index (kind),
                          rp_kind_field_id (kind, unique[0]), rp_record_get_string (theirs, rp_kind_field_id (kind, unique[0])),
                          unique[1] ? rp_kind_field_id (kind, unique[1]) : RP_FIELD_NONE,
                          unique[1] ? rp_record_get_string (theirs, rp_kind_field_id (kind, unique[1])) : NULL);
  return NULL;
}

void
rp_bundle_preview_free (RpBundlePreview *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->items->len; i++)
    g_free (g_array_index (self->items, Item, i).workspace_uuid);
  g_array_unref (self->items);
  g_free (self->counts);
  g_clear_object (&self->store);
  g_free (self);
}

RpBundlePreview *
rp_bundle_preview (RpBundle  *bundle,
                   RpStore   *store,
                   GError   **error)
{
  RpBundlePreview *self = g_new0 (RpBundlePreview, 1);
  guint n_kinds;

  rp_kinds (&n_kinds);
  self->bundle = bundle;
  self->store = g_object_ref (store);
  self->items = g_array_sized_new (FALSE, TRUE, sizeof (Item), bundle->entries->len);
  self->counts = g_new0 (guint, n_kinds * RP_N_ITEM_STATUS);

  for (guint e = 0; e < bundle->entries->len; e++)
    {
      g_autoptr(RpRecord) theirs = entry_record (bundle, e);
      g_autoptr(RpRecord) mine = NULL;
      const RpKind *kind;
      Item item = { .entry = e };

      if (theirs == NULL)
        {
          g_set_error_literal (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_INVALID, _("The bundle changed while it was read."));
          rp_bundle_preview_free (self);
          return NULL;
        }
      kind = rp_record_get_kind (theirs);
      mine = find_in_workspace (store, theirs);
      if (mine == NULL)
        item.status = RP_ITEM_NEW;
      else if ((kind->flags & RP_KIND_APPEND_ONLY) || rp_record_content_equal (mine, theirs))
        item.status = RP_ITEM_UNCHANGED;
      else if (g_strcmp0 (rp_record_get_updated_at (theirs), rp_record_get_updated_at (mine)) > 0)
        item.status = RP_ITEM_UPDATED;
      else
        item.status = RP_ITEM_CONFLICT;
      if (mine != NULL && g_strcmp0 (rp_record_get_uuid (mine), rp_record_get_uuid (theirs)) != 0)
        item.workspace_uuid = g_strdup (rp_record_get_uuid (mine));
      item.take_theirs = item.status == RP_ITEM_NEW || item.status == RP_ITEM_UPDATED;
      g_array_append_val (self->items, item);
      self->counts[rp_kind_get_index (kind) * RP_N_ITEM_STATUS + item.status]++;
    }
  return self;
}

guint
rp_bundle_preview_count (RpBundlePreview *self,
                         const RpKind    *kind,
                         RpItemStatus     status)
{
  guint n = 0;
  guint n_kinds;

  rp_kinds (&n_kinds);
  if (kind != NULL)
    return self->counts[rp_kind_get_index (kind) * RP_N_ITEM_STATUS + status];
  for (guint k = 0; k < n_kinds; k++)
    n += self->counts[k * RP_N_ITEM_STATUS + status];
  return n;
}

guint
rp_bundle_preview_get_n_items (RpBundlePreview *self)
{
  return self->items->len;
}

RpItemStatus
rp_bundle_preview_get_status (RpBundlePreview *self,
                              guint            index)
{
  g_return_val_if_fail (index < self->items->len, RP_ITEM_UNCHANGED);
  return g_array_index (self->items, Item, index).status;
}

const RpKind *
rp_bundle_preview_get_kind (RpBundlePreview *self,
                            guint            index)
{
  const RpKind *const *kinds = rp_kinds (NULL);
  Item *item;

  g_return_val_if_fail (index < self->items->len, NULL);
  item = &g_array_index (self->items, Item, index);
  return kinds[g_array_index (self->bundle->entries, Entry, item->entry).kind];
}

RpRecord *
rp_bundle_preview_dup_theirs (RpBundlePreview *self,
                              guint            index)
{
  g_return_val_if_fail (index < self->items->len, NULL);
  return entry_record (self->bundle, g_array_index (self->items, Item, index).entry);
}

RpRecord *
rp_bundle_preview_dup_mine (RpBundlePreview *self,
                            guint            index)
{
  g_autoptr(RpRecord) theirs = rp_bundle_preview_dup_theirs (self, index);

  return theirs ? find_in_workspace (self->store, theirs) : NULL;
}

gboolean
rp_bundle_preview_get_take_theirs (RpBundlePreview *self,
                                   guint            index)
{
  g_return_val_if_fail (index < self->items->len, FALSE);
  return g_array_index (self->items, Item, index).take_theirs;
}

void
rp_bundle_preview_set_take_theirs (RpBundlePreview *self,
                                   guint            index,
                                   gboolean         take_theirs)
{
  Item *item;

  g_return_if_fail (index < self->items->len);
  item = &g_array_index (self->items, Item, index);
  /* Only a conflict is a choice; new and updated records come in, unchanged ones stay. */
  if (item->status == RP_ITEM_CONFLICT)
    item->take_theirs = take_theirs != FALSE;
}

void
rp_bundle_preview_resolve_all (RpBundlePreview *self,
                               RpResolve        policy)
{
  for (guint i = 0; i < self->items->len; i++)
    rp_bundle_preview_set_take_theirs (self, i, policy == RP_RESOLVE_THEIRS);
}

static guint
count_taken_conflicts (RpBundlePreview *self,
                       gboolean         taken)
{
  guint n = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      if (item->status == RP_ITEM_CONFLICT && (item->take_theirs != 0) == taken)
        n++;
    }
  return n;
}

char *
rp_bundle_preview_summary (RpBundlePreview *self)
{
  guint conflicts = rp_bundle_preview_count (self, NULL, RP_ITEM_CONFLICT);
  g_autofree char *base = NULL;

  /* Translators: "12 new, 3 updated, 40 unchanged, 1 in conflict" */
  base = g_strdup_printf (_("%u new, %u updated, %u unchanged, %u in conflict"),
                          rp_bundle_preview_count (self, NULL, RP_ITEM_NEW),
                          rp_bundle_preview_count (self, NULL, RP_ITEM_UPDATED),
                          rp_bundle_preview_count (self, NULL, RP_ITEM_UNCHANGED), conflicts);
  if (conflicts == 0)
    return g_steal_pointer (&base);
  /* Translators: "… 2 in conflict (1 taken from the bundle, 1 kept as it was)" */
  return g_strdup_printf (_("%s (%u taken from the bundle, %u kept as it was)"), base,
                          count_taken_conflicts (self, TRUE), count_taken_conflicts (self, FALSE));
}

gboolean
rp_bundle_apply (RpBundlePreview  *self,
                 RpStore          *store,
                 char            **out_summary,
                 GError          **error)
{
  g_autofree char *summary = rp_bundle_preview_summary (self);
  g_autofree char *journal = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (store == self->store, FALSE);

  /* A copy first: an import can be undone by restoring it. */
  if (!rp_store_backup (store, "before-import", NULL, &local_error))
    {
      g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO,
                   _("Nothing was imported: no backup could be made first (%s)."), local_error->message);
      return FALSE;
    }
  if (!_rp_store_exec (store, "PRAGMA synchronous = FULL", error))
    return FALSE;
  if (!rp_store_begin (store, error))
    goto fail_sync;
  if (!_rp_store_exec (store, "PRAGMA defer_foreign_keys = ON", error))
    goto fail;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      g_autoptr(RpRecord) record = NULL;

      if (!item->take_theirs)
        continue;
      record = entry_record (self->bundle, item->entry);
      if (item->workspace_uuid != NULL)
        _rp_record_set_identity (record, item->workspace_uuid, rp_record_get_created_at (record),
                                 rp_record_get_updated_at (record));
      if (!_rp_store_put (store, record, error))
        goto fail;
    }

  /* Translators: journal line, "Imported “Our philosophy” from Ada Wong: 12 new, …" */
  journal = g_strdup_printf (_("Imported “%s” from %s: %s"), self->bundle->title,
                             self->bundle->exported_by ? self->bundle->exported_by : _("someone unnamed"), summary);
  if (!_rp_store_journal (store, "bundle", NULL, "imported", journal, error) ||
      !rp_store_commit (store, error))
    goto fail;
  _rp_store_exec (store, "PRAGMA synchronous = NORMAL", NULL);
  if (out_summary != NULL)
    *out_summary = g_steal_pointer (&summary);
  return TRUE;

fail:
  if (store->depth > 0)
    rp_store_rollback (store);
fail_sync:
  _rp_store_exec (store, "PRAGMA synchronous = NORMAL", NULL);
  g_prefix_error (error, _("Nothing was imported: "));
  return FALSE;
}
