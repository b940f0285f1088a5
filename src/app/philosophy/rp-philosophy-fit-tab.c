/* rp-philosophy-fit-tab.c — the fit with the company (ITCSCR601A): principles against the
 * corporate objectives they serve, ticked in a matrix; an objective no principle serves
 * and a principle that serves none are flagged */
#include "config.h"

#include <glib/gi18n.h>

#include "rp-philosophy-tabs.h"
#include "rp-util.h"
#include "rp-philosophy.h"
#include "rp-philosophy-models.h"
#include "rp-record-model.h"
#include "rp-ui.h"

struct _RpPhilosophyFitTab
{
  RpDetailTab         parent_instance;

  GtkBox             *matrix_holder;
  GtkListBox         *findings_list;

  RpRecordModel      *principles;
  RpRecordModel      *objectives;
  RpPhilosophyChecks *checks;
  GtkFilterListModel *fit_findings;
  GPtrArray          *rows;        /* per principle: GPtrArray of GtkCheckButton */
  GPtrArray          *flags;       /* per principle, then per objective: the warning icon */
  char               *signature;   /* of what the matrix was built for */
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (RpPhilosophyFitTab, rp_philosophy_fit_tab, RP_TYPE_DETAIL_TAB)

static void
toggled_cb (GtkCheckButton     *check,
            RpPhilosophyFitTab *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  if (!rp_link_toggle (rp_detail_tab_get_store (RP_DETAIL_TAB (self)),
                       RP_PRINCIPLE_OBJECTIVE_PRINCIPLE, g_object_get_data (G_OBJECT (check), "rp-principle"),
                       RP_PRINCIPLE_OBJECTIVE_OBJECTIVE, g_object_get_data (G_OBJECT (check), "rp-objective"),
                       gtk_check_button_get_active (check), &error))
    rp_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Link"), error);
}

static GtkWidget *
matrix_label (const char *text,
              const char *css,
              int         max_chars)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_chars);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_tooltip_text (label, text);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

static GtkWidget *
flag_icon (const char *tooltip)
{
  GtkWidget *icon = rp_ui_icon_new_named ("dialog-warning-symbolic", _("Warning"));

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_tooltip_text (icon, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return icon;
}

static char *
matrix_signature (RpPhilosophyFitTab *self)
{
  GString *out = g_string_new (NULL);
  RpRecordModel *models[] = { self->principles, self->objectives };

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      for (guint i = 0; models[m] != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (models[m])); i++)
        {
          g_autoptr(RpRow) row = g_list_model_get_item (G_LIST_MODEL (models[m]), i);

          g_string_append_printf (out, "%s\x1f%s\x1e", rp_row_get_uuid (row), rp_row_get_title (row));
        }
      g_string_append_c (out, '\x1d');
    }
  return g_string_free (out, FALSE);
}

/* The matrix is built when its principles or objectives change; a tick only updates it,
 * so the box ticked keeps the focus. */
static void
build_matrix (RpPhilosophyFitTab *self)
{
  guint n_objectives = self->objectives ? g_list_model_get_n_items (G_LIST_MODEL (self->objectives)) : 0;
  guint n_principles = self->principles ? g_list_model_get_n_items (G_LIST_MODEL (self->principles)) : 0;
  GtkWidget *grid, *scroll, *frame, *old;

  while ((old = gtk_widget_get_first_child (GTK_WIDGET (self->matrix_holder))) != NULL)
    gtk_box_remove (self->matrix_holder, old);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->flags, 0);
  if (n_objectives == 0 || n_principles == 0)
    {
      gtk_box_append (self->matrix_holder,
                      rp_ui_empty_label (n_objectives == 0 ? _("The company has no corporate objectives yet: add them on the Overview (Edit Profile).")
                                                           : _("Add principles on the Write tab to see how they serve the objectives.")));
      return;
    }
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_add_css_class (grid, "fit-matrix");
  for (guint o = 0; o < n_objectives; o++)
    {
      g_autoptr(RpRow) objective = g_list_model_get_item (G_LIST_MODEL (self->objectives), o);
      GtkWidget *head = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *flag = flag_icon (_("No principle serves this objective"));

      gtk_box_append (GTK_BOX (head), matrix_label (rp_row_get_title (objective), "caption-heading", 14));
      gtk_box_append (GTK_BOX (head), flag);
      gtk_widget_set_valign (head, GTK_ALIGN_END);
      gtk_grid_attach (GTK_GRID (grid), head, 2 + o, 0, 1, 1);
      g_ptr_array_add (self->flags, flag);
    }
  for (guint p = 0; p < n_principles; p++)
    {
      g_autoptr(RpRow) principle = g_list_model_get_item (G_LIST_MODEL (self->principles), p);
      g_autofree char *number = g_strdup_printf ("%u", p + 1);
      GPtrArray *checks = g_ptr_array_new ();
      GtkWidget *statement = matrix_label (rp_row_get_title (principle), NULL, 40);
      GtkWidget *flag = flag_icon (_("This principle serves no corporate objective"));

      gtk_widget_set_hexpand (statement, TRUE);
      /* Enough of the principle to tell it from the others; the matrix scrolls sideways */
      gtk_label_set_width_chars (GTK_LABEL (statement), 24);
      gtk_grid_attach (GTK_GRID (grid), rp_ui_badge_new (number, "numeric"), 0, p + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), statement, 1, p + 1, 1, 1);
      for (guint o = 0; o < n_objectives; o++)
        {
          g_autoptr(RpRow) objective = g_list_model_get_item (G_LIST_MODEL (self->objectives), o);
          GtkWidget *check = gtk_check_button_new ();
          /* Translators: a box of the fit matrix, "Principle 2 serves “Grow market share”" */
          g_autofree char *tip = rp_text_printf (_("Principle %u serves “%s”"), p + 1, rp_row_get_title (objective));

          gtk_widget_set_tooltip_text (check, tip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
          gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          g_object_set_data_full (G_OBJECT (check), "rp-principle", g_strdup (rp_row_get_uuid (principle)), g_free);
          g_object_set_data_full (G_OBJECT (check), "rp-objective", g_strdup (rp_row_get_uuid (objective)), g_free);
          g_signal_connect (check, "toggled", G_CALLBACK (toggled_cb), self);
          gtk_grid_attach (GTK_GRID (grid), check, 2 + o, p + 1, 1, 1);
          g_ptr_array_add (checks, check);
        }
      gtk_grid_attach (GTK_GRID (grid), flag, 2 + n_objectives, p + 1, 1, 1);
      g_ptr_array_add (self->rows, checks);
      g_ptr_array_insert (self->flags, p, flag);
    }
  scroll = gtk_scrolled_window_new ();
  frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (frame, "card");
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), grid);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroll), TRUE);
  gtk_box_append (GTK_BOX (frame), scroll);
  gtk_box_append (self->matrix_holder, frame);
}

/* flags: the principles' first, then the objectives' */
static void
update_matrix (RpPhilosophyFitTab *self)
{
  RpStore *store = rp_detail_tab_get_store (RP_DETAIL_TAB (self));
  g_autofree char *signature = matrix_signature (self);
  guint n_principles;

  if (g_strcmp0 (signature, self->signature) != 0)
    {
      g_free (self->signature);
      self->signature = g_steal_pointer (&signature);
      build_matrix (self);
    }
  n_principles = self->rows->len;
  self->filling = TRUE;
  for (guint p = 0; p < n_principles; p++)
    {
      GPtrArray *checks = self->rows->pdata[p];

      for (guint o = 0; o < checks->len; o++)
        gtk_check_button_set_active (checks->pdata[o],
                                     rp_link_exists (store, RP_PRINCIPLE_OBJECTIVE_PRINCIPLE,
                                                     g_object_get_data (G_OBJECT (checks->pdata[o]), "rp-principle"),
                                                     RP_PRINCIPLE_OBJECTIVE_OBJECTIVE,
                                                     g_object_get_data (G_OBJECT (checks->pdata[o]), "rp-objective")));
    }
  self->filling = FALSE;
  for (guint i = 0; self->checks != NULL && i < self->flags->len; i++)
    {
      gboolean principle = i < n_principles;
      GPtrArray *checks = principle ? self->rows->pdata[i] : self->rows->pdata[0];
      GtkWidget *check = principle ? checks->pdata[0] : checks->pdata[i - n_principles];
      const char *uuid = g_object_get_data (G_OBJECT (check), principle ? "rp-principle" : "rp-objective");

      gtk_widget_set_visible (self->flags->pdata[i],
                              rp_philosophy_checks_flags (self->checks, principle ? "principle-serves-no-objective"
                                                                                  : "objective-unserved", uuid));
    }
}

static gboolean
is_fit_finding (gpointer item,
                gpointer user_data)
{
  const char *rule = rp_finding_row_get_finding (item)->rule;

  return g_str_equal (rule, "objective-unserved") || g_str_equal (rule, "principle-serves-no-objective");
}

static GtkWidget *
create_finding_row (gpointer item,
                    gpointer user_data)
{
  const RpFinding *finding = rp_finding_row_get_finding (item);
  GtkWidget *row = rp_ui_row_new (finding->message, NULL);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), flag_icon (_("Warning")));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
drop_models (RpPhilosophyFitTab *self)
{
  if (self->principles != NULL)
    g_signal_handlers_disconnect_by_func (self->principles, update_matrix, self);
  if (self->objectives != NULL)
    g_signal_handlers_disconnect_by_func (self->objectives, update_matrix, self);
  if (self->checks != NULL)
    g_signal_handlers_disconnect_by_func (self->checks, update_matrix, self);
  g_clear_object (&self->principles);
  g_clear_object (&self->objectives);
  g_clear_object (&self->checks);
  g_clear_pointer (&self->signature, g_free);
}

static void
rp_philosophy_fit_tab_bind (RpDetailTab *tab,
                            RpStore     *store,
                            RpRecord    *record)
{
  RpPhilosophyFitTab *self = RP_PHILOSOPHY_FIT_TAB (tab);

  drop_models (self);
  if (store != NULL && record != NULL)
    {
      self->principles = rp_record_model_get (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (record));
      self->objectives = rp_record_model_get (store, RP_KIND_OBJECTIVE, RP_FIELD_NONE, NULL);
      self->checks = rp_philosophy_checks_get (store, rp_record_get_uuid (record));
      g_signal_connect_swapped (self->principles, "items-changed", G_CALLBACK (update_matrix), self);
      g_signal_connect_swapped (self->objectives, "items-changed", G_CALLBACK (update_matrix), self);
      g_signal_connect_swapped (self->checks, "notify::loading", G_CALLBACK (update_matrix), self);
    }
  gtk_filter_list_model_set_model (self->fit_findings, G_LIST_MODEL (self->checks));
  update_matrix (self);
}

GtkCheckButton *
rp_philosophy_fit_tab_get_check (RpPhilosophyFitTab *self,
                                 guint               principle,
                                 guint               objective)
{
  GPtrArray *row;

  g_return_val_if_fail (RP_IS_PHILOSOPHY_FIT_TAB (self), NULL);
  if (principle >= self->rows->len)
    return NULL;
  row = self->rows->pdata[principle];
  return objective < row->len ? row->pdata[objective] : NULL;
}

static void
rp_philosophy_fit_tab_dispose (GObject *object)
{
  RpPhilosophyFitTab *self = RP_PHILOSOPHY_FIT_TAB (object);

  drop_models (self);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PHILOSOPHY_FIT_TAB);
  g_clear_object (&self->fit_findings);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->flags, g_ptr_array_unref);
  G_OBJECT_CLASS (rp_philosophy_fit_tab_parent_class)->dispose (object);
}

static void
rp_philosophy_fit_tab_class_init (RpPhilosophyFitTabClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rp_philosophy_fit_tab_dispose;
  RP_DETAIL_TAB_CLASS (klass)->bind = rp_philosophy_fit_tab_bind;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/philosophy/rp-philosophy-fit-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyFitTab, matrix_holder);
  gtk_widget_class_bind_template_child (widget_class, RpPhilosophyFitTab, findings_list);
}

static void
rp_philosophy_fit_tab_init (RpPhilosophyFitTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->flags = g_ptr_array_new ();
  self->fit_findings = gtk_filter_list_model_new (NULL, GTK_FILTER (gtk_custom_filter_new (is_fit_finding, NULL, NULL)));
  gtk_list_box_bind_model (self->findings_list, G_LIST_MODEL (self->fit_findings), create_finding_row, NULL, NULL);
  gtk_list_box_set_placeholder (self->findings_list,
                                rp_ui_list_placeholder (_("Every principle serves an objective, and every objective is served."), NULL));
}
