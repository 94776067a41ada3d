// Runs before the first paint, as a classic script: it still runs in a sandboxed frame where the app's
// modules cannot load. It picks the colour theme (the reader's choice, else their system setting) so
// the page never flashes the wrong one, and marks a sandbox without its own origin, where the embed
// page explains what the embedding page must allow.
(function () {
	var root = document.documentElement;
	var chosen = null;
	try {
		chosen = localStorage.getItem('cc-theme');
	} catch {
		// Storage is blocked (a sandbox, strict privacy settings): follow the system.
	}
	var dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	root.setAttribute('data-theme', dark ? 'dark' : 'light');
	if (self.origin === 'null') root.classList.add('sandboxed');
})();
