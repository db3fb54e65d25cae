using ExpertNetwork.Domain.Common;
using System.Runtime.CompilerServices;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>The folder holding ExpertNetwork.sln.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "ExpertNetwork.sln";

    /// <summary>
    /// Walks up from the test binaries; when they were built outside the repository (<c>--artifacts-path</c>), walks up
    /// from where this source file was compiled instead.
    /// </summary>
    public static string Locate([CallerFilePath] string sourceFile = "") =>
        FindFrom(AppContext.BaseDirectory) ?? FindFrom(Path.GetDirectoryName(sourceFile))
        ?? throw new DirectoryNotFoundException($"No {SolutionFile} above {AppContext.BaseDirectory} or {sourceFile}.");

    private static string? FindFrom(string? directory)
    {
        for (var current = directory is null ? null : new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, SolutionFile)))
                return current.FullName;
        }
        return null;
    }
}
