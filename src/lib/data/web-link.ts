// Links from data go only to the web. The build already refuses other schemes; this check keeps a
// javascript:, data: or vbscript: URL off the page even if the build is bypassed.
export function webHref(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const u = new URL(url);
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
	} catch {
		return undefined;
	}
}
