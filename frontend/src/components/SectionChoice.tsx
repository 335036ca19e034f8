import type { PackageSection } from '../api/types';
import { PACKAGE_SECTIONS } from '../api/types';
import { packageSectionHint, packageSectionLabel } from '../i18n/nl';
import { Choice, ChoiceGroup } from './Form';

/** The student's details always go; the other parts of the package are chosen one by one. */
export function withStudent(sections: readonly PackageSection[]): PackageSection[] {
  return PACKAGE_SECTIONS.filter((section) => section === 'STUDENT' || sections.includes(section));
}

/** Checkboxes for the parts of a handover package, for consent and for the package itself. */
export function SectionChoice({
  id,
  legend,
  description,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  description?: string;
  error?: string;
  value: readonly PackageSection[];
  onChange: (sections: PackageSection[]) => void;
}) {
  return (
    <ChoiceGroup id={id} legend={legend} description={description} error={error}>
      {PACKAGE_SECTIONS.map((section) => (
        <Choice
          key={section}
          id={`${id}-${section}`}
          type="checkbox"
          name={id}
          value={section}
          label={packageSectionLabel[section]}
          hint={packageSectionHint[section]}
          checked={section === 'STUDENT' || value.includes(section)}
          disabled={section === 'STUDENT'}
          onChange={(checked) =>
            onChange(withStudent(checked ? [...value, section] : value.filter((chosen) => chosen !== section)))
          }
        />
      ))}
    </ChoiceGroup>
  );
}
