/* rp-ui.c */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-ui.h"
#include "rp-util.h"

/* Text from a workspace or a bundle, ready for a widget that parses markup. */
char *
rp_ui_plain (const char *text)
{
  g_autofree char *clean = rp_text_strip_bidi (text ? text : "");

  return g_markup_escape_text (clean, -1);
}

/* "_Save as PDF…" as a screen reader says it: without the mnemonic's underscore. */
char *
rp_ui_strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label ? label : ""; *p != '\0'; p++)
    if (*p != '_' || p[1] == '_')
      g_string_append_c (out, *p == '_' ? *++p : *p);
  return g_string_free (out, FALSE);
}

void
rp_ui_row_set_text (AdwActionRow *row,
                    const char   *title,
                    const char   *subtitle)
{
  g_autofree char *clean_title = rp_text_strip_bidi (title ? title : "");
  g_autofree char *clean_subtitle = rp_text_strip_bidi (subtitle ? subtitle : "");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), clean_title);
  adw_action_row_set_subtitle (row, clean_subtitle);
}

GtkWidget *
rp_ui_row_new (const char *title,
               const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  rp_ui_row_set_text (ADW_ACTION_ROW (row), title, subtitle);
  return row;
}

static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  GtkWidget *w = widget;

  while (w != NULL)
    {
      if (ADW_IS_TOAST_OVERLAY (w))
        return ADW_TOAST_OVERLAY (w);
      w = gtk_widget_get_parent (w);
    }
  w = GTK_WIDGET (gtk_widget_get_root (widget));
  if (w != NULL)
    {
      GtkWidget *child = gtk_window_get_child (GTK_WINDOW (w));

      if (ADW_IS_TOAST_OVERLAY (child))
        return ADW_TOAST_OVERLAY (child);
      if (ADW_IS_APPLICATION_WINDOW (w) &&
          ADW_IS_TOAST_OVERLAY (adw_application_window_get_content (ADW_APPLICATION_WINDOW (w))))
        return ADW_TOAST_OVERLAY (adw_application_window_get_content (ADW_APPLICATION_WINDOW (w)));
    }
  return NULL;
}

void
rp_ui_toast (GtkWidget  *widget,
             const char *text)
{
  AdwToastOverlay *overlay = find_overlay (widget);
  g_autofree char *plain = rp_ui_plain (text);

  /* Toast titles are always markup in libadwaita 1.2. */
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, adw_toast_new (plain));
}

/* The deletes made in a window, newest last: Ctrl+Z (win.undo) takes back the newest,
 * a toast's Undo its own. Kept on the window, dropped with its workspace. */
typedef struct {
  RpStore     *store;
  RpChangeSet *undo;
} UndoEntry;

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_object_unref (entry->store);
  rp_change_set_free (entry->undo);
  g_free (entry);
}

static GPtrArray *
undo_stack (GtkWidget *widget,
            gboolean   create)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GPtrArray *stack;

  /* A dialog's delete belongs to the window it was opened from */
  while (GTK_IS_WINDOW (root) && gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL)
    root = GTK_ROOT (gtk_window_get_transient_for (GTK_WINDOW (root)));
  if (root == NULL)
    return NULL;
  stack = g_object_get_data (G_OBJECT (root), "rp-undo-stack");
  if (stack == NULL && create)
    {
      stack = g_ptr_array_new_with_free_func (undo_entry_free);
      g_object_set_data_full (G_OBJECT (root), "rp-undo-stack", stack, (GDestroyNotify) g_ptr_array_unref);
    }
  return stack;
}

static gboolean
undo_entry (GtkWidget *widget,
            GPtrArray *stack,
            UndoEntry *entry)
{
  g_autoptr(GError) error = NULL;
  gboolean done = rp_store_undo (entry->store, entry->undo, &error);

  g_ptr_array_remove (stack, entry);
  if (!done)
    rp_ui_show_error (widget, _("Could Not Undo"), error);
  return done;
}

static void
undo_clicked_cb (AdwToast  *toast,
                 GtkWidget *widget)
{
  GPtrArray *stack = undo_stack (widget, FALSE);
  UndoEntry *entry = g_object_get_data (G_OBJECT (toast), "rp-undo");

  /* Taken back already by Ctrl+Z, or the workspace is another one now */
  if (stack != NULL && entry != NULL && g_ptr_array_find (stack, entry, NULL))
    undo_entry (widget, stack, entry);
}

/* Takes back the newest delete made in @widget's window; FALSE when there is none. */
gboolean
rp_ui_undo_last (GtkWidget *widget)
{
  GPtrArray *stack = undo_stack (widget, FALSE);

  if (stack == NULL || stack->len == 0)
    {
      rp_ui_toast (widget, _("Nothing to undo"));
      return FALSE;
    }
  if (undo_entry (widget, stack, stack->pdata[stack->len - 1]))
    rp_ui_toast (widget, _("Delete undone"));
  return TRUE;
}

void
rp_ui_undo_forget (GtkWidget *window)
{
  GPtrArray *stack = undo_stack (window, FALSE);

  if (stack != NULL)
    g_ptr_array_set_size (stack, 0);
}

void
rp_ui_toast_undo (GtkWidget   *widget,
                  const char  *text,
                  RpStore     *store,
                  RpChangeSet *undo)
{
  AdwToastOverlay *overlay = find_overlay (widget);
  g_autofree char *plain = rp_ui_plain (text);
  GPtrArray *stack = undo_stack (widget, TRUE);
  AdwToast *toast;
  UndoEntry *entry;

  if (stack == NULL)
    {
      rp_change_set_free (undo);
      return;
    }
  entry = g_new0 (UndoEntry, 1);
  entry->store = g_object_ref (store);
  entry->undo = undo;
  g_ptr_array_add (stack, entry);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (plain);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* A delete that took other records with it stays until dismissed */
  if (rp_change_set_get_n_records (undo) > 1)
    adw_toast_set_timeout (toast, 0);
  g_object_set_data (G_OBJECT (toast), "rp-undo", entry);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), widget, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

void
rp_ui_show_error (GtkWidget    *widget,
                  const char   *heading,
                  const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  /* The body is plain text (body-use-markup is off by default). */
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   error ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
rp_ui_delete_record (GtkWidget *widget,
                     RpStore   *store,
                     RpRecord  *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpRecord) keep = g_object_ref (record);
  g_autofree char *title = rp_record_dup_title (record);
  g_autofree char *text = NULL;
  RpChangeSet *undo = NULL;

  if (!rp_store_delete (store, record, &undo, &error))
    {
      rp_ui_show_error (widget, _("Could Not Delete"), error);
      return FALSE;
    }
  if (rp_change_set_get_n_records (undo) > 1)
    {
      guint others = rp_change_set_get_n_records (undo) - 1;

      /* Translators: a toast, "Strategy “Win back trust” deleted, with 11 records that belonged to it" */
      text = rp_text_printf (g_dngettext (GETTEXT_PACKAGE, "%s “%s” deleted, with %u record that belonged to it",
                                          "%s “%s” deleted, with %u records that belonged to it", others),
                             rp_kind_get_label (rp_record_get_kind (keep)), title, others);
    }
  else
    /* Translators: a toast, e.g. "Principle “Answer within a day” deleted" */
    text = rp_text_printf (_("%s “%s” deleted"), rp_kind_get_label (rp_record_get_kind (keep)), title);
  rp_ui_toast_undo (widget, text, store, undo);
  return TRUE;
}

static GtkWidget *
find_title_box (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *first = gtk_widget_get_first_child (child);
      GtkWidget *found;

      if (GTK_IS_BOX (child) && gtk_orientable_get_orientation (GTK_ORIENTABLE (child)) == GTK_ORIENTATION_VERTICAL &&
          GTK_IS_LABEL (first) && gtk_widget_has_css_class (first, "title"))
        return child;
      if ((found = find_title_box (child)) != NULL)
        return found;
    }
  return NULL;
}

/* A badge or flags under a row's title and subtitle rather than beside them, so the text
 * keeps its width in a narrow window; beside them if the row has no title box. */
void
rp_ui_row_add_below (AdwActionRow *row,
                     GtkWidget    *widget)
{
  GtkWidget *title_box = find_title_box (GTK_WIDGET (row));

  if (title_box == NULL)
    {
      adw_action_row_add_suffix (row, widget);
      return;
    }
  gtk_widget_set_halign (widget, GTK_ALIGN_START);
  gtk_widget_set_margin_top (widget, 4);
  /* Under the text a badge has the row's width: it wraps rather than cut its words */
  if (GTK_IS_LABEL (widget))
    {
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (widget), -1);
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
    }
  gtk_box_append (GTK_BOX (title_box), widget);
}

static void
day_selected_cb (GtkCalendar *calendar,
                 GtkEditable *target)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (dt, "%Y-%m-%d");

  gtk_editable_set_text (target, text);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
  gtk_widget_grab_focus (GTK_WIDGET (target));
}

/* The calendar opens on the day typed, or today */
static void
calendar_show_cb (GtkPopover  *popover,
                  GtkEditable *target)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  GDate date;
  g_autoptr(GDateTime) dt = NULL;

  g_date_clear (&date, 1);
  if (rp_date_parse (gtk_editable_get_text (target), &date))
    dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 0, 0, 0);
  else
    dt = g_date_time_new_now_local ();
  g_signal_handlers_block_by_func (calendar, day_selected_cb, target);
  gtk_calendar_select_day (calendar, dt);
  g_signal_handlers_unblock_by_func (calendar, day_selected_cb, target);
}

/* A button beside a date field that picks the day from a calendar; typing an ISO date
 * keeps working. @field names the field for screen readers. */
GtkWidget *
rp_ui_calendar_button_new (GtkEditable *target,
                           const char  *field)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  /* Translators: a calendar button's name for a screen reader, "Pick the day of “Due on”" */
  g_autofree char *name = rp_text_printf (_("Pick the day of “%s” from a calendar"), field);

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Pick a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_object (popover, "show", G_CALLBACK (calendar_show_cb), target, 0);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (day_selected_cb), target, 0);
  return button;
}

/* One of the theme's named colours (accent_color, warning_color, success_color …) as the
 * style of @widget has it now, dark and high contrast included. */
GdkRGBA
rp_ui_theme_color (GtkWidget  *widget,
                   const char *name,
                   GdkRGBA     fallback)
{
  GdkRGBA color;
  gboolean found;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return found ? color : fallback;
}

/* The same as #rrggbb, for Pango markup. */
char *
rp_ui_theme_color_hex (GtkWidget  *widget,
                       const char *name,
                       GdkRGBA     fallback)
{
  GdkRGBA c = rp_ui_theme_color (widget, name, fallback);

  return g_strdup_printf ("#%02x%02x%02x", (guint) (CLAMP (c.red, 0, 1) * 255 + 0.5),
                          (guint) (CLAMP (c.green, 0, 1) * 255 + 0.5), (guint) (CLAMP (c.blue, 0, 1) * 255 + 0.5));
}

/* An icon beside words that say the same: screen readers skip it. */
GtkWidget *
rp_ui_icon_new (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       "can-target", FALSE,
                       NULL);
}

/* An icon that says something of its own ("Warning"). */
GtkWidget *
rp_ui_icon_new_named (const char *icon_name,
                      const char *name)
{
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return image;
}

GtkWidget *
rp_ui_badge_new (const char *text,
                 const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "badge");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  /* A long badge gives way before the page does, never below 16 characters (short ones
   * stay whole); the whole text stays in the tooltip. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN ((int) g_utf8_strlen (text ? text : "", -1), 16));
  gtk_widget_set_tooltip_text (label, text);
  return label;
}

GtkWidget *
rp_ui_empty_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  return label;
}

void
rp_ui_clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

void
rp_ui_list_box_clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Dates show in the reader's locale; the workspace keeps ISO 8601. */
char *
rp_ui_format_date (const char *iso_date)
{
  return rp_date_format_local (iso_date);
}

char *
rp_ui_format_number (double value,
                     int    decimals)
{
  if (isnan (value))
    return g_strdup ("—");
  return g_strdup_printf ("%.*f", decimals, value);
}

/* What a scorecard's standing badge says: the standing of a complete month, else why there
 * is none. */
const char *
rp_ui_standing_text (const RpScorecard *card)
{
  if (card->standing != NULL)
    return card->standing;
  if (card->not_reporting && card->n_kpis > 0)
    return _("Not reporting");
  if (!isnan (card->score))
    return _("Incomplete");
  return _("No score");
}

const char *
rp_ui_standing_card_class (const RpScorecard *card)
{
  if (card->standing == NULL && card->not_reporting && card->n_kpis > 0)
    return "standing-watch";
  return rp_ui_standing_class (card->rule_action);
}

const char *
rp_ui_standing_class (const char *rule_action)
{
  if (g_strcmp0 (rule_action, "reward") == 0)
    return "standing-excellent";
  if (g_strcmp0 (rule_action, "none") == 0)
    return "standing-good";
  if (g_strcmp0 (rule_action, "warning") == 0)
    return "standing-watch";
  if (rule_action != NULL)
    return "standing-probation";
  return "standing-none";
}

/* "Oct", or "Oct 2026" for the first label and for January. */
char *
rp_ui_format_month (const char *period,
                    gboolean    with_year)
{
  int year, month;

  if (!rp_period_parse (period, &year, &month))
    return g_strdup (period ? period : "");
  return rp_month_format_local (year, month, with_year);
}

GtkWidget *
rp_ui_boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

/* A button of a row: the tooltip says what it does, the accessible name for which record. */
static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *accessible,
             const char *action,
             const char *uuid)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", uuid);
  return button;
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             const char *uuid)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target (item, action, "s", uuid);
  g_menu_append_item (menu, item);
}

/* The row's menu is made when first opened: a popover menu built for every row of a long
 * list would cost more than the rest of the row. */
static void
create_row_menu_cb (GtkMenuButton *button,
                    gpointer       user_data)
{
  gtk_menu_button_set_menu_model (button, g_object_get_data (G_OBJECT (button), "rp-menu"));
}

/* The buttons of a record's row (Move Up and Down when @ordered, Edit, Delete), named for
 * the record @quoted; in a narrow window they give way to one menu of the same actions.
 * @out_down is the Move Down button, or NULL. */
GtkWidget *
rp_ui_row_actions_new (const char  *quoted,
                       const char  *uuid,
                       gboolean     ordered,
                       gboolean     can_go_up,
                       gboolean     can_go_down,
                       GtkWidget  **out_down)
{
  g_autofree char *edit_name = rp_text_printf (_("Edit %s"), quoted);
  g_autofree char *delete_name = rp_text_printf (_("Delete %s"), quoted);
  g_autofree char *more_name = rp_text_printf (_("Actions for %s"), quoted);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *squeezer = adw_squeezer_new ();
  GtkWidget *more = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  *out_down = NULL;
  if (ordered)
    {
      g_autofree char *up_name = rp_text_printf (_("Move %s up"), quoted);
      g_autofree char *down_name = rp_text_printf (_("Move %s down"), quoted);
      GtkWidget *up = icon_button ("go-up-symbolic", _("Move Up"), up_name, "list.move-up", uuid);
      GtkWidget *down = icon_button ("go-down-symbolic", _("Move Down"), down_name, "list.move-down", uuid);

      gtk_widget_set_sensitive (up, can_go_up);
      gtk_widget_set_sensitive (down, can_go_down);
      *out_down = down;
      gtk_box_append (GTK_BOX (buttons), up);
      gtk_box_append (GTK_BOX (buttons), down);
      append_item (menu, _("Move _Up"), "list.move-up", uuid);
      append_item (menu, _("Move _Down"), "list.move-down", uuid);
    }
  gtk_box_append (GTK_BOX (buttons), icon_button ("document-edit-symbolic", _("Edit"), edit_name, "list.edit", uuid));
  gtk_box_append (GTK_BOX (buttons), icon_button ("user-trash-symbolic", _("Delete"), delete_name, "list.delete", uuid));
  append_item (menu, _("_Edit…"), "list.edit", uuid);
  append_item (menu, _("_Delete"), "list.delete", uuid);
  /* In a narrow window the row's buttons give way to one menu of the same actions */
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
  g_object_set_data_full (G_OBJECT (more), "rp-menu", g_object_ref (menu), g_object_unref);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (more), create_row_menu_cb, NULL, NULL);
  gtk_widget_set_tooltip_text (more, _("Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (more), GTK_ACCESSIBLE_PROPERTY_LABEL, more_name, -1);
  gtk_widget_add_css_class (more, "flat");
  gtk_widget_set_valign (more, GTK_ALIGN_CENTER);
  adw_squeezer_set_switch_threshold_policy (ADW_SQUEEZER (squeezer), ADW_FOLD_THRESHOLD_POLICY_NATURAL);
  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  adw_squeezer_set_xalign (ADW_SQUEEZER (squeezer), 1);
  adw_squeezer_set_homogeneous (ADW_SQUEEZER (squeezer), FALSE);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), buttons);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), more);
  gtk_widget_set_valign (squeezer, GTK_ALIGN_CENTER);
  return squeezer;
}

/* Whose KPI it is, under its name in a list of candidates: an outsourcer's or the company's. */
char *
rp_ui_kpi_owner (RpRecord *kpi,
                 gpointer  store)
{
  g_autoptr(RpRecord) owner = NULL;

  if (rp_record_get_string (kpi, RP_KPI_PROFILE) != NULL)
    return g_strdup (_("The company's own indicator"));
  owner = rp_store_get (store, RP_KIND_OUTSOURCER, rp_record_get_string (kpi, RP_KPI_OUTSOURCER));
  return owner ? rp_text_printf (_("Outsourcer %s"), rp_record_get_string (owner, RP_OUTSOURCER_NAME)) : NULL;
}

/* A search over a long list, named for a screen reader as it is labelled */
GtkWidget *
rp_ui_list_search_new (const char *label)
{
  GtkWidget *search = gtk_search_entry_new ();

  g_object_set (search, "placeholder-text", label, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return search;
}

/* The button under a long list that builds its next page of rows */
GtkWidget *
rp_ui_show_more_button_new (void)
{
  GtkWidget *button = gtk_button_new ();

  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_visible (button, FALSE);
  return button;
}

/* Says how many rows are left out, and shows the button only while some are. */
void
rp_ui_show_more_button_set_count (GtkWidget *button,
                                  guint      not_shown)
{
  gtk_widget_set_visible (button, not_shown > 0);
  if (not_shown > 0)
    {
      /* Translators: a button under a long list, "Show More (1,950 Not Shown)" */
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show More (%'u Not Shown)",
                                                             "Show More (%'u Not Shown)", not_shown),
                                                not_shown);

      gtk_button_set_label (GTK_BUTTON (button), label);
    }
}
