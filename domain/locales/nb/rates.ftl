# Utbyte: radene i satstabellene for Erasmus+ og Nordplus, navngitt med ord.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action er koden til et programtiltak (KA122-SCH), $year et utlysningsår, $key radens
# avstandsintervall, land, landgruppe eller område, allerede i ord.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] standardreise
        [travel_green] grønn reise
        [travel_days_standard] reisedager, standardreise
        [travel_days_green] reisedager, grønn reise
        [organisational_support] organisatorisk støtte
        [individual_support_pupil] individuell støtte, elever
        [individual_support_staff] individuell støtte, ledsagere
        [inclusion_support] inkluderingsstøtte
        [lump_sum] engangsbeløp
       *[nordplus_travel] Nordplus-reise
    }
budget-country-group = landgruppe { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] Færøyene og Island
        [greenland] Grønland
       *[nordic_baltic] de nordiske og baltiske landene
    }
