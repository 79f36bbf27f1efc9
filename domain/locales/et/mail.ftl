# Utbyte: e-kirjad, iga kirja kohta üks jaotis (selle kaust kataloogis templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Ainult lihttekst: mallid lisavad lõigud, lingid ja rõhutused. Kui lauses on link, kirjutatakse
# lingi sõnad `.link`-atribuuti täpselt nii, nagu need lauses esinevad.
# Jah/ei-valikud valitakse väärtustega [true] ja [false].

mail-footer = Utbyte – rahvusvahelised noorte- ja koolivahetused
mail-greeting = Tere, { $name }!
mail-greeting-anonymous = Tere!

## organiser
mail-organiser = Selle sõnumi saadab teenuse Utbyte kaudu { $organisation } ({ $municipality }). Utbyte on omavalitsuse teenus rahvusvaheliste vahetuste jaoks.
mail-organiser-contact = Kui sul on reisi kohta küsimusi, kirjuta: { $teacher }, { $email }.
mail-organiser-no-contact = Kui sul on reisi kohta küsimusi, võta ühendust: { $organisation }.

## invitation

mail-invitation-subject = Sind on kutsutud Utbytesse
mail-invitation-invited = { $inviter } kutsus sind Utbytesse. Sinu roll on { $role }.
mail-invitation-activate = Vali parool ja aktiveeri oma konto. Link kehtib { $valid_for } ja seda saab kasutada ainult üks kord.
    .link = Vali parool ja aktiveeri oma konto
mail-invitation-activate-here = Vali parool ja aktiveeri oma konto alloleva lingi kaudu (link kehtib { $valid_for } ja seda saab kasutada ainult üks kord):
mail-invitation-ignore = Kui sa seda kutset ei oodanud, võid selle e-kirja tähelepanuta jätta.

## invitation_reminder

mail-invitation-reminder-subject = Meeldetuletus: sinu kutse Utbytesse ootab
mail-invitation-reminder-not-activated = Sind on kutsutud Utbytesse, kuid sa pole veel oma kontot aktiveerinud.
mail-invitation-reminder-activate = Aktiveeri oma konto. Link kehtib { $valid_for } ja seda saab kasutada ainult üks kord; varasem link enam ei tööta.
    .link = Aktiveeri oma konto
mail-invitation-reminder-new-link = Siin on uus link (kehtib { $valid_for }, saab kasutada ainult üks kord; varasem link enam ei tööta):
mail-invitation-reminder-ignore = Kui sa kontot ei soovi, võid selle e-kirja tähelepanuta jätta.

## verify_email

mail-verify-email-subject = Kinnita oma e-posti aadress
mail-verify-email-confirm = Kinnita, et see aadress on sinu oma. Link kehtib { $valid_for }.
    .link = Kinnita, et see aadress on sinu oma
mail-verify-email-confirm-here = Kinnita, et see aadress on sinu oma, avades alloleva lingi (kehtib { $valid_for }):
mail-verify-email-ignore = Kui sa Utbytes kontot ei loonud, võid selle e-kirja tähelepanuta jätta.

## password_reset

mail-password-reset-subject = Lähtesta oma parool
mail-password-reset-asked = Keegi (loodetavasti sina) palus lähtestada sinu Utbyte konto parooli.
mail-password-reset-choose = Vali uus parool. Link kehtib { $valid_for } ja seda saab kasutada ainult üks kord.
    .link = Vali uus parool
mail-password-reset-choose-here = Vali uus parool alloleva lingi kaudu (link kehtib { $valid_for } ja seda saab kasutada ainult üks kord):
mail-password-reset-not-you = Kui see polnud sina, ei pea sa midagi tegema: sinu parool jääb samaks.

## password_changed

mail-password-changed-subject = Sinu parool on muudetud
mail-password-changed-changed = Sinu Utbyte konto parool muudeti just praegu ja sinu teised seadmed logiti välja.
mail-password-changed-not-you = Kui see polnud sina, lähtesta oma parool ja võta ühendust oma koordinaatoriga.
    .link = lähtesta oma parool
mail-password-changed-not-you-at = Kui see polnud sina, lähtesta oma parool aadressil { $link } ja võta ühendust oma koordinaatoriga.

## account_exists

mail-account-exists-subject = Sul on juba Utbyte konto
mail-account-exists-tried = Keegi üritas selle e-posti aadressiga luua uut Utbyte kontot, kuid konto on juba olemas.
mail-account-exists-reset = Kui see olid sina, logi sisse või vali uus parool.
    .link = vali uus parool
mail-account-exists-reset-at = Kui see olid sina, logi sisse või vali uus parool aadressil { $link }.
mail-account-exists-ignore = Kui see polnud sina, võid selle e-kirja tähelepanuta jätta.

## exchange_submitted

mail-exchange-submitted-subject = Heakskiitu ootav vahetus: { $title }
mail-exchange-submitted-asks = { $teacher } ({ $organisation }) palub sul heaks kiita vahetuse { $title } ({ $dates }, { $destination }, { $risk }).
mail-exchange-submitted-decide = Palun tee otsus hiljemalt { $due }.
    .link = tee otsus
mail-exchange-submitted-decide-here = Palun tee otsus hiljemalt { $due } alloleva lingi kaudu:

## exchange_decided: $decision on approved, changes_requested, rejected või step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Sinu vahetus { $title } on heaks kiidetud
        [changes_requested] Sinu vahetuses { $title } palutakse teha muudatusi
        [rejected] Sinu vahetust { $title } ei kiidetud heaks
        [step_approved] { $title }: üks samm on heaks kiidetud
       *[other] Uus otsus sinu vahetuse { $title } kohta
    }
mail-exchange-decided-decision = { $decision ->
        [approved] { $approver } kiitis sinu vahetuse { $title } heaks.
        [changes_requested] { $approver } vaatas vahetuse { $title } läbi ja palub enne heakskiitmist teha muudatusi.
        [rejected] Sinu vahetust { $title } ei kiidetud heaks. Otsuse tegi { $approver }.
        [step_approved] { $approver } kiitis heaks vahetuse { $title } ühe heakskiidusammu. Vahetus ootab nüüd järgmise heakskiitja otsust.
       *[other] { $approver } tegi vahetuse { $title } kohta otsuse.
    }
mail-exchange-decided-comment = { $approver } lisas kommentaari:
mail-exchange-decided-open = Ava vahetus
mail-exchange-decided-open-here = Ava vahetus:

## exchange_cancelled

mail-exchange-cancelled-subject = Vahetus { $title } on tühistatud
mail-exchange-cancelled-cancelled = { $cancelled_by } tühistas vahetuse { $title } ({ $dates }).
mail-exchange-cancelled-reason = Põhjus: { $reason }

## approval_reminder: $substitute on true, kui heakskiitja pole õigeaegselt otsustanud

mail-approval-reminder-subject = { $substitute ->
        [true] Asendajana: { $title } ootab otsust
       *[false] Meeldetuletus: { $title } ootab sinu otsust
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] Vahetus { $title } ({ $organisation }) on oodanud otsust alates { $due }. Heakskiitja pole otsustanud, seetõttu palutakse sul otsustada asendajana.
       *[false] Vahetus { $title } ({ $organisation }) on oodanud sinu otsust alates { $due }.
    }
mail-approval-reminder-decide = Tee otsus
mail-approval-reminder-decide-here = Palun tee otsus alloleva lingi kaudu:

## funding_deadline

mail-funding-deadline-subject = Taotlus { $title }: tähtajani { $days ->
        [one] { $days } päev
       *[other] { $days } päeva
    }
mail-funding-deadline-due = Taotlus { $title } ({ $action }, { $applicant }) tuleb esitada hiljemalt { $deadline }, st { $days ->
        [one] { $days } päeva
       *[other] { $days } päeva
    } pärast. Taotluse olek: { $status }.

## consent_request: $changed on true, kui vahetust on pärast varasemat nõusolekut muudetud

mail-consent-request-subject = { $changed ->
        [true] Vahetus { $title } on muutunud – vaja on uut nõusolekut
       *[false] Vaja on nõusolekut, et { $participant } saaks osaleda vahetuses { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] Vahetust { $title } ({ $dates }, { $destination }) on muudetud pärast seda, kui anti nõusolek, et { $participant } võib selles osaleda. Seetõttu varasem nõusolek enam ei kehti ja vajame sinult uut nõusolekut.
       *[false] Vajame sinu kui seadusliku esindaja nõusolekut, et { $participant } saaks osaleda vahetuses { $title } ({ $dates }, { $destination }).
    }
mail-consent-request-changes = Mis on muutunud:
# Üks muudatus: mis muutus, mis see oli ja mis see on nüüd.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = Allolev link avab lehe, kus on teave reisi kohta ja vorm. Vormis annad oma nõusoleku, täidad terviseandmed ja märgid, kellega hädaolukorras ühendust võtta, ning vastad, kas { $participant } võib olla vahetuse ajal tehtud fotodel.
mail-consent-request-open = Ava reisi leht. Link kehtib kuni { $until }.
    .link = Ava reisi leht
mail-consent-request-open-here = Ava leht alloleva lingi kaudu (link kehtib kuni { $until }):
mail-consent-request-personal = Link on isiklik ja seda saab kasutada ainult üks kord. Palun ära edasta seda e-kirja ega linki kellelegi teisele.

## consent_received: $status on confirmed, awaiting_approval (muudetud vahetus ootab
## heakskiitu) või awaiting_guardian (oodatakse teise seadusliku esindaja nõusolekut)

mail-consent-received-subject = Aitäh nõusoleku eest – { $title }
mail-consent-received-thanks = Aitäh! Oleme saanud sinu nõusoleku, et { $participant } osaleb vahetuses { $title } ({ $dates }).
mail-consent-received-status = { $status ->
        [confirmed] Registreerumine on nüüd kinnitatud ja { $participant } on saanud reisile koha.
        [awaiting_approval] Vahetust on muudetud ja see ootab uuesti heakskiitu. Koht pole veel kinnitatud: see kinnitatakse, kui muudatus on heaks kiidetud ja kõik vajalikud nõusolekud on olemas. Siis saad e-kirja.
       *[awaiting_guardian] Registreerumine ootab nüüd teise seadusliku esindaja nõusolekut. Kui see on saabunud, saab registreerumise kinnitada.
    }
mail-consent-received-withdraw = Saad oma nõusoleku tagasi võtta kuni ärasõiduni ({ $departure }).
    .link = oma nõusoleku tagasi võtta
mail-consent-received-withdraw-here = Saad oma nõusoleku tagasi võtta kuni ärasõiduni ({ $departure }) alloleva lingi kaudu:
mail-consent-received-personal = Link on isiklik. Palun ära edasta seda e-kirja ega linki kellelegi teisele.

## Mis vahetuses muutus: nõusolekutaotluses ja nõusoleku lehel

consent-change-start-date = Esimene päev
consent-change-end-date = Viimane päev
consent-change-destination-town-id = Sihtkoht
consent-change-venue = Toimumiskoht
consent-change-accommodation = Majutus
consent-change-programme = Programm
consent-change-activity-days = Tegevuspäevad
consent-change-adventurous-activities = Seikluslikud tegevused
consent-change-participants = Osalejate arv
consent-change-leaders = Juhendajate arv
consent-change-insurance-confirmed = Kindlustus
consent-change-risk-assessment = Riskihinnang
consent-change-consent-plan = Nõusolekute plaan
# Programmi üks päev: selle number ja mis toimub.
consent-change-programme-day = { $day }. päev: { $text }
consent-change-yes = jah
consent-change-no = ei

## registration_confirmed

mail-registration-confirmed-subject = { $participant } on saanud kinnitatud koha vahetusse { $title }
mail-registration-confirmed-confirmed = { $participant } on nüüd saanud kinnitatud koha vahetusse { $title } ({ $dates }, { $destination }).

## place_offered: $by_consent on true, kui nõusoleku andmine võtab koha vastu

mail-place-offered-subject = Vahetusse { $title } vabanes koht – võta see vastu hiljemalt { $expires }
mail-place-offered-offered = Vahetusse { $title } ({ $dates }) vabanes koht ja { $participant } võib selle nüüd saada.
mail-place-offered-deadline = Koht on esialgu ainult pakutud. Pead selle vastu võtma hiljemalt { $expires }, vastasel juhul läheb koht ootenimekirjas järgmisele.
mail-place-offered-accept = { $by_consent ->
        [true] Koha võtad vastu, kui annad oma nõusoleku.
       *[false] Ava vahetus ja võta koht vastu.
    }
    .link = { $by_consent ->
        [true] annad oma nõusoleku
       *[false] Ava vahetus ja võta koht vastu
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] Koha võtad vastu, kui annad oma nõusoleku alloleva lingi kaudu:
       *[false] Võta koht vastu alloleva lingi kaudu:
    }

## waiting_list: $lottery on true, kuni kohad on veel loosimata (siis $position
## puudub); $dated on true, kui loosimise kuupäev $date on teada

mail-waiting-list-subject = { $lottery ->
        [true] { $participant } ootab vahetuse { $title } kohtade loosimist
       *[false] { $participant } on vahetuse { $title } ootenimekirjas
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } on registreerunud vahetusele { $title } ({ $dates }) ja on ootenimekirjas, kuni kohad on loositud.
       *[false] { $participant } on vahetuse { $title } ({ $dates }) ootenimekirjas { $position }. kohal.
    }
mail-waiting-list-not-confirmed = See ei ole koha kinnitus.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] Kohad loositakse registreerumise lõppedes ({ $date }) ja pärast loosimist saad tulemuse teada.
           *[false] Kohad loositakse registreerumise lõppedes ja pärast loosimist saad tulemuse teada.
        }
       *[false] Kui koht vabaneb, võtame sinuga ühendust.
    }

## registration_ended: $reason on withdrawn, cancelled, offer_expired, exchange_rejected
## või consent_withdrawn

mail-registration-ended-subject = { $participant } ei ole enam vahetusele { $title } registreerunud
mail-registration-ended-ended = { $reason ->
        [withdrawn] { $participant } ei ole enam vahetusele { $title } ({ $dates }) registreerunud: registreerumine võeti soovi kohaselt tagasi.
        [cancelled] { $participant } ei ole enam vahetusele { $title } ({ $dates }) registreerunud: vahetuse juhendajad või koordinaator tühistasid registreerumise.
        [offer_expired] { $participant } sai pakkumise kohale vahetuses { $title } ({ $dates }), kuid kohta ei võetud õigeaegselt vastu. Koht läks ootenimekirjas järgmisele ja registreerumine on lõppenud.
        [exchange_rejected] Vahetust { $title } ({ $dates }) muudeti pärast heakskiitmist ja muudatust ei kiidetud heaks. Seetõttu vahetus ei toimu ning { $participant } ei ole enam sellele registreerunud.
        [consent_withdrawn] Luba, et { $participant } võib reisida vahetusele { $title } ({ $dates }), on tagasi võetud. Seetõttu on koht vabastatud ja registreerumine on lõppenud.
       *[other] { $participant } ei ole enam vahetusele { $title } ({ $dates }) registreerunud: registreerumine on lõppenud.
    }
mail-registration-ended-comment = Kommentaar:
