#!/bin/sh
# Renders the symbolic icons under src/gui/icons/ to the .symbolic.png
# files GTK loads at 16 and 32 pixels instead of the SVGs: loading an SVG
# icon brings in librsvg (through gdk-pixbuf), which cost the window's
# first frame about a twelfth of its time.  The SVGs stay for the other
# sizes.  These icons use only the foreground colour, so each PNG is the
# icon's shape in its alpha channel over black, as gtk4-encode-symbolic-svg
# writes them.  Run after changing an SVG (needs rsvg-convert and
# ImageMagick); the PNGs are committed.
set -eu
cd "$(dirname "$0")/../src/gui/icons"
for svg in *-symbolic.svg; do
  name=${svg%.svg}
  for size in 16 32; do
    mkdir -p "${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$svg" |
      convert png:- -channel RGB -evaluate set 0 +channel -strip \
              -define png:color-type=6 -define png:exclude-chunks=date,time \
              "${size}x${size}/$name.symbolic.png"
  done
done
