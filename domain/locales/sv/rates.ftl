# Utbyte: raderna i Erasmus+ och Nordplus enhetskostnadstabeller, med namn i ord.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action är en insats kod (KA122-SCH), $year ett ansökningsår, $kind radens slag
# (budget-rate-kind) och $key dess avståndsintervall, land, landgrupp eller område, båda i ord.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] vanlig resa
        [travel_green] grönt resande
        [travel_days_standard] resdagar, vanlig resa
        [travel_days_green] resdagar, grönt resande
        [organisational_support] organisationsstöd
        [individual_support_pupil] individuellt stöd, elever
        [individual_support_staff] individuellt stöd, medföljande personer
        [inclusion_support] inkluderingsstöd
        [lump_sum] klumpsumma
       *[nordplus_travel] Nordplus-resa
    }
budget-country-group = landgrupp { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] Färöarna och Island
        [greenland] Grönland
       *[nordic_baltic] de nordiska och baltiska länderna
    }
