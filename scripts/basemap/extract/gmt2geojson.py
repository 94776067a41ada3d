#!/usr/bin/python3
"""Convert GMT multisegment ASCII (from `gmt coast ... -M`) to GeoJSON.

usage: gmt2geojson.py river|border|dcw IN.txt OUT.geojson
  river/border: headers like "> River Bin # 18040, Level 3" -> LineString, props {level, class}
  dcw:          headers like ">  -ZAM Armenia Segment 0" (from -E<codes>+z) -> one MultiPolygon per
                country; a ring lying inside another ring of the same country becomes its hole.
Needs python3-gdal (osgeo) for the dcw mode only. Coordinates rounded to 5 decimals (~1 m).
"""
import json, re, sys

# gmt coast -I<feature> numbering (GMT 6.4); the "Level N" in -M headers is this number.
RIVER_CLASS = {0: "double-lined river (river-lake)", 1: "permanent major river", 2: "additional major river",
               3: "additional river", 4: "minor river", 5: "intermittent major river",
               6: "intermittent additional river", 7: "intermittent minor river", 8: "major canal",
               9: "minor canal", 10: "irrigation canal"}
BORDER_CLASS = {1: "national boundary", 2: "state boundary (Americas)", 3: "marine boundary"}


def segments(path):
    head, pts = None, []
    with open(path) as f:
        for line in f:
            if line.startswith(">"):
                if head is not None and pts:
                    yield head, pts
                head, pts = line[1:].strip(), []
            elif line.strip() and not line.startswith("#"):
                x, y = line.split()[:2]
                pts.append([round(float(x), 5), round(float(y), 5)])
    if head is not None and pts:
        yield head, pts


def lines(kind, src):
    table = RIVER_CLASS if kind == "river" else BORDER_CLASS
    feats = []
    for head, pts in segments(src):
        m = re.search(r"Level\s+(\d+)", head)
        lvl = int(m.group(1)) if m else None
        # drop consecutive duplicates (GMT repeats bin-corner points)
        clean = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        if len(clean) < 2:
            continue
        feats.append({"type": "Feature", "properties": {"level": lvl, "class": table.get(lvl)},
                      "geometry": {"type": "LineString", "coordinates": clean}})
    return feats


def dcw(src):
    from osgeo import ogr
    by_country, holes = {}, {}
    for head, pts in segments(src):
        m = re.match(r"(-Ph\s+)?-Z(\S+)\s+(.*?)\s+Segment\s+(\d+)", head)
        is_hole, code, name = (bool(m.group(1)), m.group(2), m.group(3)) if m else (False, "", head)
        if pts[0] != pts[-1]:
            pts.append(pts[0])
        if len(pts) < 4:
            continue
        (holes if is_hole else by_country).setdefault((code, name), []).append(pts)

    def poly(r):
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in r:
            ring.AddPoint_2D(x, y)
        g = ogr.Geometry(ogr.wkbPolygon)
        g.AddGeometry(ring)
        return g

    def points_in_ring(ring, pts):
        import numpy as np
        r = np.asarray(ring, dtype=float); p = np.asarray(pts, dtype=float)
        x1, y1, x2, y2 = r[:-1, 0], r[:-1, 1], r[1:, 0], r[1:, 1]
        out = np.zeros(len(p), dtype=bool)
        step = max(1, 20_000_000 // max(1, len(x1)))
        for k in range(0, len(p), step):
            px = p[k:k + step, 0][:, None]; py = p[k:k + step, 1][:, None]
            cond = (y1 > py) != (y2 > py)
            with np.errstate(divide="ignore", invalid="ignore"):
                xi = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
            out[k:k + step] = np.logical_xor.reduce(cond & (px < xi), axis=1)
        return out

    def inside(env_a, env_b):  # envelope a within envelope b; OGR envelopes are (minx, maxx, miny, maxy)
        return env_b[0] <= env_a[0] and env_a[1] <= env_b[1] and env_b[2] <= env_a[2] and env_a[3] <= env_b[3]

    feats = []
    for (code, name), rings_all in by_country.items():
        # DCW-GMT writes some exclave outlines twice (e.g. Artsvashen, Yukhari Askipara in AM/AZ);
        # GMT's own fill shows them as part of the surrounding country, so an identical pair cancels out
        # (even-odd rule). Rings flagged -Ph by GMT are holes (e.g. San Marino and Vatican in Italy).
        keyed = {}
        for r in rings_all:
            keyed.setdefault(frozenset(map(tuple, r)), []).append(r)
        rings = [v[0] for v in keyed.values() if len(v) % 2 == 1]
        dropped = len(rings_all) - len(rings)
        hole_rings = holes.get((code, name), [])
        geoms = [poly(r) for r in rings]
        envs = [g.GetEnvelope() for g in geoms]
        order = sorted(range(len(geoms)), key=lambda i: -geoms[i].GetArea())
        pos = [geoms[i].PointOnSurface().GetPoint_2D() for i in range(len(geoms))]
        parent = {}
        # an unflagged ring inside another ring is a hole (or an island in a hole): find, for every ring,
        # the smallest ring that contains it (vectorised point-in-polygon; GEOS Contains is too slow here)
        for idx, j in enumerate(order):
            cand = [i for i in order[idx + 1:] if inside(envs[i], envs[j])]
            if not cand:
                continue
            hit = points_in_ring(rings[j], [pos[i] for i in cand])
            for i, h in zip(cand, hit):
                if h:
                    parent[i] = j   # later (smaller) containers overwrite earlier ones
        def depth(i):
            d = 0
            while i in parent:
                i = parent[i]; d += 1
            return d
        polys = {}
        for i in order:
            if depth(i) % 2 == 0:
                polys[i] = [rings[i]]
            else:
                polys[parent[i]].append(rings[i])
        for h in hole_rings:
            hg = poly(h); he = hg.GetEnvelope(); pt = hg.PointOnSurface().GetPoint_2D()
            for i in reversed(order):   # smallest outer ring that contains the hole
                if i in polys and inside(he, envs[i]) and points_in_ring(rings[i], [pt])[0]:
                    polys[i].append(h)
                    break
        mp = ogr.CreateGeometryFromJson(json.dumps({"type": "MultiPolygon", "coordinates": list(polys.values())}))
        valid = bool(mp.IsValid())
        if not valid:   # e.g. a self-touching ring near Vladivostok (RU), a 3-point ring at Macau (CN)
            fixed = mp.MakeValid()
            mp = ogr.Geometry(ogr.wkbMultiPolygon)
            for k in range(fixed.GetGeometryCount()) if fixed.GetGeometryType() != ogr.wkbMultiPolygon else []:
                part = fixed.GetGeometryRef(k)
                if part.GetGeometryType() == ogr.wkbPolygon:
                    mp.AddGeometry(part)
                elif part.GetGeometryType() == ogr.wkbMultiPolygon:
                    for q in range(part.GetGeometryCount()):
                        mp.AddGeometry(part.GetGeometryRef(q))
            if fixed.GetGeometryType() == ogr.wkbMultiPolygon:
                mp = fixed
        feats.append({"type": "Feature",
                      "properties": {"iso_a2": code, "name": name, "rings": len(rings_all) + len(hole_rings),
                                     "duplicate_rings_dropped": dropped,
                                     "holes": sum(len(v) - 1 for v in polys.values()),
                                     "made_valid": not valid},
                      "geometry": json.loads(mp.ExportToJson())})
    return feats


if __name__ == "__main__":
    kind, src, dst = sys.argv[1:4]
    feats = dcw(src) if kind == "dcw" else lines(kind, src)
    with open(dst, "w") as f:
        json.dump({"type": "FeatureCollection", "features": feats}, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{dst}: {len(feats)} features", file=sys.stderr)
