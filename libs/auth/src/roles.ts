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
  /** The organisation (registry) of its unit, the first segment of the unit's code; null without a unit. */
  organisation: string | null;
  /** Set when the caller is another system with an API token (it then acts as its organisation's clerk). */
  apiToken?: { id: string; name: string; permissions: string[] };
}

/** What a person reads for each role (the web interface says the same). */
export const ROLE_LABELS: Record<Role, string> = {
  clerk: 'Văn thư',
  unit_admin: 'Quản trị đơn vị',
  leader: 'Lãnh đạo',
  system_admin: 'Quản trị hệ thống',
};
