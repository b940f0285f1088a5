/* rp-finding.c */
#include "config.h"

#include "rp-finding.h"

RpFinding *
rp_finding_new (RpFindingLevel  level,
                const char     *rule,
                const char     *record_kind,
                const char     *record_uuid,
                const char     *format,
                ...)
{
  RpFinding *finding = g_new0 (RpFinding, 1);
  va_list args;

  finding->level = level;
  finding->rule = g_strdup (rule);
  finding->record_kind = g_strdup (record_kind);
  finding->record_uuid = g_strdup (record_uuid);
  va_start (args, format);
  finding->message = g_strdup_vprintf (format, args);
  va_end (args);
  return finding;
}

void
rp_finding_free (RpFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->rule);
  g_free (finding->record_kind);
  g_free (finding->record_uuid);
  g_free (finding->message);
  g_free (finding);
}

GPtrArray *
rp_findings_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rp_finding_free);
}

guint
rp_findings_count (GPtrArray  *findings,
                   const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (rule == NULL || g_strcmp0 (((RpFinding *) findings->pdata[i])->rule, rule) == 0)
      n++;
  return n;
}
