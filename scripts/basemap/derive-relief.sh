#!/usr/bin/env bash
# Shaded relief tiles from ETOPO5 (NOAA NGDC 1988, public domain; Debian ferret-datasets, extracted by
# extract/40-dem.sh): the sea clamped flat, shaded from several directions in Web Mercator (metres on
# both axes, so slopes are true), then turned into shadow (warm dark) and light (white) with an alpha
# that grows with the slope, and cut into 256-px grey-and-alpha PNG tiles for zooms 2–5. ETOPO5's 5′ cells are about
# 9 km, so the relief is drawn softly up to zoom 6 and faded out closer in.
#   apt-get install gdal-bin python3-gdal && BASEMAP_RAW=/tmp/basemap-raw bash scripts/basemap/derive-relief.sh
set -euo pipefail
RAW=${BASEMAP_RAW:-/tmp/basemap-raw}
OUT=${OUT:-geodata/basemap/relief}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
gdal_calc.py --quiet -A "$RAW/dem/etopo5_region.tif" --calc="maximum(A,0)" --type=Float32 --outfile="$TMP/land.tif"
gdalwarp -q -t_srs EPSG:3857 -r cubicspline -tr 4800 4800 -te_srs EPSG:4326 -te -25 8 145 66 "$TMP/land.tif" "$TMP/merc.tif"
gdaldem hillshade -q -multidirectional -z 1.6 -compute_edges "$TMP/merc.tif" "$TMP/shade.tif"
# Flat ground shades to about 180 with these settings: darker is shadow, brighter is light.
FLAT=180
gdal_calc.py --quiet -A "$TMP/shade.tif" -B "$TMP/merc.tif" --type=Byte --co=COMPRESS=DEFLATE \
  --calc="where(A<$FLAT,70,255)" --outfile="$TMP/r.tif"
gdal_calc.py --quiet -A "$TMP/shade.tif" -B "$TMP/merc.tif" --type=Byte \
  --calc="where(A<$FLAT,58,255)" --outfile="$TMP/g.tif"
gdal_calc.py --quiet -A "$TMP/shade.tif" -B "$TMP/merc.tif" --type=Byte \
  --calc="where(A<$FLAT,45,255)" --outfile="$TMP/b.tif"
# Alpha: shadow up to ~0.75, light up to ~0.5; none at sea level.
gdal_calc.py --quiet -A "$TMP/shade.tif" -B "$TMP/merc.tif" --type=Byte \
  --calc="where(B<=0,0,where(A<$FLAT,minimum(($FLAT-A)*1.6,190),minimum((A-$FLAT)*2.0,130)))" --outfile="$TMP/a.tif"
gdal_merge.py -q -separate -o "$TMP/rgba.tif" "$TMP/r.tif" "$TMP/g.tif" "$TMP/b.tif" "$TMP/a.tif"
gdal_edit.py -colorinterp_1 red -colorinterp_2 green -colorinterp_3 blue -colorinterp_4 alpha "$TMP/rgba.tif"
rm -rf "$OUT"
gdal2tiles.py -q --xyz -z 2-5 -r average -w none "$TMP/rgba.tif" "$TMP/tiles"
# Two channels (grey and alpha), alpha in steps of 8: smooth relief then compresses to a few KB a tile.
npx tsx scripts/basemap/relief-png.ts "$TMP/tiles" "$OUT"
# Tiles that are all sea or flat carry nothing: drop them (a missing tile is drawn as empty).

find "$OUT" -type d -empty -delete
find "$OUT" -name '*.xml' -delete
du -sh "$OUT"; find "$OUT" -name '*.png' | wc -l
