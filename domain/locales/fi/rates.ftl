# Utbyte: Erasmus+- ja Nordplus-yksikkökustannustaulukoiden rivit sanoin nimettyinä.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action on ohjelman toimen koodi (KA122-SCH), $year hakuvuosi, $key rivin etäisyysluokka,
# maa, maaryhmä tai alue valmiiksi sanoina.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] tavanomainen matkustaminen
        [travel_green] vihreä matkustaminen
        [travel_days_standard] matkapäivät, tavanomainen matkustaminen
        [travel_days_green] matkapäivät, vihreä matkustaminen
        [organisational_support] organisatorinen tuki
        [individual_support_pupil] yksilötuki, oppilaat
        [individual_support_staff] yksilötuki, saattajat
        [inclusion_support] osallisuustuki
        [lump_sum] kertakorvaus
       *[nordplus_travel] Nordplus-matka
    }
budget-country-group = maaryhmä { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] Färsaaret ja Islanti
        [greenland] Grönlanti
       *[nordic_baltic] Pohjoismaat ja Baltian maat
    }
