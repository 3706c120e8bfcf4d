import type { Application } from '@bangfu/shared/applications';

export type StepStatus = 'wait' | 'process' | 'finish' | 'error';

const DONE = new Set(['approved', 'disbursing', 'disbursed', 'closed']);
const STOPPED = new Set(['returned', 'rejected', 'withdrawn']);

/**
 * Where the application stands on the bar [submit, ...steps, approved]: the current index and its status.
 * Returned, rejected and withdrawn applications stop (in error) at the step they left from.
 */
export function stepPosition(app: Pick<Application, 'state' | 'timeline'>, steps: readonly string[]): { current: number; status: StepStatus } {
  const last = steps.length + 1;
  if (app.state === 'draft') return { current: 0, status: 'process' };
  if (DONE.has(app.state)) return { current: last, status: 'finish' };
  if (STOPPED.has(app.state)) {
    const entry = [...app.timeline].reverse().find((e) => e.toState === app.state);
    const from = entry?.step ?? entry?.fromState ?? 'draft';
    const index = steps.indexOf(from);
    return { current: index < 0 ? 0 : index + 1, status: 'error' };
  }
  const index = steps.indexOf(app.state);
  return { current: index < 0 ? 0 : index + 1, status: 'process' };
}
