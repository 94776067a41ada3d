// Reads `npm audit --json` output and decides: high or critical advisories fail; an advisory
// service that cannot be reached is reported as "unchecked", never as a pass.

export type Verdict = 'pass' | 'fail' | 'unchecked';
export interface Judgement {
	verdict: Verdict;
	message: string;
}

const BLOCKING = ['high', 'critical'] as const;

interface Report {
	metadata: { vulnerabilities: Record<string, number> };
	vulnerabilities?: Record<string, { severity?: string }>;
}

function isReport(x: unknown): x is Report {
	const v = (x as Report | null)?.metadata?.vulnerabilities;
	return typeof v === 'object' && v !== null;
}

export function judgeAudit(output: unknown): Judgement {
	if (isReport(output)) {
		const counts = output.metadata.vulnerabilities;
		const blocking = BLOCKING.reduce((n, s) => n + (Number(counts[s]) || 0), 0);
		const summary = Object.entries(counts)
			.filter(([k, n]) => k !== 'total' && Number(n) > 0)
			.map(([k, n]) => `${n} ${k}`)
			.join(', ');
		if (blocking === 0)
			return {
				verdict: 'pass',
				message: `npm audit: no high or critical advisories (${summary || 'none at all'})`
			};
		const names = Object.entries(output.vulnerabilities ?? {})
			.filter(([, v]) => (BLOCKING as readonly string[]).includes(v.severity ?? ''))
			.map(([name, v]) => `${name} (${v.severity})`);
		return {
			verdict: 'fail',
			message: `npm audit: ${blocking} high or critical: ${names.join(', ') || summary}`
		};
	}
	const o = output as { statusCode?: unknown; error?: unknown; message?: unknown } | null;
	if (o && (o.statusCode !== undefined || o.error !== undefined)) {
		const status = typeof o.statusCode === 'number' ? `HTTP ${o.statusCode}` : 'no answer';
		return {
			verdict: 'unchecked',
			message: `npm audit: the advisory service could not be reached (${status}); dependencies NOT audited`
		};
	}
	return {
		verdict: 'fail',
		message: 'npm audit: output not understood (no metadata.vulnerabilities, no error)'
	};
}
