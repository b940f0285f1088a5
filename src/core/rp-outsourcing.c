/* rp-outsourcing.c — figures with their target history, compliance, decided actions (CSV: rp-figures-csv.c) */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rp-outsourcing.h"
#include "rp-outsourcing-private.h"
#include "rp-csv.h"
#include "rp-store-private.h"
#include "rp-record-private.h"
#include "rp-util.h"

RpRecord *
rp_figure_get (RpStore    *store,
               const char *kpi_uuid,
               const char *period)
{
  return rp_store_find (store, RP_KIND_FIGURE, RP_FIGURE_KPI, kpi_uuid, RP_FIGURE_PERIOD, period);
}

static gboolean
is_rated (RpRecord *kpi)
{
  return rp_record_get_enum (kpi, RP_KPI_KPI_KIND) == RP_KPI_KIND_RATED;
}

gboolean
_rp_figure_is_not_applicable (const char *clean)
{
  return g_ascii_strcasecmp (clean, "n/a") == 0 || g_ascii_strcasecmp (clean, "na") == 0;
}

/* What a KPI accepts as a figure: a rating from 1 to 5 for a rated KPI, and nothing beyond
 * the range of figures; @text is what was written, for the message. */
gboolean
_rp_figure_check_value (RpRecord    *kpi,
             double       d,
             const char  *text,
             GError     **error)
{
  if (is_rated (kpi) && (d < 1 || d > 5 || d != floor (d)))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("“%s” is not a rating: this KPI is rated by a person from 1 to 5"), text);
      return FALSE;
    }
  if (fabs (d) > 1e12)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("“%s” is out of range"), text);
      return FALSE;
    }
  /* −5 hours to repair is no achievement: below zero only where the KPI says it means something */
  if (d < 0 && !is_rated (kpi) && !rp_record_get_bool (kpi, RP_KPI_NEGATIVES))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("“%s” is below zero, and this KPI's figures are never negative (unless the KPI is marked “Negative figures are meaningful”)"),
                   text);
      return FALSE;
    }
  return TRUE;
}

/* A figure typed by hand: "97.5", "97,5", "1,200.5", "97.5 %" and, for a rated KPI, 1–5;
 * "n/a" marks the month not applicable. A lone comma with no point is a decimal comma. */
gboolean
rp_figure_parse_value (RpRecord    *kpi,
                       const char  *text,
                       double      *value,
                       gboolean    *not_applicable,
                       GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));
  double as_point = NAN, as_comma = NAN;
  gboolean readable;
  RpDecimal vote;

  *not_applicable = FALSE;
  *value = NAN;
  if (_rp_figure_is_not_applicable (clean))
    {
      *not_applicable = TRUE;
      return TRUE;
    }
  if (*clean == '\0')
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("a number is needed (or n/a when the KPI does not apply that month)"));
      return FALSE;
    }
  vote = rp_number_vote (clean, &as_point, &as_comma, &readable);
  if (!readable)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("“%s” is not a number"), text);
      return FALSE;
    }
  /* Typed in a cell, "97,5" means 97.5: nobody types a thousands separator into a KPI cell
   * before three digits and nothing else. */
  if (vote == RP_DECIMAL_COMMA || (vote == RP_DECIMAL_AUTO && strchr (clean, ',') != NULL && strchr (clean, '.') == NULL &&
                                   as_point != as_comma && !isnan (as_comma)))
    *value = as_comma;
  else
    *value = !isnan (as_point) ? as_point : as_comma;
  if (!_rp_figure_check_value (kpi, *value, text, error))
    {
      *value = NAN;
      return FALSE;
    }
  return TRUE;
}

RpRecord *
_rp_figure_for (RpStore    *store,
            RpRecord   *kpi,
            const char *period,
            double      value,
            gboolean    not_applicable)
{
  RpRecord *figure = rp_figure_get (store, rp_record_get_uuid (kpi), period);

  if (figure == NULL)
    {
      figure = rp_record_new_for (RP_KIND_FIGURE, kpi);
      rp_record_set_string (figure, RP_FIGURE_PERIOD, period);
    }
  rp_record_set_bool (figure, RP_FIGURE_NOT_APPLICABLE, not_applicable);
  rp_record_set_real (figure, RP_FIGURE_VALUE, not_applicable ? NAN : value);
  return figure;
}

gboolean
rp_figure_set (RpStore     *store,
               RpRecord    *kpi,
               const char  *period,
               double       value,
               gboolean     not_applicable,
               GError     **error)
{
  g_autoptr(RpRecord) figure = NULL;
  g_autofree char *month = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *name = rp_record_dup_title (kpi);

  if (!rp_period_parse (period, NULL, NULL))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("“%s” is not a month written as YYYY-MM."), period ? period : "");
      return FALSE;
    }
  if (!not_applicable && (isnan (value) || (is_rated (kpi) && (value < 1 || value > 5))))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   is_rated (kpi) ? _("%s is rated from 1 to 5.") : _("%s needs a number."), name);
      return FALSE;
    }
  if (!not_applicable)
    {
      g_autofree char *text = g_strdup_printf ("%g", value);

      if (!_rp_figure_check_value (kpi, value, text, error))
        return FALSE;
    }
  figure = _rp_figure_for (store, kpi, period, value, not_applicable);
  month = rp_period_format_local (period);
  summary = not_applicable
    ? g_strdup_printf (_("%s, %s: not applicable"), name, month)
    : g_strdup_printf (_("%s, %s: %g"), name, month, value);
  return rp_store_save_as (store, figure, NULL, summary, error);
}

gboolean
rp_figure_clear (RpStore     *store,
                 RpRecord    *kpi,
                 const char  *period,
                 GError     **error)
{
  g_autoptr(RpRecord) figure = rp_figure_get (store, rp_record_get_uuid (kpi), period);

  return figure == NULL || rp_store_delete (store, figure, NULL, error);
}

double
rp_kpi_target_in_force (RpStore    *store,
                        RpRecord   *kpi,
                        const char *period)
{
  g_autoptr(GListModel) targets = rp_store_list (store, RP_KIND_KPI_TARGET, RP_KPI_TARGET_KPI, rp_record_get_uuid (kpi));
  double target = NAN;

  /* Listed oldest first: the last that has started by @period is in force. */
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(RpRecord) t = g_list_model_get_item (targets, i);

      if (period == NULL || g_strcmp0 (rp_record_get_string (t, RP_KPI_TARGET_FROM_PERIOD), period) <= 0)
        target = rp_record_get_real (t, RP_KPI_TARGET_TARGET);
    }
  return target;
}

/* A new target applies from @from_period on; earlier months keep the one in force then. */
gboolean
rp_kpi_change_target (RpStore     *store,
                      RpRecord    *kpi,
                      double       target,
                      const char  *from_period,
                      GError     **error)
{
  g_autoptr(RpRecord) row = rp_store_find (store, RP_KIND_KPI_TARGET, RP_KPI_TARGET_KPI, rp_record_get_uuid (kpi), RP_KPI_TARGET_FROM_PERIOD, from_period);
  g_autofree char *name = rp_record_dup_title (kpi);
  g_autofree char *month = NULL;
  g_autofree char *summary = NULL;

  if (row == NULL)
    {
      row = rp_record_new_for (RP_KIND_KPI_TARGET, kpi);
      rp_record_set_string (row, RP_KPI_TARGET_FROM_PERIOD, from_period);
    }
  rp_record_set_real (row, RP_KPI_TARGET_TARGET, target);
  month = rp_period_format_local (from_period);
  summary = g_strdup_printf (_("Target of %s is %g from %s"), name, target, month);
  return rp_store_save_as (store, row, NULL, summary, error);
}

char *
rp_kpi_describe (RpStore    *store,
                 RpRecord   *kpi,
                 const char *period)
{
  const char *unit = rp_record_get_string (kpi, RP_KPI_UNIT);
  double weight = rp_record_get_real (kpi, RP_KPI_WEIGHT);
  double target;

  if (is_rated (kpi))
    return g_strdup_printf (_("Rated 1–5 by a person · weight %g"), weight);
  target = rp_kpi_target_in_force (store, kpi, period);
  if (isnan (target))
    return g_strdup_printf (_("No target yet · weight %g"), weight);
  /* Translators: "Target 97 % · higher is better · weight 3" */
  return g_strdup_printf (_("Target %g %s · %s · weight %g"), target, unit ? unit : "",
                          rp_record_get_enum (kpi, RP_KPI_DIRECTION) == RP_DIRECTION_LOWER
                          ? _("lower is better") : _("higher is better"),
                          weight);
}

/* A KPI belongs to an outsourcer or to the company, whose own indicators hang off the
 * workspace profile: the field that holds @owner_uuid. */
RpFieldId
rp_kpi_owner_field (RpStore    *store,
                    const char *owner_uuid)
{
  g_autoptr(RpRecord) profile = rp_store_get_profile (store);

  return profile != NULL && g_strcmp0 (rp_record_get_uuid (profile), owner_uuid) == 0 ? RP_KPI_PROFILE : RP_KPI_OUTSOURCER;
}

const char *
rp_kpi_get_owner (RpRecord *kpi)
{
  const char *outsourcer = rp_record_get_string (kpi, RP_KPI_OUTSOURCER);

  return outsourcer != NULL ? outsourcer : rp_record_get_string (kpi, RP_KPI_PROFILE);
}

gboolean
rp_kpi_is_company (RpRecord *kpi)
{
  return rp_record_get_string (kpi, RP_KPI_PROFILE) != NULL;
}

/* The months of the figure grid: from the first month with a figure (or @at_least
 * months back) to the current month, oldest first. */
GPtrArray *
rp_outsourcer_periods (RpStore    *store,
                       const char *outsourcer_uuid,
                       guint       at_least)
{
  GPtrArray *periods = g_ptr_array_new_with_free_func (g_free);
  GDate today;
  g_autofree char *current = NULL;
  g_autofree char *first = NULL;
  sqlite3_stmt *stmt;
  int span;

  rp_date_set_today (&today);
  current = rp_period_of_date (&today);
  stmt = _rp_store_prepare (store,
                            "SELECT min(f.period) FROM figure f JOIN kpi k ON k.uuid = f.kpi WHERE k.outsourcer = ?1 OR k.profile = ?1",
                            NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, outsourcer_uuid, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        first = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  span = first != NULL ? rp_period_diff (first, current) + 1 : 0;
  span = MAX (span, (int) at_least);
  for (int i = span - 1; i >= 0; i--)
    g_ptr_array_add (periods, rp_period_add (current, -i));
  return periods;
}

/* Compliance */

double
rp_outsourcer_compliance (RpStore           *store,
                          const char        *outsourcer_uuid,
                          const char        *period,
                          RpComplianceCount *count)
{
  RpComplianceCount c = { 0 };
  sqlite3_stmt *stmt = _rp_store_prepare (store,
                                          "SELECT cc.result, count(*) FROM compliance_check cc "
                                          "JOIN commitment m ON m.uuid = cc.commitment "
                                          "JOIN contract k ON k.uuid = m.contract "
                                          "WHERE k.outsourcer = ?1 AND (?2 IS NULL OR cc.period = ?2) "
                                          "GROUP BY cc.result", NULL);

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, outsourcer_uuid, -1, SQLITE_TRANSIENT);
      if (period != NULL)
        sqlite3_bind_text (stmt, 2, period, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *result = (const char *) sqlite3_column_text (stmt, 0);
          guint n = (guint) sqlite3_column_int (stmt, 1);

          if (g_strcmp0 (result, "met") == 0)
            c.met = n;
          else if (g_strcmp0 (result, "partly_met") == 0)
            c.partly_met = n;
          else
            c.missed = n;
        }
      sqlite3_reset (stmt);
    }
  if (count != NULL)
    *count = c;
  return rp_compliance_rate (c.met, c.partly_met, c.missed);
}

/* Decisions */

gboolean
rp_scorecard_needs_decision (RpStore           *store,
                             const RpScorecard *card)
{
  g_autoptr(RpRecord) decided = NULL;

  if (card->rule_action == NULL || g_str_equal (card->rule_action, "none"))
    return FALSE;
  decided = rp_store_find (store, RP_KIND_VENDOR_ACTION, RP_VENDOR_ACTION_OUTSOURCER, card->uuid, RP_VENDOR_ACTION_PERIOD, card->period);
  return decided == NULL;
}

/* The action the standing rule calls for, ready for a person to decide and save. */
RpRecord *
rp_vendor_action_proposed (RpStore           *store,
                           const RpScorecard *card)
{
  g_autofree char *month = NULL;
  RpRecord *action;
  g_autofree char *today = rp_date_today ();
  g_autofree char *reason = NULL;

  if (card->rule_action == NULL || g_str_equal (card->rule_action, "none"))
    return NULL;
  action = rp_record_new_for (RP_KIND_VENDOR_ACTION, NULL);
  rp_record_set_string (action, RP_VENDOR_ACTION_OUTSOURCER, card->uuid);
  rp_record_set_string (action, RP_VENDOR_ACTION_PERIOD, card->period);
  rp_record_set_string (action, RP_VENDOR_ACTION_ACTION_KIND, card->rule_action);
  month = rp_period_format_local (card->period);
  /* Translators: "Scored 50 in Oct 2026: Probation" */
  reason = g_strdup_printf (_("Scored %.0f in %s: %s"), card->score, month, card->standing);
  rp_record_set_string (action, RP_VENDOR_ACTION_REASON, reason);
  rp_record_set_string (action, RP_VENDOR_ACTION_DECIDED_BY, rp_store_get_user (store));
  rp_record_set_string (action, RP_VENDOR_ACTION_DECIDED_ON, today);
  return action;
}
