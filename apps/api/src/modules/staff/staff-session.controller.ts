import { Body, Controller, Delete, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  type ApiBodyOptions,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ChangePasswordDto, SecondFactorDto, StaffLoginDto } from '@stadtgespraech/domain/staff';
import { isLocalHost } from '@stadtgespraech/http-security';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimited } from '../../common/rate-limit/rate-limit.interceptor.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { AuditService } from '../audit/audit.service.js';
import { serializeCookie } from './cookies.js';
import { CurrentStaff, STAFF_COOKIE, StaffOnly } from './staff-access.js';
import { type StaffContext, StaffAuthService } from './staff-auth.service.js';
import { StaffSessionDto, TotpEnabledDto, TotpSetupDto, toStaffSessionDto } from './staff.dto.js';

const CODE_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['code'],
    properties: { code: { type: 'string', example: '123456' } },
  },
};

/** Staff login with password and second factor, the session, and logout. */
@ApiTags('staff')
@Controller('v1/staff')
export class StaffSessionController {
  constructor(
    private readonly auth: StaffAuthService,
    private readonly audit: AuditService,
  ) {}

  private async log(request: FastifyRequest, staff: StaffContext, action: string) {
    const { id, email } = staff.account;
    await this.audit.record({
      account: { id, email },
      action,
      subject: { type: 'staff_account', id },
      clientIp: request.ip,
    });
  }

  @Post('session')
  @HttpCode(200)
  @RateLimited('login')
  @ApiOperation({
    operationId: 'logInStaff',
    summary: 'Log in with e-mail and password; sets the session cookie',
    description:
      'A wrong password, an unknown address and a disabled account answer alike. After too many failures for one address it is locked for a while (AUTH.LOCKED with retryAfter).',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['email', 'password'],
      properties: { email: { type: 'string', format: 'email' }, password: { type: 'string' } },
    },
  })
  @ApiOkResponse({ type: StaffSessionDto })
  @ApiProblems(400, 401, 429)
  async login(
    @Body() body: StaffLoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSessionDto> {
    const { token, context } = await this.auth.login(body.email, body.password);
    this.setCookie(request, reply, token);
    await this.log(request, context, 'staff.login');
    return this.describe(context);
  }

  @Get('session')
  @StaffOnly({ loginStep: true })
  @ApiOperation({ operationId: 'getStaffSession', summary: 'Who is logged in, and the CSRF token' })
  @ApiOkResponse({ type: StaffSessionDto })
  current(@CurrentStaff() staff: StaffContext): Promise<StaffSessionDto> {
    return this.describe(staff);
  }

  @Delete('session')
  @HttpCode(204)
  @StaffOnly({ loginStep: true })
  @ApiOperation({ operationId: 'logOutStaff', summary: 'Log out of this session' })
  @ApiNoContentResponse()
  async logout(
    @CurrentStaff() staff: StaffContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(staff.session);
    this.setCookie(request, reply, '', 0);
    await this.log(request, staff, 'staff.logout');
  }

  @Delete('sessions')
  @HttpCode(204)
  @StaffOnly()
  @ApiOperation({
    operationId: 'logOutStaffEverywhere',
    summary: 'End every session of the account',
  })
  @ApiNoContentResponse()
  async logoutEverywhere(
    @CurrentStaff() staff: StaffContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logoutEverywhere(staff.account.id);
    this.setCookie(request, reply, '', 0);
    await this.log(request, staff, 'staff.logout_everywhere');
  }

  @Post('session/second-factor')
  @HttpCode(200)
  @RateLimited('login')
  @StaffOnly({ loginStep: true })
  @ApiOperation({
    operationId: 'completeStaffLogin',
    summary: 'Complete the login with an authenticator code or a recovery code',
    description: 'The session gets a new cookie and CSRF token.',
  })
  @ApiBody(CODE_BODY)
  @ApiOkResponse({ type: StaffSessionDto })
  @ApiProblems(400, 409, 429)
  async secondFactor(
    @CurrentStaff() staff: StaffContext,
    @Body() body: SecondFactorDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSessionDto> {
    const { token, context } = await this.auth.completeSecondFactor(staff, body.code);
    this.setCookie(request, reply, token);
    await this.log(request, context, 'staff.second_factor_passed');
    return this.describe(context);
  }

  @Put('password')
  @HttpCode(204)
  @RateLimited('login')
  @StaffOnly()
  @ApiOperation({
    operationId: 'changeStaffPassword',
    summary: 'Change the own password; ends every other session of the account',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['currentPassword', 'newPassword'],
      properties: { currentPassword: { type: 'string' }, newPassword: { type: 'string' } },
    },
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 422, 429)
  async changePassword(
    @CurrentStaff() staff: StaffContext,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.auth.changePassword(staff, body.currentPassword, body.newPassword);
    await this.log(request, staff, 'staff.password_changed');
  }

  @Post('second-factor/setup')
  @HttpCode(200)
  @StaffOnly({ loginStep: true })
  @ApiOperation({
    operationId: 'setUpStaffSecondFactor',
    summary: 'Start setting up an authenticator app: a new secret, active once confirmed',
  })
  @ApiOkResponse({ type: TotpSetupDto })
  setup(@CurrentStaff() staff: StaffContext): Promise<TotpSetupDto> {
    return this.auth.beginTotpSetup(staff.account);
  }

  @Post('second-factor')
  @HttpCode(200)
  @StaffOnly({ loginStep: true })
  @ApiOperation({
    operationId: 'enableStaffSecondFactor',
    summary: 'Switch the second factor on with a first code; returns the recovery codes once',
  })
  @ApiBody(CODE_BODY)
  @ApiOkResponse({ type: TotpEnabledDto })
  @ApiProblems(400, 409)
  async enable(
    @CurrentStaff() staff: StaffContext,
    @Body() body: SecondFactorDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TotpEnabledDto> {
    const { token, context, recoveryCodes } = await this.auth.confirmTotpSetup(staff, body.code);
    this.setCookie(request, reply, token);
    await this.log(request, context, 'staff.second_factor_enabled');
    return { ...(await this.describe(context)), recoveryCodes };
  }

  private async describe(context: StaffContext): Promise<StaffSessionDto> {
    return toStaffSessionDto(
      context,
      await this.auth.secondFactorState(context.account, context.session),
    );
  }

  private setCookie(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    maxAge = this.auth.sessionSeconds,
  ) {
    void reply.header(
      'set-cookie',
      // Secure everywhere but on this machine, where the admin runs on plain http.
      serializeCookie(STAFF_COOKIE, token, {
        path: '/api',
        secure: !isLocalHost(request.host),
        maxAge,
      }),
    );
  }
}
