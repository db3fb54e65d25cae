using Xunit;

namespace ExpertNetwork.TestSupport;

/// <summary>
/// Suites that need PostgreSQL or Chromium say so and skip when it is missing, unless
/// EXPERTNETWORK_REQUIRE_ALL_SUITES=1 (as in CI), where a missing dependency fails the run instead.
/// </summary>
public static class SuiteRequirements
{
    public const string RequireAllVariable = "EXPERTNETWORK_REQUIRE_ALL_SUITES";

    public static bool RequireAll => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    public static void Missing(string what)
    {
        if (RequireAll)
            Assert.Fail($"{what} ({RequireAllVariable}=1 makes this a failure rather than a skip).");
        Assert.Skip($"{what}. Install it to run this suite.");
    }
}
