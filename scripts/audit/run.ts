// `npm run audit`: audits the production dependencies (`npm audit --omit=dev`). Exits non-zero on
// high or critical advisories; with AUDIT_STRICT=1 also when the advisory service is unreachable.
import { spawnSync } from 'node:child_process';
import { judgeAudit } from './judge';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let parsed: unknown = null;
try {
	parsed = JSON.parse(run.stdout || 'null');
} catch {
	parsed = { error: 'unparseable npm audit output' };
}
const { verdict, message } = judgeAudit(parsed ?? { error: run.error?.message ?? 'no output' });
console.log(message);
if (verdict === 'fail' || (verdict === 'unchecked' && process.env.AUDIT_STRICT === '1')) process.exit(1);
