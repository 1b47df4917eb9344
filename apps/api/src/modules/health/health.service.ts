import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { API_VERSION } from '../../version.js';
import type { HealthDto } from './health.controller.js';

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<HealthDto> {
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ProblemException('SERVICE.DATABASE_UNAVAILABLE');
    }
    return {
      status: 'ok',
      database: 'up',
      databaseLatencyMs: Math.round(performance.now() - started),
      version: API_VERSION,
    };
  }
}
