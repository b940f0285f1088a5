/* rp-bundle-records.c — one record of a bundle at a time: its identity, each field read and
 * checked against its kind, then staged; the bundle never is in memory whole */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "rp-bundle-private.h"
#include "rp-json-reader.h"
#include "rp-record-private.h"
#include "rp-store-private.h"
#include "rp-util.h"

#include "rp-bundle-loader.h"

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

/* One member's value into the record; FALSE only when reading cannot go on. */
static gboolean
read_field (Loader        *l,
            RpRecord      *record,
            guint          f,
            gint64         idx,
            gboolean      *ok,
            GError       **error)
{
  const RpKind *kind = rp_record_get_kind (record);
  const RpField *field = &kind->fields[f];
  RpJsonToken token = _rp_loader_next (l, error);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean fits = FALSE;

  switch (token)
    {
    case RP_JSON_TOKEN_ERROR:
      return FALSE;
    case RP_JSON_TOKEN_NULL:
      {
        gboolean may_be_null = !(field->flags & RP_FIELD_REQUIRED) &&
                               field->type != RP_FIELD_INT && field->type != RP_FIELD_BOOL &&
                               (field->type != RP_FIELD_REAL || (field->flags & RP_FIELD_NULLABLE));

        if (!may_be_null)
          {
            *ok = FALSE;
            _rp_loader_field_problem (l, kind, idx, field->name, _("cannot be empty; it must be %s."), expected_type (field));
            return TRUE;
          }
        if (field->type == RP_FIELD_REAL)
          {
            g_value_init (&value, G_TYPE_DOUBLE);
            g_value_set_double (&value, NAN);
          }
        else
          g_value_init (&value, G_TYPE_STRING);
        rp_record_set_value (record, f, &value);
        return TRUE;
      }
    case RP_JSON_TOKEN_STRING:
      fits = field->type == RP_FIELD_TEXT || field->type == RP_FIELD_DATE || field->type == RP_FIELD_PERIOD ||
             field->type == RP_FIELD_ENUM || field->type == RP_FIELD_REF;
      if (fits)
        {
          g_value_init (&value, G_TYPE_STRING);
          g_value_set_static_string (&value, rp_json_reader_get_string (l->reader, NULL));
        }
      break;
    case RP_JSON_TOKEN_NUMBER:
      if (field->type == RP_FIELD_INT && rp_json_reader_get_is_integer (l->reader))
        {
          fits = TRUE;
          g_value_init (&value, G_TYPE_INT64);
          g_value_set_int64 (&value, rp_json_reader_get_int (l->reader));
        }
      else if (field->type == RP_FIELD_REAL)
        {
          fits = TRUE;
          g_value_init (&value, G_TYPE_DOUBLE);
          g_value_set_double (&value, rp_json_reader_get_double (l->reader));
        }
      break;
    case RP_JSON_TOKEN_TRUE:
    case RP_JSON_TOKEN_FALSE:
      if (field->type == RP_FIELD_BOOL)
        {
          fits = TRUE;
          g_value_init (&value, G_TYPE_BOOLEAN);
          g_value_set_boolean (&value, token == RP_JSON_TOKEN_TRUE);
        }
      break;
    default:
      if (!_rp_loader_skip (l, token, error))
        return FALSE;
      break;
    }
  if (!fits)
    {
      *ok = FALSE;
      _rp_loader_field_problem (l, kind, idx, field->name, _("must be %s."), expected_type (field));
      return TRUE;
    }
  rp_record_set_value (record, f, &value);
  {
    g_autoptr(GError) invalid = NULL;

    if (!rp_record_validate_field (record, f, &invalid))
      {
        *ok = FALSE;
        _rp_loader_field_problem (l, kind, idx, field->name, "%s", invalid->message);
      }
  }
  return TRUE;
}

typedef struct {
  char *uuid, *created, *updated;
} Identity;

static gboolean
read_identity (Loader      *l,
               char       **out,
               GError     **error)
{
  RpJsonToken token = _rp_loader_next (l, error);

  if (token == RP_JSON_TOKEN_ERROR)
    return FALSE;
  g_clear_pointer (out, g_free);
  if (token == RP_JSON_TOKEN_STRING)
    *out = g_strdup (rp_json_reader_get_string (l->reader, NULL));
  else
    {
      *out = g_strdup ("\x1f"); /* there, but not text */
      return _rp_loader_skip (l, token, error);
    }
  return TRUE;
}

static gboolean
check_identity (Loader       *l,
                const RpKind *kind,
                gint64        idx,
                const char   *name,
                const char   *value,
                gboolean      timestamp)
{
  if (value == NULL)
    _rp_loader_field_problem (l, kind, idx, name, _("is missing; every record needs it."));
  else if (value[0] == '\x1f')
    _rp_loader_field_problem (l, kind, idx, name, _("must be text."));
  else if (timestamp && !rp_timestamp_is_valid (value))
    _rp_loader_field_problem (l, kind, idx, name, _("“%s” is not a date and time such as 2026-01-31T09:30:00.000Z."), value);
  else if (!timestamp && !g_uuid_string_is_valid (value))
    _rp_loader_field_problem (l, kind, idx, name, _("“%s” is not a UUID such as 2aeb21d7-0fac-41a7-bad1-2b5b85e2da54."), value);
  else
    return TRUE;
  return FALSE;
}

/* One element of a kind's list, from its first token */
static gboolean
read_record (Loader        *l,
             const RpKind  *kind,
             gint64         idx,
             RpJsonToken    token,
             GError       **error)
{
  RpRecord *record = l->records[rp_kind_get_index (kind)];
  gboolean seen[MAX_FIELDS] = { FALSE };
  Identity id = { NULL };
  gboolean ok = TRUE;

  if (token != RP_JSON_TOKEN_BEGIN_OBJECT)
    {
      g_autofree char *path = _rp_bundle_record_path (kind, idx, NULL);

      _rp_loader_problem (l, path, _("must be a record ({…})."));
      return _rp_loader_skip (l, token, error);
    }
  _rp_record_reset (record);
  for (;;)
    {
      const char *name;
      int f;

      token = _rp_loader_next (l, error);
      if (token == RP_JSON_TOKEN_ERROR)
        goto fail;
      if (token == RP_JSON_TOKEN_END_OBJECT)
        break;
      name = rp_json_reader_get_string (l->reader, NULL);
      if (g_str_equal (name, "uuid"))
        {
          if (!read_identity (l, &id.uuid, error))
            goto fail;
          continue;
        }
      if (g_str_equal (name, "created_at"))
        {
          if (!read_identity (l, &id.created, error))
            goto fail;
          continue;
        }
      if (g_str_equal (name, "updated_at"))
        {
          if (!read_identity (l, &id.updated, error))
            goto fail;
          continue;
        }
      f = rp_kind_field_index (kind, name);
      if (f < 0)
        {
          g_autofree char *path = _rp_bundle_record_path (kind, idx, NULL);
          g_autofree char *where = rp_json_path_append_key (path, name);
          g_autofree char *key = g_strdup_printf ("%s\x1f%s", kind->plural, name);

          _rp_loader_note (l, key, g_strdup_printf (_("%s: ignored; Rapport does not know this field."), where));
          if (!_rp_loader_skip (l, _rp_loader_next (l, error), error))
            goto fail;
          continue;
        }
      seen[f] = TRUE;
      if (!read_field (l, record, (guint) f, idx, &ok, error))
        goto fail;
    }

  ok = check_identity (l, kind, idx, "uuid", id.uuid, FALSE) && ok;
  ok = check_identity (l, kind, idx, "created_at", id.created, TRUE) && ok;
  ok = check_identity (l, kind, idx, "updated_at", id.updated, TRUE) && ok;
  for (guint i = 0; i < kind->n_fields; i++)
    if (!seen[i] && (kind->fields[i].flags & RP_FIELD_REQUIRED))
      {
        /* An optional field left out keeps its default. */
        _rp_loader_field_problem (l, kind, idx, kind->fields[i].name, _("is missing; it must be %s."),
                       expected_type (&kind->fields[i]));
        ok = FALSE;
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

          _rp_loader_field_problem (l, kind, idx, NULL, _("exactly one of %s must be set, not %u."), list, n_set);
          ok = FALSE;
        }
    }
  if (ok)
    {
      /* The orders of dates the app's save keeps (RP_ORDER): a review's next one after it … */
      g_autoptr(GError) invalid = NULL;
      const char *field = NULL;

      if (!_rp_record_validate_order (record, &field, &invalid))
        {
          _rp_loader_field_problem (l, kind, idx, field, "%s", invalid->message);
          ok = FALSE;
        }
    }
  if (ok && l->problems->len == 0)
    {
      _rp_record_set_identity (record, id.uuid, id.created, id.updated);
      if (!_rp_loader_stage_record (l, record, idx, error))
        goto fail;
    }
  g_free (id.uuid);
  g_free (id.created);
  g_free (id.updated);
  return TRUE;

fail:
  g_free (id.uuid);
  g_free (id.created);
  g_free (id.updated);
  return FALSE;
}

gboolean
_rp_loader_read_kind (Loader        *l,
                      const RpKind  *kind,
                      GError       **error)
{
  RpJsonToken token = _rp_loader_next (l, error);
  gint64 idx = 0;

  if (token == RP_JSON_TOKEN_ERROR)
    return FALSE;
  if (token == RP_JSON_TOKEN_NULL)
    return TRUE;
  if (token != RP_JSON_TOKEN_BEGIN_ARRAY)
    {
      g_autofree char *path = g_strdup_printf ("$.%s", kind->plural);

      _rp_loader_problem (l, path, _("must be a list of records ([…])."));
      return _rp_loader_skip (l, token, error);
    }
  while ((token = _rp_loader_next (l, error)) != RP_JSON_TOKEN_END_ARRAY)
    {
      if (token == RP_JSON_TOKEN_ERROR)
        return FALSE;
      if (++l->n_elements > RP_BUNDLE_MAX_RECORDS)
        {
          g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_TOO_MANY,
                       _("The bundle holds more than %d records, more than Rapport imports at once."),
                       RP_BUNDLE_MAX_RECORDS);
          return FALSE;
        }
      if (!read_record (l, kind, idx++, token, error))
        return FALSE;
      if (l->stopped)
        return TRUE;
    }
  return TRUE;
}
