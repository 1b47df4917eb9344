import {
  OPTIONAL_CONSENTS,
  type CustomQuestion,
  type ImageRef,
  type Venue,
} from '@stadtgespraech/domain';
import type { CreateEventDto, UpdateEventDto } from '@stadtgespraech/domain/events';
import { In, type EntityManager } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { AgendaItemContributorEntity } from '../events/agenda-item-contributor.entity.js';
import { AgendaItemEntity } from '../events/agenda-item.entity.js';
import { EventContributorEntity } from '../events/event-contributor.entity.js';
import { EventOrganiserEntity } from '../events/event-organiser.entity.js';
import type { EventEntity } from '../events/event.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { SeriesEntity } from '../series/series.entity.js';
import { TopicEntity } from '../topics/topic.entity.js';

// DTO instances become plain JSON before they land in jsonb columns.
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

/** The columns of the event row an input sets; lists and links are written by `writeEventLinks`. */
export function eventColumns(input: UpdateEventDto): Partial<EventEntity> {
  const columns: Partial<EventEntity> = {};
  const has = (key: keyof UpdateEventDto) => input[key] !== undefined;
  if (has('slug')) columns.slug = input.slug!;
  if (has('title')) columns.title = input.title!;
  if (has('subtitle')) columns.subtitle = input.subtitle ?? null;
  if (has('summary')) columns.summary = input.summary ?? null;
  if (has('description')) columns.description = input.description ?? null;
  if (has('type')) columns.type = input.type!;
  if (has('format')) columns.format = input.format!;
  if (has('isTeaser')) columns.isTeaser = input.isTeaser!;
  if (has('startsAt')) columns.startsAt = new Date(input.startsAt!);
  if (has('endsAt')) columns.endsAt = new Date(input.endsAt!);
  if (has('venue')) columns.venue = input.venue ? plain<Venue>(input.venue as Venue) : null;
  if (has('onlinePlatform')) columns.onlinePlatform = input.onlinePlatform ?? null;
  if (has('joinUrl')) columns.joinUrl = input.joinUrl ?? null;
  if (has('seriesId')) columns.seriesId = input.seriesId ?? null;
  if (has('discussionQuestions')) columns.discussionQuestions = input.discussionQuestions ?? [];
  if (has('coverImage'))
    columns.coverImage = input.coverImage ? plain<ImageRef>(input.coverImage) : null;
  if (has('retentionDays')) columns.retentionDays = input.retentionDays!;
  const registration = input.registration;
  if (registration) {
    columns.registrationMode = registration.mode;
    columns.registrationOpensAt = toDate(registration.opensAt);
    columns.registrationDeadline = toDate(registration.deadline);
    columns.capacity = registration.capacity ?? null;
    columns.waitlistEnabled = registration.waitlistEnabled ?? true;
    columns.approvalRequired = registration.approvalRequired ?? false;
    columns.externalRegistrationUrl = registration.externalUrl ?? null;
    columns.registrationQuestions = (registration.questions ?? []).map((q): CustomQuestion => ({
      key: q.key,
      type: q.type,
      label: q.label,
      helpText: q.helpText ?? null,
      required: q.required ?? false,
      options: q.options ?? [],
    }));
    columns.registrationConsents = [...(registration.consents ?? OPTIONAL_CONSENTS)];
  }
  return columns;
}

/** Refuses ids of series, topics, organisations or people that do not exist. */
export async function checkReferences(
  manager: EntityManager,
  input: CreateEventDto | UpdateEventDto,
): Promise<void> {
  const people = new Set([
    ...(input.contributors ?? []).map((c) => c.personId),
    ...(input.agenda ?? []).flatMap((item) => (item.contributors ?? []).map((c) => c.personId)),
  ]);
  const checks: [string, { name: string } & (new () => { id: string }), string[]][] = [
    ['seriesId', SeriesEntity, input.seriesId ? [input.seriesId] : []],
    ['topicIds', TopicEntity, input.topicIds ?? []],
    ['organisers', OrganisationEntity, (input.organisers ?? []).map((o) => o.organisationId)],
    ['contributors', PersonEntity, [...people]],
  ];
  for (const [field, entity, ids] of checks) {
    if (ids.length === 0) continue;
    const found = await manager.getRepository(entity).count({ where: { id: In(ids) } as never });
    if (found !== new Set(ids).size)
      throw new ProblemException('EVENT.UNKNOWN_REFERENCE', `Unknown id in ${field}.`, [
        { pointer: `request.${field}`, messages: [`${field} names an id that does not exist`] },
      ]);
  }
}

/** Replaces the lists an input gives (organisers, topics, speakers, agenda); absent lists stay. */
export async function writeEventLinks(
  manager: EntityManager,
  eventId: string,
  input: CreateEventDto | UpdateEventDto,
): Promise<void> {
  if (input.organisers) {
    await manager.delete(EventOrganiserEntity, { eventId });
    if (input.organisers.length > 0)
      await manager.insert(
        EventOrganiserEntity,
        input.organisers.map((o, position) => ({
          eventId,
          organisationId: o.organisationId,
          role: o.role,
          position,
        })),
      );
  }
  if (input.topicIds) {
    await manager.query('DELETE FROM event_topic WHERE event_id = $1', [eventId]);
    for (const topicId of input.topicIds)
      await manager.query('INSERT INTO event_topic (event_id, topic_id) VALUES ($1, $2)', [
        eventId,
        topicId,
      ]);
  }
  if (input.contributors) {
    await manager.delete(EventContributorEntity, { eventId });
    if (input.contributors.length > 0)
      await manager.insert(
        EventContributorEntity,
        input.contributors.map((c, position) => ({
          eventId,
          personId: c.personId,
          role: c.role,
          contributionTitle: c.contributionTitle ?? null,
          position,
        })),
      );
  }
  if (input.agenda) await writeAgenda(manager, eventId, input.agenda);
}

async function writeAgenda(
  manager: EntityManager,
  eventId: string,
  agenda: NonNullable<CreateEventDto['agenda']>,
): Promise<void> {
  const existing = await manager.find(AgendaItemEntity, {
    where: { eventId },
    select: { id: true },
  });
  const existingIds = new Set(existing.map((item) => item.id));
  const keptIds = agenda.map((item) => item.id).filter((id) => id && existingIds.has(id));
  const dropped = [...existingIds].filter((id) => !keptIds.includes(id));
  if (dropped.length > 0) await manager.delete(AgendaItemEntity, { id: In(dropped) });

  for (const [position, item] of agenda.entries()) {
    const columns = {
      eventId,
      position,
      startsAt: new Date(item.startsAt),
      endsAt: toDate(item.endsAt),
      title: item.title,
      description: item.description ?? null,
      kind: item.kind,
    };
    let id = item.id && existingIds.has(item.id) ? item.id : null;
    if (id) {
      await manager.update(AgendaItemEntity, { id }, columns);
      await manager.delete(AgendaItemContributorEntity, { agendaItemId: id });
    } else {
      // An id from elsewhere (another event, a copy) is not taken over: the item is new here.
      const result = await manager.insert(AgendaItemEntity, columns);
      id = (result.identifiers[0] as { id: string }).id;
    }
    const contributors = item.contributors ?? [];
    if (contributors.length > 0)
      await manager.insert(
        AgendaItemContributorEntity,
        contributors.map((c, index) => ({
          agendaItemId: id!,
          personId: c.personId,
          role: c.role,
          contributionTitle: c.contributionTitle ?? null,
          position: index,
        })),
      );
  }
}
