namespace ExpertNetwork.Web.Tests.Support;

/// <summary>What an operator sees after running a command: the exit code and what it printed.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}{Environment.NewLine}stderr:{Environment.NewLine}{Error}";
}
