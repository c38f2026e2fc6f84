using System.Security;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A throw-away SDK project that references the packed Corpus.Generator with a plain PackageReference,
/// the way a user would. Tests add corpus files and code, then build and run it with the real dotnet.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackageFeedFixture _feed;
    private readonly List<string> _properties = [];
    private readonly List<string> _items = [];

    public ConsumerProject(PackageFeedFixture feed, string directory, string name, string outputType = "Exe")
    {
        _feed = feed;
        Directory = directory;
        Name = name;
        OutputType = outputType;
        System.IO.Directory.CreateDirectory(directory);
    }

    /// <summary>A consumer in a new folder of its own.</summary>
    public static ConsumerProject Create(PackageFeedFixture feed, string name, string outputType = "Exe")
    {
        var folder = feed.NewConsumerDirectory(name);
        return new ConsumerProject(feed, Path.Combine(folder, name), name, outputType);
    }

    public string Directory { get; }

    public string Name { get; }

    public string OutputType { get; }

    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    public string OutputAssembly => Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");

    /// <summary>Sets an MSBuild property in the project file.</summary>
    public ConsumerProject Property(string name, string value)
    {
        _properties.Add($"    <{name}>{SecurityElement.Escape(value)}</{name}>");
        return this;
    }

    /// <summary>Adds raw XML (an item) to the project file's item group.</summary>
    public ConsumerProject Item(string xml)
    {
        _items.Add("    " + xml);
        return this;
    }

    public ConsumerProject ProjectReference(ConsumerProject other)
        => Item($"<ProjectReference Include=\"{SecurityElement.Escape(other.ProjectPath)}\" />");

    /// <summary>Writes a file under the project folder (e.g. <c>corpus/a.txt</c>, <c>Program.cs</c>).</summary>
    public ConsumerProject File(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Writes an article: one paragraph per line, as in the corpus format.</summary>
    public ConsumerProject Article(string relativePath, params string[] lines)
        => File(relativePath, string.Join("\n", lines) + "\n");

    /// <summary>
    /// Writes the .csproj: a console app (or library) with nothing but the package and the test's settings.
    /// An unchanged project file is not touched, so that a second build is a true incremental build
    /// (a newer project file alone would make MSBuild recompile).
    /// </summary>
    public ConsumerProject WriteProjectFile()
    {
        var properties = string.Join("\n", _properties);
        var items = string.Join("\n", _items);
        var content = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{OutputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageFeedFixture.PackageId}" Version="{_feed.Version}" />
            {items}
              </ItemGroup>
            </Project>
            """;
        if (!System.IO.File.Exists(ProjectPath) || System.IO.File.ReadAllText(ProjectPath) != content)
        {
            System.IO.File.WriteAllText(ProjectPath, content);
        }
        return this;
    }

    /// <summary>Restores and builds the project (writing the project file first); the log holds warnings and errors.</summary>
    public Task<CommandResult> BuildAsync(params string[] extraArguments)
    {
        WriteProjectFile();
        return DotnetCli.RunAsync(Directory, ["build", ProjectPath, .. DotnetCli.QuietBuildArguments, .. extraArguments], _feed.ConsumerEnvironment);
    }

    /// <summary>Runs the built program directly (no second evaluation as <c>dotnet run</c> would do).</summary>
    public Task<CommandResult> RunAsync()
        => DotnetCli.RunAsync(Directory, [OutputAssembly], _feed.ConsumerEnvironment, TimeSpan.FromMinutes(1));
}
