using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Experts;

/// <summary>
/// Edits an expert's profile, languages and specialties. The caller says which version it edited; when someone else
/// saved in between, nothing is saved and <see cref="StaleEditException"/> says so.
/// </summary>
public sealed class UpdateExpertHandler(IAppDbContext db)
{
    /// <returns>The expert's version after the edit.</returns>
    public async Task<int> HandleAsync(Guid expertId, int expectedVersion, ExpertProfileInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var expert = await ExpertLoading.LoadForEditAsync(db, expertId, expectedVersion, cancellationToken);
        await ExpertEmails.EnsureFreeAsync(db, input.Email, expertId, cancellationToken);
        await ExpertSpecialties.EnsureExistAsync(db, input.SpecialtyIds, cancellationToken);

        expert.UpdateProfile(input.FullName, input.Email, input.Phone, input.CountryCode, input.TimeZoneId, input.YearsOfExperience, input.Headline, input.Notes);
        if (expert.WeeklyCapacityHours != input.WeeklyCapacityHours)
            expert.SetWeeklyCapacity(input.WeeklyCapacityHours);
        var languages = input.Languages.Select(l => l.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (!languages.SetEquals(expert.Languages.Select(l => l.Code)))
            expert.SetLanguages(input.Languages);
        if (!input.SpecialtyIds.ToHashSet().SetEquals(expert.Specialties.Select(s => s.SpecialtyId)))
            expert.SetSpecialties(input.SpecialtyIds);
        if (input.Employers is { } employers && !employers.Select(e => e.Trim()).Where(e => e.Length > 0)
                .SequenceEqual(expert.Employers.Select(x => x.Name)))
            expert.SetEmployers(employers);

        try
        {
            await ExpertEmails.SaveAsync(db, input.Email, expertId, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleEditException("This expert");
        }
        return expert.Version;
    }
}
