/* rp-finding.c */
#include "config.h"

#include "rp-finding.h"
#include "rp-util.h"

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
  finding->days = RP_FINDING_UNDATED;
  va_start (args, format);
  finding->message = rp_text_vprintf (format, args);
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

RpFinding *
rp_finding_copy (const RpFinding *finding)
{
  RpFinding *copy = g_new0 (RpFinding, 1);

  *copy = *finding;
  copy->rule = g_strdup (finding->rule);
  copy->record_kind = g_strdup (finding->record_kind);
  copy->record_uuid = g_strdup (finding->record_uuid);
  copy->message = g_strdup (finding->message);
  return copy;
}

/* Dated findings: the longer overdue, the more urgent. */
void
rp_finding_set_days (RpFinding *finding,
                     int        days)
{
  finding->days = days;
  finding->urgency = -days;
}

/* Most urgent first: problems before warnings before the rest, then by urgency. For
 * g_ptr_array_sort(). */
int
rp_finding_compare (gconstpointer a,
                    gconstpointer b)
{
  const RpFinding *fa = *(const RpFinding *const *) a;
  const RpFinding *fb = *(const RpFinding *const *) b;

  if (fa->level != fb->level)
    return fa->level > fb->level ? -1 : 1;
  if (fa->urgency != fb->urgency)
    return fa->urgency > fb->urgency ? -1 : 1;
  return g_strcmp0 (fa->message, fb->message);
}
