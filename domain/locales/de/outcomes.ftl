# Utbyte: warum eine Anmeldung einen Platz oder eine Position auf der Warteliste bekommen hat.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed ist der Startwert der Auslosung (eine lange Zahl, als Text), $rank und $total sind
# ganze Zahlen, $position ist eine Position auf der Warteliste.

registration-outcome = { $kind ->
        [awaiting_draw] Wartet auf die Auslosung, die bei Anmeldeschluss stattfindet.
        [first_come_place] Nach Reihenfolge der Anmeldung: Ein Platz war frei.
       *[first_come_waiting] Nach Reihenfolge der Anmeldung: Kein Platz war frei, daher auf der Warteliste.
    }
registration-outcome-lottery = Auslosung (Startwert { $seed }): { $priority ->
        [fewer_opportunities] Vorrang für junge Menschen mit geringeren Chancen
        [first_time] Vorrang für Personen, die zum ersten Mal reisen
       *[none] keine Vorranggruppe
    }, ausgelost als Nummer { $rank } von { $total }. { $place ->
        [true] Platz erhalten.
       *[false] Position { $position } auf der Warteliste.
    }
