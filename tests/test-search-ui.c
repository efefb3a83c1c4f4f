/* test-search-ui.c: search from the main window, typed like a user types
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two jobs: one has a word in every searchable field (company, job
 * title, a linked contact, an interviewer, a tag, its notes, a debrief,
 * an interaction), the other none.  Typing on the board opens the search
 * and narrows the board and the follow-ups view as the letters come;
 * every field finds the first job only; Escape clears and shows both;
 * Ctrl+F opens the search again.  A search typed on one page shows its
 * results on the other page once that is shown (what is on screen, not
 * only what the models say).
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <string.h>

#include "fu-test-ui.h"
#include "fu-application.h"
#include "fu-board.h"
#include "fu-board-column.h"
#include "fu-follow-up-row.h"
#include "fu-follow-ups-view.h"
#include "fu-job-card.h"
#include "fu-window.h"


typedef struct _Test Test;
typedef gboolean (*StepFunc) (Test *test);

struct _Test
{
  FuTestUiRun    run;  /* first: the test is also its run */
  FuApplication *app;
  FuWindow      *window;
  FuStore       *store;
  FuJob         *job;
  FuJob         *other;
  FuFollowUp    *follow_up;
  gboolean       narrowed;
};

/* Jobs on the board, over every column. */
static guint
board_count (Test *test)
{
  GtkWidget *board = fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_BOARD);
  guint n = 0;

  for (GtkWidget *w = fu_test_ui_find_descendant (board, FU_TYPE_BOARD_COLUMN); w != NULL; w = gtk_widget_get_next_sibling (w))
    n += fu_board_column_get_n_jobs (FU_BOARD_COLUMN (w));

  return n;
}

/* Follow-ups in the view (headers left out). */
static guint
view_count (Test *test)
{
  GListModel *items = fu_follow_ups_view_get_items (FU_FOLLOW_UPS_VIEW (fu_test_ui_find_descendant (GTK_WIDGET (test->window),
                                                                                        FU_TYPE_FOLLOW_UPS_VIEW)));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (FU_IS_FOLLOW_UP (item))
        n++;
    }

  return n;
}

static void
show_page (Test       *test,
           const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (fu_test_ui_find_descendant (GTK_WIDGET (test->window), ADW_TYPE_VIEW_STACK));

  adw_view_stack_set_visible_child_name (stack, name);
}

/* What the follow-ups view's rows show on screen: 1 for @job's follow-up
 * alone, 0 for none, -1 for anything else. */
static int
rows_on_screen (Test  *test,
                FuJob *job)
{
  GtkWidget *view = fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_FOLLOW_UPS_VIEW);
  GtkWidget *list = fu_test_ui_find_descendant (view, GTK_TYPE_LIST_VIEW);
  int n = 0;

  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      FuFollowUp *follow_up;

      if (!FU_IS_FOLLOW_UP_ROW (row) || !gtk_widget_get_mapped (row) ||
          (follow_up = fu_follow_up_row_get_follow_up (FU_FOLLOW_UP_ROW (row))) == NULL)
        continue;
      if (g_strcmp0 (fu_follow_up_get_job_id (follow_up), fu_job_get_id (job)) != 0)
        return -1;
      n++;
    }

  return n;
}

/* The cards the board's columns show on screen, as for rows_on_screen(). */
static int
cards_on_screen (Test  *test,
                 FuJob *job)
{
  GtkWidget *board = fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_BOARD);
  int n = 0;

  for (GtkWidget *column = fu_test_ui_find_descendant (board, FU_TYPE_BOARD_COLUMN);
       column != NULL;
       column = gtk_widget_get_next_sibling (column))
    {
      GtkWidget *list = fu_test_ui_find_descendant (column, GTK_TYPE_LIST_VIEW);

      for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL; item = gtk_widget_get_next_sibling (item))
        {
          GtkWidget *card = gtk_widget_get_first_child (item);
          FuJob *shown;

          if (!FU_IS_JOB_CARD (card) || !gtk_widget_get_mapped (card) ||
              (shown = fu_job_card_get_job (FU_JOB_CARD (card))) == NULL)
            continue;
          if (shown != job)
            return -1;
          n++;
        }
    }

  return n;
}

static GtkSearchBar *
search_bar (Test *test)
{
  return GTK_SEARCH_BAR (fu_test_ui_find_descendant (GTK_WIDGET (test->window), GTK_TYPE_SEARCH_BAR));
}

static GtkEditable *
search_entry (Test *test)
{
  return GTK_EDITABLE (fu_test_ui_find_descendant (GTK_WIDGET (search_bar (test)), GTK_TYPE_SEARCH_ENTRY));
}

static FuContact *
add_contact (FuStore    *store,
             const char *name)
{
  g_autoptr(FuContact) contact = fu_contact_new ();

  fu_contact_set_name (contact, name);
  fu_store_add_contact (store, contact);
  return contact;
}

static void
add_follow_up (Test  *test,
               FuJob *job)
{
  g_autoptr(FuFollowUp) follow_up = fu_follow_up_new ();
  g_autoptr(GDateTime) due = g_date_time_new_now_utc ();

  fu_follow_up_set_kind (follow_up, FU_FOLLOW_UP_KIND_CUSTOM);
  fu_follow_up_set_origin (follow_up, FU_FOLLOW_UP_ORIGIN_USER);
  fu_follow_up_set_job_id (follow_up, fu_job_get_id (job));
  fu_follow_up_set_title (follow_up, "Send a short note");
  fu_follow_up_set_due (follow_up, due);
  fu_store_add_follow_up (test->store, follow_up);
}

static gboolean
step_wait_loaded (Test *test)
{
  test->window = FU_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (test->app)));
  test->store = fu_application_get_store (test->app);

  return test->window != NULL && gtk_widget_get_mapped (GTK_WIDGET (test->window)) &&
         fu_store_get_loaded (test->store);
}

static gboolean
step_add_data (Test *test)
{
  const char *tags[] = { "remote-first", NULL };
  const char *contact_ids[] = { NULL, NULL };
  FuContact *recruiter = add_contact (test->store, "Zoë Fernández");
  FuContact *panel = add_contact (test->store, "Priya Raman");
  g_autoptr(FuJobContact) link = fu_job_contact_new (fu_contact_get_id (recruiter), FU_PART_AGENCY_RECRUITER);
  g_autoptr(FuRound) round = fu_round_new ();
  g_autoptr(FuInterviewer) interviewer = fu_interviewer_new (fu_contact_get_id (panel));
  g_autoptr(FuInteraction) interaction = fu_interaction_new ();

  test->job = fu_job_new ();
  fu_job_set_company (test->job, "Café Müller AT&T <Labs>");
  fu_job_set_title (test->job, "Platform Engineer");
  fu_job_set_stage (test->job, FU_STAGE_INTERVIEWING);
  fu_job_set_tags (test->job, tags);
  fu_job_set_notes (test->job, "Met the team at PyCon");
  fu_job_add_contact_link (test->job, link);
  fu_round_add_interviewer (round, interviewer);
  fu_round_set_debrief (round, "They asked a lot about Kubernetes");
  fu_job_add_round (test->job, round);
  fu_store_add_job (test->store, test->job);

  fu_interaction_set_job_id (interaction, fu_job_get_id (test->job));
  fu_interaction_set_body (interaction, "The salary band was discussed");
  contact_ids[0] = fu_contact_get_id (recruiter);
  fu_interaction_set_contact_ids (interaction, contact_ids);
  fu_store_add_interaction (test->store, interaction);

  test->other = fu_job_new ();
  fu_job_set_company (test->other, "Initech");
  fu_job_set_title (test->other, "Accountant");
  fu_job_set_stage (test->other, FU_STAGE_INTERVIEWING);
  fu_store_add_job (test->store, test->other);

  add_follow_up (test, test->job);
  add_follow_up (test, test->other);
  return TRUE;
}

static gboolean
step_focus_board (Test *test)
{
  GtkWidget *board = fu_test_ui_find_descendant (GTK_WIDGET (test->window), FU_TYPE_BOARD);

  if (board_count (test) != 2 || view_count (test) < 2)
    return FALSE;

  fu_board_focus_job (FU_BOARD (board), test->other);
  return TRUE;
}

/* Letters typed on the board land in the search. */
static gboolean
step_type_on_board (Test *test)
{
  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "type --delay 50 pycon");

  if (!gtk_search_bar_get_search_mode (search_bar (test)) ||
      g_strcmp0 (gtk_editable_get_text (search_entry (test)), "pycon") != 0 ||
      board_count (test) != 1 || view_count (test) != 1)
    return FALSE;

  return TRUE;
}

/* A letter more finds nothing on the board or in the follow-ups; deleting
 * it finds the job and its follow-up again. */
static gboolean
step_letter_typed_then_deleted (Test *test)
{
  const char *text = gtk_editable_get_text (search_entry (test));
  int position = strlen (text);

  if (test->run.ticks == 0)
    {
      gtk_editable_insert_text (search_entry (test), "x", 1, &position);
      return FALSE;
    }
  if (!test->narrowed)
    {
      if (g_strcmp0 (text, "pyconx") != 0 || board_count (test) != 0 || view_count (test) != 0)
        return FALSE;
      test->narrowed = TRUE;
      gtk_editable_delete_text (search_entry (test), position - 1, position);
      return FALSE;
    }

  return g_strcmp0 (text, "pycon") == 0 && board_count (test) == 1 && view_count (test) == 1;
}

/* Each field finds the first job and its follow-up, and only those. */
static gboolean
step_each_field (Test *test)
{
  static const char * const words[] = {
    "AT&T <Labs>",     /* company */
    "cafe muller",     /* company, typed without accents */
    "platform",        /* job title */
    "fernandez",       /* linked contact */
    "PRIYA",           /* interviewer */
    "remote-first",    /* tag */
    "pycon",           /* notes */
    "kubernetes",      /* debrief */
    "salary band",     /* interaction */
  };
  guint i = test->run.ticks / 10;

  if (test->run.ticks % 10 == 0 && i < G_N_ELEMENTS (words))
    {
      g_test_message ("search: %s", words[i]);
      gtk_editable_set_text (search_entry (test), words[i]);
      return FALSE;
    }
  if (i >= G_N_ELEMENTS (words))
    return TRUE;

  /* A few ticks later (the entry waits a moment before searching). */
  if (test->run.ticks % 10 == 9)
    {
      g_assert_cmpuint (board_count (test), ==, 1);
      g_assert_cmpuint (view_count (test), ==, 1);
    }
  return FALSE;
}

static gboolean
step_no_match (Test *test)
{
  if (test->run.ticks == 0)
    gtk_editable_set_text (search_entry (test), "nothing like this");

  return board_count (test) == 0 && view_count (test) == 0;
}

/* Escape in the search field clears it and shows everything again. */
static gboolean
step_escape_clears (Test *test)
{
  if (test->run.ticks == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (search_entry (test)));
      fu_test_ui_xdotool (GTK_WINDOW (test->window), "key Escape");
    }

  if (gtk_search_bar_get_search_mode (search_bar (test)) ||
      board_count (test) != 2 || view_count (test) != 2)
    return FALSE;

  g_assert_cmpstr (gtk_editable_get_text (search_entry (test)), ==, "");
  return TRUE;
}

static gboolean
step_ctrl_f (Test *test)
{
  if (test->run.ticks == 0)
    fu_test_ui_xdotool (GTK_WINDOW (test->window), "key ctrl+f");

  return gtk_search_bar_get_search_mode (search_bar (test)) &&
         gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (search_entry (test))));
}

/* A search typed on the board narrows the follow-ups view behind it:
 * shown, the view lists only what was found; and one typed on the
 * follow-ups narrows the board behind them. */
static gboolean
step_search_behind_board (Test *test)
{
  if (test->run.ticks == 0)
    {
      show_page (test, "board");
      gtk_editable_set_text (search_entry (test), "kubernetes");
      return FALSE;
    }
  if (test->run.ticks < 5 || cards_on_screen (test, test->job) != 1)
    return FALSE;
  if (test->run.ticks == 5)
    show_page (test, "follow-ups");
  /* No one asked the view for its items: what it shows is all it did. */
  return rows_on_screen (test, test->job) == 1;
}

static gboolean
step_search_behind_follow_ups (Test *test)
{
  if (test->run.ticks == 0)
    {
      gtk_editable_set_text (search_entry (test), "initech");
      return FALSE;
    }
  if (test->run.ticks < 5 || rows_on_screen (test, test->other) != 1)
    return FALSE;
  if (test->run.ticks == 5)
    show_page (test, "board");
  return cards_on_screen (test, test->other) == 1;
}

static const StepFunc steps[] = {
  step_wait_loaded,
  step_add_data,
  step_focus_board,
  step_type_on_board,
  step_letter_typed_then_deleted,
  step_each_field,
  step_no_match,
  step_escape_clears,
  step_ctrl_f,
  step_search_behind_board,
  step_search_behind_follow_ups,
  NULL,
};

static void
test_search_board_and_follow_ups (void)
{
  g_autoptr(FuApplication) app = fu_application_new ();
  Test test = { .run = { G_APPLICATION (app), (const FuTestUiStep *) steps, "search" },
                .app = app };

  fu_test_ui_run (&test.run);
  g_clear_object (&test.job);
  g_clear_object (&test.other);
}

int
main (int   argc,
      char *argv[])
{
  fu_test_ui_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/search/board-and-follow-ups", test_search_board_and_follow_ups);

  return g_test_run ();
}
