import { describe, expect, it } from '@jest/globals';
import { publishBlockers, type PublishCandidate } from './publish-readiness.js';

const webTalk: PublishCandidate = {
  format: 'online',
  isTeaser: false,
  venue: null,
  onlinePlatform: 'Webex',
  organisers: [{ role: 'host' }, { role: 'co_host' }],
  registration: { mode: 'internal', externalUrl: null },
  agendaHasErrors: false,
};

describe('publishBlockers', () => {
  it('lets a complete web talk go public', () => {
    expect(publishBlockers(webTalk)).toEqual([]);
  });

  it('names everything that is missing', () => {
    expect(
      publishBlockers({
        ...webTalk,
        format: 'hybrid',
        onlinePlatform: '  ',
        organisers: [{ role: 'partner' }],
        registration: { mode: 'external', externalUrl: null },
        agendaHasErrors: true,
      }),
    ).toEqual([
      'no_host',
      'no_venue',
      'no_online_platform',
      'no_external_url',
      'agenda_outside_event',
    ]);
  });

  it('wants a venue but no platform for an event on site', () => {
    expect(publishBlockers({ ...webTalk, format: 'in_person', onlinePlatform: null })).toEqual([
      'no_venue',
    ]);
    expect(
      publishBlockers({
        ...webTalk,
        format: 'in_person',
        onlinePlatform: null,
        venue: { name: 'Rathaus' },
      }),
    ).toEqual([]);
  });

  it('publishes a teaser with only its host', () => {
    expect(
      publishBlockers({ ...webTalk, isTeaser: true, format: 'in_person', onlinePlatform: null }),
    ).toEqual([]);
    expect(publishBlockers({ ...webTalk, isTeaser: true, organisers: [] })).toEqual(['no_host']);
  });
});
