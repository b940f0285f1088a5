/* rp-record-list.c
 *
 * For the short lists of a record's parts (objectives, principles, duties,
 * KPIs…): a boxed list bound to the core's model of them, which says what to show
 * and reads again when anything it shows changes. A list that grows long (a staff
 * directory of thousands) shows a page of rows at a time with a search, since every
 * row of a boxed list is built. Tables that are large by nature use GtkListView or
 * GtkColumnView in their own views instead.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-record-list-private.h"
#include "rp-csv.h"
#include "rp-util.h"
#include "rp-row-list.h"
#include "rp-ui.h"


G_DEFINE_FINAL_TYPE (RpRecordList, rp_record_list, GTK_TYPE_BOX)


enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_ADD_LABEL,
  PROP_EMPTY_TEXT,
  PROP_NUMBERED,
  PROP_ACTIVATABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RECORD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

RpRecord *
_rp_record_list_find_record (RpRecordList *self,
                             const char   *uuid,
                             guint        *position)
{
  g_autoptr(RpRow) row = self->records ? rp_record_model_find (self->records, uuid, position) : NULL;

  return row != NULL ? g_object_ref (rp_row_get_record (row)) : NULL;
}

/* What a row says of itself to someone who cannot see it. */
static char *
row_name (RpRecordList *self,
          const char   *title,
          guint         position)
{
  if (self->numbered)
    {
      g_autofree char *kind = g_utf8_strdown (rp_kind_get_label (self->kind), -1);

      /* Translators: how a numbered row is named, "principle 3" */
      return rp_text_printf (_("%s %u"), kind, position);
    }
  return g_strdup (title);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  RpRecordList *self = user_data;
  RpRow *info = item;
  RpRecord *record = rp_row_get_record (info);
  guint index = rp_row_get_position (info) > 0 ? rp_row_get_position (info) - 1 : 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->records));
  g_autofree char *title = self->title_func ? self->title_func (record, self->title_data)
                                            : g_strdup (rp_row_get_title (info));
  g_autofree char *subtitle = self->subtitle_func ? self->subtitle_func (record, self->subtitle_data)
                                                  : g_strdup (rp_row_get_subtitle (info));
  GtkWidget *row = rp_ui_row_new (title, subtitle);
  const char *uuid = rp_record_get_uuid (record);
  const char *const *notes = rp_row_get_notes (info);
  g_autofree char *name = NULL;
  g_autofree char *quoted = NULL;

  name = row_name (self, title, index + 1);
  /* Translators: a record named in an action, as in "Edit “Ken Lau”" */
  quoted = self->numbered ? g_strdup (name) : rp_text_printf (_("“%s”"), name);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  if (self->numbered)
    {
      g_autofree char *number = g_strdup_printf ("%u", index + 1);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), rp_ui_badge_new (number, "numeric"));
    }
  if (rp_row_get_badge (info) != NULL)
    {
      GtkWidget *badge = rp_ui_badge_new (rp_row_get_badge (info), rp_ui_tone_class (rp_row_get_tone (info)));

      /* The notes say why */
      if (notes != NULL && notes[0] != NULL)
        {
          g_autofree char *why = g_strjoinv ("\n", (char **) notes);

          gtk_widget_set_tooltip_text (badge, why);
        }
      rp_ui_row_add_below (ADW_ACTION_ROW (row), badge);
    }
  if (self->suffix_func != NULL)
    {
      GtkWidget *suffix = self->suffix_func (record, self->suffix_data);

      if (suffix != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
    }
  {
    GtkWidget *down = NULL;

    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               rp_ui_row_actions_new (quoted, uuid, (self->kind->flags & RP_KIND_ORDERED) != 0,
                                                      index > 0, index + 1 < n, &down));
    g_object_set_data (G_OBJECT (row), "rp-down", down);
  }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "rp-uuid", g_strdup (uuid), g_free);
  g_object_set_data (G_OBJECT (row), "rp-index", GUINT_TO_POINTER (index));
  if (self->kind->flags & RP_KIND_ORDERED)
    rp_ui_reorderable_row (row, uuid, index);
  return row;
}

/* The search when the list is longer than a page; Show More while rows are left out */
static void
update_paging (RpRecordList *self)
{
  guint total = self->records ? g_list_model_get_n_items (G_LIST_MODEL (self->records)) : 0;
  guint matching = self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  guint shown = self->shown ? g_list_model_get_n_items (G_LIST_MODEL (self->shown)) : 0;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));

  gtk_widget_set_visible (self->search, total > RP_UI_PAGE_SIZE || *text != '\0');
  rp_ui_show_more_button_set_count (self->more_button, matching - shown);
}

static void
more_clicked_cb (GtkButton    *button,
                 RpRecordList *self)
{
  gtk_slice_list_model_set_size (self->shown, gtk_slice_list_model_get_size (self->shown) + RP_UI_PAGE_SIZE);
  update_paging (self);
}

static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  RpRecordList *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autofree char *wanted = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (*text == '\0')
    return TRUE;
  wanted = rp_text_match_key (text);
  title = rp_text_match_key (rp_row_get_title (item));
  subtitle = rp_text_match_key (rp_row_get_subtitle (item));
  return strstr (title, wanted) != NULL || strstr (subtitle, wanted) != NULL;
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   RpRecordList   *self)
{
  if (self->filtered == NULL)
    return;
  gtk_slice_list_model_set_size (self->shown, RP_UI_PAGE_SIZE);
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered), GTK_FILTER_CHANGE_DIFFERENT);
  update_paging (self);
}

/* A row added at the end lets the one before it move down. */
static void
n_items_cb (RpRecordList *self)
{
  update_paging (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->records));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *down = g_object_get_data (G_OBJECT (row), "rp-down");

      if (down != NULL)
        gtk_widget_set_sensitive (down, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rp-index")) + 1 < n);
    }
}

/**
 * rp_record_list_bind:
 * @owner: the field of the list's kind that holds @owner_uuid, or %RP_FIELD_NONE
 *   for every record of the kind
 *
 * Shows the records of the list's kind that belong to @owner_uuid (NULL @store: none).
 */
void
rp_record_list_bind (RpRecordList *self,
                     RpStore      *store,
                     RpFieldId     owner,
                     const char   *owner_uuid)
{
  g_autoptr(RpRecordModel) records = NULL;

  g_return_if_fail (RP_IS_RECORD_LIST (self));
  g_return_if_fail (owner == RP_FIELD_NONE || RP_FIELD_KIND (owner) == rp_kind_get_index (self->kind));

  if (store != NULL && (owner == RP_FIELD_NONE || owner_uuid != NULL))
    records = rp_record_model_get (store, rp_kind_get_index (self->kind), owner, owner_uuid);
  g_set_object (&self->store, store);
  self->owner_field = owner;
  if (owner_uuid != self->owner_uuid)
    {
      g_free (self->owner_uuid);
      self->owner_uuid = g_strdup (owner_uuid);
    }
  if (records == self->records)
    return;
  if (self->records != NULL)
    g_clear_signal_handler (&self->n_items_id, self->records);
  g_set_object (&self->records, records);
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->filtered);
  if (records != NULL)
    {
      self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (records)),
                                                  GTK_FILTER (gtk_custom_filter_new (matches_search, self, NULL)));
      self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), 0, RP_UI_PAGE_SIZE);
      gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_row_cb, self, NULL);
      self->n_items_id = g_signal_connect_swapped (records, "notify::n-items", G_CALLBACK (n_items_cb), self);
    }
  update_paging (self);
  gtk_widget_set_sensitive (self->add_button, records != NULL);
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  RpRecordList  *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (row), "rp-uuid");
  g_autoptr(RpRecord) record = uuid ? _rp_record_list_find_record (self, uuid, NULL) : NULL;

  if (record == NULL)
    return;
  if (self->activatable)
    g_signal_emit (self, signals[RECORD_ACTIVATED], 0, record);
  else
    rp_record_list_open_editor (self, record);
}

static void
rp_record_list_dispose (GObject *object)
{
  RpRecordList *self = RP_RECORD_LIST (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  if (self->records != NULL)
    g_clear_signal_handler (&self->n_items_id, self->records);
  g_clear_object (&self->shown);
  g_clear_object (&self->filtered);
  g_clear_object (&self->records);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_RECORD_LIST);
  G_OBJECT_CLASS (rp_record_list_parent_class)->dispose (object);
}

static void
rp_record_list_finalize (GObject *object)
{
  RpRecordList *self = RP_RECORD_LIST (object);

  g_free (self->owner_uuid);
  G_OBJECT_CLASS (rp_record_list_parent_class)->finalize (object);
}

static void
rp_record_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RpRecordList *self = RP_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind ? self->kind->name : NULL);
      break;
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (GTK_LABEL (self->title_label)));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, gtk_label_get_text (GTK_LABEL (self->description_label)));
      break;
    case PROP_NUMBERED:
      g_value_set_boolean (value, self->numbered);
      break;
    case PROP_ACTIVATABLE:
      g_value_set_boolean (value, self->activatable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_record_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RpRecordList *self = RP_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = rp_kind_lookup (g_value_get_string (value));
      g_return_if_fail (self->kind != NULL);
      break;
    case PROP_TITLE:
      gtk_label_set_text (GTK_LABEL (self->title_label), g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      rp_record_list_set_description (self, g_value_get_string (value));
      break;
    case PROP_ADD_LABEL:
      rp_record_list_set_add_label (self, g_value_get_string (value));
      break;
    case PROP_EMPTY_TEXT:
      rp_record_list_set_empty_text (self, g_value_get_string (value));
      break;
    case PROP_NUMBERED:
      rp_record_list_set_numbered (self, g_value_get_boolean (value));
      break;
    case PROP_ACTIVATABLE:
      rp_record_list_set_activatable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_record_list_class_init (RpRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_record_list_dispose;
  object_class->finalize = rp_record_list_finalize;
  object_class->get_property = rp_record_list_get_property;
  object_class->set_property = rp_record_list_set_property;

  /* The kind's name ("principle"), so that a template can say it */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NUMBERED] =
    g_param_spec_boolean ("numbered", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACTIVATABLE] =
    g_param_spec_boolean ("activatable", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[RECORD_ACTIVATED] = g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, RP_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapport/Rapport/widgets/rp-record-list.ui");
  gtk_widget_class_bind_template_child (widget_class, RpRecordList, title_label);
  gtk_widget_class_bind_template_child (widget_class, RpRecordList, description_label);
  gtk_widget_class_bind_template_child (widget_class, RpRecordList, header_box);
  gtk_widget_class_bind_template_child (widget_class, RpRecordList, add_button);
  gtk_widget_class_bind_template_child (widget_class, RpRecordList, list);
  gtk_widget_class_bind_template_child (widget_class, RpRecordList, search);
  gtk_widget_class_bind_template_child (widget_class, RpRecordList, more_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  _rp_record_list_class_init_editing (widget_class);
}

static void
rp_record_list_init (RpRecordList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rp_record_list_set_empty_text (self, _("None yet"));
}

RpRecordList *
rp_record_list_new (RpKindId    kind,
                    const char *title)
{
  return g_object_new (RP_TYPE_RECORD_LIST, "kind", rp_kind_get (kind)->name, "title", title, NULL);
}

void
rp_record_list_set_description (RpRecordList *self,
                                const char   *description)
{
  gtk_label_set_text (GTK_LABEL (self->description_label), description);
  gtk_widget_set_visible (self->description_label, description != NULL);
}

void
rp_record_list_set_empty_text (RpRecordList *self,
                               const char   *text)
{
  GtkWidget *label = rp_ui_empty_label (text);

  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_set_placeholder (self->list, label);
}

void
rp_record_list_set_add_label (RpRecordList *self,
                              const char   *label)
{
  g_autofree char *name = rp_ui_strip_mnemonic (label);

  adw_button_content_set_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (self->add_button))), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
rp_record_list_set_title_func (RpRecordList     *self,
                               RpRecordTextFunc  func,
                               gpointer          user_data)
{
  self->title_func = func;
  self->title_data = user_data;
}

void
rp_record_list_set_subtitle_func (RpRecordList     *self,
                                  RpRecordTextFunc  func,
                                  gpointer          user_data)
{
  self->subtitle_func = func;
  self->subtitle_data = user_data;
}

void
rp_record_list_set_suffix_func (RpRecordList       *self,
                                RpRecordWidgetFunc  func,
                                gpointer            user_data)
{
  self->suffix_func = func;
  self->suffix_data = user_data;
}

void
rp_record_list_set_editor_func (RpRecordList       *self,
                                RpRecordEditorFunc  func,
                                gpointer            user_data)
{
  self->editor_func = func;
  self->editor_data = user_data;
}

void
rp_record_list_set_open_func (RpRecordList     *self,
                              RpRecordOpenFunc  func,
                              gpointer          user_data)
{
  self->open_func = func;
  self->open_data = user_data;
}

RpStore *
rp_record_list_get_store (RpRecordList *self)
{
  g_return_val_if_fail (RP_IS_RECORD_LIST (self), NULL);
  return self->store;
}

void
rp_record_list_set_activatable (RpRecordList *self,
                                gboolean      activatable)
{
  self->activatable = activatable;
}

void
rp_record_list_set_numbered (RpRecordList *self,
                             gboolean      numbered)
{
  self->numbered = numbered;
}

guint
rp_record_list_get_n_records (RpRecordList *self)
{
  g_return_val_if_fail (RP_IS_RECORD_LIST (self), 0);
  return self->records ? g_list_model_get_n_items (G_LIST_MODEL (self->records)) : 0;
}

RpRecord *
rp_record_list_get_record (RpRecordList *self,
                           guint         index)
{
  g_return_val_if_fail (RP_IS_RECORD_LIST (self), NULL);
  return self->records ? rp_record_model_get_record (self->records, index) : NULL;
}

const char *
rp_record_list_get_owner (RpRecordList *self)
{
  return self->owner_uuid;
}
