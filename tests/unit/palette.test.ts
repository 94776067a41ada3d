// Both palettes: every text colour meets WCAG AA (4.5:1) against the land it sits on and its halo; sea
// names against the water; route colours stand out from land and water (3:1, WCAG's figure for
// graphics) and from each other, also as readers with red–green or blue–yellow colour blindness see them.
import { describe, expect, it } from 'vitest';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { PALETTES, type MapPalette } from '../../src/lib/palettes';
import { buildStyle } from '../../src/lib/map/style';
import { protocolUrl } from '../../src/lib/map/data-loader';
import { contrast, deltaE, type Vision } from './colour';

const TEXT: (keyof MapPalette)[] = ['countryText', 'unitText', 'placeText', 'riverText', 'reliefText'];

describe.each(Object.values(PALETTES))('the $name palette', (p) => {
	it.each(TEXT)('%s meets AA on the land and on its halo', (key) => {
		const c = p[key] as string;
		expect(contrast(c, p.land), `${key} on land`).toBeGreaterThanOrEqual(4.5);
		expect(contrast(c, p.halo), `${key} on halo`).toBeGreaterThanOrEqual(4.5);
	});

	it('names seas, lakes and rivers in AA on the water too', () => {
		expect(contrast(p.riverText, p.water)).toBeGreaterThanOrEqual(4.5);
	});

	it.each(CORRIDOR_IDS)('draws %s at 3:1 or more against land and water', (id) => {
		expect(contrast(p.corridors[id], p.land)).toBeGreaterThanOrEqual(3);
		expect(contrast(p.corridors[id], p.water)).toBeGreaterThanOrEqual(3);
	});

	it.each(['normal', 'protan', 'deutan', 'tritan'] as Vision[])(
		'keeps the routes apart for %s vision',
		(vision) => {
			// ΔE*ab: about 2 is just noticeable; 20 reads as a different colour at a glance, 10 with a look.
			const least = vision === 'normal' ? 20 : 10;
			for (const [i, a] of CORRIDOR_IDS.entries())
				for (const b of CORRIDOR_IDS.slice(i + 1))
					expect(deltaE(p.corridors[a], p.corridors[b], vision), `${a} vs ${b}`).toBeGreaterThanOrEqual(
						least
					);
		}
	);

	it('is what the style draws with', () => {
		const style = buildStyle(protocolUrl, CORRIDOR_IDS, p);
		const json = JSON.stringify(style.layers);
		for (const c of [p.land, p.water, p.countryText, ...Object.values(p.corridors)])
			expect(json).toContain(c);
		expect(style.name).toContain(p.name);
	});
});
