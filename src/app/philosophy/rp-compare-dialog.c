/* rp-compare-dialog.c — candidates side by side, principle by principle, with the words
 * added, removed and changed highlighted against the first candidate, and their evaluation totals */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-compare-dialog.h"
#include "rp-board-pack.h"
#include "rp-print.h"
#include "rp-util.h"
#include "rp-evaluation.h"
#include "rp-text.h"
#include "rp-ui.h"

struct _RpCompareDialog
{
  AdwWindow  parent_instance;

  GtkWidget *choices;
  GtkWidget *grid_holder;
  GPtrArray *checks;      /* GtkCheckButton, one a candidate */
  GPtrArray *candidates;  /* RpRecord */
  GtkWidget *legend;
  RpStore   *store;
  RpBoardPack *pack;      /* what the board pack prints, of the candidates chosen */
  guint      n_rows;
};

G_DEFINE_FINAL_TYPE (RpCompareDialog, rp_compare_dialog, ADW_TYPE_WINDOW)

/* Escaped text with Pango spans for what differs from @base; the text itself is never markup. */
/* Added words underlined and removed ones struck through, so the difference does not rest
 * on colour alone; the colours are the theme's success and error colours. */
#define ADDED_SPAN "<span underline=\"single\" background=\"%s\" bgalpha=\"30%%\">%s</span>"
#define REMOVED_SPAN "<span strikethrough=\"true\" foreground=\"%s\">%s</span>"

char *
rp_compare_diff_markup (const char *base,
                        const char *other,
                        const char *added_color,
                        const char *removed_color)
{
  g_autoptr(GPtrArray) chunks = rp_diff_words (base, other);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < chunks->len; i++)
    {
      RpDiffChunk *chunk = chunks->pdata[i];
      g_autofree char *text = g_markup_escape_text (chunk->text, -1);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (chunk->op == RP_DIFF_ADDED)
        g_string_append_printf (out, ADDED_SPAN, added_color, text);
      else if (chunk->op == RP_DIFF_REMOVED)
        g_string_append_printf (out, REMOVED_SPAN, removed_color, text);
      else
        g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
cell (const char *markup,
      const char *css)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "compare-cell");
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

static GtkWidget *
plain_cell (const char *text,
            const char *css)
{
  g_autofree char *escaped = rp_ui_plain (text);

  return cell (escaped, css);
}

/* "Customers 3 (−2) · company 4": a rating that differs from the first candidate's says by how much. */
static GtkWidget *
with_ratings (GtkWidget        *text,
              RpBoardPrinciple *p,
              guint             c)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *customer = NULL;
  g_autofree char *company = NULL;
  g_autofree char *line = NULL;
  GtkWidget *label;
  gboolean differs;

  gtk_box_append (GTK_BOX (box), text);
  if (p->customer[c] == 0)
    return box;
  differs = c > 0 && (p->customer[c] != p->customer[0] || p->company[c] != p->company[0]);
  customer = c > 0 && p->customer[0] != 0 && p->customer[c] != p->customer[0]
    ? g_strdup_printf ("%d (%s%d)", p->customer[c], p->customer[c] > p->customer[0] ? "+" : "−", ABS (p->customer[c] - p->customer[0]))
    : g_strdup_printf ("%d", p->customer[c]);
  company = c > 0 && p->company[0] != 0 && p->company[c] != p->company[0]
    ? g_strdup_printf ("%d (%s%d)", p->company[c], p->company[c] > p->company[0] ? "+" : "−", ABS (p->company[c] - p->company[0]))
    : g_strdup_printf ("%d", p->company[c]);
  /* Translators: under a principle in the comparison, its benefit ratings (1–5) */
  line = rp_text_printf (_("Benefit to customers %s · to the company %s"), customer, company);
  label = gtk_label_new (line);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, differs ? "warning" : "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  if (p->rationales[c] != NULL)
    {
      GtkWidget *rationale = gtk_label_new (p->rationales[c]);

      gtk_label_set_wrap (GTK_LABEL (rationale), TRUE);
      gtk_label_set_xalign (GTK_LABEL (rationale), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (rationale), 40);
      gtk_widget_add_css_class (rationale, "dim-label");
      gtk_widget_add_css_class (rationale, "caption");
      gtk_box_append (GTK_BOX (box), rationale);
    }
  return box;
}

/* One criterion of the evaluation for one candidate: its average, each evaluator's score. */
static GtkWidget *
criterion_cell (RpBoardPack *pack,
                guint        c,
                guint        k)
{
  RpBoardCandidate *candidate = pack->candidates->pdata[c];
  RpRecord *criterion = pack->criteria->pdata[k];
  GString *scores = g_string_new (NULL);
  g_autofree char *text = NULL;
  gboolean best = rp_board_pack_best_for (pack, k) == (int) c;
  GtkWidget *label;

  for (guint e = 0; e < candidate->evaluations->len; e++)
    {
      RpBoardEvaluation *line = candidate->evaluations->pdata[e];

      if (line->scores[k] > 0)
        g_string_append_printf (scores, "%s%s %d", scores->len ? ", " : "",
                                line->evaluator ? line->evaluator : _("Unnamed evaluator"), line->scores[k]);
    }
  if (isnan (candidate->mean[k]))
    text = rp_text_printf (_("%s: not scored"), rp_record_get_string (criterion, RP_CRITERION_NAME));
  else
    /* Translators: "Feasibility: 3.5 (Staff council 3, Board of directors 4) — highest" */
    text = rp_text_printf (best ? _("%s: %.1f (%s) — highest") : _("%s: %.1f (%s)"),
                           rp_record_get_string (criterion, RP_CRITERION_NAME), candidate->mean[k], scores->str);
  g_string_free (scores, TRUE);
  label = plain_cell (text, best ? "success" : NULL);
  gtk_widget_add_css_class (label, "caption");
  return label;
}

static GPtrArray *
principle_texts (RpStore  *store,
                 RpRecord *philosophy)
{
  g_autoptr(GListModel) principles = rp_store_list (store, RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, rp_record_get_uuid (philosophy));
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(RpRecord) p = g_list_model_get_item (principles, i);

      g_ptr_array_add (texts, g_strdup (rp_record_get_string (p, RP_PRINCIPLE_STATEMENT)));
    }
  return texts;
}

/* The legend shows the marks in the colours the grid uses */
static void
update_legend (RpCompareDialog *self,
               const char      *added_color,
               const char      *removed_color)
{
  g_autofree char *added_words = g_markup_escape_text (_("added words"), -1);
  g_autofree char *removed_words = g_markup_escape_text (_("removed words"), -1);
  g_autofree char *added = g_strdup_printf (ADDED_SPAN, added_color, added_words);
  g_autofree char *removed = g_strdup_printf (REMOVED_SPAN, removed_color, removed_words);
  g_autofree char *markup = NULL;

  /* Translators: %s are "added words" and "removed words", marked as in the comparison;
   * the sentence is Pango markup, so no & or < in it */
  markup = g_strdup_printf (_("Against the first candidate chosen: %s, %s; a changed word shows both."), added, removed);
  gtk_label_set_markup (GTK_LABEL (self->legend), markup);
}

static void
rebuild (RpCompareDialog *self)
{
  g_autofree char *added_color = NULL;
  g_autofree char *removed_color = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) alignments = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GtkWidget *grid, *old;
  GPtrArray *base;
  guint row = 0;

  while ((old = gtk_widget_get_first_child (self->grid_holder)) != NULL)
    gtk_box_remove (GTK_BOX (self->grid_holder), old);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (self->checks->pdata[i]))
      g_ptr_array_add (chosen, self->candidates->pdata[i]);
  self->n_rows = 0;
  g_clear_pointer (&self->pack, rp_board_pack_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.board-pdf", chosen->len >= 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.board-print", chosen->len >= 2);
  if (chosen->len < 2)
    {
      gtk_box_append (GTK_BOX (self->grid_holder),
                      rp_ui_empty_label (_("Choose two candidates or more to compare them.")));
      return;
    }

  added_color = rp_ui_theme_color_hex (GTK_WIDGET (self), "success_color", (GdkRGBA) { 0.18, 0.76, 0.49, 1 });
  removed_color = rp_ui_theme_color_hex (GTK_WIDGET (self), "error_color", (GdkRGBA) { 0.88, 0.11, 0.14, 1 });
  update_legend (self, added_color, removed_color);
  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);

  for (guint c = 0; c < chosen->len; c++)
    {
      RpRecord *p = chosen->pdata[c];
      double total = rp_subject_evaluation_total (self->store, "philosophy", rp_record_get_uuid (p), NULL);
      g_autofree char *status = rp_record_format (p, RP_PHILOSOPHY_STATUS);
      g_autofree char *score = isnan (total) ? rp_text_printf (_("%s · not evaluated"), status)
                                             : rp_text_printf (_("%s · evaluation %.0f out of 100"), status, total);

      gtk_grid_attach (GTK_GRID (grid), plain_cell (rp_record_get_string (p, RP_PHILOSOPHY_TITLE), "title-3"), c, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), plain_cell (score, "heading"), c, 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), plain_cell (rp_record_get_string (p, RP_PHILOSOPHY_STATEMENT), "dim-label"), c, 2, 1, 1);
      g_ptr_array_add (texts, principle_texts (self->store, p));
    }
  row = 3;

  /* The evaluation, criterion by criterion: the board pack's first table. */
  self->pack = rp_board_pack_compute (self->store, chosen);
  for (guint k = 0; k < self->pack->criteria->len; k++, row++)
    for (guint c = 0; c < chosen->len; c++)
      gtk_grid_attach (GTK_GRID (grid), criterion_cell (self->pack, c, k), c, row, 1, 1);

  /* Each other candidate is aligned to the first, principle by principle. */
  base = texts->pdata[0];
  for (guint c = 1; c < chosen->len; c++)
    {
      GPtrArray *other = texts->pdata[c];

      g_ptr_array_add (alignments, rp_align_texts ((const char *const *) base->pdata, base->len,
                                                   (const char *const *) other->pdata, other->len));
    }
  /* Rows follow the base; the others' unmatched principles come at the end. */
  for (guint b = 0; b < base->len; b++, row++)
    {
      g_autofree char *number = g_strdup_printf ("%u. %s", b + 1, (char *) base->pdata[b]);

      RpBoardPrinciple *ratings = b < self->pack->principles->len ? self->pack->principles->pdata[b] : NULL;

      gtk_grid_attach (GTK_GRID (grid), ratings ? with_ratings (plain_cell (number, NULL), ratings, 0) : plain_cell (number, NULL), 0, row, 1, 1);
      for (guint c = 1; c < chosen->len; c++)
        {
          GArray *pairs = alignments->pdata[c - 1];
          GPtrArray *other = texts->pdata[c];
          int match = -1;

          for (guint i = 0; i < pairs->len; i++)
            if (((gint *) pairs->data)[2 * i] == (gint) b)
              match = ((gint *) pairs->data)[2 * i + 1];
          if (match < 0)
            gtk_grid_attach (GTK_GRID (grid), plain_cell (_("No matching principle"), "dim-label"), c, row, 1, 1);
          else
            {
              g_autofree char *markup = rp_compare_diff_markup (base->pdata[b], other->pdata[match], added_color, removed_color);

              gtk_grid_attach (GTK_GRID (grid), ratings ? with_ratings (cell (markup, NULL), ratings, c) : cell (markup, NULL), c, row, 1, 1);
            }
        }
      self->n_rows++;
    }
  for (guint c = 1; c < chosen->len; c++)
    {
      GArray *pairs = alignments->pdata[c - 1];
      GPtrArray *other = texts->pdata[c];

      for (guint i = 0; i < pairs->len; i++)
        if (((gint *) pairs->data)[2 * i] < 0)
          {
            g_autofree char *escaped = g_markup_escape_text (other->pdata[((gint *) pairs->data)[2 * i + 1]], -1);
            g_autofree char *markup = g_strdup_printf (ADDED_SPAN, added_color, escaped);

            gtk_grid_attach (GTK_GRID (grid), plain_cell (_("Not in the first candidate"), "dim-label"), 0, row, 1, 1);
            gtk_grid_attach (GTK_GRID (grid), cell (markup, NULL), c, row, 1, 1);
            row++;
            self->n_rows++;
          }
    }
  gtk_box_append (GTK_BOX (self->grid_holder), grid);
}

guint
rp_compare_dialog_get_n_rows (RpCompareDialog *self)
{
  return self->n_rows;
}

void
rp_compare_dialog_choose (RpCompareDialog *self,
                          const char      *uuid,
                          gboolean         chosen)
{
  for (guint i = 0; i < self->candidates->len; i++)
    if (g_str_equal (rp_record_get_uuid (self->candidates->pdata[i]), uuid))
      gtk_check_button_set_active (self->checks->pdata[i], chosen);
}

static void
rp_compare_dialog_dispose (GObject *object)
{
  RpCompareDialog *self = RP_COMPARE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->pack, rp_board_pack_free);
  G_OBJECT_CLASS (rp_compare_dialog_parent_class)->dispose (object);
}

RpBoardPack *
rp_compare_dialog_get_board_pack (RpCompareDialog *self)
{
  return self->pack;
}

static void
board_pdf_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RpCompareDialog *self = RP_COMPARE_DIALOG (widget);

  if (self->pack != NULL)
    rp_save_document_pdf (widget, rp_handout_board_pack (self->store, self->pack), _("Board pack.pdf"));
}

static void
board_print_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpCompareDialog *self = RP_COMPARE_DIALOG (widget);

  if (self->pack != NULL)
    rp_print_document (widget, rp_handout_board_pack (self->store, self->pack));
}

static void
rp_compare_dialog_class_init (RpCompareDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rp_compare_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "compare.board-pdf", NULL, board_pdf_activated);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "compare.board-print", NULL, board_print_activated);
}

static void
rp_compare_dialog_init (RpCompareDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *legend = gtk_label_new (NULL);

  self->checks = g_ptr_array_new ();
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_window_set_title (GTK_WINDOW (self), _("Compare Philosophies"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1180, 800);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  {
    GtkWidget *header = adw_header_bar_new ();
    GtkWidget *pdf = gtk_button_new_from_icon_name ("document-save-as-symbolic");
    GtkWidget *print = gtk_button_new_from_icon_name ("printer-symbolic");

    gtk_actionable_set_action_name (GTK_ACTIONABLE (pdf), "compare.board-pdf");
    gtk_widget_set_tooltip_text (pdf, _("Save Board Pack as PDF…"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (pdf), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Save the board pack as PDF"), -1);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "compare.board-print");
    gtk_widget_set_tooltip_text (print, _("Print Board Pack…"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Print the board pack"), -1);
    adw_header_bar_pack_end (ADW_HEADER_BAR (header), pdf);
    adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);
    gtk_box_append (GTK_BOX (box), header);
  }
  self->choices = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->choices), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->choices), 4);
  gtk_box_append (GTK_BOX (content), self->choices);
  self->legend = legend;
  gtk_label_set_wrap (GTK_LABEL (legend), TRUE);
  gtk_label_set_xalign (GTK_LABEL (legend), 0);
  gtk_widget_add_css_class (legend, "dim-label");
  gtk_box_append (GTK_BOX (content), legend);
  self->grid_holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), self->grid_holder);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 24);
  gtk_widget_set_margin_end (content, 24);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), content);
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_box_append (GTK_BOX (box), scroll);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* Starts with @first and the adopted philosophy (or the next candidate) chosen. */
RpCompareDialog *
rp_compare_dialog_new (GtkWidget  *parent,
                       RpStore    *store,
                       const char *first)
{
  RpCompareDialog *self = g_object_new (RP_TYPE_COMPARE_DIALOG, NULL);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  g_autoptr(GListModel) philosophies = rp_store_list (store, RP_KIND_PHILOSOPHY, RP_FIELD_NONE, NULL);
  guint n = g_list_model_get_n_items (philosophies);
  guint chosen = 0;

  self->store = g_object_ref (store);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  /* The first chosen is the base: put it first. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(RpRecord) p = g_list_model_get_item (philosophies, i);
        gboolean is_first = g_strcmp0 (rp_record_get_uuid (p), first) == 0;

        if ((pass == 0) == is_first)
          g_ptr_array_add (self->candidates, g_steal_pointer (&p));
      }
  for (guint i = 0; i < self->candidates->len; i++)
    {
      RpRecord *p = self->candidates->pdata[i];
      GtkWidget *check = gtk_check_button_new_with_label (rp_record_get_string (p, RP_PHILOSOPHY_TITLE));
      gboolean on = chosen < 2 && (i == 0 || rp_record_get_enum (p, RP_PHILOSOPHY_STATUS) == RP_PHILOSOPHY_STATUS_ADOPTED ||
                                   rp_record_get_enum (p, RP_PHILOSOPHY_STATUS) == RP_PHILOSOPHY_STATUS_PROPOSED);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), on);
      chosen += on;
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (rebuild), self);
      g_ptr_array_add (self->checks, check);
      gtk_flow_box_append (GTK_FLOW_BOX (self->choices), check);
    }
  rebuild (self);
  return self;
}
