#!/bin/sh
# Installs what is missing, builds FollowUp and runs every test: unit tests,
# validators, and UI tests under a private X server and session bus.
# Extra meson setup options (CI passes -Dwerror=true) come from
# $MESON_SETUP_ARGS; arguments go to `meson test`.
set -eu
cd "$(dirname "$0")/.."

./build-aux/deps.sh

setup_args=${MESON_SETUP_ARGS:-}
if [ ! -f build/build.ninja ]; then
  # shellcheck disable=SC2086
  meson setup build --prefix="$PWD/_install" $setup_args
elif [ -n "$setup_args" ]; then
  # shellcheck disable=SC2086
  meson configure build $setup_args
fi
meson compile -C build

exec xvfb-run -a -s '-screen 0 1280x800x24' \
  dbus-run-session -- \
  meson test -C build --print-errorlogs "$@"
