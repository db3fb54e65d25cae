using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Application.Clients;
using ExpertNetwork.Application.Experts;

namespace ExpertNetwork.Web.Models;

/// <summary>The create/edit client form.</summary>
public sealed class ClientFormViewModel
{
    public Guid? Id { get; set; }

    /// <summary>The version the form was opened on; a save from a stale copy is refused.</summary>
    public int Version { get; set; }

    public ClientInput Input { get; set; } = new();

    /// <summary>Restricted companies as typed, one per line.</summary>
    [StringLength(50_000, ErrorMessage = "The restricted company list is too long.")]
    public string? RestrictedCompaniesText { get; set; }

    public static List<string> ParseLines(string? text) =>
        (text ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}

/// <summary>The create/edit project form: the details plus what the page needs to offer choices.</summary>
public sealed class ProjectFormViewModel
{
    public Guid? Id { get; set; }

    public int Version { get; set; }

    public ProjectInput Input { get; set; } = new();

    /// <summary>The client's name when editing (the client cannot change).</summary>
    public string? ClientName { get; set; }

    public IReadOnlyList<ClientListItem> Clients { get; set; } = [];

    public IReadOnlyList<SpecialtyOption> Specialties { get; set; } = [];

    public IReadOnlyList<string> TimeZones { get; set; } = [];
}
