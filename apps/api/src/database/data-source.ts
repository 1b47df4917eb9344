// Data source for the TypeORM CLI (`pnpm migration:generate`).
import { DataSource } from 'typeorm';
import { readConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

export default new DataSource(dataSourceOptions(readConfig()));
