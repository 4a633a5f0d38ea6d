import type { Verdict } from '../../../../shared/domain/progress';

/** Bar colours by verdict; each is at least 3:1 against white, as a graphic must be. */
export const STATUS_COLOR: Record<Verdict, string> = {
  met: '#237804',
  on_track: '#389e0d',
  behind: '#d46b08',
  not_met: '#cf1322',
  no_pace: '#737373',
  no_target: '#737373',
  no_data: '#737373',
};

// Legend text stays near-black on white (over 15:1), whatever colour its swatch is.
const TEXT_COLOR = '#262626';

export interface LegendItem {
  key: string;
  swatch: 'box' | 'line' | 'dash' | 'diamond' | 'dot' | 'hollow';
  color: string;
  text: string;
}

function Swatch({ swatch, color }: { swatch: LegendItem['swatch']; color: string }) {
  return (
    <svg width="18" height="12" aria-hidden="true" style={{ flex: 'none' }}>
      {swatch === 'box' && <rect x="2" y="1" width="14" height="10" fill={color} />}
      {swatch === 'line' && <line x1="0" y1="6" x2="18" y2="6" stroke={color} strokeWidth="2" />}
      {swatch === 'dash' && (
        <line x1="0" y1="6" x2="18" y2="6" stroke={color} strokeWidth="2" strokeDasharray="5 3" />
      )}
      {swatch === 'diamond' && <path d="M9 1 L14 6 L9 11 L4 6 Z" fill={color} />}
      {swatch === 'dot' && <circle cx="9" cy="6" r="4" fill={color} />}
      {swatch === 'hollow' && <circle cx="9" cy="6" r="4" fill="#fff" stroke={color} strokeWidth="2" />}
    </svg>
  );
}

/** The chart's key as plain HTML text: readable, selectable, and testable without drawing the chart. */
export function ChartLegend({ items, testId }: { items: LegendItem[]; testId: string }) {
  return (
    <ul
      data-testid={testId}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '4px 16px',
        listStyle: 'none',
        margin: '4px 0 0',
        padding: 0,
        color: TEXT_COLOR,
        fontSize: 13,
      }}
    >
      {items.map((i) => (
        <li key={i.key} style={{ display: 'flex', alignItems: 'center', gap: 6 }} data-legend={i.key}>
          <Swatch swatch={i.swatch} color={i.color} />
          <span style={{ color: TEXT_COLOR }}>{i.text}</span>
        </li>
      ))}
    </ul>
  );
}
