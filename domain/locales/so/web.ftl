# Utbyte: qoraallada guud ee bogagga, galitaanka iyo akoonka.
# Reviewed by: (not yet reviewed by a native speaker)

site-name = Utbyte
skip-to-content = U bood nuxurka ugu muhiimsan
main-navigation = Menyuuga ugu weyn
nav-exchanges = Isdhaafsiyo
nav-approvals = Ansixinno
nav-home = Bogga hore
nav-notifications = Ogeysiisyo
nav-account = Akoonkayga
nav-sign-out = Ka bax
nav-sign-in = Gal
unread-notifications = { $count ->
    [one] { $count } ogeysiis oo aan la akhrin
   *[other] { $count } ogeysiis oo aan la akhrin
}
signed-in-as = Waxaad u gashay sida { $name }
error-summary-title = Dhibaato ayaa jirta
error-summary-count = { $count ->
    [one] Sax goobta hoose.
   *[other] Sax { $count } goobood ee hoose.
}
field-error-prefix = Khalad:
required-field = (waa khasab)
language-label = Luqadda
other-languages = Luqado kale
language-sv = Svenska
language-en = English
language-nb = Norsk bokmål
language-da = Dansk
language-fi = Suomi
language-et = Eesti
language-pl = Polski
language-de = Deutsch
language-ar = العربية
language-so = Soomaali
language-uk = Українська

# Galitaanka
sign-in-title = Gal
sign-in-intro = Ku gal ciwaanka iimaylka iyo erayga sirta ah ee akoonkaaga Utbyte.
email-label = Ciwaanka iimaylka
password-label = Erayga sirta ah
sign-in-button = Gal
sign-in-wrong = Ciwaanka iimaylka ama erayga sirta ah waa khalad.
sign-in-unverified = Marka hore xaqiiji ciwaanka iimaylkaaga: waxaan kuu soo dirnay xiriiriye cusub.
sign-in-forgot = Ma ilowday erayga sirta ah?
signed-out = Waad ka baxday.
session-ended = Fadhigaagu wuu dhammaaday. Mar kale gal.

# Erayga sirta ah ee la ilaaway
forgot-title = Erayga sirta ah ee la ilaaway
forgot-intro = Qor ciwaanka iimaylka akoonkaaga. Haddii akoon jiro, waxaan u dirnaa xiriiriye aad ku dooran karto eray sir ah oo cusub.
forgot-button = Dir xiriiriyaha
forgot-sent = Haddii akoon leh ciwaankaas jiro, xiriiriye ayaa u socda. Wuxuu shaqaynayaa muddo xaddidan.
forgot-back = Ku noqo galitaanka

# Akoonkayga
account-title = Akoonkayga
account-details = Xogtaada
account-name = Magaca
account-email = Ciwaanka iimaylka
account-language-title = Luqadda
account-language-intro = Bogagga iyo iimaylada laguu soo diro waxay ku qornaan doonaan luqaddan.
account-language-button = Kaydi luqadda
account-language-saved = Luqaddaada waa la kaydiyay.
change-password-title = Beddel erayga sirta ah
current-password-label = Erayga sirta ah ee hadda
new-password-label = Erayga sirta ah ee cusub
new-password-hint = Ugu yaraan 12 xaraf. Dhowr eray oo aan isku xirnayn way fudud yihiin in la xasuusto, wayna adag yihiin in la qiyaaso.
change-password-button = Beddel erayga sirta ah
password-changed = Erayga sirta ah waa la beddelay. Fadhiyadaadii kale way dhammaadeen.
sign-out-everywhere-title = Ka bax meel kasta
sign-out-everywhere-intro = Wuxuu soo afjarayaa fadhi kasta oo akoonkaaga ah, qalab kasta, kan aad hadda isticmaashana ku jiro.
sign-out-everywhere-button = Ka bax meel kasta

# Dhibaatooyinka goobaha, sida koodka khaladku sheegayo
problem-required = Buuxi goobtan.
problem-invalid-email = Qor ciwaan iimayl sida name@example.se.
problem-too-short = Erayga sirta ahi waa inuu lahaadaa ugu yaraan 12 xaraf.
problem-too-long = Qoraalku aad buu u dheer yahay.
problem-too-weak = Erayga sirta ah aad ayaa loo qiyaasi karaa. Isticmaal erayo badan oo aan isku xirnayn.
problem-wrong-password = Erayga sirta ah waa khalad.
problem-unsupported-locale = Dooro mid ka mid ah luqadaha liiska ku jira.
problem-invalid = Hubi waxa aad halkan ku qortay.

# Bogga hore
home-title = Bogga hore
home-welcome = Soo dhawoow, { $name }

# Bogagga khaladaadka
error-forbidden-title = Lama oggola
error-forbidden-text = Looma oggola inaad tan samayso.
error-not-found-title = Lama helin
error-not-found-text = Waxa aad raadinayso ma jiraan.
error-conflict-title = Hadda suurtagal ma aha
error-conflict-text = Tan lama samayn karo xaaladda ay arrimuhu hadda ku jiraan.
error-bad-input-title = Taasi ma shaqayn
error-bad-input-text = Codsiga lama isticmaali karin.
error-unavailable-title = Adeegga lama heli karo
error-unavailable-text = Adeeggu hadda ma gaari karo kaydkiisa xogta. Fadlan mar kale isku day waqti yar kadib.
error-internal-title = Wax baa khaldamay
error-internal-text = Wax baa ka khaldamay dhinacayaga. Fadlan mar kale isku day waqti yar kadib.
error-rate-limited-title = Isku dayo aad u badan
error-rate-limited-text = { $minutes ->
    [one] Fadlan sug daqiiqad, kadibna mar kale isku day.
   *[other] Fadlan sug { $minutes } daqiiqo, kadibna mar kale isku day.
}
error-id = Aqoonsiga khaladka
error-csrf-title = Foomka waqtigiisii wuu dhacay
error-csrf-text = Foomka waxaa laga soo diray bog kale ama waqtigiisii wuu dhacay. Dib u noqo, dib u soo rar bogga, kadibna mar kale dir.

# Bogagga laga furo xiriiriyeyaasha akoonka ee iimaylka lagu soo diray
accept-invitation-title = Hawlgeli akoonkaaga
accept-invitation-intro = U dooro eray sir ah akoonkaaga Utbyte.
accept-invitation-button = Hawlgeli akoonka
accept-invitation-done = Waa dhammaatay! Akoonkaagu wuu shaqaynayaa, waadna geli kartaa.
reset-password-title = Dooro eray sir ah oo cusub
reset-password-intro = U dooro eray sir ah oo cusub akoonkaaga Utbyte. Waxaa lagaa saari doonaa meel kasta.
reset-password-button = Kaydi erayga sirta ah
reset-password-done = Waa dhammaatay! Ku gal erayga sirta ah ee cusub.
verify-email-title = Xaqiiji ciwaanka iimaylkaaga
verify-email-intro = Xaqiiji in ciwaankan iimaylku uu adiga kuu gaar yahay.
verify-email-button = Xaqiiji
verify-email-done = Mahadsanid! Ciwaanka iimaylkaaga waa la xaqiijiyay. Hadda waad geli kartaa.
link-broken = Xiriiriyahan ma shaqaynayo, horay ayaa loo isticmaalay ama waqtigiisii wuu dhacay. Codso xiriiriye cusub.
onward-sign-in = Gal Utbyte

# Bogga hore
home-approvals-title = Waxay sugayaan go'aankaaga
home-approvals-none = Wax go'aankaaga sugaya ma jiraan.
home-exchange = Isdhaafsi
home-waiting-since = Wuxuu sugayaa laga bilaabo
home-due = Waqtiga kama dambaysta ah
home-overdue = Waqtigii wuu dhaafay
home-all-approvals = Dhammaan ansixinnada
home-registrations-title = Diiwaangelinno ku sugaya
home-offer-expires = dalabku wuu furan yahay ilaa { $time }
home-memberships-title = Xubinnimo la xaqiijinayo
home-memberships-intro = Qoysaskoodu waxay sheegeen inay ka tirsan yihiin dugsigaaga ama kooxdaada. Xaqiiji kuwa ka tirsan.
home-memberships-confirm = Xaqiiji xubinnimada
home-notifications-none = Ma lihid ogeysiisyo aan la akhrin.
home-all-notifications = Dhammaan ogeysiisyada
home-exchanges-title = Isdhaafsiyadaada
home-exchanges-none = Weli ma lihid isdhaafsiyo.
home-new-exchange = Isdhaafsi cusub
home-all-exchanges = Dhammaan isdhaafsiyada

# Ogeysiisyada
notifications-none = Ma lihid wax ogeysiis ah.
notifications-mark-all = U calaamadee dhammaan in la akhriyay
notifications-mark-read = U calaamadee in la akhriyay
notifications-unread = Aan la akhrin
notifications-older = Ogeysiisyo hore
