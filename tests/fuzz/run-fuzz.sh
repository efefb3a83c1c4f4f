#!/bin/sh
# run-fuzz.sh regressions|fuzz FUZZER SRCDIR GENERATOR [SECONDS]
#
# regressions: runs every file of SRCDIR/crashes and SRCDIR/seeds, and
#   two generated files, through the fuzzer once (no fuzzing).
# fuzz: fuzzes the loader for SECONDS from those seeds, in a private
#   corpus; a crash leaves its input in $FUZZ_ARTIFACTS (default: the
#   build's tests/fuzz/artifacts) to be added to SRCDIR/crashes with the
#   fix, and fails.
set -eu
mode=$1 fuzzer=$2 src=$3 generator=$4 seconds=${5:-60}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/seeds" "$work/corpus"
cp "$src"/seeds/* "$work/seeds/"
cp "$src"/crashes/* "$work/seeds/" 2>/dev/null || true
# Realistic files from the benchmark generator: 3 jobs (~16 KB) and 30
# (~160 KB; bigger ones, up to the 1 MB limit, slow the fuzzer down more
# than they teach it).
"$generator" "$work/seeds/generated-3.json" 3 2 >/dev/null
"$generator" "$work/seeds/generated-30.json" 30 3 >/dev/null

case $mode in
  regressions)
    exec "$fuzzer" -error_exitcode=1 -runs=0 "$work"/seeds/* ;;
  fuzz)
    artifacts=${FUZZ_ARTIFACTS:-$(dirname "$fuzzer")/artifacts}
    mkdir -p "$artifacts"
    # Speed over pretty leak stacks here (see build-aux/run-hardening.sh);
    # libFuzzer's own exit code 77 would read as "skipped" to meson.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-}:fast_unwind_on_malloc=1"
    exec "$fuzzer" -error_exitcode=1 -timeout_exitcode=1 \
      -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -max_len=1048576 -timeout=20 \
      -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$work/corpus" "$work/seeds" ;;
esac
echo "unknown mode $mode" >&2
exit 2
