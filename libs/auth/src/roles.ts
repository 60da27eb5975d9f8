export const ROLES = ['clerk', 'unit_admin', 'leader', 'system_admin'] as const;
/** clerk: văn thư; unit_admin: handles one unit's tasks; leader: signs for one issuer; system_admin. */
export type Role = (typeof ROLES)[number];

/** The signed-in caller, as every service receives it. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  /** unit_admin: the unit whose tasks it handles; leader: the issuer it signs for. */
  unitId: string | null;
}

/**
 * Which units' tasks a user may see and change: a unit admin only its own unit's; the issuing
 * office (clerks, the leaders who sign for it, administrators) every unit it sends work to.
 */
export function unitScope(user: AuthUser): 'all' | string[] {
  if (user.role !== 'unit_admin') return 'all';
  return user.unitId ? [user.unitId] : [];
}
