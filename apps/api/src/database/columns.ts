import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** created_at / updated_at as timestamptz, set by the database. */
export const CreatedAt = () => CreateDateColumn({ type: 'timestamptz' });
export const UpdatedAt = () => UpdateDateColumn({ type: 'timestamptz' });
