# Utbyte: gjennomføring av reisen (påmeldinger, deltakerliste, medisinske opplysninger, neste steg, rapport).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Påmeldinger: { $title }
trip-exchange-state = Utvekslingen er:
trip-exchange-draft = Utkast
trip-exchange-submitted = Sendt inn
trip-exchange-changes-requested = Endringer etterspurt
trip-exchange-approved = Godkjent
trip-exchange-open-for-registration = Åpen for påmelding
trip-exchange-registration-closed = Påmeldingen er stengt
trip-exchange-under-way = Pågår
trip-exchange-completed = Gjennomført
trip-exchange-rejected = Avslått
trip-exchange-cancelled = Avlyst
trip-exchange-reported = Rapportert
trip-roster-link = Deltakerliste
trip-report-link = Rapport etter reisen
trip-back-to-registrations = Tilbake til påmeldingene

trip-places-saved = Plassene er lagret.
trip-registration-cancelled = Påmeldingen er kansellert.
trip-consent-link-sent = En ny samtykkelenke er på vei. Den gamle virker ikke lenger.
trip-membership-confirmed = Medlemskapet er bekreftet.
trip-lottery-drawn = Loddtrekningen er gjennomført.
trip-advanced = Utvekslingen har gått videre til neste steg.

trip-places-title = Plasser og påmelding
trip-places-taken = { $taken ->
    [one] { $taken } plass er tatt
   *[other] { $taken } plasser er tatt
}
trip-places-capacity = av { $capacity }.
trip-capacity-label = Antall plasser
trip-capacity-hint = Mellom 1 og 500, og minst like mange som plassene som allerede er tatt.
trip-consent-rule-label = Hvem sitt samtykke bekrefter en plass
trip-one-guardian = Én foresatt
trip-every-guardian = Alle foresatte
trip-selection-label = Hvordan plassene fordeles
trip-first-come = Førstemann til mølla
trip-lottery = Loddtrekning etter påmeldingsfristen
trip-membership-label = Hvem kan melde seg på
trip-members = Medlemmer av den sendende skolen og partnerskolene
trip-open = Alle
trip-places-button = Lagre plassene
problem-below-places-taken = Flere plasser er allerede tatt.
problem-registrations-exist = Dette kan ikke endres når noen allerede har meldt seg på.

trip-lottery-heading = Loddtrekning
trip-lottery-seed = Startverdi for trekningen
trip-lottery-drawn-at = Trukket
trip-lottery-not-drawn = Loddtrekningen er ikke gjennomført ennå.
trip-lottery-draw-link = Trekk lodd …
trip-lottery-title = Trekk lodd: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } person venter på plass.
   *[other] { $count } personer venter på plass.
}
trip-lottery-free = { $count ->
    [one] { $count } plass er ledig.
   *[other] { $count } plasser er ledige.
}
trip-lottery-final = Trekningen kan ikke gjøres om. Alle får vite resultatet på e-post.
trip-lottery-draw-button = Trekk lodd nå

trip-registrations-heading = Påmeldinger
trip-no-registrations = Ingen har meldt seg på ennå.
trip-registration-state = Status
trip-state-pending-consent = Har plass, venter på samtykke
trip-state-confirmed = Bekreftet
trip-state-waiting-list = På venteliste
trip-state-offered = Tilbudt plass
trip-state-withdrawn = Trukket tilbake
trip-state-cancelled = Kansellert
trip-waiting-position = Plass i køen
trip-offer-expires = Tilbudet gjelder til
trip-lottery-rank = Trukket som nummer
trip-outcome-reason = Hvorfor
trip-consent = Samtykke
trip-consent-not-needed = Ikke nødvendig: 18 år eller eldre ved avreise
trip-consent-met = Gitt slik regelen krever
trip-consent-awaited-one = Venter på én foresatt
trip-consent-awaited-every = Venter på alle foresatte
trip-membership = Medlemskap
trip-membership-confirmed-yes = Bekreftet av skolen
trip-membership-unconfirmed = Ikke bekreftet
trip-guardians = Foresatte
trip-guardian-awaited = ikke svart ennå
trip-guardian-given = samtykke gitt
trip-guardian-withdrawn = samtykke trukket tilbake
trip-guardian-invalidated = samtykket er ugyldig etter en endring
trip-resend-consent = Send { $name } en ny samtykkelenke
trip-medical-link = Medisinske opplysninger om { $name }
trip-confirm-membership = Bekreft at { $name } er medlem
trip-cancel-reason = Grunn til å kansellere påmeldingen til { $name }
trip-cancel-button = Kanseller påmeldingen

trip-advance-title = Flytt utvekslingen til neste steg
trip-early-reason-label = Grunn til å gjøre det tidlig
trip-early-reason-hint = Bare en koordinator kan starte eller avslutte en utveksling før datoene, og må da oppgi en skriftlig grunn (minst 10 tegn).
trip-too-early = Ikke ennå: før datoene kan bare en koordinator gjøre dette, med en skriftlig grunn.
trip-step-open-registration = Åpne påmeldingen
trip-step-close-registration = Steng påmeldingen
trip-step-start = Start reisen
trip-step-complete = Avslutt reisen

trip-roster-title = Deltakerliste: { $title }
trip-roster-download = Last ned deltakerlisten (CSV)
trip-roster-audited = All lesing av deltakerlisten blir loggført.
trip-roster-empty = Ingen har plass ennå.
trip-roster-caption = { $count ->
    [one] { $count } deltaker med plass
   *[other] { $count } deltakere med plass
}
trip-roster-participant = Deltaker
trip-roster-born = Født
trip-emergency-contacts = Kontaktpersoner i nødstilfeller
trip-allergies = Allergier
trip-medication = Medisiner
trip-dietary-needs = Kostholdsbehov
trip-medical-notes = Medisinske merknader

trip-medical-title = Medisinske opplysninger: { $title }
trip-medical-audited = All lesing av medisinske opplysninger blir loggført.
trip-medical-none = Ingen foresatte har gitt medisinske opplysninger ennå.
trip-medical-participant = Deltaker: { $name }
trip-medical-updated = Sist oppgitt
trip-medical-statements = Oppgitt av
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = En foresatt som ikke lenger er registrert

trip-report-title = Rapport etter reisen: { $title }
trip-report-what-happened = Hva som skjedde
trip-report-outcomes = Resultater
trip-report-outcomes-hint = Målt mot utvekslingens læringsmål.
trip-report-feedback = Hva deltakerne sa
trip-report-cost = Hva det faktisk kostet, i euro
trip-report-cost-hint = For eksempel 12 500 eller 12 500,50.
trip-report-button = Lever rapporten
trip-report-filed = Rapporten er levert.
trip-report-already = Rapporten er allerede levert.
trip-report-not-yet = Rapporten kan leveres når utvekslingen er gjennomført.
