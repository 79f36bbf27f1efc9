# Utbyte: рядки таблиць ставок Erasmus+ і Nordplus, названі словами.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $action — код дії програми (KA122-SCH), $year — рік конкурсу, $key — діапазон відстані,
# країна, група країн або регіон рядка, уже словами.

budget-rate-row = { $action } { $year }: { $kind }
budget-rate-row-keyed = { $action } { $year }: { $kind }, { $key }
budget-rate-kind = { $kind ->
        [travel_standard] стандартна подорож
        [travel_green] екологічна подорож
        [travel_days_standard] дні подорожі, стандартна подорож
        [travel_days_green] дні подорожі, екологічна подорож
        [organisational_support] організаційна підтримка
        [individual_support_pupil] індивідуальна підтримка, учні
        [individual_support_staff] індивідуальна підтримка, супровідні особи
        [inclusion_support] підтримка інклюзії
        [lump_sum] фіксована сума
       *[nordplus_travel] подорож Nordplus
    }
budget-country-group = група країн { $group }
budget-nordplus-area = { $area ->
        [faroe_iceland] Фарерські острови та Ісландія
        [greenland] Гренландія
       *[nordic_baltic] країни Північної Європи та Балтії
    }
