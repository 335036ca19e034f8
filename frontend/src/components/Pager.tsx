import { Button } from '@utrecht/component-library-react';

/** Previous/next paging with where we are, for lists the API pages. */
export function Pager({
  page,
  totalPages,
  onPage,
  label,
}: {
  page: number;
  totalPages: number;
  onPage: (page: number) => void;
  label: string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav className="hr-pager" aria-label={label}>
      <Button type="button" appearance="secondary-action-button" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        Vorige
      </Button>
      <span aria-live="polite">
        Pagina {page + 1} van {totalPages}
      </span>
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={page + 1 >= totalPages}
        onClick={() => onPage(page + 1)}
      >
        Volgende
      </Button>
    </nav>
  );
}
