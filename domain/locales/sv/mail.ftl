# Utbyte: e-postmeddelandena, ett avsnitt per mejl (dess mapp under templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Bara ren text: mallarna lägger till stycken, länkar och betoning. En mening med en länk i
# anger länkens ord, precis som de står i meningen, i `.link`.
# Ja/nej-alternativ väljs med [true] och [false].

mail-footer = Utbyte – internationella ungdoms- och skolutbyten
mail-greeting = Hej { $name },
mail-greeting-anonymous = Hej,

## organiser
mail-organiser = { $organisation } i { $municipality } skickar det här meddelandet genom Utbyte, kommunens tjänst för internationella utbyten.
mail-organiser-contact = Har du frågor om resan kan du skriva till { $teacher }, { $email }.
mail-organiser-no-contact = Har du frågor om resan kan du kontakta { $organisation }.

## invitation

mail-invitation-subject = Du är inbjuden till Utbyte
mail-invitation-invited = { $inviter } har bjudit in dig till Utbyte som { $role }.
mail-invitation-activate = Välj lösenord och aktivera ditt konto. Länken gäller i { $valid_for } och kan användas en gång.
    .link = Välj lösenord och aktivera ditt konto
mail-invitation-activate-here = Välj ett lösenord och aktivera ditt konto här (länken gäller i { $valid_for } och kan användas en gång):
mail-invitation-ignore = Om du inte väntade dig den här inbjudan kan du bortse från mejlet.

## invitation_reminder

mail-invitation-reminder-subject = Påminnelse: din inbjudan till Utbyte väntar
mail-invitation-reminder-not-activated = Du har blivit inbjuden till Utbyte men har ännu inte aktiverat ditt konto.
mail-invitation-reminder-activate = Aktivera ditt konto. Länken gäller i { $valid_for } och kan användas en gång; den tidigare länken fungerar inte längre.
    .link = Aktivera ditt konto
mail-invitation-reminder-new-link = Här är en ny länk (den gäller i { $valid_for } och kan användas en gång; den tidigare länken fungerar inte längre):
mail-invitation-reminder-ignore = Om du inte vill ha ett konto kan du bortse från mejlet.

## verify_email

mail-verify-email-subject = Bekräfta din e-postadress
mail-verify-email-confirm = Bekräfta att den här adressen är din. Länken gäller i { $valid_for }.
    .link = Bekräfta att den här adressen är din
mail-verify-email-confirm-here = Bekräfta att den här adressen är din genom att öppna länken (den gäller i { $valid_for }):
mail-verify-email-ignore = Om du inte har skapat ett konto i Utbyte kan du bortse från mejlet.

## password_reset

mail-password-reset-subject = Återställ ditt lösenord
mail-password-reset-asked = Någon (förhoppningsvis du) bad om att få återställa lösenordet till ditt konto i Utbyte.
mail-password-reset-choose = Välj ett nytt lösenord. Länken gäller i { $valid_for } och kan användas en gång.
    .link = Välj ett nytt lösenord
mail-password-reset-choose-here = Välj ett nytt lösenord här (länken gäller i { $valid_for } och kan användas en gång):
mail-password-reset-not-you = Om det inte var du behöver du inte göra något: ditt lösenord är oförändrat.

## password_changed

mail-password-changed-subject = Ditt lösenord har ändrats
mail-password-changed-changed = Lösenordet till ditt konto i Utbyte ändrades nyss, och du loggades ut på dina andra enheter.
mail-password-changed-not-you = Om det inte var du: återställ lösenordet och kontakta din samordnare.
    .link = återställ lösenordet
mail-password-changed-not-you-at = Om det inte var du: återställ lösenordet på { $link } och kontakta din samordnare.

## account_exists

mail-account-exists-subject = Du har redan ett konto i Utbyte
mail-account-exists-tried = Någon försökte skapa ett nytt konto i Utbyte med den här e-postadressen, men det finns redan ett.
mail-account-exists-reset = Om det var du kan du logga in, eller välja ett nytt lösenord.
    .link = välja ett nytt lösenord
mail-account-exists-reset-at = Om det var du kan du logga in, eller välja ett nytt lösenord på { $link }.
mail-account-exists-ignore = Om det inte var du kan du bortse från mejlet.

## exchange_submitted

mail-exchange-submitted-subject = Utbyte att godkänna: { $title }
mail-exchange-submitted-asks = { $teacher } på { $organisation } ber dig godkänna utbytet { $title } ({ $dates }, { $destination }, { $risk }).
mail-exchange-submitted-decide = Fatta beslut senast { $due }.
    .link = Fatta beslut
mail-exchange-submitted-decide-here = Fatta beslut senast { $due } här:

## exchange_decided: $decision är approved, changes_requested, rejected eller step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Ditt utbyte { $title } har godkänts
        [changes_requested] Ändringar begärs i utbytet { $title }
        [rejected] Ditt utbyte { $title } har inte godkänts
        [step_approved] { $title }: ett steg är godkänt
       *[other] Nytt beslut om utbytet { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] Ditt utbyte { $title } har godkänts av { $approver }.
        [changes_requested] { $approver } har granskat utbytet { $title }, och ändringar begärs innan det kan godkännas.
        [rejected] Ditt utbyte { $title } har inte godkänts. Beslutet fattades av { $approver }.
        [step_approved] { $approver } har godkänt ett steg för utbytet { $title }. Nu väntar utbytet på nästa person som ska godkänna det.
       *[other] { $approver } har fattat ett beslut om utbytet { $title }.
    }
mail-exchange-decided-comment = Kommentar från { $approver }:
mail-exchange-decided-open = Öppna utbytet
mail-exchange-decided-open-here = Öppna utbytet:

## exchange_cancelled

mail-exchange-cancelled-subject = Utbytet { $title } är inställt
mail-exchange-cancelled-cancelled = Utbytet { $title } ({ $dates }) har ställts in av { $cancelled_by }.
mail-exchange-cancelled-reason = Anledning: { $reason }

## approval_reminder: $substitute är true när godkännaren inte har beslutat i tid

mail-approval-reminder-subject = { $substitute ->
        [true] Som ersättare: { $title } väntar på beslut
       *[false] Påminnelse: { $title } väntar på ditt beslut
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] Utbytet { $title } från { $organisation } har väntat på beslut sedan { $due }. Den ordinarie godkännaren har inte tagit ställning, så du ombeds besluta som ersättare.
       *[false] Utbytet { $title } från { $organisation } har väntat på ditt beslut sedan { $due }.
    }
mail-approval-reminder-decide = Fatta beslut
mail-approval-reminder-decide-here = Fatta beslut här:

## funding_deadline

mail-funding-deadline-subject = Ansökan { $title }: { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } kvar till sista dag
mail-funding-deadline-due = Ansökan { $title } ({ $action }, { $applicant }) ska vara inlämnad senast { $deadline }, om { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }. Den har status { $status }.

## consent_request: $changed är true när utbytet har ändrats sedan ett tidigare samtycke

mail-consent-request-subject = { $changed ->
        [true] Utbytet { $title } har ändrats – nytt samtycke behövs
       *[false] Samtycke behövs för att { $participant } ska få delta i { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] Utbytet { $title } ({ $dates }, { $destination }) har ändrats sedan samtycket för { $participant } lämnades. Det tidigare samtycket gäller därför inte längre, och vi behöver ett nytt samtycke från dig.
       *[false] Vi behöver ditt samtycke som vårdnadshavare för att { $participant } ska få delta i utbytet { $title } ({ $dates }, { $destination }).
    }
mail-consent-request-changes = Det här har ändrats:
# En ändring: vad som ändrats, vad det var och vad det är nu.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = Länken nedan öppnar en sida med information om resan och ett formulär. I formuläret lämnar du ditt samtycke, fyller i medicinsk information och vem vi ska kontakta vid en nödsituation, och svarar på om { $participant } får fotograferas.
mail-consent-request-open = Öppna sidan om resan. Länken gäller till { $until }.
    .link = Öppna sidan om resan
mail-consent-request-open-here = Öppna sidan här (länken gäller till { $until }):
mail-consent-request-personal = Länken är personlig och kan bara användas en gång. Skicka inte vidare mejlet eller länken till någon annan.

## consent_received: $status är confirmed, awaiting_approval (det ändrade utbytet väntar
## på godkännande) eller awaiting_guardian (en annan vårdnadshavares samtycke väntas)

mail-consent-received-subject = Tack för ditt samtycke – { $title }
mail-consent-received-thanks = Tack! Vi har tagit emot ditt samtycke till att { $participant } deltar i utbytet { $title } ({ $dates }).
mail-consent-received-status = { $status ->
        [confirmed] Anmälan är nu bekräftad, och { $participant } har en plats på resan.
        [awaiting_approval] Utbytet har ändrats och väntar på att godkännas igen. Platsen är inte bekräftad: den bekräftas när ändringen har godkänts och alla samtycken som behövs har kommit in. Då får du ett mejl.
       *[awaiting_guardian] Anmälan väntar nu på samtycke från den andra vårdnadshavaren. När det har kommit in kan anmälan bekräftas.
    }
mail-consent-received-withdraw = Du kan återkalla samtycket fram till avresan ({ $departure }).
    .link = återkalla samtycket
mail-consent-received-withdraw-here = Du kan återkalla samtycket fram till avresan ({ $departure }) här:
mail-consent-received-personal = Länken är personlig. Skicka inte vidare mejlet eller länken till någon annan.

## Vad som har ändrats i ett utbyte, i begäran om samtycke och på samtyckessidan

consent-change-start-date = Startdatum
consent-change-end-date = Slutdatum
consent-change-destination-town-id = Resmål
consent-change-venue = Plats
consent-change-accommodation = Boende
consent-change-programme = Program
consent-change-activity-days = Aktivitetsdagar
consent-change-adventurous-activities = Äventyrliga aktiviteter
consent-change-participants = Antal deltagare
consent-change-leaders = Antal ledare
consent-change-insurance-confirmed = Försäkring
consent-change-risk-assessment = Riskbedömning
consent-change-consent-plan = Plan för samtycke
# En dag i programmet: dess nummer och vad som händer.
consent-change-programme-day = dag { $day }: { $text }
consent-change-yes = ja
consent-change-no = nej

## registration_confirmed

mail-registration-confirmed-subject = { $participant } har en bekräftad plats på { $title }
mail-registration-confirmed-confirmed = { $participant } har nu en bekräftad plats på utbytet { $title } ({ $dates }, { $destination }).

## place_offered: $by_consent är true när ett samtycke tackar ja till platsen

mail-place-offered-subject = En plats har blivit ledig på { $title } – tacka ja senast { $expires }
mail-place-offered-offered = En plats har blivit ledig på utbytet { $title } ({ $dates }), och den erbjuds nu { $participant }.
mail-place-offered-deadline = Platsen är än så länge bara erbjuden. Du behöver tacka ja senast { $expires }, annars går platsen vidare till nästa person på väntelistan.
mail-place-offered-accept = { $by_consent ->
        [true] Du tackar ja till platsen genom att lämna ditt samtycke.
       *[false] Öppna utbytet och tacka ja till platsen.
    }
    .link = { $by_consent ->
        [true] lämna ditt samtycke
       *[false] Öppna utbytet och tacka ja till platsen
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] Du tackar ja till platsen genom att lämna ditt samtycke här:
       *[false] Tacka ja till platsen här:
    }

## waiting_list: $lottery är true medan platserna ännu inte har lottats (då finns ingen
## $position); $dated är true när lottningens $date är känt

mail-waiting-list-subject = { $lottery ->
        [true] { $participant } väntar på lottningen till { $title }
       *[false] { $participant } står på väntelistan till { $title }
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } är anmäld till utbytet { $title } ({ $dates }) och står på väntelistan tills platserna har lottats.
       *[false] { $participant } står som nummer { $position } på väntelistan till utbytet { $title } ({ $dates }).
    }
mail-waiting-list-not-confirmed = Detta är ingen bekräftelse på en plats.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] Platserna lottas när anmälningstiden går ut ({ $date }), och efter lottningen får du besked om resultatet.
           *[false] Platserna lottas när anmälningstiden går ut, och efter lottningen får du besked om resultatet.
        }
       *[false] Om en plats blir ledig hör vi av oss.
    }

## registration_ended: $reason är withdrawn, cancelled, offer_expired, exchange_rejected
## eller consent_withdrawn

mail-registration-ended-subject = { $participant } är inte längre anmäld till { $title }
mail-registration-ended-ended = { $reason ->
        [withdrawn] Anmälan av { $participant } till utbytet { $title } ({ $dates }) har tagits tillbaka enligt önskemål.
        [cancelled] Anmälan av { $participant } till utbytet { $title } ({ $dates }) har avbrutits av utbytets ledare eller samordnare.
        [offer_expired] Platsen som erbjöds { $participant } på utbytet { $title } ({ $dates }) accepterades inte i tid. Den har gått vidare till nästa person på väntelistan, och anmälan är avslutad.
        [exchange_rejected] Utbytet { $title } ({ $dates }) ändrades efter att det hade godkänts, och ändringen godkändes inte. Utbytet blir därför inte av, och anmälan av { $participant } är avslutad.
        [consent_withdrawn] Tillståndet för { $participant } att resa på utbytet { $title } ({ $dates }) har återkallats. Platsen har därför lämnats tillbaka, och anmälan är avslutad.
       *[other] Anmälan av { $participant } till utbytet { $title } ({ $dates }) har avslutats.
    }
mail-registration-ended-comment = Kommentar:
