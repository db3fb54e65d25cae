using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Benchmarks.Search;

/// <summary>The searches the benchmark times and the explain verb prints plans for: each asks for the first page of 25.</summary>
internal static class SearchCases
{
    public static readonly string[] Names = ["No filter", "Name search", "Specialty subtree", "Credential valid on date", "Max rate", "Combined"];

    public static ExpertSearch For(string name, Guid medicine, Guid medicineArea1) => name switch
    {
        "No filter" => new ExpertSearch(),
        // A surname that about one expert in sixty carries, typed without its accents and in capitals.
        "Name search" => new ExpertSearch { Q = "WOJCIK" },
        // Medicine and everything below it: about a fifth of the registry.
        "Specialty subtree" => new ExpertSearch { SpecialtyId = medicine },
        "Credential valid on date" => new ExpertSearch { CredentialKind = CredentialKind.MedicalLicense, ValidOn = SearchDataSet.Today },
        "Max rate" => new ExpertSearch { Activity = Activity.Review, MaxRate = 120m, Currency = "USD", ValidOn = SearchDataSet.Today },
        "Combined" => new ExpertSearch
        {
            SpecialtyId = medicineArea1, Status = ExpertStatus.Active, Language = "en", CredentialKind = CredentialKind.MedicalLicense,
            ValidOn = SearchDataSet.Today, Activity = Activity.Review, MaxRate = 200m, Currency = "USD", Sort = ExpertSort.Rate,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown search case."),
    };
}
