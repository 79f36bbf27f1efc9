# Utbyte: heakskiitja lehed, heakskiitude järjekord ja otsuse vorm.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Heakskiidud
approvals-held-title = Ootab sinu otsust
approvals-empty = Miski ei oota sinu otsust.
approvals-substitute-title = Tähtaja ületanud, sulle asendajana
approvals-substitute-intro = Nende sammude tähtaeg on möödas. Võid nende kohta otsustada nende heakskiitja asemel.
approvals-school = Kool
approvals-dates = Kuupäevad
approvals-step = Samm
approvals-waiting-label = Oodanud
approvals-waiting = { $days ->
    [0] Alates tänasest
    [one] { $days } päev
   *[other] { $days } päeva
}
approvals-due = Tähtaeg
approvals-overdue = Tähtaeg ületatud
approvals-role-principal = Koolijuht
approvals-role-coordinator = Omavalitsuse koordinaator
approvals-role-named = Määratud heakskiitja
approvals-decided-approve = Kiitsid vahetuse { $title } heaks.
approvals-decided-request-changes = Palusid vahetuses { $title } muudatusi teha.
approvals-decided-reject = Lükkasid vahetuse { $title } tagasi.
approvals-closed-title = Otsust ei oodata
approvals-already-decided = Oled selle vahetuse kohta oma sammus juba otsuse teinud. Otsus jääb kehtima.
approvals-not-waiting = See vahetus ei oota enam otsust: selle kohta on juba otsustatud.
approvals-back-to-queue = Tagasi sinu heakskiitude juurde
approvals-decision-title = Otsusta: { $title }
approvals-summary-title = Vahetus
approvals-destination = Sihtkoht
approvals-group-label = Rühm
approvals-group = { $participants ->
    [one] { $participants } noor
   *[other] { $participants } noort
}, { $leaders ->
    [one] { $leaders } juhendaja
   *[other] { $leaders } juhendajat
}
approvals-risk = Riskitase
approvals-whole-exchange = Vaata vahetuse kõiki andmeid
approvals-checklist-title = Kontrollnimekiri
approvals-check-met = täidetud
approvals-check-not-met = täitmata
approvals-check-advisory = soovituslik
approvals-check-leader-ratio = Piisavalt täiskasvanud juhendajaid
approvals-check-insurance = Kindlustus kinnitatud
approvals-check-risk-assessment = Kirjalik riskihinnang
approvals-check-budget = Eelarve esitatud
approvals-check-consent-plan = Nõusolekute plaan
approvals-check-registration-deadline = Registreerumise tähtaeg piisavalt vara
approvals-check-green-travel = Keskkonnasõbralik reisimine
approvals-check-funding-eligibility = Vastab taotletava rahastuse tingimustele
approvals-earlier-title = Varasemad otsused
approvals-earlier-none = Ühegi sammu kohta pole veel otsust tehtud.
approvals-decision-approved = Heaks kiidetud
approvals-decision-changes-requested = Muudatusi palutud
approvals-decision-rejected = Tagasi lükatud
approvals-decide-title = Sinu otsus
approvals-decision-legend = Otsus
approvals-approve = Kiida heaks
approvals-request-changes = Palu muudatusi
approvals-reject = Lükka tagasi
approvals-comment-label = Kommentaar
approvals-comment-hint = Vajalik, kui palud muudatusi või lükkad tagasi: kirjuta, mida tuleb muuta või miks mitte.
approvals-submit = Saada otsus
problem-choose-decision = Vali „kiida heaks“, „palu muudatusi“ või „lükka tagasi“.
