/** What every sheet of one preview is read with: the catalogue and the user's choices so far. */
import type { UnitInfo } from '../../../shared/api/types';
import type { Indicator } from '../../../shared/domain/indicators';
import type { StoredMapping } from '../repos/layout-mappings';

export interface ReadSettings {
  indicators: readonly Indicator[];
  units: readonly UnitInfo[];
  userPeriod: string | null;
  /** Confirmed in this preview, by fingerprint. */
  confirmed: Record<string, Record<string, string | null>>;
  unitChoices: Record<string, string>;
  /** Period answers given in this preview, by fingerprint. */
  periodChoices: Record<string, 'title' | 'header'>;
  remembered: (fingerprint: string) => StoredMapping | null;
}
