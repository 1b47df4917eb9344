import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto.js';
import { StaffOnly } from '../staff/staff-access.js';
import type { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'staff.login' })
  @IsOptional()
  @Matches(/^[a-z_-]+(\.[a-z_-]+)*$/, { message: 'action must look like "staff.login"' })
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this staff account' })
  @IsOptional()
  @IsUUID()
  account?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize: number = 50;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) accountId: string | null;
  @ApiProperty({ type: String, nullable: true }) accountEmail: string | null;
  @ApiProperty({ example: 'staff.login' }) action: string;
  @ApiProperty({ type: String, nullable: true }) subjectType: string | null;
  @ApiProperty({ type: String, nullable: true }) subjectId: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  before: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  after: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) clientIp: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: () => [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

const toDto = (entry: AuditEntryEntity): AuditEntryDto => ({
  ...entry,
  at: entry.at.toISOString(),
});

/** The audit log, for administrators. */
@ApiTags('staff')
@Controller('v1/staff/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @StaffOnly({ roles: [StaffRole.Administrator] })
  @ApiOperation({
    operationId: 'listAuditEntries',
    summary: 'Staff actions, newest first (append-only log)',
  })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const { items, total } = await this.audit.list({
      action: query.action,
      accountId: query.account,
      from: query.from,
      to: query.to,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: items.map(toDto), total, page: query.page, pageSize: query.pageSize };
  }
}
