# Utbyte: hur en budgetrads belopp har räknats fram (enhetskostnader i Erasmus+ och Nordplus).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit och $amount kommer formaterade som belopp, $band som ett avståndsintervall,
# $venue som ett lands namn, $from och $to som ländernas namn (i budget-band: kilometer); övriga
# tal är antal.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km och mer
budget-formula-travel = { $travellers ->
        [one] 1 resenär
       *[other] { $travellers } resenärer
    } × { $rate } ({ $band }, { $green ->
        [true] grönt resande
       *[false] vanlig resa
    })
budget-formula-expensive-travel = 80 % av den faktiska resekostnaden { $real } (enhetskostnaderna { $unit } täcker mindre än 70 %)
budget-formula-persons-days = { $persons ->
        [one] 1 person
       *[other] { $persons } personer
    } × { $days ->
        [one] 1 dag
       *[other] { $days } dagar
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } persondagar × { $rate } (organisationsstöd, värdland { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [one] 1 elev
       *[other] { $pupils } elever
    } × { $rate } (organisationsstöd)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [one] 1 medföljande person
           *[other] { $persons } medföljande personer
        }
       *[pupils] { $persons ->
            [one] 1 elev
           *[other] { $persons } elever
        }
    } × { $days ->
        [one] 1 dag
       *[other] { $days } dagar
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [one] 1 medföljande person
           *[other] { $persons } medföljande personer
        }
       *[pupils] { $persons ->
            [one] 1 elev
           *[other] { $persons } elever
        }
    } × { $days ->
        [one] 1 dag
       *[other] { $days } dagar
    }: { $full_days } dagar × { $rate } + { $reduced_days ->
        [one] 1 dag
       *[other] { $reduced_days } dagar
    } × { $reduced_rate } (70 % från dag 15)
budget-formula-inclusion-support = { $participants ->
        [one] 1 deltagare
       *[other] { $participants } deltagare
    } med sämre förutsättningar × { $rate } (inkluderingsstöd)
budget-formula-inclusion-real-costs = faktiska kostnader { $amount } till 100 % (inkluderingsstöd)
budget-formula-exceptional-costs = faktiska kostnader { $amount } (visum och liknande exceptionella kostnader)
budget-formula-lump-sum = klumpsumma { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] 1 resenär
       *[other] { $travellers } resenärer
    } × { $rate } (Nordplus-resa { $from }–{ $to }, { $area ->
        [faroe_iceland] Färöarna och Island
        [greenland] Grönland
       *[nordic_baltic] de nordiska och baltiska länderna
    })
