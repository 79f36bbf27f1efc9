# Utbyte: treści zgód, które opiekun prawny akceptuje na stronie zgody.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Każda treść jest oświadczeniem prawnym. Dokładna treść pokazana opiekunowi prawnemu jest
# zapisywana jako wersja z jej skrótem SHA-256 i rejestrowana razem z jego zgodą: zmiana treści
# w tym miejscu publikuje nową wersję przy następnym uruchomieniu (wcześniejsze zgody nadal
# wskazują wersję, na którą je wyrażono). Każda treść musi zajmować jeden wiersz.

consent-text-travel = Jestem opiekunem prawnym uczestnika i wyrażam zgodę na to, aby uczestnik wziął udział w wymianie i podróżował zgodnie z przedstawionym powyżej programem. Zapoznałem(-am) się z terminem, miejscem docelowym, zakwaterowaniem, liderami i kosztami. Informacje o zdrowiu i kontaktach w nagłych wypadkach są wykorzystywane wyłącznie przez liderów wymiany i koordynatorów gminnych w celu zapewnienia uczestnikowi opieki podczas wymiany, a po wymianie są usuwane zgodnie z obowiązującymi w gminie zasadami przechowywania danych. Mogę wycofać tę zgodę do wyjazdu za pomocą linku zawartego w potwierdzeniu.
consent-text-photos = Opcjonalnie: wyrażam zgodę na wykorzystanie zdjęć, na których występuje uczestnik, w publikacjach gminy i szkoły dotyczących wymiany. Ta zgoda nie ma wpływu na udział w wymianie i może zostać wycofana w dowolnym momencie.
