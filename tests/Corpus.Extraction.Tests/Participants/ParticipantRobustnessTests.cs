using Corpus.Extraction.Participants;

namespace Corpus.Extraction.Tests.Participants;

/// <summary>Random and hostile text never throws, and every mention lies inside the text, sorted by start.</summary>
public sealed class ParticipantRobustnessTests
{
    private static readonly string[] Pieces =
    {
        "Mr.", "Mr", "Dr.", " ", "  ", "\n", ",", ".", "'s", "’s", "'", "\"", "“", "”", "(", ")", "-", "–", "U.S.", "e.g.", "the", "The", "of", "and",
        "NATO", "Nato", "UN", "President", "Secretary-General", "Secretary", "General", "Jane", "Doe", "Roe", "van", "der", "al-Rashid", "O'Brien",
        "Brazil", "Brazilian", "Kyiv", "in", "Ministry", "Court", "(ABC)", "said", "although", "Putinalthough", "FranceIf", "Lyon.In", "😀", "\uD83D", "\uDE00",
        "习近平", "Олена", "Κυριάκος", "é", "ǅ", "1", "2022", "Jr.", "III", "St", "Cape", "New", "Zealanders", "Ltd", "Inc.", "a", "an", "its", "chief",
    };

    [Fact]
    public void Random_text_never_throws_and_mentions_stay_inside()
    {
        var random = new Random(12345);
        for (var round = 0; round < 400; round++)
        {
            var sb = new System.Text.StringBuilder();
            var n = random.Next(1, 60);
            for (var i = 0; i < n; i++)
            {
                sb.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0) sb.Append(' ');
            }
            var text = Corpus.Extraction.Text.TextSanitizer.ReplaceLoneSurrogates(sb.ToString());
            // Every line is a paragraph here, headings included, to reach the scanners with anything.
            var article = new Corpus.Extraction.Text.ArticleText(text);
            var paragraphs = new List<Corpus.Extraction.Model.ParagraphSpec>();
            for (var line = 1; line <= article.LineCount; line++)
            {
                var start = article.LineStart(line);
                var end = article.LineEnd(line);
                if (end > start) paragraphs.Add(new Corpus.Extraction.Model.ParagraphSpec(text.Substring(start, end - start), article.Span(start, end - start)));
            }
            var x = ParticipantFinder.Find(article, paragraphs, TestContext.Current.CancellationToken);
            var last = -1;
            foreach (var m in x.Mentions)
            {
                m.Start.ShouldBeGreaterThanOrEqualTo(last);
                last = m.Start;
                (m.Start + m.Length).ShouldBeLessThanOrEqualTo(text.Length);
                m.Length.ShouldBeGreaterThan(0);
                m.EntityIndex.ShouldBeInRange(0, x.Entities.Count - 1);
            }
            foreach (var e in x.Entities)
            {
                e.Name.ShouldNotBeNullOrWhiteSpace();
                e.Mentions.Count.ShouldBeGreaterThan(0);
            }
        }
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var text = SeedFiles.Read("001");
        var a = SeedParticipantsTests.Find(text);
        var b = SeedParticipantsTests.Find(text);
        a.Entities.ShouldBe(b.Entities);
        a.Mentions.ShouldBe(b.Mentions);
    }
}
