# Utbyte: iimaylada, qayb walba waa hal iimayl (galkiisa ku jira templates/mail/).
# Reviewed by: (not yet reviewed by a native speaker)
#
# Qoraal caadi ah oo keliya: qaababku waxay ku daraan faqradaha, xiriiriyeyaasha iyo xoojinta. Jumlad
# xiriiriye ku jiro waxay `.link` ku sheegtaa erayada xiriiriyaha, sida saxda ah ee ay jumladda ugu qoran yihiin.
# Doorashooyinka haa/maya waxaa lagu doortaa [true] iyo [false].

mail-footer = Utbyte – isdhaafsiyo caalami ah oo dhallinyarada iyo dugsiyada
mail-greeting = Salaan { $name },
mail-greeting-anonymous = Salaan,

## organiser
mail-organiser = Fariintan waxaa kuu soo diray { $organisation } ee { $municipality } iyadoo loo marayo Utbyte, adeegga degmada ee isdhaafsiga caalamiga ah.
mail-organiser-contact = Haddii aad su'aalo ka qabto safarka, u qor { $teacher }, { $email }.
mail-organiser-no-contact = Haddii aad su'aalo ka qabto safarka, fadlan la xiriir { $organisation }.

## invitation

mail-invitation-subject = Waxaa lagugu martiqaaday Utbyte
mail-invitation-invited = { $inviter } ayaa kugu martiqaaday Utbyte adiga oo ah { $role }.
mail-invitation-activate = Dooro eray sir ah oo hawlgeli akoonkaaga. Xiriiriyuhu wuxuu shaqaynayaa { $valid_for }, hal mar oo keliya ayaana la isticmaali karaa.
    .link = Dooro eray sir ah oo hawlgeli akoonkaaga
mail-invitation-activate-here = Halkan ka dooro eray sir ah oo ka hawlgeli akoonkaaga (xiriiriyuhu wuxuu shaqaynayaa { $valid_for }, hal mar oo keliya ayaana la isticmaali karaa):
mail-invitation-ignore = Haddii aadan filayn martiqaadkan, iska dhaaf iimaylkan.

## invitation_reminder

mail-invitation-reminder-subject = Xusuusin: martiqaadkaaga Utbyte ayaa ku sugaya
mail-invitation-reminder-not-activated = Waxaa lagugu martiqaaday Utbyte, laakiin weli ma aadan hawlgelin akoonkaaga.
mail-invitation-reminder-activate = Hawlgeli akoonkaaga. Xiriiriyuhu wuxuu shaqaynayaa { $valid_for }, hal mar oo keliya ayaana la isticmaali karaa; xiriiriyihii hore hadda ma shaqaynayo.
    .link = Hawlgeli akoonkaaga
mail-invitation-reminder-new-link = Waa kan xiriiriye cusub (wuxuu shaqaynayaa { $valid_for }, hal mar oo keliya ayaana la isticmaali karaa; xiriiriyihii hore hadda ma shaqaynayo):
mail-invitation-reminder-ignore = Haddii aadan rabin akoon, iska dhaaf iimaylkan.

## verify_email

mail-verify-email-subject = Xaqiiji ciwaanka iimaylkaaga
mail-verify-email-confirm = Xaqiiji in ciwaankan iimaylku uu adiga kuu gaar yahay. Xiriiriyuhu wuxuu shaqaynayaa { $valid_for }.
    .link = Xaqiiji in ciwaankan iimaylku uu adiga kuu gaar yahay
mail-verify-email-confirm-here = Xaqiiji in ciwaankan iimaylku uu adiga kuu gaar yahay adiga oo furaya xiriiriyaha (wuxuu shaqaynayaa { $valid_for }):
mail-verify-email-ignore = Haddii aadan akoon ka samayn Utbyte, iska dhaaf iimaylkan.

## password_reset

mail-password-reset-subject = Dib u deji erayga sirta ah
mail-password-reset-asked = Qof (waxaan rajaynaynaa inaad adigu tahay) ayaa codsaday in dib loo dejiyo erayga sirta ah ee akoonkaaga Utbyte.
mail-password-reset-choose = Dooro eray sir ah oo cusub. Xiriiriyuhu wuxuu shaqaynayaa { $valid_for }, hal mar oo keliya ayaana la isticmaali karaa.
    .link = Dooro eray sir ah oo cusub
mail-password-reset-choose-here = Halkan ka dooro eray sir ah oo cusub (xiriiriyuhu wuxuu shaqaynayaa { $valid_for }, hal mar oo keliya ayaana la isticmaali karaa):
mail-password-reset-not-you = Haddii aanay adiga ahayn, waxba looma baahna inaad samayso: erayga sirta ahi isma beddelin.

## password_changed

mail-password-changed-subject = Erayga sirta ah waa la beddelay
mail-password-changed-changed = Erayga sirta ah ee akoonkaaga Utbyte hadda uun ayaa la beddelay, waxaana lagaa saaray qalabkaaga kale.
mail-password-changed-not-you = Haddii aanay adiga ahayn: dib u deji erayga sirta ah oo la xiriir isku-duwahaaga.
    .link = dib u deji erayga sirta ah
mail-password-changed-not-you-at = Haddii aanay adiga ahayn: dib u deji erayga sirta ah adiga oo adeegsanaya { $link }, kadibna la xiriir isku-duwahaaga.

## account_exists

mail-account-exists-subject = Horay ayaad u leedahay akoon Utbyte
mail-account-exists-tried = Qof ayaa isku dayay inuu sameeyo akoon cusub oo Utbyte ah isagoo adeegsanaya ciwaankan iimaylka, laakiin akoon horay ayuu u jiray.
mail-account-exists-reset = Haddii ay adiga ahayd, gal, ama dooro eray sir ah oo cusub.
    .link = dooro eray sir ah oo cusub
mail-account-exists-reset-at = Haddii ay adiga ahayd, gal, ama dooro eray sir ah oo cusub adiga oo adeegsanaya { $link }.
mail-account-exists-ignore = Haddii aanay adiga ahayn, iska dhaaf iimaylkan.

## exchange_submitted

mail-exchange-submitted-subject = Isdhaafsi sugaya ansixin: { $title }
mail-exchange-submitted-asks = { $teacher } oo ka tirsan { $organisation } ayaa kaa codsanaya inaad ansixiso isdhaafsiga { $title } ({ $dates }, { $destination }, { $risk }).
mail-exchange-submitted-decide = Fadlan go'aami ugu dambayn { $due }.
    .link = go'aami
mail-exchange-submitted-decide-here = Fadlan halkan ku go'aami ugu dambayn { $due }:

## exchange_decided: $decision waa approved, changes_requested, rejected ama step_approved

mail-exchange-decided-subject = { $decision ->
        [approved] Isdhaafsigaaga { $title } waa la ansixiyay
        [changes_requested] Isbeddello ayaa laga codsaday isdhaafsigaaga { $title }
        [rejected] Isdhaafsigaaga { $title } lama ansixin
        [step_approved] { $title }: hal tallaabo waa la ansixiyay
       *[other] Go'aan cusub oo ku saabsan isdhaafsigaaga { $title }
    }
mail-exchange-decided-decision = { $decision ->
        [approved] Isdhaafsigaaga { $title } waxaa ansixiyay { $approver }.
        [changes_requested] { $approver } ayaa dib u eegay isdhaafsiga { $title }, waxaana la codsanayaa isbeddello ka hor inta aan la ansixin.
        [rejected] Isdhaafsigaaga { $title } lama ansixin. Go'aanka waxaa gaaray { $approver }.
        [step_approved] { $approver } ayaa ansixiyay hal tallaabo oo ka mid ah isdhaafsiga { $title }. Isdhaafsigu hadda wuxuu sugayaa qofka xiga ee ansixinaya.
       *[other] { $approver } ayaa go'aan ka gaaray isdhaafsiga { $title }.
    }
mail-exchange-decided-comment = Faallo ka timid { $approver }:
mail-exchange-decided-open = Fur isdhaafsiga
mail-exchange-decided-open-here = Fur isdhaafsiga:

## exchange_cancelled

mail-exchange-cancelled-subject = Isdhaafsiga { $title } waa la joojiyay
mail-exchange-cancelled-cancelled = Isdhaafsiga { $title } ({ $dates }) waxaa joojiyay { $cancelled_by }.
mail-exchange-cancelled-reason = Sababta: { $reason }

## approval_reminder: $substitute waa true marka qofka ansixinaya uusan waqtigii go'aamin

mail-approval-reminder-subject = { $substitute ->
        [true] Adiga oo ah beddel: { $title } wuxuu sugayaa go'aan
       *[false] Xusuusin: { $title } wuxuu sugayaa go'aankaaga
    }
mail-approval-reminder-waiting = { $substitute ->
        [true] Isdhaafsiga { $title } ee ka yimid { $organisation } wuxuu go'aan sugayay tan iyo { $due }. Qofka ansixinta lahaa ma uusan go'aamin, sidaas darteed waxaa lagaa codsanayaa inaad go'aamiso adiga oo ah beddel.
       *[false] Isdhaafsiga { $title } ee ka yimid { $organisation } wuxuu sugayay go'aankaaga tan iyo { $due }.
    }
mail-approval-reminder-decide = Go'aami
mail-approval-reminder-decide-here = Fadlan halkan ku go'aami:

## funding_deadline

mail-funding-deadline-subject = Codsiga { $title }: { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } ayaa u harsan waqtiga kama dambaysta ah
mail-funding-deadline-due = Codsiga { $title } ({ $action }, { $applicant }) waa in la gudbiyaa ugu dambayn { $deadline }, taas oo ah { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } kadib. Xaaladdiisa hadda: { $status }.

## consent_request: $changed waa true marka isdhaafsigu is beddelay tan iyo oggolaanshihii hore

mail-consent-request-subject = { $changed ->
        [true] Isdhaafsiga { $title } waa la beddelay – oggolaansho cusub ayaa loo baahan yahay
       *[false] Oggolaansho ayaa loo baahan yahay: ka-qaybgalka { $participant } ee { $title }
    }
mail-consent-request-needed = { $changed ->
        [true] Isdhaafsiga { $title } ({ $dates }, { $destination }) waa la beddelay tan iyo markii oggolaansho loo bixiyay { $participant }. Sidaas darteed oggolaanshihii hore hadda ma shaqaynayo, waxaana kaa rabnaa oggolaansho cusub.
       *[false] Waxaan kaa rabnaa oggolaanshahaaga adiga oo ah waalid, oo ku saabsan ka-qaybgalka { $participant } ee isdhaafsiga { $title } ({ $dates }, { $destination }).
    }
mail-consent-request-changes = Waxa isbeddelay:
# Hal isbeddel: waxa isbeddelay, waxa uu ahaa iyo waxa uu hadda yahay.
mail-consent-request-change = { $what }: { $before } → { $after }
mail-consent-request-form = Xiriiriyaha hoose ayaa furaya bog ay ku jiraan macluumaad ku saabsan safarka iyo foom. Foomka waxaad ku bixinaysaa oggolaanshahaaga, waxaad ku qoraysaa macluumaadka caafimaadka iyo cidda lala xiriirayo haddii ay dhacdo xaalad degdeg ah, waxaadna ku sheegaysaa in { $participant } la sawiri karo iyo in kale.
mail-consent-request-open = Fur bogga ku saabsan safarka. Xiriiriyuhu wuxuu shaqaynayaa ilaa { $until }.
    .link = Fur bogga ku saabsan safarka
mail-consent-request-open-here = Halkan ka fur bogga (xiriiriyuhu wuxuu shaqaynayaa ilaa { $until }):
mail-consent-request-personal = Xiriiriyuhu waa mid kuu gaar ah, hal mar oo keliya ayaana la isticmaali karaa. Fadlan ha u gudbin iimaylkan ama xiriiriyaha qof kale.

## consent_received: $status waa confirmed, awaiting_approval (isdhaafsiga la beddelay wuxuu
## sugayaa ansixintiisa) ama awaiting_guardian (waxaa la sugayaa oggolaanshaha waalid kale)

mail-consent-received-subject = Waad ku mahadsan tahay oggolaanshahaaga – { $title }
mail-consent-received-thanks = Mahadsanid! Waxaan helnay oggolaanshahaaga ku saabsan ka-qaybgalka { $participant } ee isdhaafsiga { $title } ({ $dates }).
mail-consent-received-status = { $status ->
        [confirmed] Diiwaangelinta hadda waa la xaqiijiyay, waxaana { $participant } boos looga hayaa safarka.
        [awaiting_approval] Isdhaafsiga waa la beddelay, wuxuuna mar kale sugayaa ansixin. Booska weli lama xaqiijin: waxaa la xaqiijinayaa marka isbeddelka la ansixiyo oo dhammaan oggolaanshaha loo baahan yahay la helo. Markaas ayaad iimayl heli doontaa.
       *[awaiting_guardian] Diiwaangelintu hadda waxay sugaysaa oggolaanshaha waalidka kale. Marka uu yimaado, diiwaangelinta waa la xaqiijin karaa.
    }
mail-consent-received-withdraw = Waxaad ka noqon kartaa oggolaanshahaaga ilaa ambabaxa ({ $departure }).
    .link = ka noqon kartaa oggolaanshahaaga
mail-consent-received-withdraw-here = Waxaad halkan ka noqon kartaa oggolaanshahaaga ilaa ambabaxa ({ $departure }):
mail-consent-received-personal = Xiriiriyuhu waa mid kuu gaar ah. Fadlan ha u gudbin iimaylkan ama xiriiriyaha qof kale.

## Waxa isbeddelay isdhaafsiga, codsiga oggolaanshaha iyo bogga oggolaanshaha

consent-change-start-date = Taariikhda bilowga
consent-change-end-date = Taariikhda dhammaadka
consent-change-destination-town-id = Meesha loo socdo
consent-change-venue = Goobta
consent-change-accommodation = Hoyga
consent-change-programme = Barnaamijka
consent-change-activity-days = Maalmaha hawlaha
consent-change-adventurous-activities = Hawlo xiiso iyo khatar leh
consent-change-participants = Tirada ka-qaybgalayaasha
consent-change-leaders = Tirada hoggaamiyayaasha
consent-change-insurance-confirmed = Caymiska
consent-change-risk-assessment = Qiimaynta khatarta
consent-change-consent-plan = Qorshaha oggolaanshaha
# Hal maalin oo barnaamijka ah: lambarkeeda iyo waxa dhacaya.
consent-change-programme-day = maalinta { $day }: { $text }
consent-change-yes = haa
consent-change-no = maya

## registration_confirmed

mail-registration-confirmed-subject = Booska { $participant } ee { $title } waa la xaqiijiyay
mail-registration-confirmed-confirmed = Booska { $participant } ee isdhaafsiga { $title } ({ $dates }, { $destination }) hadda waa la xaqiijiyay.

## place_offered: $by_consent waa true marka bixinta oggolaanshuhu ay tahay aqbalaadda booska

mail-place-offered-subject = Boos ayaa ka bannaanaaday { $title } – aqbal ugu dambayn { $expires }
mail-place-offered-offered = Boos ayaa ka bannaanaaday isdhaafsiga { $title } ({ $dates }), hadda waxaa loo soo bandhigayaa { $participant }.
mail-place-offered-deadline = Ilaa hadda booska waa la soo bandhigay oo keliya. Waa inaad aqbashaa ugu dambayn { $expires }, haddii kale boosku wuxuu u gudbayaa qofka xiga ee ku jira liiska sugitaanka.
mail-place-offered-accept = { $by_consent ->
        [true] Si aad booska u aqbasho, bixi oggolaanshahaaga.
       *[false] Fur isdhaafsiga oo aqbal booska.
    }
    .link = { $by_consent ->
        [true] bixi oggolaanshahaaga
       *[false] Fur isdhaafsiga oo aqbal booska
    }
mail-place-offered-accept-here = { $by_consent ->
        [true] Si aad booska u aqbasho, halkan ku bixi oggolaanshahaaga:
       *[false] Halkan ka aqbal booska:
    }

## waiting_list: $lottery waa true inta boosaska aan weli bakhtiyaanasiib lagu qaybin (markaas
## ma jiro $position); $dated waa true marka taariikhda bakhtiyaanasiibka ($date) la yaqaan

mail-waiting-list-subject = { $lottery ->
        [true] Diiwaangelinta { $participant } ee { $title } waxay sugaysaa bakhtiyaanasiibka boosaska
       *[false] Diiwaangelinta { $participant } ee { $title } waxay ku jirtaa liiska sugitaanka
    }
mail-waiting-list-listed = { $lottery ->
        [true] { $participant } waxaa loo diiwaangeliyay isdhaafsiga { $title } ({ $dates }), waxaana lagu hayaa liiska sugitaanka ilaa boosaska lagu qaybiyo bakhtiyaanasiib.
       *[false] { $participant } waa lambarka { $position } ee liiska sugitaanka isdhaafsiga { $title } ({ $dates }).
    }
mail-waiting-list-not-confirmed = Tani ma aha xaqiijinta boos.
mail-waiting-list-next = { $lottery ->
        [true] { $dated ->
            [true] Boosaska waxaa lagu qaybin doonaa bakhtiyaanasiib marka diiwaangelintu xirmayso ({ $date }), natiijadana waxaad ogaan doontaa bakhtiyaanasiibka kadib.
           *[false] Boosaska waxaa lagu qaybin doonaa bakhtiyaanasiib marka diiwaangelintu xirmayso, natiijadana waxaad ogaan doontaa bakhtiyaanasiibka kadib.
        }
       *[false] Haddii boos bannaanaado, waan kula soo xiriiri doonnaa.
    }

## registration_ended: $reason waa withdrawn, cancelled, offer_expired, exchange_rejected
## ama consent_withdrawn

mail-registration-ended-subject = Diiwaangelinta { $participant } ee { $title } way dhammaatay
mail-registration-ended-ended = { $reason ->
        [withdrawn] Diiwaangelinta { $participant } ee isdhaafsiga { $title } ({ $dates }) waa laga noqday, sidii la codsaday.
        [cancelled] Diiwaangelinta { $participant } ee isdhaafsiga { $title } ({ $dates }) waxaa joojiyay hoggaamiyayaasha isdhaafsiga ama isku-duwaha.
        [offer_expired] Booska loo soo bandhigay { $participant } ee isdhaafsiga { $title } ({ $dates }) lama aqbalin waqtigii loogu talagalay. Wuxuu u gudbay qofka xiga ee ku jira liiska sugitaanka, diiwaangelintuna way dhammaatay.
        [exchange_rejected] Isdhaafsiga { $title } ({ $dates }) waa la beddelay kadib markii la ansixiyay, isbeddelkana lama ansixin. Sidaas darteed isdhaafsigu ma dhici doono, diiwaangelinta { $participant } way dhammaatay.
        [consent_withdrawn] Oggolaanshaha safarka { $participant } ee isdhaafsiga { $title } ({ $dates }) waa laga noqday. Sidaas darteed booska waa la sii daayay, diiwaangelintuna way dhammaatay.
       *[other] Diiwaangelinta { $participant } ee isdhaafsiga { $title } ({ $dates }) way dhammaatay.
    }
mail-registration-ended-comment = Faallo:
