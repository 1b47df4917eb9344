import { Body, Controller, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MergeReferenceDto } from '@stadtgespraech/domain/common';
import { CreatePersonDto, UpdatePersonDto } from '@stadtgespraech/domain/people';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, withVersionTag } from '../../common/if-match.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ReferenceEndpoint } from '../references/reference-endpoints.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import { StaffPersonDto, StaffPersonListDto } from './dto/staff-person.dto.js';
import { StaffPeopleService } from './staff-people.service.js';

/** Managing people (speakers, moderators): editors add and change, administrators clean up. */
@ApiTags('staff references')
@Controller('v1/staff/people')
export class StaffPeopleController {
  constructor(private readonly people: StaffPeopleService) {}

  @ReferenceEndpoint.list(StaffPersonListDto, {
    operationId: 'listStaffPeople',
    summary: 'Every person with organisation and usage, by last name',
  })
  async list(@CurrentActor() actor: StaffActor): Promise<StaffPersonListDto> {
    return { items: await this.people.list(actor) };
  }

  @ReferenceEndpoint.get(StaffPersonDto, {
    operationId: 'getStaffPerson',
    summary: 'One person, with the ETag',
  })
  async get(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffPersonDto> {
    return withVersionTag(reply, await this.people.get(id, actor));
  }

  @ReferenceEndpoint.create(CreatePersonDto, StaffPersonDto, {
    operationId: 'createPerson',
    summary: 'Creates a person; without a slug one is made from the name (audited)',
  })
  async create(
    @Body() input: CreatePersonDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffPersonDto> {
    return withVersionTag(reply, await this.people.create(input, actor));
  }

  @ReferenceEndpoint.update(UpdatePersonDto, StaffPersonDto, {
    operationId: 'updatePerson',
    summary: 'Changes a person (audited)',
  })
  async update(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion('PERSON') version: number,
    @Body() input: UpdatePersonDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffPersonDto> {
    return withVersionTag(reply, await this.people.update(id, version, input, actor));
  }

  @ReferenceEndpoint.merge(StaffPersonDto, {
    operationId: 'mergePerson',
    summary: 'Merges a duplicate into another person and deletes it (audited)',
    description:
      "The contributions of the duplicate to events and agenda items go to the person kept (once per role; the events' versions rise), whose fields stay; then the duplicate is deleted. Returns the person kept.",
  })
  async merge(
    @Param('id', UuidPipe) id: string,
    @Body() input: MergeReferenceDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffPersonDto> {
    return withVersionTag(reply, await this.people.merge(id, input.into, actor));
  }

  @ReferenceEndpoint.remove({
    operationId: 'deletePerson',
    summary: 'Deletes a person no event names (409 PERSON.IN_USE otherwise; merge instead)',
  })
  async remove(@Param('id', UuidPipe) id: string, @CurrentActor() actor: StaffActor) {
    await this.people.remove(id, actor);
  }
}
