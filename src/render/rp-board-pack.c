/* rp-board-pack.c — the board pack: candidate philosophies for management's meeting, the
 * evaluation criterion by criterion and the principles side by side, differences marked
 * in words (never by colour alone) so that a printed copy says the same */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-board-pack.h"
#include "rp-util.h"

static char *
evaluator_name (RpBoardEvaluation *e)
{
  return g_strdup (e->evaluator != NULL && *e->evaluator != '\0' ? e->evaluator : _("Unnamed evaluator"));
}

/* "4.5 — Board 5, Staff council 4 ★" */
static char *
criterion_cell (RpBoardPack *pack,
                guint        c,
                guint        k)
{
  RpBoardCandidate *candidate = pack->candidates->pdata[c];
  GString *cell = g_string_new (NULL);

  if (isnan (candidate->mean[k]))
    g_string_append (cell, _("not scored"));
  else
    g_string_append_printf (cell, "%.1f", candidate->mean[k]);
  for (guint e = 0; e < candidate->evaluations->len; e++)
    {
      RpBoardEvaluation *line = candidate->evaluations->pdata[e];
      g_autofree char *who = evaluator_name (line);

      if (line->scores[k] > 0)
        g_string_append_printf (cell, "%s%s %d", e == 0 ? " — " : ", ", who, line->scores[k]);
    }
  if (rp_board_pack_best_for (pack, k) == (int) c)
    g_string_append (cell, " ★");
  return g_string_free (cell, FALSE);
}

static char *
total_cell (RpBoardPack *pack,
            guint        c)
{
  RpBoardCandidate *candidate = pack->candidates->pdata[c];
  GString *cell = g_string_new (NULL);

  if (isnan (candidate->total))
    g_string_append (cell, _("not evaluated"));
  else
    g_string_append_printf (cell, "%.0f", candidate->total);
  for (guint e = 0; e < candidate->evaluations->len; e++)
    {
      RpBoardEvaluation *line = candidate->evaluations->pdata[e];
      g_autofree char *who = evaluator_name (line);

      if (!isnan (line->total))
        g_string_append_printf (cell, "%s%s %.0f", e == 0 ? " — " : ", ", who, line->total);
    }
  if (pack->best == (int) c)
    g_string_append (cell, " ★");
  return g_string_free (cell, FALSE);
}

/* A rating of another candidate, with how it differs from the first's: "3 (−1)" */
static char *
rating_cell (int value,
             int base,
             gboolean is_base)
{
  if (value == 0)
    return g_strdup ("—");
  if (is_base || base == 0 || value == base)
    return g_strdup_printf ("%d", value);
  return g_strdup_printf ("%d (%s%d)", value, value > base ? "+" : "−", ABS (value - base));
}

RpDocument *
rp_handout_board_pack (RpStore     *store,
                       RpBoardPack *pack)
{
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);
  const char *title = _("Board pack: choosing our customer-relationship philosophy");
  g_autofree char *footer = profile ? rp_text_printf (_("%s · %s"), rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME), title)
                                    : g_strdup (title);
  RpDocument *doc = rp_document_new (title, footer);
  guint n = pack->candidates->len;
  g_autofree double *widths = g_new0 (double, n + 1);
  g_autofree const char **header = g_new0 (const char *, n + 2);
  g_autofree char *today = rp_date_today ();
  g_autofree char *prepared = NULL;
  const double principle_widths[] = { 0.19, 0.33, 0.13, 0.13, 0.22 };
  const char *principle_header[] = { _("Candidate"), _("Principle"), _("Customers"), _("Company"), _("Rationale"), NULL };

  if (profile != NULL)
    rp_document_subtitle (doc, rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME));
  rp_document_title (doc, title);
  prepared = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate, prepared on %s. ★ marks the highest; (+1) and (−1) compare a rating with the first candidate's.",
                                          "%u candidates, prepared on %s. ★ marks the highest; (+1) and (−1) compare a rating with the first candidate's.", n),
                             n, today);
  rp_document_note (doc, prepared);

  rp_document_heading (doc, _("The candidates"));
  for (guint c = 0; c < n; c++)
    {
      RpBoardCandidate *candidate = pack->candidates->pdata[c];
      g_autofree char *status = rp_record_format (candidate->philosophy, RP_PHILOSOPHY_STATUS);
      g_autofree char *line = isnan (candidate->total)
        ? rp_text_printf (_("%s — %s, not evaluated"), rp_record_get_string (candidate->philosophy, RP_PHILOSOPHY_TITLE), status)
        : rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %s, evaluation %.0f out of 100 (%u evaluation)%s",
                                       "%s — %s, evaluation %.0f out of 100 (%u evaluations)%s", candidate->evaluations->len),
                          rp_record_get_string (candidate->philosophy, RP_PHILOSOPHY_TITLE), status, candidate->total,
                          candidate->evaluations->len, pack->best == (int) c ? " ★" : "");

      rp_document_numbered (doc, c + 1, line);
      if (rp_record_get_string (candidate->philosophy, RP_PHILOSOPHY_STATEMENT) != NULL)
        rp_document_paragraph (doc, rp_record_get_string (candidate->philosophy, RP_PHILOSOPHY_STATEMENT));
    }

  rp_document_heading (doc, _("The evaluation, criterion by criterion"));
  rp_document_paragraph (doc, _("Each cell gives the candidate's average score (1–5) on the criterion, then each evaluator's score. "
                                "The weighted total, out of 100, is 100 × Σ(weight × score) / (5 × Σ weight), averaged over the evaluations."));
  widths[0] = n > 3 ? 0.2 : 0.28;
  header[0] = _("Criterion (weight)");
  for (guint c = 0; c < n; c++)
    {
      widths[c + 1] = (1 - widths[0]) / n;
      header[c + 1] = rp_record_get_string (((RpBoardCandidate *) pack->candidates->pdata[c])->philosophy, RP_PHILOSOPHY_TITLE);
    }
  rp_document_table (doc, n + 1, widths, header);
  for (guint k = 0; k < pack->criteria->len; k++)
    {
      RpRecord *criterion = pack->criteria->pdata[k];
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup_printf ("%s (%g)", rp_record_get_string (criterion, RP_CRITERION_NAME),
                                               rp_record_get_real (criterion, RP_CRITERION_WEIGHT)));
      for (guint c = 0; c < n; c++)
        g_ptr_array_add (cells, criterion_cell (pack, c, k));
      g_ptr_array_add (cells, NULL);
      rp_document_row (doc, (const char *const *) cells->pdata);
    }
  {
    g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

    g_ptr_array_add (cells, g_strdup (_("Weighted total (out of 100)")));
    for (guint c = 0; c < n; c++)
      g_ptr_array_add (cells, total_cell (pack, c));
    g_ptr_array_add (cells, NULL);
    rp_document_row (doc, (const char *const *) cells->pdata);
  }

  rp_document_heading (doc, _("The principles side by side"));
  rp_document_paragraph (doc, _("Principles on the same subject are set together, in the first candidate's order, with their "
                                "benefit to customers and to the company (1–5) and their rationale. A subject on which the "
                                "candidates differ is marked."));
  for (guint i = 0; i < pack->principles->len; i++)
    {
      RpBoardPrinciple *p = pack->principles->pdata[i];
      const char *first = NULL;
      g_autofree char *short_text = NULL;
      g_autofree char *subheading = NULL;

      for (guint c = 0; c < n && first == NULL; c++)
        first = p->statements[c];
      short_text = rp_text_one_line (first, 70);
      subheading = p->differs ? rp_text_printf (_("%u. %s — the candidates differ"), i + 1, short_text)
                              : rp_text_printf (_("%u. %s — the same in every candidate"), i + 1, short_text);
      rp_document_subheading (doc, subheading);
      rp_document_table (doc, 5, principle_widths, principle_header);
      for (guint c = 0; c < n; c++)
        {
          RpBoardCandidate *candidate = pack->candidates->pdata[c];
          g_autofree char *statement = NULL;
          g_autofree char *customer = rating_cell (p->customer[c], p->customer[0], c == 0);
          g_autofree char *company = rating_cell (p->company[c], p->company[0], c == 0);
          const char *cells[6];

          if (p->statements[c] == NULL)
            statement = g_strdup (_("No principle on this subject"));
          else if (c > 0 && p->statements[0] != NULL && g_strcmp0 (p->statements[0], p->statements[c]) != 0)
            statement = rp_text_printf (_("%s (worded differently)"), p->statements[c]);
          else
            statement = g_strdup (p->statements[c]);
          cells[0] = rp_record_get_string (candidate->philosophy, RP_PHILOSOPHY_TITLE);
          cells[1] = statement;
          cells[2] = customer;
          cells[3] = company;
          cells[4] = p->rationales[c] ? p->rationales[c] : "";
          cells[5] = NULL;
          rp_document_row (doc, cells);
        }
    }
  return doc;
}
