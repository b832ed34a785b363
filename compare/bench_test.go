package compare

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"resolute/content"
	"resolute/internal/corpus"
	"resolute/internal/cpumeter"
)

// benchPair returns a resolution of about 200 KB from the corpus and an
// edited copy of it (the synthetic test's edits, seeded).
func benchPair(b *testing.B, path string) (*content.Document, *content.Document, int) {
	full := corpus.Require(b, filepath.FromSlash(path))
	raw, err := os.ReadFile(full)
	if err != nil {
		b.Fatal(err)
	}
	old := loadDoc(b, full)
	var donor, vocab []string
	for _, f := range corpusXML(b, old.Language) {
		for _, u := range loadDoc(b, f).Units() {
			donor = append(donor, u.Text)
		}
	}
	for _, t := range donor[:min(len(donor), 200)] {
		for _, tok := range tokens(t) {
			if isWordRune([]rune(tok)[0]) {
				vocab = append(vocab, tok)
			}
		}
	}
	new, _, _ := synthesize(rand.New(rand.NewPCG(1, 2)), old, donor, vocab)
	return old, new, len(raw)
}

func benchDocuments(b *testing.B, old, new *content.Document, size int) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := cpumeter.Start() // CPU time too: the machine is often busy
	for b.Loop() {
		Documents(old, new)
	}
	cpu.Report(b, size)
}

// BenchmarkDocuments200KB aligns and diffs A/RES/79/1 (the PDF text, 200 KB)
// with an edited copy of it; and A/RES/78/68 (191 KB).
func BenchmarkDocuments200KB(b *testing.B) {
	for _, f := range []string{"text/ga-79-1.en.txt", "text/ga-78-68.en.txt"} {
		b.Run(filepath.Base(f), func(b *testing.B) {
			old, new, size := benchPair(b, f)
			benchDocuments(b, old, new, size)
		})
	}
}

// BenchmarkDocumentsSame aligns a 200 KB resolution with itself: the exact
// matches alone.
func BenchmarkDocumentsSame(b *testing.B) {
	old, _, size := benchPair(b, "text/ga-79-1.en.txt")
	benchDocuments(b, old, old, size)
}

// BenchmarkLibraryPair aligns, with -library, two real consecutive
// resolutions of about 150 KB each: A/RES/75/233 and A/RES/79/226
// (operational activities for development), which share less than a third
// of their paragraphs word for word.
func BenchmarkLibraryPair(b *testing.B) {
	if *libraryFlag == "" {
		b.Skip("no -library")
	}
	oldPath := filepath.Join(*libraryFlag, "GAresolutions", "75session", "English", "75_233_E.xml")
	newPath := filepath.Join(*libraryFlag, "GAresolutions", "79session", "English", "A_RES_79_226-2424320E.xml")
	old, err := parseFile(oldPath)
	if err != nil {
		b.Skip(err)
	}
	new, err := parseFile(newPath)
	if err != nil {
		b.Skip(err)
	}
	info, _ := os.Stat(newPath)
	benchDocuments(b, old, new, int(info.Size()))
}
