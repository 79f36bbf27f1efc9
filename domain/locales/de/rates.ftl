# Utbyte: die Zeilen der Fördersatztabellen von Erasmus+ und Nordplus, in Worten benannt.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action ist der Code einer Programmaktion (KA122-SCH), $year ein Antragsjahr, $key das
# Entfernungsband, das Land, die Ländergruppe oder das Gebiet der Zeile, bereits in Worten.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] Reisekosten, Standardreise
        [travel_green] Reisekosten, umweltfreundliches Reisen
        [travel_days_standard] Reisetage, Standardreise
        [travel_days_green] Reisetage, umweltfreundliches Reisen
        [organisational_support] organisatorische Unterstützung
        [individual_support_pupil] individuelle Unterstützung, Schülerinnen und Schüler
        [individual_support_staff] individuelle Unterstützung, Begleitpersonen
        [inclusion_support] Inklusionsunterstützung
        [lump_sum] Pauschalbetrag
       *[nordplus_travel] Nordplus-Reise
    }
budget-country-group = Ländergruppe { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] die Färöer und Island
        [greenland] Grönland
       *[nordic_baltic] die nordischen und baltischen Länder
    }
