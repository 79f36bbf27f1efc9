# Utbyte: hvorfor en tilmelding fik en plads eller en plads på ventelisten.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed er lodtrækningens startværdi (et langt tal, som tekst), $rank og $total er heltal,
# $position er en plads på ventelisten.

registration-outcome = { $kind ->
        [awaiting_draw] Venter på lodtrækningen, som foretages, når tilmeldingen lukker.
        [first_come_place] Først til mølle: der var en ledig plads.
       *[first_come_waiting] Først til mølle: der var ingen ledig plads, så tilmeldingen står på ventelisten.
    }
registration-outcome-lottery = Lodtrækning (startværdi { $seed }): { $priority ->
        [fewer_opportunities] fortrin for unge med færre muligheder
        [first_time] fortrin for dem, der rejser for første gang
       *[none] ingen fortrinsgruppe
    }, trukket som nummer { $rank } af { $total }. { $place ->
        [true] Fik en plads.
       *[false] Nummer { $position } på ventelisten.
    }
