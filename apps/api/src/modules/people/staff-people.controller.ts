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
import { CreatePersonDto, UpdatePersonDto } from '@stadtgespraech/domain/people';
import { StaffRole } from '@stadtgespraech/domain/staff';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, setVersionTag } from '../../common/if-match.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import { StaffPersonDto, StaffPersonListDto } from './dto/staff-person.dto.js';
import { StaffPeopleService } from './staff-people.service.js';

const EDITORS = { roles: [StaffRole.Administrator, StaffRole.Organiser] };
const ADMINS = { roles: [StaffRole.Administrator] };

function tagged(reply: FastifyReply, person: StaffPersonDto): StaffPersonDto {
  setVersionTag(reply, person.version);
  return person;
}

/** Managing people (speakers, moderators): editors add and change, administrators clean up. */
@ApiTags('staff references')
@Controller('v1/staff/people')
export class StaffPeopleController {
  constructor(private readonly people: StaffPeopleService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'listStaffPeople',
    summary: 'Every person with organisation and usage, by last name',
  })
  @ApiOkResponse({ type: StaffPersonListDto })
  async list(@CurrentActor() actor: StaffActor): Promise<StaffPersonListDto> {
    return { items: await this.people.list(actor) };
  }

  @Get(':id')
  @StaffOnly()
  @ApiOperation({ operationId: 'getStaffPerson', summary: 'One person, with the ETag' })
  @ApiOkResponse({ type: StaffPersonDto })
  @ApiProblems(400, 404)
  async get(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffPersonDto> {
    return tagged(reply, await this.people.get(id, actor));
  }

  @Post()
  @StaffOnly(EDITORS)
  @ApiOperation({
    operationId: 'createPerson',
    summary: 'Creates a person; without a slug one is made from the name (audited)',
  })
  @ApiBody({ type: CreatePersonDto })
  @ApiCreatedResponse({ type: StaffPersonDto })
  @ApiProblems(400, 403, 409, 422)
  async create(
    @Body() input: CreatePersonDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffPersonDto> {
    return tagged(reply, await this.people.create(input, actor));
  }

  @Patch(':id')
  @StaffOnly(EDITORS)
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag (version) of the person as loaded; a stale one is refused with 412',
  })
  @ApiOperation({
    operationId: 'updatePerson',
    summary: 'Changes a person (audited)',
  })
  @ApiBody({ type: UpdatePersonDto })
  @ApiOkResponse({ type: StaffPersonDto })
  @ApiProblems(400, 403, 404, 409, 412, 422, 428)
  async update(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion('PERSON') version: number,
    @Body() input: UpdatePersonDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffPersonDto> {
    return tagged(reply, await this.people.update(id, version, input, actor));
  }

  @Post(':id/merge')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'mergePerson',
    summary: 'Merges a duplicate into another person and deletes it (audited)',
    description:
      "The contributions of the duplicate to events and agenda items go to the person kept (once per role; the events' versions rise), whose fields stay; then the duplicate is deleted. Returns the person kept.",
  })
  @ApiBody({ type: MergeReferenceDto })
  @ApiOkResponse({ type: StaffPersonDto })
  @ApiProblems(400, 404, 409)
  async merge(
    @Param('id', UuidPipe) id: string,
    @Body() input: MergeReferenceDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffPersonDto> {
    return tagged(reply, await this.people.merge(id, input.into, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'deletePerson',
    summary: 'Deletes a person no event names (409 PERSON.IN_USE otherwise; merge instead)',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async remove(@Param('id', UuidPipe) id: string, @CurrentActor() actor: StaffActor) {
    await this.people.remove(id, actor);
  }
}
