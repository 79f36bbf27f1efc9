# Utbyte: bogagga qofka ansixiya, safka ansixinta iyo foomka go'aanka.
# Reviewed by: (not yet reviewed by a native speaker)

approvals-title = Ansixinno
approvals-held-title = Waxay sugayaan go'aankaaga
approvals-empty = Wax go'aankaaga sugaya ma jiraan.
approvals-substitute-title = Waqtigoodii wuu dhaafay, adiga oo ah beddel
approvals-substitute-intro = Tallaabooyinkan waqtigoodii kama dambaysta ahaa wuu dhaafay. Waad go'aamin kartaa adiga oo ku jira booska qofka ansixin lahaa.
approvals-school = Dugsi
approvals-dates = Taariikhaha
approvals-step = Tallaabo
approvals-waiting-label = Sugaya
approvals-waiting = { $days ->
    [0] Maanta laga bilaabo
    [one] { $days } maalin
   *[other] { $days } maalmood
}
approvals-due = Waqtiga kama dambaysta ah
approvals-overdue = Waqtigii wuu dhaafay
approvals-role-principal = Maamulaha dugsiga
approvals-role-coordinator = Isku-duwaha degmada
approvals-role-named = Qofka loo magacaabay ansixinta
approvals-decided-approve = Waad ansixisay { $title }.
approvals-decided-request-changes = Waxaad codsatay in wax laga beddelo { $title }.
approvals-decided-reject = Waad diiday { $title }.
approvals-closed-title = Go'aan sugaya ma jiro
approvals-already-decided = Horay ayaad u go'aamisay tallaabadaada isdhaafsigan. Go'aanku wuu taagan yahay.
approvals-not-waiting = Isdhaafsigan hadda go'aan ma sugayo: horay ayaa loo go'aamiyay.
approvals-back-to-queue = Ku noqo ansixinnadaada
approvals-decision-title = Go'aami: { $title }
approvals-summary-title = Isdhaafsiga
approvals-destination = Meesha loo socdo
approvals-group-label = Kooxda
approvals-group = { $participants ->
    [one] { $participants } qof oo dhallinyaro ah
   *[other] { $participants } qof oo dhallinyaro ah
}, { $leaders ->
    [one] { $leaders } hoggaamiye
   *[other] { $leaders } hoggaamiye
}
approvals-risk = Heerka khatarta
approvals-whole-exchange = Akhri isdhaafsiga oo dhan
approvals-checklist-title = Liiska hubinta
approvals-check-met = la buuxiyay
approvals-check-not-met = lama buuxin
approvals-check-advisory = talo
approvals-check-leader-ratio = Hoggaamiyayaal qaangaar ah oo ku filan
approvals-check-insurance = Caymiska waa la xaqiijiyay
approvals-check-risk-assessment = Qiimaynta khatarta oo qoran
approvals-check-budget = Miisaaniyadda waa la bixiyay
approvals-check-consent-plan = Qorshaha oggolaanshaha
approvals-check-registration-deadline = Waqtiga kama dambaysta ah ee diiwaangelinta oo waqtigiisa ku jira
approvals-check-green-travel = Safar deegaanka u fiican
approvals-check-funding-eligibility = Wuxuu u qalmaa maalgelinta la codsaday
approvals-earlier-title = Go'aannadii hore
approvals-earlier-none = Weli tallaabo lama go'aamin.
approvals-decision-approved = La ansixiyay
approvals-decision-changes-requested = Isbeddello ayaa la codsaday
approvals-decision-rejected = La diiday
approvals-decide-title = Go'aankaaga
approvals-decision-legend = Go'aan
approvals-approve = Ansixi
approvals-request-changes = Codso isbeddello
approvals-reject = Diid
approvals-comment-label = Faallo
approvals-comment-hint = Waa loo baahan yahay marka aad codsato isbeddello ama aad diiddo: qor waxa ay tahay in la beddelo, ama sababta aad u diiddo.
approvals-submit = Dir go'aanka
problem-choose-decision = Dooro ansixi, codso isbeddello ama diid.
