import { Navigate } from 'react-router';
import { homePath, useSession } from '../session/SessionContext';

/** The start page sends everyone to where their work starts. */
export function HomePage() {
  return <Navigate to={homePath(useSession())} replace />;
}
