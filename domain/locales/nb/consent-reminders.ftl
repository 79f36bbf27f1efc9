# Utbyte: påminnelser til foresatte som ikke har svart på en forespørsel om samtykke, og hva læreren får vite og ser.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked og $expires kommer formatert som dato og klokkeslett, $dates som et datointervall.

mail-consent-reminder-subject = Påminnelse: samtykke for { $participant } – { $title }
mail-consent-reminder-first-line = Dette er en påminnelse: vi har ennå ikke fått svaret ditt. Lenken i vår tidligere e-post virker ikke lenger; bruk den nye lenken nedenfor, som gjelder til { $until }.
mail-consents-complete-subject = Alle samtykker er kommet inn: { $title }
mail-consents-complete-body = { $count ->
    [one] Alle samtykker for { $title } ({ $dates }) er kommet inn: én påmelding er bekreftet.
   *[other] Alle samtykker for { $title } ({ $dates }) er kommet inn: { $count } påmeldinger er bekreftet.
}
mail-consent-follow-up-see = Se påmeldingene
mail-consent-follow-up-see-here = Se påmeldingene her:
mail-consent-link-expired-subject = Samtykke ikke besvart: { $participant } – { $title }
mail-consent-link-expired-body = Samtykkelenken som ble sendt til { $guardian } for { $participant } ({ $title }), gikk ut { $at } uten svar. Du kan sende en ny lenke fra reisens side med påmeldinger.

trip-outstanding-summary = { $count ->
    [0] Det mangler ingen svar fra foresatte.
    [one] Én foresatt har ikke svart ennå.
   *[other] { $count } foresatte har ikke svart ennå.
}
trip-outstanding-waiting = Spurt { $asked }; lenken gjelder til { $expires }.
trip-outstanding-reminded = Sist påminnet { $at }.
trip-outstanding-expired = Spurt { $asked }; lenken gikk ut { $expires } uten svar.
