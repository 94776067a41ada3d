#!/usr/bin/env bash
# GSHHG (WDB II rivers + borders, full resolution) and DCW-GMT country polygons via GMT 6.4.
# Debian bookworm packages: gmt 6.4.0+dfsg-2, gmt-gshhg-full 2.3.7-6, gmt-dcw 2.1.1-1, gdal-bin 3.6.2, python3-gdal.
#   apt-get install gmt gmt-gshhg-full gmt-dcw gdal-bin python3-gdal
# gmt coast -M dumps the data as GMT multisegment ASCII; scripts/gmt2geojson.py turns that into GeoJSON;
# ogr2ogr (SQLite dialect / SpatiaLite) merges the per-bin pieces into one MultiLineString per level.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-${BASEMAP_RAW:-/tmp/basemap-raw}/gmt}
TMP=$(mktemp -d)
mkdir -p "$OUT"
export GMT_USERDIR=$TMP   # keep gmt.history etc. out of the way
cd "$TMP"
REGION=-R-25/145/8/66
CORRIDOR=-R10/85/33/50
GJ="-f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=5"

merge() { # $1 = raw GeoJSON lines, $2 = output
  rm -f "$2"
  ogr2ogr $GJ -dialect SQLite -nln "$(basename "$2" .geojson)" \
    -sql "SELECT level, class, LineMerge(ST_Union(geometry)) AS geometry FROM \"$(basename "$1" .geojson)\" GROUP BY level, class ORDER BY level" \
    "$2" "$1"
}

# (a) rivers, all 11 classes (-Ia = features 0..10), full resolution in the corridor box,
#     intermediate resolution over the whole map region.
gmt coast $CORRIDOR -Ia -Df -M > rivers_corridor_f.txt
gmt coast $REGION   -Ia -Di -M > rivers_region_i.txt
# (b) national borders (-N1; 2 = Americas states, 3 = marine boundaries, not wanted here)
gmt coast $CORRIDOR -N1 -Df -M > borders_corridor_f.txt
gmt coast $REGION   -N1 -Dh -M > borders_region_h.txt
for n in rivers_corridor_f rivers_region_i; do
  /usr/bin/python3 "$HERE/gmt2geojson.py" river $n.txt $n.raw.geojson
  merge $n.raw.geojson "$OUT/gshhg_$n.geojson"
done
for n in borders_corridor_f borders_region_h; do
  /usr/bin/python3 "$HERE/gmt2geojson.py" border $n.txt $n.raw.geojson
  merge $n.raw.geojson "$OUT/gshhg_$n.geojson"
done

# (c) DCW-GMT country polygons (ISO alpha-2 codes; +z writes the code into each segment header)
DCW=AZ,AM,GE,TR,IR,KZ,RU,TM,UZ,KG,CN,GR,AL,IT,BG,MK,RS
gmt coast -E$DCW+z -M > dcw.txt
/usr/bin/python3 "$HERE/gmt2geojson.py" dcw dcw.txt dcw.raw.geojson
rm -f "$OUT/dcw_countries.geojson"
ogr2ogr $GJ -clipsrc -25 8 145 66 -nlt PROMOTE_TO_MULTI -nln dcw_countries "$OUT/dcw_countries.geojson" dcw.raw.geojson
cd /; rm -rf "$TMP"
