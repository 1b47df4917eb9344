import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  FORM_TOKEN_FIELD,
  HONEYPOT_FIELD,
  signFormToken,
} from '../../common/abuse/form-protection.js';
import { AppConfig } from '../../config/app-config.js';

export class FormTokenDto {
  @ApiProperty({ description: `Send back as "${FORM_TOKEN_FIELD}" with the form` }) token: string;
  @ApiProperty({ description: 'A form sent back sooner is ignored as a bot' })
  minimumSeconds: number;
  @ApiProperty({ description: 'Name of the honeypot field: render it hidden, leave it empty' })
  honeypotField: string;
}

/** Anti-spam without captcha for public forms (registration, newsletter, contact). */
@ApiTags('forms')
@Controller('v1/form-token')
export class FormsController {
  constructor(private readonly config: AppConfig) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'getFormToken',
    summary: 'A token to render into a public form (minimum fill time)',
  })
  @ApiOkResponse({ type: FormTokenDto })
  issue(): FormTokenDto {
    return {
      token: signFormToken(this.config.APP_SECRET, Date.now()),
      minimumSeconds: this.config.FORM_MIN_FILL_SECONDS,
      honeypotField: HONEYPOT_FIELD,
    };
  }
}
