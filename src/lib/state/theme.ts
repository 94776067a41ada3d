// The colour theme: the reader's choice, remembered for the next visit (static/boot.js reads the same key
// before the first paint), else the system's setting.
import type { ThemeName } from '../palettes';
export const THEME_KEY = 'cc-theme';

/** The theme static/boot.js put on the page. */
export function pageTheme(): ThemeName {
	return document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
}

/** Put a theme on the page; `remember` stores it as the reader's choice. */
export function applyTheme(theme: ThemeName, remember: boolean) {
	document.documentElement.setAttribute('data-theme', theme);
	if (!remember) return;
	try {
		localStorage.setItem(THEME_KEY, theme);
	} catch {
		// Storage blocked: the choice lasts for this visit.
	}
}

/** Whether the reader has chosen a theme (then the system's setting no longer applies). */
export function themeChosen(): boolean {
	try {
		return localStorage.getItem(THEME_KEY) !== null;
	} catch {
		return false;
	}
}
