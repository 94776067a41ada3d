// The map started before hydration is handed to the component with everything it reported until then,
// and only when it was started in the component's own container.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (e: unknown) => void;
class FakeMap {
	removed = false;
	private handlers = new Map<string, Set<Handler>>();
	constructor(
		readonly container: HTMLElement,
		readonly start: { visible: readonly string[]; view: unknown }
	) {}
	on(type: string, h: Handler) {
		if (!this.handlers.has(type)) this.handlers.set(type, new Set());
		this.handlers.get(type)!.add(h);
	}
	once(type: string, h: Handler) {
		const w: Handler = (e) => {
			this.off(type, w);
			h(e);
		};
		this.on(type, w);
	}
	off(type: string, h: Handler) {
		for (const [t, set] of this.handlers) if (t === type) set.forEach((x) => (x === h ? set.delete(x) : 0));
	}
	fire(type: string, e: unknown = {}) {
		[...(this.handlers.get(type) ?? [])].forEach((h) => h(e));
	}
	listeners(type: string) {
		return this.handlers.get(type)?.size ?? 0;
	}
	remove() {
		this.removed = true;
	}
}

const created: FakeMap[] = [];
vi.mock('../../src/lib/map/create-map', () => ({
	labelFontsReady: () => Promise.resolve(),
	createCorridorMap: (container: HTMLElement, _base: string, start: FakeMap['start']) => {
		const m = new FakeMap(container, start);
		created.push(m);
		return m;
	}
}));

const { MAP_CONTAINER_ID, startEarlyMap, takeMap } = await import('../../src/lib/map/early-map');

describe('early map start and hand-over', () => {
	let container: HTMLElement;
	beforeEach(() => {
		created.length = 0;
		container = document.createElement('div');
		container.id = MAP_CONTAINER_ID;
		document.body.append(container);
	});
	afterEach(() => {
		container.remove();
		location.hash = '';
	});

	it('starts in the prerendered container with the layers and view the URL names', async () => {
		location.hash = '#map=7/40.1/46.2&layers=nakhchivan-link,middle-corridor';
		startEarlyMap('');
		const s = await takeMap(container, '', () => ({ visible: [], view: null }));
		expect(created).toHaveLength(1);
		expect(s.map).toBe(created[0]);
		expect(created[0]!.container).toBe(container);
		expect(created[0]!.start).toEqual({
			visible: ['middle-corridor', 'nakhchivan-link'],
			view: { zoom: 7, lat: 40.1, lon: 46.2 }
		});
	});

	it('hands over load, idle and errors reported before the component took the map, then stops recording', async () => {
		startEarlyMap('');
		await Promise.resolve();
		await Promise.resolve();
		const m = created[0]!;
		m.fire('load');
		m.fire('error', { sourceId: 'corridors' });
		m.fire('idle');
		const s = await takeMap(container, '', () => ({ visible: [], view: null }));
		expect(s).toMatchObject({ loaded: true, idle: true, errors: [{ sourceId: 'corridors' }] });
		s.stopRecording();
		expect(m.listeners('error')).toBe(0);
		m.fire('error', { sourceId: 'land' });
		expect(s.errors).toHaveLength(1);
	});

	it('a map not yet loaded is handed over as such', async () => {
		startEarlyMap('');
		const s = await takeMap(container, '', () => ({ visible: [], view: null }));
		expect(s).toMatchObject({ loaded: false, idle: false, errors: [] });
	});

	it('hands the early map over once; another container gets a new map and the early one is removed', async () => {
		startEarlyMap('');
		const other = document.createElement('div');
		const s = await takeMap(other, '', () => ({ visible: ['southern-gas-corridor'], view: null }));
		expect(created).toHaveLength(2);
		expect(s.map).toBe(created[1]);
		expect(created[1]!.start.visible).toEqual(['southern-gas-corridor']);
		await Promise.resolve();
		expect(created[0]!.removed).toBe(true);
		const again = await takeMap(container, '', () => ({ visible: [], view: null }));
		expect(again.map).toBe(created[2]);
	});

	it('without a prerendered container nothing starts early', async () => {
		container.remove();
		startEarlyMap('');
		await Promise.resolve();
		expect(created).toHaveLength(0);
	});
});
