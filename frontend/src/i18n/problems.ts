import type { Problem } from '../api/problem';

/** Every problem code of the API in plain Dutch. Codes not listed fall back on their HTTP status. */
const byCode: Record<string, string> = {
  network: 'Er is geen verbinding met Hulproute. Controleer je internetverbinding en probeer het opnieuw.',
  internal:
    'Er ging bij ons iets mis. Probeer het later opnieuw; blijft het misgaan, meld het dan bij de functioneel beheerder.',
  'auth.unauthenticated': 'Je bent niet (meer) ingelogd. Log opnieuw in.',
  'auth.bad-credentials': 'De gebruikersnaam of het wachtwoord klopt niet.',
  'auth.forbidden': 'Dit mag je met jouw rol niet doen.',
  'auth.sign-in-throttled':
    'Te vaak een verkeerd wachtwoord. Inloggen met deze gebruikersnaam of vanaf dit adres kan even niet; probeer het over een paar minuten opnieuw.',
  'auth.csrf-token-missing': 'Je sessie is verlopen of de pagina is verouderd. Laad de pagina opnieuw.',
  'request.duplicate-key': 'Het verzoek noemt een veld twee keer. Laad de pagina opnieuw en probeer het nog eens.',
  'request.rejected': 'Dit adres wordt niet geaccepteerd. Controleer het adres of laad de pagina opnieuw.',
  'not-found': 'Deze pagina of gegevens bestaan niet (meer).',
  conflict: 'Dit botst met gegevens die al zijn opgeslagen.',
  'concurrent-modification':
    'Iemand anders wijzigde dit op hetzelfde moment. Laad de gegevens opnieuw en probeer het nog eens.',
  'request.invalid': 'Niet alle velden zijn goed ingevuld.',
  'request.malformed': 'Het verzoek kon niet worden gelezen. Laad de pagina opnieuw.',
  'people.students-forbidden': 'Met jouw rol kun je geen studenten opzoeken.',
  'case.read-forbidden': 'Met jouw rol kun je geen casussen bekijken.',
  'case.not-found': 'Deze casus bestaat niet, of je hebt er geen toegang toe.',
  'case.event-forbidden': 'Met jouw rol mag je deze stap niet zetten.',
  'case.event-not-allowed': 'Deze stap kan niet in de huidige fase van de casus. De casus is opnieuw geladen.',
  'case.version-stale':
    'De casus is gewijzigd sinds je hem opende. Hij is opnieuw geladen; bekijk wat er veranderde en probeer het zo nodig opnieuw.',
  'consent.record-forbidden': 'Alleen de zorgcoördinator van de casus legt toestemming vast.',
  'consent.unknown-provider': 'Deze zorgaanbieder staat niet in de sociale kaart.',
  'consent.valid-until-in-past': 'De toestemming moet geldig zijn tot vandaag of later.',
  'note.write-forbidden': 'Alleen wie aan de casus werkt, schrijft er notities bij.',
  'note.confidential-forbidden': 'Vertrouwelijke notities zijn alleen voor de zorgcoördinatoren van de casus.',
  'note.statement-forbidden': 'Alleen de zorgcoördinator van de casus legt een verklaring van de student vast.',
  'note.not-found': 'Deze notitie bestaat niet (meer).',
  'note.version-stale':
    'Iemand anders heeft deze notitie net gewijzigd. De nieuwe tekst staat nu in het formulier; bekijk die en corrigeer zo nodig opnieuw.',
  'signal.not-found': 'Dit signaal bestaat niet (meer).',
  'signal.version-stale':
    'Iemand anders heeft dit signaal net gewijzigd. De nieuwe tekst staat nu in het formulier; bekijk die en corrigeer zo nodig opnieuw.',
  'waiting-list.forbidden': 'Met jouw rol heb je geen wachtlijst.',
  'bridging.forbidden':
    'Alleen de contactpersoon voor de overbrugging en de zorgcoördinator van de casus leggen contacten vast.',
  'bridging.no-plan': 'Deze casus heeft nu geen overbruggingsplan met een contactpersoon.',
  'bridging.contact-in-future':
    'Leg een contact vast als het heeft plaatsgevonden: de datum kan niet in de toekomst liggen.',
  'mail.not-failed': 'Alleen een mislukte e-mail kan opnieuw worden verstuurd.',
  'mail.not-found': 'Deze e-mail bestaat niet (meer).',
  'correction.forbidden': 'Alleen de zorgcoördinatoren van de casus corrigeren wat erin is vastgelegd.',
  'correction.text-unchanged': 'De tekst is nog hetzelfde als wat er stond. Pas aan wat niet klopt.',
  'record.export-forbidden': 'Alleen de zorgcoördinator van de student maakt een inzage-export.',
  'consent.student-section-required': 'Toestemming geldt minstens voor de gegevens van de student.',
  'consent.already-withdrawn': 'Deze toestemming was al ingetrokken.',
  'agreement.forbidden': 'Alleen de zorgcoördinator van de student werkt met ondersteuningsafspraken.',
  'agreement.measures-forbidden': 'Alleen de SLB’er en de zorgcoördinator van de student zien de maatregelen.',
  'agreement.not-found': 'Deze afspraak bestaat niet, of je hebt er geen toegang toe.',
  'agreement.already-running': 'Deze student heeft al een lopende afspraak. Wijzig die, of beëindig haar eerst.',
  'agreement.version-stale':
    'De afspraak is gewijzigd sinds je haar opende. Ze is opnieuw geladen; bekijk wat er veranderde en probeer het opnieuw.',
  'agreement.ended': 'Deze afspraak is beëindigd. Begin een nieuwe als er weer ondersteuning nodig is.',
  'agreement.nothing-to-accept':
    'De nieuwste versie is al geaccepteerd. Wijzig de afspraak om een nieuwe versie te maken.',
  'agreement.already-accepted': 'Deze versie is door deze persoon al geaccepteerd.',
  'agreement.parent-acceptance-not-needed':
    'Vanaf 16 jaar accepteert de student alleen; een ouder hoeft niet mee te tekenen.',
  'agreement.acceptance-before-previous': 'Een nieuwe versie kan niet eerder geaccepteerd zijn dan de vorige.',
  'agreement.end-before-acceptance': 'Een afspraak kan niet eindigen voordat ze voor het eerst is geaccepteerd.',
  'agreement.date-in-future': 'Leg vast wat er gebeurd is: de datum mag in het verleden liggen, niet in de toekomst.',
  'agreement.no-measures': 'Een versie zonder maatregelen kan niet worden geaccepteerd.',
  'agreement.not-accepted': 'Leg eerst de acceptatie vast; alleen een geaccepteerde afspraak wordt geëvalueerd.',
  'evaluation.not-in-force': 'Op die dag gold de afspraak niet (nog niet geaccepteerd, of al beëindigd).',
  'evaluation.next-due-out-of-range': 'De volgende evaluatie ligt na deze en uiterlijk 12 maanden later.',
  'evaluation.unknown-measure': 'Een uitkomst hoort bij een maatregel die niet in de geldende versie staat.',
  'evaluation.duplicate-measure': 'Geef elke maatregel één uitkomst.',
  'compliance.forbidden': 'Alleen auditors en zorgcoördinatoren zien de naleving.',
  'compliance.as-of-in-future': 'De peildatum is vandaag of een dag in het verleden.',
  'compliance.months-out-of-range': 'Kies 1 tot 60 maanden.',
  'consent.not-found': 'Deze toestemming bestaat niet (meer).',
  'case.section-not-consented': 'De student gaf geen toestemming om dit deel van de casus met jou te delen.',
  'privacy.access-log-forbidden': 'Alleen de privacy officer bekijkt het toegangslog.',
  'privacy.break-glass-not-needed':
    'Deze student hoort bij een locatie waar jij werkt: je ziet de casussen al in je caseload. Noodtoegang is niet nodig.',
  'people.directory-forbidden':
    'Alleen zorgcoördinatoren zoeken studenten van andere locaties op en gebruiken noodtoegang.',
  'people.staff-forbidden': 'Met jouw rol kun je geen collega’s opzoeken.',
  'student.not-found': 'Deze student bestaat niet (meer). Zoek opnieuw op studentnummer.',
  'notification.not-found': 'Deze melding bestaat niet (meer).',
  'lifecycle.guard.package-required': 'Kies wat er meegaat; de gegevens van de student gaan altijd mee.',
  'lifecycle.guard.consent-does-not-cover-package':
    'De toestemming dekt niet alles wat je wilt meesturen. Stuur minder mee, of leg eerst ruimere toestemming vast.',
  'consent.parent-not-involved-from-18':
    'Vanaf 18 jaar beslist de student zelf; toestemming van een ouder wordt niet vastgelegd.',
  'admin.forbidden': 'Alleen de functioneel beheerder beheert gebruikers, locaties, teams en de sociale kaart.',
  'admin.user.not-found': 'Deze gebruiker bestaat niet (meer).',
  'admin.user.username-taken': 'Deze gebruikersnaam is al in gebruik. Kies een andere.',
  'admin.user.provider-required': 'Kies de zorgaanbieder waar deze externe professional werkt.',
  'admin.user.provider-not-allowed': 'Alleen een externe professional werkt bij een zorgaanbieder.',
  'admin.user.provider-unknown': 'Deze zorgaanbieder staat niet in de sociale kaart.',
  'admin.user.location-required': 'Een zorgcoördinator of SLB’er werkt op minstens één locatie.',
  'admin.user.location-unknown': 'Een van de gekozen locaties bestaat niet (meer).',
  'admin.user.self-lockout':
    'Je kunt jezelf niet deactiveren en je eigen rol van functioneel beheerder niet afnemen. Vraag dat aan een andere beheerder.',
  'admin.user.version-stale':
    'Iemand anders wijzigde deze gebruiker sinds je hem opende. De gegevens zijn opnieuw geladen; controleer ze en sla opnieuw op.',
  'admin.user.password-not-used':
    'Gebruikers loggen hier in via de school (eigen account); een wachtwoord wordt niet gebruikt. Laat het leeg.',
  'admin.location.code-taken':
    'Deze locatiecode is al in gebruik. Kies de code die het schoolaccount voor deze locatie stuurt.',
  'admin.location.not-found': 'Deze locatie bestaat niet (meer).',
  'admin.location.version-stale':
    'Iemand anders wijzigde deze locatie sinds je haar opende. De lijst is opnieuw geladen; probeer het opnieuw.',
  'admin.team.name-taken': 'Deze locatie heeft al een team met deze naam. Kies een andere naam.',
  'admin.team.location-unknown': 'Deze locatie bestaat niet (meer).',
  'admin.team.not-found': 'Dit team bestaat niet (meer).',
  'admin.team.version-stale':
    'Iemand anders wijzigde dit team sinds je het opende. De lijst is opnieuw geladen; probeer het opnieuw.',
  'admin.provider.not-found': 'Deze zorgaanbieder bestaat niet (meer).',
  'admin.provider.ages-reversed': 'De laagste leeftijd moet lager zijn dan of gelijk aan de hoogste.',
  'admin.provider.municipality-required': 'Vul minstens één gemeente in.',
  'admin.provider.version-stale':
    'Iemand anders wijzigde deze zorgaanbieder sinds je hem opende. De lijst is opnieuw geladen; probeer het opnieuw.',
  'lifecycle.guard.provider-inactive':
    'Deze zorgaanbieder is gedeactiveerd in de sociale kaart en krijgt geen nieuwe verwijzingen meer.',
  'lifecycle.guard.reason-required': 'Geef een reden.',
  'lifecycle.guard.advice-required': 'Schrijf een advies voor de SLB’er.',
  'lifecycle.guard.check-in-date-required': 'Kies een datum voor de terugkoppeling: vandaag of later.',
  'lifecycle.guard.owner-required': 'Kies wie de casus in de tweede lijn oppakt.',
  'lifecycle.guard.owner-not-eligible': 'De gekozen eigenaar is geen zorgcoördinator op de locatie van de student.',
  'lifecycle.guard.provider-required': 'Kies een zorgaanbieder uit de sociale kaart.',
  'lifecycle.guard.provider-does-not-serve-student':
    'Deze zorgaanbieder helpt geen studenten van deze leeftijd of woongemeente.',
  'lifecycle.guard.consent-required':
    'Er is nog geen geldige toestemming van de student voor deze zorgaanbieder. Leg die eerst vast.',
  'lifecycle.guard.parent-consent-required': 'De student is jonger dan 16: leg ook de toestemming van een ouder vast.',
  'lifecycle.guard.bridging-required':
    'Leg vast wie vanuit school contact houdt en hoe vaak, of waarom dat niet nodig is.',
  'lifecycle.guard.bridging-contact-not-eligible':
    'De contactpersoon voor overbrugging werkt niet op de locatie van de student.',
  'lifecycle.guard.first-contact-date-required': 'Geef de datum van het eerste contact of de intake.',
  'lifecycle.guard.summary-required': 'Schrijf op wat school moet weten.',
  'lifecycle.guard.care-start-date-required': 'Geef de datum waarop de zorg begon.',
  'lifecycle.guard.care-start-date-in-future':
    'Meld de start van de zorg pas als die begonnen is: kies vandaag of eerder.',
  'lifecycle.guard.care-start-date-before-acceptance':
    'De zorg kan niet begonnen zijn voordat de overdracht werd geaccepteerd. Kies een latere datum.',
  'lifecycle.guard.care-already-started': 'De start van de zorg is al gemeld.',
  'lifecycle.guard.care-does-not-continue':
    'De zorg bij jou loopt niet (meer) door voor deze casus, of je meldde het einde al.',
  'waiting-list.not-waiting': 'Deze student wacht niet meer: de zorg is al gestart of de casus is verder.',
  'waiting-list.expected-start-in-past': 'Kies een verwachte start van vandaag of later.',
  'lifecycle.guard.outcome-required': 'Kies een uitkomst.',
  'lifecycle.guard.reopen-window-passed':
    'Deze casus is langer dan 12 maanden geleden afgesloten. Meld een nieuw signaal om een nieuwe casus te openen.',
};

const byStatus: Record<number, string> = {
  0: byCode.network,
  400: 'Het verzoek klopt niet. Controleer wat je invulde.',
  401: byCode['auth.unauthenticated'],
  403: byCode['auth.forbidden'],
  404: byCode['not-found'],
  409: 'Dit botst met de huidige stand van zaken. Laad de pagina opnieuw.',
  422: 'Dit kan zo niet worden opgeslagen. Controleer wat je invulde.',
};

/** The Dutch explanation of a problem, for the person who ran into it. */
export function problemText(problem: Pick<Problem, 'status' | 'code'>): string {
  return (
    byCode[problem.code] ??
    byStatus[problem.status] ??
    (problem.status >= 500 ? byCode.internal : 'Er ging iets mis. Probeer het opnieuw.')
  );
}

/**
 * What is wrong with one field of a refused request (`request.invalid` lists them as `errors: [{field, code}]`), in
 * words that say how to put it right; the form field it belongs to, as the event form names its fields.
 */
export function invalidFieldText(field: string, code: string): { field: string; message: string } {
  const formField = field.startsWith('bridging.') ? 'bridging' : field;
  if (field === 'bridging.contactEveryDays') return { field: formField, message: 'Kies contact elke 1 tot 90 dagen.' };
  if (field === 'bridging.contactUserId') return { field: formField, message: 'Kies wie contact houdt.' };
  if (code === 'PlausibleDate') return { field: formField, message: 'Kies een bestaande datum tussen 1900 en 2199.' };
  if (code === 'Size') return { field: formField, message: 'Dit is te lang: gebruik hoogstens 2000 tekens.' };
  if (code === 'NotNull' || code === 'NotBlank' || code === 'NotEmpty')
    return { field: formField, message: 'Vul dit in.' };
  if (code === 'Positive' || code === 'Min' || code === 'Max')
    return { field: formField, message: 'Kies een waarde uit de lijst.' };
  return { field: formField, message: 'Dit is niet goed ingevuld.' };
}

/** The first field error of a `request.invalid` problem, if it names one. */
export function firstInvalidField(problem: Problem): { field: string; message: string } | undefined {
  const errors = Array.isArray(problem.errors) ? (problem.errors as { field?: unknown; code?: unknown }[]) : [];
  const first = errors.find((error) => typeof error.field === 'string');
  return first ? invalidFieldText(String(first.field), String(first.code ?? '')) : undefined;
}
