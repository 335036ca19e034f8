import type { CaseCounts, CaseState } from '../../api/types';
import { CASE_STATES } from '../../api/types';
import { stateLabel } from '../../i18n/nl';

/** Cases per state; each count is also a toggle that filters the table on that state. */
export function StateCounts({
  counts,
  selected,
  onToggle,
  states = CASE_STATES,
}: {
  counts: CaseCounts;
  selected: CaseState[];
  onToggle: (state: CaseState) => void;
  /** the phases worth showing: an external professional only sees cases while they are with their provider */
  states?: readonly CaseState[];
}) {
  return (
    <div className="hr-state-counts" role="group" aria-label="Aantal casussen per fase; kies een fase om te filteren">
      {states.map((state) => {
        const pressed = selected.includes(state);
        return (
          <button
            key={state}
            type="button"
            aria-pressed={pressed}
            className={`hr-state-count${pressed ? ' hr-state-count--active' : ''}`}
            onClick={() => onToggle(state)}
          >
            <span className="hr-state-count__label">{stateLabel[state]}</span>
            <span className="hr-state-count__number">{counts.byState?.[state] ?? 0}</span>
          </button>
        );
      })}
    </div>
  );
}
