/* rp-framework.c — staffing and coverage checks of a framework */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-framework.h"
#include "rp-philosophy.h"

static const struct {
  RpFieldId   need;
  RpFieldId   have;
  const char *label;
} skills[] = {
  { RP_ACTIVITY_NEED_TECHNICAL, RP_STAFF_TECHNICAL, N_("technical knowledge") },
  { RP_ACTIVITY_NEED_BUSINESS, RP_STAFF_BUSINESS, N_("business know-how") },
  { RP_ACTIVITY_NEED_SOFT_SKILLS, RP_STAFF_SOFT_SKILLS, N_("soft skills") },
};

/* Each assigned person is held to the activity's levels: a trainer needs to know
 * who falls short of what, not whether the team's best person would do. */
GPtrArray *
rp_activity_staff_findings (RpRecord  *activity,
                            GPtrArray *assigned_staff)
{
  GPtrArray *findings = rp_findings_new ();
  const char *uuid = rp_record_get_uuid (activity);

  if (assigned_staff == NULL || assigned_staff->len == 0)
    {
      g_ptr_array_add (findings,
                       rp_finding_new (RP_FINDING_WARNING, "activity-unstaffed", "activity", uuid,
                                       "%s", _("Nobody is assigned to this activity.")));
      return findings;
    }
  for (guint i = 0; i < assigned_staff->len; i++)
    {
      RpRecord *person = assigned_staff->pdata[i];
      g_autofree char *name = rp_record_dup_title (person);

      for (guint s = 0; s < G_N_ELEMENTS (skills); s++)
        {
          gint64 need = rp_record_get_int (activity, skills[s].need);
          gint64 have = rp_record_get_int (person, skills[s].have);

          if (have < need)
            g_ptr_array_add (findings,
                             rp_finding_new (RP_FINDING_WARNING, "staff-shortfall", "staff",
                                             rp_record_get_uuid (person),
                                             _("%s falls short in %s: level %d, the activity needs %d."),
                                             name, _(skills[s].label), (int) have, (int) need));
        }
    }
  return findings;
}

GPtrArray *
rp_activity_list_staff (RpStore  *store,
                        RpRecord *activity)
{
  g_autoptr(GListModel) links = rp_store_list (store, RP_KIND_ACTIVITY_STAFF, RP_ACTIVITY_STAFF_ACTIVITY,
                                               rp_record_get_uuid (activity));
  GPtrArray *staff = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(RpRecord) link = g_list_model_get_item (links, i);
      RpRecord *person = rp_store_get (store, RP_KIND_STAFF, rp_record_get_string (link, RP_ACTIVITY_STAFF_STAFF));

      if (person != NULL)
        g_ptr_array_add (staff, person);
    }
  return staff;
}

GPtrArray *
rp_framework_list_activities (RpStore  *store,
                              RpRecord *framework)
{
  g_autoptr(GListModel) phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  GPtrArray *activities = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint p = 0; p < g_list_model_get_n_items (phases); p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
      g_autoptr(GListModel) list = rp_store_list (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));

      for (guint a = 0; a < g_list_model_get_n_items (list); a++)
        g_ptr_array_add (activities, g_list_model_get_item (list, a));
    }
  return activities;
}

gboolean
rp_phase_is_post_sale (RpRecord *phase)
{
  return rp_record_get_int (phase, RP_PHASE_START_DAY) >= 0 && rp_record_get_int (phase, RP_PHASE_END_DAY) > 0;
}

/* "Trainer, our own staff · technical 3 · business 3 · soft skills 5" */
char *
rp_staff_describe (RpStore  *store,
                   RpRecord *person)
{
  g_autoptr(RpRecord) outsourcer = rp_record_is_set (person, RP_STAFF_OUTSOURCER)
    ? rp_store_get (store, RP_KIND_OUTSOURCER, rp_record_get_string (person, RP_STAFF_OUTSOURCER)) : NULL;
  const char *role = rp_record_get_string (person, RP_STAFF_ROLE);
  /* Translators: who a staff member works for, "with Pearl Delta Contact" */
  g_autofree char *employer = outsourcer ? g_strdup_printf (_("with %s"), rp_record_get_string (outsourcer, RP_OUTSOURCER_NAME))
                                         : g_strdup (_("our own staff"));

  /* Translators: "Trainer, our own staff · technical 3 · business 3 · soft skills 5" */
  return g_strdup_printf (_("%s, %s · technical %d · business %d · soft skills %d"), role ? role : _("no role given"),
                          employer, (int) rp_record_get_int (person, RP_STAFF_TECHNICAL),
                          (int) rp_record_get_int (person, RP_STAFF_BUSINESS), (int) rp_record_get_int (person, RP_STAFF_SOFT_SKILLS));
}

static char *
signed_day (int day)
{
  /* A true minus sign: the offsets are read, not parsed. */
  return day < 0 ? g_strdup_printf ("\u2212%d", -day) : day > 0 ? g_strdup_printf ("+%d", day) : g_strdup ("0");
}

/* "Days −60 to 0", "At the sale", "Days 0 to +365": when a phase happens, relative to the sale. */
char *
rp_phase_describe_days (int start_day,
                        int end_day)
{
  g_autofree char *from = signed_day (start_day);
  g_autofree char *to = signed_day (end_day);

  if (start_day == 0 && end_day == 0)
    return g_strdup (_("At the sale"));
  if (start_day == end_day)
    /* Translators: when a phase happens, "Day +30" (days from the sale) */
    return g_strdup_printf (_("Day %s"), from);
  /* Translators: when a phase happens, "Days −60 to 0" (days from the sale) */
  return g_strdup_printf (_("Days %s to %s"), from, to);
}

/* Moves an activity to the end of another phase of the same framework. */
gboolean
rp_activity_move_to_phase (RpStore     *store,
                           RpRecord    *activity,
                           RpRecord    *phase,
                           GError     **error)
{
  g_autoptr(RpRecord) from = rp_store_get (store, RP_KIND_PHASE, rp_record_get_string (activity, RP_ACTIVITY_PHASE));
  g_autoptr(RpRecord) copy = NULL;
  g_autoptr(GListModel) there = NULL;
  guint n;

  if (from == NULL || g_strcmp0 (rp_record_get_string (from, RP_PHASE_FRAMEWORK), rp_record_get_string (phase, RP_PHASE_FRAMEWORK)) != 0)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("An activity moves only between phases of its own framework."));
      return FALSE;
    }
  if (g_str_equal (rp_record_get_uuid (from), rp_record_get_uuid (phase)))
    return TRUE;
  there = rp_store_list (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));
  n = g_list_model_get_n_items (there);
  copy = rp_record_copy (activity);
  rp_record_set_string (copy, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));
  if (n > 0)
    {
      g_autoptr(RpRecord) last = g_list_model_get_item (there, n - 1);

      rp_record_set_int (copy, RP_ACTIVITY_POSITION, rp_record_get_int (last, RP_ACTIVITY_POSITION) + 1);
    }
  else
    rp_record_set_int (copy, RP_ACTIVITY_POSITION, 0);
  return rp_store_save (store, copy, error);
}

GPtrArray *
rp_framework_findings (RpStore  *store,
                       RpRecord *framework)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(GListModel) phases = rp_store_list (store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (framework));
  g_autoptr(GHashTable) served = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (store);

  for (guint p = 0; p < g_list_model_get_n_items (phases); p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
      g_autoptr(GListModel) activities = rp_store_list (store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));
      g_autofree char *phase_name = rp_record_dup_title (phase);
      gboolean has_feedback = FALSE, has_recovery = FALSE;
      guint n = g_list_model_get_n_items (activities);

      if (n == 0)
        g_ptr_array_add (findings,
                         rp_finding_new (RP_FINDING_WARNING, "phase-empty", "phase", rp_record_get_uuid (phase),
                                         _("The phase “%s” has no activities."), phase_name));
      for (guint a = 0; a < n; a++)
        {
          g_autoptr(RpRecord) activity = g_list_model_get_item (activities, a);
          g_autoptr(GListModel) links = rp_store_list (store, RP_KIND_ACTIVITY_PRINCIPLE, RP_ACTIVITY_PRINCIPLE_ACTIVITY,
                                                       rp_record_get_uuid (activity));
          g_autoptr(GPtrArray) staff = rp_activity_list_staff (store, activity);
          g_autoptr(GPtrArray) staffing = rp_activity_staff_findings (activity, staff);
          const char *category = rp_record_get_string (activity, RP_ACTIVITY_CATEGORY);
          g_autofree char *title = rp_record_dup_title (activity);

          has_feedback |= g_strcmp0 (category, "feedback") == 0;
          has_recovery |= g_strcmp0 (category, "recovery") == 0;
          for (guint l = 0; l < g_list_model_get_n_items (links); l++)
            {
              g_autoptr(RpRecord) link = g_list_model_get_item (links, l);

              g_hash_table_add (served, g_strdup (rp_record_get_string (link, RP_ACTIVITY_PRINCIPLE_PRINCIPLE)));
            }
          for (guint s = 0; s < staffing->len; s++)
            {
              RpFinding *f = staffing->pdata[s];
              g_autofree char *message = g_strdup_printf ("%s: %s", title, f->message);

              /* Framework-level findings point at the activity that needs the attention. */
              g_ptr_array_add (findings, rp_finding_new (f->level, f->rule, "activity",
                                                         rp_record_get_uuid (activity), "%s", message));
            }
        }
      if (rp_phase_is_post_sale (phase) && !has_feedback)
        g_ptr_array_add (findings,
                         rp_finding_new (RP_FINDING_WARNING, "post-sale-no-feedback", "phase",
                                         rp_record_get_uuid (phase),
                                         _("The post-sale phase “%s” has no feedback mechanism."), phase_name));
      if (rp_phase_is_post_sale (phase) && !has_recovery)
        g_ptr_array_add (findings,
                         rp_finding_new (RP_FINDING_WARNING, "post-sale-no-recovery", "phase",
                                         rp_record_get_uuid (phase),
                                         _("The post-sale phase “%s” has no service-recovery mechanism."), phase_name));
    }

  if (adopted != NULL)
    {
      g_autoptr(GListModel) principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY,
                                                        rp_record_get_uuid (adopted));

      for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
        {
          g_autoptr(RpRecord) principle = g_list_model_get_item (principles, i);

          if (!g_hash_table_contains (served, rp_record_get_uuid (principle)))
            {
              g_autofree char *text = rp_record_dup_title (principle);

              g_ptr_array_add (findings,
                               rp_finding_new (RP_FINDING_WARNING, "principle-unserved", "principle",
                                               rp_record_get_uuid (principle),
                                               _("No activity serves the principle “%s”."), text));
            }
        }
    }
  return findings;
}
