#!/bin/sh
# Installs what is missing, builds FollowUp, installs it into ./_install
# (with its schema, icon and desktop file) and launches it from there.
set -eu
cd "$(dirname "$0")/.."

./build-aux/deps.sh

if [ ! -f build/build.ninja ]; then
  meson setup build --prefix="$PWD/_install"
fi
meson configure build --prefix="$PWD/_install" >/dev/null
meson install -C build --quiet

# Prepend, never replace: the system's data dirs hold GTK's own schemas.
XDG_DATA_DIRS="$PWD/_install/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export XDG_DATA_DIRS
exec "$PWD/_install/bin/followup" "$@"
