import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CompletePasswordLinkDto,
  PasswordLinkDto,
  PasswordResetRequestDto,
} from '@stadtgespraech/domain/staff';
import type { FastifyRequest } from 'fastify';
import { RateLimited } from '../../../common/rate-limit/rate-limit.interceptor.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { PasswordLinkInfoDto } from '../staff.dto.js';
import { StaffLinksService } from './staff-links.service.js';

/**
 * The public steps of a forgotten password and of an invitation: ask for a link, look at it,
 * choose the password. The token travels in request bodies, never in a URL.
 */
@ApiTags('staff')
@Controller('v1/staff')
export class StaffLinksController {
  constructor(private readonly links: StaffLinksService) {}

  @Post('password-reset')
  @HttpCode(202)
  @RateLimited('login')
  @ApiOperation({
    operationId: 'requestStaffPasswordReset',
    summary: 'Mails a link to choose a new password, if the address has an account',
    description:
      'Answers 202 whether or not an account exists, so the form reveals none. The link works for an hour and once; one mail per address every two minutes at most.',
  })
  @ApiBody({ type: PasswordResetRequestDto })
  @ApiAcceptedResponse({ description: 'A mail is on its way if the address has an account' })
  @ApiProblems(400, 429)
  async requestReset(
    @Body() body: PasswordResetRequestDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.links.requestReset(body.email, request.ip ?? null);
  }

  @Post('password-link/check')
  @HttpCode(200)
  @RateLimited('login')
  @ApiOperation({
    operationId: 'checkStaffPasswordLink',
    summary: 'Who an invitation or password-reset link is for, and until when it works',
  })
  @ApiBody({ type: PasswordLinkDto })
  @ApiOkResponse({ type: PasswordLinkInfoDto })
  @ApiProblems(400, 404, 410, 429)
  check(@Body() body: PasswordLinkDto): Promise<PasswordLinkInfoDto> {
    return this.links.inspect(body.token);
  }

  @Post('password-link/complete')
  @HttpCode(204)
  @RateLimited('login')
  @ApiOperation({
    operationId: 'completeStaffPasswordLink',
    summary: 'Sets the password through the link; every session of the account ends',
    description: 'Log in afterwards with the new password (and the second factor, if any).',
  })
  @ApiBody({ type: CompletePasswordLinkDto })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 410, 422, 429)
  async complete(
    @Body() body: CompletePasswordLinkDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.links.complete(body.token, body.newPassword, request.ip ?? null);
  }
}
