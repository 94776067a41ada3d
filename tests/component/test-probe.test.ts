// The browser tests' probe (installed with ?test): it must answer while the map has no style yet, as
// right after a reload, rather than throw (a thrown error ends Playwright's polling at once).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it } from 'vitest';
import { installTestProbe, type MapProbe } from '../../src/lib/map/test-probe';

const probe = () => (window as unknown as { __mapProbe?: MapProbe }).__mapProbe;

describe('the test probe', () => {
	afterEach(() => history.replaceState(null, '', '/'));

	it("reads the style's name, and '' while no style has loaded", () => {
		history.replaceState(null, '', '/?test');
		const map: { style?: { name: string } } = {};
		const remove = installTestProbe({ getStyle: () => map.style } as unknown as MapLibreMap);
		expect(probe()!.styleName()).toBe('');
		map.style = { name: 'Caucasus Corridors (dark)' };
		expect(probe()!.styleName()).toBe('Caucasus Corridors (dark)');
		remove();
		expect(probe()).toBeUndefined();
	});

	it('is not installed without ?test', () => {
		installTestProbe({ getStyle: () => undefined } as unknown as MapLibreMap);
		expect(probe()).toBeUndefined();
	});
});
