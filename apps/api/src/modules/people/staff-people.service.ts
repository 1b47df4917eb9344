import { Injectable } from '@nestjs/common';
import type { CreatePersonDto, UpdatePersonDto } from '@stadtgespraech/domain/people';
import { DataSource, type EntityManager } from 'typeorm';
import { definedFields } from '../../common/defined-fields.js';
import { toImageDto } from '../../common/dto/map-shared.js';
import { ProblemException } from '../../common/problem.js';
import { AuditService } from '../audit/audit.service.js';
import {
  assertOrganisationExists,
  assertVersion,
  freeSlug,
  lockForMerge,
  lockReference,
  referenceChange,
  updateVersionedRow,
  writeWithSlug,
} from '../references/reference-steps.js';
import type { StaffActor } from '../staff/staff-actor.js';
import { staffScope } from '../staff/staff-scope.js';
import type { StaffPersonDto } from './dto/staff-person.dto.js';
import { displayName } from './person.mapper.js';
import { PersonEntity } from './person.entity.js';

type PersonInput = CreatePersonDto | UpdatePersonDto;

/** The events `person` (an SQL expression) contributes to, on the event or in its agenda. */
const eventsOf = (person: string) =>
  `SELECT event_id FROM event_contributor WHERE person_id = ${person}
   UNION
   SELECT a.event_id FROM agenda_item_contributor c
     JOIN agenda_item a ON a.id = c.agenda_item_id WHERE c.person_id = ${person}`;

/**
 * People (speakers, moderators) for staff. Every editing role adds and changes them — a speaker
 * is shared by the events of every organisation; merging duplicates and deleting people no event
 * names is for administrators.
 */
@Injectable()
export class StaffPeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: StaffActor): Promise<StaffPersonDto[]> {
    const rows = await this.dataSource
      .getRepository(PersonEntity)
      .find({ relations: { organisation: true } });
    const events = await this.events(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    const editable = staffScope(actor.staff.account).mayWrite;
    return rows
      .map((row) => present(row, events.get(row.id) ?? 0, editable))
      .sort(
        (a, b) =>
          a.lastName.localeCompare(b.lastName, 'de') ||
          a.firstName.localeCompare(b.firstName, 'de'),
      );
  }

  async get(id: string, actor: StaffActor, manager = this.dataSource.manager) {
    const row = await manager.findOne(PersonEntity, {
      where: { id },
      relations: { organisation: true },
    });
    if (!row) throw new ProblemException('PERSON.NOT_FOUND');
    const events = await this.events(manager, [id]);
    return present(row, events.get(id) ?? 0, staffScope(actor.staff.account).mayWrite);
  }

  async create(input: CreatePersonDto, actor: StaffActor): Promise<StaffPersonDto> {
    return this.dataSource.transaction(async (manager) => {
      await assertOrganisationExists(manager, input.organisationId, 'PERSON.UNKNOWN_ORGANISATION');
      const slug =
        input.slug ??
        (await freeSlug(manager, PersonEntity, `${input.firstName} ${input.lastName}`));
      const { id } = await writeWithSlug(
        () => manager.save(manager.create(PersonEntity, { ...columns(input), slug })),
        'UQ_person_slug',
        'PERSON.SLUG_TAKEN',
      );
      const created = await this.get(id, actor, manager);
      await this.audit.record(
        referenceChange(actor, 'person.create', id, null, snapshot(created)),
        manager,
      );
      return created;
    });
  }

  async update(
    id: string,
    version: number,
    input: UpdatePersonDto,
    actor: StaffActor,
  ): Promise<StaffPersonDto> {
    return this.dataSource.transaction(async (manager) => {
      await lockReference(manager, PersonEntity, id, 'PERSON.NOT_FOUND');
      const before = await this.get(id, actor, manager);
      assertVersion(before, version, 'PERSON.STALE');
      await assertOrganisationExists(manager, input.organisationId, 'PERSON.UNKNOWN_ORGANISATION');
      await updateVersionedRow(manager, PersonEntity, id, columns(input), {
        constraint: 'UQ_person_slug',
        taken: 'PERSON.SLUG_TAKEN',
      });
      const after = await this.get(id, actor, manager);
      await this.audit.record(
        referenceChange(actor, 'person.update', id, snapshot(before), snapshot(after)),
        manager,
      );
      return after;
    });
  }

  /**
   * Gives every contribution of person `id` to `into` — on events and agenda items, once per
   * role — and deletes `id`. The fields of `into` stay as they are.
   */
  async merge(id: string, into: string, actor: StaffActor): Promise<StaffPersonDto> {
    return this.dataSource.transaction(async (manager) => {
      const { source, target } = await lockForMerge(
        manager,
        PersonEntity,
        { id, into },
        { notFound: 'PERSON.NOT_FOUND', intoItself: 'PERSON.MERGE_INTO_ITSELF' },
      );
      // The events change: their version rises, so an editor open on one reloads first.
      await manager.query(
        `UPDATE event SET version = version + 1
          WHERE id IN (${eventsOf('$1')})`,
        [id],
      );
      for (const [table, owner] of [
        ['event_contributor', 'event_id'],
        ['agenda_item_contributor', 'agenda_item_id'],
      ] as const) {
        // Fixed names. Where `into` already has the role, the duplicate's entry goes.
        await manager.query(
          `DELETE FROM ${table} d
            WHERE d.person_id = $1
              AND EXISTS (SELECT 1 FROM ${table} k
                           WHERE k.person_id = $2 AND k.${owner} = d.${owner} AND k.role = d.role)`,
          [id, into],
        );
        await manager.query(`UPDATE ${table} SET person_id = $2 WHERE person_id = $1`, [id, into]);
      }
      await manager.delete(PersonEntity, { id });
      await this.audit.record(
        referenceChange(
          actor,
          'person.merge',
          into,
          { slug: source.slug, name: displayName(source) },
          { into: target.slug },
        ),
        manager,
      );
      return this.get(into, actor, manager);
    });
  }

  /** Deletes a person no event or agenda item names. */
  async remove(id: string, actor: StaffActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const person = await lockReference(manager, PersonEntity, id, 'PERSON.NOT_FOUND');
      if (((await this.events(manager, [id])).get(id) ?? 0) > 0)
        throw new ProblemException('PERSON.IN_USE');
      await manager.delete(PersonEntity, { id });
      await this.audit.record(
        referenceChange(
          actor,
          'person.delete',
          id,
          { slug: person.slug, name: displayName(person) },
          null,
        ),
        manager,
      );
    });
  }

  private async events(manager: EntityManager, ids: string[]): Promise<Map<string, number>> {
    const rows: { id: string; events: number }[] = await manager.query(
      `SELECT p.id, (SELECT count(*)::int FROM (${eventsOf('p.id')}) AS e) AS events
         FROM person p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.events]));
  }
}

function present(row: PersonEntity, events: number, editable: boolean): StaffPersonDto {
  return {
    id: row.id,
    slug: row.slug,
    academicTitle: row.academicTitle,
    firstName: row.firstName,
    lastName: row.lastName,
    displayName: displayName(row),
    function: row.function,
    organisationId: row.organisationId,
    organisationName: row.organisation?.name ?? null,
    bio: row.bio,
    photo: toImageDto(row.photo),
    events,
    version: row.version,
    editable,
  };
}

/** The columns an input sets; absent fields stay as they are. */
function columns(input: PersonInput): Partial<PersonEntity> {
  return definedFields(input) as Partial<PersonEntity>;
}

/** What the audit log keeps of a person. */
function snapshot(person: StaffPersonDto): Record<string, unknown> {
  const { id: _id, events: _events, version: _version, editable: _editable, ...fields } = person;
  return fields;
}
