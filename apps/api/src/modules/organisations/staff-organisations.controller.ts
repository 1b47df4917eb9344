import { Body, Controller, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MergeReferenceDto } from '@stadtgespraech/domain/common';
import { CreateOrganisationDto, UpdateOrganisationDto } from '@stadtgespraech/domain/organisations';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, withVersionTag } from '../../common/if-match.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ReferenceEndpoint } from '../references/reference-endpoints.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import { StaffOrganisationDto, StaffOrganisationListDto } from './dto/staff-organisation.dto.js';
import { StaffOrganisationsService } from './staff-organisations.service.js';

/** Managing organisations: organisers add and change their own, administrators every one. */
@ApiTags('staff references')
@Controller('v1/staff/organisations')
export class StaffOrganisationsController {
  constructor(private readonly organisations: StaffOrganisationsService) {}

  @ReferenceEndpoint.list(StaffOrganisationListDto, {
    operationId: 'listStaffOrganisations',
    summary: 'Every organisation with contact persons and usage, by name',
  })
  async list(@CurrentActor() actor: StaffActor): Promise<StaffOrganisationListDto> {
    return { items: await this.organisations.list(actor) };
  }

  @ReferenceEndpoint.get(StaffOrganisationDto, {
    operationId: 'getStaffOrganisation',
    summary: 'One organisation, with its ETag',
  })
  async get(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffOrganisationDto> {
    return withVersionTag(reply, await this.organisations.get(id, actor));
  }

  @ReferenceEndpoint.create(CreateOrganisationDto, StaffOrganisationDto, {
    operationId: 'createOrganisation',
    summary: 'Creates an organisation with its contact persons (audited)',
  })
  async create(
    @Body() input: CreateOrganisationDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffOrganisationDto> {
    return withVersionTag(reply, await this.organisations.create(input, actor));
  }

  @ReferenceEndpoint.update(UpdateOrganisationDto, StaffOrganisationDto, {
    operationId: 'updateOrganisation',
    summary: 'Changes an organisation; a contacts list replaces the old one (audited)',
  })
  async update(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion('ORGANISATION') version: number,
    @Body() input: UpdateOrganisationDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffOrganisationDto> {
    return withVersionTag(reply, await this.organisations.update(id, version, input, actor));
  }

  @ReferenceEndpoint.merge(StaffOrganisationDto, {
    operationId: 'mergeOrganisation',
    summary: 'Merges a duplicate into another organisation and deletes it (audited)',
    description:
      'Events and series it organises (their versions rise), its people, staff accounts and contact persons move to the organisation kept, whose fields stay; then the duplicate is deleted. Returns the organisation kept.',
  })
  async merge(
    @Param('id', UuidPipe) id: string,
    @Body() input: MergeReferenceDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffOrganisationDto> {
    return withVersionTag(reply, await this.organisations.merge(id, input.into, actor));
  }

  @ReferenceEndpoint.remove({
    operationId: 'deleteOrganisation',
    summary: 'Deletes an organisation nothing names (409 ORGANISATION.IN_USE otherwise)',
  })
  async remove(@Param('id', UuidPipe) id: string, @CurrentActor() actor: StaffActor) {
    await this.organisations.remove(id, actor);
  }
}
