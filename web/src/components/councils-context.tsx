import { createContext, type ReactNode, useContext } from 'react';
import type { Council } from '../api/types.ts';
import { type Loaded, useApi } from './use-api.ts';

const CouncilsContext = createContext<Loaded<Council[]> | undefined>(undefined);

/** The councils the signed-in user may see (GET /api/councils), loaded once. */
export function CouncilsProvider({ children }: { children: ReactNode }) {
  const councils = useApi<Council[]>('/api/councils');
  return <CouncilsContext.Provider value={councils}>{children}</CouncilsContext.Provider>;
}

export function useCouncils(): Loaded<Council[]> {
  const state = useContext(CouncilsContext);
  if (!state) throw new Error('useCouncils outside CouncilsProvider');
  return state;
}

/** The council with this code among the user's councils. */
export function useCouncil(code: string | undefined): Council | undefined {
  return useCouncils().data?.find((c) => c.code === code);
}
