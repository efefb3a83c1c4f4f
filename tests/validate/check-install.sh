#!/bin/sh
# install test: `meson install` into a scratch DESTDIR puts every file a
# desktop needs where the desktop looks for it.
set -eu
builddir=$1
app_id=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$builddir" --no-rebuild --quiet --destdir "$dest" >/dev/null

prefix=$(meson introspect "$builddir" --buildoptions |
         python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$dest$prefix"
status=0
for f in \
  "bin/followup" \
  "share/applications/$app_id.desktop" \
  "share/metainfo/$app_id.metainfo.xml" \
  "share/glib-2.0/schemas/$app_id.gschema.xml" \
  "share/icons/hicolor/scalable/apps/$app_id.svg" \
  "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
do
  if [ ! -e "$root/$f" ]; then
    echo "FAIL: missing $prefix/$f"
    status=1
  fi
done
[ -x "$root/bin/followup" ] || { echo "FAIL: bin/followup is not executable"; status=1; }

# The installed desktop file must name the installed binary and icon.
if [ -e "$root/share/applications/$app_id.desktop" ]; then
  grep -qx "Exec=followup" "$root/share/applications/$app_id.desktop" || { echo "FAIL: Exec is not followup"; status=1; }
  grep -qx "Icon=$app_id" "$root/share/applications/$app_id.desktop" || { echo "FAIL: Icon is not $app_id"; status=1; }
fi
exit $status
