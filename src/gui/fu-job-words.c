/* fu-job-words.c: the names of round kinds, parts and channels
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "fu-job-words.h"

const char *
fu_round_kind_get_title (FuRoundKind kind)
{
  switch (kind)
    {
    case FU_ROUND_KIND_PHONE_SCREEN:
      return _("Phone Screen");
    case FU_ROUND_KIND_RECRUITER:
      return _("Recruiter Interview");
    case FU_ROUND_KIND_HIRING_MANAGER:
      return _("Hiring-Manager Interview");
    case FU_ROUND_KIND_PANEL:
      return _("Panel Interview");
    case FU_ROUND_KIND_TECHNICAL:
      return _("Technical Interview");
    case FU_ROUND_KIND_ON_SITE:
      return _("On-Site Interview");
    case FU_ROUND_KIND_UNKNOWN:
    default:
      return _("Interview");
    }
}

const char *
fu_part_get_title (FuPart part)
{
  switch (part)
    {
    case FU_PART_AGENCY_RECRUITER:
      return _("Agency Recruiter");
    case FU_PART_INTERNAL_RECRUITER:
      return _("Internal Recruiter");
    case FU_PART_HIRING_MANAGER:
      return _("Hiring Manager");
    case FU_PART_PANEL_MEMBER:
      return _("Panel Member");
    case FU_PART_REFERRER:
      return _("Referrer");
    case FU_PART_OTHER:
    case FU_PART_UNKNOWN:
    default:
      return _("Other");
    }
}

const char *
fu_channel_get_title (FuChannel channel)
{
  switch (channel)
    {
    case FU_CHANNEL_EMAIL:
      return _("Email");
    case FU_CHANNEL_CALL:
      return _("Call");
    case FU_CHANNEL_MEETING:
      return _("Meeting");
    case FU_CHANNEL_MESSAGE:
      return _("Message");
    case FU_CHANNEL_NOTE:
    case FU_CHANNEL_UNKNOWN:
    default:
      return _("Note");
    }
}

const char *
fu_interaction_describe (FuChannel   channel,
                         FuDirection direction)
{
  gboolean inbound = direction == FU_DIRECTION_INBOUND;

  switch (channel)
    {
    case FU_CHANNEL_EMAIL:
      return inbound ? _("Email from them") : _("Email to them");
    case FU_CHANNEL_CALL:
      return inbound ? _("Call from them") : _("Call to them");
    case FU_CHANNEL_MEETING:
      return _("Meeting");
    case FU_CHANNEL_MESSAGE:
      return inbound ? _("Message from them") : _("Message to them");
    case FU_CHANNEL_NOTE:
    case FU_CHANNEL_UNKNOWN:
    default:
      return _("Note");
    }
}

GListModel *
fu_round_kind_list_new (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (FuRoundKind kind = FU_ROUND_KIND_PHONE_SCREEN; kind <= FU_ROUND_KIND_ON_SITE; kind++)
    gtk_string_list_append (list, fu_round_kind_get_title (kind));
  return G_LIST_MODEL (list);
}

GListModel *
fu_part_list_new (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (FuPart part = FU_PART_OTHER; part <= FU_PART_REFERRER; part++)
    gtk_string_list_append (list, fu_part_get_title (part));
  return G_LIST_MODEL (list);
}

GListModel *
fu_channel_list_new (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (FuChannel channel = FU_CHANNEL_EMAIL; channel <= FU_CHANNEL_NOTE; channel++)
    gtk_string_list_append (list, fu_channel_get_title (channel));
  return G_LIST_MODEL (list);
}
