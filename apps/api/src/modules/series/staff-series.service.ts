import { Injectable } from '@nestjs/common';
import type { CreateSeriesDto, UpdateSeriesDto } from '@stadtgespraech/domain/events';
import { DataSource, In, type EntityManager } from 'typeorm';
import { definedFields } from '../../common/defined-fields.js';
import { ProblemException } from '../../common/problem.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import {
  assertVersion,
  freeSlug,
  lockForMerge,
  lockReference,
  referenceChange,
  renameInSubscriptions,
  updateVersionedRow,
  writeWithSlug,
} from '../references/reference-steps.js';
import type { StaffActor } from '../staff/staff-actor.js';
import { mayChangeEvent, staffScope, type StaffScope } from '../staff/staff-scope.js';
import type { StaffSeriesDto } from './dto/staff-series.dto.js';
import { SeriesOrganiserEntity } from './series-organiser.entity.js';
import { SeriesEntity } from './series.entity.js';

type SeriesInput = CreateSeriesDto | UpdateSeriesDto;

/**
 * Series for staff. Organisers create and change the series of their organisations (like their
 * events); merging duplicates and deleting unused series is for administrators. Newsletter
 * subscriptions store series slugs and follow renames and merges.
 */
@Injectable()
export class StaffSeriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: StaffActor): Promise<StaffSeriesDto[]> {
    const rows = await this.dataSource.getRepository(SeriesEntity).find({
      relations: { organisers: { organisation: true } },
    });
    const usage = await this.usage(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    const scope = staffScope(actor.staff.account);
    return rows
      .map((row) => present(row, usage, scope))
      .sort((a, b) => a.title.localeCompare(b.title, 'de'));
  }

  async get(id: string, actor: StaffActor, manager = this.dataSource.manager) {
    const row = await manager.findOne(SeriesEntity, {
      where: { id },
      relations: { organisers: { organisation: true } },
    });
    if (!row) throw new ProblemException('SERIES.NOT_FOUND');
    return present(row, await this.usage(manager, [id]), staffScope(actor.staff.account));
  }

  async create(input: CreateSeriesDto, actor: StaffActor): Promise<StaffSeriesDto> {
    const scope = staffScope(actor.staff.account);
    if (!mayChangeEvent(scope, organiserIds(input)))
      throw new ProblemException(
        'SERIES.OUT_OF_SCOPE',
        'Name one of your organisations as an organiser of the series.',
      );
    return this.dataSource.transaction(async (manager) => {
      await checkOrganisers(manager, input);
      const slug = input.slug ?? (await freeSlug(manager, SeriesEntity, input.title));
      const { id } = await writeWithSlug(
        () => manager.save(manager.create(SeriesEntity, { ...fields(input), slug })),
        'UQ_series_slug',
        'SERIES.SLUG_TAKEN',
      );
      await writeOrganisers(manager, id, input);
      const created = await this.get(id, actor, manager);
      await this.audit.record(
        referenceChange(actor, 'series.create', id, null, snapshot(created)),
        manager,
      );
      return created;
    });
  }

  async update(
    id: string,
    version: number,
    input: UpdateSeriesDto,
    actor: StaffActor,
  ): Promise<StaffSeriesDto> {
    const scope = staffScope(actor.staff.account);
    return this.dataSource.transaction(async (manager) => {
      await lockReference(manager, SeriesEntity, id, 'SERIES.NOT_FOUND');
      const before = await this.get(id, actor, manager);
      if (!before.editable) throw new ProblemException('SERIES.OUT_OF_SCOPE');
      assertVersion(before, version, 'SERIES.STALE');
      if (input.organisers && !mayChangeEvent(scope, organiserIds(input)))
        throw new ProblemException(
          'SERIES.OUT_OF_SCOPE',
          'Keep one of your organisations among the organisers.',
        );
      await checkOrganisers(manager, input);
      await updateVersionedRow(manager, SeriesEntity, id, fields(input), {
        constraint: 'UQ_series_slug',
        taken: 'SERIES.SLUG_TAKEN',
      });
      await writeOrganisers(manager, id, input);
      if (input.slug && input.slug !== before.slug)
        await renameInSubscriptions(manager, 'series', before.slug, input.slug);
      const after = await this.get(id, actor, manager);
      await this.audit.record(
        referenceChange(actor, 'series.update', id, snapshot(before), snapshot(after)),
        manager,
      );
      return after;
    });
  }

  /** Moves the events and subscriptions of series `id` to `into`, then deletes `id`. */
  async merge(id: string, into: string, actor: StaffActor): Promise<StaffSeriesDto> {
    return this.dataSource.transaction(async (manager) => {
      const { source, target } = await lockForMerge(
        manager,
        SeriesEntity,
        { id, into },
        { notFound: 'SERIES.NOT_FOUND', intoItself: 'SERIES.MERGE_INTO_ITSELF' },
      );
      // The events change: their version rises, so an editor open on one reloads first.
      const [, moved] = await manager.query(
        'UPDATE event SET series_id = $2, version = version + 1 WHERE series_id = $1',
        [id, into],
      );
      await renameInSubscriptions(manager, 'series', source.slug, target.slug);
      await manager.delete(SeriesEntity, { id });
      await this.audit.record(
        referenceChange(
          actor,
          'series.merge',
          into,
          { slug: source.slug, title: source.title },
          { into: target.slug, eventsMoved: moved },
        ),
        manager,
      );
      return this.get(into, actor, manager);
    });
  }

  /** Deletes a series no event belongs to; subscriptions that chose it lose the choice. */
  async remove(id: string, actor: StaffActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const series = await lockReference(manager, SeriesEntity, id, 'SERIES.NOT_FOUND');
      const [{ events }] = await manager.query(
        'SELECT count(*)::int AS events FROM event WHERE series_id = $1',
        [id],
      );
      if (events > 0) throw new ProblemException('SERIES.IN_USE');
      await renameInSubscriptions(manager, 'series', series.slug, null);
      await manager.delete(SeriesEntity, { id });
      await this.audit.record(
        referenceChange(
          actor,
          'series.delete',
          id,
          { slug: series.slug, title: series.title },
          null,
        ),
        manager,
      );
    });
  }

  private async usage(manager: EntityManager, ids: string[]) {
    const rows: { id: string; events: number; subscriptions: number }[] = await manager.query(
      `SELECT s.id,
              (SELECT count(*)::int FROM event e WHERE e.series_id = s.id) AS events,
              (SELECT count(*)::int FROM newsletter_subscription n WHERE n.series ? s.slug) AS subscriptions
         FROM series s WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map(({ id, ...counts }) => [id, counts]));
  }
}

function present(
  row: SeriesEntity,
  usage: Map<string, { events: number; subscriptions: number }>,
  scope: StaffScope,
): StaffSeriesDto {
  const organisers = [...row.organisers].sort((a, b) => a.position - b.position);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    subtitle: row.subtitle,
    description: row.description,
    contactEmail: row.contactEmail,
    organisers: organisers.map((link) => ({
      organisationId: link.organisationId,
      slug: link.organisation.slug,
      name: link.organisation.name,
      shortName: link.organisation.shortName,
      role: link.role,
    })),
    ...(usage.get(row.id) ?? { events: 0, subscriptions: 0 }),
    version: row.version,
    editable: mayChangeEvent(
      scope,
      organisers.map((link) => link.organisationId),
    ),
  };
}

const organiserIds = (input: SeriesInput) =>
  (input.organisers ?? []).map((link) => link.organisationId);

/** The columns an input sets; absent fields stay as they are. */
function fields(input: SeriesInput): Partial<SeriesEntity> {
  const { organisers: _organisers, ...columns } = input;
  return definedFields(columns);
}

/** What the audit log keeps of a series. */
function snapshot(series: StaffSeriesDto): Record<string, unknown> {
  const { slug, title, subtitle, description, contactEmail, organisers } = series;
  return {
    slug,
    title,
    subtitle,
    description,
    contactEmail,
    organisers: organisers.map(({ slug, role }) => ({ slug, role })),
  };
}

async function checkOrganisers(manager: EntityManager, input: SeriesInput): Promise<void> {
  const ids = organiserIds(input);
  if (new Set(ids).size !== ids.length)
    throw new ProblemException('SERIES.UNKNOWN_ORGANISATION', 'An organisation is named twice.', [
      { pointer: 'request.organisers', messages: ['organisers names an organisation twice'] },
    ]);
  if (ids.length === 0) return;
  const found = await manager.count(OrganisationEntity, { where: { id: In(ids) } });
  if (found !== ids.length)
    throw new ProblemException('SERIES.UNKNOWN_ORGANISATION', undefined, [
      { pointer: 'request.organisers', messages: ['organisers names an id that does not exist'] },
    ]);
}

/** Replaces the organisers when the input names them, in the order given. */
async function writeOrganisers(manager: EntityManager, seriesId: string, input: SeriesInput) {
  if (!input.organisers) return;
  await manager.delete(SeriesOrganiserEntity, { seriesId });
  if (input.organisers.length === 0) return;
  await manager.insert(
    SeriesOrganiserEntity,
    input.organisers.map((link, position) => ({ seriesId, ...link, position })),
  );
}
