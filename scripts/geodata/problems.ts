// How the geodata build reports what is wrong: every problem names the file, the feature (or claim,
// fact, step) and the check, so one run lists them all and each can be found.
import type { z } from 'zod';

export interface Problem {
	file: string;
	id: string;
	check: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file} › ${p.id} › ${p.check}: ${p.message}`;
}

export class GeodataError extends Error {
	constructor(public problems: Problem[]) {
		super(
			`geodata check failed (${problems.length}):\n` + problems.map((p) => '  ' + formatProblem(p)).join('\n')
		);
	}
}

/** A zod error as "path: message" lines. */
export function zodMessages(error: z.ZodError): string[] {
	return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

/** Schema problems of one parse, each naming the path inside the file. */
export function schemaProblems(file: string, id: string, error: z.ZodError): Problem[] {
	return zodMessages(error).map((message) => ({ file, id, check: 'schema', message }));
}
