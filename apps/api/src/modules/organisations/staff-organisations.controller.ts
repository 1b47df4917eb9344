import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { MergeReferenceDto } from '@stadtgespraech/domain/common';
import { CreateOrganisationDto, UpdateOrganisationDto } from '@stadtgespraech/domain/organisations';
import { StaffRole } from '@stadtgespraech/domain/staff';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, setVersionTag } from '../../common/if-match.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import { StaffOrganisationDto, StaffOrganisationListDto } from './dto/staff-organisation.dto.js';
import { StaffOrganisationsService } from './staff-organisations.service.js';

const EDITORS = { roles: [StaffRole.Administrator, StaffRole.Organiser] };
const ADMINS = { roles: [StaffRole.Administrator] };

function tagged(reply: FastifyReply, organisation: StaffOrganisationDto): StaffOrganisationDto {
  setVersionTag(reply, organisation.version);
  return organisation;
}

/** Managing organisations: organisers add and change their own, administrators every one. */
@ApiTags('staff references')
@Controller('v1/staff/organisations')
export class StaffOrganisationsController {
  constructor(private readonly organisations: StaffOrganisationsService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'listStaffOrganisations',
    summary: 'Every organisation with contact persons and usage, by name',
  })
  @ApiOkResponse({ type: StaffOrganisationListDto })
  async list(@CurrentActor() actor: StaffActor): Promise<StaffOrganisationListDto> {
    return { items: await this.organisations.list(actor) };
  }

  @Get(':id')
  @StaffOnly()
  @ApiOperation({ operationId: 'getStaffOrganisation', summary: 'One organisation, with its ETag' })
  @ApiOkResponse({ type: StaffOrganisationDto })
  @ApiProblems(400, 404)
  async get(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffOrganisationDto> {
    return tagged(reply, await this.organisations.get(id, actor));
  }

  @Post()
  @StaffOnly(EDITORS)
  @ApiOperation({
    operationId: 'createOrganisation',
    summary: 'Creates an organisation with its contact persons (audited)',
  })
  @ApiBody({ type: CreateOrganisationDto })
  @ApiCreatedResponse({ type: StaffOrganisationDto })
  @ApiProblems(400, 403, 409, 422)
  async create(
    @Body() input: CreateOrganisationDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffOrganisationDto> {
    return tagged(reply, await this.organisations.create(input, actor));
  }

  @Patch(':id')
  @StaffOnly(EDITORS)
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description:
      'The ETag (version) of the organisation as loaded; a stale one is refused with 412',
  })
  @ApiOperation({
    operationId: 'updateOrganisation',
    summary: 'Changes an organisation; a contacts list replaces the old one (audited)',
  })
  @ApiBody({ type: UpdateOrganisationDto })
  @ApiOkResponse({ type: StaffOrganisationDto })
  @ApiProblems(400, 403, 404, 409, 412, 422, 428)
  async update(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion('ORGANISATION') version: number,
    @Body() input: UpdateOrganisationDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffOrganisationDto> {
    return tagged(reply, await this.organisations.update(id, version, input, actor));
  }

  @Post(':id/merge')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'mergeOrganisation',
    summary: 'Merges a duplicate into another organisation and deletes it (audited)',
    description:
      'Events and series it organises (their versions rise), its people, staff accounts and contact persons move to the organisation kept, whose fields stay; then the duplicate is deleted. Returns the organisation kept.',
  })
  @ApiBody({ type: MergeReferenceDto })
  @ApiOkResponse({ type: StaffOrganisationDto })
  @ApiProblems(400, 404, 409)
  async merge(
    @Param('id', UuidPipe) id: string,
    @Body() input: MergeReferenceDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffOrganisationDto> {
    return tagged(reply, await this.organisations.merge(id, input.into, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'deleteOrganisation',
    summary: 'Deletes an organisation nothing names (409 ORGANISATION.IN_USE otherwise)',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async remove(@Param('id', UuidPipe) id: string, @CurrentActor() actor: StaffActor) {
    await this.organisations.remove(id, actor);
  }
}
