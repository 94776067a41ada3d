// Golden files of what the build emits from a small fixture (tests/fixtures/geodata-build): the app's
// content, the map's corridor source and the downloads. A change in the build's output shows as a diff
// of tests/golden/ to review; `npm run test:golden:update` (UPDATE_GOLDEN=1) writes the new output.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/geodata/build';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GOLDEN = 'tests/golden';
const OUTPUTS = [
	'content.json',
	'corridors.json',
	'downloads/claims.csv',
	'downloads/claims.json',
	'downloads/zangezur-tripp.geojson'
];
let out: string;

beforeAll(async () => {
	out = mkdtempSync(join(tmpdir(), 'golden-'));
	await build({
		geodata: 'tests/fixtures/geodata-build',
		staticData: out,
		fonts: join(out, 'fonts'),
		basemap: null
	});
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** JSON pretty-printed, so a change reads as a diff of lines. */
function readable(name: string, text: string): string {
	return name.endsWith('.csv') ? text : JSON.stringify(JSON.parse(text), null, '\t') + '\n';
}

describe('the build’s output for the fixture', () => {
	for (const name of OUTPUTS) {
		it(`matches tests/golden/${name}`, () => {
			const actual = readable(name, readFileSync(join(out, name), 'utf8'));
			const file = join(GOLDEN, name);
			if (UPDATE) {
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, actual);
			}
			expect(actual).toBe(readFileSync(file, 'utf8'));
		});
	}
});
