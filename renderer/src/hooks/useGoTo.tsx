import { createContext, useContext } from 'react';
import type { SectionKey } from '../App';

/**
 * Opens another section of the app from inside a screen (a next step after an import, a first-run link).
 * Null where no frame provides it (a screen rendered alone), and the links are then left out.
 */
const GoTo = createContext<((section: SectionKey) => void) | null>(null);

export const GoToProvider = GoTo.Provider;

export function useGoTo(): ((section: SectionKey) => void) | null {
  return useContext(GoTo);
}
