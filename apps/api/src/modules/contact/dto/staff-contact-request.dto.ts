import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactRequestStatus } from '@stadtgespraech/domain/communication';
import { enumValues, Locale } from '@stadtgespraech/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/dto/page-query.dto.js';

export class ContactInboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: enumValues(ContactRequestStatus), default: 'new' })
  @IsOptional()
  @IsIn(enumValues(ContactRequestStatus))
  status: ContactRequestStatus = 'new';
}

export class ContactRecipientDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** A message of the contact form as staff see it in the inbox. */
export class StaffContactRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true, description: 'As the sender wrote it' })
  organisation: string | null;
  @ApiProperty() subject: string;
  @ApiProperty() message: string;
  @ApiProperty({
    type: () => ContactRecipientDto,
    nullable: true,
    description: 'The organisation written to; null: the operator of the platform',
  })
  recipient: ContactRecipientDto | null;
  @ApiProperty({ enum: enumValues(Locale) }) locale: Locale;
  @ApiProperty({ description: 'The consent text the sender agreed to' }) consentText: string;
  @ApiProperty() consentVersion: string;
  @ApiProperty({ enum: enumValues(ContactRequestStatus) }) status: ContactRequestStatus;
}

export class ContactStatusCountsDto {
  @ApiProperty() new: number;
  @ApiProperty() answered: number;
  @ApiProperty() closed: number;
}

export class ContactInboxPageDto {
  @ApiProperty({ type: () => [StaffContactRequestDto] }) items: StaffContactRequestDto[];
  @ApiProperty({ type: () => ContactStatusCountsDto }) counts: ContactStatusCountsDto;
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
