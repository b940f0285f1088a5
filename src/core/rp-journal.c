/* rp-journal.c — reading the journal a page at a time, newest first
 *
 * The view asks for the number of entries a filter matches and then for pages
 * as they scroll into sight, so 100,000 entries cost no more than the rows shown.
 * Newest first is rowid order backwards: entries are only ever appended.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-journal.h"
#include "rp-store-private.h"
#include "rp-util.h"

void
rp_journal_filter_clear (RpJournalFilter *filter)
{
  g_clear_pointer (&filter->kind, g_free);
  g_clear_pointer (&filter->who, g_free);
  g_clear_pointer (&filter->since, g_free);
  g_clear_pointer (&filter->until, g_free);
  g_clear_pointer (&filter->search, g_free);
}

void
rp_journal_entry_free (RpJournalEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->created_at);
  g_free (entry->who);
  g_free (entry->record_kind);
  g_free (entry->record_uuid);
  g_free (entry->action);
  g_free (entry->summary);
  g_free (entry);
}

gboolean
rp_journal_filter_check (const RpJournalFilter  *filter,
                         GError                **error)
{
  GDate since, until;

  if (filter->since != NULL && !rp_date_parse (filter->since, &since))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("“%s” is not a date written as YYYY-MM-DD."), filter->since);
      return FALSE;
    }
  if (filter->until != NULL && !rp_date_parse (filter->until, &until))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("“%s” is not a date written as YYYY-MM-DD."), filter->until);
      return FALSE;
    }
  if (filter->since != NULL && filter->until != NULL && g_date_compare (&since, &until) > 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("The range starts on %s, after it ends on %s."), filter->since, filter->until);
      return FALSE;
    }
  return TRUE;
}

static gboolean
has_ideographs (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
          script == G_UNICODE_SCRIPT_KATAKANA || script == G_UNICODE_SCRIPT_HANGUL)
        return TRUE;
    }
  return FALSE;
}

/* The words a person typed: runs of letters, digits and marks. */
static GPtrArray *
typed_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);
  const char *p = text ? text : "";

  for (;;)
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        g_string_append_unichar (word, c);
      else if (word->len > 0)
        {
          g_ptr_array_add (words, g_strdup (word->str));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
      p = g_utf8_next_char (p);
    }
  g_string_free (word, TRUE);
  return words;
}

/* The first instant of a local day, as the journal's UTC timestamps are written. */
static char *
local_day_start (const char *date,
                 int         plus_days)
{
  GDate d;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (!rp_date_parse (date, &d))
    return NULL;
  g_date_add_days (&d, plus_days);
  local = g_date_time_new_local (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d), 0, 0, 0);
  utc = g_date_time_to_utc (local);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.000Z");
}

typedef struct {
  GString   *where;
  GPtrArray *params;
} Query;

static void
query_build (Query                 *q,
             const RpJournalFilter *filter)
{
  q->where = g_string_new ("");
  q->params = g_ptr_array_new_with_free_func (g_free);
  if (filter == NULL)
    return;
  if (filter->kind != NULL)
    {
      g_ptr_array_add (q->params, g_strdup (filter->kind));
      /* Notes are a kind of their own, whatever record they are about */
      if (g_str_equal (filter->kind, "note"))
        g_string_append_printf (q->where, " AND (e.record_kind = ?%u OR e.action = 'note')", q->params->len);
      else
        g_string_append_printf (q->where, " AND e.record_kind = ?%u AND e.action != 'note'", q->params->len);
    }
  if (filter->who != NULL)
    {
      g_ptr_array_add (q->params, g_strdup (filter->who));
      g_string_append_printf (q->where, " AND e.who = ?%u", q->params->len);
    }
  if (filter->since != NULL)
    {
      g_ptr_array_add (q->params, local_day_start (filter->since, 0));
      g_string_append_printf (q->where, " AND e.created_at >= ?%u", q->params->len);
    }
  if (filter->until != NULL)
    {
      g_ptr_array_add (q->params, local_day_start (filter->until, 1));
      g_string_append_printf (q->where, " AND e.created_at < ?%u", q->params->len);
    }
  if (filter->search != NULL)
    {
      g_autoptr(GPtrArray) words = typed_words (filter->search);

      /* Every word is required. A word is found by the word index (the last typed as the
       * start of a word) or, from three characters, anywhere inside the text by the
       * character index: Chinese has no spaces, and "由Raj跟進" is one word to unicode61.
       * Shorter Chinese words go by LIKE. */
      for (guint i = 0; i < words->len; i++)
        {
          const char *word = words->pdata[i];
          gboolean last = i + 1 == words->len;
          gboolean ideographs = has_ideographs (word);
          glong length = g_utf8_strlen (word, -1);

          g_string_append (q->where, " AND (");
          if (!ideographs)
            {
              g_ptr_array_add (q->params, g_strdup_printf ("\"%s\"%s", word, last ? "*" : ""));
              g_string_append_printf (q->where, "e.id IN (SELECT rowid FROM journal_search WHERE journal_search MATCH ?%u)",
                                      q->params->len);
            }
          if (length >= 3)
            {
              g_ptr_array_add (q->params, g_strdup_printf ("\"%s\"", word));
              g_string_append_printf (q->where, "%se.id IN (SELECT rowid FROM journal_search_characters "
                                                "WHERE journal_search_characters MATCH ?%u)",
                                      ideographs ? "" : " OR ", q->params->len);
            }
          else if (ideographs)
            {
              /* Letters and marks only: nothing in the word is a LIKE wildcard */
              g_ptr_array_add (q->params, g_strdup_printf ("%%%s%%", word));
              g_string_append_printf (q->where, "e.summary LIKE ?%u OR e.who LIKE ?%u", q->params->len, q->params->len);
            }
          g_string_append_c (q->where, ')');
        }
    }
}

static void
query_clear (Query *q)
{
  g_string_free (q->where, TRUE);
  g_ptr_array_unref (q->params);
}

static sqlite3_stmt *
query_prepare (RpStore     *store,
               Query       *q,
               const char  *head,
               const char  *tail,
               GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("%s FROM journal_entry e WHERE 1%s%s", head, q->where->str, tail);
  sqlite3_stmt *stmt = _rp_store_prepare (store, sql, error);

  for (guint i = 0; stmt != NULL && i < q->params->len; i++)
    sqlite3_bind_text (stmt, (int) i + 1, q->params->pdata[i], -1, SQLITE_TRANSIENT);
  return stmt;
}

guint
rp_journal_count (RpStore                *store,
                  const RpJournalFilter  *filter,
                  GError                **error)
{
  Query q;
  sqlite3_stmt *stmt;
  guint n = 0;

  if (filter != NULL && !rp_journal_filter_check (filter, error))
    return 0;
  query_build (&q, filter);
  stmt = query_prepare (store, &q, "SELECT count(*)", "", error);
  if (stmt != NULL)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = (guint) sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  query_clear (&q);
  return n;
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? g_strdup (text) : NULL;
}

GPtrArray *
rp_journal_fetch (RpStore                *store,
                  const RpJournalFilter  *filter,
                  guint                   offset,
                  guint                   limit,
                  GError                **error)
{
  GPtrArray *entries;
  g_autofree char *tail = NULL;
  sqlite3_stmt *stmt;
  Query q;
  int rc;

  if (filter != NULL && !rp_journal_filter_check (filter, error))
    return NULL;
  query_build (&q, filter);
  tail = g_strdup_printf (" ORDER BY e.id DESC LIMIT %u OFFSET %u", limit, offset);
  stmt = query_prepare (store, &q, "SELECT e.id, e.created_at, e.who, e.record_kind, e.record_uuid, e.action, e.summary",
                        tail, error);
  query_clear (&q);
  if (stmt == NULL)
    return NULL;
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_journal_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpJournalEntry *entry = g_new0 (RpJournalEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->created_at = column_text (stmt, 1);
      entry->who = column_text (stmt, 2);
      entry->record_kind = column_text (stmt, 3);
      entry->record_uuid = column_text (stmt, 4);
      entry->action = column_text (stmt, 5);
      entry->summary = column_text (stmt, 6);
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _rp_store_set_error (store, rc, _("Could not read the journal"), error);
      g_ptr_array_unref (entries);
      return NULL;
    }
  return entries;
}

static char **
distinct (RpStore    *store,
          const char *sql)
{
  GPtrArray *values = g_ptr_array_new ();
  sqlite3_stmt *stmt = _rp_store_prepare (store, sql, NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (values, column_text (stmt, 0));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  g_ptr_array_add (values, NULL);
  return (char **) g_ptr_array_free (values, FALSE);
}

char **
rp_journal_people (RpStore *store)
{
  return distinct (store, "SELECT DISTINCT who FROM journal_entry WHERE who IS NOT NULL ORDER BY who");
}

char **
rp_journal_kinds (RpStore *store)
{
  /* Notes count as their own kind, whatever record they are about */
  return distinct (store, "SELECT DISTINCT CASE WHEN action = 'note' THEN 'note' ELSE record_kind END AS k "
                          "FROM journal_entry ORDER BY k");
}

/* A check-back note: an entry like any other, about a record or about nothing in particular. */
gboolean
rp_journal_add_note (RpStore     *store,
                     const char  *record_kind,
                     const char  *record_uuid,
                     const char  *text,
                     GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));

  if (*clean == '\0')
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("A note needs some text."));
      return FALSE;
    }
  return rp_store_log (store, record_kind ? record_kind : "note", record_uuid, "note", clean, error);
}

/* A CSV field (RFC 4180), and never a formula when a spreadsheet opens it. */
char *
rp_csv_cell (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean quote;

  if (text == NULL)
    return g_string_free (out, FALSE);
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    g_string_append_c (out, '\'');
  g_string_append (out, text);
  quote = strpbrk (out->str, ",\"\r\n") != NULL;
  if (quote)
    {
      GString *quoted = g_string_new ("\"");

      for (const char *p = out->str; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (quoted, '"');
          g_string_append_c (quoted, *p);
        }
      g_string_append_c (quoted, '"');
      g_string_free (out, TRUE);
      return g_string_free (quoted, FALSE);
    }
  return g_string_free (out, FALSE);
}

/* The filtered journal as CSV, newest first, read a page at a time. */
GString *
rp_journal_csv (RpStore                *store,
                const RpJournalFilter  *filter,
                GError                **error)
{
  GString *csv = g_string_new ("when,who,record_kind,record_uuid,action,summary\r\n");
  const guint page = 2000;

  for (guint offset = 0;; offset += page)
    {
      g_autoptr(GPtrArray) entries = rp_journal_fetch (store, filter, offset, page, error);

      if (entries == NULL)
        {
          g_string_free (csv, TRUE);
          return NULL;
        }
      for (guint i = 0; i < entries->len; i++)
        {
          RpJournalEntry *e = entries->pdata[i];
          const char *fields[] = { e->created_at, e->who, e->record_kind, e->record_uuid, e->action, e->summary };

          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            {
              g_autofree char *cell = rp_csv_cell (fields[f]);

              g_string_append_printf (csv, "%s%s", f ? "," : "", cell);
            }
          g_string_append (csv, "\r\n");
        }
      if (entries->len < page)
        break;
    }
  return csv;
}

gboolean
rp_journal_write_csv (RpStore                *store,
                      const RpJournalFilter  *filter,
                      const char             *path,
                      GError                **error)
{
  GString *csv = rp_journal_csv (store, filter, error);
  gboolean ok;

  if (csv == NULL)
    return FALSE;
  ok = rp_write_file (path, csv->str, csv->len, error);
  g_string_free (csv, TRUE);
  return ok;
}
