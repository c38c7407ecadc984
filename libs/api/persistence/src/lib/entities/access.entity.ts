import { EntitySchema } from 'typeorm';

import type { Dialect } from './column-types';

/** A person who logs in: the office (admin), a bureau (submitter) or a reader (viewer). */
export interface AppUserEntity {
  id: number;
  username: string;
  displayName: string;
  /** argon2id hash (PHC string). */
  passwordHash: string;
  role: 'admin' | 'submitter' | 'viewer';
  /** The one department a submitter works for; null for the other roles. */
  departmentId: number | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export const appUserSchema = (_dialect: Dialect) =>
  new EntitySchema<AppUserEntity>({
    name: 'AppUser',
    tableName: 'app_user',
    columns: {
      id: { type: 'integer', primary: true, generated: 'increment' },
      username: { type: 'varchar', length: 64, unique: true },
      displayName: { name: 'display_name', type: 'varchar', length: 100 },
      passwordHash: { name: 'password_hash', type: 'varchar', length: 200 },
      role: { type: 'varchar', length: 16 },
      departmentId: { name: 'department_id', type: 'integer', nullable: true },
      disabled: { type: 'boolean', default: false },
      createdAt: { name: 'created_at', type: 'varchar', length: 30 },
      updatedAt: { name: 'updated_at', type: 'varchar', length: 30 },
    },
    foreignKeys: [
      {
        target: 'Department',
        columnNames: ['departmentId'],
        referencedColumnNames: ['id'],
      },
    ],
  });

/** A login: the SHA-256 of its random token, never the token itself. */
export interface AppSessionEntity {
  tokenHash: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
  ip: string;
  userAgent: string;
}

export const appSessionSchema = (_dialect: Dialect) =>
  new EntitySchema<AppSessionEntity>({
    name: 'AppSession',
    tableName: 'app_session',
    columns: {
      tokenHash: {
        name: 'token_hash',
        type: 'varchar',
        length: 64,
        primary: true,
      },
      userId: { name: 'user_id', type: 'integer' },
      createdAt: { name: 'created_at', type: 'varchar', length: 30 },
      expiresAt: { name: 'expires_at', type: 'varchar', length: 30 },
      ip: { type: 'varchar', length: 64 },
      userAgent: { name: 'user_agent', type: 'varchar', length: 300 },
    },
    indices: [{ name: 'idx_session_user', columns: ['userId'] }],
    foreignKeys: [
      {
        target: 'AppUser',
        columnNames: ['userId'],
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      },
    ],
  });

/** One line of the append-only audit log (database triggers refuse UPDATE and DELETE). */
export interface AuditLogEntity {
  id: number;
  at: string;
  userId: number | null;
  /** The username then, kept even if the user is renamed. */
  actor: string;
  action: string;
  /** What it was done to, e.g. submission:123 or user:alice. */
  target: string;
  /** JSON object with the particulars. */
  details: string;
  ip: string;
}

export const auditLogSchema = (_dialect: Dialect) =>
  new EntitySchema<AuditLogEntity>({
    name: 'AuditLog',
    tableName: 'audit_log',
    columns: {
      id: { type: 'integer', primary: true, generated: 'increment' },
      at: { type: 'varchar', length: 30 },
      userId: { name: 'user_id', type: 'integer', nullable: true },
      actor: { type: 'varchar', length: 64 },
      action: { type: 'varchar', length: 32 },
      target: { type: 'varchar', length: 200 },
      details: { type: 'text' },
      ip: { type: 'varchar', length: 64 },
    },
    indices: [
      { name: 'idx_audit_at', columns: ['at'] },
      { name: 'idx_audit_action', columns: ['action', 'at'] },
    ],
  });

/**
 * One event counted by a rate limit (a login attempt, a bureau's submission): kept
 * in the database, so that every server process on it counts against one limit.
 */
export interface RateEventEntity {
  id: number;
  /** The limit's name and what it counts by, e.g. login-failures:alice|10.0.0.1. */
  key: string;
  at: string;
}

export const rateEventSchema = (_dialect: Dialect) =>
  new EntitySchema<RateEventEntity>({
    name: 'RateEvent',
    tableName: 'rate_event',
    columns: {
      id: { type: 'integer', primary: true, generated: 'increment' },
      key: { type: 'varchar', length: 200 },
      at: { type: 'varchar', length: 30 },
    },
    indices: [
      { name: 'idx_rate_event_key', columns: ['key', 'at'] },
      { name: 'idx_rate_event_at', columns: ['at'] },
    ],
  });
