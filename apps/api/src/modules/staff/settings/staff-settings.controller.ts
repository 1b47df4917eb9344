import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffRole, StaffSettingsDto } from '@stadtgespraech/domain/staff';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff-access.js';
import { CurrentActor, type StaffActor } from '../staff-actor.js';
import { StaffSettingsViewDto } from '../staff.dto.js';
import { StaffSettingsService } from './staff-settings.service.js';

/** The security settings of the staff accounts (administrators). */
@ApiTags('staff')
@Controller('v1/staff/settings')
export class StaffSettingsController {
  constructor(private readonly settings: StaffSettingsService) {}

  @Get()
  @StaffOnly({ roles: [StaffRole.Administrator] })
  @ApiOperation({ operationId: 'getStaffSettings', summary: 'The security settings' })
  @ApiOkResponse({ type: StaffSettingsViewDto })
  get(): Promise<StaffSettingsViewDto> {
    return this.settings.view();
  }

  @Put()
  @StaffOnly({ roles: [StaffRole.Administrator] })
  @ApiOperation({
    operationId: 'updateStaffSettings',
    summary: 'Changes the security settings',
    description:
      'Requiring the second factor needs one on your own account first; it ends the sessions of every account without one, which set it up at their next login.',
  })
  @ApiBody({ type: StaffSettingsDto })
  @ApiOkResponse({ type: StaffSettingsViewDto })
  @ApiProblems(400, 409)
  update(
    @Body() input: StaffSettingsDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffSettingsViewDto> {
    return this.settings.update(input, actor);
  }
}
