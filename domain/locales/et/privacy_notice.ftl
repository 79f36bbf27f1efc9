# Utbyte: a municipality's privacy notice (GDPR art. 13), shown on the consent page and at /privacy/<municipality>, and the lines that link to it from mails and receipts.
# Reviewed by: (not yet reviewed by a native speaker)
#
# The notice as a reader is shown it is stored with its SHA-256 and recorded with each
# consent: changing a text here makes a new text version of the notice.

privacy-title = Kuidas { $municipality } Utbytes isikuandmeid töötleb
privacy-page-intro = Sellest privaatsusteatest saavad noored ja nende seaduslikud esindajad teada, milliseid isikuandmeid nende kohta rahvusvahelises vahetuses osalemisel säilitatakse, miks ja millised on nende õigused.
privacy-controller-heading = Kes vastutab
privacy-controller = Isikuandmete eest, mida { $municipality } säilitab Utbytes, omavalitsuse rahvusvaheliste vahetuste teenuses, vastutab { $controller } (vastutav töötleja). Kontakt: { $contact }.
privacy-dpo = Andmekaitseametnikuga saad ühendust: { $contact }.
privacy-dpo-ask = Küsi andmekaitseametniku kontaktandmeid omavalitsuselt ({ $municipality }).
privacy-purposes-heading = Milleks andmeid kasutatakse ja mis õiguslikul alusel
privacy-purpose-travel = Luba reisida: osaleja ja seaduslike esindajate nimed, registreerumine ja iga seadusliku esindaja luba, et kool või ühing saaks reisi planeerida ja teaks, et kõik seaduslikud esindajad on loa andnud. Annad loa oma vanemliku hoolduse raames; andmeid töödeldakse avalikes huvides oleva ülesande täitmiseks (isikuandmete kaitse üldmääruse (GDPR) artikli 6 lõike 1 punkt e).
privacy-purpose-health = Tervise- ja hädaolukorra andmed: seda, mida kirjutad haiguste, allergiate, ravimite ja toitumisvajaduste kohta ning selle kohta, kellele helistada, kasutatakse ainult osaleja elu ja tervise kaitsmiseks reisi ajal. Õiguslik alus: avalikes huvides oleva ülesande täitmine ja eluliste huvide kaitse (isikuandmete kaitse üldmääruse (GDPR) artikli 6 lõike 1 punktid e ja d ning artikli 9 lõike 2 punkt g koostoimes Rootsi andmekaitseseaduse (dataskyddslagen) 3. peatüki §-ga 3).
privacy-purpose-photos = Luba fotode kasutamiseks: kas fotosid, millel osaleja on näha, tohib kasutada omavalitsuse ja kooli väljaannetes vahetuse kohta. See on sinu nõusolek (isikuandmete kaitse üldmääruse (GDPR) artikli 6 lõike 1 punkt a): see on vabatahtlik, ei mõjuta osalemist ja selle saab igal ajal tagasi võtta.
privacy-recipients-heading = Kes andmeid saavad
privacy-recipients = Vahetuse juhendajad ja omavalitsuse koordinaatorid näevad seda, mida neil on reisi korraldamiseks vaja. Vastuvõttev organisatsioon saab osalejate nimed ning, et nende eest hoolitseda, kohapeal vajalikud tervise- ja hädaolukorra andmed. E-kirjad saadetakse omavalitsuse e-posti teenuse kaudu. Andmeid ei müüda kunagi ega kasutata turunduseks.
privacy-retention-heading = Kui kaua andmeid säilitatakse
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = Tervise- ja hädaolukorra andmed
privacy-category-consent_records = Load ja nõusolekud
privacy-category-registrations = Registreerumised
privacy-category-youth_profiles = Noore profiil ja seaduslikud esindajad
privacy-category-outbox_emails = Saadetud e-kirjad
privacy-category-audit_events = Logi selle kohta, kes mida tegi
privacy-period-after-return = { $days } päeva pärast reisilt naasmist
privacy-period-after-sending = { $days } päeva pärast saatmist
privacy-period-after-event = { $days } päeva pärast sündmuse salvestamist
privacy-period-after-last-change = { $days } päeva pärast viimast muudatust, kui ühtegi registreerumist enam ei ole
privacy-rights-heading = Sinu õigused
privacy-rights = Sul on õigus teada, mida sinu ja sinu lapse kohta säilitatakse, ja saada sellest koopia, lasta valed andmed parandada, lasta andmed kustutada või nende kasutamist piirata, kui seadus seda lubab, ning esitada nende kasutamise suhtes vastuväide. Nõusoleku saad igal ajal tagasi võtta. Võta ühendust vastutava töötlejaga ({ $controller }) või andmekaitseametnikuga. Samuti võid esitada kaebuse Rootsi andmekaitseasutusele (IMY, www.imy.se).
privacy-version-heading = Versioon
privacy-version = Versioon { $version }, avaldatud { $date }.

# On the consent page, above the form.
privacy-on-consent-page = Enne nõusoleku andmist loe, kuidas sinu ja sinu lapse isikuandmeid töödeldakse.

# In every mail about a child, after the contact line.
mail-privacy-notice = Kuidas { $municipality } sinu isikuandmeid töötleb: loe privaatsusteadet.
    .link = loe privaatsusteadet
mail-privacy-notice-here = Kuidas { $municipality } sinu isikuandmeid töötleb (privaatsusteade):
