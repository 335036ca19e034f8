import { Paragraph } from '@utrecht/component-library-react';
import { useProviderProposals } from '../../api/queries';
import type { ProviderProposal } from '../../api/types';
import { ErrorState, LoadingState } from '../../components/States';
import { formatDate } from '../../format';
import { lifeDomainLabel, providerKindLabel } from '../../i18n/nl';
import { listText, reasonText, waitingTimeText, warningText } from './proposalText';

/**
 * The REFER form's choice of provider: not a free list but the proposals for this case, best fit first, each with
 * why it fits, how long the wait is and what to watch for; the coordinator chooses one.
 */
export function ProviderProposalsChoice({
  id,
  caseId,
  legend,
  value,
  error,
  onChange,
}: {
  id: string;
  caseId: number;
  legend: string;
  value: string;
  error?: string;
  onChange: (providerId: string) => void;
}) {
  const proposals = useProviderProposals(caseId);
  const data = proposals.data;
  const municipality = data?.municipality?.name ?? 'de woongemeente';
  return (
    <fieldset
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hr-fieldset"
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <p id={`${id}-hint`} className="utrecht-form-field-description">
        {data
          ? `Voorstellen voor een student van ${data.studentAge} jaar uit ${municipality}` +
            (data.lifeDomains.length > 0
              ? `, over ${listText(data.lifeDomains.map((domain) => lifeDomainLabel[domain].toLowerCase()))}`
              : '') +
            ': de best passende eerst.'
          : 'Voorstellen uit de sociale kaart, de best passende eerst.'}
      </p>
      {error && (
        <p id={`${id}-error`} className="utrecht-form-field-error-message">
          {error}
        </p>
      )}
      {proposals.isPending && <LoadingState label="De voorstellen worden geladen…" />}
      {proposals.error && (
        <ErrorState
          error={proposals.error}
          title="De voorstellen zijn niet beschikbaar"
          onRetry={() => void proposals.refetch()}
        />
      )}
      {data?.warnings.includes('WOONGEMEENTE_UNKNOWN') && (
        <Paragraph className="hr-warning">
          De woongemeente van de student staat niet op de lijst van gemeenten. Laat die eerst corrigeren in de
          studentenadministratie; tot dan past geen zorgaanbieder.
        </Paragraph>
      )}
      {data && data.proposals.length === 0 && !data.warnings.includes('WOONGEMEENTE_UNKNOWN') && (
        <Paragraph className="hr-muted">
          Geen zorgaanbieder in de sociale kaart helpt studenten van deze leeftijd en woongemeente bij deze
          levensdomeinen. Vraag de functioneel beheerder de sociale kaart aan te vullen.
        </Paragraph>
      )}
      {data && data.proposals.length > 0 && (
        <ol className="hr-proposals">
          {data.proposals.map((proposal) => (
            <ProposalOption
              key={proposal.provider.id}
              id={`${id}-${proposal.provider.id}`}
              name={id}
              proposal={proposal}
              age={data.studentAge}
              municipality={municipality}
              checked={value === String(proposal.provider.id)}
              invalid={Boolean(error)}
              onChange={onChange}
            />
          ))}
        </ol>
      )}
    </fieldset>
  );
}

function ProposalOption({
  id,
  name,
  proposal,
  age,
  municipality,
  checked,
  invalid,
  onChange,
}: {
  id: string;
  name: string;
  proposal: ProviderProposal;
  age: number;
  municipality: string;
  checked: boolean;
  invalid: boolean;
  onChange: (providerId: string) => void;
}) {
  const { provider, waitingTime, warnings } = proposal;
  const contact = provider.contact;
  return (
    <li className={`hr-proposal${checked ? ' hr-proposal--chosen' : ''}`}>
      <div className="utrecht-form-field utrecht-form-field--radio hr-choice">
        <input
          id={id}
          type="radio"
          name={name}
          value={String(provider.id)}
          checked={checked}
          className="utrecht-radio-button utrecht-radio-button--html-input"
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-details`}
          onChange={() => onChange(String(provider.id))}
        />
        <label htmlFor={id} className="utrecht-form-label utrecht-form-label--radio">
          {proposal.rank}. {provider.name} ({providerKindLabel[provider.kind]})
        </label>
      </div>
      <div id={`${id}-details`} className="hr-proposal__details">
        <p>
          {waitingTimeText(waitingTime)}
          {proposal.expectedStart && ` Verwachte start rond ${formatDate(proposal.expectedStart)}.`}
        </p>
        {warnings.length > 0 && (
          <ul className="hr-proposal__warnings">
            {warnings.map((warning) => (
              <li key={warning.code} className="hr-warning">
                <span aria-hidden="true">⚠ </span>
                <span className="hr-visually-hidden">Let op: </span>
                {warningText(warning)}
              </li>
            ))}
          </ul>
        )}
        <ul className="hr-proposal__reasons">
          {proposal.reasons.map((reason) => (
            <li key={reason.code}>{reasonText(reason, age, municipality)}</li>
          ))}
        </ul>
        {(contact.phone || contact.email || contact.website || contact.intakeProcedure) && (
          <p className="hr-muted">
            {[contact.phone && `Telefoon ${contact.phone}`, contact.email, contact.website].filter(Boolean).join(' · ')}
            {contact.intakeProcedure && (
              <>
                {contact.phone || contact.email || contact.website ? <br /> : null}
                Aanmelden: {contact.intakeProcedure}
              </>
            )}
          </p>
        )}
      </div>
    </li>
  );
}
