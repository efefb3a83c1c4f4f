/* fu-record.h: the base class of everything stored in the data file
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A FuRecord has an optional string id, keeps the JSON members it does not
 * know (written back unchanged on save), and emits ::modified whenever one
 * of its properties or one of its children (a job's rounds, say) changes.
 * The store listens to ::modified to save; nothing else needs to.
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define FU_TYPE_RECORD (fu_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (FuRecord, fu_record, FU, RECORD, GObject)

/* fu-json.h, inside libfollowup-core */
typedef struct _FuJsonReader FuJsonReader;

struct _FuRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  /* Member name -> index + 1 of the members a subclass knows. */
  GHashTable *members;
  /* Reads the value of member @name at @reader's position. */
  gboolean  (*read_member)   (FuRecord     *self,
                              guint         index,
                              const char   *name,
                              FuJsonReader *reader,
                              GError      **error);
  void      (*write_members) (FuRecord    *self,
                              JsonObject  *object);

  gpointer padding[8];
};

const char *fu_record_get_id              (FuRecord   *self);
void        fu_record_set_id              (FuRecord   *self,
                                           const char *id);

/* The members of this record that FollowUp does not know (from a newer
 * version or another program), or NULL when there are none. */
JsonObject *fu_record_get_unknown_members (FuRecord   *self);

/*< private: for the subclasses and the store in src/core >*/
/* Called after ::modified, for the store: one pointer per record where a
 * signal handler cost a closure (and most of a load's main-thread time
 * at 10,000 jobs). */
typedef void (*FuRecordWatch) (FuRecord *record,
                               gpointer  user_data);
void        fu_record_set_watch           (FuRecord      *self,
                                           FuRecordWatch  watch,
                                           gpointer       user_data);
void        fu_record_class_set_members   (FuRecordClass *klass,
                                           const char * const *names);
void        fu_record_changed             (FuRecord   *self);
guint64     fu_record_get_serial          (FuRecord   *self);
guint64     fu_record_get_last_serial     (void);
void        fu_record_adopt               (FuRecord   *self,
                                           FuRecord   *child);
void        fu_record_release             (FuRecord   *self,
                                           FuRecord   *child);
gboolean    fu_record_load                (FuRecord   *self,
                                           JsonNode   *node,
                                           GError    **error);
gboolean    fu_record_read                (FuRecord     *self,
                                           FuJsonReader *reader,
                                           GError      **error);
JsonNode   *fu_record_to_json             (FuRecord   *self);
/* The record as compact JSON text, kept until the record changes; valid
 * as long as a reference on *owner (not given) is held. */
const char *fu_record_get_text            (FuRecord   *self,
                                           gsize      *length,
                                           GBytes    **owner);
void        fu_record_forget_json         (FuRecord   *self);
gboolean    fu_record_read_list           (FuRecord     *self,
                                           FuJsonReader *reader,
                                           const char   *member,
                                           GType         item_type,
                                           GListStore   *list,
                                           GError      **error);
void        fu_record_write_list          (JsonObject *object,
                                           const char *member,
                                           GListModel *list);

G_END_DECLS
