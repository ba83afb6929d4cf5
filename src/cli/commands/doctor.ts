import { systemClock } from '../../app/system-ports.js';
import { formatFindings, runDoctor } from '../doctor/run-doctor.js';

/** `ricochet doctor`: exit 1 when a check fails (warnings alone exit 0). */
export async function doctorCommand(opts: { minFreeMb: number; json?: boolean }): Promise<void> {
  const findings = await runDoctor({ clock: systemClock, minFreeMb: opts.minFreeMb });
  process.stdout.write(opts.json ? `${JSON.stringify({ findings }, null, 2)}\n` : formatFindings(findings));
  if (findings.some((f) => f.severity === 'fail')) process.exitCode = 1;
}
