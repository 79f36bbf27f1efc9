# Utbyte: hvordan beløpet på en budsjettlinje er regnet ut (enhetskostnader i Erasmus+ og Nordplus).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit og $amount kommer formatert som beløp, $band som et avstandsintervall,
# $venue, $from og $to som landnavn; de andre tallene er antall.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km og mer
budget-formula-travel = { $travellers ->
        [one] 1 reisende
       *[other] { $travellers } reisende
    } × { $rate } ({ $band }, { $green ->
        [true] grønn reise
       *[false] standardreise
    })
budget-formula-expensive-travel = 80 % av den faktiske reisekostnaden { $real } (enhetskostnadene { $unit } dekker mindre enn 70 %)
budget-formula-persons-days = { $persons ->
        [one] 1 person
       *[other] { $persons } personer
    } × { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } persondager × { $rate } (organisatorisk støtte, vertsland { $venue })
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
       *[other] { $days } dager
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
       *[other] { $days } dager
    }: { $full_days } dager × { $rate } + { $reduced_days ->
        [one] 1 dag
       *[other] { $reduced_days } dager
    } × { $reduced_rate } (70 % fra dag 15)
budget-formula-inclusion-support = { $participants ->
        [one] 1 deltaker
       *[other] { $participants } deltakere
    } med færre muligheter × { $rate } (inkluderingsstøtte)
budget-formula-inclusion-real-costs = faktiske kostnader { $amount }, dekket 100 % (inkluderingsstøtte)
budget-formula-exceptional-costs = faktiske kostnader { $amount } (visum og lignende ekstraordinære kostnader)
budget-formula-lump-sum = engangsbeløp { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] 1 reisende
       *[other] { $travellers } reisende
    } × { $rate } (Nordplus-reise { $from }–{ $to }, { $area ->
        [faroe_iceland] Færøyene og Island
        [greenland] Grønland
       *[nordic_baltic] de nordiske og baltiske landene
    })
