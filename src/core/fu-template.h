/* fu-template.h: a message template of the composer
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A template the user edited or wrote.  "purpose" says what it is for
 * (an id the composer defines, such as a rule number's note).
 */
#pragma once

#include "fu-enums.h"
#include "fu-record.h"

G_BEGIN_DECLS

#define FU_TYPE_TEMPLATE (fu_template_get_type ())

G_DECLARE_FINAL_TYPE (FuTemplate, fu_template, FU, TEMPLATE, FuRecord)

FuTemplate *fu_template_new         (void);
const char *fu_template_get_id      (FuTemplate *self);
const char *fu_template_get_name    (FuTemplate *self);
void        fu_template_set_name    (FuTemplate *self,
                                     const char *name);
const char *fu_template_get_purpose (FuTemplate *self);
void        fu_template_set_purpose (FuTemplate *self,
                                     const char *purpose);
const char *fu_template_get_subject (FuTemplate *self);
void        fu_template_set_subject (FuTemplate *self,
                                     const char *subject);
const char *fu_template_get_body    (FuTemplate *self);
void        fu_template_set_body    (FuTemplate *self,
                                     const char *body);

G_END_DECLS
