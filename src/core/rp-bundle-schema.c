/* rp-bundle-schema.c — the JSON Schema (draft 2020-12) of the bundle format, from the kinds
 *
 * data/rapport-bundle.schema.json is this function's output; a test keeps them equal.
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "rp-bundle.h"

static void
add_type (JsonBuilder *b,
          const char  *type,
          gboolean     nullable)
{
  json_builder_set_member_name (b, "type");
  if (!nullable)
    json_builder_add_string_value (b, type);
  else
    {
      json_builder_begin_array (b);
      json_builder_add_string_value (b, type);
      json_builder_add_string_value (b, "null");
      json_builder_end_array (b);
    }
}

static void
add_ref (JsonBuilder *b,
         const char  *def,
         gboolean     nullable)
{
  if (nullable)
    {
      json_builder_set_member_name (b, "anyOf");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "$ref");
      json_builder_add_string_value (b, def);
      json_builder_end_object (b);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, "null");
      json_builder_end_object (b);
      json_builder_end_array (b);
    }
  else
    {
      json_builder_set_member_name (b, "$ref");
      json_builder_add_string_value (b, def);
    }
}

static void
add_pattern_def (JsonBuilder *b,
                 const char  *name,
                 const char  *description,
                 const char  *pattern)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "description");
  json_builder_add_string_value (b, description);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "string");
  json_builder_set_member_name (b, "pattern");
  json_builder_add_string_value (b, pattern);
  json_builder_end_object (b);
}

static void
add_field (JsonBuilder   *b,
           const RpField *field)
{
  gboolean required = (field->flags & RP_FIELD_REQUIRED) != 0;

  json_builder_set_member_name (b, field->name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "description");
  json_builder_add_string_value (b, field->label);
  switch (field->type)
    {
    case RP_FIELD_INT:
      add_type (b, "integer", FALSE);
      if (field->min < field->max)
        {
          json_builder_set_member_name (b, "minimum");
          json_builder_add_int_value (b, (gint64) field->min);
          json_builder_set_member_name (b, "maximum");
          json_builder_add_int_value (b, (gint64) field->max);
        }
      break;
    case RP_FIELD_REAL:
      add_type (b, "number", !required && (field->flags & RP_FIELD_NULLABLE));
      if (field->min < field->max)
        {
          json_builder_set_member_name (b, "minimum");
          json_builder_add_double_value (b, field->min);
          json_builder_set_member_name (b, "maximum");
          json_builder_add_double_value (b, field->max);
        }
      break;
    case RP_FIELD_BOOL:
      add_type (b, "boolean", FALSE);
      break;
    case RP_FIELD_DATE:
      add_ref (b, "#/$defs/date", !required);
      break;
    case RP_FIELD_PERIOD:
      add_ref (b, "#/$defs/period", !required);
      break;
    case RP_FIELD_REF:
      add_ref (b, "#/$defs/uuid", !required);
      break;
    case RP_FIELD_ENUM:
      json_builder_set_member_name (b, "enum");
      json_builder_begin_array (b);
      for (const RpEnumValue *v = field->enum_values; v->nick != NULL; v++)
        json_builder_add_string_value (b, v->nick);
      json_builder_end_array (b);
      break;
    case RP_FIELD_TEXT:
    default:
      add_type (b, "string", !required);
      if (required)
        {
          json_builder_set_member_name (b, "minLength");
          json_builder_add_int_value (b, 1);
        }
      break;
    }
  json_builder_end_object (b);
}

static void
add_kind (JsonBuilder  *b,
          const RpKind *kind)
{
  json_builder_set_member_name (b, kind->name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "description");
  json_builder_add_string_value (b, kind->label);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "object");
  json_builder_set_member_name (b, "required");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "uuid");
  json_builder_add_string_value (b, "created_at");
  json_builder_add_string_value (b, "updated_at");
  for (guint i = 0; i < kind->n_fields; i++)
    if (kind->fields[i].flags & RP_FIELD_REQUIRED)
      json_builder_add_string_value (b, kind->fields[i].name);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "uuid");
  json_builder_begin_object (b);
  add_ref (b, "#/$defs/uuid", FALSE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "created_at");
  json_builder_begin_object (b);
  add_ref (b, "#/$defs/timestamp", FALSE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "updated_at");
  json_builder_begin_object (b);
  add_ref (b, "#/$defs/timestamp", FALSE);
  json_builder_end_object (b);
  for (guint i = 0; i < kind->n_fields; i++)
    add_field (b, &kind->fields[i]);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "additionalProperties");
  json_builder_add_boolean_value (b, FALSE);
  json_builder_end_object (b);
}

char *
rp_bundle_schema_generate (void)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n_kinds;
  const RpKind *const *kinds = rp_kinds (&n_kinds);
  static const char *const scopes[] = { "all", "philosophy", "framework", "standards", "outsourcer", "journal", "acknowledgements" };
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "$schema");
  json_builder_add_string_value (b, "https://json-schema.org/draft/2020-12/schema");
  json_builder_set_member_name (b, "$id");
  json_builder_add_string_value (b, "https://github.com/rapport/rapport/data/rapport-bundle.schema.json");
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, "Rapport bundle, format version 1");
  json_builder_set_member_name (b, "description");
  json_builder_add_string_value (b, "Records shared between Rapport workspaces. Every reference points to a record in the same bundle.");
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, "object");
  json_builder_set_member_name (b, "required");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "format");
  json_builder_add_string_value (b, "version");
  json_builder_add_string_value (b, "exported_at");
  json_builder_add_string_value (b, "generator");
  json_builder_add_string_value (b, "title");
  json_builder_end_array (b);

  json_builder_set_member_name (b, "properties");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "const");
  json_builder_add_string_value (b, RP_BUNDLE_FORMAT);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "version");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "const");
  json_builder_add_int_value (b, RP_BUNDLE_VERSION);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "exported_at");
  json_builder_begin_object (b);
  add_ref (b, "#/$defs/timestamp", FALSE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "exported_by");
  json_builder_begin_object (b);
  add_type (b, "string", TRUE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "generator");
  json_builder_begin_object (b);
  add_type (b, "string", FALSE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "title");
  json_builder_begin_object (b);
  add_type (b, "string", FALSE);
  json_builder_set_member_name (b, "minLength");
  json_builder_add_int_value (b, 1);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "note");
  json_builder_begin_object (b);
  add_type (b, "string", TRUE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "scope");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "enum");
  json_builder_begin_array (b);
  for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
    json_builder_add_string_value (b, scopes[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autofree char *ref = g_strdup_printf ("#/$defs/%s", kinds[k]->name);

      json_builder_set_member_name (b, kinds[k]->plural);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, "array");
      json_builder_set_member_name (b, "items");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "$ref");
      json_builder_add_string_value (b, ref);
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "additionalProperties");
  json_builder_add_boolean_value (b, FALSE);

  json_builder_set_member_name (b, "$defs");
  json_builder_begin_object (b);
  add_pattern_def (b, "uuid", "A record's UUID", "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  add_pattern_def (b, "timestamp", "A moment in UTC, ISO 8601",
                   "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$");
  add_pattern_def (b, "date", "A calendar date, YYYY-MM-DD", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
  add_pattern_def (b, "period", "A month, YYYY-MM", "^[0-9]{4}-(0[1-9]|1[0-2])$");
  for (guint k = 0; k < n_kinds; k++)
    add_kind (b, kinds[k]);
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}
