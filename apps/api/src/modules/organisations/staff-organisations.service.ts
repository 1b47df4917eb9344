import { Injectable } from '@nestjs/common';
import type {
  CreateOrganisationDto,
  UpdateOrganisationDto,
} from '@stadtgespraech/domain/organisations';
import { DataSource, type EntityManager } from 'typeorm';
import { definedFields } from '../../common/defined-fields.js';
import { toAddressDto, toImageDto } from '../../common/dto/map-shared.js';
import { ProblemException } from '../../common/problem.js';
import { AuditService } from '../audit/audit.service.js';
import {
  assertVersion,
  freeSlug,
  lockForMerge,
  lockReference,
  referenceChange,
  updateVersionedRow,
  writeWithSlug,
} from '../references/reference-steps.js';
import type { StaffActor } from '../staff/staff-actor.js';
import { mayChangeEvent, staffScope, type StaffScope } from '../staff/staff-scope.js';
import { ContactPersonEntity } from './contact-person.entity.js';
import type { OrganisationUsageDto, StaffOrganisationDto } from './dto/staff-organisation.dto.js';
import { OrganisationEntity } from './organisation.entity.js';

type OrganisationInput = CreateOrganisationDto | UpdateOrganisationDto;

const USAGE = `SELECT o.id,
         (SELECT count(*)::int FROM event_organiser x WHERE x.organisation_id = o.id) AS events,
         (SELECT count(*)::int FROM series_organiser x WHERE x.organisation_id = o.id) AS series,
         (SELECT count(*)::int FROM person x WHERE x.organisation_id = o.id) AS people,
         (SELECT count(*)::int FROM staff_account_organisation x WHERE x.organisation_id = o.id) AS staff
    FROM organisation o WHERE o.id = ANY($1::uuid[])`;

/**
 * Organisations for staff. Organisers add organisations (a new partner of their event) and change
 * their own; administrators change every organisation, merge duplicates and delete unused ones.
 * Contact persons are replaced as a list; the audit log keeps only how many there are.
 */
@Injectable()
export class StaffOrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: StaffActor): Promise<StaffOrganisationDto[]> {
    const rows = await this.dataSource
      .getRepository(OrganisationEntity)
      .find({ relations: { contacts: true } });
    const usage = await this.usage(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    const scope = staffScope(actor.staff.account);
    return rows
      .map((row) => present(row, usage.get(row.id)!, scope))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  async get(id: string, actor: StaffActor, manager = this.dataSource.manager) {
    const row = await manager.findOne(OrganisationEntity, {
      where: { id },
      relations: { contacts: true },
    });
    if (!row) throw new ProblemException('ORGANISATION.NOT_FOUND');
    const usage = await this.usage(manager, [id]);
    return present(row, usage.get(id)!, staffScope(actor.staff.account));
  }

  async create(input: CreateOrganisationDto, actor: StaffActor): Promise<StaffOrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      const slug =
        input.slug ?? (await freeSlug(manager, OrganisationEntity, input.shortName ?? input.name));
      const { id } = await writeWithSlug(
        () => manager.save(manager.create(OrganisationEntity, { ...columns(input), slug })),
        'UQ_organisation_slug',
        'ORGANISATION.SLUG_TAKEN',
      );
      await writeContacts(manager, id, input);
      const created = await this.get(id, actor, manager);
      await this.audit.record(
        referenceChange(actor, 'organisation.create', id, null, snapshot(created)),
        manager,
      );
      return created;
    });
  }

  async update(
    id: string,
    version: number,
    input: UpdateOrganisationDto,
    actor: StaffActor,
  ): Promise<StaffOrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      await lockReference(manager, OrganisationEntity, id, 'ORGANISATION.NOT_FOUND');
      const before = await this.get(id, actor, manager);
      if (!before.editable) throw new ProblemException('ORGANISATION.OUT_OF_SCOPE');
      assertVersion(before, version, 'ORGANISATION.STALE');
      await updateVersionedRow(manager, OrganisationEntity, id, columns(input), {
        constraint: 'UQ_organisation_slug',
        taken: 'ORGANISATION.SLUG_TAKEN',
      });
      await writeContacts(manager, id, input);
      const after = await this.get(id, actor, manager);
      await this.audit.record(
        referenceChange(actor, 'organisation.update', id, snapshot(before), snapshot(after)),
        manager,
      );
      return after;
    });
  }

  /**
   * Moves everything that names organisation `id` to `into` — events and series it organises
   * (once each), people, staff accounts, contact persons — then deletes `id`. The fields of
   * `into` stay as they are.
   */
  async merge(id: string, into: string, actor: StaffActor): Promise<StaffOrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      const { source, target } = await lockForMerge(
        manager,
        OrganisationEntity,
        { id, into },
        { notFound: 'ORGANISATION.NOT_FOUND', intoItself: 'ORGANISATION.MERGE_INTO_ITSELF' },
      );
      const moved = await this.usage(manager, [id]);
      // Events change: their version rises, so an editor open on one reloads before saving.
      await manager.query(
        `UPDATE event SET version = version + 1
          WHERE id IN (SELECT event_id FROM event_organiser WHERE organisation_id = $1)`,
        [id],
      );
      for (const [table, owner] of [
        ['event_organiser', 'event_id'],
        ['series_organiser', 'series_id'],
        ['staff_account_organisation', 'account_id'],
      ] as const) {
        // Fixed table and column names; where `into` is already linked, the link of `id` goes.
        await manager.query(
          `UPDATE ${table} SET organisation_id = $2
            WHERE organisation_id = $1
              AND ${owner} NOT IN (SELECT ${owner} FROM ${table} WHERE organisation_id = $2)`,
          [id, into],
        );
      }
      await manager.query('UPDATE person SET organisation_id = $2 WHERE organisation_id = $1', [
        id,
        into,
      ]);
      await manager.query(
        `UPDATE contact_person
            SET organisation_id = $2,
                position = position + (SELECT count(*) FROM contact_person WHERE organisation_id = $2)
          WHERE organisation_id = $1`,
        [id, into],
      );
      await manager.delete(OrganisationEntity, { id });
      await this.audit.record(
        referenceChange(
          actor,
          'organisation.merge',
          into,
          { slug: source.slug, name: source.name },
          { into: target.slug, moved: moved.get(id) },
        ),
        manager,
      );
      return this.get(into, actor, manager);
    });
  }

  /** Deletes an organisation nothing names (events, series, people, staff accounts). */
  async remove(id: string, actor: StaffActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await lockReference(manager, OrganisationEntity, id, 'ORGANISATION.NOT_FOUND');
      const usage = (await this.usage(manager, [id])).get(id)!;
      if (Object.values(usage).some((count) => count > 0))
        throw new ProblemException('ORGANISATION.IN_USE', undefined, undefined, { usage });
      await manager.delete(OrganisationEntity, { id });
      await this.audit.record(
        referenceChange(actor, 'organisation.delete', id, { slug: row.slug, name: row.name }, null),
        manager,
      );
    });
  }

  private async usage(manager: EntityManager, ids: string[]) {
    const rows: (OrganisationUsageDto & { id: string })[] = await manager.query(USAGE, [ids]);
    return new Map(rows.map(({ id, ...counts }) => [id, counts]));
  }
}

function present(
  row: OrganisationEntity,
  usage: OrganisationUsageDto,
  scope: StaffScope,
): StaffOrganisationDto {
  const isMunicipal = row.bundesland !== null || row.population !== null || row.ags !== null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    type: row.type,
    website: row.website,
    email: row.email,
    phone: row.phone,
    address: toAddressDto(row.address),
    logo: toImageDto(row.logo),
    description: row.description,
    municipality: isMunicipal
      ? { bundesland: row.bundesland, population: row.population, ags: row.ags }
      : null,
    contacts: [...(row.contacts ?? [])]
      .sort((a, b) => a.position - b.position)
      .map(({ id, name, function: role, email, phone }) => ({
        id,
        name,
        function: role,
        email,
        phone,
      })),
    usage,
    version: row.version,
    editable: mayChangeEvent(scope, [row.id]),
  };
}

/** The columns an input sets; absent fields stay, `municipality: null` clears its three. */
function columns(input: OrganisationInput): Partial<OrganisationEntity> {
  const { contacts: _contacts, municipality, ...rest } = input;
  const set: Partial<OrganisationEntity> = definedFields(rest);
  if (municipality !== undefined) {
    set.bundesland = municipality?.bundesland ?? null;
    set.population = municipality?.population ?? null;
    set.ags = municipality?.ags ?? null;
  }
  return set;
}

/** What the audit log keeps: the fields, and of the contact persons only how many. */
function snapshot(organisation: StaffOrganisationDto): Record<string, unknown> {
  const {
    contacts,
    usage: _usage,
    editable: _editable,
    version: _version,
    ...fields
  } = organisation;
  return { ...fields, contacts: contacts.length };
}

/**
 * Replaces the contact persons when the input names them, in the order given. An entry with
 * an id keeps it; that id must be one of this organisation's contact persons.
 */
async function writeContacts(
  manager: EntityManager,
  organisationId: string,
  input: OrganisationInput,
) {
  if (!input.contacts) return;
  const existing = new Set(
    (
      await manager.find(ContactPersonEntity, { where: { organisationId }, select: { id: true } })
    ).map((contact) => contact.id),
  );
  const kept = input.contacts.flatMap((contact) => (contact.id ? [contact.id] : []));
  if (kept.some((id) => !existing.has(id)) || new Set(kept).size !== kept.length)
    throw new ProblemException('ORGANISATION.UNKNOWN_CONTACT', undefined, [
      { pointer: 'request.contacts', messages: ['contacts names an id of another organisation'] },
    ]);
  await manager.delete(ContactPersonEntity, { organisationId });
  if (input.contacts.length === 0) return;
  await manager.insert(
    ContactPersonEntity,
    input.contacts.map((contact, position) => ({
      ...(contact.id ? { id: contact.id } : {}),
      organisationId,
      name: contact.name,
      function: contact.function ?? null,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
      position,
    })),
  );
}
