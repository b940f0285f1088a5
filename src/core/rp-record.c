/* rp-record.c — records of every kind: an identity and a value per field */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-record-private.h"
#include "rp-kind-private.h"
#include "rp-util.h"

struct _RpRecord
{
  GObject       parent_instance;

  const RpKind *kind;
  char         *uuid;
  char         *created_at;
  char         *updated_at;
  GValue       *values;
};

G_DEFINE_FINAL_TYPE (RpRecord, rp_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (rp-record-error-quark, rp_record_error)

static GType
field_gtype (const RpField *field)
{
  switch (field->type)
    {
    case RP_FIELD_INT:
      return G_TYPE_INT64;
    case RP_FIELD_REAL:
      return G_TYPE_DOUBLE;
    case RP_FIELD_BOOL:
      return G_TYPE_BOOLEAN;
    case RP_FIELD_TEXT:
    case RP_FIELD_DATE:
    case RP_FIELD_PERIOD:
    case RP_FIELD_ENUM:
    case RP_FIELD_REF:
    default:
      return G_TYPE_STRING;
    }
}

static void
field_set_default (const RpField *field,
                   GValue        *value)
{
  switch (field->type)
    {
    case RP_FIELD_INT:
      g_value_set_int64 (value, field->default_value ? g_ascii_strtoll (field->default_value, NULL, 10) : 0);
      break;
    case RP_FIELD_REAL:
      g_value_set_double (value, field->default_value ? g_ascii_strtod (field->default_value, NULL) : NAN);
      break;
    case RP_FIELD_BOOL:
      g_value_set_boolean (value, g_strcmp0 (field->default_value, "true") == 0);
      break;
    case RP_FIELD_TEXT:
    case RP_FIELD_DATE:
    case RP_FIELD_PERIOD:
    case RP_FIELD_ENUM:
    case RP_FIELD_REF:
    default:
      g_value_set_string (value, field->default_value);
      break;
    }
}

static void
rp_record_finalize (GObject *object)
{
  RpRecord *self = RP_RECORD (object);

  for (guint i = 0; self->kind != NULL && i < self->kind->n_fields; i++)
    g_value_unset (&self->values[i]);
  g_free (self->values);
  g_free (self->uuid);
  g_free (self->created_at);
  g_free (self->updated_at);

  G_OBJECT_CLASS (rp_record_parent_class)->finalize (object);
}

static void
rp_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RpRecord *self = RP_RECORD (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_TITLE:
      g_value_take_string (value, rp_record_dup_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_record_class_init (RpRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_record_finalize;
  object_class->get_property = rp_record_get_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* What names the record in lists, for sorters and expressions */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_record_init (RpRecord *self)
{
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  switch (G_VALUE_TYPE (a))
    {
    case G_TYPE_INT64:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case G_TYPE_DOUBLE:
      {
        double x = g_value_get_double (a), y = g_value_get_double (b);
        return (isnan (x) && isnan (y)) || x == y;
      }
    case G_TYPE_BOOLEAN:
      return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    default:
      g_assert_not_reached ();
    }
}

static void
store_value (RpRecord     *self,
             guint         index,
             const GValue *value)
{
  const RpField *field = &self->kind->fields[index];
  g_auto(GValue) normal = G_VALUE_INIT;

  g_value_init (&normal, field_gtype (field));
  g_value_transform (value, &normal);
  if (G_VALUE_HOLDS_STRING (&normal))
    {
      const char *s = g_value_get_string (&normal);

      /* Empty means unset, so a record has one way to say "nothing". */
      if (s != NULL && *s == '\0')
        g_value_set_string (&normal, NULL);
      else if (s != NULL && field->type == RP_FIELD_TEXT)
        g_value_take_string (&normal, rp_text_strip_bidi (s));
    }

  if (values_equal (&self->values[index], &normal))
    return;
  g_value_copy (&normal, &self->values[index]);
  if (self->kind->title_field != NULL && g_str_equal (field->name, self->kind->title_field))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* Public API */

RpRecord *
rp_record_new (const RpKind *kind)
{
  RpRecord *self;

  g_return_val_if_fail (kind != NULL, NULL);

  self = g_object_new (RP_TYPE_RECORD, NULL);
  self->kind = kind;
  self->values = g_new0 (GValue, kind->n_fields);
  for (guint i = 0; i < kind->n_fields; i++)
    {
      g_value_init (&self->values[i], field_gtype (&kind->fields[i]));
      field_set_default (&kind->fields[i], &self->values[i]);
    }
  self->uuid = g_uuid_string_random ();
  return self;
}

/* A new record of @kind, belonging to @owner (its first reference to @owner's kind). */
RpRecord *
rp_record_new_for (RpKindId  kind_id,
                   RpRecord *owner)
{
  const RpKind *kind = rp_kind_get (kind_id);
  RpRecord *self;

  g_return_val_if_fail (kind != NULL, NULL);

  self = rp_record_new (kind);
  if (owner != NULL)
    {
      const RpKind *owner_kind = rp_record_get_kind (owner);

      for (guint i = 0; i < kind->n_fields; i++)
        if (kind->fields[i].type == RP_FIELD_REF &&
            g_strcmp0 (kind->fields[i].ref_kind, owner_kind->name) == 0)
          {
            rp_record_set_string (self, rp_field_id_at (kind, i), rp_record_get_uuid (owner));
            break;
          }
    }
  return self;
}

RpRecord *
rp_record_copy (RpRecord *self)
{
  RpRecord *copy;

  g_return_val_if_fail (RP_IS_RECORD (self), NULL);

  copy = rp_record_new (self->kind);
  g_free (copy->uuid);
  copy->uuid = g_strdup (self->uuid);
  copy->created_at = g_strdup (self->created_at);
  copy->updated_at = g_strdup (self->updated_at);
  for (guint i = 0; i < self->kind->n_fields; i++)
    g_value_copy (&self->values[i], &copy->values[i]);
  return copy;
}

RpRecord *
rp_record_duplicate (RpRecord *self)
{
  RpRecord *copy = rp_record_copy (self);

  g_free (copy->uuid);
  copy->uuid = g_uuid_string_random ();
  g_clear_pointer (&copy->created_at, g_free);
  g_clear_pointer (&copy->updated_at, g_free);
  return copy;
}

/* Gives @self the identity and values of @from, a newer read of the same record, and
 * says whether anything changed. */
gboolean
_rp_record_assign (RpRecord *self,
                   RpRecord *from)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (self->kind == from->kind, FALSE);

  for (guint i = 0; i < self->kind->n_fields; i++)
    if (!values_equal (&self->values[i], &from->values[i]))
      {
        store_value (self, i, &from->values[i]);
        changed = TRUE;
      }
  if (g_strcmp0 (self->updated_at, from->updated_at) != 0)
    changed = TRUE;
  _rp_record_set_identity (self, from->uuid, from->created_at, from->updated_at);
  return changed;
}

/* Every field back to its default, for reading many records into one (bundles). */
void
_rp_record_reset (RpRecord *self)
{
  for (guint i = 0; i < self->kind->n_fields; i++)
    field_set_default (&self->kind->fields[i], &self->values[i]);
}

const RpKind *
rp_record_get_kind (RpRecord *self)
{
  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  return self->kind;
}

RpKindId
rp_record_get_kind_id (RpRecord *self)
{
  g_return_val_if_fail (RP_IS_RECORD (self), RP_N_KINDS);
  return rp_kind_get_index (self->kind);
}

const char *
rp_record_get_uuid (RpRecord *self)
{
  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  return self->uuid;
}

const char *
rp_record_get_created_at (RpRecord *self)
{
  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  return self->created_at;
}

const char *
rp_record_get_updated_at (RpRecord *self)
{
  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  return self->updated_at;
}

void
_rp_record_set_identity (RpRecord   *self,
                         const char *uuid,
                         const char *created_at,
                         const char *updated_at)
{
  if (uuid != NULL && g_strcmp0 (uuid, self->uuid) != 0)
    {
      g_free (self->uuid);
      self->uuid = g_strdup (uuid);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
    }
  if (g_strcmp0 (created_at, self->created_at) != 0)
    {
      g_free (self->created_at);
      self->created_at = g_strdup (created_at);
    }
  if (g_strcmp0 (updated_at, self->updated_at) != 0)
    {
      g_free (self->updated_at);
      self->updated_at = g_strdup (updated_at);
    }
}

/* The index of @field in the record's kind; -1, with a critical, for a field of another kind. */
static int
field_index (RpRecord  *self,
             RpFieldId  field)
{
  g_return_val_if_fail (RP_IS_RECORD (self), -1);
  if (G_UNLIKELY (field == RP_FIELD_NONE || RP_FIELD_KIND (field) != rp_kind_get_index (self->kind) ||
                  RP_FIELD_INDEX (field) >= self->kind->n_fields))
    {
      g_critical ("a field of another kind asked of a record of “%s”", self->kind->name);
      return -1;
    }
  return (int) RP_FIELD_INDEX (field);
}

const GValue *
rp_record_get_value (RpRecord *self,
                     guint     field_index)
{
  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  g_return_val_if_fail (field_index < self->kind->n_fields, NULL);
  return &self->values[field_index];
}

void
rp_record_set_value (RpRecord     *self,
                     guint         field_index,
                     const GValue *value)
{
  g_return_if_fail (RP_IS_RECORD (self));
  g_return_if_fail (field_index < self->kind->n_fields);
  store_value (self, field_index, value);
}

const char *
rp_record_get_string (RpRecord  *self,
                      RpFieldId  field)
{
  int i = field_index (self, field);

  if (i < 0)
    return NULL;
  g_return_val_if_fail (G_VALUE_HOLDS_STRING (&self->values[i]), NULL);
  return g_value_get_string (&self->values[i]);
}

void
rp_record_set_string (RpRecord   *self,
                      RpFieldId   field,
                      const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = field_index (self, field);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  store_value (self, i, &v);
}

gint64
rp_record_get_int (RpRecord  *self,
                   RpFieldId  field)
{
  int i = field_index (self, field);

  if (i < 0)
    return 0;
  g_return_val_if_fail (G_VALUE_HOLDS_INT64 (&self->values[i]), 0);
  return g_value_get_int64 (&self->values[i]);
}

void
rp_record_set_int (RpRecord  *self,
                   RpFieldId  field,
                   gint64     value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = field_index (self, field);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  store_value (self, i, &v);
}

double
rp_record_get_real (RpRecord  *self,
                    RpFieldId  field)
{
  int i = field_index (self, field);

  if (i < 0)
    return NAN;
  g_return_val_if_fail (G_VALUE_HOLDS_DOUBLE (&self->values[i]), NAN);
  return g_value_get_double (&self->values[i]);
}

void
rp_record_set_real (RpRecord  *self,
                    RpFieldId  field,
                    double     value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = field_index (self, field);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  store_value (self, i, &v);
}

gboolean
rp_record_get_bool (RpRecord  *self,
                    RpFieldId  field)
{
  int i = field_index (self, field);

  if (i < 0)
    return FALSE;
  g_return_val_if_fail (G_VALUE_HOLDS_BOOLEAN (&self->values[i]), FALSE);
  return g_value_get_boolean (&self->values[i]);
}

void
rp_record_set_bool (RpRecord  *self,
                    RpFieldId  field,
                    gboolean   value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = field_index (self, field);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  store_value (self, i, &v);
}

/* The choice of an enumerated field (RP_PLAN_STATUS_DONE …), -1 when unset. */
int
rp_record_get_enum (RpRecord  *self,
                    RpFieldId  field)
{
  int i = field_index (self, field);

  if (i < 0)
    return -1;
  g_return_val_if_fail (self->kind->fields[i].type == RP_FIELD_ENUM, -1);
  return rp_field_enum_index (&self->kind->fields[i], g_value_get_string (&self->values[i]));
}

void
rp_record_set_enum (RpRecord  *self,
                    RpFieldId  field,
                    int        choice)
{
  int i = field_index (self, field);

  if (i < 0)
    return;
  g_return_if_fail (self->kind->fields[i].type == RP_FIELD_ENUM);
  rp_record_set_string (self, field, rp_field_enum_nick (&self->kind->fields[i], choice));
}

gboolean
rp_record_is_set (RpRecord  *self,
                  RpFieldId  field)
{
  int i = field_index (self, field);
  const GValue *value;

  if (i < 0)
    return FALSE;
  value = &self->values[i];
  if (G_VALUE_HOLDS_STRING (value))
    return g_value_get_string (value) != NULL;
  if (G_VALUE_HOLDS_DOUBLE (value))
    return !isnan (g_value_get_double (value));
  return TRUE;
}

char *
rp_record_format (RpRecord  *self,
                  RpFieldId  field)
{
  int i = field_index (self, field);

  return i < 0 ? g_strdup ("") : rp_record_format_field (self, (guint) i);
}

char *
rp_record_dup_title (RpRecord *self)
{
  const RpKind *kind = rp_record_get_kind (self);
  const char *title = NULL;

  if (kind->title_field != NULL)
    {
      int i = rp_kind_field_index (kind, kind->title_field);
      g_autofree char *text = rp_record_format_field (self, i);

      if (text != NULL && *text != '\0')
        return rp_text_one_line (text, 80);
    }
  title = rp_kind_get_label (kind);
  return g_strdup (title);
}

char *
rp_record_format_field (RpRecord *self,
                        guint     field_index)
{
  const RpField *field = &rp_record_get_kind (self)->fields[field_index];
  const GValue *value = rp_record_get_value (self, field_index);

  switch (field->type)
    {
    case RP_FIELD_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
    case RP_FIELD_REAL:
      {
        double d = g_value_get_double (value);
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        if (isnan (d))
          return g_strdup ("");
        /* Locale-aware, trimmed to what the number needs */
        g_snprintf (buf, sizeof buf, "%.6g", d);
        return g_strdup (buf);
      }
    case RP_FIELD_BOOL:
      return g_strdup (g_value_get_boolean (value) ? _("Yes") : _("No"));
    case RP_FIELD_ENUM:
      return g_strdup (rp_field_enum_label (field, g_value_get_string (value)));
    case RP_FIELD_TEXT:
    case RP_FIELD_DATE:
    case RP_FIELD_PERIOD:
    case RP_FIELD_REF:
    default:
      return g_strdup (g_value_get_string (value) ?: "");
    }
}

gboolean
rp_record_content_equal (RpRecord *a,
                         RpRecord *b)
{
  if (a->kind != b->kind)
    return FALSE;
  for (guint i = 0; i < a->kind->n_fields; i++)
    if (!values_equal (&a->values[i], &b->values[i]))
      return FALSE;
  return TRUE;
}
