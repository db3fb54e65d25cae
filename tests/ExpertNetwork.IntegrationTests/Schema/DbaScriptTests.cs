using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ExpertNetwork.IntegrationTests.Schema;

/// <summary>
/// db/scripts holds the idempotent SQL that DBAs apply by hand. These tests fail when the scripts no longer match the
/// migrations; with EXPERTNETWORK_UPDATE_SCRIPTS=1 they rewrite them instead.
/// </summary>
public sealed class DbaScriptTests
{
    public const string UpdateVariable = "EXPERTNETWORK_UPDATE_SCRIPTS";

    [Theory]
    [InlineData(DatabaseProvider.SqlServer, "sqlserver.sql")]
    [InlineData(DatabaseProvider.PostgreSql, "postgresql.sql")]
    public async Task The_committed_script_is_the_one_the_migrations_generate(DatabaseProvider provider, string fileName)
    {
        var generated = Generate(provider);
        var path = Path.Combine(RepositoryRoot.Locate(), "db", "scripts", fileName);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, generated, TestContext.Current.CancellationToken);
            return;
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing. {HowToRefresh}");
        var committed = Normalize(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        if (committed != generated)
            Assert.Fail($"db/scripts/{fileName} does not match the {provider} migrations (first difference on line {FirstDifferentLine(committed, generated)}). {HowToRefresh}");
    }

    /// <summary>The idempotent script for a provider, with LF line endings (what the repository keeps, see .editorconfig).</summary>
    public static string Generate(DatabaseProvider provider)
    {
        using var db = DesignTimeContexts.Create(provider);
        return Normalize(db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));
    }

    private const string HowToRefresh =
        $"Regenerate the scripts with: {UpdateVariable}=1 dotnet test tests/ExpertNetwork.IntegrationTests --filter \"FullyQualifiedName~DbaScriptTests\"";

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");

    private static int FirstDifferentLine(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
            line++;
        return line + 1;
    }
}
