# Utbyte: samtyckestexterna som en vårdnadshavare godkänner på samtyckessidan.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Varje text är en juridisk utsaga. Exakt den text som vårdnadshavaren ser sparas som en
# version med sin SHA-256 och registreras med samtycket: en ändring här publicerar en ny
# version vid nästa start (tidigare samtycken pekar kvar på sin version). Håll varje text
# på en rad.

consent-text-travel = Jag är vårdnadshavare för deltagaren och ger mitt tillstånd till att hen deltar i utbytet och reser enligt programmet ovan. Jag har tagit del av datum, resmål, boende, ledare och kostnader. Uppgifterna om hälsa och nödkontakter används bara av utbytets ledare och kommunens samordnare för att ta hand om deltagaren under utbytet, och tas bort efter utbytet enligt kommunens gallringsregler. Jag kan återkalla tillståndet fram till avresan med länken i bekräftelsen.
consent-text-photos = Frivilligt: jag samtycker till att bilder där deltagaren syns får användas i kommunens och skolans publikationer om utbytet. Samtycket påverkar inte deltagandet och kan återkallas när som helst.
