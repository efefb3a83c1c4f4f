/* fu-job.c: one application to one position
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fu-json.h"
#include "fu-job.h"

struct _FuJob
{
  FuRecord parent_instance;

  char *company;
  char *title;
  char *url;
  char *location;
  gboolean remote;
  gint64 salary_min;
  gint64 salary_max;
  char *salary_currency;
  char *source;
  char *agency;
  GDateTime *apply_by;
  GDateTime *applied;
  FuStage stage;
  char *stage_raw;  /* an id this version does not know */
  FuOutcome outcome;
  char *outcome_raw;  /* an id this version does not know */
  char *outcome_note;
  GListStore *history;
  char *cv;
  char *cover_letter;
  char *offer_details;
  GDateTime *offer_deadline;
  char *notes;
  char *description;
  char **tags;
  GListStore *rounds;
  GListStore *contacts;
  GDateTime *created;
};

G_DEFINE_FINAL_TYPE (FuJob, fu_job, FU_TYPE_RECORD)

enum {
  PROP_0,
  PROP_COMPANY,
  PROP_TITLE,
  PROP_URL,
  PROP_LOCATION,
  PROP_REMOTE,
  PROP_SALARY_MIN,
  PROP_SALARY_MAX,
  PROP_SALARY_CURRENCY,
  PROP_SOURCE,
  PROP_AGENCY,
  PROP_APPLY_BY,
  PROP_APPLIED,
  PROP_STAGE,
  PROP_OUTCOME,
  PROP_OUTCOME_NOTE,
  PROP_HISTORY,
  PROP_CV,
  PROP_COVER_LETTER,
  PROP_OFFER_DETAILS,
  PROP_OFFER_DEADLINE,
  PROP_NOTES,
  PROP_DESCRIPTION,
  PROP_TAGS,
  PROP_ROUNDS,
  PROP_CONTACTS,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The JSON members, in property order (index + 1 == PROP_*). */
static const char * const member_names[] = {
  "company",
  "title",
  "url",
  "location",
  "remote",
  "salary_min",
  "salary_max",
  "salary_currency",
  "source",
  "agency",
  "apply_by",
  "applied",
  "stage",
  "outcome",
  "outcome_note",
  "history",
  "cv",
  "cover_letter",
  "offer_details",
  "offer_deadline",
  "notes",
  "description",
  "tags",
  "rounds",
  "contacts",
  "created",
  NULL
};

FuJob *
fu_job_new (void)
{
  g_autofree char *id = g_uuid_string_random ();

  return g_object_new (FU_TYPE_JOB, "id", id, NULL);
}

const char *
fu_job_get_id (FuJob *self)
{
  return fu_record_get_id (FU_RECORD (self));
}

static void
fu_job_finalize (GObject *object)
{
  FuJob *self = FU_JOB (object);

  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->salary_currency, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->agency, g_free);
  g_clear_pointer (&self->apply_by, g_date_time_unref);
  g_clear_pointer (&self->applied, g_date_time_unref);
  g_clear_pointer (&self->stage_raw, g_free);
  g_clear_pointer (&self->outcome_raw, g_free);
  g_clear_pointer (&self->outcome_note, g_free);
  g_clear_object (&self->history);
  g_clear_pointer (&self->cv, g_free);
  g_clear_pointer (&self->cover_letter, g_free);
  g_clear_pointer (&self->offer_details, g_free);
  g_clear_pointer (&self->offer_deadline, g_date_time_unref);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_object (&self->rounds);
  g_clear_object (&self->contacts);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (fu_job_parent_class)->finalize (object);
}

static void
fu_job_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  FuJob *self = FU_JOB (object);

  switch (prop_id)
    {
    case PROP_COMPANY:
      g_value_set_string (value, fu_job_get_company (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, fu_job_get_title (self));
      break;
    case PROP_URL:
      g_value_set_string (value, fu_job_get_url (self));
      break;
    case PROP_LOCATION:
      g_value_set_string (value, fu_job_get_location (self));
      break;
    case PROP_REMOTE:
      g_value_set_boolean (value, fu_job_get_remote (self));
      break;
    case PROP_SALARY_MIN:
      g_value_set_int64 (value, fu_job_get_salary_min (self));
      break;
    case PROP_SALARY_MAX:
      g_value_set_int64 (value, fu_job_get_salary_max (self));
      break;
    case PROP_SALARY_CURRENCY:
      g_value_set_string (value, fu_job_get_salary_currency (self));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, fu_job_get_source (self));
      break;
    case PROP_AGENCY:
      g_value_set_string (value, fu_job_get_agency (self));
      break;
    case PROP_APPLY_BY:
      g_value_set_boxed (value, fu_job_get_apply_by (self));
      break;
    case PROP_APPLIED:
      g_value_set_boxed (value, fu_job_get_applied (self));
      break;
    case PROP_STAGE:
      g_value_set_enum (value, fu_job_get_stage (self));
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, fu_job_get_outcome (self));
      break;
    case PROP_OUTCOME_NOTE:
      g_value_set_string (value, fu_job_get_outcome_note (self));
      break;
    case PROP_HISTORY:
      g_value_set_object (value, fu_job_get_history (self));
      break;
    case PROP_CV:
      g_value_set_string (value, fu_job_get_cv (self));
      break;
    case PROP_COVER_LETTER:
      g_value_set_string (value, fu_job_get_cover_letter (self));
      break;
    case PROP_OFFER_DETAILS:
      g_value_set_string (value, fu_job_get_offer_details (self));
      break;
    case PROP_OFFER_DEADLINE:
      g_value_set_boxed (value, fu_job_get_offer_deadline (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, fu_job_get_notes (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, fu_job_get_description (self));
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, fu_job_get_tags (self));
      break;
    case PROP_ROUNDS:
      g_value_set_object (value, fu_job_get_rounds (self));
      break;
    case PROP_CONTACTS:
      g_value_set_object (value, fu_job_get_contacts (self));
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, fu_job_get_created (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_job_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  FuJob *self = FU_JOB (object);

  switch (prop_id)
    {
    case PROP_COMPANY:
      fu_job_set_company (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      fu_job_set_title (self, g_value_get_string (value));
      break;
    case PROP_URL:
      fu_job_set_url (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      fu_job_set_location (self, g_value_get_string (value));
      break;
    case PROP_REMOTE:
      fu_job_set_remote (self, g_value_get_boolean (value));
      break;
    case PROP_SALARY_MIN:
      fu_job_set_salary_min (self, g_value_get_int64 (value));
      break;
    case PROP_SALARY_MAX:
      fu_job_set_salary_max (self, g_value_get_int64 (value));
      break;
    case PROP_SALARY_CURRENCY:
      fu_job_set_salary_currency (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      fu_job_set_source (self, g_value_get_string (value));
      break;
    case PROP_AGENCY:
      fu_job_set_agency (self, g_value_get_string (value));
      break;
    case PROP_APPLY_BY:
      fu_job_set_apply_by (self, g_value_get_boxed (value));
      break;
    case PROP_APPLIED:
      fu_job_set_applied (self, g_value_get_boxed (value));
      break;
    case PROP_STAGE:
      fu_job_set_stage (self, g_value_get_enum (value));
      break;
    case PROP_OUTCOME:
      fu_job_set_outcome (self, g_value_get_enum (value));
      break;
    case PROP_OUTCOME_NOTE:
      fu_job_set_outcome_note (self, g_value_get_string (value));
      break;
    case PROP_CV:
      fu_job_set_cv (self, g_value_get_string (value));
      break;
    case PROP_COVER_LETTER:
      fu_job_set_cover_letter (self, g_value_get_string (value));
      break;
    case PROP_OFFER_DETAILS:
      fu_job_set_offer_details (self, g_value_get_string (value));
      break;
    case PROP_OFFER_DEADLINE:
      fu_job_set_offer_deadline (self, g_value_get_boxed (value));
      break;
    case PROP_NOTES:
      fu_job_set_notes (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      fu_job_set_description (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      fu_job_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_CREATED:
      fu_job_set_created (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
fu_job_read_member (FuRecord     *record,
                    guint         index,
                    const char   *name,
                    FuJsonReader *reader,
                    GError      **error)
{
  FuJob *self = FU_JOB (record);

  switch (index + 1)
    {
    case PROP_COMPANY:
      return fu_json_read_string (reader, name, &self->company, error);
    case PROP_TITLE:
      return fu_json_read_string (reader, name, &self->title, error);
    case PROP_URL:
      return fu_json_read_string (reader, name, &self->url, error);
    case PROP_LOCATION:
      return fu_json_read_string (reader, name, &self->location, error);
    case PROP_REMOTE:
      return fu_json_read_bool (reader, name, &self->remote, error);
    case PROP_SALARY_MIN:
      return fu_json_read_int64 (reader, name, &self->salary_min, error);
    case PROP_SALARY_MAX:
      return fu_json_read_int64 (reader, name, &self->salary_max, error);
    case PROP_SALARY_CURRENCY:
      return fu_json_read_string (reader, name, &self->salary_currency, error);
    case PROP_SOURCE:
      return fu_json_read_string (reader, name, &self->source, error);
    case PROP_AGENCY:
      return fu_json_read_string (reader, name, &self->agency, error);
    case PROP_APPLY_BY:
      return fu_json_read_time (reader, name, &self->apply_by, error);
    case PROP_APPLIED:
      return fu_json_read_time (reader, name, &self->applied, error);
    case PROP_STAGE:
      return fu_json_read_enum (reader, name, FU_TYPE_STAGE, (int *) &self->stage, &self->stage_raw, error);
    case PROP_OUTCOME:
      return fu_json_read_enum (reader, name, FU_TYPE_OUTCOME, (int *) &self->outcome, &self->outcome_raw, error);
    case PROP_OUTCOME_NOTE:
      return fu_json_read_string (reader, name, &self->outcome_note, error);
    case PROP_HISTORY:
      return fu_record_read_list (record, reader, name, FU_TYPE_STAGE_CHANGE, self->history, error);
    case PROP_CV:
      return fu_json_read_string (reader, name, &self->cv, error);
    case PROP_COVER_LETTER:
      return fu_json_read_string (reader, name, &self->cover_letter, error);
    case PROP_OFFER_DETAILS:
      return fu_json_read_string (reader, name, &self->offer_details, error);
    case PROP_OFFER_DEADLINE:
      return fu_json_read_time (reader, name, &self->offer_deadline, error);
    case PROP_NOTES:
      return fu_json_read_string (reader, name, &self->notes, error);
    case PROP_DESCRIPTION:
      return fu_json_read_string (reader, name, &self->description, error);
    case PROP_TAGS:
      return fu_json_read_strv (reader, name, &self->tags, error);
    case PROP_ROUNDS:
      return fu_record_read_list (record, reader, name, FU_TYPE_ROUND, self->rounds, error);
    case PROP_CONTACTS:
      return fu_record_read_list (record, reader, name, FU_TYPE_JOB_CONTACT, self->contacts, error);
    case PROP_CREATED:
      return fu_json_read_time (reader, name, &self->created, error);
    default:
      g_assert_not_reached ();
    }
}

static void
fu_job_write_members (FuRecord   *record,
                      JsonObject *object)
{
  FuJob *self = FU_JOB (record);

  if (self->company != NULL)
    json_object_set_string_member (object, "company", self->company);
  if (self->title != NULL)
    json_object_set_string_member (object, "title", self->title);
  if (self->url != NULL)
    json_object_set_string_member (object, "url", self->url);
  if (self->location != NULL)
    json_object_set_string_member (object, "location", self->location);
  json_object_set_boolean_member (object, "remote", self->remote);
  if (self->salary_min != 0)
    json_object_set_int_member (object, "salary_min", self->salary_min);
  if (self->salary_max != 0)
    json_object_set_int_member (object, "salary_max", self->salary_max);
  if (self->salary_currency != NULL)
    json_object_set_string_member (object, "salary_currency", self->salary_currency);
  if (self->source != NULL)
    json_object_set_string_member (object, "source", self->source);
  if (self->agency != NULL)
    json_object_set_string_member (object, "agency", self->agency);
  fu_json_set_time (object, "apply_by", self->apply_by);
  fu_json_set_time (object, "applied", self->applied);
  fu_json_set_enum (object, "stage", FU_TYPE_STAGE, self->stage, self->stage_raw);
  if (self->outcome != FU_OUTCOME_NONE || self->outcome_raw != NULL)
    fu_json_set_enum (object, "outcome", FU_TYPE_OUTCOME, self->outcome, self->outcome_raw);
  if (self->outcome_note != NULL)
    json_object_set_string_member (object, "outcome_note", self->outcome_note);
  fu_record_write_list (object, "history", G_LIST_MODEL (self->history));
  if (self->cv != NULL)
    json_object_set_string_member (object, "cv", self->cv);
  if (self->cover_letter != NULL)
    json_object_set_string_member (object, "cover_letter", self->cover_letter);
  if (self->offer_details != NULL)
    json_object_set_string_member (object, "offer_details", self->offer_details);
  fu_json_set_time (object, "offer_deadline", self->offer_deadline);
  if (self->notes != NULL)
    json_object_set_string_member (object, "notes", self->notes);
  if (self->description != NULL)
    json_object_set_string_member (object, "description", self->description);
  fu_json_set_strv (object, "tags", self->tags);
  fu_record_write_list (object, "rounds", G_LIST_MODEL (self->rounds));
  fu_record_write_list (object, "contacts", G_LIST_MODEL (self->contacts));
  fu_json_set_time (object, "created", self->created);
}

static void
fu_job_class_init (FuJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FuRecordClass *record_class = FU_RECORD_CLASS (klass);

  object_class->finalize = fu_job_finalize;
  object_class->get_property = fu_job_get_property;
  object_class->set_property = fu_job_set_property;

  record_class->read_member = fu_job_read_member;
  record_class->write_members = fu_job_write_members;
  fu_record_class_set_members (record_class, member_names);

  /**
   * FuJob:company:
   *
   * The company name.
   */
  properties[PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:title:
   *
   * The position's name.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:url:
   *
   * The advert's address.
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:location:
   *
   * Where the job is.
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:remote:
   *
   * Whether the job is remote.
   */
  properties[PROP_REMOTE] =
    g_param_spec_boolean ("remote", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:salary-min:
   *
   * The lower end of the salary range, 0 if unknown.
   */
  properties[PROP_SALARY_MIN] =
    g_param_spec_int64 ("salary-min", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:salary-max:
   *
   * The upper end of the salary range, 0 if unknown.
   */
  properties[PROP_SALARY_MAX] =
    g_param_spec_int64 ("salary-max", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:salary-currency:
   *
   * The ISO 4217 code of the salary's currency.
   */
  properties[PROP_SALARY_CURRENCY] =
    g_param_spec_string ("salary-currency", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:source:
   *
   * Where the job was found (a job board, say).
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:agency:
   *
   * The recruitment agency the job came through, if any.
   */
  properties[PROP_AGENCY] =
    g_param_spec_string ("agency", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:apply-by:
   *
   * The date applications close, if known.
   */
  properties[PROP_APPLY_BY] =
    g_param_spec_boxed ("apply-by", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:applied:
   *
   * When the application was sent.
   */
  properties[PROP_APPLIED] =
    g_param_spec_boxed ("applied", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:stage:
   *
   * The active stage (the board column), kept when the job closes.
   */
  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, FU_TYPE_STAGE, FU_STAGE_WISHLIST,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:outcome:
   *
   * How the job closed; NONE while it is open.
   */
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL, FU_TYPE_OUTCOME, FU_OUTCOME_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:outcome-note:
   *
   * The note given when closing.
   */
  properties[PROP_OUTCOME_NOTE] =
    g_param_spec_string ("outcome-note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:history:
   *
   * Every move and close, oldest first (FuStageChange), a GListModel.
   */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:cv:
   *
   * Which CV was sent.
   */
  properties[PROP_CV] =
    g_param_spec_string ("cv", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:cover-letter:
   *
   * Which cover letter was sent.
   */
  properties[PROP_COVER_LETTER] =
    g_param_spec_string ("cover-letter", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:offer-details:
   *
   * The offer, in the user's words.
   */
  properties[PROP_OFFER_DETAILS] =
    g_param_spec_string ("offer-details", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:offer-deadline:
   *
   * When the offer must be answered.
   */
  properties[PROP_OFFER_DEADLINE] =
    g_param_spec_boxed ("offer-deadline", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:notes:
   *
   * Free notes.
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:description:
   *
   * A snapshot of the advert's text.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:tags:
   *
   * The user's tags.
   */
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:rounds:
   *
   * The interview rounds (FuRound), a GListModel.
   */
  properties[PROP_ROUNDS] =
    g_param_spec_object ("rounds", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:contacts:
   *
   * The linked contacts with their part on this job (FuJobContact), a
   * GListModel.
   */
  properties[PROP_CONTACTS] =
    g_param_spec_object ("contacts", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FuJob:created:
   *
   * When the job was added.
   */
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fu_job_init (FuJob *self)
{
  self->stage = FU_STAGE_WISHLIST;
  self->outcome = FU_OUTCOME_NONE;
  self->history = g_list_store_new (FU_TYPE_STAGE_CHANGE);
  self->rounds = g_list_store_new (FU_TYPE_ROUND);
  self->contacts = g_list_store_new (FU_TYPE_JOB_CONTACT);
}

const char *
fu_job_get_company (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->company;
}

void
fu_job_set_company (FuJob      *self,
                    const char *company)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->company, company))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPANY]);
}

const char *
fu_job_get_title (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->title;
}

void
fu_job_set_title (FuJob      *self,
                  const char *title)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
fu_job_get_url (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->url;
}

void
fu_job_set_url (FuJob      *self,
                const char *url)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
fu_job_get_location (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->location;
}

void
fu_job_set_location (FuJob      *self,
                     const char *location)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

gboolean
fu_job_get_remote (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), FALSE);

  return self->remote;
}

void
fu_job_set_remote (FuJob    *self,
                   gboolean  remote)
{
  g_return_if_fail (FU_IS_JOB (self));

  remote = !!remote;
  if (self->remote == remote)
    return;

  self->remote = remote;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMOTE]);
}

gint64
fu_job_get_salary_min (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), 0);

  return self->salary_min;
}

void
fu_job_set_salary_min (FuJob *self,
                       gint64 salary_min)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (self->salary_min == salary_min)
    return;

  self->salary_min = salary_min;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALARY_MIN]);
}

gint64
fu_job_get_salary_max (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), 0);

  return self->salary_max;
}

void
fu_job_set_salary_max (FuJob *self,
                       gint64 salary_max)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (self->salary_max == salary_max)
    return;

  self->salary_max = salary_max;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALARY_MAX]);
}

const char *
fu_job_get_salary_currency (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->salary_currency;
}

void
fu_job_set_salary_currency (FuJob      *self,
                            const char *salary_currency)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->salary_currency, salary_currency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALARY_CURRENCY]);
}

const char *
fu_job_get_source (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->source;
}

void
fu_job_set_source (FuJob      *self,
                   const char *source)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
fu_job_get_agency (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->agency;
}

void
fu_job_set_agency (FuJob      *self,
                   const char *agency)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->agency, agency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENCY]);
}

GDateTime *
fu_job_get_apply_by (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->apply_by;
}

void
fu_job_set_apply_by (FuJob     *self,
                     GDateTime *apply_by)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_date_time_same (self->apply_by, apply_by))
    return;

  g_clear_pointer (&self->apply_by, g_date_time_unref);
  self->apply_by = apply_by != NULL ? g_date_time_ref (apply_by) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLY_BY]);
}

GDateTime *
fu_job_get_applied (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->applied;
}

void
fu_job_set_applied (FuJob     *self,
                    GDateTime *applied)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_date_time_same (self->applied, applied))
    return;

  g_clear_pointer (&self->applied, g_date_time_unref);
  self->applied = applied != NULL ? g_date_time_ref (applied) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLIED]);
}

FuStage
fu_job_get_stage (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), FU_STAGE_UNKNOWN);

  return self->stage;
}

void
fu_job_set_stage (FuJob   *self,
                  FuStage  stage)
{
  g_return_if_fail (FU_IS_JOB (self));

  g_return_if_fail (stage != FU_STAGE_UNKNOWN);

  if (self->stage == stage && self->stage_raw == NULL)
    return;

  g_clear_pointer (&self->stage_raw, g_free);
  self->stage = stage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

FuOutcome
fu_job_get_outcome (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), FU_OUTCOME_UNKNOWN);

  return self->outcome;
}

void
fu_job_set_outcome (FuJob     *self,
                    FuOutcome  outcome)
{
  g_return_if_fail (FU_IS_JOB (self));

  g_return_if_fail (outcome != FU_OUTCOME_UNKNOWN);

  if (self->outcome == outcome && self->outcome_raw == NULL)
    return;

  g_clear_pointer (&self->outcome_raw, g_free);
  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

const char *
fu_job_get_outcome_note (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->outcome_note;
}

void
fu_job_set_outcome_note (FuJob      *self,
                         const char *outcome_note)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->outcome_note, outcome_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_NOTE]);
}

GListModel *
fu_job_get_history (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return G_LIST_MODEL (self->history);
}

void
fu_job_add_history_entry (FuJob         *self,
                          FuStageChange *history_entry)
{
  g_return_if_fail (FU_IS_JOB (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (history_entry, FU_TYPE_STAGE_CHANGE));

  fu_record_adopt (FU_RECORD (self), FU_RECORD (history_entry));
  g_list_store_append (self->history, history_entry);
  fu_record_changed (FU_RECORD (self));
}

void
fu_job_remove_history_entry (FuJob         *self,
                             FuStageChange *history_entry)
{
  guint position;

  g_return_if_fail (FU_IS_JOB (self));

  if (!g_list_store_find (self->history, history_entry, &position))
    return;

  fu_record_release (FU_RECORD (self), FU_RECORD (history_entry));
  g_list_store_remove (self->history, position);
  fu_record_changed (FU_RECORD (self));
}

const char *
fu_job_get_cv (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->cv;
}

void
fu_job_set_cv (FuJob      *self,
               const char *cv)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->cv, cv))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CV]);
}

const char *
fu_job_get_cover_letter (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->cover_letter;
}

void
fu_job_set_cover_letter (FuJob      *self,
                         const char *cover_letter)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->cover_letter, cover_letter))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COVER_LETTER]);
}

const char *
fu_job_get_offer_details (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->offer_details;
}

void
fu_job_set_offer_details (FuJob      *self,
                          const char *offer_details)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->offer_details, offer_details))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFER_DETAILS]);
}

GDateTime *
fu_job_get_offer_deadline (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->offer_deadline;
}

void
fu_job_set_offer_deadline (FuJob     *self,
                           GDateTime *offer_deadline)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_date_time_same (self->offer_deadline, offer_deadline))
    return;

  g_clear_pointer (&self->offer_deadline, g_date_time_unref);
  self->offer_deadline = offer_deadline != NULL ? g_date_time_ref (offer_deadline) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFER_DEADLINE]);
}

const char *
fu_job_get_notes (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->notes;
}

void
fu_job_set_notes (FuJob      *self,
                  const char *notes)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
fu_job_get_description (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->description;
}

void
fu_job_set_description (FuJob      *self,
                        const char *description)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char * const *
fu_job_get_tags (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return (const char * const *) self->tags;
}

void
fu_job_set_tags (FuJob              *self,
                 const char * const *tags)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_strv_same ((const char * const *) self->tags, tags))
    return;

  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **) tags);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

GListModel *
fu_job_get_rounds (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return G_LIST_MODEL (self->rounds);
}

void
fu_job_add_round (FuJob   *self,
                  FuRound *round)
{
  g_return_if_fail (FU_IS_JOB (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (round, FU_TYPE_ROUND));

  fu_record_adopt (FU_RECORD (self), FU_RECORD (round));
  g_list_store_append (self->rounds, round);
  fu_record_changed (FU_RECORD (self));
}

void
fu_job_remove_round (FuJob   *self,
                     FuRound *round)
{
  guint position;

  g_return_if_fail (FU_IS_JOB (self));

  if (!g_list_store_find (self->rounds, round, &position))
    return;

  fu_record_release (FU_RECORD (self), FU_RECORD (round));
  g_list_store_remove (self->rounds, position);
  fu_record_changed (FU_RECORD (self));
}

GListModel *
fu_job_get_contacts (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return G_LIST_MODEL (self->contacts);
}

void
fu_job_add_contact_link (FuJob        *self,
                         FuJobContact *contact_link)
{
  g_return_if_fail (FU_IS_JOB (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (contact_link, FU_TYPE_JOB_CONTACT));

  fu_record_adopt (FU_RECORD (self), FU_RECORD (contact_link));
  g_list_store_append (self->contacts, contact_link);
  fu_record_changed (FU_RECORD (self));
}

void
fu_job_remove_contact_link (FuJob        *self,
                            FuJobContact *contact_link)
{
  guint position;

  g_return_if_fail (FU_IS_JOB (self));

  if (!g_list_store_find (self->contacts, contact_link, &position))
    return;

  fu_record_release (FU_RECORD (self), FU_RECORD (contact_link));
  g_list_store_remove (self->contacts, position);
  fu_record_changed (FU_RECORD (self));
}

GDateTime *
fu_job_get_created (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), NULL);

  return self->created;
}

void
fu_job_set_created (FuJob     *self,
                    GDateTime *created)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (fu_date_time_same (self->created, created))
    return;

  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = created != NULL ? g_date_time_ref (created) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/* Whether the job has left the board (an outcome, known or not). */
gboolean
fu_job_is_closed (FuJob *self)
{
  g_return_val_if_fail (FU_IS_JOB (self), FALSE);

  return self->outcome != FU_OUTCOME_NONE || self->outcome_raw != NULL;
}

static void
add_history (FuJob      *self,
             FuOutcome   outcome,
             const char *note,
             GDateTime  *time)
{
  g_autoptr(GDateTime) now = time != NULL ? g_date_time_ref (time) : g_date_time_new_now_local ();
  g_autoptr(FuStageChange) change = fu_stage_change_new (self->stage, outcome, now, note);

  fu_job_add_history_entry (self, change);
}

/**
 * fu_job_move_to:
 * @time: (nullable): when; NULL for now
 *
 * Moves the job to @stage (reopening it if it was closed) and records the
 * move in the history.  Moving to the stage it is in changes nothing.
 */
void
fu_job_move_to (FuJob     *self,
                FuStage    stage,
                GDateTime *time)
{
  g_return_if_fail (FU_IS_JOB (self));
  g_return_if_fail (stage != FU_STAGE_UNKNOWN);

  if (self->stage == stage && self->stage_raw == NULL && !fu_job_is_closed (self))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  fu_job_set_stage (self, stage);
  fu_job_set_outcome (self, FU_OUTCOME_NONE);
  fu_job_set_outcome_note (self, NULL);
  add_history (self, FU_OUTCOME_NONE, NULL, time);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * fu_job_close:
 * @note: (nullable): the user's note
 * @time: (nullable): when; NULL for now
 *
 * Closes the job with @outcome and records it in the history.
 */
void
fu_job_close (FuJob      *self,
              FuOutcome   outcome,
              const char *note,
              GDateTime  *time)
{
  g_return_if_fail (FU_IS_JOB (self));
  g_return_if_fail (outcome > FU_OUTCOME_NONE);

  g_object_freeze_notify (G_OBJECT (self));
  fu_job_set_outcome (self, outcome);
  fu_job_set_outcome_note (self, note);
  add_history (self, outcome, note, time);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * fu_job_reopen:
 * @time: (nullable): when; NULL for now
 *
 * Puts a closed job back on the board in the stage it closed from.
 */
void
fu_job_reopen (FuJob     *self,
               GDateTime *time)
{
  g_return_if_fail (FU_IS_JOB (self));

  if (!fu_job_is_closed (self))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  fu_job_set_outcome (self, FU_OUTCOME_NONE);
  fu_job_set_outcome_note (self, NULL);
  add_history (self, FU_OUTCOME_NONE, NULL, time);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * fu_job_find_round:
 *
 * Returns: (transfer none) (nullable): the round with @round_id
 */
FuRound *
fu_job_find_round (FuJob      *self,
                   const char *round_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rounds));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);

      if (g_strcmp0 (fu_round_get_id (round), round_id) == 0)
        return round;
    }

  return NULL;
}

/**
 * fu_job_find_contact_link:
 *
 * Returns: (transfer none) (nullable): the link of @contact_id to this job
 */
FuJobContact *
fu_job_find_contact_link (FuJob      *self,
                          const char *contact_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      if (g_strcmp0 (fu_job_contact_get_contact_id (link), contact_id) == 0)
        return link;
    }

  return NULL;
}

/**
 * fu_job_get_referrer_id:
 *
 * The referrer is the first linked contact whose part on this job is
 * FU_PART_REFERRER.
 *
 * Returns: (nullable): the referrer's contact id
 */
const char *
fu_job_get_referrer_id (FuJob *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      if (fu_job_contact_get_part (link) == FU_PART_REFERRER)
        return fu_job_contact_get_contact_id (link);
    }

  return NULL;
}
