# Utbyte: hvordan beløbet på en budgetlinje er beregnet (enhedsomkostninger i Erasmus+ og Nordplus).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit og $amount kommer formateret som beløb, $band som et afstandsinterval,
# $venue, $from og $to som landenavne; de øvrige tal er antal.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km og derover
budget-formula-travel = { $travellers ->
        [one] 1 rejsende
       *[other] { $travellers } rejsende
    } × { $rate } ({ $band }, { $green ->
        [true] grøn rejse
       *[false] standardrejse
    })
budget-formula-expensive-travel = 80 % af de faktiske rejseomkostninger { $real } (enhedsomkostningerne { $unit } dækker mindre end 70 %)
budget-formula-persons-days = { $persons ->
        [one] 1 person
       *[other] { $persons } personer
    } × { $days ->
        [one] 1 dag
       *[other] { $days } dage
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } persondage × { $rate } (organisatorisk støtte, værtsland { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [one] 1 elev
       *[other] { $pupils } elever
    } × { $rate } (organisatorisk støtte)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [one] 1 ledsager
           *[other] { $persons } ledsagere
        }
       *[pupils] { $persons ->
            [one] 1 elev
           *[other] { $persons } elever
        }
    } × { $days ->
        [one] 1 dag
       *[other] { $days } dage
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [one] 1 ledsager
           *[other] { $persons } ledsagere
        }
       *[pupils] { $persons ->
            [one] 1 elev
           *[other] { $persons } elever
        }
    } × { $days ->
        [one] 1 dag
       *[other] { $days } dage
    }: { $full_days } dage × { $rate } + { $reduced_days ->
        [one] 1 dag
       *[other] { $reduced_days } dage
    } × { $reduced_rate } (70 % fra dag 15)
budget-formula-inclusion-support = { $participants ->
        [one] 1 deltager
       *[other] { $participants } deltagere
    } med færre muligheder × { $rate } (inklusionsstøtte)
budget-formula-inclusion-real-costs = faktiske omkostninger { $amount }, dækket 100 % (inklusionsstøtte)
budget-formula-exceptional-costs = faktiske omkostninger { $amount } (visum og lignende ekstraordinære omkostninger)
budget-formula-lump-sum = fast beløb { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] 1 rejsende
       *[other] { $travellers } rejsende
    } × { $rate } (Nordplus-rejse { $from }–{ $to }, { $area ->
        [faroe_iceland] Færøerne og Island
        [greenland] Grønland
       *[nordic_baltic] de nordiske og baltiske lande
    })
