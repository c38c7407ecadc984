import { userInfo } from 'node:os';

import type { AuditActor } from '@gongkai/api-persistence';

/** Who the audit log names for a command run on this machine: `cli:<login name>`. */
export function cliActor(): AuditActor {
  return {
    userId: null,
    actor: `cli:${userInfo().username}`.slice(0, 64),
    ip: 'local',
  };
}
