// A static site: the page is prerendered and hydrated in the browser.
export const prerender = true;
// '/' and '/embed/' as folders with an index.html: any static host serves them without rewrite rules.
export const trailingSlash = 'always';
