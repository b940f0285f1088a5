/* rp-framework-detail.c — one framework of activities, on the tabs a planner and a
 * trainer use: phases with their activities and staff, the swim-lane picture, the
 * factors weighed, and what the framework does not yet cover */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-framework-detail.h"
#include "rp-chart-view.h"
#include "rp-diagram.h"
#include "rp-framework.h"
#include "rp-handouts.h"
#include "rp-links-dialog.h"
#include "rp-philosophy.h"
#include "rp-presentation.h"
#include "rp-print.h"
#include "rp-record-editor.h"
#include "rp-store-watch.h"
#include "rp-ui.h"

#define ZOOM_MIN  0.5
#define ZOOM_MAX  2.0
#define ZOOM_STEP 0.25

struct _RpFrameworkDetail
{
  AdwBin          parent_instance;

  GtkWidget      *back_button;
  GtkWidget      *title_label;
  GtkWidget      *badges_box;
  GtkWidget      *description_label;
  AdwViewStack   *stack;

  RpRecordList   *phases;
  GtkWidget      *activities_box;
  GPtrArray      *activity_lists;   /* RpRecordList, one a phase */
  GListModel     *phase_records;    /* as read at the last refresh, for the rows' move menus */
  char           *phases_signature;

  GtkWidget      *diagram_view;
  GtkWidget      *zoom_label;
  RpDiagram      *diagram;
  double          zoom;

  RpRecordList   *factors;
  GtkWidget      *checks;

  RpStoreWatch    watch;
  RpRecord       *framework;
  GPtrArray      *findings;
};

G_DEFINE_FINAL_TYPE (RpFrameworkDetail, rp_framework_detail, ADW_TYPE_BIN)

static GListModel *
list_phases (RpFrameworkDetail *self)
{
  return rp_store_list (self->watch.store, RP_KIND_PHASE, RP_PHASE_FRAMEWORK, rp_record_get_uuid (self->framework));
}

/* Phases */

static char *
phase_subtitle (RpRecord *phase,
                gpointer  user_data)
{
  RpFrameworkDetail *self = user_data;
  g_autofree char *days = rp_phase_describe_days (rp_record_get_int (phase, RP_PHASE_START_DAY), rp_record_get_int (phase, RP_PHASE_END_DAY));
  guint n = rp_store_count_where (self->watch.store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity", "%u activities", n), n);
  const char *notes = rp_record_get_string (phase, RP_PHASE_NOTES);

  /* Translators: "Days 0 to +30 · 4 activities · The first month decides…" */
  return notes ? g_strdup_printf (_("%s · %s · %s"), days, count, notes) : g_strdup_printf (_("%s · %s"), days, count);
}

/* Activities */

static char *
activity_subtitle (RpRecord *activity,
                   gpointer  user_data)
{
  RpFrameworkDetail *self = user_data;
  g_autofree char *category = rp_record_format (activity, RP_ACTIVITY_CATEGORY);
  g_autoptr(GPtrArray) staff = rp_activity_list_staff (self->watch.store, activity);
  GString *out = g_string_new (category);

  if (rp_record_is_set (activity, RP_ACTIVITY_CHANNEL))
    g_string_append_printf (out, " · %s", rp_record_get_string (activity, RP_ACTIVITY_CHANNEL));
  if (rp_record_is_set (activity, RP_ACTIVITY_TIMING))
    g_string_append_printf (out, " · %s", rp_record_get_string (activity, RP_ACTIVITY_TIMING));
  for (guint i = 0; i < staff->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? " · " : ", ", rp_record_get_string (staff->pdata[i], RP_STAFF_NAME));
  return g_string_free (out, FALSE);
}

static char *
staff_subtitle (RpRecord *person,
                gpointer  user_data)
{
  return rp_staff_describe (user_data, person);
}

static void
activity_links_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (widget);
  g_autoptr(RpRecord) activity = rp_store_get (self->watch.store, RP_KIND_ACTIVITY, g_variant_get_string (parameter, NULL));
  g_autoptr(RpRecord) adopted = NULL;
  g_autoptr(GListModel) principles = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autofree char *needs = NULL;
  GtkWidget *dialog;
  const char *uuid;

  if (activity == NULL)
    return;
  adopted = rp_philosophy_get_adopted (self->watch.store);
  principles = adopted ? rp_store_list (self->watch.store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (adopted))
                       : G_LIST_MODEL (g_list_store_new (RP_TYPE_RECORD));
  staff = rp_store_list (self->watch.store, RP_KIND_STAFF, RP_FIELD_NONE, NULL);
  needs = g_strdup_printf (_("It needs technical knowledge %d, business know-how %d and soft skills %d (0–5)."),
                                            (int) rp_record_get_int (activity, RP_ACTIVITY_NEED_TECHNICAL),
                                            (int) rp_record_get_int (activity, RP_ACTIVITY_NEED_BUSINESS),
                                            (int) rp_record_get_int (activity, RP_ACTIVITY_NEED_SOFT_SKILLS));
  dialog = rp_links_dialog_new (GTK_WIDGET (self), rp_record_get_string (activity, RP_ACTIVITY_TITLE));
  uuid = rp_record_get_uuid (activity);

  rp_links_dialog_add (dialog, rp_links_group_new_full (self->watch.store, _("Staff Assigned"), needs,
                                                        RP_ACTIVITY_STAFF_ACTIVITY, uuid, RP_ACTIVITY_STAFF_STAFF, staff, staff_subtitle, self->watch.store));
  rp_links_dialog_add (dialog, rp_links_group_new (self->watch.store, _("Principles It Serves"),
                                                   adopted ? _("From the adopted philosophy.")
                                                           : _("No philosophy is adopted yet."),
                                                   RP_ACTIVITY_PRINCIPLE_ACTIVITY, uuid, RP_ACTIVITY_PRINCIPLE_PRINCIPLE, principles));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
activity_suffix (RpRecord *activity,
                 gpointer  user_data)
{
  RpFrameworkDetail *self = user_data;
  g_autoptr(GPtrArray) staff = rp_activity_list_staff (self->watch.store, activity);
  g_autoptr(GPtrArray) findings = rp_activity_staff_findings (activity, staff);
  GListModel *phases = self->phase_records;
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *links = gtk_button_new_from_icon_name ("system-users-symbolic");
  GtkWidget *move = gtk_menu_button_new ();

  if (findings->len > 0)
    {
      RpFinding *first = findings->pdata[0];
      GString *tip = g_string_new (NULL);
      GtkWidget *badge = rp_ui_badge_new (g_str_equal (first->rule, "activity-unstaffed") ? _("Nobody assigned")
                                                                                          : _("Falls short"), "warning");

      for (guint i = 0; i < findings->len; i++)
        g_string_append_printf (tip, "%s%s", i ? "\n" : "", ((RpFinding *) findings->pdata[i])->message);
      gtk_widget_set_tooltip_text (badge, tip->str);
      g_string_free (tip, TRUE);
      gtk_box_append (GTK_BOX (box), badge);
    }
  gtk_widget_set_tooltip_text (links, _("Staff and Principles…"));
  gtk_widget_add_css_class (links, "flat");
  gtk_widget_set_valign (links, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (links), "s", rp_record_get_uuid (activity));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (links), "framework.activity-links");
  gtk_box_append (GTK_BOX (box), links);

  for (guint p = 0; phases != NULL && p < g_list_model_get_n_items (phases); p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
      g_autoptr(GMenuItem) item = NULL;

      if (g_strcmp0 (rp_record_get_uuid (phase), rp_record_get_string (activity, RP_ACTIVITY_PHASE)) == 0)
        continue;
      item = g_menu_item_new (rp_record_get_string (phase, RP_PHASE_NAME), NULL);
      g_menu_item_set_action_and_target (item, "framework.move-activity", "(ss)", rp_record_get_uuid (activity),
                                         rp_record_get_uuid (phase));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (move), "mail-forward-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (move), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (move, _("Move to Another Phase"));
  gtk_widget_add_css_class (move, "flat");
  gtk_widget_set_valign (move, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (move, g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);
  gtk_box_append (GTK_BOX (box), move);
  return box;
}

/* One list of activities a phase, rebuilt only when the phases themselves change. */
static void
fill_activity_lists (RpFrameworkDetail *self,
                     GListModel        *phases)
{
  GString *signature = g_string_new (NULL);
  guint n = g_list_model_get_n_items (phases);
  GtkWidget *child;

  for (guint p = 0; p < n; p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);

      g_string_append_printf (signature, "%s\x1f%s\x1f%d\x1f%d\x1e", rp_record_get_uuid (phase),
                              rp_record_get_string (phase, RP_PHASE_NAME), (int) rp_record_get_int (phase, RP_PHASE_START_DAY),
                              (int) rp_record_get_int (phase, RP_PHASE_END_DAY));
    }
  if (g_strcmp0 (signature->str, self->phases_signature) == 0)
    {
      g_string_free (signature, TRUE);
      for (guint i = 0; i < self->activity_lists->len; i++)
        rp_record_list_refresh (self->activity_lists->pdata[i]);
      return;
    }
  g_free (self->phases_signature);
  self->phases_signature = g_string_free (signature, FALSE);

  while ((child = gtk_widget_get_first_child (self->activities_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->activities_box), child);
  g_ptr_array_set_size (self->activity_lists, 0);
  for (guint p = 0; p < n; p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
      g_autofree char *days = rp_phase_describe_days (rp_record_get_int (phase, RP_PHASE_START_DAY), rp_record_get_int (phase, RP_PHASE_END_DAY));
      /* Translators: a phase's list of activities, "2. Sale and sign-up" */
      g_autofree char *title = g_strdup_printf (_("%u. %s"), p + 1, rp_record_get_string (phase, RP_PHASE_NAME));
      RpRecordList *list = rp_record_list_new (RP_KIND_ACTIVITY, title);

      rp_record_list_set_description (list, days);
      rp_record_list_set_owner (list, "phase", rp_record_get_uuid (phase));
      rp_record_list_set_subtitle_func (list, activity_subtitle, self);
      rp_record_list_set_suffix_func (list, activity_suffix, self);
      rp_record_list_set_add_label (list, _("Add Activity"));
      rp_record_list_set_empty_text (list, _("No activities in this phase yet."));
      rp_record_list_watch_kind (list, "activity_staff");
      rp_record_list_watch_kind (list, "staff");
      rp_record_list_set_store (list, self->watch.store);
      gtk_box_append (GTK_BOX (self->activities_box), GTK_WIDGET (list));
      g_ptr_array_add (self->activity_lists, list);
    }
}

static void
move_activity_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (widget);
  const char *activity_uuid, *phase_uuid;
  g_autoptr(RpRecord) activity = NULL;
  g_autoptr(RpRecord) phase = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(&s&s)", &activity_uuid, &phase_uuid);
  activity = rp_store_get (self->watch.store, RP_KIND_ACTIVITY, activity_uuid);
  phase = rp_store_get (self->watch.store, RP_KIND_PHASE, phase_uuid);
  if (activity == NULL || phase == NULL)
    return;
  if (!rp_activity_move_to_phase (self->watch.store, activity, phase, &error))
    rp_ui_show_error (widget, _("Could Not Move the Activity"), error);
  else
    {
      /* Translators: a toast, "Moved to Onboarding" */
      g_autofree char *text = g_strdup_printf (_("Moved to %s"), rp_record_get_string (phase, RP_PHASE_NAME));

      rp_ui_toast (widget, text);
    }
}

/* The diagram */

static void
draw_diagram (cairo_t             *cr,
              const RpRenderStyle *style,
              double               width,
              double               height,
              gpointer             user_data)
{
  RpFrameworkDetail *self = user_data;

  if (self->diagram != NULL)
    rp_diagram_draw (self->diagram, cr, style, width, height);
}

static void
apply_zoom (RpFrameworkDetail *self)
{
  double width = 0, height = 0;
  g_autofree char *label = g_strdup_printf ("%.0f %%", self->zoom * 100);

  if (self->diagram != NULL)
    rp_diagram_get_size (self->diagram, &width, &height);
  gtk_widget_set_size_request (self->diagram_view, (int) ceil (width * self->zoom), (int) ceil (height * self->zoom));
  gtk_widget_queue_draw (self->diagram_view);
  gtk_label_set_text (GTK_LABEL (self->zoom_label), label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.zoom-in", self->zoom < ZOOM_MAX - 1e-9);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.zoom-out", self->zoom > ZOOM_MIN + 1e-9);
}

static void
zoom_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (widget);

  if (g_str_equal (action_name, "framework.zoom-in"))
    self->zoom = MIN (ZOOM_MAX, self->zoom + ZOOM_STEP);
  else if (g_str_equal (action_name, "framework.zoom-out"))
    self->zoom = MAX (ZOOM_MIN, self->zoom - ZOOM_STEP);
  else
    self->zoom = 1.0;
  apply_zoom (self);
}

static gboolean
diagram_scroll_cb (GtkEventControllerScroll *controller,
                   double                    dx,
                   double                    dy,
                   RpFrameworkDetail        *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  /* Ctrl and the wheel zoom, as in every GNOME viewer; the plain wheel scrolls. */
  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), dy < 0 ? "framework.zoom-in" : "framework.zoom-out", NULL);
  return TRUE;
}

static gboolean
write_diagram (const char  *path,
               gpointer     data,
               GError     **error)
{
  return rp_diagram_write (data, path, 2.0, error);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (widget);
  gboolean svg = g_str_equal (action_name, "framework.export-svg");
  g_autofree char *name = NULL;

  if (self->framework == NULL)
    return;
  name = g_strdup_printf ("%s.%s", rp_record_get_string (self->framework, RP_FRAMEWORK_TITLE), svg ? "svg" : "png");
  g_strdelimit (name, "/\\:", '-');
  rp_save_file (widget, svg ? _("Export Diagram as SVG") : _("Export Diagram as PNG"), name,
                svg ? _("SVG pictures") : _("PNG pictures"), svg ? "*.svg" : "*.png", _("Could Not Export the Diagram"),
                write_diagram, rp_diagram_for_framework (self->watch.store, self->framework, TRUE),
                (GDestroyNotify) rp_diagram_free);
}

/* Coverage */

static void
check_activated_cb (GtkListBox        *list,
                    GtkListBoxRow     *row,
                    RpFrameworkDetail *self)
{
  const char *kind = g_object_get_data (G_OBJECT (row), "rp-kind");
  const char *uuid = g_object_get_data (G_OBJECT (row), "rp-uuid");
  g_autoptr(RpRecord) record = kind && uuid ? rp_store_lookup (self->watch.store, kind, uuid) : NULL;

  if (record == NULL)
    return;
  if (g_str_equal (kind, "principle"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-record", "(ss)", kind, uuid);
  else
    rp_record_editor_present (rp_record_editor_new (GTK_WIDGET (self), self->watch.store, record, FALSE));
}

static void
fill_checks (RpFrameworkDetail *self)
{
  static const struct { const char *rule; const char *heading; } groups[] = {
    { "principle-unserved", N_("Principles of the adopted philosophy no activity serves") },
    { "post-sale-no-feedback", N_("Post-sale phases without a feedback mechanism") },
    { "post-sale-no-recovery", N_("Post-sale phases without service recovery") },
    { "phase-empty", N_("Phases with no activities") },
    { "activity-unstaffed", N_("Activities nobody is assigned to") },
    { "staff-shortfall", N_("People who fall short of what an activity needs") },
  };
  GtkListBox *list = GTK_LIST_BOX (self->checks);

  rp_ui_list_box_clear (list);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (guint i = 0; i < self->findings->len; i++)
      {
        RpFinding *finding = self->findings->pdata[i];
        GtkWidget *row, *icon;

        if (!g_str_equal (finding->rule, groups[g].rule))
          continue;
        row = rp_ui_row_new (finding->message, _(groups[g].heading));
        icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
        gtk_widget_add_css_class (icon, "warning");
        adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
        adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
        g_object_set_data_full (G_OBJECT (row), "rp-kind", g_strdup (finding->record_kind), g_free);
        g_object_set_data_full (G_OBJECT (row), "rp-uuid", g_strdup (finding->record_uuid), g_free);
        gtk_list_box_append (list, row);
      }
  if (self->findings->len == 0)
    gtk_list_box_append (list, rp_ui_row_new (_("Nothing to put right"),
                                              _("Every principle is served, every post-sale phase listens and recovers, "
                                                "and every activity has the people it needs.")));
}

/* The header and refresh */

static void
fill_header (RpFrameworkDetail *self)
{
  g_autofree char *template = rp_record_format (self->framework, RP_FRAMEWORK_TEMPLATE);
  g_autofree char *started = g_strdup_printf (_("From the template “%s”"), template);
  const char *description = rp_record_get_string (self->framework, RP_FRAMEWORK_DESCRIPTION);

  gtk_label_set_text (GTK_LABEL (self->title_label), rp_record_get_string (self->framework, RP_FRAMEWORK_TITLE));
  rp_ui_clear_box (self->badges_box);
  gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (started, NULL));
  if (self->findings->len > 0)
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", self->findings->len),
                                                self->findings->len);

      gtk_box_append (GTK_BOX (self->badges_box), rp_ui_badge_new (count, "warning"));
    }
  gtk_label_set_text (GTK_LABEL (self->description_label), description ? description : "");
  gtk_widget_set_visible (self->description_label, description != NULL);
}

static void
refresh (RpFrameworkDetail *self)
{
  g_autoptr(RpRecord) fresh = NULL;
  GListModel *phases;

  if (self->watch.store == NULL || self->framework == NULL)
    return;
  fresh = rp_store_get (self->watch.store, RP_KIND_FRAMEWORK, rp_record_get_uuid (self->framework));
  if (fresh == NULL)
    return;
  g_set_object (&self->framework, fresh);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = rp_framework_findings (self->watch.store, self->framework);
  g_clear_object (&self->phase_records);
  phases = self->phase_records = list_phases (self);
  fill_header (self);
  fill_activity_lists (self, phases);
  rp_record_list_refresh (self->phases);
  g_clear_pointer (&self->diagram, rp_diagram_free);
  self->diagram = rp_diagram_for_framework (self->watch.store, self->framework, FALSE);
  apply_zoom (self);
  fill_checks (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "framework.present", g_list_model_get_n_items (phases) > 0);
}

static const char *const watched_kinds[] = {
  "framework", "phase", "activity", "activity_staff", "activity_principle", "staff", "factor", "philosophy", "principle", "outsourcer", NULL
};

static void
refresh_cb (gpointer user_data)
{
  RpFrameworkDetail *self = user_data;

  refresh (self);
}

/* Actions */

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (widget);
  RpRecordEditor *editor;

  if (self->framework == NULL)
    return;
  editor = rp_record_editor_new (widget, self->watch.store, self->framework, FALSE);
  rp_record_editor_hide_field (editor, "template");
  rp_record_editor_present (editor);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (widget);

  if (self->framework != NULL)
    rp_ui_delete_record (widget, self->watch.store, self->framework);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (widget);

  if (self->framework != NULL)
    rp_print_document (widget, rp_handout_framework (self->watch.store, self->framework));
}

static void
pdf_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (widget);
  g_autofree char *name = NULL;

  if (self->framework == NULL)
    return;
  name = g_strdup_printf ("%s.pdf", rp_record_get_string (self->framework, RP_FRAMEWORK_TITLE));
  g_strdelimit (name, "/\\:", '-');
  rp_save_document_pdf (widget, rp_handout_framework (self->watch.store, self->framework), name);
}

static void
draw_slide_diagram (cairo_t             *cr,
                    const RpRenderStyle *style,
                    double               width,
                    double               height,
                    gpointer             user_data)
{
  double natural_w, natural_h, scale;

  /* Centred on the slide */
  rp_diagram_get_size (user_data, &natural_w, &natural_h);
  scale = MIN (width / natural_w, height / natural_h);
  cairo_save (cr);
  cairo_translate (cr, (width - natural_w * scale) / 2, (height - natural_h * scale) / 2);
  rp_diagram_draw (user_data, cr, style, natural_w * scale, natural_h * scale);
  cairo_restore (cr);
}

static void
present_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (widget);
  g_autoptr(GListModel) phases = NULL;
  g_autoptr(RpRecord) profile = NULL;
  RpPresentation *show;
  guint n;

  if (self->framework == NULL)
    return;
  phases = list_phases (self);
  profile = rp_store_get_profile (self->watch.store);
  n = g_list_model_get_n_items (phases);
  show = rp_presentation_new (widget, rp_record_get_string (self->framework, RP_FRAMEWORK_TITLE));
  rp_presentation_add_slide (show, profile ? rp_record_get_string (profile, RP_PROFILE_COMPANY_NAME) : NULL,
                             rp_record_get_string (self->framework, RP_FRAMEWORK_TITLE),
                             rp_record_get_string (self->framework, RP_FRAMEWORK_DESCRIPTION));
  for (guint p = 0; p < n; p++)
    {
      g_autoptr(RpRecord) phase = g_list_model_get_item (phases, p);
      g_autoptr(GListModel) activities = rp_store_list (self->watch.store, RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, rp_record_get_uuid (phase));
      g_autofree char *days = rp_phase_describe_days (rp_record_get_int (phase, RP_PHASE_START_DAY), rp_record_get_int (phase, RP_PHASE_END_DAY));
      /* Translators: above a phase on a slide, "Phase 2 of 4 · At the sale" */
      g_autofree char *kicker = g_strdup_printf (_("Phase %u of %u · %s"), p + 1, n, days);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

      for (guint a = 0; a < g_list_model_get_n_items (activities); a++)
        {
          g_autoptr(RpRecord) activity = g_list_model_get_item (activities, a);
          g_autofree char *category = rp_record_format (activity, RP_ACTIVITY_CATEGORY);

          /* Translators: an activity on a slide, "Installation and welcome call — Support" */
          g_ptr_array_add (items, g_strdup_printf (_("%s — %s"), rp_record_get_string (activity, RP_ACTIVITY_TITLE), category));
        }
      g_ptr_array_add (items, NULL);
      rp_presentation_add_list (show, kicker, rp_record_get_string (phase, RP_PHASE_NAME), (const char *const *) items->pdata);
    }
  rp_presentation_add_drawing (show, _("The framework at a glance"), draw_slide_diagram,
                               rp_diagram_for_framework (self->watch.store, self->framework, FALSE),
                               (GDestroyNotify) rp_diagram_free);
  rp_presentation_start (show);
}

static void
rp_framework_detail_dispose (GObject *object)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (object);

  rp_store_watch_clear (&self->watch);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->diagram, rp_diagram_free);
  g_clear_object (&self->phase_records);
  G_OBJECT_CLASS (rp_framework_detail_parent_class)->dispose (object);
}

static void
rp_framework_detail_finalize (GObject *object)
{
  RpFrameworkDetail *self = RP_FRAMEWORK_DETAIL (object);

  g_ptr_array_unref (self->activity_lists);
  g_free (self->phases_signature);
  G_OBJECT_CLASS (rp_framework_detail_parent_class)->finalize (object);
}

static void
rp_framework_detail_class_init (RpFrameworkDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_framework_detail_dispose;
  object_class->finalize = rp_framework_detail_finalize;
  gtk_widget_class_install_action (widget_class, "framework.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "framework.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "framework.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "framework.pdf", NULL, pdf_activated);
  gtk_widget_class_install_action (widget_class, "framework.present", NULL, present_activated);
  gtk_widget_class_install_action (widget_class, "framework.export-png", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "framework.export-svg", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "framework.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "framework.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "framework.zoom-reset", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "framework.move-activity", "(ss)", move_activity_activated);
  gtk_widget_class_install_action (widget_class, "framework.activity-links", "s", activity_links_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "framework.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "framework.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "framework.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "framework.zoom-reset", NULL);
}

/* Building the tabs */

static GtkWidget *
build_header (RpFrameworkDetail *self)
{
  RpUiHeader parts;
  GtkWidget *header = rp_ui_detail_header ("frameworks.back", &parts);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) outputs = g_menu_new ();
  g_autoptr(GMenu) record = g_menu_new ();

  self->back_button = parts.back;
  self->title_label = parts.title;
  self->badges_box = parts.badges;
  self->description_label = rp_ui_intro_label (NULL);
  gtk_box_append (GTK_BOX (parts.titles), self->description_label);
  g_menu_append (outputs, _("_Print Handout…"), "framework.print");
  g_menu_append (outputs, _("Save Handout as P_DF…"), "framework.pdf");
  g_menu_append (outputs, _("Export Diagram as P_NG…"), "framework.export-png");
  g_menu_append (outputs, _("Export Diagram as _SVG…"), "framework.export-svg");
  g_menu_append (record, _("_Edit Title and Description…"), "framework.edit");
  g_menu_append (record, _("_Delete"), "framework.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (outputs));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (record));
  gtk_box_append (GTK_BOX (parts.buttons),
                  rp_ui_present_button ("framework.present", _("Show the framework full screen: a slide a phase, then the diagram")));
  gtk_box_append (GTK_BOX (parts.buttons), rp_ui_menu_button (G_MENU_MODEL (menu)));
  return header;
}

static void
build_activities (RpFrameworkDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "activities", _("Activities"), "view-list-ordered-symbolic");

  self->phases = rp_record_list_new (RP_KIND_PHASE, _("Phases"));
  rp_record_list_set_description (self->phases, _("In time order, with when each happens relative to the sale and notes for the presenter."));
  rp_record_list_set_numbered (self->phases, TRUE);
  rp_record_list_set_subtitle_func (self->phases, phase_subtitle, self);
  rp_record_list_set_add_label (self->phases, _("Add Phase"));
  rp_record_list_watch_kind (self->phases, "activity");
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->phases));
  self->activities_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_box_append (GTK_BOX (page), self->activities_box);
}

static void
build_diagram (RpFrameworkDetail *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *zoom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *zoom_out = gtk_button_new_from_icon_name ("zoom-out-symbolic");
  GtkWidget *zoom_in = gtk_button_new_from_icon_name ("zoom-in-symbolic");
  GtkWidget *reset = gtk_button_new ();
  GtkWidget *png = gtk_button_new_with_mnemonic (_("Export P_NG…"));
  GtkWidget *svg = gtk_button_new_with_mnemonic (_("Export _SVG…"));
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkEventController *wheel = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (zoom_out), "framework.zoom-out");
  gtk_widget_set_tooltip_text (zoom_out, _("Zoom Out (Ctrl+−)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (zoom_in), "framework.zoom-in");
  gtk_widget_set_tooltip_text (zoom_in, _("Zoom In (Ctrl++)"));
  self->zoom_label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->zoom_label), 6);
  gtk_button_set_child (GTK_BUTTON (reset), self->zoom_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (reset), "framework.zoom-reset");
  gtk_widget_set_tooltip_text (reset, _("Actual Size (Ctrl+0)"));
  gtk_widget_add_css_class (zoom, "linked");
  gtk_box_append (GTK_BOX (zoom), zoom_out);
  gtk_box_append (GTK_BOX (zoom), reset);
  gtk_box_append (GTK_BOX (zoom), zoom_in);
  gtk_box_append (GTK_BOX (bar), zoom);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (bar), spacer);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (png), "framework.export-png");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (svg), "framework.export-svg");
  gtk_box_append (GTK_BOX (bar), png);
  gtk_box_append (GTK_BOX (bar), svg);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_bottom (bar, 12);
  gtk_widget_set_margin_start (bar, 18);
  gtk_widget_set_margin_end (bar, 18);
  gtk_box_append (GTK_BOX (box), bar);

  self->diagram_view = rp_chart_view_new (draw_diagram, self, NULL);
  gtk_widget_set_halign (self->diagram_view, GTK_ALIGN_START);
  gtk_widget_set_valign (self->diagram_view, GTK_ALIGN_START);
  gtk_widget_set_margin_start (self->diagram_view, 12);
  gtk_widget_set_margin_end (self->diagram_view, 12);
  gtk_widget_set_margin_bottom (self->diagram_view, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->diagram_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The framework's phases and activities, by category"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), self->diagram_view);
  gtk_widget_set_vexpand (scroll, TRUE);
  g_signal_connect (wheel, "scroll", G_CALLBACK (diagram_scroll_cb), self);
  gtk_event_controller_set_propagation_phase (wheel, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (scroll, wheel);
  gtk_box_append (GTK_BOX (box), scroll);
  adw_view_stack_add_titled_with_icon (self->stack, box, "diagram", _("Diagram"), "x-office-drawing-symbolic");
}

static void
build_factors (RpFrameworkDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "factors", _("Factors"), "view-list-bullet-symbolic");

  self->factors = rp_record_list_new (RP_KIND_FACTOR, _("Factors Weighed"));
  rp_record_list_set_description (self->factors, _("The customer needs, stakeholder requirements and resource constraints "
                                                   "this framework was built around."));
  rp_record_list_set_add_label (self->factors, _("Add Factor"));
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->factors));
}

static void
build_coverage (RpFrameworkDetail *self)
{
  GtkWidget *page = rp_ui_tab_page (self->stack, "coverage", _("Coverage"), "emblem-ok-symbolic");
  GtkWidget *intro = rp_ui_intro_label (_("What the framework does not yet cover, and the people who do not yet have the "
                                           "levels their activities need. Choose a line to put it right."));

  gtk_box_append (GTK_BOX (page), rp_ui_heading (_("Coverage and Staffing")));
  gtk_box_append (GTK_BOX (page), intro);
  self->checks = rp_ui_boxed_list ();
  g_signal_connect (self->checks, "row-activated", G_CALLBACK (check_activated_cb), self);
  gtk_box_append (GTK_BOX (page), self->checks);
}

static char *
factor_subtitle (RpRecord *factor,
                 gpointer  user_data)
{
  return rp_record_format (factor, RP_FACTOR_FACTOR_KIND);
}

static void
rp_framework_detail_init (RpFrameworkDetail *self)
{
  GtkWidget *box;

  rp_store_watch_init (&self->watch, watched_kinds, refresh_cb, self);
  self->activity_lists = g_ptr_array_new ();
  self->findings = rp_findings_new ();
  self->zoom = 1.0;
  box = rp_ui_tabbed_detail (build_header (self), &self->stack);
  build_activities (self);
  build_diagram (self);
  build_factors (self);
  build_coverage (self);
  rp_record_list_set_subtitle_func (self->factors, factor_subtitle, NULL);
  adw_bin_set_child (ADW_BIN (self), box);
}

RpFrameworkDetail *
rp_framework_detail_new (void)
{
  return g_object_new (RP_TYPE_FRAMEWORK_DETAIL, NULL);
}

void
rp_framework_detail_set_framework (RpFrameworkDetail *self,
                                   RpStore           *store,
                                   RpRecord          *framework)
{
  const char *uuid = framework ? rp_record_get_uuid (framework) : NULL;

  g_return_if_fail (RP_IS_FRAMEWORK_DETAIL (self));

  rp_store_watch_set_store (&self->watch, store);
  g_set_object (&self->framework, framework);
  g_clear_pointer (&self->phases_signature, g_free);
  g_clear_object (&self->phase_records);
  rp_record_list_set_owner (self->phases, "framework", uuid);
  rp_record_list_set_owner (self->factors, "framework", uuid);
  rp_record_list_set_store (self->phases, store);
  rp_record_list_set_store (self->factors, store);
  if (framework != NULL && store != NULL)
    refresh (self);
}

RpRecord *
rp_framework_detail_get_framework (RpFrameworkDetail *self)
{
  return self->framework;
}

GtkWidget *
rp_framework_detail_get_back_button (RpFrameworkDetail *self)
{
  return self->back_button;
}

void
rp_framework_detail_show_tab (RpFrameworkDetail *self,
                              const char        *name)
{
  adw_view_stack_set_visible_child_name (self->stack, name);
}

RpRecordList *
rp_framework_detail_get_phases (RpFrameworkDetail *self)
{
  return self->phases;
}

RpRecordList *
rp_framework_detail_get_activities (RpFrameworkDetail *self,
                                    guint              phase)
{
  return phase < self->activity_lists->len ? self->activity_lists->pdata[phase] : NULL;
}

guint
rp_framework_detail_count_flags (RpFrameworkDetail *self,
                                 const char        *rule)
{
  return self->findings ? rp_findings_count (self->findings, rule) : 0;
}

double
rp_framework_detail_get_zoom (RpFrameworkDetail *self)
{
  return self->zoom;
}

GtkWidget *
rp_framework_detail_get_diagram_view (RpFrameworkDetail *self)
{
  return self->diagram_view;
}
