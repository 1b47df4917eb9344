import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { StaffOnly } from './staff-access.js';
import { StaffAccountEntity } from './staff-account.entity.js';
import { StaffAccountListDto, toStaffAccountDto } from './staff.dto.js';

/** Staff management (administrators). */
@ApiTags('staff')
@Controller('v1/staff/accounts')
export class StaffAccountsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @StaffOnly({ roles: [StaffRole.Administrator] })
  @ApiOperation({ operationId: 'listStaffAccounts', summary: 'Every staff account' })
  @ApiOkResponse({ type: StaffAccountListDto })
  async list(): Promise<StaffAccountListDto> {
    const accounts = await this.dataSource.getRepository(StaffAccountEntity).find({
      relations: { organisations: true },
      order: { displayName: 'ASC' },
    });
    return { items: accounts.map(toStaffAccountDto) };
  }
}
