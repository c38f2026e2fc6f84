using System.Text;

namespace Corpus.Generator.Emit
{
    /// <summary>A StringBuilder with indentation; always writes '\n' so output is the same on every OS.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _sb = new StringBuilder();
        private int _indent;

        public SourceWriter(int indent = 0) => _indent = indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
            _sb.Append('\n');
            return this;
        }

        /// <summary>Starts a line with indentation and leaves it open for <see cref="Append"/>.</summary>
        public SourceWriter Begin(string text = "")
        {
            _sb.Append(' ', _indent * 4).Append(text);
            return this;
        }

        /// <summary>Appends text already written with the right indentation (a block from another writer).</summary>
        public SourceWriter Raw(string text)
        {
            _sb.Append(text);
            return this;
        }

        public SourceWriter Append(string text)
        {
            _sb.Append(text);
            return this;
        }

        public SourceWriter Append(int value)
        {
            _sb.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return this;
        }

        public SourceWriter End(string text = "")
        {
            _sb.Append(text).Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
            return this;
        }

        /// <summary>A one-line XML doc summary (text is escaped here).</summary>
        public SourceWriter Summary(string text)
        {
            Line("/// <summary>" + Literals.XmlDoc(text) + "</summary>");
            return this;
        }

        public override string ToString() => _sb.ToString();
    }
}
