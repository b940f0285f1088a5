/* rp-record-validate.c — the rules a record keeps by itself: each field's type, range and
 * choices, the order of its dates (RP_ORDER), exactly one subject */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-record-private.h"
#include "rp-kind-private.h"
#include "rp-util.h"

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
        if ((field->flags & RP_FIELD_POSITIVE) && d <= field->min)
          {
            /* Translators: "“Target” must be more than 0, not 0." */
            g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_RANGE,
                         _("“%s” must be more than %g, not %g."), label, field->min, d);
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

/* What ends cannot end before it starts (RP_ORDER in rp-kinds.def); @out_field names the
 * field that comes too early. */
gboolean
_rp_record_validate_order (RpRecord     *self,
                           const char  **out_field,
                           GError      **error)
{
  RpKindId kind_id = rp_kind_get_index (rp_record_get_kind (self));

  for (guint i = 0; i < _rp_n_field_orders; i++)
    {
      RpFieldId first_id = _rp_field_orders[i].first, last_id = _rp_field_orders[i].last;
      const RpField *first, *last;
      gboolean reversed;

      if (RP_FIELD_KIND (first_id) != kind_id)
        continue;
      first = rp_field_get (first_id);
      last = rp_field_get (last_id);
      if (first->type == RP_FIELD_INT)
        reversed = rp_record_get_int (self, first_id) > rp_record_get_int (self, last_id);
      else
        reversed = rp_record_is_set (self, first_id) && rp_record_is_set (self, last_id) &&
                   strcmp (rp_record_get_string (self, first_id), rp_record_get_string (self, last_id)) > 0;
      if (reversed)
        {
          g_autofree char *from = rp_record_format (self, first_id);
          g_autofree char *to = rp_record_format (self, last_id);

          /* Translators: "Phase: “Ends (days from the sale)” (-10) comes before “Starts (days from the sale)” (30)." */
          g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_RANGE, _("%s: “%s” (%s) comes before “%s” (%s)."),
                       rp_kind_get_label (rp_record_get_kind (self)), rp_field_get_label (last), to, rp_field_get_label (first), from);
          if (out_field != NULL)
            *out_field = last->name;
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

  if (!_rp_record_validate_order (self, NULL, error))
    return FALSE;

  subjects = rp_kind_get_subjects (kind);
  if (subjects != NULL)
    {
      guint n_set = 0;

      for (guint i = 0; subjects[i] != NULL; i++)
        if (g_value_get_string (rp_record_get_value (self, rp_kind_field_index (kind, subjects[i]))) != NULL)
          n_set++;
      if (n_set != 1)
        {
          g_autoptr(GString) list = g_string_new (NULL);

          /* In the words a form shows, not the columns' names */
          for (guint i = 0; subjects[i] != NULL; i++)
            g_string_append_printf (list, "%s%s", i > 0 ? " / " : "",
                                    rp_field_get_label (rp_kind_get_field (kind, subjects[i])));
          g_set_error (error, RP_RECORD_ERROR, RP_RECORD_ERROR_SUBJECT,
                       _("%s: it belongs to one, and only one, of: %s."), rp_kind_get_label (kind), list->str);
          return FALSE;
        }
    }
  return TRUE;
}
