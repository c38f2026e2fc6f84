using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Diagnostics
{
    /// <summary>
    /// A location as plain data, so pipeline models stay equatable and never hold a <see cref="Location"/>
    /// (pattern from NetEscapades.EnumGenerators). Lines and columns are 1-based here, as the engine's.
    /// </summary>
    internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
    {
        public Location ToLocation()
            => Location.Create(
                FilePath,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(Line - 1, Column - 1), new LinePosition(EndLine - 1, EndColumn - 1)));
    }
}
