import { Module } from '@nestjs/common';
import { SettingsService } from './settings.service.js';

/** Runtime settings administrators change (stored in `app_setting`). */
@Module({
  providers: [SettingsService],
  exports: [SettingsService],
})
export class SettingsModule {}
