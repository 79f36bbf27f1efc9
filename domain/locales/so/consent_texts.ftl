# Utbyte: qoraallada oggolaanshaha ee waalidku ku raacsan yahay bogga oggolaanshaha.
# Reviewed by: (not yet reviewed by a native speaker)
#
# Qoraal kasta waa bayaan sharci ah. Qoraalka saxda ah ee waalidka la tusay waxaa loo kaydiyaa
# nooc (version) leh SHA-256-kiisa, waxaana lagu diiwaangeliyaa oggolaanshaha: beddelidda qoraal
# halkan waxay daabacaysaa nooc cusub bilowga xiga (oggolaanshihii hore waxay sii tilmaamayaan
# noocii lagu bixiyay). Qoraal kasta ku hay hal sadar.

consent-text-travel = Waxaan ahay waalidka ka-qaybgalaha, waxaanan oggolaansho u bixinayaa inuu ka qaybgalo isdhaafsiga oo u safro sida ku qoran barnaamijka kor ku xusan. Waan akhriyay taariikhaha, meesha loo socdo, hoyga, hoggaamiyayaasha iyo kharashyada. Macluumaadka caafimaadka iyo xaaladaha degdegga ah waxaa isticmaala oo keliya hoggaamiyayaasha isdhaafsiga iyo isku-duwayaasha degmada, si ay u daryeelaan ka-qaybgalaha inta lagu jiro isdhaafsiga, waxaana la tirtiraa isdhaafsiga kadib iyadoo la raacayo xeerarka degmada ee kaydinta xogta. Waxaan ka noqon karaa oggolaanshahan ilaa ambabaxa, anigoo adeegsanaya xiriiriyaha ku jira xaqiijinta.
consent-text-photos = Ikhtiyaari: Waan oggolahay in sawirrada uu ka muuqdo ka-qaybgaluhu lagu isticmaalo daabacaadaha degmada iyo dugsiga ee ku saabsan isdhaafsiga. Oggolaanshahani saamayn kuma yeelanayo ka-qaybgalka, waxaana laga noqon karaa waqti kasta.
