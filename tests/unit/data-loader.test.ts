// What the data loader accepts: each path the style asks for is classified (and anything else
// refused), corridors must be a FeatureCollection of lines, and binary data must look like its kind.
import { describe, expect, it } from 'vitest';
import {
	binaryProblem,
	classify,
	corridorsProblem,
	encodeSegment,
	protocolUrl
} from '../../src/lib/map/data-loader';
import { DATA_PATHS } from '../../src/lib/map/sources';

const bytes = (...b: number[]) => Uint8Array.from(b).buffer;

describe('data loader', () => {
	it('knows every kind of path the style uses, and the source each belongs to', () => {
		expect(classify('corridors.json')).toEqual({ kind: 'corridors', source: 'corridors' });
		expect(classify('tiles/overview/6/40/24.pbf')).toEqual({ kind: 'tile', source: 'overview' });
		expect(classify('tiles/detail/10/641/393.pbf')).toEqual({ kind: 'tile', source: 'detail' });
		expect(classify('relief/5/20/12.png')).toEqual({ kind: 'relief', source: 'relief' });
		expect(classify('glyphs/Noto Sans Regular/0-255.pbf')).toEqual({ kind: 'glyphs', source: null });
		expect(classify('sprite/sprite@2x.json')).toEqual({ kind: 'sprite-json', source: null });
		expect(classify('sprite/sprite.png')).toEqual({ kind: 'sprite-image', source: null });
		expect(protocolUrl(DATA_PATHS.corridors)).toBe('ccdata://corridors.json');
	});

	it('asks for files by names any static server finds: spaces encoded, the 2× sprite’s @ kept', () => {
		expect(encodeSegment('Noto Sans Regular')).toBe('Noto%20Sans%20Regular');
		expect(encodeSegment('sprite@2x.json')).toBe('sprite@2x.json');
		expect(encodeSegment('0-255.pbf')).toBe('0-255.pbf');
	});

	it('refuses paths it does not serve', () => {
		for (const p of [
			'../secret',
			'tiles/overview/6/40/24.json',
			'https://evil.example/x.pbf',
			'glyphs/../x/0-255.pbf',
			'land.json'
		])
			expect(classify(p), p).toBeNull();
	});

	it('checks the corridors file’s shape', () => {
		expect(corridorsProblem([])).toMatch(/an array/);
		expect(
			corridorsProblem({ type: 'FeatureCollection', features: [{ geometry: { type: 'Point' } }] })
		).toMatch(/feature 0/);
		expect(
			corridorsProblem({ type: 'FeatureCollection', features: [{ geometry: { type: 'LineString' } }] })
		).toBeNull();
	});

	it('checks binary data by its first bytes; an empty tile is fine, an empty image is not', () => {
		expect(binaryProblem('tile', new ArrayBuffer(0))).toBeNull();
		expect(binaryProblem('tile', bytes(0x1a, 0x05))).toBeNull();
		expect(binaryProblem('tile', bytes(0x3c, 0x21))).toMatch(/not a vector tile/); // "<!" of an HTML page
		expect(binaryProblem('glyphs', bytes(0x0a))).toBeNull();
		expect(binaryProblem('glyphs', bytes(0x1a))).toMatch(/glyph/);
		expect(binaryProblem('relief', bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
		expect(binaryProblem('relief', new ArrayBuffer(0))).toMatch(/empty/);
		expect(binaryProblem('sprite-image', bytes(0xff, 0xd8))).toMatch(/PNG/);
	});
});
