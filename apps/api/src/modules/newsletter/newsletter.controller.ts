import { Body, Controller, Header, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { CreateNewsletterSubscriptionDto } from '@stadtgespraech/domain/communication';
import { FormProtected } from '../../common/abuse/form-protection.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.interceptor.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import {
  ConfirmRegistrationDto,
  RegistrationAcceptedDto,
} from '../registrations/dto/registration.dto.js';
import { TokenPipe } from '../registrations/token.pipe.js';
import { NewsletterService } from './newsletter.service.js';

export class NewsletterStatusDto {
  @ApiProperty({ enum: ['confirmed', 'unsubscribed'] }) status: 'confirmed' | 'unsubscribed';
}

const ACCEPTED: RegistrationAcceptedDto = {
  status: 'accepted',
  message: 'Bitte bestätigen Sie Ihr Abonnement über den Link, den wir Ihnen gesendet haben.',
};

@ApiTags('newsletter')
@Controller('v1/newsletter')
export class NewsletterController {
  constructor(private readonly newsletter: NewsletterService) {}

  @Post('subscriptions')
  @HttpCode(202)
  @RateLimited('newsletter')
  @FormProtected({ status: 202, body: ACCEPTED })
  @ApiOperation({
    operationId: 'subscribeNewsletter',
    summary: 'Subscribe to new dates (double opt-in follows by mail)',
  })
  @ApiAcceptedResponse({ type: RegistrationAcceptedDto })
  @ApiProblems(400, 422)
  async subscribe(@Body() body: CreateNewsletterSubscriptionDto): Promise<RegistrationAcceptedDto> {
    await this.newsletter.subscribe(body);
    return ACCEPTED;
  }

  @Post('confirm')
  @HttpCode(200)
  @RateLimited('confirmation')
  @ApiOperation({ operationId: 'confirmNewsletter', summary: 'Confirm a subscription' })
  @ApiOkResponse({ type: NewsletterStatusDto })
  @ApiProblems(400, 404)
  confirm(@Body() body: ConfirmRegistrationDto): Promise<NewsletterStatusDto> {
    return this.newsletter.confirm(body.token);
  }

  @Post('unsubscribe/:token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'unsubscribeNewsletter',
    summary: 'One-click unsubscribe (RFC 8058): deletes the address; no login, any body',
  })
  @ApiOkResponse({ type: NewsletterStatusDto })
  unsubscribe(@Param('token', TokenPipe) token: string): Promise<NewsletterStatusDto> {
    return this.newsletter.unsubscribe(token);
  }
}
