# Utbyte: påminnelser till vårdnadshavare som inte har svarat på en begäran om samtycke, och vad läraren får veta och ser.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked och $expires kommer formaterade som datum och tid, $dates som ett datumintervall.

mail-consent-reminder-subject = Påminnelse: samtycke för { $participant } – { $title }
mail-consent-reminder-first-line = Det här är en påminnelse: vi har inte fått ditt svar än. Länken i vårt tidigare mejl fungerar inte längre; använd den nya länken nedan, som gäller till { $until }.
mail-consents-complete-subject = Alla samtycken har kommit in: { $title }
mail-consents-complete-body = { $count ->
    [one] Alla samtycken för { $title } ({ $dates }) har kommit in: en anmälan är bekräftad.
   *[other] Alla samtycken för { $title } ({ $dates }) har kommit in: { $count } anmälningar är bekräftade.
}
mail-consent-follow-up-see = Se anmälningarna
mail-consent-follow-up-see-here = Se anmälningarna här:
mail-consent-link-expired-subject = Samtycke inte besvarat: { $participant } – { $title }
mail-consent-link-expired-body = Samtyckeslänken som skickades till { $guardian } för { $participant } ({ $title }) gick ut { $at } utan svar. Du kan skicka en ny länk från resans sida med anmälningar.

trip-outstanding-summary = { $count ->
    [0] Inget svar från vårdnadshavare saknas.
    [one] En vårdnadshavare har inte svarat än.
   *[other] { $count } vårdnadshavare har inte svarat än.
}
trip-outstanding-waiting = Tillfrågad { $asked }; länken gäller till { $expires }.
trip-outstanding-reminded = Senast påmind { $at }.
trip-outstanding-expired = Tillfrågad { $asked }; länken gick ut { $expires } utan svar.
