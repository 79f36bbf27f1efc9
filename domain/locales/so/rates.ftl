# Utbyte: safafka jadwalada heerarka Erasmus+ iyo Nordplus, oo erayo lagu magacaabay.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action waa koodka hawsha barnaamijka (KA122-SCH), $year sannadka codsiga, $key qaybta masaafada,
# waddanka, kooxda waddamada ama aagga safka, horeba erayo ahaan.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] safar caadi ah
        [travel_green] safar deegaanka u fiican
        [travel_days_standard] maalmaha safarka, safar caadi ah
        [travel_days_green] maalmaha safarka, safar deegaanka u fiican
        [organisational_support] taageerada abaabulka
        [individual_support_pupil] taageerada shakhsiga, ardayda
        [individual_support_staff] taageerada shakhsiga, dadka la socda
        [inclusion_support] taageerada ka-mid-noqoshada
        [lump_sum] lacag go'an oo hal mar ah
       *[nordplus_travel] safarka Nordplus
    }
budget-country-group = kooxda waddamada { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] Jasiiradaha Faroe iyo Iceland
        [greenland] Greenland
       *[nordic_baltic] waddamada Waqooyiga Yurub iyo Baltigga
    }
