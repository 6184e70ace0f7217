#!/usr/bin/env bash
# Renders the PNG sizes of the app icon from the hand-drawn SVG beside this script.
# Run it after changing the SVG and commit the PNGs with it. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --output "org.careuniversity.CareU-$size.png" \
        org.careuniversity.CareU.svg
done
