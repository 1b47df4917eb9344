import { hash } from '@node-rs/argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { AgendaItemEntity } from '../../modules/events/agenda-item.entity.js';
import { EventEntity } from '../../modules/events/event.entity.js';
import { NewsPostEntity } from '../../modules/news/news-post.entity.js';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity.js';
import { PersonEntity } from '../../modules/people/person.entity.js';
import { StaffAccountEntity } from '../../modules/staff/staff-account.entity.js';
import { SeriesEntity } from '../../modules/series/series.entity.js';
import { TopicEntity } from '../../modules/topics/topic.entity.js';
import { ARCHIVE_EVENTS } from './archive-events.seed.js';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE, demoEvents } from './demo-events.seed.js';
import { DEMO_STAFF } from './demo-staff.seed.js';
import { NEWS } from './news.seed.js';
import { ORGANISATIONS, PEOPLE, SERIES, TOPICS } from './network.seed.js';
import type { DemoContent, SeedContribution } from './seed-types.js';

/** Everything the demo loads: the seeds' real archive plus upcoming demo events relative to `now`. */
export function demoContent(now: Date): DemoContent {
  return {
    organisations: [...ORGANISATIONS, ...DEMO_ORGANISATIONS],
    people: [...PEOPLE, ...DEMO_PEOPLE],
    topics: TOPICS,
    series: SERIES,
    events: [...ARCHIVE_EVENTS, ...demoEvents(now)],
    news: NEWS,
  };
}

export interface SeedReport {
  inserted: Record<
    'organisations' | 'people' | 'topics' | 'series' | 'events' | 'news' | 'staff accounts',
    number
  >;
}

async function idsBySlug(
  manager: EntityManager,
  entity: { name: string } & (new () => { id: string; slug: string }),
) {
  const rows = await manager
    .getRepository(entity)
    .find({ select: { id: true, slug: true } as never });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function required(map: Map<string, string>, slug: string, kind: string): string {
  const id = map.get(slug);
  if (!id) throw new Error(`Demo content refers to unknown ${kind} "${slug}"`);
  return id;
}

/**
 * Inserts what is missing, by slug, in one transaction: running it again changes nothing, and
 * records edited by staff are never overwritten.
 */
export async function seedDemoContent(
  dataSource: DataSource,
  now = new Date(),
): Promise<SeedReport> {
  const content = demoContent(now);
  return dataSource.transaction(async (manager) => {
    // One seeder at a time, e.g. two `npm start` racing on one database.
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('stadtgespraech.seed'))");
    const inserted = {
      organisations: 0,
      people: 0,
      topics: 0,
      series: 0,
      events: 0,
      news: 0,
      'staff accounts': 0,
    };

    let organisations = await idsBySlug(manager, OrganisationEntity);
    for (const o of content.organisations.filter((o) => !organisations.has(o.slug))) {
      await manager.getRepository(OrganisationEntity).save({
        slug: o.slug,
        name: o.name,
        shortName: o.shortName ?? null,
        type: o.type,
        website: o.website ?? null,
        email: o.email ?? null,
        phone: o.phone ?? null,
        address: o.address ?? null,
        logo: null,
        description: o.description ?? null,
        bundesland: o.bundesland ?? null,
        population: o.population ?? null,
        ags: null,
        contacts: (o.contacts ?? []).map((c, position) => ({
          name: c.name,
          function: c.function ?? null,
          email: c.email ?? null,
          phone: c.phone ?? null,
          position,
        })),
      });
      inserted.organisations++;
    }
    organisations = await idsBySlug(manager, OrganisationEntity);

    const topics = await idsBySlug(manager, TopicEntity);
    for (const t of content.topics.filter((t) => !topics.has(t.slug))) {
      const saved = await manager.getRepository(TopicEntity).save({ slug: t.slug, name: t.name });
      topics.set(saved.slug, saved.id);
      inserted.topics++;
    }

    const people = await idsBySlug(manager, PersonEntity);
    for (const p of content.people.filter((p) => !people.has(p.slug))) {
      const saved = await manager.getRepository(PersonEntity).save({
        slug: p.slug,
        academicTitle: p.academicTitle ?? null,
        firstName: p.firstName,
        lastName: p.lastName,
        function: p.function ?? null,
        organisationId: p.organisation
          ? required(organisations, p.organisation, 'organisation')
          : null,
        bio: null,
        photo: null,
      });
      people.set(saved.slug, saved.id);
      inserted.people++;
    }

    const series = await idsBySlug(manager, SeriesEntity);
    for (const s of content.series.filter((s) => !series.has(s.slug))) {
      const saved = await manager.getRepository(SeriesEntity).save({
        slug: s.slug,
        title: s.title,
        subtitle: s.subtitle ?? null,
        description: s.description ?? null,
        contactEmail: s.contactEmail ?? null,
        organisers: s.organisers.map(([slug, role], position) => ({
          organisationId: required(organisations, slug, 'organisation'),
          role,
          position,
        })),
      });
      series.set(saved.slug, saved.id);
      inserted.series++;
    }

    const contributions = (list: SeedContribution[] | undefined) =>
      (list ?? []).map((c, position) => ({
        personId: required(people, c.person, 'person'),
        role: c.role,
        contributionTitle: c.contributionTitle ?? null,
        position,
      }));

    const events = await idsBySlug(manager, EventEntity);
    for (const e of content.events.filter((e) => !events.has(e.slug))) {
      const r = e.registration ?? {};
      const event = await manager.getRepository(EventEntity).save({
        slug: e.slug,
        title: e.title,
        subtitle: e.subtitle ?? null,
        summary: e.summary ?? null,
        description: e.description ?? null,
        type: e.type,
        format: e.format,
        status: 'published',
        isTeaser: e.isTeaser ?? false,
        isDemo: e.isDemo ?? false,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        venue: e.venue ?? null,
        onlinePlatform: e.onlinePlatform ?? null,
        joinUrl: e.joinUrl ?? null,
        seriesId: e.series ? required(series, e.series, 'series') : null,
        topics: e.topics.map((slug) => ({ id: required(topics, slug, 'topic') }) as TopicEntity),
        organisers: e.organisers.map(([slug, role], position) => ({
          organisationId: required(organisations, slug, 'organisation'),
          role,
          position,
        })),
        contributors: contributions(e.contributors),
        discussionQuestions: e.discussionQuestions ?? [],
        coverImage: null,
        registrationMode: r.mode ?? (e.isTeaser ? 'none' : 'internal'),
        registrationOpensAt: r.opensAt ?? null,
        registrationDeadline: r.deadline ?? null,
        capacity: r.capacity ?? null,
        waitlistEnabled: r.waitlistEnabled ?? true,
        approvalRequired: r.approvalRequired ?? false,
        externalRegistrationUrl: r.externalUrl ?? null,
        registrationQuestions: r.questions ?? [],
        documentation: e.documentation ?? null,
      });
      await manager.getRepository(AgendaItemEntity).save(
        (e.agenda ?? []).map((item, position) => ({
          eventId: event.id,
          position,
          startsAt: item.startsAt,
          endsAt: item.endsAt ?? null,
          title: item.title,
          description: item.description ?? null,
          kind: item.kind,
          contributors: contributions(item.contributors),
        })),
      );
      inserted.events++;
    }

    const news = await idsBySlug(manager, NewsPostEntity);
    for (const n of content.news.filter((n) => !news.has(n.slug))) {
      await manager.getRepository(NewsPostEntity).save({
        slug: n.slug,
        kind: n.kind,
        title: n.title,
        teaser: n.teaser ?? null,
        body: n.body,
        publishedAt: n.publishedAt,
        image: null,
        organisationId: n.organisation
          ? required(organisations, n.organisation, 'organisation')
          : null,
      });
      inserted.news++;
    }

    const staff = manager.getRepository(StaffAccountEntity);
    for (const account of DEMO_STAFF) {
      const emailNormalized = account.email.toLowerCase();
      if (await staff.existsBy({ emailNormalized })) continue;
      await staff.save({
        email: account.email,
        emailNormalized,
        displayName: account.displayName,
        role: account.role,
        passwordHash: await hash(account.password),
        organisations: account.organisations.map(
          (slug) => ({ id: required(organisations, slug, 'organisation') }) as OrganisationEntity,
        ),
      });
      inserted['staff accounts']++;
    }
    return { inserted };
  });
}
