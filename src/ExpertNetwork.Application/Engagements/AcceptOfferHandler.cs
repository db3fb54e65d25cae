using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Application.Engagements;

public enum AcceptOfferOutcome
{
    Accepted,
    UnknownLink,
    AlreadyAccepted,
    Declined,
    Expired,
    Withdrawn,
    RequestClosed,

    /// <summary>Every seat was taken before this acceptance; the offer is withdrawn as filled.</summary>
    Filled,

    /// <summary>Something the expert submitted is missing or wrong; see the problems. Nothing changed.</summary>
    Invalid,

    /// <summary>The conflict declaration names a restricted company: the declaration is recorded, the offer stays open, nothing else changed.</summary>
    Conflict,

    /// <summary>The expert no longer fits the request (see the reasons); nothing changed.</summary>
    NotEligible,

    /// <summary>The required NDA cannot be shown (no current version published); nothing changed.</summary>
    NdaUnavailable,

    /// <summary>Too many acceptances at the same moment kept colliding with this one; nothing changed, trying again works.</summary>
    Busy,
}

public enum AcceptOfferField
{
    General,
    FullName,
    Consent,
    Contract,
    NdaConsent,
    Nda,
    Conflict,
}

public sealed record AcceptOfferProblem(AcceptOfferField Field, string Message);

public sealed record AcceptOfferResult(AcceptOfferOutcome Outcome, IReadOnlyList<AcceptOfferProblem> Problems, IReadOnlyList<string> Reasons)
{
    public static AcceptOfferResult Of(AcceptOfferOutcome outcome) => new(outcome, [], []);
}

/// <summary>What the expert submitted from the offer page, and where it came from. Employers are one per line.</summary>
public sealed record AcceptOfferCommand(
    string? Token, string? FullName, bool Consent, string? ContractSha256, bool NdaConsent, string? NdaSha256,
    string? Employers, string? OtherInterests, bool ConflictConfirmed, string? IpAddress, string? UserAgent);

/// <summary>
/// The expert accepts from the link, in one unit of work: the NDA shown on the page is signed (when one is needed),
/// the conflict declaration recorded (when the project asks for one), the expert re-checked against the request, a seat
/// taken on the request under its version token, the engagement accepted, the contract PDF with its evidence page
/// stored and the confirmation queued with it attached. When another acceptance saves first the version token refuses
/// this save; the attempt is thrown away (with any files it stored) and the decision is made again on fresh data in a
/// new unit of work, so the last seat is taken once and a double click accepts once.
/// </summary>
public sealed class AcceptOfferHandler(IServiceScopeFactory scopes, IClock clock, StaffingOptions links)
{
    public const string FileArea = "contracts";
    public const string ConfirmationTemplate = "emails/offer-accepted";
    public const string FilledReason = "All seats on the request were filled before this offer was accepted.";

    // Each failed attempt means another acceptance on the same request succeeded, so a request with n open seats
    // settles within n + 1 attempts; the cap only bounds a pathological storm.
    private const int MaxAttempts = 25;

    public async Task<AcceptOfferResult> HandleAsync(AcceptOfferCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.UtcNow;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            // A fresh scope is a fresh unit of work: nothing tracked from a refused save leaks into the next decision.
            await using var scope = scopes.CreateAsyncScope();
            var result = await AttemptAsync(scope.ServiceProvider, command, links.LinkBaseUrl, now, cancellationToken);
            if (result is not null)
                return result;
        }
        return AcceptOfferResult.Of(AcceptOfferOutcome.Busy);
    }

    /// <returns>The decision, or null when another save won the race and the decision must be made again.</returns>
    private static async Task<AcceptOfferResult?> AttemptAsync(IServiceProvider services, AcceptOfferCommand command, Uri appBaseUrl, DateTime now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IAppDbContext>();
        var context = await OfferContext.ForTokenAsync(db, command.Token, tracked: true, cancellationToken);
        if (context is null)
            return AcceptOfferResult.Of(AcceptOfferOutcome.UnknownLink);
        var (engagement, request, project, client, expert) = context;
        switch (context.StateAt(now))
        {
            case OfferLinkState.Accepted:
                return AcceptOfferResult.Of(AcceptOfferOutcome.AlreadyAccepted);
            case OfferLinkState.Declined:
                return AcceptOfferResult.Of(AcceptOfferOutcome.Declined);
            case OfferLinkState.Withdrawn:
                // Offers still out when the last seat went were withdrawn as filled: say that, not just "withdrawn".
                return AcceptOfferResult.Of(engagement.EndReason == FilledReason ? AcceptOfferOutcome.Filled : AcceptOfferOutcome.Withdrawn);
            case OfferLinkState.RequestClosed:
                return AcceptOfferResult.Of(AcceptOfferOutcome.RequestClosed);
            case OfferLinkState.Expired:
                // Records what is already true (the deadline passed); nothing the expert sent is kept.
                if (engagement.ExpireIfDue(now) && !await SavedAsync(db, cancellationToken))
                    return null;
                return AcceptOfferResult.Of(AcceptOfferOutcome.Expired);
            case OfferLinkState.Filled:
                // The offer cannot become acceptable again by itself, so it is closed now rather than left to expire.
                engagement.Withdraw(FilledReason, now);
                return await SavedAsync(db, cancellationToken) ? AcceptOfferResult.Of(AcceptOfferOutcome.Filled) : null;
        }

        var contracts = services.GetRequiredService<IContractDocuments>();
        var ndaDocuments = services.GetRequiredService<INdaDocuments>();
        var problems = new List<AcceptOfferProblem>();
        if (!SignerNames.Matches(expert.FullName, command.FullName))
            problems.Add(new(AcceptOfferField.FullName, string.IsNullOrWhiteSpace(command.FullName)
                ? "Type your full name to accept."
                : "Please type your full name as it appears at the top of this page."));
        if (!command.Consent)
            problems.Add(new(AcceptOfferField.Consent, "Please tick the box to confirm that you accept the engagement on the terms of the contract."));
        var contract = contracts.Render(context.ContractFacts);
        if (!string.Equals(contract.Sha256, command.ContractSha256, StringComparison.OrdinalIgnoreCase))
            problems.Add(new(AcceptOfferField.Contract, "The contract was updated while this page was open. Please read it again below, then accept."));

        var nda = await OfferNda.ForAsync(db, expert.Id, project, engagement.Window.Start, now, tracked: true, cancellationToken);
        NdaAgreementContext? ndaContext = null;
        NdaDocument? ndaDocument = null;
        switch (nda.State)
        {
            case OfferNdaState.Unavailable:
                return AcceptOfferResult.Of(AcceptOfferOutcome.NdaUnavailable);
            case OfferNdaState.ToPrepare:
                problems.Add(new(AcceptOfferField.Nda, "This offer needs an NDA signed with it. Press \"Show the NDA\" to read it, then accept."));
                break;
            case OfferNdaState.ToSign:
                ndaContext = await NdaAgreementContext.ForAsync(db, nda.Agreement!, cancellationToken);
                ndaDocument = ndaDocuments.Render(ndaContext.Template.Body, ndaContext.Facts);
                if (!command.NdaConsent)
                    problems.Add(new(AcceptOfferField.NdaConsent, "Please tick the box to sign the NDA: the offer can only be accepted together with it."));
                if (!string.Equals(ndaDocument.Sha256, command.NdaSha256, StringComparison.OrdinalIgnoreCase))
                    problems.Add(new(AcceptOfferField.Nda, "The NDA was updated while this page was open. Please read it again below, then accept."));
                break;
        }

        var employers = (command.Employers ?? string.Empty)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        if (project.RequiresConflictDeclaration && !command.ConflictConfirmed)
            problems.Add(new(AcceptOfferField.Conflict, "Please complete the conflict-of-interest declaration and tick the box to confirm it."));
        if (problems.Count > 0)
            return new AcceptOfferResult(AcceptOfferOutcome.Invalid, problems, []);

        string conflictNote = "Not required for this project.";
        if (project.RequiresConflictDeclaration)
        {
            ConflictDeclaration declaration;
            try
            {
                declaration = ConflictDeclaration.Declare(engagement.Id, expert.Id, employers, command.OtherInterests, client.RestrictedCompanies, now);
            }
            catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                return new AcceptOfferResult(AcceptOfferOutcome.Invalid, [new(AcceptOfferField.Conflict, ex.Message)], []);
            }
            db.ConflictDeclarations.Add(declaration);
            if (declaration.HasConflict)
            {
                // The declaration is kept as compliance evidence; the engagement, the seat and any NDA stay as they were.
                engagement.MarkOfferOpened(now);
                return await SavedAsync(db, cancellationToken)
                    ? new AcceptOfferResult(AcceptOfferOutcome.Conflict, [], declaration.MatchedRestrictedCompanies)
                    : null;
            }
            conflictNote = $"Declared on acceptance. Employers: {(declaration.Employers.Count == 0 ? "none" : string.Join("; ", declaration.Employers))}. "
                + $"Other interests: {declaration.OtherInterests ?? "none"}. No restricted company of the client named.";
        }

        var whyNot = await services.GetRequiredService<IStaffingFit>().WhyNotAsync(request.Id, expert.Id, cancellationToken);
        if (whyNot.Count > 0)
            return new AcceptOfferResult(AcceptOfferOutcome.NotEligible, [], whyNot);

        var files = services.GetRequiredService<IFileStore>();
        var stored = new List<StoredFile>();
        try
        {
            engagement.MarkOfferOpened(now);
            request.TakeSeat(now);
            engagement.Accept(command.FullName!.Trim(), command.Consent, command.IpAddress, command.UserAgent, contract.Sha256, now);
            var attachments = new List<EmailAttachment>();
            var ndaNote = "An NDA covering this client was already in force.";
            if (ndaContext is not null)
            {
                var (ndaPdf, ndaFile) = await NdaSigning.SignAsync(ndaContext, ndaDocument!, command.FullName!, command.IpAddress, command.UserAgent, ndaDocuments, files, now, cancellationToken);
                stored.Add(ndaFile);
                ndaNote = $"{ndaContext.Template.Name}, version {ndaContext.Template.VersionNumber}, signed in the same visit (agreement {ndaContext.Agreement.Id}; text SHA-256 {ndaDocument!.Sha256}).";
                attachments.Add(new EmailAttachment(SignNdaHandler.SignedFileName(ndaContext.Template.Name), "application/pdf", ndaPdf));
            }
            var pdf = contracts.RenderAccepted(contract, new ContractAcceptanceEvidence(
                engagement.AcceptedByName!, expert.Email, now, expert.TimeZoneId, engagement.AcceptanceIp, engagement.AcceptanceUserAgent, ndaNote, conflictNote));
            StoredFile contractFile;
            using (var content = new MemoryStream(pdf, writable: false))
                contractFile = await files.SaveAsync(FileArea, content, cancellationToken);
            stored.Add(contractFile);
            engagement.AttachContractPdf(contractFile.Key, contractFile.Sha256);
            attachments.Insert(0, new EmailAttachment(ContractFileName(context.Disclosure.Title), "application/pdf", pdf));

            var email = services.GetRequiredService<ITemplateRenderer>().RenderEmail(ConfirmationTemplate, new
            {
                expert = new { name = expert.FullName },
                project = new { title = context.Disclosure.Title, client = context.Disclosure.Client },
                engagement = new
                {
                    startDate = engagement.Window.Start,
                    endDate = engagement.Window.End,
                    rate = engagement.PayRate.Amount,
                    currency = engagement.PayRate.Currency,
                    hoursPerWeek = engagement.HoursPerWeek,
                    acceptedAt = now,
                    timeZone = expert.TimeZoneId,
                    url = OfferLinks.For(appBaseUrl, command.Token!),
                },
                sender = new { name = SendOffersHandler.Sender },
            });
            services.GetRequiredService<IEmailOutbox>().Enqueue(new EmailMessage(expert.Email, expert.FullName, email.Subject, email.Html, email.Text, attachments));
            if (request.Status == StaffingRequestStatus.Filled)
                await WithdrawRemainingOffersAsync(services, db, request, engagement.Id, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return AcceptOfferResult.Of(AcceptOfferOutcome.Accepted);
        }
        catch (DbUpdateConcurrencyException)
        {
            await DeleteAsync(files, stored);
            return null;
        }
        catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
        {
            await DeleteAsync(files, stored);
            return new AcceptOfferResult(AcceptOfferOutcome.Invalid, [new(AcceptOfferField.General, ex.Message)], []);
        }
    }

    /// <summary>
    /// The last seat is taken: offers still awaiting an answer (and proposals not sent) are withdrawn as filled in the
    /// same save, and those experts are told, rather than left to find out when they try to accept.
    /// </summary>
    private static async Task WithdrawRemainingOffersAsync(IServiceProvider services, IAppDbContext db, StaffingRequest request, Guid acceptedId, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.Engagements.Include(e => e.AgreedRates)
            .Where(e => e.StaffingRequestId == request.Id && e.Id != acceptedId && (e.Status == EngagementStatus.Offered || e.Status == EngagementStatus.Proposed))
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
            return;
        var expertIds = open.Select(e => e.ExpertId).ToList();
        var experts = await db.Experts.AsNoTracking().Where(x => expertIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, cancellationToken);
        var (projectName, clientName) = await EngagementLoading.NamesForExpertAsync(db, request, accepted: false, cancellationToken);
        var emails = services.GetRequiredService<StaffingEmails>();
        foreach (var other in open)
        {
            var wasOffered = other.Status == EngagementStatus.Offered;
            other.Withdraw(FilledReason, now);
            if (wasOffered)
                emails.OfferWithdrawn(experts[other.ExpertId], other, projectName, clientName);
        }
    }

    public static string ContractFileName(string projectTitle)
    {
        var slug = new string(projectTitle.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        slug = slug.Trim('-');
        return slug.Length == 0 ? "contract-accepted.pdf" : $"contract-{slug[..Math.Min(slug.Length, 60)].Trim('-')}-accepted.pdf";
    }

    private static async Task<bool> SavedAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static async Task DeleteAsync(IFileStore files, List<StoredFile> stored)
    {
        foreach (var file in stored)
            await files.DeleteAsync(file.Key, CancellationToken.None);
    }
}
