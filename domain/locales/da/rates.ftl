# Utbyte: rækkerne i satstabellerne for Erasmus+ og Nordplus, navngivet med ord.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action er koden for en programaktion (KA122-SCH), $year et indkaldelsesår, $key rækkens
# afstandsinterval, land, landegruppe eller område, allerede i ord.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] standardrejse
        [travel_green] grøn rejse
        [travel_days_standard] rejsedage, standardrejse
        [travel_days_green] rejsedage, grøn rejse
        [organisational_support] organisatorisk støtte
        [individual_support_pupil] individuel støtte, elever
        [individual_support_staff] individuel støtte, ledsagere
        [inclusion_support] inklusionsstøtte
        [lump_sum] fast beløb
       *[nordplus_travel] Nordplus-rejse
    }
budget-country-group = landegruppe { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] Færøerne og Island
        [greenland] Grønland
       *[nordic_baltic] de nordiske og baltiske lande
    }
