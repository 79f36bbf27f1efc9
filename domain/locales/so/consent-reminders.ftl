# Utbyte: xasuusin loo diro waalidiinta aan ka jawaabin codsiga oggolaanshaha, iyo waxa macallinku ogaado oo arko.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $until, $at, $asked iyo $expires waxay u yimaadaan taariikh iyo waqti ahaan, $dates muddo taariikheed ahaan.

mail-consent-reminder-subject = Xasuusin: oggolaanshaha { $participant } – { $title }
mail-consent-reminder-first-line = Tani waa xasuusin: weli ma helin jawaabtaada. Xiriirka ku jiray iimaylkeennii hore mar dambe ma shaqeeyo; fadlan isticmaal xiriirka cusub ee hoose, kaas oo ansax ah ilaa { $until }.
mail-consents-complete-subject = Dhammaan oggolaanshaha waa la helay: { $title }
mail-consents-complete-body = { $count ->
    [one] Dhammaan oggolaanshaha { $title } ({ $dates }) waa la helay: hal diiwaangelin ayaa la xaqiijiyay.
   *[other] Dhammaan oggolaanshaha { $title } ({ $dates }) waa la helay: { $count } diiwaangelin ayaa la xaqiijiyay.
}
mail-consent-follow-up-see = Eeg diiwaangelinta
mail-consent-follow-up-see-here = Halkan ka eeg diiwaangelinta:
mail-consent-link-expired-subject = Oggolaansho aan laga jawaabin: { $participant } – { $title }
mail-consent-link-expired-body = Xiriirka oggolaanshaha ee loo diray { $guardian } ee ku saabsan { $participant } ({ $title }) wuxuu dhacay { $at } iyadoo aan laga jawaabin. Xiriir cusub waxaad ka diri kartaa bogga diiwaangelinta safarka.

trip-outstanding-summary = { $count ->
    [0] Ma jiro waalid jawaabtiisu maqan tahay.
    [one] Hal waalid weli ma jawaabin.
   *[other] { $count } waalid weli ma jawaabin.
}
trip-outstanding-waiting = La weydiiyay { $asked }; xiriirku waa ansax ilaa { $expires }.
trip-outstanding-reminded = Xasuusintii ugu dambeysay { $at }.
trip-outstanding-expired = La weydiiyay { $asked }; xiriirku wuxuu dhacay { $expires } iyadoo aan laga jawaabin.
