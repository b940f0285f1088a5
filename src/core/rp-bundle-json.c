/* rp-bundle-json.c — one record as a JSON object, both ways, with every field checked */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-bundle-private.h"
#include "rp-json-check.h"
#include "rp-record-private.h"
#include "rp-util.h"

G_DEFINE_QUARK (rp-bundle-error-quark, rp_bundle_error)

void
_rp_anonymiser_init (RpAnonymiser *self)
{
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
_rp_anonymiser_clear (RpAnonymiser *self)
{
  g_clear_pointer (&self->names, g_hash_table_unref);
}

const char *
_rp_anonymiser_lookup (RpAnonymiser *self,
                       const char   *value)
{
  char *placeholder;

  if (value == NULL)
    return NULL;
  placeholder = g_hash_table_lookup (self->names, value);
  if (placeholder == NULL)
    {
      /* Translators: stands in for a person's name in bundles that leave the company */
      placeholder = g_strdup_printf (_("Person %u"), g_hash_table_size (self->names) + 1);
      g_hash_table_insert (self->names, g_strdup (value), placeholder);
    }
  return placeholder;
}

JsonNode *
_rp_bundle_record_to_json (RpRecord     *record,
                           RpAnonymiser *anonymiser)
{
  const RpKind *kind = rp_record_get_kind (record);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, rp_record_get_uuid (record));
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_string_value (builder, rp_record_get_created_at (record));
  json_builder_set_member_name (builder, "updated_at");
  json_builder_add_string_value (builder, rp_record_get_updated_at (record));
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      const GValue *value = rp_record_get_value (record, i);

      json_builder_set_member_name (builder, field->name);
      switch (field->type)
        {
        case RP_FIELD_INT:
          json_builder_add_int_value (builder, g_value_get_int64 (value));
          break;
        case RP_FIELD_REAL:
          if (isnan (g_value_get_double (value)))
            json_builder_add_null_value (builder);
          else
            json_builder_add_double_value (builder, g_value_get_double (value));
          break;
        case RP_FIELD_BOOL:
          json_builder_add_boolean_value (builder, g_value_get_boolean (value));
          break;
        case RP_FIELD_TEXT:
        case RP_FIELD_DATE:
        case RP_FIELD_PERIOD:
        case RP_FIELD_ENUM:
        case RP_FIELD_REF:
        default:
          {
            const char *text = g_value_get_string (value);

            if (anonymiser != NULL && (field->flags & RP_FIELD_PERSONAL))
              text = _rp_anonymiser_lookup (anonymiser, text);
            if (text == NULL)
              json_builder_add_null_value (builder);
            else
              json_builder_add_string_value (builder, text);
            break;
          }
        }
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

void
_rp_bundle_problem (GPtrArray  *problems,
                    const char *path,
                    const char *format,
                    ...)
{
  g_autofree char *what = NULL;
  va_list args;

  if (problems == NULL || problems->len >= RP_BUNDLE_MAX_PROBLEMS)
    return;
  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (problems, g_strdup_printf ("%s: %s", path, what));
}

static const char *
expected_type (const RpField *field)
{
  switch (field->type)
    {
    case RP_FIELD_INT:
      return _("a whole number");
    case RP_FIELD_REAL:
      return _("a number");
    case RP_FIELD_BOOL:
      return _("true or false");
    case RP_FIELD_DATE:
      return _("a date as text (YYYY-MM-DD)");
    case RP_FIELD_PERIOD:
      return _("a month as text (YYYY-MM)");
    case RP_FIELD_REF:
      return _("the UUID of a record, as text");
    case RP_FIELD_ENUM:
    case RP_FIELD_TEXT:
    default:
      return _("text");
    }
}

static gboolean
node_fits (JsonNode      *node,
           const RpField *field)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  switch (field->type)
    {
    case RP_FIELD_INT:
      return type == G_TYPE_INT64;
    case RP_FIELD_REAL:
      return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
    case RP_FIELD_BOOL:
      return type == G_TYPE_BOOLEAN;
    case RP_FIELD_TEXT:
    case RP_FIELD_DATE:
    case RP_FIELD_PERIOD:
    case RP_FIELD_ENUM:
    case RP_FIELD_REF:
    default:
      return type == G_TYPE_STRING;
    }
}

static gboolean
is_known_member (const RpKind *kind,
                 const char   *name)
{
  return g_str_equal (name, "uuid") || g_str_equal (name, "created_at") ||
         g_str_equal (name, "updated_at") || rp_kind_get_field (kind, name) != NULL;
}

static const char *
identity_member (JsonObject *object,
                 const char *name,
                 const char *path,
                 GPtrArray  *problems,
                 gboolean    timestamp)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autofree char *where = g_strdup_printf ("%s.%s", path, name);
  const char *text;

  if (node == NULL)
    {
      _rp_bundle_problem (problems, where, _("is missing; every record needs it."));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _rp_bundle_problem (problems, where, _("must be text."));
      return NULL;
    }
  text = json_node_get_string (node);
  if (timestamp ? !rp_timestamp_is_valid (text) : !g_uuid_string_is_valid (text))
    {
      _rp_bundle_problem (problems, where,
                          timestamp ? _("“%s” is not a date and time such as 2026-01-31T09:30:00.000Z.")
                                    : _("“%s” is not a UUID such as 2aeb21d7-0fac-41a7-bad1-2b5b85e2da54."),
                          text);
      return NULL;
    }
  return text;
}

/* Builds the record; every problem found goes to @problems with its JSON path, and
 * unknown members to @notes. Returns NULL when the record cannot be used. */
RpRecord *
_rp_bundle_record_from_json (const RpKind *kind,
                             JsonObject   *object,
                             const char   *path,
                             GPtrArray    *problems,
                             GPtrArray    *notes)
{
  g_autoptr(RpRecord) record = rp_record_new (kind);
  const char *uuid, *created, *updated;
  gboolean ok = TRUE;
  guint n_before = problems ? problems->len : 0;

  uuid = identity_member (object, "uuid", path, problems, FALSE);
  created = identity_member (object, "created_at", path, problems, TRUE);
  updated = identity_member (object, "updated_at", path, problems, TRUE);
  if (uuid == NULL || created == NULL || updated == NULL)
    ok = FALSE;
  else
    _rp_record_set_identity (record, uuid, created, updated);

  if (notes != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        if (!is_known_member (kind, l->data))
          {
            g_autofree char *where = rp_json_path_append_key (path, l->data);

            g_ptr_array_add (notes, g_strdup_printf (_("%s: ignored; Rapport does not know this field."), where));
          }
    }

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      JsonNode *node = json_object_get_member (object, field->name);
      g_autofree char *where = g_strdup_printf ("%s.%s", path, field->name);
      g_autoptr(GError) error = NULL;
      g_auto(GValue) value = G_VALUE_INIT;

      if (node == NULL)
        {
          /* An optional field left out keeps its default. */
          if (field->flags & RP_FIELD_REQUIRED)
            {
              _rp_bundle_problem (problems, where, _("is missing; it must be %s."), expected_type (field));
              ok = FALSE;
            }
          continue;
        }
      if (JSON_NODE_HOLDS_NULL (node))
        {
          gboolean may_be_null = !(field->flags & RP_FIELD_REQUIRED) &&
                                 field->type != RP_FIELD_INT && field->type != RP_FIELD_BOOL &&
                                 (field->type != RP_FIELD_REAL || (field->flags & RP_FIELD_NULLABLE));

          if (!may_be_null)
            {
              _rp_bundle_problem (problems, where, _("cannot be empty; it must be %s."), expected_type (field));
              ok = FALSE;
            }
          else if (field->type == RP_FIELD_REAL)
            rp_record_set_real (record, rp_kind_field_id (kind, field->name), NAN);
          else
            rp_record_set_string (record, rp_kind_field_id (kind, field->name), NULL);
          continue;
        }
      if (!node_fits (node, field))
        {
          _rp_bundle_problem (problems, where, _("must be %s."), expected_type (field));
          ok = FALSE;
          continue;
        }
      json_node_get_value (node, &value);
      if (field->type == RP_FIELD_REAL && G_VALUE_HOLDS_INT64 (&value))
        {
          double d = (double) g_value_get_int64 (&value);

          g_value_unset (&value);
          g_value_init (&value, G_TYPE_DOUBLE);
          g_value_set_double (&value, d);
        }
      rp_record_set_value (record, i, &value);
      if (!rp_record_validate_field (record, i, &error))
        {
          _rp_bundle_problem (problems, where, "%s", error->message);
          ok = FALSE;
        }
    }

  if (ok)
    {
      const char *const *subjects = rp_kind_get_subjects (kind);
      guint n_set = 0;

      for (guint i = 0; subjects != NULL && subjects[i] != NULL; i++)
        if (rp_record_get_string (record, rp_kind_field_id (kind, subjects[i])) != NULL)
          n_set++;
      if (subjects != NULL && n_set != 1)
        {
          g_autofree char *list = g_strjoinv (", ", (char **) subjects);

          _rp_bundle_problem (problems, path, _("exactly one of %s must be set, not %u."), list, n_set);
          ok = FALSE;
        }
    }
  if (!ok || (problems != NULL && problems->len > n_before))
    return NULL;
  return g_steal_pointer (&record);
}
