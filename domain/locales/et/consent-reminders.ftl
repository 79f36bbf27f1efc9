# Utbyte: meeldetuletused vanematele, kes pole nõusolekutaotlusele vastanud, ning mida õpetaja teada saab ja näeb.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked ja $expires tulevad vormindatuna kuupäeva ja kellaajana, $dates kuupäevavahemikuna.

mail-consent-reminder-subject = Meeldetuletus: nõusolek, { $participant } – { $title }
mail-consent-reminder-first-line = See on meeldetuletus: me pole veel teie vastust saanud. Meie varasema e-kirja link enam ei tööta; palun kasutage allolevat uut linki, mis kehtib kuni { $until }.
mail-consents-complete-subject = Kõik nõusolekud on laekunud: { $title }
mail-consents-complete-body = { $count ->
    [one] Kõik nõusolekud reisile { $title } ({ $dates }) on laekunud: üks registreerimine on kinnitatud.
   *[other] Kõik nõusolekud reisile { $title } ({ $dates }) on laekunud: { $count } registreerimist on kinnitatud.
}
mail-consent-follow-up-see = Vaata registreerimisi
mail-consent-follow-up-see-here = Vaata registreerimisi siin:
mail-consent-link-expired-subject = Nõusolekule ei vastatud: { $participant } – { $title }
mail-consent-link-expired-body = Nõusoleku link, mis saadeti { $guardian } jaoks ({ $participant }, { $title }), aegus { $at } ilma vastuseta. Uue lingi saate saata reisi registreerimiste lehelt.

trip-outstanding-summary = { $count ->
    [0] Ühtegi vanema vastust ei puudu.
    [one] Üks vanem pole veel vastanud.
   *[other] { $count } vanemat pole veel vastanud.
}
trip-outstanding-waiting = Küsitud { $asked }; link kehtib kuni { $expires }.
trip-outstanding-reminded = Viimati meelde tuletatud { $at }.
trip-outstanding-expired = Küsitud { $asked }; link aegus { $expires } ilma vastuseta.
