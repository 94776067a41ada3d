// A static site: the page is prerendered and hydrated in the browser.
export const prerender = true;
export const trailingSlash = 'ignore';
