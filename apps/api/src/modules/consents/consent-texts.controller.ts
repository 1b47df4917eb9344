import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Locale, enumValues } from '@stadtgespraech/domain';
import { IsIn, IsOptional } from 'class-validator';
import { ConsentTextsService } from './consent-texts.service.js';
import { PublicCache } from '../../common/public-cache/public-cache.js';

export class ConsentTextsQuery {
  @ApiPropertyOptional({ enum: enumValues(Locale), description: 'Language of the texts (de)' })
  @IsOptional()
  @IsIn(enumValues(Locale))
  locale?: Locale;
}

export class ConsentTextDto {
  @ApiProperty({
    description:
      'privacy, newsletter, participant_list, photos_recording, newsletter_subscription, contact',
  })
  purpose: string;
  @ApiProperty() version: string;
  @ApiProperty({ enum: enumValues(Locale) }) locale: Locale;
  @ApiProperty() text: string;
}

export class ConsentTextListDto {
  @ApiProperty({ type: () => [ConsentTextDto] }) items: ConsentTextDto[];
}

@ApiTags('registrations')
@Controller('v1/consent-texts')
export class ConsentTextsController {
  constructor(private readonly texts: ConsentTextsService) {}

  @Get()
  @PublicCache()
  @ApiOperation({
    operationId: 'listConsentTexts',
    summary: 'The consent texts in force; forms show them and send back their version',
  })
  @ApiOkResponse({ type: ConsentTextListDto })
  async list(@Query() query: ConsentTextsQuery): Promise<ConsentTextListDto> {
    const rows = await this.texts.current(query.locale ?? 'de');
    return {
      items: rows.map(({ purpose, version, locale, text }) => ({ purpose, version, locale, text })),
    };
  }
}
