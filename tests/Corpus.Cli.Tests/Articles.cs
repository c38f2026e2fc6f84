namespace Corpus.Cli.Tests;

/// <summary>Hand-made article texts used across tests.</summary>
public static class Articles
{
    public const string Title = "Harbour reopens after the storms";

    public const string First = "The harbour reopened on Monday after three weeks of winter storms, the port authority said.";

    public const string Second = "The new ferry timetable starts in May and adds two evening crossings.";

    /// <summary>Title, blank line, then three paragraphs on lines 3-5; line 5 repeats line 3 (CORPUS004).</summary>
    public const string WithRepeat = Title + "\n\n" + First + "\n" + Second + "\n" + First + "\n";

    /// <summary>Two paragraphs, nothing to report.</summary>
    public const string Clean = "Schools in the valley will open an hour later from next week, the council announced.\nParents welcomed the change at a meeting on Thursday evening.\n";
}
