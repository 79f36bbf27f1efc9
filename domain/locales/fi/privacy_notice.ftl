# Utbyte: a municipality's privacy notice (GDPR art. 13), shown on the consent page and at /privacy/<municipality>, and the lines that link to it from mails and receipts.
# Reviewed by: (not yet reviewed by a native speaker)
#
# The notice as a reader is shown it is stored with its SHA-256 and recorded with each
# consent: changing a text here makes a new text version of the notice.

privacy-title = Näin { $municipality } käsittelee henkilötietoja Utbyte-palvelussa
privacy-page-intro = Tässä tietosuojaselosteessa kerrotaan nuorille ja heidän huoltajilleen, mitä henkilötietoja heistä säilytetään, kun he osallistuvat kansainväliseen vaihtoon, miksi niitä säilytetään ja mitkä heidän oikeutensa ovat.
privacy-controller-heading = Kuka vastaa tiedoista
privacy-controller = { $controller } on rekisterinpitäjä eli vastaa henkilötiedoista, joita { $municipality } säilyttää Utbyte-palvelussa. Utbyte on kunnan palvelu kansainvälisiä vaihtoja varten. Yhteystiedot: { $contact }.
privacy-dpo = Tietosuojavastaavan yhteystiedot: { $contact }.
privacy-dpo-ask = Kysy tietosuojavastaavan yhteystietoja kunnalta ({ $municipality }).
privacy-purposes-heading = Mihin tietoja käytetään ja millä oikeusperusteella
privacy-purpose-travel = Lupa matkustaa: osallistujan ja huoltajien nimet, ilmoittautuminen ja kunkin huoltajan lupa, jotta koulu tai yhdistys voi suunnitella matkan ja tietää, että kaikki huoltajat ovat antaneet luvan. Annat luvan huoltajana; tietoja käsitellään yleisen edun mukaisen tehtävän suorittamiseksi (tietosuoja-asetuksen eli GDPR:n 6 artiklan 1 kohdan e alakohta).
privacy-purpose-health = Terveys- ja hätätilannetiedot: sitä, mitä kirjoitat sairauksista, allergioista, lääkityksestä, ruokavaliosta ja siitä, kenelle soitetaan, käytetään vain osallistujan hengen ja terveyden suojaamiseen matkan aikana. Oikeusperuste: yleisen edun mukainen tehtävä ja elintärkeiden etujen suojaaminen (tietosuoja-asetuksen eli GDPR:n 6 artiklan 1 kohdan e ja d alakohta sekä 9 artiklan 2 kohdan g alakohta yhdessä Ruotsin tietosuojalain, dataskyddslagen, 3 luvun 3 §:n kanssa).
privacy-purpose-photos = Lupa valokuvien käyttöön: saako valokuvia, joissa osallistuja esiintyy, käyttää kunnan ja koulun vaihtoa koskevissa julkaisuissa. Tämä on suostumuksesi (tietosuoja-asetuksen eli GDPR:n 6 artiklan 1 kohdan a alakohta): se on vapaaehtoinen, ei vaikuta osallistumiseen, ja voit perua sen milloin tahansa.
privacy-recipients-heading = Kuka saa tiedot
privacy-recipients = Vaihdon ohjaajat ja kunnan koordinaattorit näkevät sen, mitä he tarvitsevat matkan toteuttamiseen. Vastaanottava organisaatio saa osallistujien nimet sekä, jotta se voi huolehtia heistä, paikan päällä tarvittavat terveys- ja hätätilannetiedot. Sähköpostit lähetetään kunnan sähköpostipalvelun kautta. Tietoja ei koskaan myydä eikä käytetä markkinointiin.
privacy-retention-heading = Kuinka kauan tietoja säilytetään
privacy-retention-item = { $category }: { $period }.
privacy-category-medical_information = Terveys- ja hätätilannetiedot
privacy-category-consent_records = Luvat ja suostumukset
privacy-category-registrations = Ilmoittautumiset
privacy-category-youth_profiles = Nuoren profiili ja huoltajat
privacy-category-outbox_emails = Lähetetyt sähköpostit
privacy-category-audit_events = Loki siitä, kuka teki mitä
privacy-period-after-return = { $days } päivää matkalta paluun jälkeen
privacy-period-after-sending = { $days } päivää lähettämisen jälkeen
privacy-period-after-event = { $days } päivää kirjaamisen jälkeen
privacy-period-after-last-change = { $days } päivää viimeisimmän muutoksen jälkeen, kun ilmoittautumisia ei enää ole
privacy-rights-heading = Oikeutesi
privacy-rights = Sinulla on oikeus saada tietää, mitä sinusta ja lapsestasi säilytetään, ja saada siitä kopio, saada virheelliset tiedot korjatuiksi, saada tiedot poistetuiksi tai niiden käyttö rajoitetuksi silloin, kun laki sen sallii, sekä vastustaa tietojen käyttöä. Voit perua suostumuksen milloin tahansa. Ota yhteyttä rekisterinpitäjään ({ $controller }) tai tietosuojavastaavaan. Voit myös tehdä valituksen Ruotsin tietosuojaviranomaiselle (IMY, www.imy.se).
privacy-version-heading = Versio
privacy-version = Versio { $version }, julkaistu { $date }.

# On the consent page, above the form.
privacy-on-consent-page = Ennen kuin annat suostumuksesi, lue, miten sinun ja lapsesi henkilötietoja käsitellään.

# In every mail about a child, after the contact line.
mail-privacy-notice = Näin { $municipality } käsittelee henkilötietojasi: lue tietosuojaseloste.
    .link = lue tietosuojaseloste
mail-privacy-notice-here = Näin { $municipality } käsittelee henkilötietojasi (tietosuojaseloste):
