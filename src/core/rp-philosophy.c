/* rp-philosophy.c — adoption steps, duplication and checks of candidate philosophies */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rp-philosophy.h"
#include "rp-util.h"

RpRecord *
rp_philosophy_get_adopted (RpStore *store)
{
  return rp_store_find (store, RP_KIND_PHILOSOPHY, RP_PHILOSOPHY_STATUS, "adopted", RP_FIELD_NONE, NULL);
}

static gboolean
record_step (RpStore     *store,
             RpRecord    *philosophy,
             const char  *step,
             const char  *by,
             const char  *on,
             const char  *notes,
             GError     **error)
{
  g_autoptr(RpRecord) event = rp_record_new_for (RP_KIND_PHILOSOPHY_EVENT, philosophy);
  g_autofree char *today = rp_date_today ();

  rp_record_set_string (event, RP_PHILOSOPHY_EVENT_STEP, step);
  rp_record_set_string (event, RP_PHILOSOPHY_EVENT_DECIDED_BY, by);
  rp_record_set_string (event, RP_PHILOSOPHY_EVENT_DECIDED_ON, on ? on : today);
  rp_record_set_string (event, RP_PHILOSOPHY_EVENT_NOTES, notes);
  return rp_store_save (store, event, error);
}

static gboolean
change_status (RpStore     *store,
               RpRecord    *philosophy,
               const char  *status,
               const char  *step,
               const char  *by,
               const char  *on,
               const char  *notes,
               GError     **error)
{
  g_autofree char *title = rp_record_dup_title (philosophy);
  g_autofree char *summary = NULL;
  const char *label = rp_field_enum_label (rp_kind_get_field (rp_record_get_kind (philosophy), "status"), status);

  /* Translators: "Philosophy “Customers first” is now Adopted" */
  summary = g_strdup_printf (_("Philosophy “%s” is now %s"), title, label);
  rp_record_set_string (philosophy, RP_PHILOSOPHY_STATUS, status);
  return rp_store_save_as (store, philosophy, step, summary, error) &&
         record_step (store, philosophy, step, by, on, notes, error);
}

gboolean
rp_philosophy_propose (RpStore     *store,
                       RpRecord    *philosophy,
                       const char  *by,
                       const char  *on,
                       const char  *notes,
                       GError     **error)
{
  const char *status = rp_record_get_string (philosophy, RP_PHILOSOPHY_STATUS);

  if (g_strcmp0 (status, "proposed") == 0 || g_strcmp0 (status, "adopted") == 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("This philosophy is already %s."),
                   rp_field_enum_label (rp_kind_get_field (rp_record_get_kind (philosophy), "status"), status));
      return FALSE;
    }
  if (rp_store_count_where (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (philosophy)) == 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("Add at least one principle before proposing the philosophy to management."));
      return FALSE;
    }
  if (by == NULL || *by == '\0')
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("Say who proposes it."));
      return FALSE;
    }
  if (!rp_store_begin (store, error))
    return FALSE;
  if (!change_status (store, philosophy, "proposed", "proposed", by, on, notes, error))
    {
      rp_store_rollback (store);
      return FALSE;
    }
  return rp_store_commit (store, error);
}

/* The date of the latest @step of @philosophy's history, or NULL */
static char *
latest_step_on (RpStore    *store,
                RpRecord   *philosophy,
                const char *step)
{
  g_autoptr(GListModel) events = rp_store_list (store, RP_KIND_PHILOSOPHY_EVENT, RP_PHILOSOPHY_EVENT_PHILOSOPHY,
                                                rp_record_get_uuid (philosophy));
  char *latest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RpRecord) event = g_list_model_get_item (events, i);
      const char *on = rp_record_get_string (event, RP_PHILOSOPHY_EVENT_DECIDED_ON);

      if (g_strcmp0 (rp_record_get_string (event, RP_PHILOSOPHY_EVENT_STEP), step) == 0 && on != NULL &&
          g_strcmp0 (on, latest) > 0)
        {
          g_free (latest);
          latest = g_strdup (on);
        }
    }
  return latest;
}

gboolean
rp_philosophy_adopt (RpStore     *store,
                     RpRecord    *philosophy,
                     const char  *approver,
                     const char  *on,
                     const char  *notes,
                     GError     **error)
{
  g_autoptr(RpRecord) previous = NULL;
  g_autofree char *today = rp_date_today ();

  if (rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) != RP_PHILOSOPHY_STATUS_PROPOSED)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("Only a proposed philosophy can be adopted: propose it to management first."));
      return FALSE;
    }
  if (approver == NULL || *approver == '\0')
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("Say who approved the adoption."));
      return FALSE;
    }
  if (on != NULL && !rp_date_parse (on, NULL))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("The adoption date must be written as YYYY-MM-DD, not “%s”."), on);
      return FALSE;
    }
  /* Adopted on or after the day it was proposed */
  {
    g_autofree char *proposed = latest_step_on (store, philosophy, "proposed");
    const char *adopted = on ? on : today;

    if (proposed != NULL && strcmp (adopted, proposed) < 0)
      {
        g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                     _("The adoption date (%s) comes before the philosophy was proposed (%s)."), adopted, proposed);
        return FALSE;
      }
  }

  if (!rp_store_begin (store, error))
    return FALSE;
  previous = rp_philosophy_get_adopted (store);
  if (previous != NULL)
    {
      g_autofree char *title = rp_record_dup_title (philosophy);
      g_autofree char *why = g_strdup_printf (_("Replaced by “%s”."), title);

      if (!change_status (store, previous, "retired", "retired", approver, on, why, error))
        goto fail;
    }
  rp_record_set_string (philosophy, RP_PHILOSOPHY_APPROVED_BY, approver);
  rp_record_set_string (philosophy, RP_PHILOSOPHY_ADOPTED_ON, on ? on : today);
  rp_record_set_string (philosophy, RP_PHILOSOPHY_DECISION_NOTES, notes);
  if (!change_status (store, philosophy, "adopted", "adopted", approver, on, notes, error))
    goto fail;
  return rp_store_commit (store, error);

fail:
  rp_store_rollback (store);
  return FALSE;
}

gboolean
rp_philosophy_retire (RpStore     *store,
                      RpRecord    *philosophy,
                      const char  *by,
                      const char  *on,
                      const char  *notes,
                      GError     **error)
{
  if (rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) == RP_PHILOSOPHY_STATUS_RETIRED)
    return TRUE;
  if (!rp_store_begin (store, error))
    return FALSE;
  if (!change_status (store, philosophy, "retired", "retired", by, on, notes, error))
    {
      rp_store_rollback (store);
      return FALSE;
    }
  return rp_store_commit (store, error);
}

gboolean
rp_philosophy_withdraw (RpStore     *store,
                        RpRecord    *philosophy,
                        const char  *by,
                        const char  *on,
                        const char  *notes,
                        GError     **error)
{
  if (rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) == RP_PHILOSOPHY_STATUS_ADOPTED)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("The adopted philosophy cannot go back to draft; adopt another one or retire it."));
      return FALSE;
    }
  if (!rp_store_begin (store, error))
    return FALSE;
  if (!change_status (store, philosophy, "draft", "withdrawn", by, on, notes, error))
    {
      rp_store_rollback (store);
      return FALSE;
    }
  return rp_store_commit (store, error);
}

static gboolean
copy_links (RpStore     *store,
            RpFieldId    principle_field,
            RpFieldId    other_field,
            RpRecord    *from,
            RpRecord    *to,
            GError     **error)
{
  g_autoptr(GListModel) links = rp_store_list (store, RP_FIELD_KIND (principle_field), principle_field,
                                               rp_record_get_uuid (from));

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(RpRecord) link = g_list_model_get_item (links, i);
      g_autoptr(RpRecord) copy = rp_record_new_for (RP_FIELD_KIND (principle_field), to);

      rp_record_set_string (copy, other_field, rp_record_get_string (link, other_field));
      if (!rp_store_save (store, copy, error))
        return FALSE;
    }
  return TRUE;
}

/* "Start from this one": the text and principles, not the decisions about the original. */
RpRecord *
rp_philosophy_duplicate (RpStore     *store,
                         RpRecord    *philosophy,
                         const char  *title,
                         GError     **error)
{
  g_autoptr(RpRecord) copy = rp_record_duplicate (philosophy);
  g_autoptr(GListModel) principles = NULL;

  rp_record_set_string (copy, RP_PHILOSOPHY_TITLE, title);
  rp_record_set_enum (copy, RP_PHILOSOPHY_STATUS, RP_PHILOSOPHY_STATUS_DRAFT);
  rp_record_set_string (copy, RP_PHILOSOPHY_APPROVED_BY, NULL);
  rp_record_set_string (copy, RP_PHILOSOPHY_ADOPTED_ON, NULL);
  rp_record_set_string (copy, RP_PHILOSOPHY_DECISION_NOTES, NULL);

  if (!rp_store_begin (store, error))
    return NULL;
  if (!rp_store_save (store, copy, error))
    goto fail;
  principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (philosophy));
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      g_autoptr(RpRecord) new_principle = rp_record_duplicate (principle);

      rp_record_set_string (new_principle, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (copy));
      if (!rp_store_save (store, new_principle, error) ||
          !copy_links (store, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, RP_PRINCIPLE_OBJECTIVE_OBJECTIVE,
                       principle, new_principle, error) ||
          !copy_links (store, RP_PRINCIPLE_STAKEHOLDER_PRINCIPLE, RP_PRINCIPLE_STAKEHOLDER_STAKEHOLDER_GROUP,
                       principle, new_principle, error))
        goto fail;
    }
  if (!rp_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&copy);

fail:
  rp_store_rollback (store);
  return NULL;
}

/* The seed: geared to the customers' benefit, in balance with the company's. */
gboolean
rp_principle_favours_company (RpRecord *principle)
{
  return rp_record_get_int (principle, RP_PRINCIPLE_COMPANY_BENEFIT) > rp_record_get_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT);
}

GPtrArray *
rp_philosophy_findings (RpStore  *store,
                        RpRecord *philosophy)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(GListModel) principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (philosophy));
  g_autoptr(GListModel) objectives = rp_store_list (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
  g_autoptr(GHashTable) served = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      g_autoptr(GListModel) links = rp_store_list (store, RP_KIND_PRINCIPLE_OBJECTIVE, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE,
                                                   rp_record_get_uuid (principle));
      g_autofree char *text = rp_record_dup_title (principle);
      guint n_links = g_list_model_get_n_items (links);

      for (guint l = 0; l < n_links; l++)
        {
          g_autoptr(RpRecord) link = g_list_model_get_item (links, l);

          g_hash_table_add (served, g_strdup (rp_record_get_string (link, RP_PRINCIPLE_OBJECTIVE_OBJECTIVE)));
        }
      if (n_links == 0)
        g_ptr_array_add (findings,
                         rp_finding_new (RP_FINDING_WARNING, "principle-serves-no-objective", "principle",
                                         rp_record_get_uuid (principle),
                                         _("Principle %u serves none of the corporate objectives: “%s”."), i + 1, text));
      if (rp_principle_favours_company (principle))
        g_ptr_array_add (findings,
                         rp_finding_new (RP_FINDING_WARNING, "principle-favours-company", "principle",
                                         rp_record_get_uuid (principle),
                                         _("Principle %u favours the company over its customers (company %d, customers %d): “%s”."),
                                         i + 1, (int) rp_record_get_int (principle, RP_PRINCIPLE_COMPANY_BENEFIT),
                                         (int) rp_record_get_int (principle, RP_PRINCIPLE_CUSTOMER_BENEFIT), text));
    }
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(RpRecord) objective = g_list_model_get_item (objectives, i);

      if (!g_hash_table_contains (served, rp_record_get_uuid (objective)))
        {
          g_autofree char *title = rp_record_dup_title (objective);

          g_ptr_array_add (findings,
                           rp_finding_new (RP_FINDING_WARNING, "objective-unserved", "objective",
                                           rp_record_get_uuid (objective),
                                           _("No principle serves the objective “%s”."), title));
        }
    }
  return findings;
}

static gboolean
is_open_promotion (RpRecord *promotion)
{
  const char *status = rp_record_get_string (promotion, RP_PROMOTION_STATUS);

  return g_strcmp0 (status, "done") != 0 && g_strcmp0 (status, "cancelled") != 0;
}

/* Promotion activities of the adopted philosophy that are past their due date. */
GPtrArray *
rp_promotion_findings (RpStore     *store,
                       const GDate *today)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (store);
  g_autoptr(GListModel) promotions = NULL;

  if (adopted == NULL)
    return findings;
  promotions = rp_store_list (store, RP_KIND_PROMOTION, RP_PROMOTION_PHILOSOPHY, rp_record_get_uuid (adopted));
  for (guint i = 0; i < g_list_model_get_n_items (promotions); i++)
    {
      g_autoptr(RpRecord) promotion = g_list_model_get_item (promotions, i);
      GDate due;

      g_date_clear (&due, 1);
      if (is_open_promotion (promotion) &&
          rp_date_parse (rp_record_get_string (promotion, RP_PROMOTION_DUE_ON), &due) &&
          g_date_compare (&due, today) < 0)
        {
          g_autofree char *title = rp_record_dup_title (promotion);

          g_ptr_array_add (findings,
                           rp_finding_new (RP_FINDING_PROBLEM, "promotion-overdue", "promotion",
                                           rp_record_get_uuid (promotion),
                                           _("Promotion activity “%s” was due on %s."), title,
                                           rp_record_get_string (promotion, RP_PROMOTION_DUE_ON)));
        }
    }
  return findings;
}

gboolean
rp_link_exists (RpStore    *store,
                RpFieldId   field1,
                const char *uuid1,
                RpFieldId   field2,
                const char *uuid2)
{
  g_autoptr(RpRecord) link = NULL;

  g_return_val_if_fail (RP_FIELD_KIND (field1) == RP_FIELD_KIND (field2), FALSE);
  link = rp_store_find (store, RP_FIELD_KIND (field1), field1, uuid1, field2, uuid2);

  return link != NULL;
}

gboolean
rp_link_toggle (RpStore     *store,
                RpFieldId    field1,
                const char  *uuid1,
                RpFieldId    field2,
                const char  *uuid2,
                gboolean     linked,
                GError     **error)
{
  g_autoptr(RpRecord) link = NULL;

  g_return_val_if_fail (RP_FIELD_KIND (field1) == RP_FIELD_KIND (field2), FALSE);
  link = rp_store_find (store, RP_FIELD_KIND (field1), field1, uuid1, field2, uuid2);
  if (linked == (link != NULL))
    return TRUE;
  if (link != NULL)
    return rp_store_delete (store, link, NULL, error);
  link = rp_record_new_for (RP_FIELD_KIND (field1), NULL);
  rp_record_set_string (link, field1, uuid1);
  rp_record_set_string (link, field2, uuid2);
  return rp_store_save (store, link, error);
}
