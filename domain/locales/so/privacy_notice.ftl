# Utbyte: a municipality's privacy notice (GDPR art. 13), shown on the consent page and at /privacy/<municipality>, and the lines that link to it from mails and receipts.
# Reviewed by: (not yet reviewed by a native speaker)
#
# The notice as a reader is shown it is stored with its SHA-256 and recorded with each
# consent: changing a text here makes a new text version of the notice.

privacy-title = Sida { $municipality } u maamusho xogta shakhsiga ah ee Utbyte
privacy-page-intro = Ogeysiiskan wuxuu dhallinyarada iyo waalidiintooda u sheegayaa xogta shakhsiga ah ee laga kaydiyo marka ay ka qaybgalaan isdhaafsi caalami ah, sababta loo kaydiyo, iyo xuquuqda ay leeyihiin.
privacy-controller-heading = Cidda mas'uulka ka ah
privacy-controller = { $controller } ayaa mas'uul ka ah xogta shakhsiga ah (maamulaha xogta) ee { $municipality } ku kaydiso Utbyte, adeegga degmada ee isdhaafsiga caalamiga ah. Xiriirka: { $contact }.
privacy-dpo = Sarkaalka ilaalinta xogta waxaad kala xiriiri kartaa: { $contact }.
privacy-dpo-ask = Weydii { $municipality } macluumaadka xiriirka ee sarkaalka ilaalinta xogta.
privacy-purposes-heading = Waxa xogta loo isticmaalo iyo saldhigga sharci ee ay ku salaysan tahay
privacy-purpose-travel = Oggolaanshaha safarka: magacyada ka-qaybgalaha iyo waalidiinta, diiwaangelinta iyo oggolaanshaha waalid kasta, si dugsigu ama ururku u qorsheeyo safarka oo u ogaado in waalid kastaa oggolaaday. Oggolaanshaha waxaad u bixisaa sida waalid mas'uul ka ah ilmaha; xogta waxaa loo habeeyaa si loo fuliyo hawl danta guud ah (GDPR qodobka 6.1 e).
privacy-purpose-health = Macluumaadka caafimaadka iyo xaaladaha degdegga ah: waxa aad ka qorto cudurrada, xasaasiyadda, daawooyinka, baahiyaha cuntada iyo cidda la wacayo waxaa loo isticmaalaa oo keliya in lagu ilaaliyo nolosha iyo caafimaadka ka-qaybgalaha inta safarku socdo. Saldhigga sharci: hawl danta guud ah iyo ilaalinta danaha muhiimka u ah nolosha (GDPR qodobka 6.1 e iyo d, qodobka 9.2 g oo lala akhriyo cutubka 3, qaybta 3 ee Sharciga Ilaalinta Xogta ee Iswiidhan, dataskyddslagen).
privacy-purpose-photos = Oggolaanshaha sawirrada: in sawirrada uu ka muuqdo ka-qaybgaluhu loo isticmaali karo daabacaadaha degmada iyo dugsiga ee ku saabsan isdhaafsiga. Tani waa oggolaanshahaaga (GDPR qodobka 6.1 a): waa ikhtiyaari, saameyn kuma yeelanayo ka-qaybgalka, waxaadna ka noqon kartaa wakhti kasta.
privacy-recipients-heading = Cidda hesha xogta
privacy-recipients = Hoggaamiyayaasha isdhaafsiga iyo isku-duwayaasha degmadu waxay arkaan waxa ay u baahan yihiin si ay u fuliyaan safarka. Ururka martigelinaya wuxuu helaa magacyada ka-qaybgalayaasha iyo, si uu u daryeelo, macluumaadka caafimaadka iyo xaaladaha degdegga ah ee goobta looga baahan yahay. Iimaylada waxaa lagu diraa adeegga iimaylka ee degmada. Xogta weligeed lama iibiyo, lagumana isticmaalo suuq-geyn.
privacy-retention-heading = Inta ay xogta kaydsan tahay
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = Macluumaadka caafimaadka iyo xaaladaha degdegga ah
privacy-category-consent_records = Oggolaanshaha la bixiyay
privacy-category-registrations = Diiwaangelinta
privacy-category-youth_profiles = Xogta qofka dhallinyarada ah iyo waalidiintiisa
privacy-category-outbox_emails = Iimaylada la diray
privacy-category-audit_events = Diiwaanka cidda wax samaysay iyo waxa ay samaysay
privacy-period-after-return = { $days } maalmood kadib marka laga soo laabto safarka
privacy-period-after-sending = { $days } maalmood kadib marka la diro
privacy-period-after-event = { $days } maalmood kadib marka la diiwaangeliyo
privacy-period-after-last-change = { $days } maalmood kadib isbeddelkii ugu dambeeyay, marka aysan jirin diiwaangelin kale oo hadhay
privacy-rights-heading = Xuquuqdaada
privacy-rights = Waxaad xaq u leedahay inaad ogaato waxa lagaa kaydiyay adiga iyo ilmahaaga oo aad hesho nuqul, in la saxo xogta khaldan, in la tirtiro xogta ama la xaddido isticmaalkeeda marka sharcigu oggol yahay, iyo inaad ka soo horjeesato isticmaalkeeda. Waxaad ka noqon kartaa oggolaansho wakhti kasta. La xiriir { $controller } ama sarkaalka ilaalinta xogta. Waxaad sidoo kale cabasho u gudbin kartaa Hay'adda Iswiidhan ee Ilaalinta Asturnaanta (IMY, www.imy.se).
privacy-version-heading = Nooca
privacy-version = Nooca { $version }, la daabacay { $date }.

# On the consent page, above the form.
privacy-on-consent-page = Ka hor intaadan bixin oggolaanshahaaga, akhri sida loo maamulo xogtaada shakhsiga ah iyo tan ilmahaaga.

# In every mail about a child, after the contact line.
mail-privacy-notice = Sida { $municipality } u maamusho xogtaada shakhsiga ah: akhri ogeysiiska asturnaanta.
    .link = akhri ogeysiiska asturnaanta
mail-privacy-notice-here = Sida { $municipality } u maamusho xogtaada shakhsiga ah (ogeysiiska asturnaanta):
