import type { CareTeamRole, MembershipEndReason } from './labels';

// A care-team membership. Calendar dates are YYYY-MM-DD.

export interface MembershipDto {
  id: string;
  workerId: string;
  workerName: string;
  workerProfession: string;
  role: CareTeamRole;
  startsOn: string;
  endsOn: string | null;
  endReason: MembershipEndReason | null;
  endNote: string | null;
  handoverNote: string | null;
  isActive: boolean;
}
