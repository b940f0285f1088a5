/* rp-acknowledgement.c — who acknowledged which version of a philosophy, a framework or a
 * strategy's plan (ITCSCR508A: understood and adhered to by all involved), and who of the
 * staff has not */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-living.h"
#include "rp-outsourcing.h"
#include "rp-philosophy.h"
#include "rp-store-private.h"
#include "rp-text.h"
#include "rp-util.h"

typedef struct {
  RpKindId   kind;
  RpFieldId  owner;     /* the field that refers to the subject or the parent */
  int        parent;    /* index into the same table of the part this one hangs off, or -1 */
} Part;

/* What a subject's version covers: itself and the parts a reader is given. */
static const Part philosophy_parts[] = { { RP_KIND_PRINCIPLE, RP_PRINCIPLE_PHILOSOPHY, -1 } };
static const Part framework_parts[] = {
  { RP_KIND_FACTOR, RP_FACTOR_FRAMEWORK, -1 },
  { RP_KIND_PHASE, RP_PHASE_FRAMEWORK, -1 },
  { RP_KIND_ACTIVITY, RP_ACTIVITY_PHASE, 1 },
};
static const Part strategy_parts[] = { { RP_KIND_PLAN_ITEM, RP_PLAN_ITEM_STRATEGY, -1 } };

/* Progress and decisions change while the content stays what was acknowledged. */
static gboolean
field_in_version (const RpField *field)
{
  static const char *const left_out[] = { "status", "progress", "decision_notes", "cadence", "cadence_days", NULL };

  return !(field->flags & RP_FIELD_WORKFLOW) && !(field->type == RP_FIELD_REF && (field->flags & RP_FIELD_OWNER)) &&
         !g_strv_contains (left_out, field->name);
}

static int
compare_uuids (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (rp_record_get_uuid (*(RpRecord *const *) a), rp_record_get_uuid (*(RpRecord *const *) b));
}

static void
digest_record (GChecksum *sum,
               RpRecord  *record)
{
  const RpKind *kind = rp_record_get_kind (record);

  g_checksum_update (sum, (const guchar *) kind->name, -1);
  g_checksum_update (sum, (const guchar *) rp_record_get_uuid (record), -1);
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const GValue *value = rp_record_get_value (record, i);
      g_autofree char *text = NULL;

      if (!field_in_version (&kind->fields[i]))
        continue;
      if (G_VALUE_HOLDS_DOUBLE (value))
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          text = g_strdup (g_ascii_dtostr (buffer, sizeof buffer, g_value_get_double (value)));
        }
      else if (G_VALUE_HOLDS_INT64 (value))
        text = g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
      else if (G_VALUE_HOLDS_BOOLEAN (value))
        text = g_strdup (g_value_get_boolean (value) ? "true" : "false");
      else if (G_VALUE_HOLDS_STRING (value))
        text = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "\x01");
      g_checksum_update (sum, (const guchar *) kind->fields[i].name, -1);
      g_checksum_update (sum, (const guchar *) "\x1f", 1);
      g_checksum_update (sum, (const guchar *) (text ? text : ""), -1);
      g_checksum_update (sum, (const guchar *) "\x1e", 1);
    }
}

/* Each part's records, in UUID order so both workspaces read them alike. */
static void
digest_parts (GChecksum    *sum,
              RpStore      *store,
              const Part   *parts,
              guint         n_parts,
              int           parent,
              const char   *owner_uuid)
{
  for (guint p = 0; p < n_parts; p++)
    {
      g_autoptr(GListModel) list = NULL;
      g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

      if (parts[p].parent != parent)
        continue;
      list = rp_store_list (store, parts[p].kind, parts[p].owner, owner_uuid);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (records, g_list_model_get_item (list, i));
      g_ptr_array_sort (records, compare_uuids);
      for (guint i = 0; i < records->len; i++)
        {
          digest_record (sum, records->pdata[i]);
          digest_parts (sum, store, parts, n_parts, (int) p, rp_record_get_uuid (records->pdata[i]));
        }
    }
}

gboolean
rp_ack_subject_kind (RpRecord *subject)
{
  RpKindId kind = rp_kind_get_index (rp_record_get_kind (subject));

  return kind == RP_KIND_PHILOSOPHY || kind == RP_KIND_FRAMEWORK || kind == RP_KIND_STRATEGY;
}

RpFieldId
rp_ack_subject_field (RpKindId kind)
{
  switch (kind)
    {
    case RP_KIND_PHILOSOPHY: return RP_ACKNOWLEDGEMENT_PHILOSOPHY;
    case RP_KIND_FRAMEWORK: return RP_ACKNOWLEDGEMENT_FRAMEWORK;
    case RP_KIND_STRATEGY: return RP_ACKNOWLEDGEMENT_STRATEGY;
    default: return RP_FIELD_NONE;
    }
}

/* A digest of what the reader was given: the same in a colleague's workspace that
 * imported it, different once a word of it changes. */
char *
rp_ack_version (RpStore  *store,
                RpRecord *subject)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  RpKindId kind = rp_kind_get_index (rp_record_get_kind (subject));
  const Part *parts = kind == RP_KIND_PHILOSOPHY ? philosophy_parts
                    : kind == RP_KIND_FRAMEWORK ? framework_parts : strategy_parts;
  guint n_parts = kind == RP_KIND_PHILOSOPHY ? G_N_ELEMENTS (philosophy_parts)
                : kind == RP_KIND_FRAMEWORK ? G_N_ELEMENTS (framework_parts) : G_N_ELEMENTS (strategy_parts);

  g_return_val_if_fail (rp_ack_subject_kind (subject), NULL);

  digest_record (sum, subject);
  digest_parts (sum, store, parts, n_parts, -1, rp_record_get_uuid (subject));
  return g_strdup (g_checksum_get_string (sum));
}

RpRecord *
rp_acknowledge (RpStore     *store,
                RpRecord    *subject,
                const char  *by,
                const char  *on,
                const char  *comment,
                GError     **error)
{
  g_autoptr(RpRecord) ack = NULL;
  g_autofree char *version = NULL;
  g_autofree char *today = NULL;
  g_autofree char *name = g_strstrip (g_strdup (by ? by : ""));

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (RP_IS_RECORD (subject), NULL);

  if (!rp_ack_subject_kind (subject))
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("Only a philosophy, a framework or a strategy's plan can be acknowledged."));
      return NULL;
    }
  if (*name == '\0')
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID, _("Say who acknowledges it."));
      return NULL;
    }
  if (on == NULL)
    {
      GDate date;

      rp_date_set_today (&date);
      on = today = rp_date_format (&date);
    }
  version = rp_ack_version (store, subject);
  ack = rp_record_new_for (RP_KIND_ACKNOWLEDGEMENT, subject);
  rp_record_set_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_BY, name);
  rp_record_set_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_ON, on);
  if (comment != NULL && *comment != '\0')
    rp_record_set_string (ack, RP_ACKNOWLEDGEMENT_COMMENT, comment);
  rp_record_set_string (ack, RP_ACKNOWLEDGEMENT_VERSION, version);
  if (!rp_store_save (store, ack, error))
    return NULL;
  return g_steal_pointer (&ack);
}

static void
ack_line_free (gpointer data)
{
  RpAckLine *line = data;

  g_free (line->uuid);
  g_free (line->by);
  g_free (line->on);
  g_free (line->comment);
  g_free (line);
}

static void
ack_pending_free (gpointer data)
{
  RpAckPending *pending = data;

  g_free (pending->name);
  g_free (pending->outsourcer);
  g_free (pending);
}

void
rp_ack_status_free (RpAckStatus *status)
{
  if (status == NULL)
    return;
  g_free (status->version);
  g_ptr_array_unref (status->acks);
  g_ptr_array_unref (status->pending);
  g_free (status);
}

/* Who acknowledged which version of @subject, and who in the staff directory (the
 * company's own and the outsourcers') has not acknowledged this one; names match
 * regardless of case and spacing. */
RpAckStatus *
rp_ack_status_compute (RpStore  *store,
                       RpRecord *subject)
{
  RpAckStatus *status = g_new0 (RpAckStatus, 1);
  g_autoptr(GListModel) acks = NULL;
  g_autoptr(GListModel) staff = rp_store_list (store, RP_KIND_STAFF, RP_FIELD_NONE, NULL);
  g_autoptr(GHashTable) current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) earlier = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) outsourcers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_return_val_if_fail (rp_ack_subject_kind (subject), status);

  status->version = rp_ack_version (store, subject);
  status->acks = g_ptr_array_new_with_free_func (ack_line_free);
  status->pending = g_ptr_array_new_with_free_func (ack_pending_free);
  acks = rp_store_list (store, RP_KIND_ACKNOWLEDGEMENT,
                        rp_ack_subject_field (rp_kind_get_index (rp_record_get_kind (subject))),
                        rp_record_get_uuid (subject));
  for (guint i = 0; i < g_list_model_get_n_items (acks); i++)
    {
      g_autoptr(RpRecord) ack = g_list_model_get_item (acks, i);
      RpAckLine *line = g_new0 (RpAckLine, 1);

      line->uuid = g_strdup (rp_record_get_uuid (ack));
      line->by = g_strdup (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_BY));
      line->on = g_strdup (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_ACKNOWLEDGED_ON));
      line->comment = g_strdup (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_COMMENT));
      line->outdated = g_strcmp0 (rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_VERSION), status->version) != 0;
      g_hash_table_add (line->outdated ? earlier : current, rp_text_match_key (line->by));
      g_ptr_array_add (status->acks, line);
    }

  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(RpRecord) person = g_list_model_get_item (staff, i);
      g_autofree char *key = rp_text_match_key (rp_record_get_string (person, RP_STAFF_NAME));
      const char *outsourcer = rp_record_get_string (person, RP_STAFF_OUTSOURCER);
      RpAckPending *pending;

      status->n_staff++;
      if (g_hash_table_contains (current, key))
        {
          status->n_current++;
          continue;
        }
      pending = g_new0 (RpAckPending, 1);
      pending->name = g_strdup (rp_record_get_string (person, RP_STAFF_NAME));
      pending->outdated = g_hash_table_contains (earlier, key);
      if (outsourcer != NULL)
        {
          const char *name = g_hash_table_lookup (outsourcers, outsourcer);

          if (name == NULL)
            {
              g_autoptr(RpRecord) o = rp_store_get (store, RP_KIND_OUTSOURCER, outsourcer);

              name = o ? rp_record_get_string (o, RP_OUTSOURCER_NAME) : "";
              g_hash_table_insert (outsourcers, g_strdup (outsourcer), g_strdup (name));
              name = g_hash_table_lookup (outsourcers, outsourcer);
            }
          pending->outsourcer = g_strdup (name);
        }
      g_ptr_array_add (status->pending, pending);
    }
  return status;
}

/* For the Overview: how many of the staff have not acknowledged the adopted philosophy,
 * and each framework or plan whose acknowledgements have begun. */
GPtrArray *
rp_ack_findings (RpStore *store)
{
  GPtrArray *findings = rp_findings_new ();
  g_autoptr(RpRecord) adopted = rp_philosophy_get_adopted (store);
  g_autoptr(GPtrArray) subjects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GListModel) acks = rp_store_list (store, RP_KIND_ACKNOWLEDGEMENT, RP_FIELD_NONE, NULL);

  if (rp_store_count (store, RP_KIND_STAFF) == 0)
    return findings;
  if (adopted != NULL)
    {
      g_hash_table_add (seen, (gpointer) rp_record_get_uuid (adopted));
      g_ptr_array_add (subjects, g_object_ref (adopted));
    }
  for (guint i = 0; i < g_list_model_get_n_items (acks); i++)
    {
      g_autoptr(RpRecord) ack = g_list_model_get_item (acks, i);
      const char *framework = rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_FRAMEWORK);
      const char *strategy = rp_record_get_string (ack, RP_ACKNOWLEDGEMENT_STRATEGY);
      RpRecord *subject = NULL;

      if (framework != NULL && !g_hash_table_contains (seen, framework))
        subject = rp_store_get (store, RP_KIND_FRAMEWORK, framework);
      else if (strategy != NULL && !g_hash_table_contains (seen, strategy))
        subject = rp_store_get (store, RP_KIND_STRATEGY, strategy);
      if (subject != NULL)
        {
          g_hash_table_add (seen, (gpointer) rp_record_get_uuid (subject));
          g_ptr_array_add (subjects, subject);
        }
    }
  for (guint i = 0; i < subjects->len; i++)
    {
      RpRecord *subject = subjects->pdata[i];
      g_autoptr(RpAckStatus) status = rp_ack_status_compute (store, subject);
      g_autofree char *title = rp_record_dup_title (subject);
      guint missing = status->n_staff - status->n_current;
      const char *kind = rp_record_get_kind (subject)->name;

      if (missing == 0)
        continue;
      g_ptr_array_add (findings,
                       rp_finding_new (RP_FINDING_WARNING, "acknowledgement-missing", kind, rp_record_get_uuid (subject),
                                       /* Translators: "4 of 9 staff have not acknowledged “Customer first” as it stands" */
                                       g_dngettext (GETTEXT_PACKAGE,
                                                    "%u of %u staff has not acknowledged “%s” as it stands",
                                                    "%u of %u staff have not acknowledged “%s” as it stands", missing),
                                       missing, status->n_staff, title));
    }
  return findings;
}
