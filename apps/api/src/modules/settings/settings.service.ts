import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppSettingEntity } from './app-setting.entity.js';

/** Every runtime setting with the type of its value. */
export interface Settings {
  /** Every staff account must log in with a second factor. */
  'staff.second_factor_required': boolean;
}

/** What a setting is until an administrator changes it. */
const DEFAULTS: Settings = {
  'staff.second_factor_required': false,
};

/**
 * Settings stored in PostgreSQL, so every API process reads the same value at once (no cache:
 * they are read on rare paths such as a login).
 */
@Injectable()
export class SettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get<K extends keyof Settings>(key: K, manager?: EntityManager): Promise<Settings[K]> {
    const row = await (manager ?? this.dataSource.manager)
      .getRepository(AppSettingEntity)
      .findOneBy({ key });
    return row ? (row.value as Settings[K]) : DEFAULTS[key];
  }

  async set<K extends keyof Settings>(
    manager: EntityManager,
    key: K,
    value: Settings[K],
    accountId: string,
  ): Promise<void> {
    await manager
      .getRepository(AppSettingEntity)
      .upsert({ key, value, updatedById: accountId }, ['key']);
  }
}
