# Utbyte: bogagga oggolaanshaha ee waalidiinta (bixinta iyo ka noqoshada oggolaanshaha) iyo waxa ay ka sheegaan isbeddellada.
# Reviewed by: (not yet reviewed by a native speaker)

# Bogagga
consent-title = Oggolaanshaha isdhaafsiga
consent-withdraw-title = Ka noqo oggolaanshaha
consent-link-problem-title = Xiriiriyahan ma shaqaynayo
consent-link-problem = Xiriiriyahan ma ansaxa, horay ayaa loo isticmaalay, ama waqtigiisii wuu dhacay. Haddii aad u baahan tahay xiriiriye cusub, la xiriir hoggaamiyayaasha isdhaafsiga.
consent-link-valid-until = Xiriiriyahan wuxuu shaqaynayaa ilaa { $until }.

# Bixinta oggolaanshaha: isdhaafsiga
consent-errors-intro = Wax baa u baahan in la saxo ka hor inta aan oggolaanshaha la kaydin:
consent-changed = Isdhaafsiga waa la beddelay tan iyo markii aad bixisay oggolaanshahaaga. Oggolaanshahaagii hore hadda ma shaqaynayo.
consent-changes-what = Waxa isbeddelay
consent-changes-before = Ka hor
consent-changes-after = Kadib
consent-participant = Ka-qaybgale
consent-guardian = Waalid
consent-offer = Boos ayaa loo soo bandhigay { $participant } ilaa { $until }. Markaad bixiso oggolaanshahaaga, waxaad aqbalaysaa booska.
consent-dates = Taariikhaha
consent-destination = Meesha loo socdo
consent-organiser = Qabanqaabiyaha
consent-teacher = Macallinka mas'uulka ah
consent-leaders = Hoggaamiyayaasha qaangaarka ah
consent-accommodation = Hoyga
consent-transport = Gaadiidka
consent-cost = Kharashka ka-qaybgale kasta
consent-voluntary = Safarrada dugsigu waa lacag la'aan: wax kasta oo la bixiyo waa ikhtiyaari, boosna marnaba kuma xirna lacag bixin.
consent-programme = Barnaamijka
consent-programme-day = Maalinta { $day }

# Bixinta oggolaanshaha: foomka
consent-travel-heading = Oggolaanshaha safarka
consent-travel-label = Waxaan bixinayaa oggolaanshahayga safarka
consent-health-heading = Caafimaadka iyo daawooyinka
consent-health-hint = Ikhtiyaari. Qor waxa hoggaamiyayaashu u baahan yihiin inay ogaadaan si ay u daryeelaan { $participant } inta lagu jiro isdhaafsiga.
consent-on-record-title = Horay ayaa loo siiyay hoggaamiyayaasha
consent-on-record-item = { $who } ({ $when }): { $fields }
consent-on-record-hint = Waxa waalidiinta kale bixiyeen waa la hayaa: waxa aad qorto waa lagu darayaa, wuxuuna beddelayaa oo keliya waxa adigu hore u bixisay. Waxa ku qoran halkan laguma muujinayo, maxaa yeelay xiriiriye waa loo gudbin karaa qof kale; hoggaamiyayaashu dhammaan way arkaan.
consent-on-record-you = Adiga
consent-on-record-former-guardian = Qof hore waalid u ahaa
consent-on-record-medical-notes = qoraallo caafimaad
consent-on-record-allergies = xasaasiyado
consent-on-record-medication = daawooyin
consent-on-record-dietary-needs = baahiyaha cuntada
consent-on-record-contacts = xiriirada xaaladaha degdegga ah
consent-medical-notes-label = Cudurro iyo qoraallo kale oo caafimaad
consent-allergies-label = Xasaasiyadaha
consent-medication-label = Daawooyinka
consent-dietary-needs-label = Baahiyaha cuntada
consent-contacts-heading = Xiriirada xaaladaha degdegga ah
consent-contacts-hint = Ugu yaraan hal qof oo ay hoggaamiyayaashu la xiriiri karaan inta lagu jiro isdhaafsiga, oo leh magac, waxa uu u yahay ka-qaybgalaha, iyo taleefan.
consent-contact-legend = Xiriirka degdegga ah { $number }
consent-contact-field = Xiriirka degdegga ah { $number } – { $field }
consent-contact-name-label = Magaca
consent-contact-relation-label = Waxa uu u yahay ka-qaybgalaha (tusaale ahaan hooyo, abti)
consent-contact-phone-label = Taleefanka
consent-photos-heading = Sawirrada
consent-photos-label = Waan oggolahay sawirrada (ikhtiyaari)
consent-signature-heading = Magacaaga oo saxiix ah
consent-typed-name-label = Magacaaga oo dhammaystiran
consent-give-button = Bixi oggolaansho

# Bixinta oggolaanshaha: waxa foomka ka khaldanaa
consent-problem-travel-required = Calaamadee sanduuqa si aad u bixiso oggolaanshaha safarka.
consent-problem-no-contact = Qor ugu yaraan hal xiriir degdeg ah oo leh magac, waxa uu u yahay ka-qaybgalaha, iyo taleefan.
consent-problem-contact-required = Buuxi magaca, waxa uu u yahay ka-qaybgalaha, iyo taleefanka xiriirkan.
consent-problem-required = Goobtan waa in la buuxiyaa.
consent-problem-invalid-phone = Qor lambar taleefan oo ka kooban 6–15 tiro.
consent-problem-too-long = Qoraalku aad buu u dheer yahay.
consent-problem-invalid-characters = Qoraalku wuxuu leeyahay xarfo aan la isticmaali karin.
consent-problem-invalid = Boggu waa duugoobay, dib u soo rar.
consent-problem-other = Hubi goobtan.

# Bixinta oggolaanshaha: waa la dhammeeyay
consent-given-confirmed = Mahadsanid! Booska { $participant } hadda waa la xaqiijiyay.
consent-given-awaiting-approval = Mahadsanid! Oggolaanshahaaga waa la kaydiyay. Isdhaafsiga waa la beddelay, wuxuuna mar kale sugayaa ansixin. Booska weli lama xaqiijin: waxaa la xaqiijinayaa marka isbeddelka la ansixiyo oo dhammaan oggolaanshaha loo baahan yahay la helo. Markaas ayaad iimayl heli doontaa.
consent-given-awaiting-others = Mahadsanid! Oggolaanshahaaga waa la kaydiyay. Diiwaangelinta waxaa la xaqiijinayaa marka waalidka kale uu isna bixiyo oggolaanshihiisa.

# Ka noqoshada oggolaanshaha
consent-withdraw-exchange = Isdhaafsiga
consent-withdraw-intro = Waxaad ka noqon kartaa oggolaanshahaaga ilaa ambabaxa. Dooro waxa aad ka noqonayso.
consent-withdraw-photos-heading = Oggolaanshaha sawirrada oo keliya
consent-withdraw-photos-text = Ka-qaybgalka { $participant } ee isdhaafsiga wuu sii socdaa. Sawirrada uu ka muuqdo ka-qaybgaluhu laguma isticmaalo daabacaadaha degmada iyo dugsiga ee ku saabsan isdhaafsiga.
consent-withdraw-photos-button = Ka noqo oggolaanshaha sawirrada
consent-withdraw-travel-heading = Oggolaanshaha safarka
consent-withdraw-travel-text = Markaas booska waa la sii daynayaa, diiwaangelintuna way dhammaanaysaa.
consent-withdraw-travel-button = Ka noqo oggolaanshaha safarka
consent-withdrawn-photos = Oggolaanshaha sawirrada waa laga noqday. Oggolaanshaha safarku weli wuu shaqaynayaa.
consent-withdrawn-travel = Oggolaanshaha safarka waa laga noqday. Booska waa la sii daayay, diiwaangelintuna way dhammaatay.
