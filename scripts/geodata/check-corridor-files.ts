// Schema checks of the corridor files: each file as a whole, then each segment on its own, so one bad
// segment does not hide the others; segment ids unique across all files.
import {
	CorridorFileSchema,
	SegmentSchema,
	type CorridorFile,
	type Segment
} from '../../src/lib/data/schema/geodata';
import { schemaProblems, type Problem } from './problems';

export interface ParsedCorridorFile {
	meta: CorridorFile;
	segments: Segment[];
}

/** Schema check of one corridor file; returns parsed segments that passed and problems for the rest. */
export function parseCorridorFile(
	file: string,
	json: unknown,
	expectedId?: string
): { parsed?: ParsedCorridorFile; problems: Problem[] } {
	const problems: Problem[] = [];
	const top = CorridorFileSchema.safeParse(json);
	if (!top.success) {
		return { problems: schemaProblems(file, '(collection)', top.error) };
	}
	if (expectedId && top.data.id !== expectedId) {
		problems.push({
			file,
			id: '(collection)',
			check: 'schema',
			message: `collection id "${top.data.id}" does not match file name "${expectedId}"`
		});
	}
	const segments: Segment[] = [];
	top.data.features.forEach((raw, i) => {
		const rawId = (raw as { properties?: { id?: unknown } })?.properties?.id;
		const id = typeof rawId === 'string' && rawId ? rawId : `feature #${i}`;
		const r = SegmentSchema.safeParse(raw);
		if (!r.success) {
			problems.push(...schemaProblems(file, id, r.error));
			return;
		}
		if (r.data.properties.corridor !== top.data.id) {
			problems.push({
				file,
				id,
				check: 'schema',
				message: `properties.corridor is "${r.data.properties.corridor}" but the file is "${top.data.id}"`
			});
			return;
		}
		segments.push(r.data);
	});
	return { parsed: { meta: top.data, segments }, problems };
}

/** Segment ids must be unique across every corridor file. */
export function checkUniqueIds(entries: { file: string; seg: Segment }[]): Problem[] {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	for (const { file, seg } of entries) {
		const id = seg.properties.id;
		const first = seen.get(id);
		if (first)
			problems.push({ file, id, check: 'unique-id', message: `id repeats (first used in ${first})` });
		else seen.set(id, file);
	}
	return problems;
}
