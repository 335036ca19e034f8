import type { DirectoryEntry } from '../../api/types';

export const SEARCH_MAX = 100;
/** The directory names at most this many students (`StudentDirectoryController.DIRECTORY_LIMIT`). */
export const DIRECTORY_LIMIT = 20;
export const REASON_MAX = 400;

/** The caseload searched on one student number (the caseload keeps its search in `zoek`). */
export function caseloadLink(studentNumber: string): string {
  return `/caseload?${new URLSearchParams({ zoek: studentNumber }).toString()}`;
}

/** Who and where: all the directory tells. */
export function StudentFacts({ student }: { student: DirectoryEntry }) {
  return (
    <dl className="hr-facts hr-panel">
      <div className="hr-facts__item">
        <dt>Naam</dt>
        <dd>{student.name}</dd>
      </div>
      <div className="hr-facts__item">
        <dt>Studentnummer</dt>
        <dd>{student.studentNumber}</dd>
      </div>
      <div className="hr-facts__item">
        <dt>Locatie</dt>
        <dd>{student.locationName}</dd>
      </div>
    </dl>
  );
}
