/* fu-search.c: finding jobs and follow-ups by what the user types
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search keeps a mirror of the store's jobs, contacts, interactions
 * and follow-ups (arrays in the lists' order, kept in step by
 * ::items-changed), with each job's and follow-up's folded text.  What
 * changed is found with FuRecord's serials (a child's change bumps its
 * parent's): a changed job is folded again; a changed, added or removed
 * interaction refolds the jobs it belonged and belongs to; a contact
 * whose name or id changed refolds the jobs and follow-ups that name it.
 * Texts are folded ahead of need in idle slices of a few milliseconds
 * (model objects belong to the main thread); a text still missing when
 * a search needs it is folded there and then.  A match is then a
 * pointer lookup and a substring test per word.
 */
#include "config.h"

#include <string.h>

#include "fu-json.h"
#include "fu-search.h"
#include "fu-search-private.h"

/* The longest an idle slice of folding may take, in microseconds. */
#define SLICE_US 3000
/* Between GTK's redraws (G_PRIORITY_HIGH_IDLE + 20) and default idles. */
#define FOLD_PRIORITY ((G_PRIORITY_HIGH_IDLE + G_PRIORITY_DEFAULT_IDLE) / 2)

enum {
  LIST_JOBS,
  LIST_CONTACTS,
  LIST_INTERACTIONS,
  LIST_FOLLOW_UPS,
  N_LISTS
};

typedef struct
{
  FuJob   *job;
  char    *id;       /* as when last looked at */
  guint64  serial;   /* 0: not looked at yet */
  char    *text;     /* folded; NULL: to be built */
  guint    generation;  /* of the search when matched last */
  gboolean matched;
  /* Where the search's last word first is in @text, at @last_generation:
   * the same word with a letter more cannot be found before it. */
  guint    last_at;
  guint    last_generation;
} JobEntry;

typedef struct
{
  FuContact *contact;
  char      *id;
  char      *name;
  guint64    serial;
} ContactEntry;

typedef struct
{
  FuInteraction *interaction;
  char          *job_id;
  guint64        serial;
} InteractionEntry;

typedef struct
{
  FuFollowUp *follow_up;
  char       *job_id;
  char       *contact_id;
  JobEntry   *job;       /* (nullable) resolved from job_id */
  guint64     serial;
  char       *text;      /* its own words, folded; NULL: to be built */
  guint       generation;
  gboolean    matched;   /* through its job or its own words */
} FollowUpEntry;

struct _FuSearch
{
  GObject         parent_instance;

  FuStore        *store;
  gulong          changed_id;
  char           *text;
  GStrv           words;       /* folded; NULL when inactive */
  /* (nullable) After a stricter text: its words that no word before
   * holds.  A text that had every word before has those held ones. */
  GStrv           fresh_words;
  int             fresh_last;     /* the last word's index in it, or -1 */
  /* The last word is the one before with letters added at its end. */
  gboolean        extends_last;
  FuSearchChange  change;

  GListModel     *lists[N_LISTS];
  gulong          list_ids[N_LISTS];
  GPtrArray      *mirrors[N_LISTS];   /* entries in each list's order */
  /* The store's stamp of each list at the last sync, 0 before it */
  guint64         synced_stamps[N_LISTS];
  GHashTable     *jobs;               /* FuJob * -> JobEntry * */
  GHashTable     *follow_ups;         /* FuFollowUp * -> FollowUpEntry * */
  GHashTable     *job_ids;            /* (nullable) id -> JobEntry * */
  GHashTable     *by_job;             /* (nullable) job id -> GPtrArray of InteractionEntry * */
  GHashTable     *touched_jobs;       /* job ids whose interactions changed */
  GHashTable     *touched_contacts;   /* contact ids whose name may have changed */

  guint64         last_serial;        /* fu_record_get_last_serial() when synced */
  guint           epoch;              /* bumped when follow-up entries go */
  gboolean        dirty;              /* a list changed since */
  gboolean        relink;             /* follow-ups must find their jobs again */
  gboolean        results_differ;     /* a text changed since ::changed */
  /* Matches are kept per entry for the words of one generation; a
   * generation that only narrowed keeps the misses of the one before,
   * one that only widened keeps its hits.  Data changes skip two. */
  guint           generation;
  gboolean        keep_misses;
  gboolean        keep_hits;
  guint           fold_id;
  guint           fold_cursor[N_LISTS];
  /* Texts folded: none after a load, when no change can touch one. */
  guint           n_job_texts;
  guint           n_follow_up_texts;
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

/* ---- folding -------------------------------------------------------- */

/* Lower case, without accents, compatibility forms unfolded; @len bytes
 * of @text (all of them not ASCII) appended to @out. */
static void
fold_unicode (GString    *out,
              const char *text,
              gssize      len)
{
  g_autofree char *valid = g_utf8_make_valid (text, len);
  g_autofree char *decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL);
  g_autoptr(GString) bare = g_string_sized_new (strlen (decomposed));
  g_autofree char *folded = NULL;

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

  folded = g_utf8_casefold (bare->str, bare->len);
  g_string_append (out, folded);
}

/* Every character with a combining class other than 0 is a mark, which
 * folding drops, so canonical reordering never changes what is left: a
 * valid run of text folds as the concatenation of its characters'
 * folds.  Those are kept per thread in a small direct-mapped cache, so
 * the Unicode tables are looked at about once per distinct character,
 * not for every accented letter. */
#define N_CACHED_CHARS 1024

typedef struct
{
  gunichar c;        /* 0: empty (NUL is ASCII, never looked up) */
  guint8   len;
  char     folded[11];
} CachedFold;

static GPrivate char_folds = G_PRIVATE_INIT (g_free);

static void
fold_char_append (GString     *out,
                  CachedFold **cache,
                  gunichar     c)
{
  CachedFold *slot;
  char utf8[8];
  gsize at;

  if (*cache == NULL)
    {
      *cache = g_private_get (&char_folds);
      if (*cache == NULL)
        {
          *cache = g_new0 (CachedFold, N_CACHED_CHARS);
          g_private_set (&char_folds, *cache);
        }
    }

  slot = &(*cache)[c % N_CACHED_CHARS];
  if (slot->c == c)
    {
      g_string_append_len (out, slot->folded, slot->len);
      return;
    }

  at = out->len;
  fold_unicode (out, utf8, g_unichar_to_utf8 (c, utf8));
  /* The few that unfold to more (ligatures, squared words) are not kept. */
  if (out->len - at <= sizeof slot->folded)
    {
      slot->c = c;
      slot->len = out->len - at;
      memcpy (slot->folded, out->str + at, slot->len);
    }
}

#define ONES    G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS   G_GUINT64_CONSTANT (0x8080808080808080)

/* ASCII characters are starters that decompose to themselves and fold
 * one to one, so the text can be cut around them: only the other
 * characters go through the Unicode tables (once each, above), and
 * mostly-English text is lowered eight bytes at a time, at about the
 * speed of a copy.  A run that is not valid UTF-8 is folded whole. */
static void
fold_append (GString    *out,
             const char *text)
{
  gsize len = strlen (text);
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;
  CachedFold *cache = NULL;

  while (p < end)
    {
      const guchar *run;
      guchar *dest;
      gsize at = out->len;

      /* Room for the rest, should it all be ASCII; cut back below. */
      g_string_set_size (out, at + (end - p));
      dest = (guchar *) out->str + at;
      while (end - p >= 8)
        {
          guint64 w, upper;

          memcpy (&w, p, 8);
          if ((w & HIGHS) != 0)
            break;
          /* Per byte (all below 0x80, so no carries): the high bit of
           * b + 0x3f is set from 'A' on, that of b + 0x25 after 'Z'. */
          upper = (w + 0x3f * ONES) & ~(w + 0x25 * ONES) & HIGHS;
          w |= upper >> 2;
          memcpy (dest, &w, 8);
          dest += 8;
          p += 8;
        }
      while (p < end && *p < 0x80)
        {
          *dest++ = (*p >= 'A' && *p <= 'Z') ? *p + ('a' - 'A') : *p;
          p++;
        }
      g_string_truncate (out, dest - (guchar *) out->str);

      run = p;
      while (p < end && *p >= 0x80)
        p++;
      if (p == run)
        continue;
      if (!g_utf8_validate_len ((const char *) run, p - run, NULL))
        {
          fold_unicode (out, (const char *) run, p - run);
          continue;
        }
      for (const char *q = (const char *) run; q < (const char *) p; q = g_utf8_next_char (q))
        fold_char_append (out, &cache, g_utf8_get_char (q));
    }
}

char *
fu_search_fold (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  fold_append (out, text);
  return g_string_free (out, FALSE);
}

/* ---- texts ---------------------------------------------------------- */

static void
append (GString    *text,
        const char *part)
{
  if (part == NULL || part[0] == '\0')
    return;
  fold_append (text, part);
  g_string_append_c (text, '\n');
}

static void
append_contact (FuSearch   *self,
                GString    *text,
                const char *contact_id)
{
  FuContact *contact = contact_id != NULL && self->store != NULL
                       ? fu_store_find_contact (self->store, contact_id) : NULL;

  if (contact != NULL)
    append (text, fu_contact_get_name (contact));
}

static gboolean
job_names_contact (FuJob      *job,
                   GHashTable *contact_ids)
{
  GListModel *links = fu_job_get_contacts (job);
  GListModel *rounds = fu_job_get_rounds (job);
  guint n_links = g_list_model_get_n_items (links);
  guint n_rounds = g_list_model_get_n_items (rounds);

  for (guint i = 0; i < n_links; i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      const char *id = fu_job_contact_get_contact_id (link);

      if (id != NULL && g_hash_table_contains (contact_ids, id))
        return TRUE;
    }

  for (guint i = 0; i < n_rounds; i++)
    {
      g_autoptr(FuRound) round = g_list_model_get_item (rounds, i);
      GListModel *interviewers = fu_round_get_interviewers (round);
      guint n = g_list_model_get_n_items (interviewers);

      for (guint k = 0; k < n; k++)
        {
          g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, k);
          const char *id = fu_interviewer_get_contact_id (interviewer);

          if (id != NULL && g_hash_table_contains (contact_ids, id))
            return TRUE;
        }
    }

  return FALSE;
}

static void
ensure_by_job (FuSearch *self)
{
  GPtrArray *mirror = self->mirrors[LIST_INTERACTIONS];

  if (self->by_job != NULL)
    return;

  self->by_job = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; mirror != NULL && i < mirror->len; i++)
    {
      InteractionEntry *entry = g_ptr_array_index (mirror, i);
      GPtrArray *list;

      if (entry->job_id == NULL)
        continue;
      list = g_hash_table_lookup (self->by_job, entry->job_id);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          /* The key is the first entry's copy: it lives as long as the
           * table, which is dropped whenever an entry goes. */
          g_hash_table_insert (self->by_job, entry->job_id, list);
        }
      g_ptr_array_add (list, entry);
    }
}

/* Everything of @job a search looks at, folded. */
static char *
build_job_text (FuSearch   *self,
                FuJob      *job,
                const char *id)
{
  GString *text = g_string_sized_new (256);
  const char * const *tags = fu_job_get_tags (job);
  GListModel *links = fu_job_get_contacts (job);
  GListModel *rounds = fu_job_get_rounds (job);
  guint n_links = g_list_model_get_n_items (links);
  guint n_rounds = g_list_model_get_n_items (rounds);
  GPtrArray *interactions;

  append (text, fu_job_get_company (job));
  append (text, fu_job_get_title (job));
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    append (text, tags[i]);
  append (text, fu_job_get_notes (job));
  append (text, fu_job_get_outcome_note (job));

  for (guint i = 0; i < n_links; i++)
    {
      g_autoptr(FuJobContact) link = g_list_model_get_item (links, i);
      append_contact (self, text, fu_job_contact_get_contact_id (link));
    }

  for (guint i = 0; i < n_rounds; i++)
    {
      g_autoptr(FuRound) round = g_list_model_get_item (rounds, i);
      GListModel *interviewers = fu_round_get_interviewers (round);
      guint n = g_list_model_get_n_items (interviewers);

      append (text, fu_round_get_prep (round));
      append (text, fu_round_get_debrief (round));
      for (guint k = 0; k < n; k++)
        {
          g_autoptr(FuInterviewer) interviewer = g_list_model_get_item (interviewers, k);
          append_contact (self, text, fu_interviewer_get_contact_id (interviewer));
          append (text, fu_interviewer_get_discussion_points (interviewer));
        }
    }

  ensure_by_job (self);
  interactions = id != NULL ? g_hash_table_lookup (self->by_job, id) : NULL;
  for (guint i = 0; interactions != NULL && i < interactions->len; i++)
    {
      InteractionEntry *entry = g_ptr_array_index (interactions, i);

      append (text, fu_interaction_get_subject (entry->interaction));
      append (text, fu_interaction_get_body (entry->interaction));
    }

  return g_string_free (text, FALSE);
}

static const char *
job_entry_text (FuSearch *self,
                JobEntry *entry)
{
  if (entry->text == NULL)
    {
      entry->text = build_job_text (self, entry->job, entry->id);
      self->n_job_texts++;
    }
  return entry->text;
}

static const char *
follow_up_entry_text (FuSearch      *self,
                      FollowUpEntry *entry)
{
  if (entry->text == NULL)
    {
      GString *text = g_string_sized_new (128);

      append (text, fu_follow_up_get_title (entry->follow_up));
      append (text, fu_follow_up_get_explanation (entry->follow_up));
      append_contact (self, text, entry->contact_id);
      entry->text = g_string_free (text, FALSE);
      self->n_follow_up_texts++;
    }
  return entry->text;
}

/* ---- the mirror ----------------------------------------------------- */

static void
job_entry_free (gpointer data)
{
  JobEntry *entry = data;

  g_object_unref (entry->job);
  g_free (entry->id);
  g_free (entry->text);
  g_free (entry);
}

static void
contact_entry_free (gpointer data)
{
  ContactEntry *entry = data;

  g_object_unref (entry->contact);
  g_free (entry->id);
  g_free (entry->name);
  g_free (entry);
}

static void
interaction_entry_free (gpointer data)
{
  InteractionEntry *entry = data;

  g_object_unref (entry->interaction);
  g_free (entry->job_id);
  g_free (entry);
}

static void
follow_up_entry_free (gpointer data)
{
  FollowUpEntry *entry = data;

  g_object_unref (entry->follow_up);
  g_free (entry->job_id);
  g_free (entry->contact_id);
  g_free (entry->text);
  g_free (entry);
}

static void
data_changed (FuSearch *self)
{
  self->results_differ = TRUE;
  self->generation += 2;
}

static void
touch_job (FuSearch   *self,
           const char *job_id)
{
  if (job_id != NULL)
    g_hash_table_add (self->touched_jobs, g_strdup (job_id));
}

static void
touch_contact (FuSearch   *self,
               const char *contact_id)
{
  if (contact_id != NULL)
    g_hash_table_add (self->touched_contacts, g_strdup (contact_id));
}

static void schedule_fold (FuSearch *self);

static gpointer
new_entry (guint    which,
           gpointer item)
{
  switch (which)
    {
    case LIST_JOBS:
      {
        JobEntry *entry = g_new0 (JobEntry, 1);
        entry->job = item;
        return entry;
      }
    case LIST_CONTACTS:
      {
        ContactEntry *entry = g_new0 (ContactEntry, 1);
        entry->contact = item;
        return entry;
      }
    case LIST_INTERACTIONS:
      {
        InteractionEntry *entry = g_new0 (InteractionEntry, 1);
        entry->interaction = item;
        return entry;
      }
    default:
      {
        FollowUpEntry *entry = g_new0 (FollowUpEntry, 1);
        entry->follow_up = item;
        return entry;
      }
    }
}

/* Added entries are looked at (serial 0) by the next sync_mirror(); removed
 * ones leave word of what they touched. */
static void
on_items_changed_cb (GListModel *list,
                     guint       position,
                     guint       removed,
                     guint       added,
                     FuSearch   *self)
{
  guint which;
  GPtrArray *mirror;

  for (which = 0; which < N_LISTS && self->lists[which] != list; which++)
    ;
  g_return_if_fail (which < N_LISTS);
  mirror = self->mirrors[which];

  removed = MIN (removed, mirror->len - MIN (position, mirror->len));
  for (guint i = position; i < position + removed; i++)
    {
      gpointer data = g_ptr_array_index (mirror, i);

      switch (which)
        {
        case LIST_JOBS:
          g_hash_table_remove (self->jobs, ((JobEntry *) data)->job);
          if (((JobEntry *) data)->text != NULL)
            self->n_job_texts--;
          break;
        case LIST_CONTACTS:
          touch_contact (self, ((ContactEntry *) data)->id);
          break;
        case LIST_INTERACTIONS:
          touch_job (self, ((InteractionEntry *) data)->job_id);
          break;
        default:
          g_hash_table_remove (self->follow_ups, ((FollowUpEntry *) data)->follow_up);
          if (((FollowUpEntry *) data)->text != NULL)
            self->n_follow_up_texts--;
        }
    }
  /* Nothing may point at the entries about to go. */
  if (removed > 0 && which == LIST_FOLLOW_UPS)
    self->epoch++;
  if (removed > 0 && which == LIST_JOBS)
    {
      GPtrArray *follow_ups = self->mirrors[LIST_FOLLOW_UPS];

      for (guint i = 0; i < follow_ups->len; i++)
        ((FollowUpEntry *) g_ptr_array_index (follow_ups, i))->job = NULL;
    }
  if (removed > 0 && which == LIST_INTERACTIONS)
    g_clear_pointer (&self->by_job, g_hash_table_unref);
  if (removed > 0)
    g_ptr_array_remove_range (mirror, position, removed);

  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, new_entry (which, g_list_model_get_item (list, position + i)));

  if (which == LIST_JOBS)
    {
      for (guint i = position; i < position + added; i++)
        {
          JobEntry *entry = g_ptr_array_index (mirror, i);
          g_hash_table_insert (self->jobs, entry->job, entry);
        }
      g_clear_pointer (&self->job_ids, g_hash_table_unref);
      self->relink = TRUE;
    }
  else if (which == LIST_INTERACTIONS)
    g_clear_pointer (&self->by_job, g_hash_table_unref);
  else if (which == LIST_FOLLOW_UPS)
    for (guint i = position; i < position + added; i++)
      {
        FollowUpEntry *entry = g_ptr_array_index (mirror, i);
        g_hash_table_insert (self->follow_ups, entry->follow_up, entry);
      }

  memset (self->fold_cursor, 0, sizeof self->fold_cursor);
  self->dirty = TRUE;
  data_changed (self);
  schedule_fold (self);
}

static void
ensure_job_ids (FuSearch *self)
{
  GPtrArray *mirror = self->mirrors[LIST_JOBS];

  if (self->job_ids != NULL)
    return;

  self->job_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < mirror->len; i++)
    {
      JobEntry *entry = g_ptr_array_index (mirror, i);

      /* The first of duplicate ids wins, as in the store. */
      if (entry->id != NULL && !g_hash_table_contains (self->job_ids, entry->id))
        g_hash_table_insert (self->job_ids, entry->id, entry);
    }
}

static void
drop_job_text (FuSearch *self,
               JobEntry *entry)
{
  if (entry->text == NULL)
    return;
  g_clear_pointer (&entry->text, g_free);
  entry->last_generation = 0;
  self->n_job_texts--;
  data_changed (self);
}

static void
drop_follow_up_text (FuSearch      *self,
                     FollowUpEntry *entry)
{
  if (entry->text == NULL)
    return;
  g_clear_pointer (&entry->text, g_free);
  self->n_follow_up_texts--;
  data_changed (self);
}

/* Brings the mirror up to date with the records: a pass over serials,
 * cheap when nothing changed, and nothing at all when no record did.
 * While the rules make their changes after a load, a letter typed
 * finds some record changed: the pass then reads each serial without a
 * checked cast (the mirror's entries hold what their lists hold). */
static void
sync_mirror (FuSearch *self)
{
  guint64 last_serial = fu_record_get_last_serial ();
  GPtrArray *mirror;
  gboolean any = FALSE;
  gboolean folded;
  gboolean moved[N_LISTS];

  if (self->store == NULL || (!self->dirty && last_serial == self->last_serial))
    return;
  /* Right after a load nothing is folded yet: no text to drop, so no
   * need to note what each new record touches. */
  folded = self->n_job_texts + self->n_follow_up_texts > 0;
  self->last_serial = last_serial;
  self->dirty = FALSE;
  /* Only the lists a record of which (or which) changed since the last
   * sync: an edit of one job leaves the other lists' 75,000 records at
   * 10,000 jobs unread. */
  for (guint which = 0; which < N_LISTS; which++)
    moved[which] = fu_store_list_moved (self->store, self->lists[which], &self->synced_stamps[which]);

  mirror = self->mirrors[LIST_CONTACTS];
  for (guint i = 0; moved[LIST_CONTACTS] && i < mirror->len; i++)
    {
      ContactEntry *entry = g_ptr_array_index (mirror, i);
      guint64 serial = fu_record_get_serial ((FuRecord *) entry->contact);
      const char *id = fu_contact_get_id (entry->contact);

      if (serial == entry->serial)
        continue;
      entry->serial = serial;
      if (g_strcmp0 (entry->id, id) != 0)
        {
          if (folded)
            {
              touch_contact (self, entry->id);
              touch_contact (self, id);
            }
          fu_set_str (&entry->id, id);
        }
      if (fu_set_str (&entry->name, fu_contact_get_name (entry->contact)) && folded)
        touch_contact (self, id);
    }

  mirror = self->mirrors[LIST_JOBS];
  for (guint i = 0; moved[LIST_JOBS] && i < mirror->len; i++)
    {
      JobEntry *entry = g_ptr_array_index (mirror, i);
      guint64 serial = fu_record_get_serial ((FuRecord *) entry->job);
      const char *id;

      if (serial == entry->serial)
        continue;
      entry->serial = serial;
      drop_job_text (self, entry);
      any = TRUE;
      id = fu_job_get_id (entry->job);
      if (g_strcmp0 (entry->id, id) != 0)
        {
          /* The tables point at the old id. */
          g_clear_pointer (&self->job_ids, g_hash_table_unref);
          g_clear_pointer (&self->by_job, g_hash_table_unref);
          fu_set_str (&entry->id, id);
          self->relink = TRUE;
        }
    }

  mirror = self->mirrors[LIST_INTERACTIONS];
  for (guint i = 0; moved[LIST_INTERACTIONS] && i < mirror->len; i++)
    {
      InteractionEntry *entry = g_ptr_array_index (mirror, i);
      guint64 serial = fu_record_get_serial ((FuRecord *) entry->interaction);
      const char *job_id;

      if (serial == entry->serial)
        continue;
      entry->serial = serial;
      job_id = fu_interaction_get_job_id (entry->interaction);
      if (self->n_job_texts > 0)
        {
          touch_job (self, entry->job_id);
          touch_job (self, job_id);
        }
      if (g_strcmp0 (entry->job_id, job_id) != 0)
        {
          g_clear_pointer (&self->by_job, g_hash_table_unref);
          fu_set_str (&entry->job_id, job_id);
        }
    }

  if (g_hash_table_size (self->touched_jobs) > 0)
    {
      GHashTableIter iter;
      gpointer id;

      ensure_job_ids (self);
      g_hash_table_iter_init (&iter, self->touched_jobs);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        {
          JobEntry *entry = g_hash_table_lookup (self->job_ids, id);

          if (entry != NULL)
            drop_job_text (self, entry);
        }
      g_hash_table_remove_all (self->touched_jobs);
      any = TRUE;
    }

  /* A name that changed is in the texts of the jobs and follow-ups that
   * name its contact: rare enough to look at every job for it. */
  if (g_hash_table_size (self->touched_contacts) > 0)
    {
      mirror = self->mirrors[LIST_JOBS];
      for (guint i = 0; i < mirror->len; i++)
        {
          JobEntry *entry = g_ptr_array_index (mirror, i);

          if (entry->text != NULL && job_names_contact (entry->job, self->touched_contacts))
            drop_job_text (self, entry);
        }
      mirror = self->mirrors[LIST_FOLLOW_UPS];
      for (guint i = 0; i < mirror->len; i++)
        {
          FollowUpEntry *entry = g_ptr_array_index (mirror, i);

          if (entry->contact_id != NULL && g_hash_table_contains (self->touched_contacts, entry->contact_id))
            drop_follow_up_text (self, entry);
        }
      g_hash_table_remove_all (self->touched_contacts);
      any = TRUE;
    }

  if (self->relink)
    ensure_job_ids (self);
  mirror = self->mirrors[LIST_FOLLOW_UPS];
  for (guint i = 0; (moved[LIST_FOLLOW_UPS] || self->relink) && i < mirror->len; i++)
    {
      FollowUpEntry *entry = g_ptr_array_index (mirror, i);
      guint64 serial = fu_record_get_serial ((FuRecord *) entry->follow_up);

      if (serial != entry->serial)
        {
          entry->serial = serial;
          drop_follow_up_text (self, entry);
          fu_set_str (&entry->contact_id, fu_follow_up_get_contact_id (entry->follow_up));
          if (fu_set_str (&entry->job_id, fu_follow_up_get_job_id (entry->follow_up)))
            data_changed (self);
          any = TRUE;
          if (!self->relink)
            {
              ensure_job_ids (self);
              entry->job = entry->job_id != NULL ? g_hash_table_lookup (self->job_ids, entry->job_id) : NULL;
            }
        }
      if (self->relink)
        entry->job = entry->job_id != NULL ? g_hash_table_lookup (self->job_ids, entry->job_id) : NULL;
    }
  self->relink = FALSE;

  if (any)
    {
      memset (self->fold_cursor, 0, sizeof self->fold_cursor);
      schedule_fold (self);
    }
}

/* Folds what is missing, a slice at a time, while the main loop has
 * nothing better to do. */
static gboolean
fold_idle_cb (gpointer user_data)
{
  FuSearch *self = user_data;
  gint64 deadline = g_get_monotonic_time () + SLICE_US;
  GPtrArray *mirror;
  guint *cursor;

  sync_mirror (self);

  mirror = self->mirrors[LIST_JOBS];
  cursor = &self->fold_cursor[LIST_JOBS];
  for (; *cursor < mirror->len; (*cursor)++)
    {
      JobEntry *entry = g_ptr_array_index (mirror, *cursor);

      if (entry->text == NULL)
        {
          job_entry_text (self, entry);
          if (g_get_monotonic_time () > deadline)
            return G_SOURCE_CONTINUE;
        }
    }

  mirror = self->mirrors[LIST_FOLLOW_UPS];
  cursor = &self->fold_cursor[LIST_FOLLOW_UPS];
  for (; *cursor < mirror->len; (*cursor)++)
    {
      FollowUpEntry *entry = g_ptr_array_index (mirror, *cursor);

      if (entry->text == NULL)
        {
          follow_up_entry_text (self, entry);
          if (g_get_monotonic_time () > deadline)
            return G_SOURCE_CONTINUE;
        }
    }

  self->fold_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_fold (FuSearch *self)
{
  if (self->fold_id != 0 || self->store == NULL)
    return;
  /* Below redraws, but above the store's and the rules' idle work: after
   * a load the rules work in slices for seconds, and a search typed then
   * would fold every text in one go.  Folding 10,000 jobs takes some
   * 70 ms, so it holds the rules back no longer than that. */
  self->fold_id = g_idle_add_full (FOLD_PRIORITY, fold_idle_cb, self, NULL);
}

/* Folds every text now, as the idle slices would. */
void
fu_search_fold_all (FuSearch *self)
{
  g_return_if_fail (FU_IS_SEARCH (self));

  memset (self->fold_cursor, 0, sizeof self->fold_cursor);
  sync_mirror (self);
  for (guint i = 0; i < self->mirrors[LIST_JOBS]->len; i++)
    job_entry_text (self, g_ptr_array_index (self->mirrors[LIST_JOBS], i));
  for (guint i = 0; i < self->mirrors[LIST_FOLLOW_UPS]->len; i++)
    follow_up_entry_text (self, g_ptr_array_index (self->mirrors[LIST_FOLLOW_UPS], i));
  g_clear_handle_id (&self->fold_id, g_source_remove);
}

gboolean
fu_search_get_folding (FuSearch *self)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), FALSE);

  sync_mirror (self);
  return self->fold_id != 0;
}

/* ---- the store ------------------------------------------------------ */

FuSearch *
fu_search_new (void)
{
  return g_object_new (FU_TYPE_SEARCH, NULL);
}

static void
emit_changed (FuSearch       *self,
              FuSearchChange  change)
{
  self->change = change;
  self->results_differ = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_store_changed_cb (FuSearch *self)
{
  sync_mirror (self);
  if (self->words != NULL && self->results_differ)
    emit_changed (self, FU_SEARCH_CHANGE_DIFFERENT);
}

static void
clear_mirror (FuSearch *self)
{
  for (guint i = 0; i < N_LISTS; i++)
    {
      if (self->lists[i] != NULL)
        g_clear_signal_handler (&self->list_ids[i], self->lists[i]);
      g_clear_object (&self->lists[i]);
    }
  g_clear_pointer (&self->job_ids, g_hash_table_unref);
  g_clear_pointer (&self->by_job, g_hash_table_unref);
  g_hash_table_remove_all (self->jobs);
  g_hash_table_remove_all (self->follow_ups);
  self->epoch++;
  g_hash_table_remove_all (self->touched_jobs);
  g_hash_table_remove_all (self->touched_contacts);
  for (guint i = 0; i < N_LISTS; i++)
    {
      g_ptr_array_set_size (self->mirrors[i], 0);
      self->synced_stamps[i] = 0;
    }
  self->n_job_texts = 0;
  self->n_follow_up_texts = 0;
  g_clear_handle_id (&self->fold_id, g_source_remove);
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
  clear_mirror (self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      GListModel *lists[N_LISTS] = {
        fu_store_get_jobs (store), fu_store_get_contacts (store),
        fu_store_get_interactions (store), fu_store_get_follow_ups (store),
      };

      self->changed_id = g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb),
                                                  self, G_CONNECT_SWAPPED);
      for (guint i = 0; i < N_LISTS; i++)
        {
          self->lists[i] = g_object_ref (lists[i]);
          self->list_ids[i] = g_signal_connect (lists[i], "items-changed", G_CALLBACK (on_items_changed_cb), self);
          on_items_changed_cb (lists[i], 0, 0, g_list_model_get_n_items (lists[i]), self);
        }
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* ---- the words ------------------------------------------------------ */

const char *
fu_search_get_text (FuSearch *self)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), NULL);

  return self->text != NULL ? self->text : "";
}

static GStrv
split_words (const char *text)
{
  g_autofree char *folded = fu_search_fold (text);
  GStrv words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  guint j = 0;

  /* Runs of spaces give empty words: drop them. */
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0')
        words[j++] = words[i];
      else
        g_free (words[i]);
    }
  words[j] = NULL;
  if (j == 0)
    g_clear_pointer (&words, g_strfreev);

  return words;
}

/* Whether every text with all of @narrow's words has all of @wide's: each
 * word of @wide is part of one of @narrow's. */
static gboolean
implies (GStrv narrow,
         GStrv wide)
{
  for (guint i = 0; wide != NULL && wide[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint k = 0; narrow != NULL && narrow[k] != NULL && !found; k++)
        found = strstr (narrow[k], wide[i]) != NULL;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

void
fu_search_set_text (FuSearch   *self,
                    const char *text)
{
  g_auto(GStrv) old = NULL;
  gboolean stricter, looser;

  g_return_if_fail (FU_IS_SEARCH (self));

  if (g_strcmp0 (text, self->text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  old = g_steal_pointer (&self->words);
  self->words = split_words (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);

  /* A typed letter narrows, a deleted one widens: the views then look
   * only at what they show, or only at what they hide. */
  stricter = implies (self->words, old);
  looser = implies (old, self->words);
  if (stricter && looser && (old == NULL) == (self->words == NULL))
    return;   /* the same words: the same results */
  self->generation++;
  self->keep_misses = old != NULL && stricter;
  self->keep_hits = looser;
  g_clear_pointer (&self->fresh_words, g_strfreev);
  self->fresh_last = -1;
  self->extends_last = FALSE;
  if (self->keep_misses)
    {
      GPtrArray *fresh = g_ptr_array_new ();
      guint n_words = g_strv_length (self->words);
      guint n_old = g_strv_length (old);

      for (guint i = 0; self->words[i] != NULL; i++)
        {
          const char *one[] = { self->words[i], NULL };

          if (implies (old, (GStrv) one))
            continue;
          if (i == n_words - 1)
            self->fresh_last = fresh->len;
          g_ptr_array_add (fresh, g_strdup (self->words[i]));
        }
      /* "reliable zur" -> "reliable zuri": a text's first "zuri" is
       * at or after its first "zur", so the search can start there. */
      self->extends_last = fresh->len == 1 && self->fresh_last == 0 &&
                           g_str_has_prefix (self->words[n_words - 1], old[n_old - 1]);
      g_ptr_array_add (fresh, NULL);
      self->fresh_words = (GStrv) g_ptr_array_free (fresh, FALSE);
    }
  if (self->words == NULL)
    emit_changed (self, FU_SEARCH_CHANGE_LESS_STRICT);
  else if (old == NULL || stricter)
    emit_changed (self, FU_SEARCH_CHANGE_MORE_STRICT);
  else if (looser)
    emit_changed (self, FU_SEARCH_CHANGE_LESS_STRICT);
  else
    emit_changed (self, FU_SEARCH_CHANGE_DIFFERENT);
}

FuSearchChange
fu_search_get_change (FuSearch *self)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), FU_SEARCH_CHANGE_DIFFERENT);

  return self->change;
}

gboolean
fu_search_is_active (FuSearch *self)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), FALSE);

  return self->words != NULL;
}

/* Whether @text has every one of @words; where @words[@last] (if @last
 * >= 0) is first found goes into @last_at, and it is looked for only
 * from @from on. */
static gboolean
find_words (GStrv       words,
            int         last,
            const char *text,
            guint       from,
            guint      *last_at)
{
  for (int i = 0; words[i] != NULL; i++)
    {
      const char *found = strstr (i == last ? text + from : text, words[i]);

      if (found == NULL)
        return FALSE;
      if (i == last)
        *last_at = found - text;
    }

  return TRUE;
}

static gboolean
match_text (FuSearch   *self,
            const char *text)
{
  return text != NULL && find_words (self->words, -1, text, 0, NULL);
}

/* The match of an entry at this generation if it is known: -1 if not. */
static inline int
known_match (FuSearch *self,
             guint     generation,
             gboolean  matched)
{
  if (generation == self->generation)
    return matched;
  if (generation + 1 == self->generation &&
      ((matched && self->keep_hits) || (!matched && self->keep_misses)))
    return matched;
  return -1;
}

static gboolean
match_job_entry (FuSearch *self,
                 JobEntry *entry)
{
  int known = known_match (self, entry->generation, entry->matched);
  int last = -1;

  /* A letter typed: a job that had the words before needs only be
   * looked at for the new ones ("reliable zurich pl" -> "pla"), and the
   * word being typed only from where it was found before: a text is
   * read once per word, not once per letter. */
  if (known < 0 && entry->matched && entry->generation + 1 == self->generation &&
      self->fresh_words != NULL && entry->text != NULL)
    {
      guint from = self->extends_last && entry->last_generation + 1 == self->generation
                   ? entry->last_at : 0;

      last = self->fresh_last;
      known = find_words (self->fresh_words, last, entry->text, from, &entry->last_at);
    }
  else if (known < 0)
    {
      last = (int) g_strv_length (self->words) - 1;
      known = find_words (self->words, last, job_entry_text (self, entry), 0, &entry->last_at);
    }
  if (known > 0 && last >= 0)
    entry->last_generation = self->generation;
  entry->generation = self->generation;
  entry->matched = known;
  return known;
}

gboolean
fu_search_match_job (FuSearch *self,
                     FuJob    *job)
{
  JobEntry *entry;

  /* No type check before the lookup: a view asks for every job at each
   * letter, and the check would read each job's memory for nothing. */
  g_return_val_if_fail (FU_IS_SEARCH (self), FALSE);
  g_return_val_if_fail (job != NULL, FALSE);

  if (self->words == NULL)
    return TRUE;

  sync_mirror (self);
  entry = g_hash_table_lookup (self->jobs, job);
  if (entry == NULL)
    {
      g_autofree char *text = NULL;

      g_return_val_if_fail (FU_IS_JOB (job), FALSE);
      /* Not in the store's list (yet: a view may hear of an added job
       * before the search does). */
      text = self->store != NULL ? build_job_text (self, job, fu_job_get_id (job)) : NULL;
      return match_text (self, text);
    }

  return match_job_entry (self, entry);
}

static gboolean
match_follow_up_entry (FuSearch      *self,
                       FollowUpEntry *entry)
{
  int known = known_match (self, entry->generation, entry->matched);

  if (known < 0)
    known = (entry->job != NULL && match_job_entry (self, entry->job)) ||
            match_text (self, follow_up_entry_text (self, entry));
  entry->generation = self->generation;
  entry->matched = known;
  return known;
}

gboolean
fu_search_match_follow_up (FuSearch   *self,
                           FuFollowUp *follow_up)
{
  FollowUpEntry *entry;

  g_return_val_if_fail (FU_IS_SEARCH (self), FALSE);
  g_return_val_if_fail (follow_up != NULL, FALSE);

  if (self->words == NULL)
    return TRUE;

  sync_mirror (self);
  entry = g_hash_table_lookup (self->follow_ups, follow_up);
  if (entry == NULL)
    {
      FuJob *job;
      g_autofree char *own = NULL;
      GString *text;

      g_return_val_if_fail (FU_IS_FOLLOW_UP (follow_up), FALSE);
      job = self->store != NULL && fu_follow_up_get_job_id (follow_up) != NULL
            ? fu_store_find_job (self->store, fu_follow_up_get_job_id (follow_up)) : NULL;
      if (job != NULL && fu_search_match_job (self, job))
        return TRUE;
      text = g_string_new (NULL);
      append (text, fu_follow_up_get_title (follow_up));
      append (text, fu_follow_up_get_explanation (follow_up));
      append_contact (self, text, fu_follow_up_get_contact_id (follow_up));
      own = g_string_free (text, FALSE);
      return match_text (self, own);
    }

  return match_follow_up_entry (self, entry);
}

guint
fu_search_get_epoch (FuSearch *self)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), 0);

  return self->epoch;
}

gconstpointer
fu_search_get_follow_up_handle (FuSearch   *self,
                                FuFollowUp *follow_up)
{
  g_return_val_if_fail (FU_IS_SEARCH (self), NULL);

  return g_hash_table_lookup (self->follow_ups, follow_up);
}

/* How many handles ahead a follow-up's entry is fetched; its job's
 * entry is fetched half as far ahead, and the job's text (where the word
 * being typed was found) a quarter.  Each is a read from far away in
 * memory, and waiting for one at a time was most of a letter's work. */
#define READ_AHEAD 16

void
fu_search_match_follow_up_handles (FuSearch            *self,
                                   const gconstpointer *handles,
                                   guint                n,
                                   gboolean            *matched)
{
  g_return_if_fail (FU_IS_SEARCH (self));
  g_return_if_fail (n == 0 || (handles != NULL && matched != NULL));

  if (self->words == NULL)
    {
      for (guint i = 0; i < n; i++)
        matched[i] = TRUE;
      return;
    }

  sync_mirror (self);
  for (guint i = 0; i < n; i++)
    {
      if (i + READ_AHEAD < n)
        __builtin_prefetch (handles[i + READ_AHEAD]);
      if (i + READ_AHEAD / 2 < n)
        {
          const FollowUpEntry *ahead = handles[i + READ_AHEAD / 2];

          if (ahead->job != NULL)
            __builtin_prefetch (ahead->job);
        }
      if (i + READ_AHEAD / 4 < n)
        {
          const FollowUpEntry *ahead = handles[i + READ_AHEAD / 4];

          /* A stale offset only fetches a line for nothing. */
          if (ahead->job != NULL && ahead->job->text != NULL)
            __builtin_prefetch (ahead->job->text + ahead->job->last_at);
        }
      matched[i] = match_follow_up_entry (self, (FollowUpEntry *) handles[i]);
    }
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
  clear_mirror (self);

  G_OBJECT_CLASS (fu_search_parent_class)->dispose (object);
}

static void
fu_search_finalize (GObject *object)
{
  FuSearch *self = FU_SEARCH (object);

  for (guint i = 0; i < N_LISTS; i++)
    g_ptr_array_unref (self->mirrors[i]);
  g_hash_table_unref (self->jobs);
  g_hash_table_unref (self->follow_ups);
  g_hash_table_unref (self->touched_jobs);
  g_hash_table_unref (self->touched_contacts);
  g_free (self->text);
  g_strfreev (self->words);
  g_strfreev (self->fresh_words);

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
   * search is on; fu_search_get_change() says how. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fu_search_init (FuSearch *self)
{
  self->mirrors[LIST_JOBS] = g_ptr_array_new_with_free_func (job_entry_free);
  self->mirrors[LIST_CONTACTS] = g_ptr_array_new_with_free_func (contact_entry_free);
  self->mirrors[LIST_INTERACTIONS] = g_ptr_array_new_with_free_func (interaction_entry_free);
  self->mirrors[LIST_FOLLOW_UPS] = g_ptr_array_new_with_free_func (follow_up_entry_free);
  self->jobs = g_hash_table_new (NULL, NULL);
  self->follow_ups = g_hash_table_new (NULL, NULL);
  self->touched_jobs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->touched_contacts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* New entries have generation 0: never this one, nor the one before. */
  self->generation = 2;
}
