# Utbyte: wie der Betrag einer Budgetzeile berechnet wurde (Stückkosten von Erasmus+ und Nordplus).
# Reviewed by: (not yet reviewed by a native speaker)
#
# $rate, $real, $unit und $amount kommen als Geldbeträge formatiert an, $band als Entfernungsband,
# $venue, $from und $to als Ländernamen; die übrigen Zahlen sind Anzahlen.

budget-band = { $from }–{ $to } km
budget-band-open = { $from } km und mehr
budget-formula-travel = { $travellers ->
        [one] 1 reisende Person
       *[other] { $travellers } reisende Personen
    } × { $rate } ({ $band }, { $green ->
        [true] umweltfreundliches Reisen
       *[false] Standardreisen
    })
budget-formula-expensive-travel = 80 % der tatsächlichen Reisekosten von { $real } (die Stückkosten von { $unit } decken weniger als 70 %)
budget-formula-persons-days = { $persons ->
        [one] 1 Person
       *[other] { $persons } Personen
    } × { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }
budget-formula-youth-organisational-support = { $parts } = { $person_days } Personentage × { $rate } (organisatorische Unterstützung, Gastland { $venue })
budget-formula-school-organisational-support = { $pupils ->
        [one] 1 Schülerin oder Schüler
       *[other] { $pupils } Schülerinnen und Schüler
    } × { $rate } (organisatorische Unterstützung)
budget-formula-individual-support = { $who ->
        [staff] { $persons ->
            [one] 1 Begleitperson
           *[other] { $persons } Begleitpersonen
        }
       *[pupils] { $persons ->
            [one] 1 Schülerin oder Schüler
           *[other] { $persons } Schülerinnen und Schüler
        }
    } × { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    } × { $rate }
budget-formula-individual-support-reduced = { $who ->
        [staff] { $persons ->
            [one] 1 Begleitperson
           *[other] { $persons } Begleitpersonen
        }
       *[pupils] { $persons ->
            [one] 1 Schülerin oder Schüler
           *[other] { $persons } Schülerinnen und Schüler
        }
    } × { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }: { $full_days } Tage × { $rate } + { $reduced_days ->
        [one] 1 Tag
       *[other] { $reduced_days } Tage
    } × { $reduced_rate } (70 % ab dem 15. Tag)
budget-formula-inclusion-support = { $participants ->
        [one] 1 teilnehmende Person
       *[other] { $participants } teilnehmende Personen
    } mit geringeren Chancen × { $rate } (Inklusionsunterstützung)
budget-formula-inclusion-real-costs = tatsächliche Kosten von { $amount } zu 100 % (Inklusionsunterstützung)
budget-formula-exceptional-costs = tatsächliche Kosten von { $amount } (Visum und ähnliche außergewöhnliche Kosten)
budget-formula-lump-sum = Pauschalbetrag { $amount }
budget-formula-nordplus-travel = { $travellers ->
        [one] 1 reisende Person
       *[other] { $travellers } reisende Personen
    } × { $rate } (Nordplus-Reise { $from }–{ $to }, { $area ->
        [faroe_iceland] die Färöer und Island
        [greenland] Grönland
       *[nordic_baltic] die nordischen und baltischen Länder
    })
