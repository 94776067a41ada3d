#!/usr/bin/env bash
# ETOPO5 (5 arc-minute global relief, NOAA/NGDC 1988; US Government, public domain) as shipped by Debian's
# ferret-datasets 7.6.0-5 (/usr/share/ferret-vis/data/etopo5.cdf, variable ROSE, float32, lon 0..360).
#   apt-get install --no-install-recommends ferret-datasets gmt gdal-bin python3-gdal python3-numpy
set -euo pipefail
OUT=${OUT:-${BASEMAP_RAW:-/tmp/basemap-raw}/dem}
NE_OUT=${NE_OUT:-${BASEMAP_RAW:-/tmp/basemap-raw}/naturalearth}
SRC=/usr/share/ferret-vis/data/etopo5.cdf
TMP=$(mktemp -d); export GMT_USERDIR=$TMP; cd "$TMP"
mkdir -p "$OUT"
# The file stores x_max as 359.92 (float), so GMT/GDAL derive a wrong x step (0.08333411): re-register to
# exactly 1/12 degree, then cut the map region across the 0/360 seam (GMT handles the periodic wrap).
gmt grdconvert "$SRC?ROSE" etopo5.nc
gmt grdedit etopo5.nc -R0/359.916666666667/-90/90 -fg
gmt grdcut etopo5.nc -R-25/145/8/66 -Getopo5_region.nc
# -a_nodata none: the source _FillValue (-1e34) would otherwise be rounded to 0 = sea level.
rm -f "$OUT/etopo5_region.tif"
gdal_translate -q -of GTiff -ot Int16 -a_srs EPSG:4326 -a_nodata none -co COMPRESS=DEFLATE -co PREDICTOR=2 \
  -co TILED=YES NETCDF:etopo5_region.nc:z "$OUT/etopo5_region.tif"
# preview (not for shipping): colour relief + shading, corridor box and South Caucasus
gmt begin "$OUT/preview_corridor" png
  gmt grdimage etopo5_region.nc -R10/85/33/50 -JM24c -Cgeo -I+d
  gmt coast -W0.25p -N1/0.25p,red -Di -Baf
gmt end
gmt begin "$OUT/preview_south_caucasus" png
  gmt grdimage etopo5_region.nc -R40/50/37.5/42.5 -JM16c -Cgeo -I+d
  gmt coast -W0.4p -N1/0.5p,red -Df -Baf
gmt end
# Fallback label for the Greater Caucasus: NE v4.0.0's "CAUCASUS MTS." polygon is a 4-point sliver on
# Absheron (49.45E 40.56N), so derive a label line from the relief instead.
/usr/bin/python3 - "$OUT/etopo5_region.tif" "$NE_OUT/greater_caucasus_label_fallback.geojson" <<'PY'
import json, sys
import numpy as np
from osgeo import gdal
ds = gdal.Open(sys.argv[1]); a = ds.ReadAsArray().astype(float); gt = ds.GetGeoTransform()
lon = gt[0] + (np.arange(a.shape[1]) + 0.5) * gt[1]; lat = gt[3] + (np.arange(a.shape[0]) + 0.5) * gt[5]
LON, LAT = np.meshgrid(lon, lat)
w, s, e, n, thr = 38.5, 41.6, 49.6, 44.2, 2000
m = (LON >= w) & (LON <= e) & (LAT >= s) & (LAT <= n) & (a >= thr)
x, y = LON[m], LAT[m]; cx, cy = x.mean(), y.mean(); k = np.cos(np.radians(cy))
X = np.c_[(x - cx) * k, y - cy]; d = np.linalg.svd(X, full_matrices=False)[2][0]
t = X @ d; t0, t1 = np.percentile(t, 5), np.percentile(t, 95)
p = sorted([(cx + d[0] * t0 / k, cy + d[1] * t0), (cx + d[0] * t1 / k, cy + d[1] * t1)])
r = lambda v: round(float(v), 3)
props = {"name": "Greater Caucasus", "featurecla": "Range/mtn",
         "method": f"ETOPO5 cells >= {thr} m in lon {w}..{e}, lat {s}..{n}: mean position (Point); principal axis, 5th-95th percentile (LineString)"}
fc = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [r(cx), r(cy)]}},
    {"type": "Feature", "properties": props, "geometry": {"type": "LineString", "coordinates": [[r(p[0][0]), r(p[0][1])], [r(p[1][0]), r(p[1][1])]]}}]}
json.dump(fc, open(sys.argv[2], "w"), ensure_ascii=False)
PY
cd /; rm -rf "$TMP"
