# Utbyte: dejinta aagga waqtiga ee bogga Akoonkayga.
# Reviewed by: (not yet reviewed by a native speaker)

account-time-zone-title = Aagga waqtiga
account-time-zone-label = Aagga waqtiga
account-time-zone-intro = Taariikhaha iyo saacadaha boggaga waxaa lagu muujiyaa saacaddan, iyadoo la raacayo waqtiga xagaaga marka uu khuseeyo.
account-time-zone-button = Kaydi aagga waqtiga
account-time-zone-saved = Aagga waqtigaaga waa la kaydiyay.
problem-unknown-time-zone = Ka dooro mid ka mid ah aagagga waqtiga ee liiska.
