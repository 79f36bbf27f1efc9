# Utbyte: hyväksyjän sivut, hyväksyntäjono ja päätöslomake.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Hyväksynnät
approvals-held-title = Odottaa päätöstäsi
approvals-empty = Mikään ei odota päätöstäsi.
approvals-substitute-title = Myöhässä, sinulle sijaisena
approvals-substitute-intro = Näiden vaiheiden määräpäivä on mennyt. Voit päättää niistä niiden hyväksyjän sijasta.
approvals-school = Koulu
approvals-dates = Päivämäärät
approvals-step = Vaihe
approvals-waiting-label = Odottanut
approvals-waiting = { $days ->
    [0] Tänään alkaen
    [one] { $days } päivä
   *[other] { $days } päivää
}
approvals-due = Määräpäivä
approvals-overdue = Myöhässä
approvals-role-principal = Rehtori
approvals-role-coordinator = Kunnan koordinaattori
approvals-role-named = Nimetty hyväksyjä
approvals-decided-approve = Hyväksyit vaihdon { $title }.
approvals-decided-request-changes = Pyysit muutoksia vaihtoon { $title }.
approvals-decided-reject = Hylkäsit vaihdon { $title }.
approvals-closed-title = Päätöstä ei odoteta
approvals-already-decided = Olet jo tehnyt päätöksen omassa vaiheessasi tämän vaihdon osalta. Päätös pysyy voimassa.
approvals-not-waiting = Tämä vaihto ei enää odota päätöstä: siitä on jo päätetty.
approvals-back-to-queue = Takaisin hyväksyntöihisi
approvals-decision-title = Päätä: { $title }
approvals-summary-title = Vaihto
approvals-destination = Kohde
approvals-group-label = Ryhmä
approvals-group = { $participants ->
    [one] { $participants } nuori
   *[other] { $participants } nuorta
}, { $leaders ->
    [one] { $leaders } ohjaaja
   *[other] { $leaders } ohjaajaa
}
approvals-risk = Riskitaso
approvals-whole-exchange = Lue vaihdon kaikki tiedot
approvals-checklist-title = Tarkistuslista
approvals-check-met = täyttyy
approvals-check-not-met = ei täyty
approvals-check-advisory = suositus
approvals-check-leader-ratio = Riittävästi aikuisia ohjaajia
approvals-check-insurance = Vakuutus vahvistettu
approvals-check-risk-assessment = Kirjallinen riskiarvio
approvals-check-budget = Talousarvio annettu
approvals-check-consent-plan = Suunnitelma suostumuksista
approvals-check-registration-deadline = Ilmoittautumisen määräaika ajoissa
approvals-check-green-travel = Vihreä matkustaminen
approvals-check-funding-eligibility = Täyttää haetun rahoituksen ehdot
approvals-earlier-title = Aiemmat päätökset
approvals-earlier-none = Yhdestäkään vaiheesta ei ole vielä päätetty.
approvals-decision-approved = Hyväksytty
approvals-decision-changes-requested = Muutoksia pyydetty
approvals-decision-rejected = Hylätty
approvals-decide-title = Päätöksesi
approvals-decision-legend = Päätös
approvals-approve = Hyväksy
approvals-request-changes = Pyydä muutoksia
approvals-reject = Hylkää
approvals-comment-label = Kommentti
approvals-comment-hint = Tarvitaan, kun pyydät muutoksia tai hylkäät: kerro, mitä pitää muuttaa tai miksi et hyväksy.
approvals-submit = Lähetä päätös
problem-choose-decision = Valitse hyväksy, pyydä muutoksia tai hylkää.
