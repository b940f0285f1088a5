/* rp-links-dialog.c — a principle's objectives and stakeholder groups, an activity's
 * principles and staff, a strategy's principles: switches that apply at once */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-links-dialog.h"
#include "rp-csv.h"
#include "rp-philosophy.h"
#include "rp-ui.h"


typedef struct {
  RpStore          *store;
  RpFieldId         own_field;
  char             *own_uuid;
  RpFieldId         other_field;
  GListModel       *candidates;
  RpRecordTextFunc  subtitle;
  gpointer          subtitle_data;
  GHashTable       *linked;      /* the candidates linked, read at each fill */
  GHashTable       *keys;        /* uuid → what a search matches: its name and description */
  GPtrArray        *rows;        /* the rows shown, to take away for another search */
  GtkWidget        *search;
  GtkWidget        *more_button;
  guint             limit;
} LinkGroup;

static void
link_group_free (gpointer data)
{
  LinkGroup *group = data;

  g_object_unref (group->store);
  g_object_unref (group->candidates);
  g_hash_table_unref (group->linked);
  g_hash_table_unref (group->keys);
  g_ptr_array_unref (group->rows);
  g_free (group->own_uuid);
  g_free (group);
}

static void
switched_cb (GtkSwitch  *toggle,
             GParamSpec *pspec,
             GtkWidget  *group_widget)
{
  LinkGroup *group = g_object_get_data (G_OBJECT (group_widget), "rp-links");
  g_autoptr(GError) error = NULL;

  if (!rp_link_toggle (group->store, group->own_field, group->own_uuid, group->other_field,
                       g_object_get_data (G_OBJECT (toggle), "rp-uuid"), gtk_switch_get_active (toggle), &error))
    rp_ui_show_error (GTK_WIDGET (toggle), _("Could Not Change the Link"), error);
}

static GtkWidget *
candidate_row (GtkWidget *widget,
               RpRecord  *other,
               gboolean   active)
{
  LinkGroup *group = g_object_get_data (G_OBJECT (widget), "rp-links");
  g_autofree char *name = rp_record_dup_title (other);
  g_autofree char *details = group->subtitle ? group->subtitle (other, group->subtitle_data) : NULL;
  GtkWidget *row = rp_ui_row_new (name, details);
  GtkWidget *toggle = gtk_switch_new ();

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (toggle), "rp-uuid", g_strdup (rp_record_get_uuid (other)), g_free);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (switched_cb), widget);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  return row;
}

static gboolean
candidate_matches (LinkGroup  *group,
                   RpRecord   *other,
                   const char *wanted)
{
  const char *key;

  if (wanted == NULL)
    return TRUE;
  key = g_hash_table_lookup (group->keys, rp_record_get_uuid (other));
  if (key == NULL)
    {
      g_autofree char *name = rp_record_dup_title (other);
      g_autofree char *details = group->subtitle ? group->subtitle (other, group->subtitle_data) : NULL;
      g_autofree char *both = g_strconcat (name ? name : "", "\n", details ? details : "", NULL);
      char *made = rp_text_match_key (both);

      g_hash_table_insert (group->keys, g_strdup (rp_record_get_uuid (other)), made);
      key = made;
    }
  return strstr (key, wanted) != NULL;
}

static void more_clicked_cb (GtkButton *button, GtkWidget *widget);

/* What is linked now, in one read: shown first, switched on */
static void
read_linked (LinkGroup *group)
{
  g_autoptr(GListModel) links = rp_store_list (group->store, RP_FIELD_KIND (group->own_field), group->own_field, group->own_uuid);

  g_hash_table_remove_all (group->linked);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(RpRecord) link = g_list_model_get_item (links, i);

      g_hash_table_add (group->linked, g_strdup (rp_record_get_string (link, group->other_field)));
    }
}

/* The linked candidates first, then a page of the others, those the search matches */
static void
fill (GtkWidget *widget)
{
  LinkGroup *group = g_object_get_data (G_OBJECT (widget), "rp-links");
  const char *text = group->search ? gtk_editable_get_text (GTK_EDITABLE (group->search)) : "";
  g_autofree char *wanted = *text ? rp_text_match_key (text) : NULL;
  guint n = g_list_model_get_n_items (group->candidates);
  guint matching = 0, shown = 0;

  read_linked (group);
  for (guint i = 0; i < group->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (widget), group->rows->pdata[i]);
  g_ptr_array_set_size (group->rows, 0);
  if (group->more_button != NULL)
    {
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (widget), group->more_button);
      group->more_button = NULL;
    }
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(RpRecord) other = g_list_model_get_item (group->candidates, i);
        gboolean linked = g_hash_table_contains (group->linked, rp_record_get_uuid (other));
        GtkWidget *row;

        if (linked != (pass == 0) || !candidate_matches (group, other, wanted))
          continue;
        matching++;
        /* What is chosen is always shown */
        if (!linked && shown >= group->limit)
          continue;
        shown++;
        row = candidate_row (widget, other, linked);
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), row);
        g_ptr_array_add (group->rows, row);
      }
  if (matching > shown)
    {
      group->more_button = rp_ui_show_more_button_new ();
      rp_ui_show_more_button_set_count (group->more_button, matching - shown);
      g_signal_connect (group->more_button, "clicked", G_CALLBACK (more_clicked_cb), widget);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), group->more_button);
    }
}

static void
more_clicked_cb (GtkButton *button,
                 GtkWidget *widget)
{
  LinkGroup *group = g_object_get_data (G_OBJECT (widget), "rp-links");

  group->limit += RP_UI_PAGE_SIZE;
  fill (widget);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   GtkWidget      *widget)
{
  LinkGroup *group = g_object_get_data (G_OBJECT (widget), "rp-links");

  group->limit = RP_UI_PAGE_SIZE;
  fill (widget);
}

GtkWidget *
rp_links_group_new (RpStore    *store,
                    const char *title,
                    const char *description,
                    RpFieldId   own_field,
                    const char *own_uuid,
                    RpFieldId   other_field,
                    GListModel *candidates)
{
  return rp_links_group_new_full (store, title, description, own_field, own_uuid, other_field,
                                  candidates, NULL, NULL);
}

/* As rp_links_group_new(), each candidate described under its name by @subtitle. */
GtkWidget *
rp_links_group_new_full (RpStore          *store,
                         const char       *title,
                         const char       *description,
                         RpFieldId         own_field,
                         const char       *own_uuid,
                         RpFieldId         other_field,
                         GListModel       *candidates,
                         RpRecordTextFunc  subtitle,
                         gpointer          subtitle_data)
{
  GtkWidget *widget = adw_preferences_group_new ();
  LinkGroup *group = g_new0 (LinkGroup, 1);
  guint n = g_list_model_get_n_items (candidates);

  group->store = g_object_ref (store);
  group->own_field = own_field;
  group->own_uuid = g_strdup (own_uuid);
  group->other_field = other_field;
  g_object_set_data_full (G_OBJECT (widget), "rp-links", group, link_group_free);
  /* A group's title and description are markup; the description may be a record's text. */
  {
    g_autofree char *plain_title = rp_ui_plain (title);
    g_autofree char *plain_description = description ? rp_ui_plain (description) : NULL;

    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), plain_title);
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget), plain_description);
  }
  group->candidates = g_object_ref (candidates);
  group->subtitle = subtitle;
  group->subtitle_data = subtitle_data;
  group->rows = g_ptr_array_new ();
  group->limit = RP_UI_PAGE_SIZE;
  group->linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  group->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (n > RP_UI_PAGE_SIZE)
    {
      group->search = rp_ui_list_search_new (_("Search the List"));
      gtk_widget_set_valign (group->search, GTK_ALIGN_END);
      g_signal_connect (group->search, "search-changed", G_CALLBACK (search_changed_cb), widget);
      /* Above the rows: what a group adds that is not a row goes below them */
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (widget), group->search);
    }
  fill (widget);
  if (n == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), rp_ui_empty_label (_("There is nothing to choose from yet.")));
  return widget;
}

GtkWidget *
rp_links_dialog_new (GtkWidget  *parent,
                     const char *title)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 640);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  g_object_set_data (G_OBJECT (window), "rp-page", page);
  return window;
}

void
rp_links_dialog_add (GtkWidget *dialog,
                     GtkWidget *group)
{
  adw_preferences_page_add (g_object_get_data (G_OBJECT (dialog), "rp-page"), ADW_PREFERENCES_GROUP (group));
}
