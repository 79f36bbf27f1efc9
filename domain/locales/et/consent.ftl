# Utbyte: seaduslike esindajate nõusolekulehed (nõusoleku andmine ja tagasivõtmine) ja neil näidatavad muudatused.
# Reviewed by: (not yet reviewed by a native speaker)

# Lehed
consent-title = Nõusolek vahetuses osalemiseks
consent-withdraw-title = Nõusoleku tagasivõtmine
consent-link-problem-title = See link ei tööta
consent-link-problem = Link on vigane, juba kasutatud või aegunud. Kui vajad uut linki, võta ühendust vahetuse juhendajatega.
consent-link-valid-until = Link kehtib kuni { $until }.

# Nõusoleku andmine: vahetus
consent-errors-intro = Enne nõusoleku salvestamist tuleb midagi parandada:
consent-changed = Vahetust on muudetud pärast seda, kui andsid oma nõusoleku. Sinu varasem nõusolek enam ei kehti.
consent-changes-what = Mis
consent-changes-before = Enne
consent-changes-after = Pärast
consent-participant = Osaleja
consent-guardian = Seaduslik esindaja
consent-offer = { $participant } on saanud kohapakkumise, mis kehtib kuni { $until }. Nõusoleku andmisega võtad koha vastu.
consent-dates = Kuupäevad
consent-destination = Sihtkoht
consent-organiser = Korraldaja
consent-teacher = Vastutav õpetaja
consent-leaders = Täiskasvanud juhendajad
consent-accommodation = Majutus
consent-transport = Transport
consent-cost = Kulu osaleja kohta
consent-voluntary = Koolireisid on tasuta: igasugune omaosalus on vabatahtlik ja koht ei sõltu kunagi maksmisest.
consent-programme = Programm
consent-programme-day = { $day }. päev

# Nõusoleku andmine: vorm
consent-travel-heading = Luba reisida
consent-travel-label = Annan loa reisida
consent-health-heading = Tervis ja ravimid
consent-health-hint = Vabatahtlik. Kirjuta, mida juhendajad peavad teadma, et { $participant } saaks vahetuse ajal vajalikku hoolt.
consent-on-record-title = Juhendajatele juba esitatud
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = Teiste seaduslike esindajate esitatud andmed jäävad alles: see, mida sina kirjutad, lisatakse ja asendab ainult seda, mida oled ise varem esitanud. Andmete sisu siin ei näidata, sest linki võidakse edasi saata; juhendajad näevad kõike.
consent-on-record-you = Sina
consent-on-record-former-guardian = Endine seaduslik esindaja
consent-on-record-medical-notes = tervisega seotud märkused
consent-on-record-allergies = allergiad
consent-on-record-medication = ravimid
consent-on-record-dietary-needs = toitumisvajadused
consent-on-record-contacts = hädaolukorra kontaktid
consent-medical-notes-label = Haigused ja muud tervisega seotud märkused
consent-allergies-label = Allergiad
consent-medication-label = Ravimid
consent-dietary-needs-label = Toitumisvajadused
consent-contacts-heading = Hädaolukorra kontaktid
consent-contacts-hint = Vähemalt üks inimene, kellega juhendajad saavad vahetuse ajal ühendust võtta, koos nime, suhte ja telefoninumbriga.
consent-contact-legend = Hädaolukorra kontakt { $number }
consent-contact-field = Hädaolukorra kontakt { $number } – { $field }
consent-contact-name-label = Nimi
consent-contact-relation-label = Suhe (näiteks ema, onu)
consent-contact-phone-label = Telefon
consent-photos-heading = Fotod
consent-photos-label = Annan nõusoleku fotode kasutamiseks (vabatahtlik)
consent-signature-heading = Sinu nimi allkirjana
consent-typed-name-label = Sinu täisnimi
consent-give-button = Anna nõusolek

# Nõusoleku andmine: mis vormis oli valesti
consent-problem-travel-required = Märgi ruut, et anda luba reisida.
consent-problem-no-contact = Lisa vähemalt üks hädaolukorra kontakt koos nime, suhte ja telefoninumbriga.
consent-problem-contact-required = Täida selle kontakti nimi, suhe ja telefon.
consent-problem-required = See väli on kohustuslik.
consent-problem-invalid-phone = Sisesta telefoninumber, 6–15 numbrit.
consent-problem-too-long = Tekst on liiga pikk.
consent-problem-invalid-characters = Tekstis on märke, mis pole lubatud.
consent-problem-invalid = Leht on aegunud, laadi see uuesti.
consent-problem-other = Kontrolli seda välja.

# Nõusoleku andmine: valmis
consent-given-confirmed = Aitäh! { $participant } on nüüd saanud kinnitatud koha.
consent-given-awaiting-approval = Aitäh! Sinu nõusolek on salvestatud. Vahetust on muudetud ja see ootab uuesti heakskiitu. Koht ei ole kinnitatud: see kinnitatakse, kui muudatus on heaks kiidetud ja kõik vajalikud nõusolekud on olemas. Siis saad e-kirja.
consent-given-awaiting-others = Aitäh! Sinu nõusolek on salvestatud. Registreerumine kinnitatakse, kui ka teine seaduslik esindaja on oma nõusoleku andnud.

# Nõusoleku tagasivõtmine
consent-withdraw-exchange = Vahetus
consent-withdraw-intro = Saad oma nõusoleku tagasi võtta kuni ärasõiduni. Vali, mida soovid tagasi võtta.
consent-withdraw-photos-heading = Ainult luba fotode kasutamiseks
consent-withdraw-photos-text = { $participant } osaleb vahetuses edasi. Fotosid, millel ta on, ei kasutata omavalitsuse ega kooli väljaannetes vahetuse kohta.
consent-withdraw-photos-button = Võta tagasi luba fotode kasutamiseks
consent-withdraw-travel-heading = Luba reisida
consent-withdraw-travel-text = Sel juhul koht vabastatakse ja registreerumine lõpeb.
consent-withdraw-travel-button = Võta tagasi luba reisida
consent-withdrawn-photos = Luba fotode kasutamiseks on tagasi võetud. Luba reisida kehtib endiselt.
consent-withdrawn-travel = Luba reisida on tagasi võetud. Koht on vabastatud ja registreerumine on lõppenud.
