import { measureKindLabel, useMeasuresCard } from '../../api/agreements';
import { formatDate } from '../../format';

/**
 * Waar kan deze student op rekenen: the measures in force, for the SLB'er on the student's card. Never the need
 * behind them: the API does not give it.
 */
export function MeasuresOnCard({ studentId }: { studentId: number }) {
  const card = useMeasuresCard(studentId);
  if (card.isPending) return <p className="hr-muted">Afspraken worden geladen…</p>;
  if (card.error) return <p className="hr-muted">De afspraken konden niet worden geladen.</p>;
  const measures = card.data.measures;
  return (
    <div className={measures.length === 0 ? 'hr-card__empty' : 'hr-card__measures'}>
      <p className="hr-card__empty-title">Waar kan deze student op rekenen?</p>
      {measures.length === 0 ? (
        <p>Er zijn geen afspraken over extra ondersteuning die nu gelden.</p>
      ) : (
        <>
          <ul>
            {measures.map((measure) => (
              <li key={measure.id}>
                <strong>{measure.description}</strong>
                <br />
                <span className="hr-muted">
                  {measureKindLabel[measure.kind]} · {measure.responsible}
                  {measure.appliesDuringInternship ? ' · ook in de bpv' : ''}
                </span>
              </li>
            ))}
          </ul>
          <p className="hr-muted">Geldt sinds {formatDate(card.data.inForceSince)}.</p>
        </>
      )}
    </div>
  );
}
