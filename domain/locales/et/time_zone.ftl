# Utbyte: ajavööndi seade lehel Minu konto.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Ajavöönd
account-time-zone-label = Ajavöönd
account-time-zone-intro = Lehtedel olevad kuupäevad ja kellaajad näidatakse selle kella järgi, suveajaga, kui see kehtib.
account-time-zone-button = Salvesta ajavöönd
account-time-zone-saved = Sinu ajavöönd on salvestatud.
problem-unknown-time-zone = Vali loendist üks ajavöönditest.
