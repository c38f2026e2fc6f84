using Corpus.Extraction.Model;
using Corpus.Generator.Pipeline;

namespace Corpus.Generator.Emit
{
    /// <summary>
    /// Emits one article's data: its original text as a UTF-8 literal (stored as data, not in the
    /// 16 MB user-string heap, and decoded only when first used) and span tables into it.
    /// Depends only on the article and the settings, so editing one article re-emits one file.
    /// </summary>
    internal static class ArticleEmitter
    {
        public static string BucketHintName(GeneratorSettings settings, ArticleBucket bucket)
            => settings.ClassName + ".Articles." + bucket.Index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

        /// <summary>One article's data in a file of its own.</summary>
        public static string Emit(GeneratorSettings settings, ArticleResult article) => EmitBucket(settings, new[] { ArticleClass(article) });

        /// <summary>One article's private data class, indented for the corpus class, for <see cref="EmitBucket"/>.</summary>
        public static string ArticleClass(ArticleResult article)
        {
            var w = new SourceWriter(indent: 1);
            WriteArticle(w, article);
            return w.ToString();
        }

        /// <summary>The data classes of every article of a bucket, in one file.</summary>
        public static string EmitBucket(GeneratorSettings settings, System.Collections.Generic.IReadOnlyList<string> articleClasses)
        {
            var w = new SourceWriter();
            FileHeader.Write(w, settings.Namespace);
            w.Open("static partial class " + settings.ClassName);
            for (var i = 0; i < articleClasses.Count; i++)
            {
                if (i > 0) w.Line();
                w.Raw(articleClasses[i]);
            }
            w.Close();
            return w.ToString();
        }

        private static void WriteArticle(SourceWriter w, ArticleResult article)
        {
            var model = article.Model;
            w.Line("/// <summary>Data of the article file " + Literals.XmlDoc(model.Path) + ".</summary>");
            w.Line(FileHeader.GeneratedCodeAttribute);
            w.Open("private static class " + article.DataKey);
            w.Line("/// <summary>The original text of the file, UTF-8.</summary>");
            w.Line("private static global::System.ReadOnlySpan<byte> Utf8 => " + Literals.Utf8(model.Text) + ";");
            w.Line();

            w.Line("/// <summary>Per paragraph: start, length (UTF-16) and 1-based line.</summary>");
            WriteSpans(w, "Paragraphs", model.Paragraphs);
            w.Line("/// <summary>Per heading line: start, length (UTF-16) and 1-based line.</summary>");
            WriteSpans(w, "Headings", model.Headings);

            w.Line("/// <summary>Per quote: segment count, fragment flag, then start, length, line, column per segment.</summary>");
            w.Begin("private static readonly int[] Quotes = new int[] {");
            var first = true;
            foreach (var q in model.Quotes)
            {
                w.Append(first ? " " : ", ").Append(q.Segments.Count).Append(", ").Append(q.IsFragment ? 1 : 0);
                foreach (var s in q.Segments)
                {
                    w.Append(", ").Append(s.Start).Append(", ").Append(s.Length).Append(", ").Append(s.Line).Append(", ").Append(s.Column);
                }
                first = false;
            }
            w.End(" };");
            w.Line();

            w.Line("/// <summary>Creates the article object; the text is decoded on first use.</summary>");
            w.Line("internal static Article Create(int index, string id)");
            w.Line("    => new Article(index, id, " + Literals.String(model.FileName) + ", " + Literals.String(model.Title) + ", " + DateLiteral(model.Date) + ", " + Literals.String(model.Source) + ",");
            w.Line("        static () => global::System.Text.Encoding.UTF8.GetString(Utf8), Paragraphs, Quotes, Headings);");
            w.Close();
        }

        private static void WriteSpans(SourceWriter w, string name, EquatableArray<ParagraphSpec> spans)
        {
            w.Begin("private static readonly int[] " + name + " = new int[] {");
            var first = true;
            foreach (var p in spans)
            {
                w.Append(first ? " " : ", ").Append(p.Span.Start).Append(", ").Append(p.Span.Length).Append(", ").Append(p.Span.Line);
                first = false;
            }
            w.End(" };");
        }

        private static string DateLiteral(string? iso)
        {
            if (iso is null || iso.Length != 10) return "null";
            return "new global::System.DateOnly(" + Number(iso.Substring(0, 4)) + ", " + Number(iso.Substring(5, 2)) + ", " + Number(iso.Substring(8, 2)) + ")";
        }

        private static string Number(string digits)
            => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
