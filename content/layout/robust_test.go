package layout

import (
	"strings"
	"testing"
)

// TestCanonicalLanguages checks, on small made-up extractions, what the
// layout stage does for the languages beyond English.
func TestCanonicalLanguages(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // paragraphs that must be in the output
		not      []string // text that must not be
	}{
		{"arabic numbers and markers",
			"إن الجمعية العامة،\n\nوقد درست تقرير الأمين العام(1)،\n\n1 - تطلب إلى الأمين العام أن يواصل\nإعداد التقارير؛\n\n2 - تقرر مواصلة النظر في المسألة.\n_______________\n\n1 A/75/64.\n",
			[]string{"وقد درست تقرير الأمين العام(¹)،", "1 - تطلب إلى الأمين العام أن يواصل إعداد التقارير؛", "2 - تقرر مواصلة النظر في المسألة.", "¹ A/75/64."}, nil},
		{"chinese lines join without a space",
			"大会，\n\n注意到应把重新出现的对核裁军的关心转变为具体行动，以求达成有效国际控制下的全面彻\n底裁军，\n\n1. 欢迎秘书长关于第60/8\n3号决议执行情况的报告；\n",
			[]string{"注意到应把重新出现的对核裁军的关心转变为具体行动，以求达成有效国际控制下的全面彻底裁军，", "1. 欢迎秘书长关于第60/83号决议执行情况的报告；"}, nil},
		{"chinese number alone keeps its space",
			"大会，\n\n回顾其决议，\n\n1.\n欢迎秘书长的报告；\n",
			[]string{"1. 欢迎秘书长的报告；"}, nil},
		{"closing line stands alone with its date",
			"The General Assembly,\n\n1. Decides to remain seized of the matter.\n\n39th plenary meeting\n18 November 2024\n\n24-21660\n2/2\n\nTerms of reference of the Fund\n",
			[]string{"39th plenary meeting 18 November 2024", "Terms of reference of the Fund"}, nil},
		{"russian organ line is no formula",
			"Организация Объединенных Наций\nA/RES/99/2\nГенеральная Ассамблея\nDistr.: General\n99/2. Пример\n\nГенеральная Ассамблея,\n\nссылаясь на резолюцию 98/1,\n",
			[]string{"99/2. Пример", "Генеральная Ассамблея,", "ссылаясь на резолюцию 98/1,"}, nil},
		{"annex heading in French",
			"L’Assemblée générale,\n\n1. Décide de clore la question.\n\nAnnexe\n\n1. Le Fonds est créé.\n",
			[]string{"Annexe", "1. Le Fonds est créé."}, nil},
		{"running symbol the masthead lacks",
			"安全理事会，\n\n回顾其以往关于也门的所有相关决议，\n\n欣见专家小组的工作，\n\n20-37563 (C)\n*2037563*\n\nS/RES/2511 (2020)\n\n20-37563\n2/3\n\n回顾第2216(2015)号决议，\n\n1. 决定延长制裁；\n\nS/RES/2511 (2020)\n\n3/3\n20-37563\n\n2. 决定继续处理此案。\n",
			[]string{"欣见专家小组的工作，", "回顾第2216(2015)号决议，"}, []string{"S/RES/2511"}},
		{"no blank lines: body beside a header stays",
			"The General Assembly,\nRecalling its resolution 1/1,\nNoting the report of the Secretary-General on the work of the\nOrganization in the past year,\n24-21660 (E)\n*2421660*\nA/RES/99/5\nWelcoming the progress made,\n1. Decides to continue.\n",
			[]string{"Noting the report of the Secretary-General on the work of the Organization in the past year,", "Welcoming the progress made,"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := CanonicalWith(tc.in, Options{Lead: func(l string) bool { return strings.HasPrefix(l, "回顾") }})
			paras := map[string]bool{}
			for p := range strings.SplitSeq(out, "\n\n") {
				paras[strings.TrimSpace(p)] = true
			}
			for _, w := range tc.want {
				if !paras[w] {
					t.Errorf("no paragraph %q in\n%s", w, out)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(out, n) {
					t.Errorf("%q left in\n%s", n, out)
				}
			}
		})
	}
}
