using ExpertNetwork.Domain.Administration;
using Microsoft.Extensions.Configuration;

namespace ExpertNetwork.Infrastructure.Identity;

/// <summary>The Security section: which roles must sign in with a second factor, and how soon a changed account ends its sessions.</summary>
public sealed class SecurityOptions
{
    public static readonly IReadOnlyList<string> DefaultTwoFactorRoles = [StaffRoles.Admin, StaffRoles.Finance];

    public IReadOnlyList<string> RequireTwoFactorRoles { get; init; } = DefaultTwoFactorRoles;

    /// <summary>How often a staff cookie is checked against its account (disabled, password or factor changed).</summary>
    public TimeSpan SessionCheckInterval { get; init; } = TimeSpan.FromMinutes(1);

    public bool RequiresTwoFactor(IEnumerable<string> roles) => roles.Any(r => RequireTwoFactorRoles.Contains(r, StringComparer.Ordinal));

    /// <summary>
    /// Reads Security:RequireTwoFactorRoles (a list, or one comma-separated value; an empty value requires it of nobody)
    /// and Security:SessionCheckSeconds. Throws <see cref="InvalidOperationException"/> with the fix for a value that cannot work.
    /// </summary>
    public static SecurityOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Security:RequireTwoFactorRoles");
        IReadOnlyList<string> roles = DefaultTwoFactorRoles;
        if (section.Exists())
        {
            var listed = section.GetChildren().Select(c => c.Value ?? string.Empty).ToList();
            if (listed.Count == 0)
                listed = (section.Value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            var parsed = new List<string>();
            foreach (var role in listed.Where(r => r.Trim().Length > 0))
            {
                parsed.Add(StaffRoles.Parse(role)
                    ?? throw new InvalidOperationException($"Security:RequireTwoFactorRoles lists '{role}', which is not a role. Use some of: {string.Join(", ", StaffRoles.All)}, or leave it empty."));
            }
            roles = parsed.Distinct().ToList();
        }
        var seconds = configuration.GetValue("Security:SessionCheckSeconds", 60);
        if (seconds is < 0 or > 60)
            throw new InvalidOperationException($"Security:SessionCheckSeconds is {seconds}. Use 0 to 60 seconds, so a disabled user's session ends within a minute.");
        return new SecurityOptions { RequireTwoFactorRoles = roles, SessionCheckInterval = TimeSpan.FromSeconds(seconds) };
    }
}
