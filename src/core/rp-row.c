/* rp-row.c */
#include "config.h"

#include <math.h>

#include "rp-row.h"
#include "rp-record-private.h"

struct _RpRow
{
  GObject    parent_instance;

  RpRecord  *record;
  char      *title;
  char      *subtitle;
  GPtrArray *notes;     /* why the badge says what it says, NULL-terminated */
  double     number;    /* a count or a score, NAN when none */
  GListModel *children; /* records that belong to it, as the list shows them (checks, links) */
  guint      position;  /* 1-based, in the list's order */
  char      *badge;     /* a status or a count beside the title */
  RpTone     tone;
  guint      depth;     /* in a tree, 0 at the top */
};

G_DEFINE_FINAL_TYPE (RpRow, rp_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECORD,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_NOTES,
  PROP_NUMBER,
  PROP_POSITION,
  PROP_BADGE,
  PROP_DEPTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rp_row_finalize (GObject *object)
{
  RpRow *self = RP_ROW (object);

  g_clear_object (&self->record);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->badge);
  g_ptr_array_unref (self->notes);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (rp_row_parent_class)->finalize (object);
}

static void
rp_row_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  RpRow *self = RP_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    case PROP_TITLE:
      g_value_set_string (value, rp_row_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_NOTES:
      g_value_set_boxed (value, rp_row_get_notes (self));
      break;
    case PROP_NUMBER:
      g_value_set_double (value, self->number);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_BADGE:
      g_value_set_string (value, self->badge);
      break;
    case PROP_DEPTH:
      g_value_set_uint (value, self->depth);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_row_class_init (RpRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rp_row_finalize;
  object_class->get_property = rp_row_get_property;

  properties[PROP_RECORD] = g_param_spec_object ("record", NULL, NULL, RP_TYPE_RECORD, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] = g_param_spec_boxed ("notes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_NUMBER] = g_param_spec_double ("number", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_BADGE] = g_param_spec_string ("badge", NULL, NULL, NULL, flags);
  properties[PROP_DEPTH] = g_param_spec_uint ("depth", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_row_init (RpRow *self)
{
  self->notes = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->number = NAN;
}

RpRow *
rp_row_new (RpRecord *record)
{
  RpRow *self;

  g_return_val_if_fail (RP_IS_RECORD (record), NULL);

  self = g_object_new (RP_TYPE_ROW, NULL);
  self->record = g_object_ref (record);
  return self;
}

RpRecord *
rp_row_get_record (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), NULL);
  return self->record;
}

const char *
rp_row_get_uuid (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), NULL);
  return rp_record_get_uuid (self->record);
}

/* What names the row: set by the model, or the record's own title. */
const char *
rp_row_get_title (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), NULL);
  if (self->title == NULL)
    self->title = rp_record_dup_title (self->record);
  return self->title;
}

const char *
rp_row_get_subtitle (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), NULL);
  return self->subtitle;
}

const char *const *
rp_row_get_notes (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), NULL);
  return (const char *const *) self->notes->pdata;
}

double
rp_row_get_number (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), NAN);
  return self->number;
}

guint
rp_row_get_position (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), 0);
  return self->position;
}

void
rp_row_set_title (RpRow      *self,
                  const char *title)
{
  g_return_if_fail (RP_IS_ROW (self));
  g_free (self->title);
  self->title = g_strdup (title);
}

void
rp_row_set_subtitle (RpRow      *self,
                     const char *subtitle)
{
  g_return_if_fail (RP_IS_ROW (self));
  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
}

void
rp_row_add_note (RpRow      *self,
                 const char *note)
{
  g_return_if_fail (RP_IS_ROW (self));
  g_ptr_array_add (self->notes, g_strdup (note));
}

void
rp_row_set_number (RpRow  *self,
                   double  number)
{
  g_return_if_fail (RP_IS_ROW (self));
  self->number = number;
}

void
rp_row_set_position (RpRow *self,
                     guint  position)
{
  g_return_if_fail (RP_IS_ROW (self));
  self->position = position;
}

GListModel *
rp_row_get_children (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), NULL);
  return self->children;
}

void
rp_row_set_children (RpRow      *self,
                     GListModel *children)
{
  g_return_if_fail (RP_IS_ROW (self));
  g_set_object (&self->children, children);
}

/* Children are records: the same when the same records, unchanged, in the same order. */
static gboolean
children_equal (GListModel *a,
                GListModel *b)
{
  guint n = a ? g_list_model_get_n_items (a) : 0;

  if (n != (b ? g_list_model_get_n_items (b) : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpRecord) x = g_list_model_get_item (a, i);
      g_autoptr(RpRecord) y = g_list_model_get_item (b, i);

      if (g_strcmp0 (rp_record_get_uuid (x), rp_record_get_uuid (y)) != 0 ||
          g_strcmp0 (rp_record_get_updated_at (x), rp_record_get_updated_at (y)) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
notes_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (a->pdata[i], b->pdata[i]) != 0)
      return FALSE;
  return TRUE;
}

/* Takes what @fresh, a newer read of the same record, shows; TRUE when anything differs. */
gboolean
rp_row_update_from (RpRow *self,
                    RpRow *fresh)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (RP_IS_ROW (self) && RP_IS_ROW (fresh), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  if (_rp_record_assign (self->record, fresh->record))
    {
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
    }
  if (g_strcmp0 (rp_row_get_title (self), rp_row_get_title (fresh)) != 0)
    {
      rp_row_set_title (self, fresh->title);
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  if (g_strcmp0 (self->subtitle, fresh->subtitle) != 0)
    {
      rp_row_set_subtitle (self, fresh->subtitle);
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
    }
  if (!notes_equal (self->notes, fresh->notes))
    {
      g_ptr_array_set_size (self->notes, 0);
      for (guint i = 0; i < fresh->notes->len; i++)
        rp_row_add_note (self, fresh->notes->pdata[i]);
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
    }
  if (!(isnan (self->number) && isnan (fresh->number)) && self->number != fresh->number)
    {
      self->number = fresh->number;
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
    }
  if (!children_equal (self->children, fresh->children))
    {
      g_set_object (&self->children, fresh->children);
      changed = TRUE;
    }
  if (g_strcmp0 (self->badge, fresh->badge) != 0 || self->tone != fresh->tone)
    {
      rp_row_set_badge (self, fresh->badge, fresh->tone);
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
    }
  if (self->depth != fresh->depth)
    {
      self->depth = fresh->depth;
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPTH]);
    }
  if (self->position != fresh->position)
    {
      self->position = fresh->position;
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  return changed;
}

const char *
rp_row_get_badge (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), NULL);
  return self->badge;
}

RpTone
rp_row_get_tone (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), RP_TONE_NEUTRAL);
  return self->tone;
}

void
rp_row_set_badge (RpRow      *self,
                  const char *badge,
                  RpTone      tone)
{
  g_return_if_fail (RP_IS_ROW (self));

  if (badge != self->badge)
    {
      g_free (self->badge);
      self->badge = g_strdup (badge);
    }
  self->tone = tone;
}

guint
rp_row_get_depth (RpRow *self)
{
  g_return_val_if_fail (RP_IS_ROW (self), 0);
  return self->depth;
}

void
rp_row_set_depth (RpRow *self,
                  guint  depth)
{
  g_return_if_fail (RP_IS_ROW (self));
  self->depth = depth;
}
