// Runs before the app in the embed page. A classic script (not a module) still runs in a sandboxed
// frame without allow-same-origin, where the app's modules cannot load: there it shows the note that
// says what the embedding page must allow.
if (self.origin === 'null') document.documentElement.classList.add('sandboxed');
