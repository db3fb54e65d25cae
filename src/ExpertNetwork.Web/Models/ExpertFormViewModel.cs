using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Web.Models;

/// <summary>The create/edit expert form: the profile plus what the page needs to offer choices.</summary>
public sealed class ExpertFormViewModel
{
    public Guid? Id { get; set; }

    /// <summary>The version the form was opened on; a save from a stale copy is refused.</summary>
    public int Version { get; set; }

    public ExpertProfileInput Input { get; set; } = new();

    /// <summary>Languages as typed: ISO codes separated by commas or spaces ("en, de").</summary>
    [StringLength(200, ErrorMessage = "List at most a few languages.")]
    [RegularExpression(@"^[A-Za-z]{2,3}([\s,;]+[A-Za-z]{2,3})*[\s,;]*$", ErrorMessage = "Enter languages as ISO codes separated by commas, for example en, de, pl.")]
    public string? LanguagesText { get; set; }

    /// <summary>Current employers and affiliations as typed, one per line.</summary>
    [StringLength(4000, ErrorMessage = "The employers list is too long.")]
    public string? EmployersText { get; set; }

    public IReadOnlyList<SpecialtyOption> Specialties { get; set; } = [];

    public IReadOnlyList<string> TimeZones { get; set; } = [];

    /// <summary>False for a program manager editing an existing expert: the email is shown, not editable (set by the controller from the policy).</summary>
    public bool MayChangeEmail { get; set; } = true;

    public static IReadOnlyList<string> ParseLanguages(string? text) =>
        (text ?? string.Empty).Split([',', ';', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

    public static List<string> ParseEmployers(string? text) =>
        (text ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Every IANA zone the server knows, for the time-zone select.</summary>
    public static IReadOnlyList<string> IanaTimeZones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId && z.Id.Contains('/', StringComparison.Ordinal))
        .Select(z => z.Id).Append("UTC").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>The status buttons' forms post the change and, for suspend and archive, a reason.</summary>
public sealed class StatusChangeForm
{
    public int Version { get; set; }

    [StringLength(TextLimits.Reason, ErrorMessage = "The reason must be at most {1} characters.")]
    public string? Reason { get; set; }
}
