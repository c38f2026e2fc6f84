using System.Reflection;
using Corpus.Extraction.Findings;
using Corpus.Extraction.Participants;
using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Performance;

/// <summary>
/// The throughput shortcuts answer exactly what the plain definitions answer: the quotation-mark search
/// set, pooled lower-case forms and keys, the combined lexicon flags and the slot-array hash table.
/// </summary>
public class FastPathTests
{
    [Fact]
    public void The_quotation_mark_search_set_is_exactly_the_characters_with_a_mark_family()
    {
        var all = new HashSet<char>(QuoteMarks.All);
        for (var c = 0; c <= char.MaxValue; c++)
            all.Contains((char)c).ShouldBe(QuoteMarks.Family((char)c) != MarkFamily.None, $"U+{c:X4}");
    }

    [Theory]
    [InlineData("minister")]
    [InlineData("Minister")]
    [InlineData("NATO")]
    [InlineData("O\u2019Brien")]
    [InlineData("Ärzte")]
    [InlineData("\u0130stanbul")]
    [InlineData("\u01C5ivko")]
    [InlineData("U.S.")]
    [InlineData("Ελλάδα")]
    public void Pooled_lower_case_forms_equal_lowering_the_word(string word)
    {
        var pool = new StringPool();
        var expected = HasUpperOrCurlyApostrophe(word) ? word.ToLowerInvariant().Replace('\u2019', '\'') : word;
        // Twice: computed at the first occurrence, kept with the pooled word for the second.
        for (var i = 0; i < 2; i++)
        {
            var pooled = pool.Get(word, 0, word.Length);
            QuoteToken.LowerOf(pooled, pool).ShouldBe(expected);
        }
    }

    [Fact]
    public void Token_keys_equal_the_gazetteer_key_of_every_occurrence()
    {
        var text = "The U.S. Secretary-General met NATO officials and the secretary-general of Ärzte ohne Grenzen, O\u2019Brien said. The U.S. Secretary-General";
        var tokens = Tokenizer.Tokenize(text, 0, new List<(int, int, string)>());
        tokens.Count.ShouldBeGreaterThan(10);
        foreach (var t in tokens.Where(t => t.IsWord)) t.Key.ShouldBe(Gazetteer.Key(t.Text));
    }

    [Fact]
    public void A_kept_key_is_never_given_for_another_string()
    {
        var pool = new StringPool();
        var word = pool.Get("Paris", 0, 5);
        var slot = pool.LastSlot;
        pool.SetKey(slot, word, "paris");
        pool.KeyOf(slot, word).ShouldBe("paris");
        // An equal string that is not the pooled one, and the pooled one after the pool started over.
        pool.KeyOf(slot, new string("Paris".ToCharArray())).ShouldBeNull();
        for (var i = 0; i < 100_000; i++)
        {
            var w = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            pool.Get(w, 0, w.Length);
        }
        pool.KeyOf(slot, word).ShouldBeNull();
        pool.LowerOf(slot, word).ShouldBeNull();
    }

    [Fact]
    public void Lexicon_flag_lookups_answer_as_the_word_sets_do()
    {
        var sets = typeof(Lexicon).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(f => f.FieldType == typeof(HashSet<string>))
            .ToDictionary(f => f.Name, f => (HashSet<string>)f.GetValue(null)!);
        var words = new HashSet<string>(sets.Values.SelectMany(s => s)) { "table", "running", "", "mr.", "Mr" };
        bool In(string set, string w) => sets[set].Contains(w);
        foreach (var w in words)
        {
            var gender = In("Male", w) || In("MaleRoles", w) ? 1 : In("Female", w) || In("FemaleRoles", w) ? -1 : 0;
            // Twice, the second from the last-word cache.
            for (var i = 0; i < 2; i++)
            {
                Lexicon.GenderOf(w).ShouldBe(gender, w);
                Lexicon.IsHonorific(w).ShouldBe(In("Male", w) || In("Female", w) || In("OtherHonorifics", w), w);
                Lexicon.IsTitleWord(w).ShouldBe(In("CoreTitles", w) || In("TitleModifiers", w), w);
                Lexicon.IsCoreTitle(w).ShouldBe(In("CoreTitles", w), w);
                Lexicon.IsFunctionWord(w).ShouldBe(In("FunctionWords", w), w);
                Lexicon.IsPlacePreposition(w).ShouldBe(In("PlacePrepositions", w), w);
                Lexicon.IsNonPersonWord(w).ShouldBe(In("NonPersonWords", w), w);
            }
        }
    }

    [Fact]
    public void The_hash_table_agrees_with_a_dictionary_through_growth_and_clearing()
    {
        var table = new HashTable64();
        var random = new Random(6);
        for (var round = 0; round < 5; round++)
        {
            table.Clear();
            var expected = new Dictionary<ulong, int>();
            // Few distinct keys in some rounds (many repeats), many in others (the table grows).
            var range = round % 2 == 0 ? 300 : 20_000;
            for (var i = 0; i < 30_000; i++)
            {
                var key = (ulong)random.Next(range) * 0x9E3779B97F4A7C15UL;
                if (random.Next(3) == 0)
                {
                    var found = table.Find(key);
                    if (expected.TryGetValue(key, out var value)) table.First(found).ShouldBe(value);
                    else found.ShouldBe(-1);
                    continue;
                }
                var slot = table.FindOrAdd(key);
                table.First(slot).ShouldBe(expected.GetValueOrDefault(key));
                table.First(slot) = i;
                table.Second(slot)++;
                expected[key] = i;
            }
        }
    }

    private static bool HasUpperOrCurlyApostrophe(string word) => word.Any(c => char.IsUpper(c) || c == '\u2019');
}
