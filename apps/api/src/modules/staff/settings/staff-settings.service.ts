import { Injectable } from '@nestjs/common';
import type { StaffSettingsDto } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { ProblemException } from '../../../common/problem.js';
import { AppConfig } from '../../../config/app-config.js';
import { AuditService } from '../../audit/audit.service.js';
import { SettingsService } from '../../settings/settings.service.js';
import type { StaffActor } from '../staff-actor.js';
import { StaffAuthService } from '../staff-auth.service.js';
import type { StaffSettingsViewDto } from '../staff.dto.js';

const SECOND_FACTOR = 'staff.second_factor_required';

/** Reads and changes the staff accounts' security settings. */
@Injectable()
export class StaffSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly settings: SettingsService,
    private readonly auth: StaffAuthService,
    private readonly audit: AuditService,
  ) {}

  async view(): Promise<StaffSettingsViewDto> {
    return {
      secondFactorRequired: await this.auth.secondFactorRequired(),
      secondFactorRequiredByOperator: this.config.STAFF_SECOND_FACTOR_REQUIRED,
    };
  }

  /**
   * Switching the requirement on ends every session of an account without a second factor: the
   * sessions opened without it would otherwise outlive the rule by hours.
   */
  async update(input: StaffSettingsDto, actor: StaffActor): Promise<StaffSettingsViewDto> {
    if (input.secondFactorRequired && !actor.staff.account.totpEnabledAt)
      throw new ProblemException('SETTINGS.OWN_SECOND_FACTOR_MISSING');
    await this.dataSource.transaction(async (manager) => {
      const before = await this.settings.get(SECOND_FACTOR, manager);
      if (before === input.secondFactorRequired) return;
      await this.settings.set(
        manager,
        SECOND_FACTOR,
        input.secondFactorRequired,
        actor.staff.account.id,
      );
      if (input.secondFactorRequired)
        await manager.query(
          `DELETE FROM staff_session s USING staff_account a
            WHERE s.account_id = a.id AND a.totp_enabled_at IS NULL`,
        );
      const { id, email } = actor.staff.account;
      await this.audit.record(
        {
          account: { id, email },
          action: 'settings.update',
          subject: { type: 'setting', id: SECOND_FACTOR },
          before: { secondFactorRequired: before },
          after: { secondFactorRequired: input.secondFactorRequired },
          clientIp: actor.clientIp,
        },
        manager,
      );
    });
    return this.view();
  }
}
