# Utbyte: dlaczego zgłoszenie otrzymało miejsce lub pozycję na liście rezerwowej.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed to ziarno losowania (długa liczba, jako tekst), $rank i $total to liczby całkowite,
# $position to pozycja na liście rezerwowej.

registration-outcome = { $kind ->
        [awaiting_draw] Czeka na losowanie, które odbędzie się po zamknięciu zapisów.
        [first_come_place] Decyduje kolejność zgłoszeń: było wolne miejsce.
       *[first_come_waiting] Decyduje kolejność zgłoszeń: nie było wolnego miejsca, więc zgłoszenie trafiło na listę rezerwową.
    }
registration-outcome-lottery = Losowanie (ziarno { $seed }): { $priority ->
        [fewer_opportunities] pierwszeństwo dla młodych osób z mniejszymi szansami
        [first_time] pierwszeństwo dla osób wyjeżdżających po raz pierwszy
       *[none] bez grupy z pierwszeństwem
    }, numer w losowaniu: { $rank } z { $total }. { $place ->
        [true] Przyznano miejsce.
       *[false] Pozycja nr { $position } na liście rezerwowej.
    }
