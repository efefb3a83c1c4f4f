/* fu-search.c: finding jobs and follow-ups by what the user types
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fu-search.h"

struct _FuSearch
{
  GObject      parent_instance;

  FuStore     *store;
  gulong       changed_id;
  char        *text;
  GStrv        words;       /* folded; NULL when inactive */
  GHashTable  *job_texts;   /* job id -> folded text; NULL when stale */
  GHashTable  *own_texts;   /* follow-up id -> folded text */
};

G_DEFINE_FINAL_TYPE (FuSearch, fu_search, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

char *
fu_search_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  GString *bare;

  if (text == NULL)
    return g_strdup ("");
  /* Most text is ASCII: skip the Unicode tables for it. */
  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  valid = g_utf8_make_valid (text, -1);
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL);
  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_type (c))
        {
        case G_UNICODE_NON_SPACING_MARK:
        case G_UNICODE_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          break;
        default:
          g_string_append_unichar (bare, c);
        }
    }

  {
    char *folded = g_utf8_casefold (bare->str, bare->len);
    g_string_free (bare, TRUE);
    return folded;
  }
}

FuSearch *
fu_search_new (void)
{
  return g_object_new (FU_TYPE_SEARCH, NULL);
}

static void
invalidate (FuSearch *self)
{
  g_clear_pointer (&self->job_texts, g_hash_table_unref);
  g_clear_pointer (&self->own_texts, g_hash_table_unref);
}

static void
on_store_changed_cb (FuSearch *self)
{
  invalidate (self);
  if (self->words != NULL)
    g_signal_emit (self, signals[CHANGED], 0);
}

FuStore *
fu_search_get_store (FuSearch *self)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), NULL);

  return self->store;
}

void
fu_search_set_store (FuSearch *self,
                     FuStore  *store)
{
  g_return_if_fail (FU_IS_SEARCH (self));
  g_return_if_fail (store == NULL || FU_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb),
                                                self, G_CONNECT_SWAPPED);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
fu_search_get_text (FuSearch *self)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), NULL);

  return self->text != NULL ? self->text : "";
}

void
fu_search_set_text (FuSearch   *self,
                    const char *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (FU_IS_SEARCH (self));

  if (g_strcmp0 (text, self->text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->words, g_strfreev);

  folded = fu_search_fold (text);
  self->words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  /* Runs of spaces give empty words: drop them. */
  {
    guint j = 0;
    for (guint i = 0; self->words[i] != NULL; i++)
      {
        if (self->words[i][0] != '\0')
          self->words[j++] = self->words[i];
        else
          g_free (self->words[i]);
      }
    self->words[j] = NULL;
    if (j == 0)
      g_clear_pointer (&self->words, g_strfreev);
  }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
fu_search_is_active (FuSearch *self)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), FALSE);

  return self->words != NULL;
}

static void
append (GString    *text,
        const char *part)
{
  if (part == NULL || part[0] == '\0')
    return;
  g_string_append (text, part);
  g_string_append_c (text, '\n');
}

static void
append_contact (FuSearch   *self,
                GString    *text,
                const char *contact_id)
{
  FuContact *contact = contact_id != NULL ? fu_store_find_contact (self->store, contact_id) : NULL;

  if (contact != NULL)
    append (text, fu_contact_get_name (contact));
}

static GString *
job_text (FuSearch *self,
          FuJob    *job)
{
  GString *text = g_string_new (NULL);
  const char * const *tags = fu_job_get_tags (job);
  GListModel *links = fu_job_get_contacts (job);
  GListModel *rounds = fu_job_get_rounds (job);

  append (text, fu_job_get_company (job));
  append (text, fu_job_get_title (job));
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    append (text, tags[i]);
  append (text, fu_job_get_notes (job));
  append (text, fu_job_get_outcome_note (job));

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      append_contact (self, text, fu_job_contact_get_contact_id (link));
    }

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(FuRound) round = g_list_model_get_item (rounds, i);
      GListModel *interviewers = fu_round_get_interviewers (round);

      append (text, fu_round_get_prep (round));
      append (text, fu_round_get_debrief (round));
      for (guint k = 0; k < g_list_model_get_n_items (interviewers); k++)
        {
          g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, k);
          append_contact (self, text, fu_interviewer_get_contact_id (interviewer));
          append (text, fu_interviewer_get_discussion_points (interviewer));
        }
    }

  return text;
}

static void
ensure_texts (FuSearch *self)
{
  g_autoptr(GHashTable) raw = NULL;
  GListModel *jobs, *interactions, *follow_ups;
  GHashTableIter iter;
  gpointer key, value;

  if (self->job_texts != NULL || self->store == NULL)
    return;

  jobs = fu_store_get_jobs (self->store);
  interactions = fu_store_get_interactions (self->store);
  follow_ups = fu_store_get_follow_ups (self->store);

  raw = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(FuJob) job = g_list_model_get_item (jobs, i);
      g_hash_table_insert (raw, g_strdup (fu_job_get_id (job)), job_text (self, job));
    }

  for (guint i = 0; i < g_list_model_get_n_items (interactions); i++)
    {
      g_autoptr(FuInteraction) interaction = g_list_model_get_item (interactions, i);
      const char *job_id = fu_interaction_get_job_id (interaction);
      GString *text = job_id != NULL ? g_hash_table_lookup (raw, job_id) : NULL;

      if (text == NULL)
        continue;
      append (text, fu_interaction_get_subject (interaction));
      append (text, fu_interaction_get_body (interaction));
    }

  self->job_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, raw);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GString *text = value;

      g_hash_table_insert (self->job_texts, g_strdup (key), fu_search_fold (text->str));
      g_string_free (text, TRUE);
    }

  self->own_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(FuFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      g_autoptr(GString) text = g_string_new (NULL);

      append (text, fu_follow_up_get_title (follow_up));
      append (text, fu_follow_up_get_explanation (follow_up));
      append_contact (self, text, fu_follow_up_get_contact_id (follow_up));
      g_hash_table_insert (self->own_texts, g_strdup (fu_follow_up_get_id (follow_up)),
                           fu_search_fold (text->str));
    }
}

static gboolean
match_text (FuSearch   *self,
            const char *text)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; self->words[i] != NULL; i++)
    if (strstr (text, self->words[i]) == NULL)
      return FALSE;

  return TRUE;
}

gboolean
fu_search_match_job (FuSearch *self,
                     FuJob    *job)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), FALSE);
  g_return_val_if_fail (FU_IS_JOB (job), FALSE);

  if (self->words == NULL)
    return TRUE;

  ensure_texts (self);
  return self->job_texts != NULL &&
         match_text (self, g_hash_table_lookup (self->job_texts, fu_job_get_id (job)));
}

gboolean
fu_search_match_follow_up (FuSearch   *self,
                           FuFollowUp *follow_up)
{
  const char *job_id;

  g_return_val_if_fail (FU_IS_SEARCH (self), FALSE);
  g_return_val_if_fail (FU_IS_FOLLOW_UP (follow_up), FALSE);

  if (self->words == NULL)
    return TRUE;

  ensure_texts (self);
  if (self->job_texts == NULL)
    return FALSE;

  job_id = fu_follow_up_get_job_id (follow_up);
  if (job_id != NULL && match_text (self, g_hash_table_lookup (self->job_texts, job_id)))
    return TRUE;

  return match_text (self, g_hash_table_lookup (self->own_texts, fu_follow_up_get_id (follow_up)));
}

static void
fu_search_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FuSearch *self = FU_SEARCH (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TEXT:
      g_value_set_string (value, fu_search_get_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_search_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FuSearch *self = FU_SEARCH (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fu_search_set_store (self, g_value_get_object (value));
      break;
    case PROP_TEXT:
      fu_search_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fu_search_dispose (GObject *object)
{
  FuSearch *self = FU_SEARCH (object);

  fu_search_set_store (self, NULL);

  G_OBJECT_CLASS (fu_search_parent_class)->dispose (object);
}

static void
fu_search_finalize (GObject *object)
{
  FuSearch *self = FU_SEARCH (object);

  invalidate (self);
  g_free (self->text);
  g_strfreev (self->words);

  G_OBJECT_CLASS (fu_search_parent_class)->finalize (object);
}

static void
fu_search_class_init (FuSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fu_search_dispose;
  object_class->finalize = fu_search_finalize;
  object_class->get_property = fu_search_get_property;
  object_class->set_property = fu_search_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FU_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The results may differ: the text changed, or the data did while a
   * search is on. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fu_search_init (FuSearch *self)
{
}
