# Utbyte: muistutukset huoltajille, jotka eivät ole vastanneet suostumuspyyntöön, sekä mitä opettaja saa tietää ja näkee.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked ja $expires tulevat muotoiltuina päivämääränä ja kellonaikana, $dates päivämäärävälinä.

mail-consent-reminder-subject = Muistutus: suostumus, { $participant } – { $title }
mail-consent-reminder-first-line = Tämä on muistutus: emme ole vielä saaneet vastaustasi. Aiemman sähköpostimme linkki ei enää toimi; käytä alla olevaa uutta linkkiä, joka on voimassa { $until } asti.
mail-consents-complete-subject = Kaikki suostumukset on saatu: { $title }
mail-consents-complete-body = { $count ->
    [one] Kaikki suostumukset matkalle { $title } ({ $dates }) on saatu: yksi ilmoittautuminen on vahvistettu.
   *[other] Kaikki suostumukset matkalle { $title } ({ $dates }) on saatu: { $count } ilmoittautumista on vahvistettu.
}
mail-consent-follow-up-see = Katso ilmoittautumiset
mail-consent-follow-up-see-here = Katso ilmoittautumiset täältä:
mail-consent-link-expired-subject = Suostumukseen ei vastattu: { $participant } – { $title }
mail-consent-link-expired-body = Huoltajalle { $guardian } lähetetty suostumuslinkki ({ $participant }, { $title }) vanheni { $at } ilman vastausta. Voit lähettää uuden linkin matkan ilmoittautumissivulta.

trip-outstanding-summary = { $count ->
    [0] Huoltajien vastauksia ei puutu.
    [one] Yksi huoltaja ei ole vielä vastannut.
   *[other] { $count } huoltajaa ei ole vielä vastannut.
}
trip-outstanding-waiting = Kysytty { $asked }; linkki on voimassa { $expires } asti.
trip-outstanding-reminded = Viimeksi muistutettu { $at }.
trip-outstanding-expired = Kysytty { $asked }; linkki vanheni { $expires } ilman vastausta.
