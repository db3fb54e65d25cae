using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>Opens a staffing request on an active project; the request's own rules (seats, window, rates) are the domain's.</summary>
public sealed class OpenStaffingRequestHandler(IAppDbContext db, IClock clock, ICurrentActor actor)
{
    /// <returns>The new request's id.</returns>
    public async Task<Guid> HandleAsync(OpenStaffingRequestInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.ProjectId, cancellationToken)
                      ?? throw Refusal.Invalid("That project does not exist any more; choose another.", nameof(input.ProjectId));
        if (project.Status != ProjectStatus.Active)
            throw Refusal.Invalid($"The project {project.Name} is {project.Status.ToString().ToLowerInvariant()}; staffing requests are opened on active projects.", nameof(input.ProjectId));
        var specialty = await db.Specialties.AsNoTracking().SingleOrDefaultAsync(s => s.Id == input.SpecialtyId, cancellationToken)
                        ?? throw Refusal.Invalid("That specialty does not exist any more; choose another.", nameof(input.SpecialtyId));
        var narrowedTo = input.SubspecialtyIds.Distinct().Where(id => id != specialty.Id).ToList();
        if (narrowedTo.Count > 0)
        {
            var found = await db.Specialties.AsNoTracking().Where(s => narrowedTo.Contains(s.Id))
                .Select(s => new { s.Id, s.Name, s.Path }).ToListAsync(cancellationToken);
            if (found.Count < narrowedTo.Count)
                throw Refusal.Invalid("A chosen subspecialty does not exist any more; choose again.", nameof(input.SubspecialtyIds));
            var outside = found.Where(s => !s.Path.StartsWith(specialty.Path, StringComparison.Ordinal)).Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
            if (outside.Count > 0)
                throw Refusal.Invalid($"{string.Join(", ", outside)} {(outside.Count == 1 ? "is" : "are")} not under {specialty.Name}; choose subspecialties of the chosen specialty.", nameof(input.SubspecialtyIds));
        }
        if (input.EndsOn < input.StartsOn)
            throw Refusal.Invalid("The last day must be on or after the first day.", nameof(input.EndsOn));

        var request = StaffingRequest.Open(
            project.Id, input.Title, specialty.Id, narrowedTo, input.RequiredCredentialKinds, input.LanguageCodes(), input.Activity!.Value,
            input.Seats!.Value, input.HoursPerWeek!.Value, new DateRange(input.StartsOn!.Value, input.EndsOn!.Value),
            new Money(input.MaxHourlyPayRate!.Value, input.Currency.Trim().ToUpperInvariant()), input.OfferResponseHours,
            input.AutoBackfill, input.WaveSize, clock.UtcNow, actor.Name);
        db.StaffingRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }
}
