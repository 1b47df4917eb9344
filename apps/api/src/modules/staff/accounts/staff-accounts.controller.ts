import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { StaffAccountInputDto, StaffRole } from '@stadtgespraech/domain/staff';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, setVersionTag } from '../../../common/if-match.js';
import { UuidPipe } from '../../../common/uuid.pipe.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff-access.js';
import type { StaffAccountEntity } from '../staff-account.entity.js';
import { CurrentActor, type StaffActor } from '../staff-actor.js';
import { StaffAccountDto, StaffAccountListDto, toStaffAccountDto } from '../staff.dto.js';
import { StaffAccountsService } from './staff-accounts.service.js';

const ADMINS = { roles: [StaffRole.Administrator] };

function tagged(reply: FastifyReply, account: StaffAccountEntity): StaffAccountDto {
  setVersionTag(reply, account.version);
  return toStaffAccountDto(account);
}

/** Staff management (administrators): invitations, roles, organisations, access. */
@ApiTags('staff')
@Controller('v1/staff/accounts')
export class StaffAccountsController {
  constructor(private readonly accounts: StaffAccountsService) {}

  @Get()
  @StaffOnly(ADMINS)
  @ApiOperation({ operationId: 'listStaffAccounts', summary: 'Every staff account' })
  @ApiOkResponse({ type: StaffAccountListDto })
  async list(): Promise<StaffAccountListDto> {
    return { items: (await this.accounts.list()).map(toStaffAccountDto) };
  }

  @Post()
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'inviteStaff',
    summary: 'Creates an account without password and mails an invitation to choose one',
    description: `The invitation link works for seven days and once.`,
  })
  @ApiBody({ type: StaffAccountInputDto })
  @ApiCreatedResponse({ type: StaffAccountDto })
  @ApiProblems(400, 409, 422)
  async invite(
    @Body() input: StaffAccountInputDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffAccountDto> {
    return tagged(reply, await this.accounts.invite(input, actor));
  }

  @Get(':id')
  @StaffOnly(ADMINS)
  @ApiOperation({ operationId: 'getStaffAccount', summary: 'One staff account, with its ETag' })
  @ApiOkResponse({ type: StaffAccountDto })
  @ApiProblems(400, 404)
  async get(
    @Param('id', UuidPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffAccountDto> {
    return tagged(reply, await this.accounts.get(id));
  }

  @Put(':id')
  @StaffOnly(ADMINS)
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag (version) of the account as loaded; a stale one is refused with 412',
  })
  @ApiOperation({
    operationId: 'updateStaffAccount',
    summary: 'Changes name, address, role and organisations of an account',
    description: 'Administrators cannot change their own role.',
  })
  @ApiBody({ type: StaffAccountInputDto })
  @ApiOkResponse({ type: StaffAccountDto })
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async update(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion('STAFF') version: number,
    @Body() input: StaffAccountInputDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffAccountDto> {
    return tagged(reply, await this.accounts.update(id, version, input, actor));
  }

  @Post(':id/invitation')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'resendStaffInvitation',
    summary: 'Mails a new invitation link to an account that has no password yet',
  })
  @ApiOkResponse({ type: StaffAccountDto })
  @ApiProblems(400, 404, 409)
  async resendInvitation(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffAccountDto> {
    return tagged(reply, await this.accounts.resendInvitation(id, actor));
  }

  @Post(':id/disable')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'disableStaffAccount',
    summary: 'Locks an account out; its sessions end at once',
  })
  @ApiOkResponse({ type: StaffAccountDto })
  @ApiProblems(400, 404, 409)
  async disable(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffAccountDto> {
    return tagged(reply, await this.accounts.disable(id, actor));
  }

  @Post(':id/enable')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({ operationId: 'enableStaffAccount', summary: 'Lets a disabled account in again' })
  @ApiOkResponse({ type: StaffAccountDto })
  @ApiProblems(400, 404, 409)
  async enable(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffAccountDto> {
    return tagged(reply, await this.accounts.enable(id, actor));
  }

  @Delete(':id/second-factor')
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'resetStaffSecondFactor',
    summary: 'Removes a lost second factor; the sessions end and the person is told by mail',
  })
  @ApiOkResponse({ type: StaffAccountDto })
  @ApiProblems(400, 404, 409)
  async resetSecondFactor(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffAccountDto> {
    return tagged(reply, await this.accounts.resetSecondFactor(id, actor));
  }
}
