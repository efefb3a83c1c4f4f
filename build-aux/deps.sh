#!/bin/sh
# Installs what FollowUp needs to build, run and test on Debian 12, and
# nothing when it is all there already.  Uses sudo when not run as root.
set -eu

PACKAGES="
  meson ninja-build gcc pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libjson-glib-dev libnotify-dev libenchant-2-dev hunspell-en-us
  libportal-dev libportal-gtk4-dev
  desktop-file-utils appstream
  xvfb xauth dbus xdotool imagemagick python3-dbusmock
  librsvg2-common shared-mime-info
  flatpak-builder strace
  clang libclang-rt-14-dev valgrind
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing="$missing $p"
  fi
done

[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

echo "Installing:$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
