/* rp-record.c — records, with one GObject type per kind registered from rp-kinds.c */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-record-private.h"
#include "rp-kind-private.h"
#include "rp-util.h"

typedef struct
{
  char   *uuid;
  char   *created_at;
  char   *updated_at;
  GValue *values;
  guint   n_values;
} RpRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RpRecord, rp_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
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

static char *
property_name (const char *field_name)
{
  return g_strdelimit (g_strdup (field_name), "_", '-');
}

static void
rp_record_finalize (GObject *object)
{
  RpRecord *self = RP_RECORD (object);
  RpRecordPrivate *priv = rp_record_get_instance_private (self);

  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);
  g_free (priv->uuid);
  g_free (priv->created_at);
  g_free (priv->updated_at);

  G_OBJECT_CLASS (rp_record_parent_class)->finalize (object);
}

static void
rp_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RpRecord *self = RP_RECORD (object);
  RpRecordPrivate *priv = rp_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, priv->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, priv->updated_at);
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
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_record_init (RpRecord *self)
{
}

/* Per-kind subclasses: property ids are field index + 1. */

static void
kind_record_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (RP_RECORD (object));

  if (prop_id == 0 || prop_id > priv->n_values)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_value_copy (&priv->values[prop_id - 1], value);
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
  RpRecordPrivate *priv = rp_record_get_instance_private (self);
  const RpField *field = &rp_record_get_kind (self)->fields[index];
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

  if (values_equal (&priv->values[index], &normal))
    return;
  g_value_copy (&normal, &priv->values[index]);
  {
    g_autofree char *name = property_name (field->name);

    g_object_notify (G_OBJECT (self), name);
  }
}

static void
kind_record_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (RP_RECORD (object));

  if (prop_id == 0 || prop_id > priv->n_values)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  store_value (RP_RECORD (object), prop_id - 1, value);
}

static void
kind_record_class_init (gpointer g_class,
                        gpointer class_data)
{
  RpRecordClass *klass = g_class;
  GObjectClass *object_class = G_OBJECT_CLASS (g_class);
  const RpKind *kind = class_data;

  klass->kind = kind;
  object_class->get_property = kind_record_get_property;
  object_class->set_property = kind_record_set_property;

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const RpField *field = &kind->fields[i];
      g_autofree char *name = property_name (field->name);
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY;
      GParamSpec *pspec;

      switch (field->type)
        {
        case RP_FIELD_INT:
          pspec = g_param_spec_int64 (name, NULL, NULL,
                                      field->min < field->max ? (gint64) field->min : G_MININT64,
                                      field->min < field->max ? (gint64) field->max : G_MAXINT64,
                                      field->default_value ? g_ascii_strtoll (field->default_value, NULL, 10) : 0,
                                      flags);
          break;
        case RP_FIELD_REAL:
          pspec = g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
          break;
        case RP_FIELD_BOOL:
          pspec = g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
          break;
        case RP_FIELD_TEXT:
        case RP_FIELD_DATE:
        case RP_FIELD_PERIOD:
        case RP_FIELD_ENUM:
        case RP_FIELD_REF:
        default:
          pspec = g_param_spec_string (name, NULL, NULL, field->default_value, flags);
          break;
        }
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

static void
kind_record_instance_init (GTypeInstance *instance,
                           gpointer       g_class)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (RP_RECORD (instance));
  const RpKind *kind = RP_RECORD_CLASS (g_class)->kind;

  priv->n_values = kind->n_fields;
  priv->values = g_new0 (GValue, kind->n_fields);
  for (guint i = 0; i < kind->n_fields; i++)
    {
      g_value_init (&priv->values[i], field_gtype (&kind->fields[i]));
      field_set_default (&kind->fields[i], &priv->values[i]);
    }
}

GType
_rp_record_type_for_kind (const RpKind *kind)
{
  static GType *types;

  if (g_once_init_enter (&types))
    {
      guint n_kinds;
      const RpKind *const *kinds = rp_kinds (&n_kinds);
      GType *array = g_new0 (GType, n_kinds);

      for (guint i = 0; i < n_kinds; i++)
        {
          const GTypeInfo info = {
            .class_size = sizeof (RpRecordClass),
            .class_init = kind_record_class_init,
            .class_data = kinds[i],
            .instance_size = sizeof (RpRecord),
            .instance_init = kind_record_instance_init,
          };
          array[i] = g_type_register_static (RP_TYPE_RECORD, kinds[i]->type_name, &info, 0);
        }
      g_once_init_leave (&types, array);
    }
  return types[rp_kind_get_index (kind)];
}

/* Public API */

RpRecord *
rp_record_new (const RpKind *kind)
{
  RpRecord *self;
  RpRecordPrivate *priv;

  g_return_val_if_fail (kind != NULL, NULL);

  self = g_object_new (_rp_record_type_for_kind (kind), NULL);
  priv = rp_record_get_instance_private (self);
  priv->uuid = g_uuid_string_random ();
  return self;
}

RpRecord *
rp_record_new_for (const char *kind_name,
                   RpRecord   *owner)
{
  const RpKind *kind = rp_kind_lookup (kind_name);
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
            rp_record_set_string (self, kind->fields[i].name, rp_record_get_uuid (owner));
            break;
          }
    }
  return self;
}

RpRecord *
rp_record_copy (RpRecord *self)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (self);
  RpRecord *copy;
  RpRecordPrivate *copy_priv;

  g_return_val_if_fail (RP_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  copy_priv = rp_record_get_instance_private (copy);
  copy_priv->uuid = g_strdup (priv->uuid);
  copy_priv->created_at = g_strdup (priv->created_at);
  copy_priv->updated_at = g_strdup (priv->updated_at);
  for (guint i = 0; i < priv->n_values; i++)
    g_value_copy (&priv->values[i], &copy_priv->values[i]);
  return copy;
}

RpRecord *
rp_record_duplicate (RpRecord *self)
{
  RpRecord *copy = rp_record_copy (self);
  RpRecordPrivate *priv = rp_record_get_instance_private (copy);

  g_free (priv->uuid);
  priv->uuid = g_uuid_string_random ();
  g_clear_pointer (&priv->created_at, g_free);
  g_clear_pointer (&priv->updated_at, g_free);
  return copy;
}

const RpKind *
rp_record_get_kind (RpRecord *self)
{
  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  return RP_RECORD_GET_CLASS (self)->kind;
}

gboolean
rp_record_is_kind (RpRecord   *self,
                   const char *kind_name)
{
  return RP_IS_RECORD (self) && g_str_equal (rp_record_get_kind (self)->name, kind_name);
}

const char *
rp_record_get_uuid (RpRecord *self)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (self);

  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  return priv->uuid;
}

const char *
rp_record_get_created_at (RpRecord *self)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (self);

  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  return priv->created_at;
}

const char *
rp_record_get_updated_at (RpRecord *self)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (self);

  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  return priv->updated_at;
}

void
_rp_record_set_identity (RpRecord   *self,
                         const char *uuid,
                         const char *created_at,
                         const char *updated_at)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (self);

  if (uuid != NULL && g_strcmp0 (uuid, priv->uuid) != 0)
    {
      g_free (priv->uuid);
      priv->uuid = g_strdup (uuid);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
    }
  if (g_strcmp0 (created_at, priv->created_at) != 0)
    {
      g_free (priv->created_at);
      priv->created_at = g_strdup (created_at);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
    }
  if (g_strcmp0 (updated_at, priv->updated_at) != 0)
    {
      g_free (priv->updated_at);
      priv->updated_at = g_strdup (updated_at);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
    }
}

static int
field_index_or_warn (RpRecord   *self,
                     const char *field)
{
  int i = rp_kind_field_index (rp_record_get_kind (self), field);

  if (i < 0)
    g_critical ("%s has no field “%s”", rp_record_get_kind (self)->name, field);
  return i;
}

const GValue *
rp_record_get_value (RpRecord *self,
                     guint     field_index)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (self);

  g_return_val_if_fail (RP_IS_RECORD (self), NULL);
  g_return_val_if_fail (field_index < priv->n_values, NULL);
  return &priv->values[field_index];
}

void
rp_record_set_value (RpRecord     *self,
                     guint         field_index,
                     const GValue *value)
{
  RpRecordPrivate *priv = rp_record_get_instance_private (self);

  g_return_if_fail (RP_IS_RECORD (self));
  g_return_if_fail (field_index < priv->n_values);
  store_value (self, field_index, value);
}

const char *
rp_record_get_string (RpRecord   *self,
                      const char *field)
{
  int i = field_index_or_warn (self, field);
  const GValue *value;

  if (i < 0)
    return NULL;
  value = rp_record_get_value (self, i);
  g_return_val_if_fail (G_VALUE_HOLDS_STRING (value), NULL);
  return g_value_get_string (value);
}

void
rp_record_set_string (RpRecord   *self,
                      const char *field,
                      const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = field_index_or_warn (self, field);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  store_value (self, i, &v);
}

gint64
rp_record_get_int (RpRecord   *self,
                   const char *field)
{
  int i = field_index_or_warn (self, field);

  if (i < 0)
    return 0;
  return g_value_get_int64 (rp_record_get_value (self, i));
}

void
rp_record_set_int (RpRecord   *self,
                   const char *field,
                   gint64      value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = field_index_or_warn (self, field);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  store_value (self, i, &v);
}

double
rp_record_get_real (RpRecord   *self,
                    const char *field)
{
  int i = field_index_or_warn (self, field);

  if (i < 0)
    return NAN;
  return g_value_get_double (rp_record_get_value (self, i));
}

void
rp_record_set_real (RpRecord   *self,
                    const char *field,
                    double      value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = field_index_or_warn (self, field);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  store_value (self, i, &v);
}

gboolean
rp_record_get_bool (RpRecord   *self,
                    const char *field)
{
  int i = field_index_or_warn (self, field);

  if (i < 0)
    return FALSE;
  return g_value_get_boolean (rp_record_get_value (self, i));
}

void
rp_record_set_bool (RpRecord   *self,
                    const char *field,
                    gboolean    value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  int i = field_index_or_warn (self, field);

  if (i < 0)
    return;
  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  store_value (self, i, &v);
}

gboolean
rp_record_is_set (RpRecord   *self,
                  const char *field)
{
  int i = field_index_or_warn (self, field);
  const GValue *value;

  if (i < 0)
    return FALSE;
  value = rp_record_get_value (self, i);
  if (G_VALUE_HOLDS_STRING (value))
    return g_value_get_string (value) != NULL;
  if (G_VALUE_HOLDS_DOUBLE (value))
    return !isnan (g_value_get_double (value));
  return TRUE;
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
  RpRecordPrivate *pa = rp_record_get_instance_private (a);
  RpRecordPrivate *pb = rp_record_get_instance_private (b);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;
  for (guint i = 0; i < pa->n_values; i++)
    if (!values_equal (&pa->values[i], &pb->values[i]))
      return FALSE;
  return TRUE;
}

gboolean
rp_record_validate_field (RpRecord  *self,
                          guint      field_index,
                          GError   **error)
{
  const RpKind *kind = rp_record_get_kind (self);
  const RpField *field = &kind->fields[field_index];
  const GValue *value = rp_record_get_value (self, field_index);
  const char *label = rp_field_get_label (field);

  switch (field->type)
    {
    case RP_FIELD_INT:
      {
        gint64 n = g_value_get_int64 (value);

        if (field->min < field->max && (n < field->min || n > field->max))
          {
            /* Translators: "“Benefit to customers” must be a whole number from 1 to 5, not 9." */
            g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_RANGE,
                         _("“%s” must be a whole number from %g to %g, not %lld."),
                         label, field->min, field->max, (long long) n);
            return FALSE;
          }
        return TRUE;
      }
    case RP_FIELD_REAL:
      {
        double d = g_value_get_double (value);

        if (isnan (d))
          {
            if ((field->flags & RP_FIELD_NULLABLE) && !(field->flags & RP_FIELD_REQUIRED))
              return TRUE;
            g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_REQUIRED,
                         _("“%s” needs a number."), label);
            return FALSE;
          }
        if (!isfinite (d) || (field->min < field->max && (d < field->min || d > field->max)))
          {
            g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_RANGE,
                         _("“%s” must be a number from %g to %g, not %g."),
                         label, field->min, field->max, d);
            return FALSE;
          }
        return TRUE;
      }
    case RP_FIELD_BOOL:
      return TRUE;
    case RP_FIELD_TEXT:
    case RP_FIELD_DATE:
    case RP_FIELD_PERIOD:
    case RP_FIELD_ENUM:
    case RP_FIELD_REF:
    default:
      break;
    }

  {
    const char *s = g_value_get_string (value);

    if (s == NULL)
      {
        if (field->flags & RP_FIELD_REQUIRED)
          {
            g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_REQUIRED,
                         _("“%s” cannot be empty."), label);
            return FALSE;
          }
        return TRUE;
      }
    if (strlen (s) > RP_TEXT_MAX_BYTES)
      {
        g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_TOO_LONG,
                     _("“%s” is longer than %d kB."), label, RP_TEXT_MAX_BYTES / 1024);
        return FALSE;
      }
    if (field->type == RP_FIELD_DATE && !rp_date_parse (s, NULL))
      {
        g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_FORMAT,
                     _("“%s” must be a date written as YYYY-MM-DD, not “%s”."), label, s);
        return FALSE;
      }
    if (field->type == RP_FIELD_PERIOD && !rp_period_parse (s, NULL, NULL))
      {
        g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_FORMAT,
                     _("“%s” must be a month written as YYYY-MM, not “%s”."), label, s);
        return FALSE;
      }
    if (field->type == RP_FIELD_REF && !g_uuid_string_is_valid (s))
      {
        g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_FORMAT,
                     _("“%s” must refer to a record by its UUID, not “%s”."), label, s);
        return FALSE;
      }
    if (field->type == RP_FIELD_ENUM && !rp_field_enum_contains (field, s))
      {
        g_autoptr(GString) choices = g_string_new (NULL);

        for (const RpEnumValue *v = field->enum_values; v->nick != NULL; v++)
          g_string_append_printf (choices, "%s%s", choices->len ? ", " : "", v->nick);
        g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_ENUM,
                     _("“%s” must be one of %s, not “%s”."), label, choices->str, s);
        return FALSE;
      }
  }
  return TRUE;
}

/* What ends cannot end before it starts. */
static const struct {
  const char *kind;
  const char *first;
  const char *last;
} ordered_fields[] = {
  { "phase", "start_day", "end_day" },
  { "plan_item", "start_on", "due_on" },
  { "contract", "starts_on", "ends_on" },
};

static gboolean
validate_order (RpRecord  *self,
                GError   **error)
{
  const RpKind *kind = rp_record_get_kind (self);

  for (guint i = 0; i < G_N_ELEMENTS (ordered_fields); i++)
    {
      const RpField *first, *last;
      gboolean reversed;

      if (!g_str_equal (kind->name, ordered_fields[i].kind))
        continue;
      first = rp_kind_get_field (kind, ordered_fields[i].first);
      last = rp_kind_get_field (kind, ordered_fields[i].last);
      if (first->type == RP_FIELD_INT)
        reversed = rp_record_get_int (self, first->name) > rp_record_get_int (self, last->name);
      else
        reversed = rp_record_is_set (self, first->name) && rp_record_is_set (self, last->name) &&
                   strcmp (rp_record_get_string (self, first->name), rp_record_get_string (self, last->name)) > 0;
      if (reversed)
        {
          g_autofree char *from = rp_record_format_field (self, rp_kind_field_index (kind, first->name));
          g_autofree char *to = rp_record_format_field (self, rp_kind_field_index (kind, last->name));

          /* Translators: "Phase: “Ends (days from the sale)” (-10) comes before “Starts (days from the sale)” (30)." */
          g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_RANGE, _("%s: “%s” (%s) comes before “%s” (%s)."),
                       rp_kind_get_label (kind), rp_field_get_label (last), to, rp_field_get_label (first), from);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
rp_record_validate (RpRecord  *self,
                    GError   **error)
{
  const RpKind *kind;
  const char *const *subjects;

  g_return_val_if_fail (RP_IS_RECORD (self), FALSE);

  kind = rp_record_get_kind (self);
  for (guint i = 0; i < kind->n_fields; i++)
    if (!rp_record_validate_field (self, i, error))
      {
        g_prefix_error (error, "%s: ", rp_kind_get_label (kind));
        return FALSE;
      }

  if (!validate_order (self, error))
    return FALSE;

  subjects = rp_kind_get_subjects (kind);
  if (subjects != NULL)
    {
      guint n_set = 0;

      for (guint i = 0; subjects[i] != NULL; i++)
        if (rp_record_get_string (self, subjects[i]) != NULL)
          n_set++;
      if (n_set != 1)
        {
          g_autofree char *list = g_strjoinv (", ", (char **) subjects);

          g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_SUBJECT,
                       _("%s: exactly one of %s must be set."), rp_kind_get_label (kind), list);
          return FALSE;
        }
    }
  return TRUE;
}
