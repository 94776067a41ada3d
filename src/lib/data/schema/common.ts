// Building blocks shared by the schemas. The schemas are the one definition of the data's shape: the
// build validates with them and the app's types are inferred from them (type imports only, so zod never
// reaches the browser).
import { z } from 'zod';

/** Names every JavaScript object already has: an id like "constructor" must never become a key of one. */
const OBJECT_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
export const kebabId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)')
	.refine(
		(id) => !OBJECT_NAMES.has(id),
		'must not be a name JavaScript objects already have (such as "constructor")'
	);
export const fullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date, YYYY-MM-DD');
export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
/** Links only to the web: a javascript:, data: or vbscript: URL is refused by the build. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
export const year = z.number().int().min(1850).max(2100);
export const a3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO alpha-3 code');

export const SourceSchema = z.strictObject({
	title: z.string().min(3),
	publisher: z.string().min(2),
	url: webUrl.optional(),
	/** The source's own date (not the date of the event it reports). */
	published: isoDate.optional(),
	accessed: isoDate.optional()
});
export type Source = z.infer<typeof SourceSchema>;

export const BBoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
