/* rp-handouts.c — what staff take away: standards, the philosophy, the framework */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-handouts.h"
#include "rp-evaluation.h"
#include "rp-philosophy.h"

static char *
footer_for (RpStore    *store,
            const char *title)
{
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);

  /* Translators: handout footer, "Harbourline Fibre · Choosing outsourcing partners" */
  return profile ? g_strdup_printf (_("%s · %s"), rp_record_get_string (profile, "company_name"), title)
                 : g_strdup (title);
}

/* A one-page sheet: how the company chooses outsourcing partners and holds them to their KPIs. */
RpDocument *
rp_handout_selection_standards (RpStore *store)
{
  const char *title = _("Choosing and managing outsourcing partners");
  g_autofree char *footer = footer_for (store, title);
  RpDocument *doc = rp_document_new (title, footer);
  g_autoptr(GListModel) criteria = rp_criteria_for_scope (store, "selection");
  g_autoptr(GListModel) rules = rp_store_list (store, "standing_rule", NULL, NULL);
  const double criteria_widths[] = { 0.30, 0.50, 0.10, 0.10 };
  const char *criteria_header[] = { _("Criterion"), _("What it means"), _("Weight"), _("Share"), NULL };
  const double rule_widths[] = { 0.30, 0.30, 0.40 };
  const char *rule_header[] = { _("Standing"), _("Score"), _("What follows"), NULL };
  double total = 0;

  rp_document_title (doc, title);
  rp_document_subtitle (doc, _("Our standards, for every member of staff who deals with an outsourcer"));
  rp_document_paragraph (doc, _("We choose partners who treat our customers as we do, and we hold them to clear, "
                                "measured commitments. Use these standards whenever you evaluate a candidate, "
                                "review a partner's work, or discuss a partner's proposals."));

  rp_document_heading (doc, _("How we choose a partner"));
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(RpRecord) c = g_list_model_get_item (criteria, i);

      total += rp_record_get_real (c, "weight");
    }
  rp_document_table (doc, 4, criteria_widths, criteria_header);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(RpRecord) c = g_list_model_get_item (criteria, i);
      g_autofree char *weight = g_strdup_printf ("%g", rp_record_get_real (c, "weight"));
      g_autofree char *share = g_strdup_printf ("%.0f %%", total > 0 ? 100 * rp_record_get_real (c, "weight") / total : 0);
      const char *cells[] = { rp_record_get_string (c, "name"), rp_record_get_string (c, "description"), weight, share };

      rp_document_row (doc, cells);
    }
  rp_document_note (doc, _("Each evaluator scores a candidate from 1 (poor) to 5 (excellent) on every criterion. "
                           "The weighted total, out of 100, ranks the candidates."));

  rp_document_heading (doc, _("How we hold partners to their commitments"));
  rp_document_paragraph (doc, _("Every month each partner's KPIs are scored against the target in force that "
                                "month. The score decides the partner's standing; the standing calls for an "
                                "action, which a manager decides and records."));
  rp_document_table (doc, 3, rule_widths, rule_header);
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(RpRecord) r = g_list_model_get_item (rules, i);
      g_autofree char *score = g_strdup_printf (_("%g or more"), rp_record_get_real (r, "min_score"));
      g_autofree char *action = rp_record_format_field (r, rp_kind_field_index (rp_record_get_kind (r), "rule_action"));
      const char *cells[] = { rp_record_get_string (r, "name"), score, action };

      rp_document_row (doc, cells);
    }
  rp_document_heading (doc, _("When you deal with a partner"));
  rp_document_bullet (doc, _("Manage their staff as our own: brief them on our philosophy and our standards."));
  rp_document_bullet (doc, _("Ask for their CRM proposals and judge them on effect and on fit with our principles."));
  rp_document_bullet (doc, _("Record what was agreed, and keep to the review rhythm of each partner."));
  return doc;
}


/* The staff edition: the philosophy in plain words, then each principle with why it matters. */
RpDocument *
rp_handout_philosophy (RpStore  *store,
                       RpRecord *philosophy)
{
  g_autofree char *footer = footer_for (store, rp_record_get_string (philosophy, "title"));
  RpDocument *doc = rp_document_new (rp_record_get_string (philosophy, "title"), footer);
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  g_autoptr(GListModel) principles = rp_store_list (store, "principle", "philosophy", rp_record_get_uuid (philosophy));
  const char *edition = rp_record_get_string (philosophy, "staff_edition");

  if (profile != NULL)
    rp_document_subtitle (doc, rp_record_get_string (profile, "company_name"));
  rp_document_title (doc, rp_record_get_string (philosophy, "title"));
  if (g_strcmp0 (rp_record_get_string (philosophy, "status"), "adopted") == 0)
    {
      g_autofree char *line = g_strdup_printf (_("Our customer-relationship philosophy, adopted on %s."),
                                               rp_record_get_string (philosophy, "adopted_on") ?: "—");

      rp_document_note (doc, line);
    }
  else
    {
      g_autofree char *status = rp_record_format_field (philosophy, rp_kind_field_index (rp_record_get_kind (philosophy), "status"));
      g_autofree char *line = g_strdup_printf (_("A candidate philosophy (%s), not adopted."), status);

      rp_document_note (doc, line);
    }

  rp_document_heading (doc, _("In plain words"));
  if (edition != NULL)
    {
      g_auto(GStrv) paragraphs = g_strsplit (edition, "\n", -1);

      for (guint i = 0; paragraphs[i] != NULL; i++)
        if (*g_strstrip (paragraphs[i]) != '\0')
          rp_document_paragraph (doc, paragraphs[i]);
    }
  else if (rp_record_is_set (philosophy, "statement"))
    rp_document_paragraph (doc, rp_record_get_string (philosophy, "statement"));

  rp_document_heading (doc, _("Our principles"));
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) p = g_list_model_get_item (principles, i);

      rp_document_numbered (doc, i + 1, rp_record_get_string (p, "statement"));
      if (rp_record_is_set (p, "rationale"))
        {
          g_autofree char *why = g_strdup_printf (_("Why: %s"), rp_record_get_string (p, "rationale"));

          rp_document_note (doc, why);
        }
    }
  if (rp_record_is_set (philosophy, "statement") && edition != NULL)
    {
      rp_document_heading (doc, _("The statement adopted by management"));
      rp_document_paragraph (doc, rp_record_get_string (philosophy, "statement"));
    }
  return doc;
}
