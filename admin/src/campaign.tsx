import { createContext, useContext } from 'react';
import type { paths } from './api/schema';

export type Campaign = paths['/campaigns']['get']['responses'][200]['content']['application/json']['items'][number];
export type Role = Campaign['role'];

const rank: Record<Role, number> = { viewer: 0, organizer: 1, admin: 2, owner: 3 };

/** The same role ladder the API enforces: the console hides what the API would refuse. */
export function atLeast(role: Role, needed: Role): boolean {
  return rank[role] >= rank[needed];
}

export const CampaignContext = createContext<Campaign | null>(null);

export function useCampaign(): Campaign {
  const c = useContext(CampaignContext);
  if (!c) throw new Error('useCampaign outside a campaign');
  return c;
}

/** True when the signed-in organizer's role in this campaign is at least `needed`. */
export function useCan(needed: Role): boolean {
  return atLeast(useCampaign().role, needed);
}
