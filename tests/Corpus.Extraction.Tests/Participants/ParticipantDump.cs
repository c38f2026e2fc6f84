using Corpus.Extraction.CorpusMerge;
using Corpus.Extraction.Model;
using Corpus.Extraction.Participants;

namespace Corpus.Extraction.Tests.Participants;

/// <summary>Helpers that render what the finder saw, for test output and failure messages.</summary>
internal static class ParticipantDump
{
    public static string Describe(ArticleModel article)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var e in article.Entities)
            sb.Append(e.Kind).Append(": ").Append(e.Name).Append(" aliases=[").Append(string.Join(", ", e.Aliases)).Append("] roles=[").Append(string.Join(", ", e.Roles)).Append("] mentions=").Append(e.Mentions.Count).AppendLine();
        return sb.ToString();
    }

    public static string Describe(CorpusModel corpus)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var p in corpus.Participants)
            sb.Append(p.Kind).Append(": ").Append(p.Name).Append(" aliases=[").Append(string.Join(", ", p.Aliases)).Append("] roles=[").Append(string.Join(", ", p.Roles)).Append("] articles=[").Append(string.Join(",", p.Articles)).Append(']').AppendLine();
        return sb.ToString();
    }

    public static string Mentions(string text, ParticipantExtraction x)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var m in x.Mentions)
            sb.Append(m.Form).Append(' ').Append(x.Entities[m.EntityIndex].Name).Append(" <- '").Append(text.Substring(m.Start, m.Length)).AppendLine("'");
        return sb.ToString();
    }
}
