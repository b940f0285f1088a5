/* rp-bundle.c — a bundle once read: what its header says, what it holds, its notes */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rp-bundle-private.h"
#include "rp-util.h"

void
rp_bundle_free (RpBundle *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  if (self->path != NULL)
    {
      g_autofree char *journal = g_strconcat (self->path, "-journal", NULL);

      g_unlink (self->path);
      g_unlink (journal);
    }
  g_free (self->path);
  g_mutex_clear (&self->lock);
  g_free (self->title);
  g_free (self->note);
  g_free (self->exported_by);
  g_free (self->exported_at);
  g_free (self->generator);
  g_free (self->counts);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_free (self);
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
  return self->n_records;
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
  g_autofree char *title = rp_text_isolate (self->title);
  g_autofree char *by = rp_text_isolate (self->exported_by ? self->exported_by : _("someone unnamed"));
  g_autofree char *generator = rp_text_isolate (self->generator);

  /* Translators: "“Our philosophy” exported by Ada Wong on 2026-11-23T…, Rapport 0.1.0" */
  g_string_append_printf (text, _("“%s”, exported by %s on %s with %s"), title, by, self->exported_at, generator);
  for (guint k = 0; k < n_kinds; k++)
    if (self->counts[k] > 0)
      g_string_append_printf (text, "\n  %-30s %6u", g_dgettext (GETTEXT_PACKAGE, kinds[k]->label_plural), self->counts[k]);
  return g_string_free (text, FALSE);
}
