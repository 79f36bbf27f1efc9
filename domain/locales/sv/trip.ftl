# Utbyte: resan (anmälningar, deltagarlista, medicinsk information, nästa steg, rapport).
# Reviewed by: (not yet reviewed by a native speaker)

trip-registrations-title = Anmälningar: { $title }
trip-exchange-state = Utbytet är:
trip-exchange-draft = Utkast
trip-exchange-submitted = Inskickat
trip-exchange-changes-requested = Ändringar begärda
trip-exchange-approved = Godkänt
trip-exchange-open-for-registration = Öppet för anmälan
trip-exchange-registration-closed = Anmälan stängd
trip-exchange-under-way = Pågår
trip-exchange-completed = Genomfört
trip-exchange-rejected = Avslaget
trip-exchange-cancelled = Inställt
trip-exchange-reported = Rapporterat
trip-roster-link = Deltagarlista
trip-report-link = Rapport efter resan
trip-back-to-registrations = Tillbaka till anmälningarna

trip-places-saved = Platserna är sparade.
trip-registration-cancelled = Anmälan är avbokad.
trip-consent-link-sent = En ny länk för samtycke är på väg. Den gamla fungerar inte längre.
trip-membership-confirmed = Medlemskapet är bekräftat.
trip-lottery-drawn = Lottningen är gjord.
trip-advanced = Utbytet har gått vidare.

trip-places-title = Platser och anmälan
trip-places-taken = { $taken ->
    [one] { $taken } plats är tagen
   *[other] { $taken } platser är tagna
}
trip-places-capacity = av { $capacity }.
trip-capacity-label = Antal platser
trip-capacity-hint = Mellan 1 och 500, och minst så många som redan är tagna.
trip-consent-rule-label = Vems samtycke bekräftar en plats
trip-one-guardian = En vårdnadshavare
trip-every-guardian = Alla vårdnadshavare
trip-selection-label = Hur platserna fördelas
trip-first-come = Först till kvarn
trip-lottery = Lottning efter sista anmälningsdag
trip-membership-label = Vem får anmäla sig
trip-members = Elever på den sändande skolan och partnerskolorna
trip-open = Alla
trip-places-button = Spara platser
problem-below-places-taken = Fler platser än så är redan tagna.
problem-registrations-exist = Det går inte att ändra när någon har anmält sig.

trip-lottery-heading = Lottning
trip-lottery-seed = Lottningens frö
trip-lottery-drawn-at = Lottad
trip-lottery-not-drawn = Lottningen är inte gjord än.
trip-lottery-draw-link = Lotta platserna…
trip-lottery-title = Lotta platserna: { $title }
trip-lottery-waiting = { $count ->
    [one] { $count } person väntar på en plats.
   *[other] { $count } personer väntar på en plats.
}
trip-lottery-free = { $count ->
    [one] { $count } plats är ledig.
   *[other] { $count } platser är lediga.
}
trip-lottery-final = Lottningen går inte att ångra. Alla får besked per e-post.
trip-lottery-draw-button = Lotta nu

trip-registrations-heading = Anmälningar
trip-no-registrations = Ingen har anmält sig än.
trip-registration-state = Läge
trip-state-pending-consent = Har plats, väntar på samtycke
trip-state-confirmed = Bekräftad
trip-state-waiting-list = På väntelistan
trip-state-offered = Erbjuden en plats
trip-state-withdrawn = Återkallad
trip-state-cancelled = Avbokad
trip-waiting-position = Plats i kön
trip-offer-expires = Erbjudandet gäller till
trip-lottery-rank = Lottad som nummer
trip-outcome-reason = Varför
trip-consent = Samtycke
trip-consent-not-needed = Behövs inte: 18 år eller äldre vid avresan
trip-consent-met = Givet enligt regeln
trip-consent-awaited-one = Väntar på en vårdnadshavare
trip-consent-awaited-every = Väntar på alla vårdnadshavare
trip-membership = Medlemskap
trip-membership-confirmed-yes = Bekräftat av skolan
trip-membership-unconfirmed = Inte bekräftat
trip-guardians = Vårdnadshavare
trip-guardian-awaited = inget svar än
trip-guardian-given = samtycke givet
trip-guardian-withdrawn = samtycke återkallat
trip-guardian-invalidated = samtycket gäller inte efter en ändring
trip-resend-consent = Skicka en ny länk för samtycke till { $name }
trip-medical-link = Medicinsk information om { $name }
trip-confirm-membership = Bekräfta att { $name } är elev här
trip-cancel-reason = Skäl att avboka anmälan för { $name }
trip-cancel-button = Avboka anmälan

trip-advance-title = För utbytet vidare
trip-early-reason-label = Skäl att göra det i förväg
trip-early-reason-hint = Bara en samordnare får starta eller avsluta ett utbyte före datumen, med ett skrivet skäl (minst 10 tecken).
trip-too-early = Inte än: före datumen får bara en samordnare göra det, med ett skrivet skäl.
trip-step-open-registration = Öppna anmälan
trip-step-close-registration = Stäng anmälan
trip-step-start = Starta resan
trip-step-complete = Avsluta resan

trip-roster-title = Deltagarlista: { $title }
trip-roster-download = Ladda ner deltagarlistan (CSV)
trip-roster-audited = Varje läsning av deltagarlistan loggas.
trip-roster-empty = Ingen har en plats än.
trip-roster-caption = { $count ->
    [one] { $count } deltagare med plats
   *[other] { $count } deltagare med plats
}
trip-roster-participant = Deltagare
trip-roster-born = Född
trip-emergency-contacts = Kontakter i nödfall
trip-allergies = Allergier
trip-medication = Mediciner
trip-dietary-needs = Kost
trip-medical-notes = Medicinska anteckningar

trip-medical-title = Medicinsk information: { $title }
trip-medical-audited = Varje läsning av medicinsk information loggas.
trip-medical-none = Ingen vårdnadshavare har lämnat medicinsk information än.
trip-medical-participant = Deltagare: { $name }
trip-medical-updated = Senast lämnad
trip-medical-statements = Lämnad av
trip-medical-given-by = { $name }
trip-medical-given-by-unknown = En vårdnadshavare som inte längre finns registrerad
trip-report-title = Rapport efter resan: { $title }
trip-report-what-happened = Vad som hände
trip-report-outcomes = Resultat
trip-report-outcomes-hint = Mot utbytets lärandemål.
trip-report-feedback = Vad deltagarna sa
trip-report-cost = Vad det faktiskt kostade, i euro
trip-report-cost-hint = Till exempel 12 500 eller 12 500,50.
trip-report-button = Lämna rapporten
trip-report-filed = Rapporten är lämnad.
trip-report-already = Rapporten är lämnad.
trip-report-not-yet = Rapporten kan lämnas när utbytet är genomfört.
