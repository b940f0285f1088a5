/* rp-handouts.c — what staff take away: standards, the philosophy, the framework */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-handouts.h"
#include "rp-util.h"
#include "rp-diagram.h"
#include "rp-evaluation.h"
#include "rp-framework.h"
#include "rp-philosophy.h"

static char *
footer_for (RpStore    *store,
            const char *title)
{
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);

  /* Translators: handout footer, "Harbourline Fibre · Choosing outsourcing partners" */
  return profile ? rp_text_printf (_("%s · %s"), rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME), title)
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
  g_autoptr(GListModel) rules = rp_store_list (store, RP_KIND_STANDING_RULE, RP_FIELD_NONE, NULL);
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

      total += rp_record_get_real (c, RP_CRITERION_WEIGHT);
    }
  rp_document_table (doc, 4, criteria_widths, criteria_header);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(RpRecord) c = g_list_model_get_item (criteria, i);
      g_autofree char *weight = g_strdup_printf ("%g", rp_record_get_real (c, RP_CRITERION_WEIGHT));
      g_autofree char *share = g_strdup_printf ("%.0f %%", total > 0 ? 100 * rp_record_get_real (c, RP_CRITERION_WEIGHT) / total : 0);
      const char *cells[] = { rp_record_get_string (c, RP_CRITERION_NAME), rp_record_get_string (c, RP_CRITERION_DESCRIPTION), weight, share };

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
      g_autofree char *score = rp_text_printf (_("%g or more"), rp_record_get_real (r, RP_STANDING_RULE_MIN_SCORE));
      g_autofree char *action = rp_record_format (r, RP_STANDING_RULE_RULE_ACTION);
      const char *cells[] = { rp_record_get_string (r, RP_STANDING_RULE_NAME), score, action };

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
  g_autofree char *footer = footer_for (store, rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE));
  RpDocument *doc = rp_document_new (rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE), footer);
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  g_autoptr(GListModel) principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (philosophy));
  const char *edition = rp_record_get_string (philosophy, RP_PHILOSOPHY_STAFF_EDITION);

  if (profile != NULL)
    rp_document_subtitle (doc, rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME));
  rp_document_title (doc, rp_record_get_string (philosophy, RP_PHILOSOPHY_TITLE));
  if (rp_record_get_enum (philosophy, RP_PHILOSOPHY_STATUS) == RP_PHILOSOPHY_STATUS_ADOPTED)
    {
      g_autofree char *line = rp_text_printf (_("Our customer-relationship philosophy, adopted on %s."),
                                               rp_record_get_string (philosophy, RP_PHILOSOPHY_ADOPTED_ON) ?: "—");

      rp_document_note (doc, line);
    }
  else
    {
      g_autofree char *status = rp_record_format (philosophy, RP_PHILOSOPHY_STATUS);
      g_autofree char *line = rp_text_printf (_("A candidate philosophy (%s), not adopted."), status);

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
  else if (rp_record_is_set (philosophy, RP_PHILOSOPHY_STATEMENT))
    rp_document_paragraph (doc, rp_record_get_string (philosophy, RP_PHILOSOPHY_STATEMENT));

  rp_document_heading (doc, _("Our principles"));
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) p = g_list_model_get_item (principles, i);

      rp_document_numbered (doc, i + 1, rp_record_get_string (p, RP_PRINCIPLE_STATEMENT));
      if (rp_record_is_set (p, RP_PRINCIPLE_RATIONALE))
        {
          g_autofree char *why = rp_text_printf (_("Why: %s"), rp_record_get_string (p, RP_PRINCIPLE_RATIONALE));

          rp_document_note (doc, why);
        }
    }
  if (rp_record_is_set (philosophy, RP_PHILOSOPHY_STATEMENT) && edition != NULL)
    {
      rp_document_heading (doc, _("The statement adopted by management"));
      rp_document_paragraph (doc, rp_record_get_string (philosophy, RP_PHILOSOPHY_STATEMENT));
    }
  return doc;
}

/* The diagram turned a quarter anticlockwise, as landscape pages are printed: its
 * long side runs up the page and the reader turns the page to read it. */
static void
draw_rotated_diagram (cairo_t             *cr,
                      const RpRenderStyle *style,
                      double               width,
                      double               height,
                      gpointer             user_data)
{
  double natural_w, natural_h, scale;

  rp_diagram_get_size (user_data, &natural_w, &natural_h);
  scale = MIN (height / natural_w, width / natural_h);
  cairo_save (cr);
  cairo_translate (cr, (width - natural_h * scale) / 2, natural_w * scale);
  cairo_rotate (cr, -G_PI / 2);
  rp_diagram_draw (user_data, cr, style, natural_w * scale, natural_h * scale);
  cairo_restore (cr);
}

static char *
staff_line (RpStore  *store,
            RpRecord *person)
{
  g_autofree char *details = rp_staff_describe (store, person);

  /* Translators: "Ada Wong — Customer experience manager, our own staff · technical 3 · …" */
  return rp_text_printf (_("%s — %s"), rp_record_get_string (person, RP_STAFF_NAME), details);
}

/* For trainers: a cover with what the framework weighed, the picture, then a page
 * per phase with its activities and the people who carry them out. */
RpDocument *
rp_handout_framework (RpStore  *store,
                      RpRecord *framework)
{
  const char *title = rp_record_get_string (framework, RP_FRAMEWORK_TITLE);
  g_autofree char *footer = footer_for (store, title);
  RpDocument *doc = rp_document_new (title, footer);
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  g_autoptr(GListModel) factors = rp_store_list (store, RP_KIND_FACTOR, RP_FACTOR_FRAMEWORK, rp_record_get_uuid (framework));
  g_autoptr(GListModel) phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  const RpField *factor_kind = rp_field_get (RP_FACTOR_FACTOR_KIND);
  const double widths[] = { 0.34, 0.18, 0.26, 0.22 };
  const char *header[] = { _("Activity"), _("Kind"), _("When and how"), _("Who"), NULL };
  guint n_phases = g_list_model_get_n_items (phases);

  if (profile != NULL)
    rp_document_subtitle (doc, rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME));
  rp_document_title (doc, title);
  rp_document_note (doc, _("Our framework of customer-relationship activities, from before the sale to long after it."));
  if (rp_record_is_set (framework, RP_FRAMEWORK_DESCRIPTION))
    rp_document_paragraph (doc, rp_record_get_string (framework, RP_FRAMEWORK_DESCRIPTION));

  rp_document_heading (doc, _("What we weighed"));
  for (guint k = 0; factor_kind->enum_values[k].nick != NULL; k++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (factors); i++)
        {
          g_autoptr(RpRecord) f = g_list_model_get_item (factors, i);

          if (g_strcmp0 (rp_record_get_string (f, RP_FACTOR_FACTOR_KIND), factor_kind->enum_values[k].nick) != 0)
            continue;
          if (!any)
            rp_document_subheading (doc, _(factor_kind->enum_values[k].label));
          any = TRUE;
          rp_document_bullet (doc, rp_record_get_string (f, RP_FACTOR_DESCRIPTION));
        }
    }
  if (g_list_model_get_n_items (factors) == 0)
    rp_document_note (doc, _("No factors recorded yet."));

  rp_document_heading (doc, _("The phases"));
  for (guint p = 0; p < n_phases; p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
      g_autofree char *days = rp_phase_describe_days (rp_record_get_int (phase, RP_PHASE_START_DAY), rp_record_get_int (phase, RP_PHASE_END_DAY));
      guint n = rp_store_count_where (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));
      g_autofree char *count = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", n), n);
      /* Translators: "Onboarding — Days 0 to +30 — 4 activities" */
      g_autofree char *line = rp_text_printf (_("%s — %s — %s"), rp_record_get_string (phase, RP_PHASE_NAME), days, count);

      rp_document_numbered (doc, p + 1, line);
    }

  rp_document_page_break (doc);
  rp_document_heading (doc, _("The framework at a glance"));
  rp_document_drawing (doc, 640, draw_rotated_diagram, rp_diagram_for_framework (store, framework, FALSE),
                       (GDestroyNotify) rp_diagram_free);

  for (guint p = 0; p < n_phases; p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
      g_autoptr(GListModel) activities = rp_store_list (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));
      g_autofree char *days = rp_phase_describe_days (rp_record_get_int (phase, RP_PHASE_START_DAY), rp_record_get_int (phase, RP_PHASE_END_DAY));
      g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_autoptr(GPtrArray) order = g_ptr_array_new ();
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);

      rp_document_page_break (doc);
      rp_document_heading (doc, rp_record_get_string (phase, RP_PHASE_NAME));
      rp_document_note (doc, days);
      if (rp_record_is_set (phase, RP_PHASE_NOTES))
        rp_document_paragraph (doc, rp_record_get_string (phase, RP_PHASE_NOTES));
      if (g_list_model_get_n_items (activities) == 0)
        {
          rp_document_note (doc, _("No activities in this phase yet."));
          continue;
        }
      rp_document_table (doc, 4, widths, header);
      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(RpRecord) activity = g_list_model_get_item (activities, a);
          g_autoptr(GPtrArray) staff = rp_activity_list_staff (store, activity);
          g_autoptr(GPtrArray) findings = rp_activity_staff_findings (activity, staff);
          g_autofree char *category = rp_record_format (activity, RP_ACTIVITY_CATEGORY);
          const char *description = rp_record_get_string (activity, RP_ACTIVITY_DESCRIPTION);
          g_autofree char *what = description ? g_strdup_printf ("%s\n%s", rp_record_get_string (activity, RP_ACTIVITY_TITLE), description)
                                              : g_strdup (rp_record_get_string (activity, RP_ACTIVITY_TITLE));
          g_autoptr(GString) when = g_string_new (NULL);
          g_autoptr(GString) who = g_string_new (NULL);
          const char *cells[4];

          if (rp_record_is_set (activity, RP_ACTIVITY_TIMING))
            g_string_append (when, rp_record_get_string (activity, RP_ACTIVITY_TIMING));
          if (rp_record_is_set (activity, RP_ACTIVITY_CHANNEL))
            g_string_append_printf (when, "%s%s", when->len ? "\n" : "", rp_record_get_string (activity, RP_ACTIVITY_CHANNEL));
          for (guint i = 0; i < staff->len; i++)
            {
              RpRecord *person = staff->pdata[i];

              g_string_append_printf (who, "%s%s", who->len ? "\n" : "", rp_record_get_string (person, RP_STAFF_NAME));
              if (!g_hash_table_contains (people, rp_record_get_uuid (person)))
                {
                  g_hash_table_insert (people, g_strdup (rp_record_get_uuid (person)), g_object_ref (person));
                  g_ptr_array_add (order, person);
                }
            }
          if (staff->len == 0)
            g_string_append (who, _("Nobody yet"));
          for (guint i = 0; i < findings->len; i++)
            g_ptr_array_add (warnings, g_strdup_printf ("%s: %s", rp_record_get_string (activity, RP_ACTIVITY_TITLE),
                                                        ((RpFinding *) findings->pdata[i])->message));
          cells[0] = what;
          cells[1] = category;
          cells[2] = when->str;
          cells[3] = who->str;
          rp_document_row (doc, cells);
        }
      if (order->len > 0)
        {
          rp_document_subheading (doc, _("The people in this phase"));
          for (guint i = 0; i < order->len; i++)
            {
              g_autofree char *line = staff_line (store, order->pdata[i]);

              rp_document_bullet (doc, line);
            }
        }
      if (warnings->len > 0)
        {
          rp_document_subheading (doc, _("Staffing to put right"));
          for (guint i = 0; i < warnings->len; i++)
            rp_document_bullet (doc, warnings->pdata[i]);
        }
    }
  return doc;
}
