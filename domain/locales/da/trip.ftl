# Utbyte: gennemførelse af rejsen (tilmeldinger, deltagerliste, helbredsoplysninger, næste trin, rapport).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Tilmeldinger: { $title }
trip-exchange-state = Udvekslingen er:
trip-exchange-draft = Kladde
trip-exchange-submitted = Indsendt
trip-exchange-changes-requested = Ændringer ønsket
trip-exchange-approved = Godkendt
trip-exchange-open-for-registration = Åben for tilmelding
trip-exchange-registration-closed = Tilmeldingen er lukket
trip-exchange-under-way = I gang
trip-exchange-completed = Gennemført
trip-exchange-rejected = Afvist
trip-exchange-cancelled = Aflyst
trip-exchange-reported = Afrapporteret
trip-roster-link = Deltagerliste
trip-report-link = Rapport efter rejsen
trip-back-to-registrations = Tilbage til tilmeldingerne

trip-places-saved = Pladserne er gemt.
trip-registration-cancelled = Tilmeldingen er annulleret.
trip-consent-link-sent = Et nyt samtykkelink er på vej. Det gamle virker ikke længere.
trip-membership-confirmed = Medlemskabet er bekræftet.
trip-lottery-drawn = Lodtrækningen er foretaget.
trip-advanced = Udvekslingen er gået videre til næste trin.

trip-places-title = Pladser og tilmelding
trip-places-taken = { $taken ->
    [one] { $taken } plads er optaget
   *[other] { $taken } pladser er optaget
}
trip-places-capacity = ud af { $capacity }.
trip-capacity-label = Antal pladser
trip-capacity-hint = Mellem 1 og 500 og mindst lige så mange som de pladser, der allerede er optaget.
trip-consent-rule-label = Hvis samtykke bekræfter en plads
trip-one-guardian = Én forælder/værge
trip-every-guardian = Alle forældre/værger
trip-selection-label = Sådan fordeles pladserne
trip-first-come = Først til mølle
trip-lottery = Lodtrækning efter tilmeldingsfristen
trip-membership-label = Hvem kan tilmelde sig
trip-members = Medlemmer af den udsendende skole og partnerskolerne
trip-open = Alle
trip-places-button = Gem pladserne
problem-below-places-taken = Der er allerede flere pladser optaget.
problem-registrations-exist = Det kan ikke ændres, når der allerede er tilmeldte.

trip-lottery-heading = Lodtrækning
trip-lottery-seed = Startværdi for trækningen
trip-lottery-drawn-at = Trukket
trip-lottery-not-drawn = Lodtrækningen er endnu ikke foretaget.
trip-lottery-draw-link = Foretag lodtrækning …
trip-lottery-title = Foretag lodtrækning: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } person venter på en plads.
   *[other] { $count } personer venter på en plads.
}
trip-lottery-free = { $count ->
    [one] { $count } plads er ledig.
   *[other] { $count } pladser er ledige.
}
trip-lottery-final = Lodtrækningen kan ikke gøres om. Alle får resultatet at vide på e-mail.
trip-lottery-draw-button = Foretag lodtrækningen nu

trip-registrations-heading = Tilmeldinger
trip-no-registrations = Ingen har tilmeldt sig endnu.
trip-registration-state = Status
trip-state-pending-consent = Har en plads, venter på samtykke
trip-state-confirmed = Bekræftet
trip-state-waiting-list = På venteliste
trip-state-offered = Tilbudt en plads
trip-state-withdrawn = Trukket tilbage
trip-state-cancelled = Annulleret
trip-waiting-position = Plads i køen
trip-offer-expires = Tilbuddet gælder indtil
trip-lottery-rank = Trukket som nummer
trip-outcome-reason = Hvorfor
trip-consent = Samtykke
trip-consent-not-needed = Ikke nødvendigt: 18 år eller ældre ved afrejse
trip-consent-met = Givet, som reglen kræver
trip-consent-awaited-one = Venter på én forælder/værge
trip-consent-awaited-every = Venter på alle forældre/værger
trip-membership = Medlemskab
trip-membership-confirmed-yes = Bekræftet af skolen
trip-membership-unconfirmed = Ikke bekræftet
trip-guardians = Forældre/værger
trip-guardian-awaited = har ikke svaret endnu
trip-guardian-given = samtykke givet
trip-guardian-withdrawn = samtykke trukket tilbage
trip-guardian-invalidated = samtykket er ugyldigt efter en ændring
trip-resend-consent = Send { $name } et nyt samtykkelink
trip-medical-link = Helbredsoplysninger om { $name }
trip-confirm-membership = Bekræft, at { $name } er medlem
trip-cancel-reason = Begrundelse for at annullere tilmeldingen for { $name }
trip-cancel-button = Annullér tilmeldingen

trip-advance-title = Flyt udvekslingen til næste trin
trip-early-reason-label = Begrundelse for at gøre det tidligt
trip-early-reason-hint = Kun en koordinator kan starte eller afslutte en udveksling før datoerne og skal da give en skriftlig begrundelse (mindst 10 tegn).
trip-too-early = Ikke endnu: før datoerne kan kun en koordinator gøre det, med en skriftlig begrundelse.
trip-step-open-registration = Åbn tilmeldingen
trip-step-close-registration = Luk tilmeldingen
trip-step-start = Start rejsen
trip-step-complete = Afslut rejsen

trip-roster-title = Deltagerliste: { $title }
trip-roster-download = Download deltagerlisten (CSV)
trip-roster-audited = Hver gang deltagerlisten læses, bliver det registreret.
trip-roster-empty = Ingen har en plads endnu.
trip-roster-caption = { $count ->
    [one] { $count } deltager med plads
   *[other] { $count } deltagere med plads
}
trip-roster-participant = Deltager
trip-roster-born = Født
trip-emergency-contacts = Kontaktpersoner i nødstilfælde
trip-allergies = Allergier
trip-medication = Medicin
trip-dietary-needs = Kostbehov
trip-medical-notes = Helbredsmæssige bemærkninger

trip-medical-title = Helbredsoplysninger: { $title }
trip-medical-audited = Hver gang helbredsoplysninger læses, bliver det registreret.
trip-medical-none = Ingen forælder/værge har givet helbredsoplysninger endnu.
trip-medical-participant = Deltager: { $name }
trip-medical-updated = Senest givet
trip-medical-statements = Givet af
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = En forælder/værge, der ikke længere er registreret

trip-report-title = Rapport efter rejsen: { $title }
trip-report-what-happened = Hvad der skete
trip-report-outcomes = Resultater
trip-report-outcomes-hint = Set i forhold til udvekslingens læringsmål.
trip-report-feedback = Hvad deltagerne sagde
trip-report-cost = Hvad det faktisk kostede, i euro
trip-report-cost-hint = Fx 12 500 eller 12 500,50.
trip-report-button = Indsend rapporten
trip-report-filed = Rapporten er indsendt.
trip-report-already = Rapporten er allerede indsendt.
trip-report-not-yet = Rapporten kan indsendes, når udvekslingen er gennemført.
