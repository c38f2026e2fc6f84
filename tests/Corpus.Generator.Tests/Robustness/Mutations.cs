using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Corpus.Generator.Tests.Robustness;

/// <summary>Random damage to real article text: what scrapers, encoders and editors do to news.</summary>
public static class Mutations
{
    private static readonly string[] Marks = ["\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\"\"\"", "\u201C\u201C\u201C"];
    private static readonly string[] Damage = ["\0", "\u0001", "\u001B", "\u202E", "\u200B", "\uFFFD", "\uD800", "\uDC00", "\u2028", "\r", "\r\n", "\n\n", "\\", "{", "}", "*/", "#if X", "\u00E2\u20AC\u2122", "\t"];

    public static Gen<string> Mutate(string text)
    {
        var one = Gen.OneOf(
            from p in Gen.Choose(0, text.Length) from m in Gen.Elements(Marks) select (Func<string, string>)(t => Insert(t, p, m)),
            from p in Gen.Choose(0, text.Length) from d in Gen.Elements(Damage) select (Func<string, string>)(t => Insert(t, p, d)),
            from p in Gen.Choose(0, text.Length) select (Func<string, string>)(t => t.Substring(0, Math.Min(p, t.Length))),
            from p in Gen.Choose(0, text.Length) from n in Gen.Choose(1, 400) select (Func<string, string>)(t => Delete(t, p, n)),
            from k in Gen.Choose(0, 40) select (Func<string, string>)(t => DuplicateLine(t, k)),
            from k in Gen.Choose(1, 30) select (Func<string, string>)(t => string.Concat(Enumerable.Repeat(t, Math.Min(k, 3)))),
            from p in Gen.Choose(0, text.Length) from n in Gen.Choose(1, 50) from m in Gen.Elements(Marks) select (Func<string, string>)(t => Insert(t, p, string.Concat(Enumerable.Repeat(m, n)))));
        return from edits in Gen.ListOf(one, 4)
               from count in Gen.Choose(1, 4)
               select edits.Take(count).Aggregate(text, (t, edit) => edit(t));
    }

    private static string Insert(string text, int position, string value)
    {
        position = Math.Min(position, text.Length);
        return text.Substring(0, position) + value + text.Substring(position);
    }

    private static string Delete(string text, int position, int length)
    {
        position = Math.Min(position, text.Length);
        length = Math.Min(length, text.Length - position);
        return text.Remove(position, length);
    }

    private static string DuplicateLine(string text, int k)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0) return text;
        var i = k % lines.Count;
        lines.Insert(i, lines[i]);
        return string.Join("\n", lines);
    }
}
