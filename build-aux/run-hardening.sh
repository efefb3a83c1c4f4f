#!/bin/sh
# The hardening run (issue 12): the core and CLI tests built with clang
# and -Db_sanitize=address,undefined, the loader's fuzzer regressions and
# 60 s of fuzzing, in build-asan; .ci/run counts its testlog.json.
#
# Leak detection stays on; GLib's slice allocator is bypassed so every
# allocation is the sanitizer's to see.  UBSan stops at the first report
# (by default it prints and goes on, and the test would pass).
set -eu
cd "$(dirname "$0")/.."

dir=${HARDENING_BUILD_DIR:-build-asan}
if [ ! -f "$dir/build.ninja" ]; then
  CC=clang meson setup "$dir" -Db_sanitize=address,undefined -Db_lundef=false \
    -Dui_tests=false -Dbuildtype=debugoptimized \
    "-Dc_args=-fno-omit-frame-pointer -fsanitize=fuzzer-no-link"
fi
meson compile -C "$dir"

export G_SLICE=always-malloc
# fast_unwind_on_malloc=0: GLib has no frame pointers, so without it the
# stacks of leaks stop at g_malloc and build-aux/lsan.supp cannot match.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:fast_unwind_on_malloc=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/build-aux/lsan.supp:print_suppressions=0

exec meson test -C "$dir" --print-errorlogs --timeout-multiplier 3 \
  --suite core --suite fuzz "$@"
