# Utbyte: e-postene, én del per e-post (mappen dens under templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Bare ren tekst: malene legger til avsnitt, lenker og utheving. En setning med en lenke i
# oppgir lenkens ord, nøyaktig slik de står i setningen, i `.link`.
# Ja/nei-alternativer velges med [true] og [false].

mail-footer = Utbyte – internasjonale ungdoms- og skoleutvekslinger
mail-greeting = Hei { $name },
mail-greeting-anonymous = Hei,

## organiser
mail-organiser = { $organisation } i { $municipality } sender deg denne meldingen gjennom Utbyte, kommunens tjeneste for internasjonale utvekslinger.
mail-organiser-contact = Hvis du har spørsmål om reisen, kan du skrive til { $teacher }, { $email }.
mail-organiser-no-contact = Hvis du har spørsmål om reisen, kan du kontakte { $organisation }.

## invitation

mail-invitation-subject = Du er invitert til Utbyte
mail-invitation-invited = { $inviter } har invitert deg til Utbyte som { $role }.
mail-invitation-activate = Velg et passord og aktiver kontoen din. Lenken er gyldig i { $valid_for } og kan brukes én gang.
    .link = Velg et passord og aktiver kontoen din
mail-invitation-activate-here = Velg et passord og aktiver kontoen din her (lenken er gyldig i { $valid_for } og kan brukes én gang):
mail-invitation-ignore = Hvis du ikke ventet denne invitasjonen, kan du se bort fra denne e-posten.

## invitation_reminder

mail-invitation-reminder-subject = Påminnelse: invitasjonen din til Utbyte venter
mail-invitation-reminder-not-activated = Du er invitert til Utbyte, men har ikke aktivert kontoen din ennå.
mail-invitation-reminder-activate = Aktiver kontoen din. Lenken er gyldig i { $valid_for } og kan brukes én gang; den forrige lenken virker ikke lenger.
    .link = Aktiver kontoen din
mail-invitation-reminder-new-link = Her er en ny lenke (gyldig i { $valid_for }, kan brukes én gang; den forrige lenken virker ikke lenger):
mail-invitation-reminder-ignore = Hvis du ikke vil ha en konto, kan du se bort fra denne e-posten.

## verify_email

mail-verify-email-subject = Bekreft e-postadressen din
mail-verify-email-confirm = Bekreft at denne adressen er din. Lenken er gyldig i { $valid_for }.
    .link = Bekreft at denne adressen er din
mail-verify-email-confirm-here = Bekreft at denne adressen er din ved å åpne lenken (gyldig i { $valid_for }):
mail-verify-email-ignore = Hvis du ikke har opprettet en konto i Utbyte, kan du se bort fra denne e-posten.

## password_reset

mail-password-reset-subject = Tilbakestill passordet ditt
mail-password-reset-asked = Noen (forhåpentligvis du) har bedt om å få tilbakestille passordet til Utbyte-kontoen din.
mail-password-reset-choose = Velg et nytt passord. Lenken er gyldig i { $valid_for } og kan brukes én gang.
    .link = Velg et nytt passord
mail-password-reset-choose-here = Velg et nytt passord her (lenken er gyldig i { $valid_for } og kan brukes én gang):
mail-password-reset-not-you = Hvis det ikke var du, trenger du ikke gjøre noe: passordet ditt er ikke endret.

## password_changed

mail-password-changed-subject = Passordet ditt er endret
mail-password-changed-changed = Passordet til Utbyte-kontoen din ble nettopp endret, og du er logget ut på de andre enhetene dine.
mail-password-changed-not-you = Hvis det ikke var du: tilbakestill passordet og kontakt koordinatoren din.
    .link = tilbakestill passordet
mail-password-changed-not-you-at = Hvis det ikke var du: tilbakestill passordet på { $link } og kontakt koordinatoren din.

## account_exists

mail-account-exists-subject = Du har allerede en Utbyte-konto
mail-account-exists-tried = Noen forsøkte å opprette en ny Utbyte-konto med denne e-postadressen, men det finnes allerede en.
mail-account-exists-reset = Hvis det var du, kan du logge inn eller velge et nytt passord.
    .link = velge et nytt passord
mail-account-exists-reset-at = Hvis det var du, kan du logge inn eller velge et nytt passord på { $link }.
mail-account-exists-ignore = Hvis det ikke var du, kan du se bort fra denne e-posten.

## exchange_submitted

mail-exchange-submitted-subject = Utveksling til godkjenning: { $title }
mail-exchange-submitted-asks = { $teacher } ved { $organisation } ber deg godkjenne utvekslingen { $title } ({ $dates }, { $destination }, { $risk }).
mail-exchange-submitted-decide = Ta beslutning innen { $due }.
    .link = Ta beslutning
mail-exchange-submitted-decide-here = Ta beslutning innen { $due } her:

## exchange_decided: $decision er approved, changes_requested, rejected eller step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Utvekslingen din { $title } er godkjent
        [changes_requested] Det er bedt om endringer i utvekslingen din { $title }
        [rejected] Utvekslingen din { $title } ble ikke godkjent
        [step_approved] { $title }: ett trinn er godkjent
       *[other] Ny beslutning om utvekslingen din { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] Utvekslingen din { $title } er godkjent av { $approver }.
        [changes_requested] { $approver } har vurdert utvekslingen { $title }, og det er bedt om endringer før den kan godkjennes.
        [rejected] Utvekslingen din { $title } ble ikke godkjent. Beslutningen ble tatt av { $approver }.
        [step_approved] { $approver } har godkjent ett trinn for utvekslingen { $title }. Nå venter utvekslingen på neste godkjenner.
       *[other] { $approver } har tatt en beslutning om utvekslingen { $title }.
    }
mail-exchange-decided-comment = Kommentar fra { $approver }:
mail-exchange-decided-open = Åpne utvekslingen
mail-exchange-decided-open-here = Åpne utvekslingen:

## exchange_cancelled

mail-exchange-cancelled-subject = Utvekslingen { $title } er avlyst
mail-exchange-cancelled-cancelled = Utvekslingen { $title } ({ $dates }) er avlyst av { $cancelled_by }.
mail-exchange-cancelled-reason = Grunn: { $reason }

## approval_reminder: $substitute er true når godkjenneren ikke har tatt beslutning i tide

mail-approval-reminder-subject = { $substitute ->
        [true] Som stedfortreder: { $title } venter på beslutning
       *[false] Påminnelse: { $title } venter på din beslutning
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] Utvekslingen { $title } fra { $organisation } har ventet på beslutning siden { $due }. Godkjenneren har ikke tatt noen beslutning, så du blir bedt om å avgjøre saken som stedfortreder.
       *[false] Utvekslingen { $title } fra { $organisation } har ventet på din beslutning siden { $due }.
    }
mail-approval-reminder-decide = Ta beslutning
mail-approval-reminder-decide-here = Ta beslutning her:

## funding_deadline

mail-funding-deadline-subject = Søknad { $title }: { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    } til fristen
mail-funding-deadline-due = Søknaden { $title } ({ $action }, { $applicant }) skal leveres innen { $deadline }, om { $days ->
        [one] { $days } dag
       *[other] { $days } dager
    }. Søknadens status er { $status }.

## consent_request: $changed er true når utvekslingen er endret siden et tidligere samtykke

mail-consent-request-subject = { $changed ->
        [true] Utvekslingen { $title } er endret – nytt samtykke trengs
       *[false] Samtykke trengs for at { $participant } skal kunne delta i { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] Utvekslingen { $title } ({ $dates }, { $destination }) er endret etter at det ble gitt samtykke for { $participant }. Det tidligere samtykket gjelder derfor ikke lenger, og vi trenger et nytt samtykke fra deg.
       *[false] Vi trenger ditt samtykke som foresatt for at { $participant } skal kunne delta i utvekslingen { $title } ({ $dates }, { $destination }).
    }
mail-consent-request-changes = Dette er endret:
# Én endring: hva som er endret, hva det var, og hva det er nå.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = Lenken nedenfor åpner en side med informasjon om reisen og et skjema. I skjemaet gir du samtykket ditt, fyller inn medisinske opplysninger og hvem vi skal kontakte i en nødsituasjon, og svarer på om det kan tas bilder av { $participant }.
mail-consent-request-open = Åpne siden om reisen. Lenken er gyldig til { $until }.
    .link = Åpne siden om reisen
mail-consent-request-open-here = Åpne siden her (lenken er gyldig til { $until }):
mail-consent-request-personal = Lenken er personlig og kan bare brukes én gang. Ikke videresend denne e-posten eller lenken til andre.

## consent_received: $status er confirmed, awaiting_approval (den endrede utvekslingen venter
## på godkjenning) eller awaiting_guardian (en annen foresatts samtykke ventes)

mail-consent-received-subject = Takk for samtykket ditt – { $title }
mail-consent-received-thanks = Takk! Vi har mottatt samtykket ditt til at { $participant } deltar i utvekslingen { $title } ({ $dates }).
mail-consent-received-status = { $status ->
        [confirmed] Påmeldingen er nå bekreftet, og { $participant } har plass på reisen.
        [awaiting_approval] Utvekslingen er endret og venter på å bli godkjent på nytt. Plassen er ikke bekreftet ennå: den blir bekreftet når endringen er godkjent og alle nødvendige samtykker er kommet inn. Da får du en e-post.
       *[awaiting_guardian] Påmeldingen venter nå på samtykke fra den andre foresatte. Når det er kommet, kan påmeldingen bekreftes.
    }
mail-consent-received-withdraw = Du kan trekke tilbake samtykket ditt fram til avreise ({ $departure }).
    .link = trekke tilbake samtykket ditt
mail-consent-received-withdraw-here = Du kan trekke tilbake samtykket ditt fram til avreise ({ $departure }) her:
mail-consent-received-personal = Lenken er personlig. Ikke videresend denne e-posten eller lenken til andre.

## Hva som er endret i en utveksling, i forespørselen om samtykke og på samtykkesiden

consent-change-start-date = Startdato
consent-change-end-date = Sluttdato
consent-change-destination-town-id = Reisemål
consent-change-venue = Aktivitetssted
consent-change-accommodation = Overnatting
consent-change-programme = Program
consent-change-activity-days = Aktivitetsdager
consent-change-adventurous-activities = Risikofylte aktiviteter
consent-change-participants = Antall deltakere
consent-change-leaders = Antall ledere
consent-change-insurance-confirmed = Forsikring
consent-change-risk-assessment = Risikovurdering
consent-change-consent-plan = Plan for samtykke
# Én dag i programmet: nummeret og hva som skjer.
consent-change-programme-day = dag { $day }: { $text }
consent-change-yes = ja
consent-change-no = nei

## registration_confirmed

mail-registration-confirmed-subject = { $participant } har fått bekreftet plass på { $title }
mail-registration-confirmed-confirmed = { $participant } har nå bekreftet plass på utvekslingen { $title } ({ $dates }, { $destination }).

## place_offered: $by_consent er true når det å gi samtykke også er å takke ja til plassen

mail-place-offered-subject = En plass er blitt ledig på { $title } – takk ja innen { $expires }
mail-place-offered-offered = En plass er blitt ledig på utvekslingen { $title } ({ $dates }), og den tilbys nå til { $participant }.
mail-place-offered-deadline = Plassen er foreløpig bare tilbudt. Du må takke ja innen { $expires }, ellers går plassen videre til neste person på ventelisten.
mail-place-offered-accept = { $by_consent ->
        [true] Du takker ja til plassen ved å gi samtykket ditt.
       *[false] Åpne utvekslingen og takk ja til plassen.
    }
    .link = { $by_consent ->
        [true] gi samtykket ditt
       *[false] Åpne utvekslingen og takk ja til plassen
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] Du takker ja til plassen ved å gi samtykket ditt her:
       *[false] Takk ja til plassen her:
    }

## waiting_list: $lottery er true så lenge plassene ennå ikke er trukket ut ved loddtrekning
## (da finnes ingen $position); $dated er true når datoen $date for trekningen er kjent

mail-waiting-list-subject = { $lottery ->
        [true] { $participant } venter på loddtrekningen om plassene på { $title }
       *[false] { $participant } står på ventelisten for { $title }
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } er påmeldt utvekslingen { $title } ({ $dates }) og står på ventelisten til plassene er fordelt ved loddtrekning.
       *[false] { $participant } er nummer { $position } på ventelisten for utvekslingen { $title } ({ $dates }).
    }
mail-waiting-list-not-confirmed = Dette er ikke en bekreftelse på plass.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] Plassene fordeles ved loddtrekning når påmeldingen stenger ({ $date }), og du får vite resultatet etter trekningen.
           *[false] Plassene fordeles ved loddtrekning når påmeldingen stenger, og du får vite resultatet etter trekningen.
        }
       *[false] Hvis en plass blir ledig, tar vi kontakt.
    }

## registration_ended: $reason er withdrawn, cancelled, offer_expired, exchange_rejected
## eller consent_withdrawn

mail-registration-ended-subject = { $participant } er ikke lenger påmeldt { $title }
mail-registration-ended-ended = { $reason ->
        [withdrawn] Påmeldingen for { $participant } til utvekslingen { $title } ({ $dates }) er trukket tilbake, slik det ble bedt om.
        [cancelled] Påmeldingen for { $participant } til utvekslingen { $title } ({ $dates }) er kansellert av lederne eller koordinatoren for utvekslingen.
        [offer_expired] Plassen som ble tilbudt { $participant } på utvekslingen { $title } ({ $dates }), ble ikke tatt imot i tide. Den har gått videre til neste person på ventelisten, og påmeldingen er avsluttet.
        [exchange_rejected] Utvekslingen { $title } ({ $dates }) ble endret etter at den var godkjent, og endringen ble ikke godkjent. Utvekslingen blir derfor ikke gjennomført, og påmeldingen for { $participant } er avsluttet.
        [consent_withdrawn] Tillatelsen for { $participant } til å reise på utvekslingen { $title } ({ $dates }) er trukket tilbake. Plassen er derfor frigjort, og påmeldingen er avsluttet.
       *[other] Påmeldingen for { $participant } til utvekslingen { $title } ({ $dates }) er avsluttet.
    }
mail-registration-ended-comment = Kommentar:
