package cite

import (
	"strings"
	"testing"
)

// TestWhoseResolution checks, on sentences from the UN's resolutions, that
// a number is given to the body its clause names: another body's
// "session/number" is never dressed as an Assembly symbol, an organ named
// once governs its whole list wherever the language puts it, and a number
// no organ named can have adopted is dropped.
func TestWhoseResolution(t *testing.T) {
	const ga, sc = "General Assembly", "Security Council"
	tests := []struct {
		name, lang, organ, text string
		want                    []string
	}{
		// Other bodies' resolutions, in every language.
		{"en UNEA", "en", ga, "in line with United Nations Environment Assembly resolution 4/1 of 15 March 2019;",
			[]string{"resolution 4/1|resolution|United Nations Environment Assembly|2019-03-15@4/1"}},
		{"en UNEA list", "en", ga, "in line with Environment Assembly resolutions 5/2, 5/7 and 5/8 of 2 March 2022,²⁰",
			[]string{"resolution 5/2|resolution|United Nations Environment Assembly|2022-03-02@5/2", "resolution 5/7|resolution|United Nations Environment Assembly|2022-03-02@5/7", "resolution 5/8|resolution|United Nations Environment Assembly|2022-03-02@5/8"}},
		{"en CND dated like a GA session", "en", ga, "as well as Commission on Narcotic Drugs resolution 67/3 of 22 March 2024;²⁵",
			[]string{"resolution 67/3|resolution|Commission on Narcotic Drugs|2024-03-22@67/3"}},
		{"en CCPCJ", "en", ga, "recalling Commission on Crime Prevention and Criminal Justice resolutions 28/3 of 24 May 2019⁴⁷ and 31/1 of 20 May 2022,⁴⁸",
			[]string{"resolution 28/3|resolution|Commission on Crime Prevention and Criminal Justice|2019-05-24@28/3", "resolution 31/1|resolution|Commission on Crime Prevention and Criminal Justice|2022-05-20@31/1"}},
		{"en conference after the number", "en", ga, "welcoming in this regard resolution 8/1 of 20 December 2019 of the Conference of the States Parties to the United Nations Convention against Corruption,",
			[]string{"resolution 8/1|resolution|Conference of the States Parties|2019-12-20@8/1"}},
		{"en body named before", "en", ga, "Welcoming the adoption by the Conference of the States Parties to the United Nations Convention against Corruption of resolution 9/8 of 17 December 2021 on promoting anti-corruption education,",
			[]string{"resolution 9/8|resolution|Conference of the States Parties|2021-12-17@9/8"}},
		{"en unknown body", "en", ga, "Conference resolution 6/1 of 6 November 2015,¹¹", nil},
		{"en CPD by year", "en", ga, "Recalling also Commission on Population and Development resolutions 2006/2 of 10 May 2006²⁴ and 2009/1 of 3 April 2009²⁵",
			[]string{"resolution 2006/2|resolution|Commission on Population and Development|2006-05-10@2006/2", "resolution 2009/1|resolution|Commission on Population and Development|2009-04-03@2009/1"}},
		{"fr UNEA after", "fr", ga, "conformément à la résolution 4/1 de l’Assemblée des Nations Unies pour l’environnement²³,",
			[]string{"resolution 4/1|resolution|United Nations Environment Assembly|@4/1"}},
		{"fr conference after", "fr", ga, "et accueillant avec satisfaction à cet égard la résolution 9/7 de la Conférence des États parties à la Convention des Nations Unies contre la corruption",
			[]string{"resolution 9/7|resolution|Conference of the States Parties|@9/7"}},
		{"es UNEA after", "es", ga, "de conformidad con la resolución 4/1 de la Asamblea de las Naciones Unidas sobre el Medio Ambiente²³,",
			[]string{"resolution 4/1|resolution|United Nations Environment Assembly|@4/1"}},
		{"es CPD inside", "es", ga, "Recordando también las resoluciones de la Comisión de Población y Desarrollo 2006/2, de 10 de mayo de 2006²⁴, y 2009/1, de 3 de abril de 2009²⁵,",
			[]string{"resolution 2006/2|resolution|Commission on Population and Development|2006-05-10@2006/2", "resolution 2009/1|resolution|Commission on Population and Development|2009-04-03@2009/1"}},
		{"ru UNEA genitive", "ru", ga, "ссылаясь на резолюции Ассамблеи Организации Объединенных Наций по окружающей среде 1/7 от 27 июня 2014 года об укреплении роли",
			[]string{"resolution 1/7|resolution|United Nations Environment Assembly|2014-06-27@1/7"}},
		{"ru UNEA after", "ru", ga, "в соответствии с резолюцией 5/5 Ассамблеи Организации Объединенных Наций по окружающей среде",
			[]string{"resolution 5/5|resolution|United Nations Environment Assembly|@5/5"}},
		{"ru conference participle", "ru", ga, "и приветствуя в этой связи резолюцию 9/7 от 17 декабря 2021 года, принятую Конференцией государств-участников Конвенции",
			[]string{"resolution 9/7|resolution|Conference of the States Parties|2021-12-17@9/7"}},
		{"ar UNEA construct", "ar", ga, "تمشيا مع قرار جمعية الأمم المتحدة للبيئة 4/1(²³)،",
			[]string{"resolution 4/1|resolution|United Nations Environment Assembly|@4/1"}},
		{"ar FAO, number cut", "ar", ga, "وإذ تشير كذلك إلى القرار 3/2005 الذي اتخذه مؤتمر منظمة الأغذية والزراعة للأمم المتحدة", nil},
		{"zh UNEA", "zh", ga, "鼓励会员国根据联合国环境大会第4/1号决议，²³ 推进实现可持续消费和生产的创新途径，",
			[]string{"resolution 4/1|resolution|United Nations Environment Assembly|@4/1"}},
		{"zh CCPCJ dated", "zh", ga, "表示注意到预防犯罪和刑事司法委员会关于通过法律援助提供者网络等途径促进法律援助的2016年5月27日第25/2号决议，",
			[]string{"resolution 25/2|resolution|Commission on Crime Prevention and Criminal Justice|2016-05-27@25/2"}},

		// An English word in a French or Spanish footnote.
		{"fr English cue", "fr", ga, "Indian Ocean Tuna Commission, resolutions 12/07 and 13/07.", nil},
		{"es English cue", "es", sc, "Véase Security Council resolution 2250 (2015).",
			[]string{"S/RES/2250 (2015)|resolution|Security Council|@2250 (2015)"}},

		{"ar organ before its", "ar", ga, "وإذ ترحب بعمل الآلية المستقلة لميانمار التي أنشأها مجلس حقوق الإنسان، في قراره 39/2، لجمع ودمج",
			[]string{"A/HRC/RES/39/2|resolution|Human Rights Council|@39/2"}},
		{"ru commission before its", "ru", ga, "напоминает о том, что Комиссия по правам человека в своей резолюции 2005/5 просила Специального докладчика",
			[]string{"E/CN.4/RES/2005/5|resolution|Commission on Human Rights|@2005/5"}},
		{"fr commission after a later cue", "fr", ga, "Rappelant la résolution 1993/51, en date du 9 mars 1993³, et les résolutions ultérieures de la Commission des droits de l’homme,",
			[]string{"E/CN.4/RES/1993/51|resolution|Commission on Human Rights|1993-03-09@1993/51"}},

		// Numbers that are part of another body's series or of a longer
		// number.
		{"en EC- prefix", "en", ga, "Takes note of resolution EC-57/1 of the Executive Council of the Intergovernmental Oceanographic Commission", nil},
		{"en IOC A- prefix", "en", ga, "See Intergovernmental Oceanographic Commission, document IOC/A-32/Decisions, resolution A-32/1.", nil},
		{"en IMO document", "en", ga, "International Maritime Organization, resolution MSC.489(103) (document MSC 103/21/Add.1, annex 9).", nil},
		{"en LC document", "en", ga, "International Maritime Organization, document LC 35/15, annex 4, resolution LP.4(8), and document LC 45/18, annex 4.", nil},
		{"en FAO year cut", "en", ga, "Recalling further resolution 3/2005 of the Conference of the Food and Agriculture Organization of the United Nations,", nil},
		{"en chain of Council numbers", "en", sc, "in particular the Committee established pursuant to resolution 1540 (2004) and 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee,",
			[]string{"S/RES/1540 (2004)|resolution|Security Council|@1540 (2004)"}},
		{"en presidential statement", "en", sc, "Recalling resolution 2240 (2015), resolution 2312 (2016) and Presidential Statement 2015/25,",
			[]string{"S/RES/2240 (2015)|resolution|Security Council|@2240 (2015)", "S/RES/2312 (2016)|resolution|Security Council|@2312 (2016)"}},
		{"en recommendation number", "en", ga, "as well as to consider general recommendation No. 39 (2022) on the rights of Indigenous women", nil},
		{"en African Union session", "ar", ga, "ترحب بالقرار Assembly/AU/Decl. 8 (XXXII) الذي اتخذه مؤتمر رؤساء دول وحكومات الاتحاد الأفريقي", nil},

		// Dates and sessions that the Assembly cannot have.
		{"en its resolution of the HRC", "en", ga, "Takes note, in this regard, that through its resolution 54/18 of 12 October 2023,¹⁷ the Human Rights Council submitted to the General Assembly the draft",
			[]string{"A/HRC/RES/54/18|resolution|Human Rights Council|2023-10-12@54/18"}},
		{"fr sa résolution of the HRC", "fr", ga, "Note que dans sa résolution 42/22 en date du 26 septembre 2019²⁸, le Conseil des droits de l’homme a prié le Groupe de travail",
			[]string{"A/HRC/RES/42/22|resolution|Human Rights Council|2019-09-26@42/22"}},
		{"en Council alone", "en", ga, "established pursuant to Council resolution 31/18 of 23 March 2016,¹⁵ and by the Office",
			[]string{"A/HRC/RES/31/18|resolution|Human Rights Council|2016-03-23@31/18"}},
		{"ru Council alone", "ru", ga, "в соответствии с резолюцией 41/25 Совета от 12 июля 2019 года¹³;",
			[]string{"A/HRC/RES/41/25|resolution|Human Rights Council|2019-07-12@41/25"}},
		{"en organ before its", "en", sc, "with the team of international experts on the situation in the Kasai regions mandated by the Human Rights Council in its resolution 35/33, recognises",
			[]string{"A/HRC/RES/35/33|resolution|Human Rights Council|@35/33"}},
		{"en nothing can have adopted it", "en", ga, "Resolution 10/1, entitled “Atlanta 2023: promoting integrity”;", nil},
		{"en GA dated in its session", "en", ga, "Recalling its resolution 72/180 of 19 December 2017,",
			[]string{"A/RES/72/180|resolution|General Assembly|2017-12-19@72/180"}},
		{"fr its own after HRC named", "fr", ga, "les résolutions pertinentes de l’Assemblée générale et du Conseil des droits de l’homme concernant les droits humains et le terrorisme, dont les plus récentes sont ses résolutions 72/180 et 76/169,",
			[]string{"A/RES/72/180|resolution|General Assembly|@72/180", "A/RES/76/169|resolution|General Assembly|@76/169"}},
		{"zh the council's resolutions", "zh", ga, "回顾其关于缅甸的相关决议、人权理事会的各项决议(包括最近以协商一致方式通过的2021年3月24日第46/21号决议)以及安全理事会的主席声明，",
			[]string{"A/HRC/RES/46/21|resolution|Human Rights Council|2021-03-24@46/21"}},
		{"zh topical organ", "zh", ga, "回顾其2006年3月15日关于设立人权理事会的第60/251号决议和2011年6月17日关于审查人权理事会的第65/281号决议，",
			[]string{"A/RES/60/251|resolution|General Assembly|2006-03-15@60/251", "A/RES/65/281|resolution|General Assembly|2011-06-17@65/281"}},

		{"en semicolon and", "en", sc, "2143 (2014) on children and armed conflict; 1502 (2003) on the protection of humanitarian personnel; and 1325 (2000) and 1820 (2008) on women and peace and security",
			nil},
		{"en semicolon and after cue", "en", sc, "Recalling its resolutions 2143 (2014) on children and armed conflict; 1502 (2003) on the protection of humanitarian personnel; and 1325 (2000) and 1820 (2008) on women and peace and security,",
			[]string{"S/RES/2143 (2014)|resolution|Security Council|@2143 (2014)", "S/RES/1502 (2003)|resolution|Security Council|@1502 (2003)", "S/RES/1325 (2000)|resolution|Security Council|@1325 (2000)", "S/RES/1820 (2008)|resolution|Security Council|@1820 (2008)"}},

		// Security Council numbers without their year.
		{"en bare Council number", "en", ga, "Recalling Security Council resolution 2250 on youth, peace and security,",
			[]string{"S/RES/2250 (2015)|resolution|Security Council|@2250"}},
		{"ru bare Council numbers", "ru", sc, "ссылаясь на резолюции 1325 и 2250 и другие соответствующие резолюции Совета Безопасности,",
			[]string{"S/RES/1325 (2000)|resolution|Security Council|@1325", "S/RES/2250 (2015)|resolution|Security Council|@2250"}},
		{"en bare after a dated one", "en", sc, "its resolutions 1325 (2000) and 2250 on youth,",
			[]string{"S/RES/1325 (2000)|resolution|Security Council|@1325 (2000)", "S/RES/2250 (2015)|resolution|Security Council|@2250"}},
		{"en bare number of unknown year", "en", sc, "the Committee established pursuant to resolution 1267 concerning Al-Qaida,", nil},
		{"en a year is no number", "en", ga, "resolutions adopted in 2015 and 2016,", nil},
		{"ru the resolution of a year", "ru", ga, "полное осуществление резолюции 1995 года по Ближнему Востоку,", nil},

		// A number cited again takes the organ it was given.
		{"en same number again", "en", ga, "Human Rights Council resolutions 43/1 of 19 June 2020¹¹ and 47/21, and recalling also the report of the High Commissioner, submitted pursuant to resolution 43/1,¹²",
			[]string{"A/HRC/RES/43/1|resolution|Human Rights Council|2020-06-19@43/1", "A/HRC/RES/47/21|resolution|Human Rights Council|@47/21", "A/HRC/RES/43/1|resolution|Human Rights Council|@43/1"}},

		// The organ named once governs the list.
		{"en second cue in the list", "en", ga, "Human Rights Council resolutions 28/16 of 26 March 2015 and 42/15 of 26 September 2019 on the right to privacy in the digital age and resolutions 32/13 of 1 July 2016 and 38/7 of 5 July 2018 on the Internet,",
			[]string{"A/HRC/RES/28/16|resolution|Human Rights Council|2015-03-26@28/16", "A/HRC/RES/42/15|resolution|Human Rights Council|2019-09-26@42/15", "A/HRC/RES/32/13|resolution|Human Rights Council|2016-07-01@32/13", "A/HRC/RES/38/7|resolution|Human Rights Council|2018-07-05@38/7"}},
		{"fr organ after, markers between", "fr", ga, "et rappelant les résolutions 44/20 du 17 juillet 2020⁴, 47/21 du 13 juillet 2021⁵ et 60/16 du 7 octobre 2025¹⁰ du Conseil des droits de l’homme,",
			[]string{"A/HRC/RES/44/20|resolution|Human Rights Council|2020-07-17@44/20", "A/HRC/RES/47/21|resolution|Human Rights Council|2021-07-13@47/21", "A/HRC/RES/60/16|resolution|Human Rights Council|2025-10-07@60/16"}},
		{"fr organ after undated list", "fr", ga, "les résolutions 20/15¹, 23/16², 27/17³, 30/12⁴, 35/4⁵ et 41/4⁶ du Conseil des droits de l’homme,",
			[]string{"A/HRC/RES/20/15|resolution|Human Rights Council|@20/15", "A/HRC/RES/23/16|resolution|Human Rights Council|@23/16", "A/HRC/RES/27/17|resolution|Human Rights Council|@27/17",
				"A/HRC/RES/30/12|resolution|Human Rights Council|@30/12", "A/HRC/RES/35/4|resolution|Human Rights Council|@35/4", "A/HRC/RES/41/4|resolution|Human Rights Council|@41/4"}},
		{"es organ after", "es", ga, "las resoluciones 41/10, 44/2 y 46/14 del Consejo de Derechos Humanos,",
			[]string{"A/HRC/RES/41/10|resolution|Human Rights Council|@41/10", "A/HRC/RES/44/2|resolution|Human Rights Council|@44/2", "A/HRC/RES/46/14|resolution|Human Rights Council|@46/14"}},
		{"ru participle then including", "ru", ga, "резолюции 28/16 и 42/15, принятые Советом по правам человека, включая резолюцию 36/6,",
			[]string{"A/HRC/RES/28/16|resolution|Human Rights Council|@28/16", "A/HRC/RES/42/15|resolution|Human Rights Council|@42/15", "A/HRC/RES/36/6|resolution|Human Rights Council|@36/6"}},
		{"ar repeated wal-qarar", "ar", ga, "وإذ تشير إلى قرارات مجلس حقوق الإنسان 28/16 المؤرخ 26 آذار/مارس 2015، والقرار 32/13 المؤرخ 1 تموز/يوليه 2016،",
			[]string{"A/HRC/RES/28/16|resolution|Human Rights Council|2015-03-26@28/16", "A/HRC/RES/32/13|resolution|Human Rights Council|2016-07-01@32/13"}},
		{"zh organ first", "zh", ga, "还回顾人权理事会关于人权与极端贫困问题的2006年11月27日第2/2号、2008年3月28日第7/27号和2008年6月18日第8/11号决议，",
			[]string{"A/HRC/RES/2/2|resolution|Human Rights Council|2006-11-27@2/2", "A/HRC/RES/7/27|resolution|Human Rights Council|2008-03-28@7/27", "A/HRC/RES/8/11|resolution|Human Rights Council|2008-06-18@8/11"}},

		{"zh Chinese numerals", "zh", ga, "回顾其1946年1月24日第一㈠号决议和2024年12月2日第79/35号决议，",
			[]string{"A/RES/1 (I)|resolution|General Assembly|@一㈠", "A/RES/79/35|resolution|General Assembly|2024-12-02@79/35"}},
		{"zh Chinese numerals in a list", "zh", ga, "回顾其1946年1月24日第一㈠号、2016年12月5日第71/54号决议，",
			[]string{"A/RES/1 (I)|resolution|General Assembly|@一㈠", "A/RES/71/54|resolution|General Assembly|2016-12-05@71/54"}},
		{"zh special session unhyphenated", "zh", ga, "重申其1963年6月27日第1874(S IV)号决议所列各项原则，",
			[]string{"A/RES/1874(S-IV)|resolution|General Assembly|1963-06-27@1874(S IV)"}},
		{"zh named organ, date slip", "zh", ga, "以支持人权理事会2020年10月7日第51/30号决议",
			[]string{"A/HRC/RES/51/30|resolution|Human Rights Council|2020-10-07@51/30"}},
		{"zh comma inside a list", "zh", sc, "重申其第1265(1999)、2368(2017)，2370(2017)和2490(2019)号决议及相关的安理会主席声明，",
			[]string{"S/RES/1265 (1999)|resolution|Security Council|@1265(1999)", "S/RES/2368 (2017)|resolution|Security Council|@2368(2017)", "S/RES/2370 (2017)|resolution|Security Council|@2370(2017)", "S/RES/2490 (2019)|resolution|Security Council|@2490(2019)"}},
		{"zh its clause names a body", "zh", ga, "回顾其设立追究联合国官员和特派专家刑事责任问题特设委员会的2006年12月4日第61/29号决议，",
			[]string{"A/RES/61/29|resolution|General Assembly|2006-12-04@61/29"}},
		{"zh organ adopts inside a topic", "zh", ga, "欢迎高级专员关于根据人权理事会2017年3月24日第34/24号、²⁹ 2019年3月22日第40/20号³⁰ 和2021年3月23日第46/17号决议³¹ 采取的步骤",
			[]string{"A/HRC/RES/34/24|resolution|Human Rights Council|2017-03-24@34/24", "A/HRC/RES/40/20|resolution|Human Rights Council|2019-03-22@40/20", "A/HRC/RES/46/17|resolution|Human Rights Council|2021-03-23@46/17"}},
		{"zh session is no body", "zh", ga, "注意到亚洲及太平洋经济社会委员会第七十二届会议通过关于区域合作防治沙尘暴的2016年5月19日第72/7号决议，",
			[]string{"resolution 72/7|resolution|Economic and Social Commission for Asia and the Pacific|2016-05-19@72/7"}},

		{"ar masculine its", "ar", ga, "طلب مجلس حقوق الإنسان إلى الفريق العامل أن يعد دراسة عن الاحتجاز التعسفي، من خلال قراره 42/22 المؤرخ 26 أيلول/سبتمبر 2019؛",
			[]string{"A/HRC/RES/42/22|resolution|Human Rights Council|2019-09-26@42/22"}},
		{"ar masculine its, a conference", "ar", ga, "وإذ تشير إلى قرارات مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، وخصوصا قراره 10/4 المؤرخ 16 تشرين الأول/أكتوبر 2020",
			[]string{"resolution 10/4|resolution|Conference of the Parties|2020-10-16@10/4"}},
		{"ar masculine its, unknown body", "ar", ga, "تشير أيضا إلى اتخاذ الفريق العامل المفتوح العضوية المعني بالشيخوخة قراره 14/1 الذي يتضمن خيارات", nil},
		{"ar governing council", "ar", ga, "وإذ تشير إلى قرار مجلس إدارة موئل الأمم المتحدة 8/26 المؤرخ 12 أيار/مايو 2017", nil},
		{"ar date slip, its own", "ar", ga, "وإذ تشير إلى قرارها 79/194 المؤرخ 19 كانون الأول/ديسمبر 2013، وبخاصة الفقرة 62 منه",
			[]string{"A/RES/79/194|resolution|General Assembly|2013-12-19@79/194"}},
		{"ar raqm and vowel marks", "ar", ga, "وإذ تشير كذلك إلى قرارَي المجلس الاقتصادي والاجتماعي 2017/18 و 2021/25 وإلى قرار المجلس الاقتصادي والاجتماعي رقم 2023/11،",
			[]string{"E/RES/2017/18|resolution|Economic and Social Council|@2017/18", "E/RES/2021/25|resolution|Economic and Social Council|@2021/25", "E/RES/2023/11|resolution|Economic and Social Council|@2023/11"}},

		{"ar masculine its after the Assembly", "ar", ga, "تحيط علماً في هذا الصدد بأن مجلس حقوق الإنسان قدم إلى الجمعية العامة ضمن قراره 54/18 المؤرخ 12 تشرين الأول/أكتوبر 2023(¹⁷)،",
			[]string{"A/HRC/RES/54/18|resolution|Human Rights Council|2023-10-12@54/18"}},
		{"fr organ after the first number", "fr", ga, "ainsi que les résolutions 36/7 du Conseil des droits de l’homme, en date du 28 septembre 2017⁶, 45/10 du 6 octobre 2020⁷ et 54/8 du 11 octobre 2023⁸ relatives au Rapporteur spécial,",
			[]string{"A/HRC/RES/36/7|resolution|Human Rights Council|2017-09-28@36/7", "A/HRC/RES/45/10|resolution|Human Rights Council|2020-10-06@45/10", "A/HRC/RES/54/8|resolution|Human Rights Council|2023-10-11@54/8"}},
		{"fr HRC special session", "fr", ga, "à savoir la résolution 49/1 du 4 mars 2022 du Conseil des droits de l’homme et la résolution S-34/1 du 12 mai 2022 sur la détérioration de la situation,",
			[]string{"A/HRC/RES/49/1|resolution|Human Rights Council|2022-03-04@49/1", "A/HRC/RES/S-34/1|resolution|Human Rights Council|2022-05-12@S-34/1"}},
		{"ru Council in his resolutions", "ru", ga, "предписанной Советом в его резолюциях 47/21 от 13 июля 2021 года¹⁸, 48/14 от 8 октября 2021 года¹⁹ и S-30/1 от 27 мая 2021 года²⁰;",
			[]string{"A/HRC/RES/47/21|resolution|Human Rights Council|2021-07-13@47/21", "A/HRC/RES/48/14|resolution|Human Rights Council|2021-10-08@48/14", "A/HRC/RES/S-30/1|resolution|Human Rights Council|2021-05-27@S-30/1"}},
		{"zh Council list with special session", "zh", ga, "以支持开展理事会2021年7月13日第47/21号、¹⁸ 2021年10月8日第48/14号¹⁹ 和2021年5月27日S-30/1号决议²⁰ 授权的活动；",
			[]string{"A/HRC/RES/47/21|resolution|Human Rights Council|2021-07-13@47/21", "A/HRC/RES/48/14|resolution|Human Rights Council|2021-10-08@48/14", "A/HRC/RES/S-30/1|resolution|Human Rights Council|2021-05-27@S-30/1"}},

		// Arabic: tatweel, footnote lists on semicolons, spaced session
		// marks, halves the wrong way round.
		{"ar spaced emergency session", "ar", ga, "وإذ تشير إلى قراريها د إ ط-11/1 المؤرخ 2 آذار/مارس 2022 و د إ ط-11/2 المؤرخ 24 آذار/مارس 2022،",
			[]string{"A/RES/ES-11/1|resolution|General Assembly|2022-03-02@د إ ط-11/1", "A/RES/ES-11/2|resolution|General Assembly|2022-03-24@د إ ط-11/2"}},
		{"ar reversed special session", "ar", ga, "وإذ تشير إلى قرارها دإ-1/32 المؤرخ 2 حزيران/يونيه 2021 الذي يتضمن الإعلان السياسي",
			[]string{"A/RES/S-32/1|resolution|General Assembly|2021-06-02@دإ-1/32"}},
		{"ar decision called resolution", "ar", ga, "تشير إلى قرارها 74/565 المؤرخ 12 آب/أغسطس 2020",
			[]string{"decision 74/565|decision|General Assembly|2020-08-12@74/565"}},
		{"en Sub-Commission after", "en", ga, "Recalling the adoption of resolution 2000/22 of 18 August 2000, on the promotion of dialogue on human rights issues, by the Subcommission on the Promotion and Protection of Human Rights,",
			[]string{"resolution 2000/22|resolution|Sub-Commission on the Promotion and Protection of Human Rights|2000-08-18@2000/22"}},
		{"fr CHR after its", "fr", ga, "Rappelle que, dans sa résolution 2005/5, la Commission des droits de l’homme a prié le Rapporteur spécial",
			[]string{"E/CN.4/RES/2005/5|resolution|Commission on Human Rights|@2005/5"}},
		{"en its after another body", "en", ga, "Recalling also Commission on Population and Development resolutions 2006/2 of 10 May 2006 and 2009/1 of 3 April 2009 and its resolution 2013/1 of 26 April 2013 on new trends in migration,",
			[]string{"resolution 2006/2|resolution|Commission on Population and Development|2006-05-10@2006/2", "resolution 2009/1|resolution|Commission on Population and Development|2009-04-03@2009/1", "resolution 2013/1|resolution|Commission on Population and Development|2013-04-26@2013/1"}},
		{"en ECOSOC stays", "en", ga, "Recalling the outcome of the Conference and Economic and Social Council resolution 1996/31 of 25 July 1996,",
			[]string{"E/RES/1996/31|resolution|Economic and Social Council|1996-07-25@1996/31"}},
		{"ar reversed halves", "ar", ga, "وإذ تشير أيضا إلى قرارها 305/76 المؤرخ 8 أيلول/سبتمبر 2022، بشأن تمويل بناء السلام، وقرارها 257/78 المؤرخ 22 كانون الأول/ديسمبر 2023",
			[]string{"A/RES/76/305|resolution|General Assembly|2022-09-08@305/76", "A/RES/78/257|resolution|General Assembly|2023-12-22@257/78"}},
		{"ar tatweel", "ar", ga, "إذ تشـــير إلى قــراراتها 51/45 باء المؤرخ 10 كانون الأول/ديسـمــــبر 1996 و 52/38 نون",
			[]string{"A/RES/51/45|resolution|General Assembly|1996-12-10@51/45 باء", "A/RES/52/38|resolution|General Assembly|@52/38 نون"}},
		{"ar semicolons", "ar", ga, "القرارات 52/214، الجزء جيم، الفقرة 3؛ و 55/222، الجزء الثالث، الفقرة 12؛ و 56/64 باء، الجزء العاشر.",
			[]string{"A/RES/52/214|resolution|General Assembly|@52/214", "A/RES/55/222|resolution|General Assembly|@55/222", "A/RES/56/64B|resolution|General Assembly|@56/64 باء"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(tt.text, Scan(tt.text, tt.lang, tt.organ))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Scan(%q, %s):\n got  %q\n want %q", tt.text, tt.lang, got, tt.want)
			}
		})
	}
}

// TestLongList checks that a list longer than a clause's length bound is
// read to its end.
func TestLongList(t *testing.T) {
	var b strings.Builder
	b.WriteString("إذ تشير إلى قراراتها ")
	var want []string
	for s := 31; s <= 75; s++ {
		if s > 31 {
			b.WriteString(" و ")
		}
		n := itoa(s) + "/" + itoa(s%7+10)
		b.WriteString(n + " المؤرخ 9 كانون الأول/ديسمبر " + itoa(1945+s))
		want = append(want, "A/RES/"+n)
	}
	var got []string
	for _, m := range Scan(b.String(), "ar", "General Assembly") {
		got = append(got, m.Symbol)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %d citations %q, want %d", len(got), got, len(want))
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestPlausible checks the session and date bounds of the Assembly's and
// the Council's numbers.
func TestPlausible(t *testing.T) {
	tests := []struct {
		organ, number, date string
		want                bool
	}{
		{organGA, "31/1", "", true},
		{organGA, "30/1", "", false},
		{organGA, "59/50", "2004-12-02", true},
		{organGA, "59/50", "2005-09-10", true},
		{organGA, "65/2", "2022-03-18", false},
		{organGA, "32/13", "2016-07-01", false},
		{organGA, "S-26/2", "", true},
		{organGA, "ES-11/1", "", true},
		{organHRC, "43/1", "2020-06-19", true},
		{organHRC, "5/1", "2007-06-18", true},
		{organHRC, "28/6", "2015-03-26", true},
		{organHRC, "5/7", "2022-03-02", false},
		{organHRC, "72/180", "", false},
		{organSC, "59/50", "", false},
		{bodyUNEA, "5/7", "2022-03-02", true},
	}
	for _, tt := range tests {
		p, ok := parseToken(tt.number)
		if !ok {
			t.Fatalf("parseToken(%q) failed", tt.number)
		}
		if got := plausible(tt.organ, p, tt.date); got != tt.want {
			t.Errorf("plausible(%s, %s, %q) = %v, want %v", tt.organ, tt.number, tt.date, got, tt.want)
		}
	}
	for _, c := range []struct {
		n, year int
		want    bool
	}{{1631, 2005, true}, {2140, 2015, true}, {2140, 2014, true}, {39, 2022, false}, {242, 1967, true}, {1325, 2000, true}, {2250, 2015, true}, {2250, 2010, false}, {21, 1992, false}} {
		if got := scPlausible(c.n, c.year); got != c.want {
			t.Errorf("scPlausible(%d, %d) = %v, want %v", c.n, c.year, got, c.want)
		}
	}
}
