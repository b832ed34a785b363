package cite

import (
	"sort"
	"strings"
)

// Other bodies of the UN system, and outside it, number their resolutions
// "session/number" as the General Assembly does ("United Nations
// Environment Assembly resolution 5/7", "Commission on Narcotic Drugs
// resolution 65/2"). Such a citation is that body's: its Match has the
// body's English name as Organ and a symbol in words, "resolution 5/7",
// never an A/RES/ symbol.
const (
	bodyUNEA    = "United Nations Environment Assembly"
	bodyHabitat = "United Nations Habitat Assembly"
	bodyCND     = "Commission on Narcotic Drugs"
	bodyCCPCJ   = "Commission on Crime Prevention and Criminal Justice"
	bodyCSW     = "Commission on the Status of Women"
	bodyCPD     = "Commission on Population and Development"
	bodyCSocD   = "Commission for Social Development"
	bodyCSTD    = "Commission on Science and Technology for Development"
	bodyStat    = "Statistical Commission"
	bodySubCom  = "Sub-Commission on the Promotion and Protection of Human Rights"
	bodyCOSP    = "Conference of the States Parties"
	bodyCOP     = "Conference of the Parties"
	bodyFAO     = "Conference of the Food and Agriculture Organization of the United Nations"
	bodyWHA     = "World Health Assembly"
	bodyUNESCO  = "General Conference of UNESCO"
	bodyIOC     = "Intergovernmental Oceanographic Commission"
	bodyESCAP   = "Economic and Social Commission for Asia and the Pacific"
	bodyAU      = "African Union"
	bodyOIC     = "Organization of Islamic Cooperation"
)

// Markers stand, inside the package, for a body the text names only by a
// common noun. They never leave it: settle resolves them.
const (
	// markCouncil is "the Council" alone: the council whose numbers have
	// the number's shape (session/number: the Human Rights Council).
	markCouncil = "\x00council"
	// markCommission is "the Commission" alone: the commission the text
	// named last.
	markCommission = "\x00commission"
	// markOther is a body the package does not know ("Conference",
	// "Committee", "Board"): a number it issued has no symbol to give.
	markOther = "\x00other"
)

// isUNOrgan reports whether organ is one whose resolutions carry a UN
// resolution symbol.
func isUNOrgan(organ string) bool {
	switch organ {
	case organGA, organSC, organECOSOC, organHRC, organCHR:
		return true
	}
	return false
}

// isOtherBody reports whether organ names a body outside the principal
// organs, known or not.
func isOtherBody(organ string) bool {
	return organ != "" && !isUNOrgan(organ) && organ != markCouncil && organ != markCommission
}

// bodyNames lists, per language, how texts write the other bodies, with
// the common nouns that name an unknown body ("Conference", "Comité") last.
// A space matches any run of spaces.
var bodyNames = map[string][]organName{
	"en": {
		{"United Nations Environment Assembly", bodyUNEA}, {"Environment Assembly", bodyUNEA}, {"Environmental Assembly", bodyUNEA},
		{"United Nations Habitat Assembly", bodyHabitat}, {"UN-Habitat Assembly", bodyHabitat},
		{"Commission on Narcotic Drugs", bodyCND}, {"Commission on Crime Prevention and Criminal Justice", bodyCCPCJ},
		{"Commission on the Status of Women", bodyCSW}, {"Commission on Population and Development", bodyCPD},
		{"Commission for Social Development", bodyCSocD}, {"Commission on Science and Technology for Development", bodyCSTD},
		{"Statistical Commission", bodyStat}, {"Sub-Commission", bodySubCom}, {"Subcommission", bodySubCom},
		{"Conference of the States Parties", bodyCOSP}, {"Conference of States Parties", bodyCOSP},
		{"Conference of the Parties", bodyCOP}, {"Conference of the Food and Agriculture Organization", bodyFAO},
		{"FAO Conference", bodyFAO}, {"World Health Assembly", bodyWHA}, {"Health Assembly", bodyWHA},
		{"General Conference of the United Nations Educational, Scientific and Cultural Organization", bodyUNESCO},
		{"General Conference of UNESCO", bodyUNESCO}, {"UNESCO General Conference", bodyUNESCO},
		{"Intergovernmental Oceanographic Commission", bodyIOC},
		{"Economic and Social Commission for Asia and the Pacific", bodyESCAP}, {"ESCAP", bodyESCAP},
		{"African Union", bodyAU}, {"Organization of Islamic Cooperation", bodyOIC},
		{"Governing Council", markOther}, {"Executive Council", markOther}, {"Council", markCouncil}, {"Commission", markCommission},
		{"Conference", markOther}, {"Committee", markOther}, {"Board", markOther}, {"Organization", markOther},
		{"Agency", markOther}, {"Union", markOther}, {"Summit", markOther}, {"Forum", markOther},
	},
	"fr": {
		{"Assemblée des Nations Unies pour l’environnement", bodyUNEA}, {"Assemblée des Nations Unies pour l'environnement", bodyUNEA},
		{"Assemblée des Nations Unies pour l’habitat", bodyHabitat},
		{"Commission des stupéfiants", bodyCND}, {"Commission pour la prévention du crime et la justice pénale", bodyCCPCJ},
		{"Commission de la condition de la femme", bodyCSW}, {"Commission de la population et du développement", bodyCPD},
		{"Commission du développement social", bodyCSocD}, {"Commission de la science et de la technique au service du développement", bodyCSTD},
		{"Commission de statistique", bodyStat}, {"Sous-Commission", bodySubCom},
		{"Conférence des États parties", bodyCOSP}, {"Conférence des Parties", bodyCOP},
		{"Conférence de l’Organisation des Nations Unies pour l’alimentation et l’agriculture", bodyFAO},
		{"Assemblée mondiale de la Santé", bodyWHA}, {"Conférence générale de l’UNESCO", bodyUNESCO},
		{"Conférence générale de l’Organisation des Nations Unies pour l’éducation, la science et la culture", bodyUNESCO},
		{"Commission océanographique intergouvernementale", bodyIOC},
		{"Commission économique et sociale pour l’Asie et le Pacifique", bodyESCAP},
		{"Union africaine", bodyAU}, {"Organisation de la coopération islamique", bodyOIC},
		{"Conseil d’administration", markOther}, {"Conseil exécutif", markOther}, {"Conseil", markCouncil}, {"Commission", markCommission},
		{"Conférence", markOther}, {"Comité", markOther}, {"Organisation", markOther}, {"Union", markOther}, {"Sommet", markOther},
	},
	"es": {
		{"Asamblea de las Naciones Unidas sobre el Medio Ambiente", bodyUNEA},
		{"Asamblea de las Naciones Unidas sobre los Asentamientos Humanos", bodyHabitat},
		{"Comisión de Estupefacientes", bodyCND}, {"Comisión de Prevención del Delito y Justicia Penal", bodyCCPCJ},
		{"Comisión de la Condición Jurídica y Social de la Mujer", bodyCSW}, {"Comisión de Población y Desarrollo", bodyCPD},
		{"Comisión de Desarrollo Social", bodyCSocD}, {"Comisión de Ciencia y Tecnología para el Desarrollo", bodyCSTD},
		{"Comisión de Estadística", bodyStat}, {"Subcomisión", bodySubCom},
		{"Conferencia de los Estados Partes", bodyCOSP}, {"Conferencia de las Partes", bodyCOP},
		{"Conferencia de la Organización de las Naciones Unidas para la Alimentación y la Agricultura", bodyFAO},
		{"Asamblea Mundial de la Salud", bodyWHA}, {"Conferencia General de la UNESCO", bodyUNESCO},
		{"Conferencia General de la Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura", bodyUNESCO},
		{"Comisión Oceanográfica Intergubernamental", bodyIOC},
		{"Comisión Económica y Social para Asia y el Pacífico", bodyESCAP},
		{"Unión Africana", bodyAU}, {"Organización de Cooperación Islámica", bodyOIC},
		{"Consejo de Administración", markOther}, {"Consejo Ejecutivo", markOther}, {"Consejo", markCouncil}, {"Comisión", markCommission},
		{"Conferencia", markOther}, {"Comité", markOther}, {"Organización", markOther}, {"Unión", markOther}, {"Cumbre", markOther},
	},
	"ru": {
		{"Ассамблеи Организации Объединенных Наций по окружающей среде", bodyUNEA}, {"Ассамблея Организации Объединенных Наций по окружающей среде", bodyUNEA},
		{"Ассамблеей Организации Объединенных Наций по окружающей среде", bodyUNEA},
		{"Ассамблеи Организации Объединенных Наций по населенным пунктам", bodyHabitat},
		{"Комиссии по наркотическим средствам", bodyCND}, {"Комиссией по наркотическим средствам", bodyCND},
		{"Комиссии по предупреждению преступности и уголовному правосудию", bodyCCPCJ}, {"Комиссией по предупреждению преступности и уголовному правосудию", bodyCCPCJ},
		{"Комиссии по положению женщин", bodyCSW}, {"Комиссией по положению женщин", bodyCSW},
		{"Комиссии по народонаселению и развитию", bodyCPD}, {"Комиссией по народонаселению и развитию", bodyCPD},
		{"Комиссии социального развития", bodyCSocD}, {"Комиссии по науке и технике в целях развития", bodyCSTD},
		{"Статистической комиссии", bodyStat}, {"Подкомиссии", bodySubCom}, {"Подкомиссией", bodySubCom}, {"Подкомиссия", bodySubCom},
		{"Конференции государств-участников", bodyCOSP}, {"Конференцией государств-участников", bodyCOSP}, {"Конференция государств-участников", bodyCOSP},
		{"Конференции Сторон", bodyCOP}, {"Конференцией Сторон", bodyCOP}, {"Конференция Сторон", bodyCOP},
		{"Конференции Продовольственной и сельскохозяйственной организации", bodyFAO}, {"Конференцией Продовольственной и сельскохозяйственной организации", bodyFAO},
		{"Всемирной ассамблеи здравоохранения", bodyWHA}, {"Всемирной ассамблеей здравоохранения", bodyWHA},
		{"Генеральной конференции ЮНЕСКО", bodyUNESCO}, {"Межправительственной океанографической комиссии", bodyIOC},
		{"Экономической и социальной комиссии для Азии и Тихого океана", bodyESCAP},
		{"Африканского союза", bodyAU}, {"Организации исламского сотрудничества", bodyOIC},
		{"Совета управляющих", markOther}, {"Совет управляющих", markOther}, {"Исполнительного совета", markOther},
		{"Совета", markCouncil}, {"Советом", markCouncil}, {"Совет", markCouncil},
		{"Комиссии", markCommission}, {"Комиссией", markCommission}, {"Комиссия", markCommission},
		{"Конференции", markOther}, {"Конференцией", markOther}, {"Комитета", markOther}, {"Комитетом", markOther},
	},
	"ar": {
		{"جمعية الأمم المتحدة للبيئة", bodyUNEA}, {"جمعية الأمم المتحدة للموئل", bodyHabitat},
		{"لجنة المخدرات", bodyCND}, {"لجنة منع الجريمة والعدالة الجنائية", bodyCCPCJ},
		{"لجنة وضع المرأة", bodyCSW}, {"لجنة السكان والتنمية", bodyCPD}, {"لجنة التنمية الاجتماعية", bodyCSocD},
		{"لجنة تسخير العلم والتكنولوجيا لأغراض التنمية", bodyCSTD}, {"اللجنة الإحصائية", bodyStat}, {"اللجنة الفرعية", bodySubCom},
		{"مؤتمر الدول الأطراف", bodyCOSP}, {"مؤتمر الأطراف", bodyCOP}, {"مؤتمر منظمة الأغذية والزراعة", bodyFAO},
		{"جمعية الصحة العالمية", bodyWHA}, {"المؤتمر العام لليونسكو", bodyUNESCO},
		{"اللجنة الدولية الحكومية لعلوم المحيطات", bodyIOC}, {"اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ", bodyESCAP},
		{"الاتحاد الأفريقي", bodyAU}, {"منظمة التعاون الإسلامي", bodyOIC},
		{"مجلس الإدارة", markOther}, {"مجلس إدارة", markOther}, {"المجلس التنفيذي", markOther}, {"المجلس", markCouncil}, {"مجلس", markCouncil}, {"اللجنة", markCommission}, {"لجنة", markCommission},
		{"المؤتمر", markOther}, {"مؤتمر", markOther},
	},
	"zh": {
		{"联合国环境大会", bodyUNEA}, {"环境大会", bodyUNEA}, {"联合国人居大会", bodyHabitat}, {"人居大会", bodyHabitat},
		{"麻醉药品委员会", bodyCND}, {"预防犯罪和刑事司法委员会", bodyCCPCJ}, {"妇女地位委员会", bodyCSW},
		{"人口与发展委员会", bodyCPD}, {"社会发展委员会", bodyCSocD}, {"科学和技术促进发展委员会", bodyCSTD},
		{"统计委员会", bodyStat}, {"小组委员会", bodySubCom},
		{"缔约国会议", bodyCOSP}, {"缔约方大会", bodyCOP}, {"粮食及农业组织大会", bodyFAO}, {"粮农组织大会", bodyFAO},
		{"世界卫生大会", bodyWHA}, {"教科文组织大会", bodyUNESCO}, {"政府间海洋学委员会", bodyIOC},
		{"亚洲及太平洋经济社会委员会", bodyESCAP}, {"亚太经社会", bodyESCAP},
		{"非洲联盟", bodyAU}, {"非盟", bodyAU}, {"伊斯兰合作组织", bodyOIC},
		{"理事会", markCouncil}, {"执行理事会", markOther}, {"委员会", markCommission},
	},
}

// withBodies returns organs followed by the other bodies of lang, longest
// name first, so that "Environment Assembly" is found before "Assembly".
func withBodies(lang string, organs []organName) []organName {
	out := append(append([]organName(nil), organs...), bodyNames[lang]...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].text) > len(out[j].text) })
	return out
}

// hasPrefixSpaced reports whether s starts with name, a space in name
// matching any run of spaces, NBSP, narrow NBSP or line breaks in s, and
// ’ matching '; it returns the length of the match in s.
func hasPrefixSpaced(s, name string) (int, bool) {
	i := 0
	for j := 0; j < len(name); {
		switch {
		case name[j] == ' ':
			k := skipSpaces(s, i)
			if k == i {
				return 0, false
			}
			i, j = k, j+1
		case strings.HasPrefix(name[j:], "’") || name[j] == '\'':
			w := 1
			if name[j] != '\'' {
				w = len("’")
			}
			switch {
			case strings.HasPrefix(s[i:], "’"):
				i += len("’")
			case i < len(s) && s[i] == '\'':
				i++
			default:
				return 0, false
			}
			j += w
		default:
			if i >= len(s) || s[i] != name[j] {
				return 0, false
			}
			i, j = i+1, j+1
		}
	}
	return i, true
}
