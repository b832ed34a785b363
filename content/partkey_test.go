package content

import "testing"

func TestPartKey(t *testing.T) {
	for in, want := range map[string]string{
		"II": "II", "II.": "II", " IV ": "IV", "ثانيا": "II", "ثانياً": "II", "أولا -": "I", "حادي عشر": "XI", "حادي عاشر": "XI", "عاشرا": "X",
		"سادس عشر": "XVI", "تاسع عشر": "XIX", "عشرون": "XX", "حادي وعشرون": "XXI", "حاديا وعشرين": "XXI", "رابع وعشرون": "XXIV", "ثالثا وعشرين": "XXIII", "عشر": "عشر",
		"二": "II", "十一": "XI", "二、": "II", "A": "A", "B.": "B", "ألف": "A", "باء -": "B", "جيم": "C", "": "", "1": "1",
	} {
		if got := PartKey(in); got != want {
			t.Errorf("PartKey(%q) = %q, want %q", in, got, want)
		}
	}
}
