# Utbyte: påmindelser til forældremyndighedsindehavere, der ikke har svaret på en anmodning om samtykke, og hvad læreren får at vide og ser.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked og $expires kommer formateret som dato og klokkeslæt, $dates som et datointerval.

mail-consent-reminder-subject = Påmindelse: samtykke for { $participant } – { $title }
mail-consent-reminder-first-line = Dette er en påmindelse: vi har endnu ikke modtaget dit svar. Linket i vores tidligere e-mail virker ikke længere; brug venligst det nye link nedenfor, som gælder til { $until }.
mail-consents-complete-subject = Alle samtykker er modtaget: { $title }
mail-consents-complete-body = { $count ->
    [one] Alle samtykker til { $title } ({ $dates }) er modtaget: én tilmelding er bekræftet.
   *[other] Alle samtykker til { $title } ({ $dates }) er modtaget: { $count } tilmeldinger er bekræftet.
}
mail-consent-follow-up-see = Se tilmeldingerne
mail-consent-follow-up-see-here = Se tilmeldingerne her:
mail-consent-link-expired-subject = Samtykke ikke besvaret: { $participant } – { $title }
mail-consent-link-expired-body = Samtykkelinket, der blev sendt til { $guardian } for { $participant } ({ $title }), udløb { $at } uden svar. Du kan sende et nyt link fra rejsens side med tilmeldinger.

trip-outstanding-summary = { $count ->
    [0] Der mangler ingen svar fra forældremyndighedsindehavere.
    [one] Én forældremyndighedsindehaver har ikke svaret endnu.
   *[other] { $count } forældremyndighedsindehavere har ikke svaret endnu.
}
trip-outstanding-waiting = Spurgt { $asked }; linket gælder til { $expires }.
trip-outstanding-reminded = Sidst påmindet { $at }.
trip-outstanding-expired = Spurgt { $asked }; linket udløb { $expires } uden svar.
