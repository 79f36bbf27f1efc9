# Utbyte: sähköpostiviestit, yksi osio kutakin viestiä kohden (sen kansio hakemistossa templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Pelkkää tekstiä: mallipohjat lisäävät kappaleet, linkit ja korostukset. Jos lauseessa on linkki,
# linkin sanat kirjoitetaan `.link`-määritteeseen täsmälleen niin kuin ne ovat lauseessa.
# Kyllä/ei-vaihtoehdot valitaan arvoilla [true] ja [false].

mail-footer = Utbyte – kansainväliset nuoriso- ja kouluvaihdot
mail-greeting = Hei { $name },
mail-greeting-anonymous = Hei,

## organiser
mail-organiser = Tämän viestin lähettää Utbyte-palvelun kautta { $organisation } ({ $municipality }). Utbyte on kunnan palvelu kansainvälisiä vaihtoja varten.
mail-organiser-contact = Jos sinulla on kysyttävää matkasta, kirjoita: { $teacher }, { $email }.
mail-organiser-no-contact = Jos sinulla on kysyttävää matkasta, ota yhteyttä: { $organisation }.

## invitation

mail-invitation-subject = Sinut on kutsuttu Utbyteen
mail-invitation-invited = { $inviter } on kutsunut sinut Utbyteen. Roolisi on { $role }.
mail-invitation-activate = Valitse salasana ja aktivoi tilisi. Linkki on voimassa { $valid_for } ja toimii vain kerran.
    .link = Valitse salasana ja aktivoi tilisi
mail-invitation-activate-here = Valitse salasana ja aktivoi tilisi alla olevan linkin kautta (linkki on voimassa { $valid_for } ja toimii vain kerran):
mail-invitation-ignore = Jos et odottanut tätä kutsua, voit jättää tämän viestin huomiotta.

## invitation_reminder

mail-invitation-reminder-subject = Muistutus: kutsusi Utbyteen odottaa
mail-invitation-reminder-not-activated = Sinut on kutsuttu Utbyteen, mutta et ole vielä aktivoinut tiliäsi.
mail-invitation-reminder-activate = Aktivoi tilisi. Linkki on voimassa { $valid_for } ja toimii vain kerran; aiempi linkki ei enää toimi.
    .link = Aktivoi tilisi
mail-invitation-reminder-new-link = Tässä on uusi linkki (voimassa { $valid_for }, toimii vain kerran; aiempi linkki ei enää toimi):
mail-invitation-reminder-ignore = Jos et halua tiliä, voit jättää tämän viestin huomiotta.

## verify_email

mail-verify-email-subject = Vahvista sähköpostiosoitteesi
mail-verify-email-confirm = Vahvista, että tämä osoite on sinun. Linkki on voimassa { $valid_for }.
    .link = Vahvista, että tämä osoite on sinun
mail-verify-email-confirm-here = Vahvista, että tämä osoite on sinun, avaamalla alla oleva linkki (voimassa { $valid_for }):
mail-verify-email-ignore = Jos et ole luonut tiliä Utbyteen, voit jättää tämän viestin huomiotta.

## password_reset

mail-password-reset-subject = Salasanan vaihtaminen
mail-password-reset-asked = Joku (toivottavasti sinä) pyysi vaihtamaan Utbyte-tilisi salasanan.
mail-password-reset-choose = Valitse uusi salasana. Linkki on voimassa { $valid_for } ja toimii vain kerran.
    .link = Valitse uusi salasana
mail-password-reset-choose-here = Valitse uusi salasana alla olevan linkin kautta (linkki on voimassa { $valid_for } ja toimii vain kerran):
mail-password-reset-not-you = Jos pyyntö ei ollut sinun, sinun ei tarvitse tehdä mitään: salasanasi pysyy ennallaan.

## password_changed

mail-password-changed-subject = Salasanasi on vaihdettu
mail-password-changed-changed = Utbyte-tilisi salasana vaihdettiin juuri, ja muut laitteesi kirjattiin ulos.
mail-password-changed-not-you = Jos et tehnyt tätä itse: vaihda salasanasi ja ota yhteyttä koordinaattoriisi.
    .link = vaihda salasanasi
mail-password-changed-not-you-at = Jos et tehnyt tätä itse: vaihda salasanasi osoitteessa { $link } ja ota yhteyttä koordinaattoriisi.

## account_exists

mail-account-exists-subject = Sinulla on jo Utbyte-tili
mail-account-exists-tried = Joku yritti luoda uuden Utbyte-tilin tällä sähköpostiosoitteella, mutta osoitteella on jo tili.
mail-account-exists-reset = Jos se olit sinä, kirjaudu sisään tai valitse uusi salasana.
    .link = valitse uusi salasana
mail-account-exists-reset-at = Jos se olit sinä, kirjaudu sisään tai valitse uusi salasana osoitteessa { $link }.
mail-account-exists-ignore = Jos se et ollut sinä, voit jättää tämän viestin huomiotta.

## exchange_submitted

mail-exchange-submitted-subject = Hyväksyttävä vaihto: { $title }
mail-exchange-submitted-asks = { $teacher } ({ $organisation }) pyytää sinua hyväksymään vaihdon { $title } ({ $dates }, { $destination }, { $risk }).
mail-exchange-submitted-decide = Tee päätös viimeistään { $due }.
    .link = Tee päätös
mail-exchange-submitted-decide-here = Tee päätös viimeistään { $due } alla olevan linkin kautta:

## exchange_decided: $decision on approved, changes_requested, rejected tai step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Vaihtosi { $title } on hyväksytty
        [changes_requested] Vaihtoosi { $title } pyydetään muutoksia
        [rejected] Vaihtoasi { $title } ei hyväksytty
        [step_approved] { $title }: yksi vaihe hyväksytty
       *[other] Uusi päätös vaihdostasi { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] { $approver } on hyväksynyt vaihtosi { $title }.
        [changes_requested] { $approver } on käsitellyt vaihdon { $title } ja pyytää siihen muutoksia ennen kuin se voidaan hyväksyä.
        [rejected] Vaihtoasi { $title } ei hyväksytty. Päätöksen teki { $approver }.
        [step_approved] { $approver } hyväksyi yhden vaihdon { $title } hyväksyntävaiheista. Vaihto odottaa nyt seuraavan hyväksyjän päätöstä.
       *[other] { $approver } on tehnyt päätöksen vaihdosta { $title }.
    }
mail-exchange-decided-comment = { $approver } lisäsi kommentin:
mail-exchange-decided-open = Avaa vaihto
mail-exchange-decided-open-here = Avaa vaihto:

## exchange_cancelled

mail-exchange-cancelled-subject = Vaihto { $title } on peruttu
mail-exchange-cancelled-cancelled = { $cancelled_by } on perunut vaihdon { $title } ({ $dates }).
mail-exchange-cancelled-reason = Syy: { $reason }

## approval_reminder: $substitute on true, kun hyväksyjä ei ole päättänyt ajoissa

mail-approval-reminder-subject = { $substitute ->
        [true] Sijaisena: { $title } odottaa päätöstä
       *[false] Muistutus: { $title } odottaa päätöstäsi
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] Vaihto { $title } ({ $organisation }) on odottanut päätöstä { $due } lähtien. Hyväksyjä ei ole tehnyt päätöstä, joten sinua pyydetään päättämään asiasta sijaisena.
       *[false] Vaihto { $title } ({ $organisation }) on odottanut päätöstäsi { $due } lähtien.
    }
mail-approval-reminder-decide = Tee päätös
mail-approval-reminder-decide-here = Tee päätös alla olevan linkin kautta:

## funding_deadline

mail-funding-deadline-subject = Hakemus { $title }: määräaikaan { $days ->
        [one] { $days } päivä
       *[other] { $days } päivää
    }
mail-funding-deadline-due = Hakemus { $title } ({ $action }, { $applicant }) on jätettävä viimeistään { $deadline } eli { $days ->
        [one] { $days } päivän
       *[other] { $days } päivän
    } kuluttua. Hakemuksen tila: { $status }.

## consent_request: $changed on true, kun vaihto on muuttunut aiemman suostumuksen jälkeen

mail-consent-request-subject = { $changed ->
        [true] Vaihto { $title } on muuttunut – tarvitaan uusi suostumus
       *[false] Suostumus tarvitaan, jotta { $participant } voi osallistua vaihtoon { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] Vaihtoa { $title } ({ $dates }, { $destination }) on muutettu sen jälkeen, kun suostumus annettiin. Siksi aiempi suostumus siihen, että { $participant } osallistuu vaihtoon, ei ole enää voimassa, ja tarvitsemme sinulta uuden suostumuksen.
       *[false] Tarvitsemme huoltajan suostumuksesi siihen, että { $participant } voi osallistua vaihtoon { $title } ({ $dates }, { $destination }).
    }
mail-consent-request-changes = Muutokset:
# Yksi muutos: mikä muuttui, mitä se oli ja mitä se on nyt.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = Alla oleva linkki avaa sivun, jolla on tietoa matkasta ja lomake. Lomakkeella annat suostumuksesi, täytät terveystiedot ja hätätilanteen yhteyshenkilöt sekä kerrot, saako { $participant } esiintyä valokuvissa.
mail-consent-request-open = Avaa matkaa koskeva sivu. Linkki on voimassa { $until } asti.
    .link = Avaa matkaa koskeva sivu
mail-consent-request-open-here = Avaa sivu alla olevasta linkistä (linkki on voimassa { $until } asti):
mail-consent-request-personal = Linkki on henkilökohtainen ja toimii vain kerran. Älä välitä tätä viestiä tai linkkiä kenellekään muulle.

## consent_received: $status on confirmed, awaiting_approval (muutettu vaihto odottaa
## hyväksyntää) tai awaiting_guardian (odotetaan toisen huoltajan suostumusta)

mail-consent-received-subject = Kiitos suostumuksestasi – { $title }
mail-consent-received-thanks = Kiitos! Olemme vastaanottaneet suostumuksesi siihen, että { $participant } osallistuu vaihtoon { $title } ({ $dates }).
mail-consent-received-status = { $status ->
        [confirmed] Ilmoittautuminen on nyt vahvistettu, ja { $participant } on saanut paikan matkalle.
        [awaiting_approval] Vaihtoa on muutettu, ja se odottaa uutta hyväksyntää. Paikka ei ole vielä vahvistettu: se vahvistetaan, kun muutos on hyväksytty ja kaikki tarvittavat suostumukset on saatu. Saat silloin sähköpostin.
       *[awaiting_guardian] Ilmoittautuminen odottaa nyt toisen huoltajan suostumusta. Kun se on saatu, ilmoittautuminen voidaan vahvistaa.
    }
mail-consent-received-withdraw = Voit perua suostumuksesi lähtöön asti ({ $departure }).
    .link = perua suostumuksesi
mail-consent-received-withdraw-here = Voit perua suostumuksesi lähtöön asti ({ $departure }) alla olevan linkin kautta:
mail-consent-received-personal = Linkki on henkilökohtainen. Älä välitä tätä viestiä tai linkkiä kenellekään muulle.

## Mitä vaihdossa on muuttunut: suostumuspyynnössä ja suostumussivulla

consent-change-start-date = Ensimmäinen päivä
consent-change-end-date = Viimeinen päivä
consent-change-destination-town-id = Kohde
consent-change-venue = Paikka
consent-change-accommodation = Majoitus
consent-change-programme = Ohjelma
consent-change-activity-days = Toimintapäivät
consent-change-adventurous-activities = Seikkailulliset aktiviteetit
consent-change-participants = Osallistujien määrä
consent-change-leaders = Ohjaajien määrä
consent-change-insurance-confirmed = Vakuutus
consent-change-risk-assessment = Riskiarvio
consent-change-consent-plan = Suunnitelma suostumuksista
# Ohjelman yksi päivä: sen numero ja mitä tapahtuu.
consent-change-programme-day = päivä { $day }: { $text }
consent-change-yes = kyllä
consent-change-no = ei

## registration_confirmed

mail-registration-confirmed-subject = { $participant } on saanut vahvistetun paikan vaihtoon { $title }
mail-registration-confirmed-confirmed = { $participant } on nyt saanut vahvistetun paikan vaihtoon { $title } ({ $dates }, { $destination }).

## place_offered: $by_consent on true, kun suostumuksen antaminen ottaa paikan vastaan

mail-place-offered-subject = Vaihtoon { $title } on vapautunut paikka – ota se vastaan viimeistään { $expires }
mail-place-offered-offered = Vaihtoon { $title } ({ $dates }) on vapautunut paikka, ja { $participant } voi nyt saada sen.
mail-place-offered-deadline = Paikka on toistaiseksi vasta tarjolla. Sinun on otettava se vastaan viimeistään { $expires }, muuten paikka siirtyy seuraavalle jonotuslistalla olevalle.
mail-place-offered-accept = { $by_consent ->
        [true] Otat paikan vastaan antamalla suostumuksesi.
       *[false] Avaa vaihto ja ota paikka vastaan.
    }
    .link = { $by_consent ->
        [true] antamalla suostumuksesi
       *[false] Avaa vaihto ja ota paikka vastaan
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] Otat paikan vastaan antamalla suostumuksesi alla olevan linkin kautta:
       *[false] Ota paikka vastaan alla olevan linkin kautta:
    }

## waiting_list: $lottery on true niin kauan kuin paikat on vielä arpomatta (silloin
## $position puuttuu); $dated on true, kun arvonnan päivä $date tiedetään

mail-waiting-list-subject = { $lottery ->
        [true] { $participant } odottaa vaihdon { $title } paikkojen arvontaa
       *[false] { $participant } on vaihdon { $title } jonotuslistalla
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } on ilmoittautunut vaihtoon { $title } ({ $dates }) ja on jonotuslistalla, kunnes paikat on arvottu.
       *[false] { $participant } on vaihdon { $title } ({ $dates }) jonotuslistalla sijalla { $position }.
    }
mail-waiting-list-not-confirmed = Tämä ei ole vahvistus paikasta.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] Paikat arvotaan, kun ilmoittautuminen päättyy ({ $date }), ja saat tiedon tuloksesta arvonnan jälkeen.
           *[false] Paikat arvotaan, kun ilmoittautuminen päättyy, ja saat tiedon tuloksesta arvonnan jälkeen.
        }
       *[false] Jos paikka vapautuu, otamme sinuun yhteyttä.
    }

## registration_ended: $reason on withdrawn, cancelled, offer_expired, exchange_rejected
## tai consent_withdrawn

mail-registration-ended-subject = { $participant } ei ole enää ilmoittautuneena vaihtoon { $title }
mail-registration-ended-ended = { $reason ->
        [withdrawn] { $participant } ei ole enää ilmoittautuneena vaihtoon { $title } ({ $dates }): ilmoittautuminen on peruttu pyynnön mukaisesti.
        [cancelled] { $participant } ei ole enää ilmoittautuneena vaihtoon { $title } ({ $dates }): vaihdon ohjaajat tai koordinaattori ovat peruneet ilmoittautumisen.
        [offer_expired] { $participant } sai tarjouksen paikasta vaihtoon { $title } ({ $dates }), mutta paikkaa ei otettu vastaan ajoissa. Paikka on siirtynyt seuraavalle jonotuslistalla olevalle, ja ilmoittautuminen on päättynyt.
        [exchange_rejected] Vaihtoa { $title } ({ $dates }) muutettiin sen hyväksymisen jälkeen, eikä muutosta hyväksytty. Siksi vaihto ei toteudu, eikä { $participant } ole enää ilmoittautuneena siihen.
        [consent_withdrawn] Lupa siihen, että { $participant } matkustaa vaihtoon { $title } ({ $dates }), on peruttu. Siksi paikka on vapautettu, ja ilmoittautuminen on päättynyt.
       *[other] { $participant } ei ole enää ilmoittautuneena vaihtoon { $title } ({ $dates }): ilmoittautuminen on päättynyt.
    }
mail-registration-ended-comment = Kommentti:
