/* rp-bundle-stage.c — what reading, previewing and importing share: the staging
 * database's statements, problems with their paths, cycles of parents, placeholders */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-bundle-private.h"

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

/* @more: reading stopped at the limit of problems, so there are more than listed. */
gboolean
_rp_bundle_fail_with_problems (GPtrArray  *problems,
                               gboolean    more,
                               GError    **error)
{
  if (problems->len == 1 && !more)
    g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_INVALID,
                 _("The bundle cannot be imported: %s"), (const char *) problems->pdata[0]);
  else if (more)
    g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_INVALID,
                 _("The bundle cannot be imported: %s (and more than %u other problems; Rapport stopped reading there)"),
                 (const char *) problems->pdata[0], problems->len - 1);
  else
    g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE,
                              "The bundle cannot be imported: %s (and %u more problem)",
                              "The bundle cannot be imported: %s (and %u more problems)",
                              problems->len - 1),
                 (const char *) problems->pdata[0], problems->len - 1);
  return FALSE;
}

char *
_rp_bundle_record_path (const RpKind *kind,
                        gint64        idx,
                        const char   *field)
{
  if (field != NULL)
    return g_strdup_printf ("$.%s[%" G_GINT64_FORMAT "].%s", kind->plural, idx, field);
  return g_strdup_printf ("$.%s[%" G_GINT64_FORMAT "]", kind->plural, idx);
}

void
_rp_bundle_set_sql_error (sqlite3  *db,
                          int       rc,
                          GError  **error)
{
  if (rc == SQLITE_FULL || rc == SQLITE_IOERR || (rc & 0xff) == SQLITE_IOERR)
    g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO,
                 _("There is no room to read the bundle into (the temporary folder is full): %s"),
                 db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  else
    g_set_error (error, RP_BUNDLE_ERROR, RP_BUNDLE_ERROR_IO,
                 _("The bundle could not be read into its preview: %s"), db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

gboolean
_rp_bundle_exec (sqlite3     *db,
                 const char  *sql,
                 GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _rp_bundle_set_sql_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
_rp_bundle_prepare (RpBundle    *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _rp_bundle_set_sql_error (self->db, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* SELECT uuid, created_at, updated_at, the fields… FROM the kind's staging table */
const char *
_rp_bundle_select_sql (const RpKind *kind)
{
  static char **cache;

  if (g_once_init_enter (&cache))
    {
      guint n_kinds;
      const RpKind *const *kinds = rp_kinds (&n_kinds);
      char **array = g_new0 (char *, n_kinds + 1);

      for (guint k = 0; k < n_kinds; k++)
        {
          g_autoptr(GString) sql = g_string_new ("SELECT \"uuid\", \"created_at\", \"updated_at\"");

          for (guint i = 0; i < kinds[k]->n_fields; i++)
            g_string_append_printf (sql, ", \"%s\"", kinds[k]->fields[i].name);
          g_string_append_printf (sql, " FROM \"s_%s\"", kinds[k]->name);
          array[k] = g_string_free (g_steal_pointer (&sql), FALSE);
        }
      g_once_init_leave (&cache, array);
    }
  return cache[rp_kind_get_index (kind)];
}

/* The field by which a record of @kind is part of another of its kind (a strategy's parent). */
const char *
_rp_bundle_self_ref (const RpKind *kind)
{
  for (guint i = 0; i < kind->n_fields; i++)
    if (kind->fields[i].type == RP_FIELD_REF && g_str_equal (kind->fields[i].ref_kind, kind->name))
      return kind->fields[i].name;
  return NULL;
}

/* Follows parents from each record @starts_sql lists (its UUID first), with
 * @parent_sql giving a record's parent (?1 = its UUID). Each record is visited once,
 * marked in a temporary table rather than in memory, so a bundle of millions costs no
 * more than its size. @cycle receives a record of the first cycle found, or NULL. */
gboolean
_rp_bundle_find_cycle (sqlite3     *db,
                       const char  *starts_sql,
                       const char  *parent_sql,
                       char       **cycle,
                       GError     **error)
{
  sqlite3_stmt *starts = NULL, *parent = NULL, *get_mark = NULL, *set_mark = NULL;
  gint64 walk = 0;
  int rc;

  *cycle = NULL;
  if (!_rp_bundle_exec (db, "CREATE TEMP TABLE IF NOT EXISTS rp_walk (uuid TEXT PRIMARY KEY, walk INTEGER) WITHOUT ROWID;"
                            "DELETE FROM temp.rp_walk", error))
    return FALSE;
  rc = sqlite3_prepare_v2 (db, starts_sql, -1, &starts, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, parent_sql, -1, &parent, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT walk FROM temp.rp_walk WHERE uuid = ?1", -1, &get_mark, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "INSERT INTO temp.rp_walk VALUES (?1, ?2)", -1, &set_mark, NULL);

  while (rc == SQLITE_OK && *cycle == NULL && (rc = sqlite3_step (starts)) == SQLITE_ROW)
    {
      g_autofree char *current = g_strdup ((const char *) sqlite3_column_text (starts, 0));

      rc = SQLITE_OK;
      walk++;
      while (current != NULL && rc == SQLITE_OK)
        {
          gint64 mark = 0;

          sqlite3_bind_text (get_mark, 1, current, -1, SQLITE_STATIC);
          if ((rc = sqlite3_step (get_mark)) == SQLITE_ROW)
            mark = sqlite3_column_int64 (get_mark, 0);
          sqlite3_reset (get_mark);
          rc = SQLITE_OK;
          if (mark == walk)
            {
              *cycle = g_steal_pointer (&current);
              break;
            }
          if (mark != 0)
            break; /* walked before, from another start: no cycle that way */
          sqlite3_bind_text (set_mark, 1, current, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (set_mark, 2, walk);
          rc = sqlite3_step (set_mark);
          sqlite3_reset (set_mark);
          if (rc != SQLITE_DONE)
            break;
          rc = SQLITE_OK;
          sqlite3_bind_text (parent, 1, current, -1, SQLITE_STATIC);
          if ((rc = sqlite3_step (parent)) == SQLITE_ROW)
            {
              const char *next = (const char *) sqlite3_column_text (parent, 0);
              char *copy = g_strdup (next);

              g_free (current);
              current = copy;
            }
          else
            g_clear_pointer (&current, g_free);
          sqlite3_reset (parent);
          rc = SQLITE_OK;
        }
    }
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  if (rc != SQLITE_OK)
    _rp_bundle_set_sql_error (db, rc, error);
  sqlite3_finalize (starts);
  sqlite3_finalize (parent);
  sqlite3_finalize (get_mark);
  sqlite3_finalize (set_mark);
  sqlite3_exec (db, "DELETE FROM temp.rp_walk", NULL, NULL, NULL);
  return rc == SQLITE_OK;
}
