import { computed, shallowRef } from 'vue';
import {
  execute,
  loginMutation,
  logoutMutation,
  sessionQuery,
} from '@gongkai/web-data-access';
import type { SessionQuery } from '@gongkai/web-data-access';

import { loadCatalogue } from './use-catalogue';

export type SessionUser = NonNullable<SessionQuery['session']['user']>;
export type Role = SessionUser['role'];

/**
 * Who may open a page, as the server decides for its data: `aggregate` pages are
 * the office's and leaders' (and everyone's when public reading is on), `staff`
 * only theirs, `submit` the office's and bureaus', `admin` the office's.
 */
export type PageAccess =
  'public' | 'aggregate' | 'staff' | 'read' | 'submit' | 'admin';

const state = shallowRef<SessionQuery | null>(null);
let pending: Promise<SessionQuery> | null = null;

export function loadSession(force = false): Promise<SessionQuery> {
  if (!pending || force) {
    pending = execute(sessionQuery, {}).then(
      (s) => (state.value = s),
      (e: unknown) => {
        pending = null;
        throw e;
      },
    );
  }
  return pending;
}

export function can(access: PageAccess, s: SessionQuery | null): boolean {
  const role = s?.session.user?.role ?? null;
  const publicRead = s?.session.publicRead ?? false;
  switch (access) {
    case 'public':
      return true;
    case 'aggregate':
      return (
        role === 'admin' || role === 'viewer' || (role === null && publicRead)
      );
    case 'staff':
      return role === 'admin' || role === 'viewer';
    case 'read':
      return role !== null;
    case 'submit':
      return role === 'admin' || role === 'submitter';
    case 'admin':
      return role === 'admin';
  }
}

/** The first page of a role: bureaus start at submitting, others at the overview. */
export function homeOf(s: SessionQuery | null): string {
  return s?.session.user?.role === 'submitter' ? '/submit' : '/';
}

export async function login(username: string, password: string): Promise<void> {
  await execute(loginMutation, { input: { username, password } });
  await loadSession(true);
  void loadCatalogue(true).catch(() => undefined);
}

export async function logout(): Promise<void> {
  await execute(logoutMutation, {}).catch(() => undefined);
  await loadSession(true);
}

export function useSession() {
  return {
    session: state,
    user: computed(() => state.value?.session.user ?? null),
    installation: computed(() => state.value?.installation ?? null),
    can: (access: PageAccess) => can(access, state.value),
  };
}
