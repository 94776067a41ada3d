// Types for the untyped `subset-font` package (only what the build uses).
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }
	): Promise<Buffer>;
}
