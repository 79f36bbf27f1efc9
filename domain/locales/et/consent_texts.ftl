# Utbyte: nõusolekutekstid, millega seaduslik esindaja nõusolekulehel nõustub.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Iga tekst on õiguslik kinnitus. Täpselt see tekst, mida seaduslikule esindajale näidatakse, salvestatakse
# versioonina koos selle SHA-256 räsiga ja seotakse tema nõusolekuga: teksti muutmine siin avaldab järgmisel
# käivitamisel uue versiooni (varasemad nõusolekud viitavad edasi versioonile, mille kohta need anti).
# Hoia iga tekst ühel real.

consent-text-travel = Olen osaleja seaduslik esindaja ja annan loa, et ta osaleb vahetuses ja reisib ülaltoodud programmi kohaselt. Olen tutvunud kuupäevade, sihtkoha, majutuse, juhendajate ja kuludega. Terviseandmeid ja hädaolukorra kontaktandmeid kasutavad ainult vahetuse juhendajad ja omavalitsuse koordinaatorid, et hoolitseda osaleja eest vahetuse ajal, ning need kustutatakse pärast vahetust omavalitsuse andmete säilitamise reeglite kohaselt. Saan selle loa tagasi võtta kuni ärasõiduni kinnituses oleva lingi kaudu.
consent-text-photos = Vabatahtlik: annan nõusoleku, et fotosid, millel osaleja on, võib kasutada omavalitsuse ja kooli väljaannetes vahetuse kohta. See nõusolek ei mõjuta osalemist ja selle võib igal ajal tagasi võtta.
