# Utbyte: miksi ilmoittautuminen sai paikan tai sijan jonotuslistalla.
# Reviewed by: (not yet reviewed by a native speaker)
#
# $seed on arvonnan siemenluku (pitkä luku tekstinä), $rank ja $total ovat kokonaislukuja,
# $position on sija jonotuslistalla.

registration-outcome = { $kind ->
        [awaiting_draw] Odottaa arvontaa, joka suoritetaan, kun ilmoittautuminen päättyy.
        [first_come_place] Ilmoittautumisjärjestyksessä: paikka oli vapaana.
       *[first_come_waiting] Ilmoittautumisjärjestyksessä: vapaata paikkaa ei ollut, joten ilmoittautuminen on jonotuslistalla.
    }
registration-outcome-lottery = Arvonta (siemenluku { $seed }): { $priority ->
        [fewer_opportunities] etusija nuorille, joilla on muita vähemmän mahdollisuuksia
        [first_time] etusija niille, jotka matkustavat ensimmäistä kertaa
       *[none] ei etusijaryhmää
    }, arvontanumero { $rank } (kaikkiaan { $total }). { $place ->
        [true] Sai paikan.
       *[false] Jonotuslistalla sijalla { $position }.
    }
