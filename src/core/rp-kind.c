/* rp-kind.c — lookups over the table of kinds in rp-kinds.c */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-kind-private.h"

static const RpKind **
kinds_array (void)
{
  static const RpKind **kinds;

  if (g_once_init_enter (&kinds))
    {
      const RpKind **array = g_new0 (const RpKind *, _rp_n_kind_defs + 1);

      for (guint i = 0; i < _rp_n_kind_defs; i++)
        array[i] = &_rp_kind_defs[i].kind;
      g_once_init_leave (&kinds, array);
    }
  return kinds;
}

const RpKind *const *
rp_kinds (guint *n_kinds)
{
  if (n_kinds != NULL)
    *n_kinds = _rp_n_kind_defs;
  return (const RpKind *const *) kinds_array ();
}

guint
rp_kind_get_index (const RpKind *kind)
{
  const RpKindDef *def = (const RpKindDef *) kind;

  g_assert (def >= _rp_kind_defs && def < _rp_kind_defs + _rp_n_kind_defs);
  return (guint) (def - _rp_kind_defs);
}

const char *const *
rp_kind_get_subjects (const RpKind *kind)
{
  return ((const RpKindDef *) kind)->subjects;
}

const char *const *
rp_kind_get_unique (const RpKind *kind)
{
  return ((const RpKindDef *) kind)->unique;
}

const RpKind *
rp_kind_get (RpKindId id)
{
  g_return_val_if_fail (id < RP_N_KINDS, NULL);
  return &_rp_kind_defs[id].kind;
}

const RpField *
rp_field_get (RpFieldId field)
{
  RpKindId kind = RP_FIELD_KIND (field);

  g_return_val_if_fail (field != RP_FIELD_NONE && kind < RP_N_KINDS, NULL);
  g_return_val_if_fail (RP_FIELD_INDEX (field) < _rp_kind_defs[kind].kind.n_fields, NULL);
  return &_rp_kind_defs[kind].kind.fields[RP_FIELD_INDEX (field)];
}

RpFieldId
rp_field_id_at (const RpKind *kind,
                guint         index)
{
  g_return_val_if_fail (index < kind->n_fields, RP_FIELD_NONE);
  return RP_FIELD_ID (rp_kind_get_index (kind), index);
}

/* For code that works with any kind by its fields' names (editors, bundles). */
RpFieldId
rp_kind_field_id (const RpKind *kind,
                  const char   *name)
{
  int i = rp_kind_field_index (kind, name);

  return i < 0 ? RP_FIELD_NONE : RP_FIELD_ID (rp_kind_get_index (kind), i);
}

const RpKind *
rp_kind_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < _rp_n_kind_defs; i++)
    if (g_str_equal (_rp_kind_defs[i].kind.name, name))
      return &_rp_kind_defs[i].kind;
  return NULL;
}

const RpKind *
rp_kind_lookup_plural (const char *plural)
{
  g_return_val_if_fail (plural != NULL, NULL);

  for (guint i = 0; i < _rp_n_kind_defs; i++)
    if (g_str_equal (_rp_kind_defs[i].kind.plural, plural))
      return &_rp_kind_defs[i].kind;
  return NULL;
}

int
rp_kind_field_index (const RpKind *kind,
                     const char   *name)
{
  for (guint i = 0; i < kind->n_fields; i++)
    if (g_str_equal (kind->fields[i].name, name))
      return (int) i;
  return -1;
}

const RpField *
rp_kind_get_field (const RpKind *kind,
                   const char   *name)
{
  int i = rp_kind_field_index (kind, name);

  return i < 0 ? NULL : &kind->fields[i];
}

const RpField *
rp_kind_get_owner_field (const RpKind *kind)
{
  for (guint i = 0; i < kind->n_fields; i++)
    if (kind->fields[i].flags & RP_FIELD_OWNER)
      return &kind->fields[i];
  return NULL;
}

const char *
rp_kind_get_label (const RpKind *kind)
{
  return g_dgettext (GETTEXT_PACKAGE, kind->label);
}

const char *
rp_field_get_label (const RpField *field)
{
  return g_dgettext (GETTEXT_PACKAGE, field->label);
}

gboolean
rp_field_enum_contains (const RpField *field,
                        const char    *nick)
{
  if (field->enum_values == NULL || nick == NULL)
    return FALSE;
  for (const RpEnumValue *v = field->enum_values; v->nick != NULL; v++)
    if (g_str_equal (v->nick, nick))
      return TRUE;
  return FALSE;
}

const char *
rp_field_enum_label (const RpField *field,
                     const char    *nick)
{
  if (field->enum_values == NULL || nick == NULL)
    return nick;
  for (const RpEnumValue *v = field->enum_values; v->nick != NULL; v++)
    if (g_str_equal (v->nick, nick))
      return g_dgettext (GETTEXT_PACKAGE, v->label);
  return nick;
}

guint
rp_field_enum_count (const RpField *field)
{
  guint n = 0;

  if (field->enum_values != NULL)
    while (field->enum_values[n].nick != NULL)
      n++;
  return n;
}

int
rp_field_enum_index (const RpField *field,
                     const char    *nick)
{
  if (field->enum_values == NULL || nick == NULL)
    return -1;
  for (int i = 0; field->enum_values[i].nick != NULL; i++)
    if (g_str_equal (field->enum_values[i].nick, nick))
      return i;
  return -1;
}

const char *
rp_field_enum_nick (const RpField *field,
                    int            index)
{
  g_return_val_if_fail (field->enum_values != NULL, NULL);
  if (index < 0 || (guint) index >= rp_field_enum_count (field))
    return NULL;
  return field->enum_values[index].nick;
}
