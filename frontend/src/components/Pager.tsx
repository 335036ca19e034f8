import { Button } from '@utrecht/component-library-react';

/**
 * Previous/next paging with where we are, for lists the API pages. `more`: the list counted only some pages ahead
 * (the API's `totalIsLowerBound`), so there are more pages than `totalPages`.
 */
export function Pager({
  page,
  totalPages,
  more = false,
  onPage,
  label,
}: {
  page: number;
  totalPages: number;
  more?: boolean;
  onPage: (page: number) => void;
  label: string;
}) {
  if (totalPages <= 1 && !more) return null;
  return (
    <nav className="hr-pager" aria-label={label}>
      <Button type="button" appearance="secondary-action-button" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        Vorige
      </Button>
      <span aria-live="polite">
        Pagina {page + 1} van {more ? `meer dan ${totalPages}` : totalPages}
      </span>
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={!more && page + 1 >= totalPages}
        onClick={() => onPage(page + 1)}
      >
        Volgende
      </Button>
    </nav>
  );
}

/** A paged list's total, for its heading: "meer dan 550" when the API counted only some pages ahead. */
export function totalOf(list: { totalElements: number; totalIsLowerBound?: boolean }): string {
  return list.totalIsLowerBound ? `meer dan ${list.totalElements}` : String(list.totalElements);
}
