import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { useActiveBreakGlass } from '../../api/queries';
import { ErrorState } from '../../components/States';
import { formatDateTime } from '../../format';
import { caseloadLink } from './studentLinks';

/**
 * The break-glass grants this zorgcoördinator holds now: whose cases they read outside their own locations, why and
 * until when. Nothing shows while there are none.
 */
export function ActiveBreakGlass() {
  const active = useActiveBreakGlass();
  if (active.error) return <ErrorState error={active.error} onRetry={() => void active.refetch()} />;
  if (!active.data || active.data.length === 0) return null;
  return (
    <section aria-labelledby="actief-kop" className="hr-section">
      <Heading level={2} id="actief-kop">
        Je noodtoegang nu
      </Heading>
      <ul className="hr-grants">
        {active.data.map(({ student, reason, expiresAt }) => (
          <li key={student.id} className="hr-panel">
            <Paragraph>
              <Link to={caseloadLink(student.studentNumber)} className="utrecht-link">
                {student.name} ({student.studentNumber})
              </Link>
              , {student.locationName}: lezen tot <strong>{formatDateTime(expiresAt)}</strong>
            </Paragraph>
            <Paragraph className="hr-muted">Je reden: {reason}</Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}
