using System.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// Deterministic synthetic news articles from varied templates (about 5 KB each): headlines, datelines,
/// attributed and continued quotes, pronoun attributions, scare quotes, organisations, countries,
/// boilerplate and the occasional repeated paragraph. Names are invented.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] First = ["Maria", "Tomas", "Aiko", "Kwame", "Elena", "Rahul", "Sofia", "Lars", "Amina", "Pedro", "Yusuf", "Ingrid", "Chen", "Olga", "Mateo", "Fatima"];
    private static readonly string[] Last = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Haddad", "Silva", "Kowalski", "Brennan", "Rossi", "Petrov", "Nakamura", "Duarte", "Weber", "Ibrahim", "Castillo"];
    private static readonly string[] Roles = ["Finance Minister", "Health Minister", "Mayor", "Secretary-General", "central bank governor", "Foreign Minister", "chief executive", "union leader"];
    private static readonly string[] Orgs = ["the World Health Organization", "the European Union", "the United Nations", "the International Monetary Fund", "the Ministry of Finance", "the Supreme Court", "the city council", "the Red Cross"];
    private static readonly string[] Countries = ["France", "Japan", "Brazil", "Kenya", "Canada", "Poland", "India", "Mexico", "Norway", "Egypt", "the United States", "South Korea"];
    private static readonly string[] Cities = ["Lyon", "Osaka", "Recife", "Mombasa", "Calgary", "Gdansk", "Pune", "Monterrey", "Bergen", "Alexandria"];
    private static readonly string[] Topics = ["the new budget", "the flood response", "the vaccine rollout", "the rail strike", "the trade agreement", "the housing plan", "the election reform", "the water shortage"];
    private static readonly string[] Verbs = ["said", "told reporters", "added", "warned", "explained", "insisted", "stressed", "noted"];
    private static readonly string[] Statements =
    [
        "We will not accept any delay in {0}, because families are already paying the price",
        "The numbers for {0} are better than expected, but the work is far from over",
        "Nobody in {1} should have to wait months for an answer on {0}",
        "We have asked our partners in {1} to share the cost of {0} fairly",
        "This is a turning point for {0}, and we intend to see it through to the end",
        "I have spoken with my counterpart in {1} and we agree that {0} cannot wait",
    ];

    /// <summary>Articles of about <paramref name="paragraphs"/> body paragraphs: 12 gives about 2.2 KB, 28 about 5 KB.</summary>
    public static IReadOnlyList<(string Name, string Text)> Create(int count, int seed = 1, int paragraphs = 12)
    {
        var random = new Random(seed);
        var result = new List<(string, string)>(count);
        for (var i = 0; i < count; i++) result.Add(($"article-{i:D5}.txt", Article(random, i, paragraphs)));
        return result;
    }

    /// <summary>News-sized articles (about 5 KB), as the performance targets assume.</summary>
    public static IReadOnlyList<(string Name, string Text)> NewsSized(int count) => Create(count, paragraphs: 28);

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];

    private static string Article(Random r, int index, int paragraphCount)
    {
        var sb = new StringBuilder();
        var topic = Pick(r, Topics);
        var country = Pick(r, Countries);
        var city = Pick(r, Cities);
        var speaker = (First: Pick(r, First), Last: Pick(r, Last), Role: Pick(r, Roles));
        var other = (First: Pick(r, First), Last: Pick(r, Last), Role: Pick(r, Roles));
        sb.Append($"{country} debates {topic} as pressure grows\n\n");
        sb.Append($"Date: 2023-{1 + index % 12:D2}-{1 + index % 28:D2}\n\n");
        if (index % 7 == 0) sb.Append("Share this: Facebook\n\nTwitter\n\n");
        sb.Append($"{speaker.Role} {speaker.First} {speaker.Last} met officials from {Pick(r, Orgs)} in {city} on Tuesday to discuss {topic}, the latest step in a debate that has divided {country} for months.\n\n");
        var paragraphs = paragraphCount - 2 + r.Next(5);
        for (var p = 0; p < paragraphs; p++)
        {
            var statement = string.Format(Pick(r, Statements), topic, country);
            switch (r.Next(6))
            {
                case 0:
                    sb.Append($"\u201C{statement},\u201D {speaker.Last} {Pick(r, Verbs)}.\n\n");
                    break;
                case 1:
                    sb.Append($"{other.First} {other.Last}, the {other.Role.ToLowerInvariant()}, {Pick(r, Verbs)}: \u201C{statement}.\u201D\n\n");
                    break;
                case 2:
                    sb.Append($"\u201C{statement},\u201D she {Pick(r, Verbs)}, \u201Cand we will keep our promise to the people of {city}.\u201D\n\n");
                    break;
                case 3:
                    sb.Append($"Critics called the plan a \u201Cshort-term fix\u201D and said {Pick(r, Orgs)} had not been consulted on {topic} before the vote in {city}.\n\n");
                    break;
                case 4:
                    sb.Append($"According to {Pick(r, Orgs)}, spending on {topic} rose by {r.Next(2, 40)} percent last year while revenue in {Pick(r, Countries)} fell, a gap that economists say cannot last.\n\n");
                    break;
                default:
                    sb.Append($"Mr. {speaker.Last} is expected to travel to {Pick(r, Countries)} next week, where ministers from {Pick(r, Countries)} and {Pick(r, Countries)} will join talks on {topic} and on the wider economic outlook for the region.\n\n");
                    break;
            }
        }
        if (index % 11 == 0) sb.Append($"Mr. {speaker.Last} is expected to travel to {country} next week.\n\nMr {speaker.Last} is expected to travel to {country} next week.\n\n");
        if (index % 5 == 0) sb.Append("Source link\n\nPlease enter your comment!\n");
        return sb.ToString();
    }
}
