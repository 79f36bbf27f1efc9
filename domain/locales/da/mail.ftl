# Utbyte: e-mailene, ét afsnit pr. e-mail (dens mappe under templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Kun ren tekst: skabelonerne tilføjer afsnit, links og fremhævning. En sætning med et link i
# angiver linkets ord, præcis som de står i sætningen, i `.link`.
# Ja/nej-alternativer vælges med [true] og [false].

mail-footer = Utbyte – internationale ungdoms- og skoleudvekslinger
mail-greeting = Hej { $name },
mail-greeting-anonymous = Hej,

## organiser
mail-organiser = { $organisation } i { $municipality } sender dig denne besked gennem Utbyte, kommunens tjeneste for internationale udvekslinger.
mail-organiser-contact = Hvis du har spørgsmål om rejsen, kan du skrive til { $teacher }, { $email }.
mail-organiser-no-contact = Hvis du har spørgsmål om rejsen, kan du kontakte { $organisation }.

## invitation

mail-invitation-subject = Du er inviteret til Utbyte
mail-invitation-invited = { $inviter } har inviteret dig til Utbyte som { $role }.
mail-invitation-activate = Vælg en adgangskode, og aktivér din konto. Linket er gyldigt i { $valid_for } og kan bruges én gang.
    .link = Vælg en adgangskode, og aktivér din konto
mail-invitation-activate-here = Vælg en adgangskode, og aktivér din konto her (linket er gyldigt i { $valid_for } og kan bruges én gang):
mail-invitation-ignore = Hvis du ikke havde ventet denne invitation, kan du se bort fra denne e-mail.

## invitation_reminder

mail-invitation-reminder-subject = Påmindelse: din invitation til Utbyte venter
mail-invitation-reminder-not-activated = Du er blevet inviteret til Utbyte, men har endnu ikke aktiveret din konto.
mail-invitation-reminder-activate = Aktivér din konto. Linket er gyldigt i { $valid_for } og kan bruges én gang; det tidligere link virker ikke længere.
    .link = Aktivér din konto
mail-invitation-reminder-new-link = Her er et nyt link (gyldigt i { $valid_for }, kan bruges én gang; det tidligere link virker ikke længere):
mail-invitation-reminder-ignore = Hvis du ikke ønsker en konto, kan du se bort fra denne e-mail.

## verify_email

mail-verify-email-subject = Bekræft din e-mailadresse
mail-verify-email-confirm = Bekræft, at denne adresse er din. Linket er gyldigt i { $valid_for }.
    .link = Bekræft, at denne adresse er din
mail-verify-email-confirm-here = Bekræft, at denne adresse er din, ved at åbne linket (gyldigt i { $valid_for }):
mail-verify-email-ignore = Hvis du ikke har oprettet en konto i Utbyte, kan du se bort fra denne e-mail.

## password_reset

mail-password-reset-subject = Nulstil din adgangskode
mail-password-reset-asked = Nogen (forhåbentlig dig) har bedt om at nulstille adgangskoden til din Utbyte-konto.
mail-password-reset-choose = Vælg en ny adgangskode. Linket er gyldigt i { $valid_for } og kan bruges én gang.
    .link = Vælg en ny adgangskode
mail-password-reset-choose-here = Vælg en ny adgangskode her (linket er gyldigt i { $valid_for } og kan bruges én gang):
mail-password-reset-not-you = Hvis det ikke var dig, behøver du ikke gøre noget: din adgangskode er uændret.

## password_changed

mail-password-changed-subject = Din adgangskode er blevet ændret
mail-password-changed-changed = Adgangskoden til din Utbyte-konto er netop blevet ændret, og du er blevet logget ud på dine andre enheder.
mail-password-changed-not-you = Hvis det ikke var dig: nulstil adgangskoden, og kontakt din koordinator.
    .link = nulstil adgangskoden
mail-password-changed-not-you-at = Hvis det ikke var dig: nulstil adgangskoden på { $link }, og kontakt din koordinator.

## account_exists

mail-account-exists-subject = Du har allerede en Utbyte-konto
mail-account-exists-tried = Nogen forsøgte at oprette en ny Utbyte-konto med denne e-mailadresse, men der findes allerede en.
mail-account-exists-reset = Hvis det var dig, kan du logge ind eller vælge en ny adgangskode.
    .link = vælge en ny adgangskode
mail-account-exists-reset-at = Hvis det var dig, kan du logge ind eller vælge en ny adgangskode på { $link }.
mail-account-exists-ignore = Hvis det ikke var dig, kan du se bort fra denne e-mail.

## exchange_submitted

mail-exchange-submitted-subject = Udveksling til godkendelse: { $title }
mail-exchange-submitted-asks = { $teacher } fra { $organisation } beder dig godkende udvekslingen { $title } ({ $dates }, { $destination }, { $risk }).
mail-exchange-submitted-decide = Træf beslutning senest { $due }.
    .link = Træf beslutning
mail-exchange-submitted-decide-here = Træf beslutning senest { $due } her:

## exchange_decided: $decision er approved, changes_requested, rejected eller step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Din udveksling { $title } er godkendt
        [changes_requested] Der er ønsket ændringer i din udveksling { $title }
        [rejected] Din udveksling { $title } blev ikke godkendt
        [step_approved] { $title }: ét trin er godkendt
       *[other] Ny beslutning om din udveksling { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] Din udveksling { $title } er godkendt af { $approver }.
        [changes_requested] { $approver } har gennemgået udvekslingen { $title }, og der ønskes ændringer, før den kan godkendes.
        [rejected] Din udveksling { $title } blev ikke godkendt. Beslutningen blev truffet af { $approver }.
        [step_approved] { $approver } har godkendt ét trin af udvekslingen { $title }. Udvekslingen venter nu på den næste godkender.
       *[other] { $approver } har truffet en beslutning om udvekslingen { $title }.
    }
mail-exchange-decided-comment = Kommentar fra { $approver }:
mail-exchange-decided-open = Åbn udvekslingen
mail-exchange-decided-open-here = Åbn udvekslingen:

## exchange_cancelled

mail-exchange-cancelled-subject = Udvekslingen { $title } er aflyst
mail-exchange-cancelled-cancelled = Udvekslingen { $title } ({ $dates }) er blevet aflyst af { $cancelled_by }.
mail-exchange-cancelled-reason = Begrundelse: { $reason }

## approval_reminder: $substitute er true, når godkenderen ikke har truffet beslutning i tide

mail-approval-reminder-subject = { $substitute ->
        [true] Som stedfortræder: { $title } venter på en beslutning
       *[false] Påmindelse: { $title } venter på din beslutning
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] Udvekslingen { $title } fra { $organisation } har ventet på en beslutning siden { $due }. Godkenderen har ikke truffet beslutning, så du bliver bedt om at træffe beslutningen som stedfortræder.
       *[false] Udvekslingen { $title } fra { $organisation } har ventet på din beslutning siden { $due }.
    }
mail-approval-reminder-decide = Træf beslutning
mail-approval-reminder-decide-here = Træf beslutning her:

## funding_deadline

mail-funding-deadline-subject = Ansøgning { $title }: { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    } til fristen
mail-funding-deadline-due = Ansøgningen { $title } ({ $action }, { $applicant }) skal indsendes senest { $deadline }, om { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }. Ansøgningens status er { $status }.

## consent_request: $changed er true, når udvekslingen er ændret siden et tidligere samtykke

mail-consent-request-subject = { $changed ->
        [true] Udvekslingen { $title } er ændret – nyt samtykke er nødvendigt
       *[false] Samtykke er nødvendigt, for at { $participant } kan deltage i { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] Udvekslingen { $title } ({ $dates }, { $destination }) er blevet ændret, siden der blev givet samtykke for { $participant }. Det tidligere samtykke gælder derfor ikke længere, og vi har brug for et nyt samtykke fra dig.
       *[false] Vi har brug for dit samtykke som forælder/værge, for at { $participant } kan deltage i udvekslingen { $title } ({ $dates }, { $destination }).
    }
mail-consent-request-changes = Dette er ændret:
# Én ændring: hvad der er ændret, hvad det var, og hvad det er nu.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = Linket nedenfor åbner en side med oplysninger om rejsen og en formular. I formularen giver du dit samtykke, udfylder helbredsoplysninger og kontaktpersoner i nødstilfælde og svarer på, om der må tages billeder af { $participant }.
mail-consent-request-open = Åbn siden om rejsen. Linket er gyldigt indtil { $until }.
    .link = Åbn siden om rejsen
mail-consent-request-open-here = Åbn siden her (linket er gyldigt indtil { $until }):
mail-consent-request-personal = Linket er personligt og kan kun bruges én gang. Videresend ikke denne e-mail eller linket til andre.

## consent_received: $status er confirmed, awaiting_approval (den ændrede udveksling venter
## på godkendelse) eller awaiting_guardian (der ventes på samtykke fra en anden forælder/værge)

mail-consent-received-subject = Tak for dit samtykke – { $title }
mail-consent-received-thanks = Tak! Vi har modtaget dit samtykke til, at { $participant } deltager i udvekslingen { $title } ({ $dates }).
mail-consent-received-status = { $status ->
        [confirmed] Tilmeldingen er nu bekræftet, og { $participant } har en plads på rejsen.
        [awaiting_approval] Udvekslingen er blevet ændret og venter på at blive godkendt igen. Pladsen er ikke bekræftet endnu: den bliver bekræftet, når ændringen er godkendt, og alle nødvendige samtykker er kommet ind. Så får du en e-mail.
       *[awaiting_guardian] Tilmeldingen venter nu på samtykke fra den anden forælder/værge. Når det er kommet, kan tilmeldingen bekræftes.
    }
mail-consent-received-withdraw = Du kan trække dit samtykke tilbage indtil afrejsen ({ $departure }).
    .link = trække dit samtykke tilbage
mail-consent-received-withdraw-here = Du kan trække dit samtykke tilbage indtil afrejsen ({ $departure }) her:
mail-consent-received-personal = Linket er personligt. Videresend ikke denne e-mail eller linket til andre.

## Hvad der er ændret i en udveksling, i anmodningen om samtykke og på samtykkesiden

consent-change-start-date = Startdato
consent-change-end-date = Slutdato
consent-change-destination-town-id = Rejsemål
consent-change-venue = Aktivitetssted
consent-change-accommodation = Overnatning
consent-change-programme = Program
consent-change-activity-days = Aktivitetsdage
consent-change-adventurous-activities = Risikobetonede aktiviteter
consent-change-participants = Antal deltagere
consent-change-leaders = Antal ledere
consent-change-insurance-confirmed = Forsikring
consent-change-risk-assessment = Risikovurdering
consent-change-consent-plan = Plan for samtykke
# Én dag i programmet: dens nummer og hvad der sker.
consent-change-programme-day = dag { $day }: { $text }
consent-change-yes = ja
consent-change-no = nej

## registration_confirmed

mail-registration-confirmed-subject = { $participant } har fået en bekræftet plads på { $title }
mail-registration-confirmed-confirmed = { $participant } har nu en bekræftet plads på udvekslingen { $title } ({ $dates }, { $destination }).

## place_offered: $by_consent er true, når det at give samtykke også er at tage imod pladsen

mail-place-offered-subject = En plads er blevet ledig på { $title } – tag imod den senest { $expires }
mail-place-offered-offered = En plads er blevet ledig på udvekslingen { $title } ({ $dates }), og den tilbydes nu til { $participant }.
mail-place-offered-deadline = Pladsen er indtil videre kun tilbudt. Du skal tage imod den senest { $expires }, ellers går pladsen videre til den næste på ventelisten.
mail-place-offered-accept = { $by_consent ->
        [true] Du tager imod pladsen ved at give dit samtykke.
       *[false] Åbn udvekslingen, og tag imod pladsen.
    }
    .link = { $by_consent ->
        [true] give dit samtykke
       *[false] Åbn udvekslingen, og tag imod pladsen
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] Du tager imod pladsen ved at give dit samtykke her:
       *[false] Tag imod pladsen her:
    }

## waiting_list: $lottery er true, så længe pladserne endnu ikke er fordelt ved lodtrækning
## (så er der ingen $position); $dated er true, når datoen $date for lodtrækningen er kendt

mail-waiting-list-subject = { $lottery ->
        [true] { $participant } venter på lodtrækningen om pladserne på { $title }
       *[false] { $participant } er på ventelisten til { $title }
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } er tilmeldt udvekslingen { $title } ({ $dates }) og står på ventelisten, indtil pladserne er fordelt ved lodtrækning.
       *[false] { $participant } er nummer { $position } på ventelisten til udvekslingen { $title } ({ $dates }).
    }
mail-waiting-list-not-confirmed = Dette er ikke en bekræftelse af en plads.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] Pladserne fordeles ved lodtrækning, når tilmeldingen lukker ({ $date }), og du får resultatet at vide efter lodtrækningen.
           *[false] Pladserne fordeles ved lodtrækning, når tilmeldingen lukker, og du får resultatet at vide efter lodtrækningen.
        }
       *[false] Hvis en plads bliver ledig, kontakter vi dig.
    }

## registration_ended: $reason er withdrawn, cancelled, offer_expired, exchange_rejected
## eller consent_withdrawn

mail-registration-ended-subject = { $participant } er ikke længere tilmeldt { $title }
mail-registration-ended-ended = { $reason ->
        [withdrawn] Tilmeldingen af { $participant } til udvekslingen { $title } ({ $dates }) er trukket tilbage som ønsket.
        [cancelled] Tilmeldingen af { $participant } til udvekslingen { $title } ({ $dates }) er blevet annulleret af udvekslingens ledere eller koordinator.
        [offer_expired] Pladsen, der blev tilbudt { $participant } på udvekslingen { $title } ({ $dates }), blev ikke taget imod i tide. Den er gået videre til den næste på ventelisten, og tilmeldingen er afsluttet.
        [exchange_rejected] Udvekslingen { $title } ({ $dates }) blev ændret efter godkendelsen, og ændringen blev ikke godkendt. Udvekslingen bliver derfor ikke til noget, og tilmeldingen af { $participant } er afsluttet.
        [consent_withdrawn] Tilladelsen til, at { $participant } rejser med på udvekslingen { $title } ({ $dates }), er trukket tilbage. Pladsen er derfor frigivet, og tilmeldingen er afsluttet.
       *[other] Tilmeldingen af { $participant } til udvekslingen { $title } ({ $dates }) er afsluttet.
    }
mail-registration-ended-comment = Kommentar:
