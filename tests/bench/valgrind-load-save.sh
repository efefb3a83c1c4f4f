#!/bin/sh
# valgrind-load-save.sh VALGRIND BENCH_STORE GENERATOR
#
# Loads and saves a generated file of 1,000 jobs (bench-store save: a
# load, an edit, the coalesced atomic save) under valgrind with GLib's
# suppressions: any invalid access or definite leak fails the test.
set -eu
valgrind=$1 bench_store=$2 generator=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$generator" "$work/jobs-1000.json" 1000 >/dev/null

export G_SLICE=always-malloc G_DEBUG=gc-friendly
"$valgrind" --error-exitcode=1 --errors-for-leak-kinds=definite --leak-check=full \
  --show-leak-kinds=definite --track-origins=yes --num-callers=30 \
  --suppressions=/usr/share/glib-2.0/valgrind/glib.supp \
  "$bench_store" save "$work/jobs-1000.json"
