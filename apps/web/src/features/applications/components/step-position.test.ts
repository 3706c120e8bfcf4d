import { describe, expect, it } from 'vitest';
import type { StepEntry } from '@bangfu/shared/applications';
import { stepPosition } from './step-position';

const plan = ['grassroots_review', 'home_visit', 'notice', 'upper_review', 'approval'];
const entry = (action: string, fromState: string | null, toState: string, step: string | null = null): StepEntry => ({
  id: action,
  at: '2026-03-02T02:00:00Z',
  actorName: 'x',
  actorRole: null,
  actorOrg: null,
  step,
  action,
  fromState,
  toState,
  opinion: null,
});

describe('stepPosition', () => {
  it('puts a draft on submit and a waiting application on its step', () => {
    expect(stepPosition({ state: 'draft', timeline: [] }, plan)).toEqual({ current: 0, status: 'process' });
    expect(stepPosition({ state: 'home_visit', timeline: [] }, plan)).toEqual({ current: 2, status: 'process' });
    expect(stepPosition({ state: 'approval', timeline: [] }, plan)).toEqual({ current: 5, status: 'process' });
  });

  it('finishes an approved application, also when its notice came last', () => {
    expect(stepPosition({ state: 'approved', timeline: [] }, plan)).toEqual({ current: 6, status: 'finish' });
    expect(stepPosition({ state: 'notice', timeline: [] }, ['grassroots_review', 'home_visit', 'upper_review', 'approval', 'notice'])).toEqual({ current: 5, status: 'process' });
  });

  it('stops a returned, rejected or withdrawn application at the step it left from', () => {
    const returned = [entry('submit', 'draft', 'grassroots_review'), entry('return', 'grassroots_review', 'returned', 'grassroots_review')];
    expect(stepPosition({ state: 'returned', timeline: returned }, plan)).toEqual({ current: 1, status: 'error' });
    const rejected = [entry('reject', 'upper_review', 'rejected', 'upper_review')];
    expect(stepPosition({ state: 'rejected', timeline: rejected }, plan)).toEqual({ current: 4, status: 'error' });
    const withdrawn = [entry('withdraw', 'draft', 'withdrawn')];
    expect(stepPosition({ state: 'withdrawn', timeline: withdrawn }, [])).toEqual({ current: 0, status: 'error' });
  });
});
