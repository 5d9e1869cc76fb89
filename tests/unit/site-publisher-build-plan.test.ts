import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../cms/src/plugins/site-publisher/server/src/build-plan.ts';

const publish = (documentId: string, locale: string | null = 'nl') => ({
  trigger: 'publish api::workshop.workshop',
  requestedBy: null,
  changes: [
    { action: 'publish' as const, contentType: 'api::workshop.workshop', documentId, locale },
  ],
});

describe('buildPlan', () => {
  it('builds incrementally with each changed document once', () => {
    expect(buildPlan([publish('a'), publish('a'), publish('b', null)])).toEqual({
      mode: 'incremental',
      changes: [
        { contentType: 'api::workshop.workshop', documentId: 'a', locale: 'nl' },
        { contentType: 'api::workshop.workshop', documentId: 'b', locale: null },
      ],
    });
  });

  it('builds in full for Rebuild now, a start, a change of languages or a request without changes', () => {
    for (const action of ['rebuild', 'startUp', 'localeAdded'] as const)
      expect(
        buildPlan([publish('a'), { trigger: action, requestedBy: null, changes: [{ action }] }])
      ).toEqual({ mode: 'full', changes: [] });
    expect(buildPlan([{ trigger: 'manual', requestedBy: null }]).mode).toBe('full');
  });

  it('builds in full past 200 documents: a bulk change is cheaper read whole', () => {
    const many = Array.from({ length: 201 }, (_, index) => publish(`d${index}`));
    expect(buildPlan(many).mode).toBe('full');
    expect(buildPlan(many.slice(0, 200)).mode).toBe('incremental');
  });
});
