# Utbyte: sida loo xisaabiyay lacagta safka miisaaniyadda (kharashaadka halbeegga ee Erasmus+ iyo Nordplus).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit iyo $amount waxay u yimaadaan iyagoo lacag ahaan u qaabaysan, $band qayb masaafo ahaan,
# $venue, $from iyo $to magacyo waddan ahaan; tirooyinka kale waa tirinno.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km iyo ka badan
budget-formula-travel = { $travellers ->
        [one] 1 musaafir
       *[other] { $travellers } musaafir
    } × { $rate } ({ $band }, { $green ->
        [true] safar deegaanka u fiican
       *[false] safar caadi ah
    })
budget-formula-expensive-travel = 80 % kharashka dhabta ah ee safarka { $real } (kharashaadka halbeegga { $unit } waxay daboolaan wax ka yar 70 %)
budget-formula-persons-days = { $persons ->
        [one] 1 qof
       *[other] { $persons } qof
    } × { $days ->
        [one] 1 maalin
       *[other] { $days } maalmood
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } maalmood-qof × { $rate } (taageerada abaabulka, dalka lagu qabanayo: { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [one] 1 arday
       *[other] { $pupils } arday
    } × { $rate } (taageerada abaabulka)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [one] 1 qof oo la socda
           *[other] { $persons } qof oo la socda
        }
       *[pupils] { $persons ->
            [one] 1 arday
           *[other] { $persons } arday
        }
    } × { $days ->
        [one] 1 maalin
       *[other] { $days } maalmood
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [one] 1 qof oo la socda
           *[other] { $persons } qof oo la socda
        }
       *[pupils] { $persons ->
            [one] 1 arday
           *[other] { $persons } arday
        }
    } × { $days ->
        [one] 1 maalin
       *[other] { $days } maalmood
    }: { $full_days } maalmood × { $rate } + { $reduced_days ->
        [one] 1 maalin
       *[other] { $reduced_days } maalmood
    } × { $reduced_rate } (70 % laga bilaabo maalinta 15-aad)
budget-formula-inclusion-support = { $participants ->
        [one] 1 ka-qaybgale
       *[other] { $participants } ka-qaybgale
    } oo fursado yar haysta × { $rate } (taageerada ka-mid-noqoshada)
budget-formula-inclusion-real-costs = kharashaadka dhabta ah { $amount } oo 100 % la bixiyo (taageerada ka-mid-noqoshada)
budget-formula-exceptional-costs = kharashaadka dhabta ah { $amount } (fiisaha iyo kharashaadka gaarka ah ee la midka ah)
budget-formula-lump-sum = lacag go'an oo hal mar ah { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] 1 musaafir
       *[other] { $travellers } musaafir
    } × { $rate } (safarka Nordplus { $from }–{ $to }, { $area ->
        [faroe_iceland] Jasiiradaha Faroe iyo Iceland
        [greenland] Greenland
       *[nordic_baltic] waddamada Waqooyiga Yurub iyo Baltigga
    })
