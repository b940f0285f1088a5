/* rp-philosophy.c — adoption steps, duplication and checks of candidate philosophies */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-philosophy.h"
#include "rp-util.h"

RpRecord *
rp_philosophy_get_adopted (RpStore *store)
{
  return rp_store_find (store, "philosophy", "status", "adopted", NULL, NULL);
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
  g_autoptr(RpRecord) event = rp_record_new_for ("philosophy_event", philosophy);
  g_autofree char *today = rp_date_today ();

  rp_record_set_string (event, "step", step);
  rp_record_set_string (event, "decided_by", by);
  rp_record_set_string (event, "decided_on", on ? on : today);
  rp_record_set_string (event, "notes", notes);
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
  rp_record_set_string (philosophy, "status", status);
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
  const char *status = rp_record_get_string (philosophy, "status");

  if (g_strcmp0 (status, "proposed") == 0 || g_strcmp0 (status, "adopted") == 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("This philosophy is already %s."),
                   rp_field_enum_label (rp_kind_get_field (rp_record_get_kind (philosophy), "status"), status));
      return FALSE;
    }
  if (rp_store_count_where (store, "principle", "philosophy", rp_record_get_uuid (philosophy)) == 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("Add at least one principle before proposing the philosophy to management."));
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

  if (g_strcmp0 (rp_record_get_string (philosophy, "status"), "proposed") != 0)
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
  rp_record_set_string (philosophy, "approved_by", approver);
  rp_record_set_string (philosophy, "adopted_on", on ? on : today);
  rp_record_set_string (philosophy, "decision_notes", notes);
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
  if (g_strcmp0 (rp_record_get_string (philosophy, "status"), "retired") == 0)
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
  if (g_strcmp0 (rp_record_get_string (philosophy, "status"), "adopted") == 0)
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
            const char  *link_kind,
            const char  *other_field,
            RpRecord    *from,
            RpRecord    *to,
            GError     **error)
{
  g_autoptr(GListModel) links = rp_store_list (store, link_kind, "principle", rp_record_get_uuid (from));

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(RpRecord) link = g_list_model_get_item (links, i);
      g_autoptr(RpRecord) copy = rp_record_new_for (link_kind, to);

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

  rp_record_set_string (copy, "title", title);
  rp_record_set_string (copy, "status", "draft");
  rp_record_set_string (copy, "approved_by", NULL);
  rp_record_set_string (copy, "adopted_on", NULL);
  rp_record_set_string (copy, "decision_notes", NULL);

  if (!rp_store_begin (store, error))
    return NULL;
  if (!rp_store_save (store, copy, error))
    goto fail;
  principles = rp_store_list (store, "principle", "philosophy", rp_record_get_uuid (philosophy));
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      g_autoptr(RpRecord) new_principle = rp_record_duplicate (principle);

      rp_record_set_string (new_principle, "philosophy", rp_record_get_uuid (copy));
      if (!rp_store_save (store, new_principle, error) ||
          !copy_links (store, "principle_objective", "objective", principle, new_principle, error) ||
          !copy_links (store, "principle_stakeholder", "stakeholder_group", principle, new_principle, error))
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
  return rp_record_get_int (principle, "company_benefit") > rp_record_get_int (principle, "customer_benefit");
}

GPtrArray *
rp_philosophy_findings (RpStore  *store,
                        RpRecord *philosophy)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(GListModel) principles = rp_store_list (store, "principle", "philosophy", rp_record_get_uuid (philosophy));
  g_autoptr(GListModel) objectives = rp_store_list (store, "objective", NULL, NULL);
  g_autoptr(GHashTable) served = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);
      g_autoptr(GListModel) links = rp_store_list (store, "principle_objective", "principle",
                                                   rp_record_get_uuid (principle));
      g_autofree char *text = rp_record_dup_title (principle);
      guint n_links = g_list_model_get_n_items (links);

      for (guint l = 0; l < n_links; l++)
        {
          g_autoptr(RpRecord) link = g_list_model_get_item (links, l);

          g_hash_table_add (served, g_strdup (rp_record_get_string (link, "objective")));
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
                                         i + 1, (int) rp_record_get_int (principle, "company_benefit"),
                                         (int) rp_record_get_int (principle, "customer_benefit"), text));
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
  const char *status = rp_record_get_string (promotion, "status");

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
  promotions = rp_store_list (store, "promotion", "philosophy", rp_record_get_uuid (adopted));
  for (guint i = 0; i < g_list_model_get_n_items (promotions); i++)
    {
      g_autoptr(RpRecord) promotion = g_list_model_get_item (promotions, i);
      GDate due;

      g_date_clear (&due, 1);
      if (is_open_promotion (promotion) &&
          rp_date_parse (rp_record_get_string (promotion, "due_on"), &due) &&
          g_date_compare (&due, today) < 0)
        {
          g_autofree char *title = rp_record_dup_title (promotion);

          g_ptr_array_add (findings,
                           rp_finding_new (RP_FINDING_PROBLEM, "promotion-overdue", "promotion",
                                           rp_record_get_uuid (promotion),
                                           _("Promotion activity “%s” was due on %s."), title,
                                           rp_record_get_string (promotion, "due_on")));
        }
    }
  return findings;
}

gboolean
rp_link_exists (RpStore    *store,
                const char *link_kind,
                const char *field1,
                const char *uuid1,
                const char *field2,
                const char *uuid2)
{
  g_autoptr(RpRecord) link = rp_store_find (store, link_kind, field1, uuid1, field2, uuid2);

  return link != NULL;
}

gboolean
rp_link_toggle (RpStore     *store,
                const char  *link_kind,
                const char  *field1,
                const char  *uuid1,
                const char  *field2,
                const char  *uuid2,
                gboolean     linked,
                GError     **error)
{
  g_autoptr(RpRecord) link = rp_store_find (store, link_kind, field1, uuid1, field2, uuid2);

  if (linked == (link != NULL))
    return TRUE;
  if (link != NULL)
    return rp_store_delete (store, link, NULL, error);
  link = rp_record_new_for (link_kind, NULL);
  rp_record_set_string (link, field1, uuid1);
  rp_record_set_string (link, field2, uuid2);
  return rp_store_save (store, link, error);
}
