using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;
using Corpus.Generator.Pipeline;

namespace Corpus.Generator.Emit
{
    /// <summary>
    /// Emits the corpus class: the article list with one property per article, the participant
    /// lists with one property per participant, and the link tables (speakers, participants, variants).
    /// </summary>
    internal static class CorpusEmitter
    {
        private static readonly (EntityKind Kind, string Property, string Type, string Noun)[] KindLists =
        {
            (EntityKind.Person, "People", "PeopleList", "people"),
            (EntityKind.Organization, "Organizations", "OrganizationList", "organisations"),
            (EntityKind.Country, "Countries", "CountryList", "countries"),
            (EntityKind.Place, "Places", "PlaceList", "places"),
        };

        public static string HintName(GeneratorSettings settings) => settings.ClassName + ".g.cs";

        public static string Emit(CorpusSpec spec)
        {
            var s = spec.Settings;
            var w = new SourceWriter();
            FileHeader.Write(w, s.Namespace);
            w.Summary("The typed corpus: " + Count(spec.Articles.Count, "article") + ", " + Count(QuoteTotal(spec), "quote") + ", " + Count(spec.Participants.Count, "participant") + ", compiled from the project's article files.");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Open(s.Visibility + " static partial class " + s.ClassName);
            WriteRoots(w, spec);
            WriteArticleList(w, spec);
            foreach (var kind in KindLists) WriteKindList(w, spec, kind.Kind, kind.Type, kind.Noun);
            WriteParticipantTable(w, spec);
            WriteLinks(w, spec);
            w.Close();
            return w.ToString();
        }

        private static void WriteRoots(SourceWriter w, CorpusSpec spec)
        {
            w.Summary("All articles, in identifier order; each also has a named property.");
            w.Line("public static ArticleList Articles { get; } = new ArticleList();");
            w.Line();
            w.Summary("Cache of Quotes.");
            w.Line("private static Quote[]? __quotes;");
            w.Summary("Every quote of the corpus, article by article.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<Quote> Quotes => __quotes ??= __AllQuotes();");
            w.Line();
            w.Summary("Every participant of the corpus: people, then organisations, countries and places, each by name.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<Participant> Participants { get; } = new __AllParticipants();");
            w.Line();
            foreach (var (kind, property, type, noun) in KindLists)
            {
                w.Summary("The " + noun + " of the corpus; each also has a named property.");
                w.Line("public static " + type + " " + property + " { get; } = new " + type + "();");
                w.Line();
            }
            w.Summary("Collects the quotes of every article.");
            w.Line("private static Quote[] __AllQuotes()");
            w.Line("{");
            w.Line("    var list = new global::System.Collections.Generic.List<Quote>();");
            w.Line("    foreach (var article in Articles) list.AddRange(article.Quotes);");
            w.Line("    return list.ToArray();");
            w.Line("}");
            w.Line();
        }

        private static void WriteArticleList(SourceWriter w, CorpusSpec spec)
        {
            var n = spec.Articles.Count;
            w.Summary("The articles of the corpus: a read-only list with one property per article.");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Open("public sealed partial class ArticleList : global::System.Collections.Generic.IReadOnlyList<Article>");
            w.Summary("Articles created so far.");
            w.Line("private readonly Article?[] __items = new Article?[" + N(n) + "];");
            w.Line();
            w.Summary("Only the corpus class creates the list.");
            w.Line("internal ArticleList() { }");
            w.Line();
            w.Summary("The number of articles.");
            w.Line("public int Count => " + N(n) + ";");
            w.Line();
            w.Summary("The article at an index; created on first use.");
            w.Line("public Article this[int index] => __items[index] ?? global::System.Threading.Interlocked.CompareExchange(ref __items[index], __Create(index), null) ?? __items[index]!;");
            w.Line();
            for (var a = 0; a < n; a++)
            {
                var article = spec.Articles[a];
                w.Summary(ArticleDoc(article));
                var remarks = ArticleRemarks(article);
                if (remarks.Length > 0) w.Line("/// <remarks>" + Literals.XmlDoc(remarks, 1200) + "</remarks>");
                w.Line("public Article " + article.Identifier + " => this[" + N(a) + "];");
                w.Line();
            }
            WriteEnumerators(w, "Article", "articles");
            w.Line();
            w.Summary("Creates the article at an index from its data class.");
            w.Line("private static Article __Create(int index)");
            w.Line("{");
            w.Line("    switch (index)");
            w.Line("    {");
            for (var a = 0; a < n; a++)
            {
                var article = spec.Articles[a];
                w.Line("        case " + N(a) + ": return " + article.DataKey + ".Create(" + N(a) + ", " + Literals.String(article.Identifier) + ");");
            }
            w.Line("        default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            w.Line("    }");
            w.Line("}");
            w.Close();
            w.Line();
        }

        private static void WriteKindList(SourceWriter w, CorpusSpec spec, EntityKind kind, string type, string noun)
        {
            var members = new List<int>();
            for (var i = 0; i < spec.Participants.Count; i++)
            {
                if (spec.Participants[i].Kind == kind) members.Add(i);
            }
            w.Summary("The " + noun + " of the corpus: a read-only list with one property each.");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Open("public sealed partial class " + type + " : global::System.Collections.Generic.IReadOnlyList<Participant>");
            w.Summary("Indexes of these participants in the corpus participant table.");
            w.Begin("private static readonly int[] __indexes = new int[] {");
            for (var i = 0; i < members.Count; i++) w.Append(i == 0 ? " " : ", ").Append(members[i]);
            w.End(" };");
            w.Line();
            w.Summary("Only the corpus class creates the list.");
            w.Line("internal " + type + "() { }");
            w.Line();
            w.Summary("The number of " + noun + ".");
            w.Line("public int Count => __indexes.Length;");
            w.Line();
            w.Summary("The participant at an index.");
            w.Line("public Participant this[int index] => __Participant(__indexes[index]);");
            w.Line();
            foreach (var i in members)
            {
                var p = spec.Participants[i];
                w.Summary(ParticipantDoc(p));
                var remarks = ParticipantRemarks(spec, p);
                if (remarks.Length > 0) w.Line("/// <remarks>" + Literals.XmlDoc(remarks, 1200) + "</remarks>");
                w.Line("public Participant " + p.Identifier + " => __Participant(" + N(i) + ");");
                w.Line();
            }
            WriteEnumerators(w, "Participant", noun);
            w.Close();
            w.Line();
        }

        private static void WriteParticipantTable(SourceWriter w, CorpusSpec spec)
        {
            var n = spec.Participants.Count;
            w.Summary("All participants, as a read-only list.");
            w.Open("private sealed class __AllParticipants : global::System.Collections.Generic.IReadOnlyList<Participant>");
            w.Summary("The number of participants.");
            w.Line("public int Count => " + N(n) + ";");
            w.Summary("The participant at an index.");
            w.Line("public Participant this[int index] => __Participant(index);");
            WriteEnumerators(w, "Participant", "participants");
            w.Close();
            w.Line();
            w.Summary("Participants created so far.");
            w.Line("private static readonly Participant?[] __participants = new Participant?[" + N(n) + "];");
            w.Line();
            w.Summary("The participant at an index of the corpus table; created on first use.");
            w.Line("internal static Participant __Participant(int index) => __participants[index] ?? global::System.Threading.Interlocked.CompareExchange(ref __participants[index], __CreateParticipant(index), null) ?? __participants[index]!;");
            w.Line();
            w.Summary("Creates the participant at an index.");
            w.Line("private static Participant __CreateParticipant(int index)");
            w.Line("{");
            w.Line("    switch (index)");
            w.Line("    {");
            for (var i = 0; i < n; i++)
            {
                var p = spec.Participants[i];
                w.Begin("        case " + N(i) + ": return new Participant(" + Literals.String(p.Name) + ", ParticipantKind." + p.Kind + ", ");
                w.Append(StringArray(p.Aliases)).Append(", ").Append(StringArray(p.Roles)).Append(", ").Append(IntArray(p.Articles)).Append(", ");
                var refs = new List<int>();
                foreach (var q in p.Quotes)
                {
                    refs.Add(q.Article);
                    refs.Add(q.Quote);
                }
                w.Append(IntArray(refs)).End(");");
            }
            w.Line("        default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            w.Line("    }");
            w.Line("}");
            w.Line();
        }

        private static void WriteLinks(SourceWriter w, CorpusSpec spec)
        {
            var n = spec.Articles.Count;
            // Speakers: one participant index (or -1) per quote, per article.
            w.Summary("Per article, per quote: the speaker's participant index, or -1.");
            w.Line("private static readonly int[][] __speakers = new int[][]");
            w.Line("{");
            foreach (var a in spec.Articles) w.Line("    " + IntArray(a.QuoteSpeakers) + ",");
            w.Line("};");
            w.Line();
            w.Summary("Per article: the participant indexes it involves.");
            w.Line("private static readonly int[][] __articleParticipants = new int[][]");
            w.Line("{");
            foreach (var a in spec.Articles) w.Line("    " + IntArray(a.Participants) + ",");
            w.Line("};");
            w.Line();
            w.Summary("Per article, per quote: pairs of (article, quote) that report the same statement.");
            w.Line("private static readonly int[][][] __variants = new int[][][]");
            w.Line("{");
            foreach (var a in spec.Articles)
            {
                w.Begin("    new int[][] {");
                var first = true;
                foreach (var refs in a.QuoteVariants)
                {
                    var flat = new List<int>();
                    foreach (var r in refs)
                    {
                        flat.Add(r.Article);
                        flat.Add(r.Quote);
                    }
                    w.Append(first ? " " : ", ").Append(IntArray(flat));
                    first = false;
                }
                w.End(" },");
            }
            w.Line("};");
            w.Line();
            w.Summary("The speaker of a quote, or null.");
            w.Line("internal static Participant? __SpeakerOf(int article, int quote)");
            w.Line("{");
            w.Line("    var index = __speakers[article][quote];");
            w.Line("    return index < 0 ? null : __Participant(index);");
            w.Line("}");
            w.Line();
            w.Summary("The participants an article involves.");
            w.Line("internal static Participant[] __ParticipantsOf(int article)");
            w.Line("{");
            w.Line("    var indexes = __articleParticipants[article];");
            w.Line("    var result = new Participant[indexes.Length];");
            w.Line("    for (var i = 0; i < result.Length; i++) result[i] = __Participant(indexes[i]);");
            w.Line("    return result;");
            w.Line("}");
            w.Line();
            w.Summary("The variants of a quote in other articles.");
            w.Line("internal static Quote[] __VariantsOf(int article, int quote)");
            w.Line("{");
            w.Line("    var refs = __variants[article][quote];");
            w.Line("    var result = new Quote[refs.Length / 2];");
            w.Line("    for (var i = 0; i < result.Length; i++) result[i] = Articles[refs[2 * i]].Quotes[refs[2 * i + 1]];");
            w.Line("    return result;");
            w.Line("}");
            _ = n;
        }

        /// <summary>The generic and non-generic GetEnumerator of a generated read-only list.</summary>
        private static void WriteEnumerators(SourceWriter w, string elementType, string noun)
        {
            w.Summary("Enumerates the " + noun + " in order.");
            w.Line("public global::System.Collections.Generic.IEnumerator<" + elementType + "> GetEnumerator()");
            w.Line("{");
            w.Line("    for (var i = 0; i < Count; i++) yield return this[i];");
            w.Line("}");
            w.Line();
            w.Summary("Enumerates the " + noun + " in order.");
            w.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
        }

        private static string ArticleDoc(ArticleSummary a)
        {
            var parts = new List<string> { a.Title ?? a.FileName };
            if (a.Date != null) parts.Add(a.Date);
            if (a.Source != null) parts.Add(a.Source);
            if (a.Title != null) parts.Add(a.FileName);
            return string.Join(" \u2014 ", parts);
        }

        private static string ArticleRemarks(ArticleSummary a)
            => a.QuotePreviews.Count == 0 ? string.Empty : "Quotes: " + string.Join(" ", a.QuotePreviews);

        private static string ParticipantDoc(ParticipantModel p)
        {
            var text = p.Name + " (" + p.Kind.ToString().ToLowerInvariant() + ")";
            if (p.Roles.Count > 0) text += ": " + string.Join("; ", p.Roles);
            return text;
        }

        private static string ParticipantRemarks(CorpusSpec spec, ParticipantModel p)
        {
            var parts = new List<string>();
            if (p.Aliases.Count > 0) parts.Add("Also named: " + string.Join(", ", p.Aliases) + ".");
            parts.Add("In " + Count(p.Articles.Count, "article") + ", " + Count(p.Quotes.Count, "quote") + ".");
            return string.Join(" ", parts);
        }

        private static int QuoteTotal(CorpusSpec spec)
        {
            var total = 0;
            foreach (var a in spec.Articles) total += a.QuoteSpeakers.Count;
            return total;
        }

        private static string Count(int n, string noun) => N(n) + " " + noun + (n == 1 ? string.Empty : "s");

        private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

        private static string IntArray(IEnumerable<int> values)
        {
            var sb = new System.Text.StringBuilder("new int[] {");
            var first = true;
            foreach (var v in values)
            {
                sb.Append(first ? " " : ", ").Append(N(v));
                first = false;
            }
            return sb.Append(first ? "}" : " }").ToString();
        }

        private static string StringArray(IEnumerable<string> values)
        {
            var sb = new System.Text.StringBuilder("new string[] {");
            var first = true;
            foreach (var v in values)
            {
                sb.Append(first ? " " : ", ").Append(Literals.String(v));
                first = false;
            }
            return sb.Append(first ? "}" : " }").ToString();
        }
    }
}
