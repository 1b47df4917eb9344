import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Redirect,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CreateRegistrationDto, UpdateRegistrationDto } from '@stadtgespraech/domain/registrations';
import { FormProtected } from '../../common/abuse/form-protection.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.interceptor.js';
import { SlugPipe } from '../../common/slug.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import {
  ConfirmationPreviewDto,
  ConfirmRegistrationDto,
  EventAvailabilityDto,
  ManagedRegistrationDto,
  REGISTRATION_BODY_SCHEMA,
  RegistrationAcceptedDto,
  RegistrationOutcomeDto,
} from './dto/registration.dto.js';
import { JoinService } from './join.service.js';
import { RegistrationsService } from './registrations.service.js';
import { TokenPipe } from './token.pipe.js';

const ACCEPTED: RegistrationAcceptedDto = {
  status: 'accepted',
  message: 'Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link, den wir Ihnen gesendet haben.',
};

@ApiTags('registrations')
@Controller('v1')
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly join: JoinService,
  ) {}

  @Get('events/:slug/availability')
  @Header('Cache-Control', 'public, max-age=10')
  @ApiOperation({
    operationId: 'getEventAvailability',
    summary: 'Registration state and free seats of an event',
    description:
      'Small and short-lived, so event pages can stay cached while the free-seat state is fresh.',
  })
  @ApiOkResponse({ type: EventAvailabilityDto })
  @ApiProblems(404)
  availability(@Param('slug', SlugPipe) slug: string): Promise<EventAvailabilityDto> {
    return this.registrations.availability(slug);
  }

  @Post('events/:slug/registrations')
  @HttpCode(202)
  @RateLimited('registration')
  @FormProtected({ status: 202, body: ACCEPTED })
  @ApiOperation({
    operationId: 'registerForEvent',
    summary: 'Register for an event (double opt-in follows by mail)',
    description:
      'Answers 202 for a new registration and for an address already registered alike (that person gets their link again), ' +
      'so nobody can find out whether an address is registered. Send an Idempotency-Key header to make retries safe.',
  })
  @ApiBody({ schema: REGISTRATION_BODY_SCHEMA as never })
  @ApiAcceptedResponse({ type: RegistrationAcceptedDto })
  @ApiProblems(400, 404, 409, 422)
  async register(
    @Param('slug', SlugPipe) slug: string,
    @Body() body: CreateRegistrationDto,
  ): Promise<RegistrationAcceptedDto> {
    await this.registrations.register(slug, body);
    return ACCEPTED;
  }

  @Post('registrations/confirm')
  @HttpCode(200)
  @RateLimited('confirmation')
  @ApiOperation({
    operationId: 'confirmRegistration',
    summary: 'Confirm the address: seat, waiting list or approval',
  })
  @ApiOkResponse({ type: RegistrationOutcomeDto })
  @ApiProblems(400, 404, 409, 410)
  confirm(@Body() body: ConfirmRegistrationDto): Promise<RegistrationOutcomeDto> {
    return this.registrations.confirm(body.token);
  }

  @Get('registrations/confirm/:token')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'previewConfirmation',
    summary: 'The event behind a confirmation link, before confirming (changes nothing)',
    description:
      'Mail scanners open links: the page behind a confirmation link shows the event with this, and confirms only by POST.',
  })
  @ApiOkResponse({ type: ConfirmationPreviewDto })
  @ApiProblems(404)
  previewConfirmation(@Param('token', TokenPipe) token: string): Promise<ConfirmationPreviewDto> {
    return this.registrations.previewConfirmation(token);
  }

  @Get('registrations/manage/:token')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'getOwnRegistration',
    summary: 'The registration behind a personal link',
  })
  @ApiOkResponse({ type: ManagedRegistrationDto })
  @ApiProblems(404)
  get(@Param('token', TokenPipe) token: string): Promise<ManagedRegistrationDto> {
    return this.registrations.getByManageToken(token);
  }

  @Patch('registrations/manage/:token')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'updateOwnRegistration',
    summary: 'Change personal data and answers',
  })
  @ApiOkResponse({ type: ManagedRegistrationDto })
  @ApiProblems(400, 404, 409, 422)
  update(
    @Param('token', TokenPipe) token: string,
    @Body() body: UpdateRegistrationDto,
  ): Promise<ManagedRegistrationDto> {
    return this.registrations.update(token, body);
  }

  @Delete('registrations/manage/:token')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'cancelOwnRegistration',
    summary: 'Cancel; the first on the waiting list moves up',
  })
  @ApiOkResponse({ type: ManagedRegistrationDto })
  @ApiProblems(404, 409)
  cancel(@Param('token', TokenPipe) token: string): Promise<ManagedRegistrationDto> {
    return this.registrations.cancel(token);
  }

  @Get('join/:token')
  @Redirect()
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @ApiOperation({
    operationId: 'joinEvent',
    summary:
      'Personal join link: forwards to the meeting from shortly before the start until the end',
  })
  @ApiFoundResponse({ description: 'Redirect to the meeting' })
  @ApiProblems(403, 404, 409, 410, 425)
  async joinEvent(
    @Param('token', TokenPipe) token: string,
  ): Promise<{ url: string; statusCode: number }> {
    return { url: await this.join.meetingUrl(token), statusCode: 302 };
  }
}
