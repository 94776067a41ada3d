// The dependency audit's verdicts, from npm audit's JSON shapes (a report, and an unreachable service).
import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../scripts/audit/judge';

const report = (counts: Record<string, number>, vulns: Record<string, { severity: string }> = {}) => ({
	auditReportVersion: 2,
	vulnerabilities: vulns,
	metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts } }
});

describe('judgeAudit', () => {
	it('passes a clean report and one with only low or moderate advisories', () => {
		expect(judgeAudit(report({})).verdict).toBe('pass');
		const j = judgeAudit(report({ low: 1, moderate: 2, total: 3 }));
		expect(j.verdict).toBe('pass');
		expect(j.message).toContain('1 low, 2 moderate');
	});

	it('fails on high or critical advisories and names the packages', () => {
		const j = judgeAudit(
			report(
				{ high: 1, critical: 1, total: 2 },
				{ 'pkg-a': { severity: 'high' }, 'pkg-b': { severity: 'critical' } }
			)
		);
		expect(j.verdict).toBe('fail');
		expect(j.message).toContain('pkg-a (high)');
		expect(j.message).toContain('pkg-b (critical)');
	});

	it('reports an unreachable advisory service as unchecked, not as a pass', () => {
		const j = judgeAudit({
			message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
			statusCode: 405,
			error: { code: 'E405' }
		});
		expect(j.verdict).toBe('unchecked');
		expect(j.message).toMatch(/HTTP 405.*NOT audited/);
	});

	it('fails on output it does not understand', () => {
		expect(judgeAudit(null).verdict).toBe('fail');
		expect(judgeAudit({ foo: 1 }).verdict).toBe('fail');
	});
});
