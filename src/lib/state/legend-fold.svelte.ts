// The legend beside the panels: where an open panel would leave the map too narrow (phones, small
// windows) the legend folds, and unfolds again when the panel closes unless the reader is on a phone.
import { FOLD_LEGEND_BELOW, PHONE_MAX_WIDTH } from '../layout';

const windowWidth = () => (typeof innerWidth === 'number' ? innerWidth : Infinity);

export class LegendFold {
	/** The legend is unfolded (folded on phones at start, and when a panel needs the room). */
	open = $state(true);
	#foldedForPanel = false;

	/** A panel opens where none was. */
	panelOpened() {
		if (windowWidth() < FOLD_LEGEND_BELOW && this.open) {
			this.open = false;
			this.#foldedForPanel = true;
		}
	}

	/** The panel closed: a legend folded for it unfolds again (on phones the map needs the room). */
	panelClosed() {
		if (this.#foldedForPanel && windowWidth() > PHONE_MAX_WIDTH) this.open = true;
		this.#foldedForPanel = false;
	}
}
