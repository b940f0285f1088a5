/* rp-cadence.c — when the next review is due */
#include "config.h"

#include "rp-cadence.h"
#include "rp-util.h"

/* Months are calendar months: 31 January + 1 month is the last day of February,
 * 29 February + 1 year is 28 February (GDate clamps to the month's end). */
gboolean
rp_cadence_next (const char  *cadence,
                 int          every_days,
                 const GDate *from,
                 GDate       *next)
{
  int months = 0;

  if (from == NULL || !g_date_valid (from))
    return FALSE;
  *next = *from;
  if (g_strcmp0 (cadence, "monthly") == 0)
    months = 1;
  else if (g_strcmp0 (cadence, "quarterly") == 0)
    months = 3;
  else if (g_strcmp0 (cadence, "half_yearly") == 0)
    months = 6;
  else if (g_strcmp0 (cadence, "yearly") == 0)
    months = 12;
  else if (g_strcmp0 (cadence, "days") == 0)
    {
      if (every_days < 1)
        return FALSE;
      g_date_add_days (next, every_days);
      return TRUE;
    }
  else
    return FALSE;
  g_date_add_months (next, months);
  return TRUE;
}

/* The latest review's own "next review" date wins; otherwise the rhythm counts on
 * from the latest review, or from the endorsement (strategies) or the record's
 * creation when there has been none. */
gboolean
rp_review_next_due (RpStore   *store,
                    RpRecord  *subject,
                    GDate     *due,
                    RpRecord **last_review)
{
  const char *kind = rp_record_get_kind (subject)->name;
  g_autoptr(GListModel) reviews = rp_store_list (store, RP_KIND_REVIEW, rp_kind_field_id (rp_kind_get (RP_KIND_REVIEW), kind), rp_record_get_uuid (subject));
  g_autoptr(RpRecord) latest = NULL;
  GDate from;

  g_date_clear (&from, 1);
  g_date_clear (due, 1);
  /* Reviews are listed newest first. */
  if (g_list_model_get_n_items (reviews) > 0)
    latest = g_list_model_get_item (reviews, 0);
  if (last_review != NULL)
    *last_review = latest ? g_object_ref (latest) : NULL;

  if (latest != NULL && rp_date_parse (rp_record_get_string (latest, RP_REVIEW_NEXT_REVIEW_ON), due))
    return TRUE;
  if (latest != NULL)
    rp_date_parse (rp_record_get_string (latest, RP_REVIEW_HELD_ON), &from);
  else if (rp_record_get_kind_id (subject) == RP_KIND_STRATEGY &&
           rp_date_parse (rp_record_get_string (subject, RP_STRATEGY_ENDORSED_ON), &from))
    ;
  else if (rp_record_get_created_at (subject) != NULL)
    {
      g_autofree char *date = g_strndup (rp_record_get_created_at (subject), 10);

      rp_date_parse (date, &from);
    }
  return rp_cadence_next (rp_record_get_string (subject, rp_kind_field_id (rp_record_get_kind (subject), "cadence")),
                          (int) rp_record_get_int (subject, rp_kind_field_id (rp_record_get_kind (subject), "cadence_days")),
                          &from, due);
}
