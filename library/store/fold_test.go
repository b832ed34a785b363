package store

import (
	"slices"
	"testing"
)

func TestAppendIndexText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sustainable peace", "Sustainable peace"},
		{"可持续和平", " 可持 持续 续和 和平 平"},
		{"和", " 和"},
		{"第2334号决议", " 第 2334 号决 决议 议"},
		{"联合国，和平。", " 联合 合国 国 ， 和平 平 。"},
		{"المتّحدة", "المتحدة"},                // shadda
		{"قراراً", "قرارا"},                    // tanween
		{"أحكام إعلان آخر", "احكام اعلان اخر"}, // hamza carriers
		{"ـــالأمم", "الامم"},                  // tatweel
		{"всё ещё", "все еще"},
		{"résolution", "résolution"}, // Latin accents: the tokenizer folds them
	}
	for _, tt := range tests {
		if got := string(appendIndexText(nil, tt.in)); got != tt.want {
			t.Errorf("appendIndexText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want []term
	}{
		{"sustainable peace", []term{{words: []string{"sustainable"}}, {words: []string{"peace"}}}},
		{`"sustainable peace"`, []term{{words: []string{"sustainable", "peace"}}}},
		{`“paix durable” sécurité`, []term{{words: []string{"paix", "durable"}}, {words: []string{"sécurité"}}}},
		{`peace OR security`, []term{{words: []string{"peace"}}, {words: []string{"security"}, or: true}}},
		{`resolu*`, []term{{words: []string{"resolu"}, prefix: true}}},
		{`"unclosed phrase`, []term{{words: []string{"unclosed", "phrase"}}}},
		{`OR peace`, []term{{words: []string{"peace"}}}},
		{``, nil},
	}
	for _, tt := range tests {
		got := parseQuery(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("parseQuery(%q) = %+v, want %+v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if !slices.Equal(got[i].words, tt.want[i].words) || got[i].prefix != tt.want[i].prefix || got[i].or != tt.want[i].or {
				t.Errorf("parseQuery(%q)[%d] = %+v, want %+v", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}

func TestMatchExpr(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sustainable peace", `"sustainable" AND "peace"`},
		{`"sustainable peace"`, `"sustainable peace"`},
		{`peace OR security`, `"peace" OR "security"`},
		{`resolu*`, `"resolu" *`},
		{"可持续和平", `"可持 持续 续和 和平"`},
		{"和平", `"和平"`},
		{"和", `"和" *`},
		{"2334号", `"2334 号" *`},
		{`say "NEAR(" AND x`, `"say" AND "NEAR(" AND "AND" AND "x"`},
		{`"" ,,, --`, ``},
		{`a"b`, `"a" AND "b"`},
	}
	for _, tt := range tests {
		if got := matchExpr(parseQuery(tt.in)); got != tt.want {
			t.Errorf("matchExpr(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
