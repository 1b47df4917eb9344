import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateContactRequestDto } from '@stadtgespraech/domain/communication';
import { FormProtected } from '../../common/abuse/form-protection.js';
import { RateLimited } from '../../common/rate-limit/rate-limit.interceptor.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { RegistrationAcceptedDto } from '../registrations/dto/registration.dto.js';
import { ContactService } from './contact.service.js';

const ACCEPTED: RegistrationAcceptedDto = {
  status: 'accepted',
  message: 'Vielen Dank für Ihre Nachricht. Sie erhalten eine Bestätigung per E-Mail.',
};

@ApiTags('contact')
@Controller('v1/contact')
export class ContactController {
  constructor(private readonly contact: ContactService) {}

  @Post()
  @HttpCode(202)
  @RateLimited('contact')
  @FormProtected({ status: 202, body: ACCEPTED })
  @ApiOperation({
    operationId: 'sendContactRequest',
    summary: 'Send a message to an organisation (receipt by mail)',
  })
  @ApiAcceptedResponse({ type: RegistrationAcceptedDto })
  @ApiProblems(400, 404, 422)
  async submit(@Body() body: CreateContactRequestDto): Promise<RegistrationAcceptedDto> {
    await this.contact.submit(body);
    return ACCEPTED;
  }
}
