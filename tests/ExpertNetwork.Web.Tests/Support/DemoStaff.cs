using ExpertNetwork.TestSupport;

namespace ExpertNetwork.Web.Tests.Support;

/// <summary>The staff users the demo seed creates, all with <see cref="ExpertNetworkAppFactory.DemoPassword"/>.</summary>
public static class DemoStaff
{
    public const string Admin = "admin@demo.local";
    public const string ProgramManager = "pm@demo.local";
    public const string Compliance = "compliance@demo.local";
    public const string Finance = "finance@demo.local";
    public const string Password = ExpertNetworkAppFactory.DemoPassword;
}
