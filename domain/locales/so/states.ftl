# Utbyte: xaaladaha isdhaafsiyada iyo diiwaangelinnada, oo erayo ku qoran.
# Reviewed by: (not yet reviewed by a native speaker)

registration-state-pending-consent = Boos waa la hayaa, oggolaansho ayaa la sugayaa
registration-state-confirmed = La xaqiijiyay
registration-state-waiting-list = Wuxuu ku jiraa liiska sugitaanka
registration-state-offered = Boos ayaa la soo bandhigay
registration-state-withdrawn = Laga noqday
registration-state-cancelled = La joojiyay
