import type { Organiser } from '@stadtgespraech/api-client';
import { describe, expect, it } from 'vitest';
import { organiser as fixture } from '../../test/fixtures/events';
import { groupOrganisers } from './organisers';

const organiser = (slug: string, role: Organiser['role']) =>
  fixture(slug, slug.toUpperCase(), role);

describe('groupOrganisers', () => {
  it('orders the groups host, co-host, partner whatever the input order', () => {
    const groups = groupOrganisers([
      organiser('stadt', 'partner'),
      organiser('bbsr', 'co_host'),
      organiser('vhw', 'host'),
    ]);

    expect(groups.map((g) => g.role)).toEqual(['host', 'co_host', 'partner']);
  });

  it('keeps several organisers of one role in the API order', () => {
    const groups = groupOrganisers([
      organiser('vhw', 'host'),
      organiser('bbsr', 'co_host'),
      organiser('akademie', 'co_host'),
    ]);

    expect(groups[1]?.organisers.map((o) => o.slug)).toEqual(['bbsr', 'akademie']);
  });

  it('leaves out roles nobody has', () => {
    const groups = groupOrganisers([organiser('dv', 'host')]);

    expect(groups).toEqual([{ role: 'host', organisers: [organiser('dv', 'host')] }]);
  });

  it('returns no groups for no organisers', () => {
    expect(groupOrganisers([])).toEqual([]);
  });
});
