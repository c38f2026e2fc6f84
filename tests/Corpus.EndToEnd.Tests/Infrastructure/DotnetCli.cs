using System.Diagnostics;
using System.Text;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs the real <c>dotnet</c> as a child process with a clean, quiet environment, captures its output,
/// and kills the whole process tree when it runs past the timeout.
/// </summary>
public static class DotnetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Arguments every build gets: quiet, but warnings and errors still printed, no lingering nodes.</summary>
    public static readonly string[] QuietBuildArguments = ["--nologo", "-v:q", "-tl:off", "-nodeReuse:false"];

    public static string Executable { get; } = FindDotnet();

    public static async Task<CommandResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var args = arguments.ToList();
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        PrepareEnvironment(start.Environment);
        if (environment != null)
        {
            foreach (var (key, value) in environment) start.Environment[key] = value;
        }

        var output = new StringBuilder();
        void Append(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
        }

        var commandLine = "dotnet " + string.Join(" ", args.Select(a => a.Contains(' ') ? "\"" + a + "\"" : a));
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using (var cts = new CancellationTokenSource(timeout ?? DefaultTimeout))
        {
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                process.WaitForExit(10_000);
            }
        }
        clock.Stop();

        string text;
        lock (output) text = output.ToString();
        var result = new CommandResult(commandLine, workingDirectory, timedOut ? -1 : process.ExitCode, timedOut, text, clock.Elapsed);
        Trace(result);
        return result;
    }

    /// <summary>With CORPUS_E2E_TRACE=path, appends one line per command (duration, exit code, command) to that file.</summary>
    private static void Trace(CommandResult result)
    {
        var path = Environment.GetEnvironmentVariable("CORPUS_E2E_TRACE");
        if (string.IsNullOrEmpty(path)) return;
        var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {result.Duration.TotalSeconds,6:F1}s exit {result.ExitCode,3}  {result.CommandLine}  (in {result.WorkingDirectory}){Environment.NewLine}";
        lock (TraceLock) File.AppendAllText(path, line);
    }

    private static readonly object TraceLock = new();

    /// <summary>
    /// The child must not inherit the MSBuild state of the test host (dotnet test sets MSBuild* variables
    /// that point at its own evaluation), must not print banners, and must speak English.
    /// </summary>
    private static void PrepareEnvironment(IDictionary<string, string?> env)
    {
        foreach (var key in env.Keys.ToList())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.Equals("NUGET_PACKAGES", StringComparison.OrdinalIgnoreCase))
            {
                env.Remove(key);
            }
        }
        env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        env["DOTNET_NOLOGO"] = "1";
        env["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        env["DOTNET_CLI_UI_LANGUAGE"] = "en";
        env["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true";
        env["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        env["MSBUILDDISABLENODEREUSE"] = "1";
    }

    private static string FindDotnet()
    {
        // dotnet test sets DOTNET_HOST_PATH to the muxer that runs it: use the same dotnet.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return name;
    }
}
