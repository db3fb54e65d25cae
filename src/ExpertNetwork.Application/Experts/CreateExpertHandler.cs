using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

public sealed record CreateExpertCommand(ExpertProfileInput Profile);

/// <summary>Registers a new applicant with the profile, languages and specialties given.</summary>
public sealed class CreateExpertHandler(IAppDbContext db, IClock clock)
{
    /// <returns>The new expert's id.</returns>
    public async Task<Guid> HandleAsync(CreateExpertCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var input = command.Profile;
        ArgumentNullException.ThrowIfNull(input);
        await ExpertEmails.EnsureFreeAsync(db, input.Email, null, cancellationToken);
        await ExpertSpecialties.EnsureExistAsync(db, input.SpecialtyIds, cancellationToken);

        var expert = Expert.Register(input.FullName, input.Email, input.CountryCode, input.TimeZoneId, input.YearsOfExperience,
            input.WeeklyCapacityHours, clock.UtcNow);
        if (input.Phone is not null || input.Headline is not null || input.Notes is not null)
            expert.UpdateProfile(input.FullName, input.Email, input.Phone, input.CountryCode, input.TimeZoneId, input.YearsOfExperience, input.Headline, input.Notes);
        expert.SetLanguages(input.Languages);
        expert.SetSpecialties(input.SpecialtyIds);
        if (input.Employers is { Count: > 0 } employers)
            expert.SetEmployers(employers);
        db.Experts.Add(expert);
        await ExpertEmails.SaveAsync(db, input.Email, expert.Id, cancellationToken);
        return expert.Id;
    }
}
