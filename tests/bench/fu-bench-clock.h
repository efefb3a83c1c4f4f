/* fu-bench-clock.h: the calling thread's CPU time, for the benchmarks
 *
 * Copyright 2026 The FollowUp developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <time.h>

/* In ms: unlike the clock's time, other programs on a busy machine do
 * not lengthen it. */
static inline double
fu_bench_thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
