# Utbyte: magacyada doorarka, heerarka khatarta iyo xaaladaha maalgelinta sida ay ugu qoran yihiin jumlad dhexdeed.
# Reviewed by: (not yet reviewed by a native speaker)

role-admin = maamule nidaam
role-coordinator = isku-duwe
role-teacher = macallin ama hoggaamiye
role-youth = ka-qaybgale
role-guardian = waalid
role-partner_contact = qofka xiriirka ee hay'adda la-hawlgalka ah
role-principal = maamulaha dugsiga ama madaxa hay'adda

risk-local_day_trip = safar maalmeed oo deegaanka ah
risk-overnight = safar habeen lagu hoyanayo
risk-abroad = safar dibadda ah
risk-adventurous = hawlo xiiso iyo khatar leh

funding-status-idea = fikrad
funding-status-drafting = la diyaarinayo
funding-status-submitted = la gudbiyay
funding-status-granted = la oggolaaday
funding-status-rejected = la diiday
funding-status-reported = warbixinta la gudbiyay
