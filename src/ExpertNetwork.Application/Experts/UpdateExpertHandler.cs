using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>A profile edit made on the version the editor read; only Compliance and Admins may change the email address.</summary>
public sealed record UpdateExpertCommand(Guid ExpertId, int ExpectedVersion, ExpertProfileInput Profile, bool MayChangeEmail);

/// <summary>
/// Edits an expert's profile, languages and specialties. The caller says which version it edited; when someone else
/// saved in between, nothing is saved and <see cref="Refusal"/> says so.
/// The email address is where offers, NDAs and sign-in links go, so only those who vet experts (Compliance, Admin) may
/// change it: the caller says whether this actor may. A change is audited and the old address is told, in the same
/// unit of work, so an address swapped without the expert knowing does not go unnoticed.
/// </summary>
public sealed class UpdateExpertHandler(IAppDbContext db, IEmailOutbox outbox, ITemplateRenderer templates, IClock clock, ComplianceOptions compliance)
{
    public const string EmailChangedTemplate = "emails/expert-email-changed";

    /// <returns>The expert's version after the edit.</returns>
    public async Task<int> HandleAsync(UpdateExpertCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var expertId = command.ExpertId;
        var expectedVersion = command.ExpectedVersion;
        var input = command.Profile;
        var mayChangeEmail = command.MayChangeEmail;
        ArgumentNullException.ThrowIfNull(input);
        var expert = await ExpertLoading.LoadForEditAsync(db, expertId, expectedVersion, cancellationToken);
        var previousEmail = expert.Email;
        var emailChanges = !string.Equals(Emails.Normalize(input.Email), previousEmail, StringComparison.Ordinal);
        if (emailChanges && !mayChangeEmail)
            throw Refusal.Invalid(
                $"Only Compliance or an Admin may change an expert's email address. It stays {previousEmail}: put that address back to save your other changes.");
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

        if (emailChanges)
            TellPreviousAddress(expert, previousEmail);

        try
        {
            await ExpertEmails.SaveAsync(db, input.Email, expertId, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("This expert");
        }
        return expert.Version;
    }

    private void TellPreviousAddress(Expert expert, string previousEmail)
    {
        var mail = templates.RenderEmail(EmailChangedTemplate, new
        {
            expert = new { name = expert.FullName },
            email = new { previous = previousEmail, current = expert.Email, changedAt = DateOnly.FromDateTime(clock.UtcNow) },
            sender = new { name = compliance.SenderName, contactEmail = compliance.ContactEmail },
        });
        outbox.Enqueue(new EmailMessage(previousEmail, expert.FullName, mail.Subject, mail.Html, mail.Text));
    }
}
