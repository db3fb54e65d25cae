using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Engagements;

/// <summary>
/// One attempt at accepting an offer, on fresh data in its own unit of work: check what the expert sent (the NDA shown
/// on the page, the contract, the name, the consents), declare conflicts of interest (when the project asks for a
/// declaration), re-check the expert against the request, then commit: take a seat on the request under its version
/// token, accept, sign the NDA, store the contract PDF with its evidence page and queue the confirmation with it attached.
/// </summary>
public sealed class AcceptOfferStep(
    IAppDbContext db, IContractDocuments contracts, INdaDocuments ndaDocuments, IStaffingFit fit, IFileStore files,
    ITemplateRenderer templates, IEmailOutbox outbox, StaffingEmails emails, StaffingOptions links)
{
    public async Task<AcceptOfferResult> DecideAsync(AcceptOfferCommand command, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var context = await OfferContext.ForTokenAsync(db, command.Token, tracked: true, cancellationToken);
        if (context is null)
            return AcceptOfferResult.Of(AcceptOfferOutcome.UnknownLink);
        if (await NotAnswerableAsync(context, now, cancellationToken) is { } closed)
            return closed;
        var nda = await OfferNda.ForAsync(db, context.Expert.Id, context.Project, context.Engagement.Window.Start, now, tracked: true, cancellationToken);
        if (nda.State == OfferNdaState.Unavailable)
            return AcceptOfferResult.Of(AcceptOfferOutcome.NdaUnavailable);
        var documents = await CheckAsync(command, context, nda, cancellationToken);
        var (conflictNote, conflict) = await DeclareAsync(command, context, now, cancellationToken);
        if (conflict is not null)
            return conflict;
        var whyNot = await fit.WhyNotAsync(context.Request.Id, context.Expert.Id, cancellationToken);
        if (whyNot.Count > 0)
            return new AcceptOfferResult(AcceptOfferOutcome.NotEligible, whyNot);
        await CommitAsync(command, context, documents, conflictNote, now, cancellationToken);
        return AcceptOfferResult.Of(AcceptOfferOutcome.Accepted);
    }

    /// <summary>The page for a link that cannot be answered any more; what is already true (expired, filled) is recorded.</summary>
    private async Task<AcceptOfferResult?> NotAnswerableAsync(OfferContext context, DateTime now, CancellationToken cancellationToken)
    {
        var engagement = context.Engagement;
        switch (engagement.LinkStateAt(now, context.Request))
        {
            case OfferLinkState.Accepted:
                return AcceptOfferResult.Of(AcceptOfferOutcome.AlreadyAccepted);
            case OfferLinkState.Declined:
                return AcceptOfferResult.Of(AcceptOfferOutcome.Declined);
            case OfferLinkState.Withdrawn:
                // Offers still out when the last seat went were withdrawn as filled: say that, not just "withdrawn".
                return AcceptOfferResult.Of(engagement.EndKind == EngagementEndKind.Filled ? AcceptOfferOutcome.Filled : AcceptOfferOutcome.Withdrawn);
            case OfferLinkState.RequestClosed:
                return AcceptOfferResult.Of(AcceptOfferOutcome.RequestClosed);
            case OfferLinkState.Expired:
                // Records what is already true (the deadline passed); nothing the expert sent is kept.
                if (engagement.ExpireIfDue(now))
                    await db.SaveChangesAsync(cancellationToken);
                return AcceptOfferResult.Of(AcceptOfferOutcome.Expired);
            case OfferLinkState.Filled:
                // The offer cannot become acceptable again by itself, so it is closed now rather than left to expire.
                engagement.WithdrawAsFilled(now);
                await db.SaveChangesAsync(cancellationToken);
                return AcceptOfferResult.Of(AcceptOfferOutcome.Filled);
            default:
                return null;
        }
    }

    /// <summary>Checks everything the expert sent at once, so the page shows every problem together; refuses with each field's sentence.</summary>
    private async Task<AcceptanceDocuments> CheckAsync(AcceptOfferCommand command, OfferContext context, OfferNda nda, CancellationToken cancellationToken)
    {
        var problems = new List<RefusedField>();
        if (!SignerNames.Matches(context.Expert.FullName, command.FullName))
            problems.Add(new(nameof(command.FullName), string.IsNullOrWhiteSpace(command.FullName)
                ? "Type your full name to accept."
                : "Please type your full name as it appears at the top of this page."));
        if (!command.Consent)
            problems.Add(new(nameof(command.Consent), "Please tick the box to confirm that you accept the engagement on the terms of the contract."));
        var contract = contracts.Render(context.ContractFacts);
        if (!string.Equals(contract.Sha256, command.ContractSha256, StringComparison.OrdinalIgnoreCase))
            problems.Add(new(nameof(command.ContractSha256), "The contract was updated while this page was open. Please read it again below, then accept."));

        NdaAgreementContext? ndaContext = null;
        NdaDocument? ndaDocument = null;
        if (nda.State == OfferNdaState.ToPrepare)
        {
            problems.Add(new(nameof(command.NdaSha256), "This offer needs an NDA signed with it. Press \"Show the NDA\" to read it, then accept."));
        }
        else if (nda.State == OfferNdaState.ToSign)
        {
            ndaContext = await NdaAgreementContext.ForAsync(db, nda.Agreement!, cancellationToken);
            ndaDocument = ndaDocuments.Render(ndaContext.Template.Body, ndaContext.Facts);
            if (!command.NdaConsent)
                problems.Add(new(nameof(command.NdaConsent), "Please tick the box to sign the NDA: the offer can only be accepted together with it."));
            if (!string.Equals(ndaDocument.Sha256, command.NdaSha256, StringComparison.OrdinalIgnoreCase))
                problems.Add(new(nameof(command.NdaSha256), "The NDA was updated while this page was open. Please read it again below, then accept."));
        }
        if (context.Project.RequiresConflictDeclaration && !command.ConflictConfirmed)
            problems.Add(new(nameof(command.Employers), "Please complete the conflict-of-interest declaration and tick the box to confirm it."));
        if (problems.Count > 0)
            throw Refusal.Invalid(problems);
        return new AcceptanceDocuments(contract, ndaContext, ndaDocument);
    }

    /// <returns>
    /// The note on the contract's evidence page; or, when the declaration names a restricted company of the client, the
    /// page that says so: the declaration is saved as compliance evidence and the engagement, the seat and any NDA stay
    /// as they were.
    /// </returns>
    private async Task<(string Note, AcceptOfferResult? Conflict)> DeclareAsync(AcceptOfferCommand command, OfferContext context, DateTime now, CancellationToken cancellationToken)
    {
        if (!context.Project.RequiresConflictDeclaration)
            return ("Not required for this project.", null);
        var employers = (command.Employers ?? string.Empty)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        ConflictDeclaration declaration;
        try
        {
            declaration = ConflictDeclaration.Declare(context.Engagement.Id, context.Expert.Id, employers, command.OtherInterests, context.Client.RestrictedCompanies, now);
        }
        catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
        {
            // What the declaration refuses is what the expert typed into it.
            throw Refusal.Invalid(ex.Message, nameof(command.Employers));
        }
        db.ConflictDeclarations.Add(declaration);
        if (declaration.HasConflict)
        {
            context.Engagement.MarkOfferOpened(now);
            await db.SaveChangesAsync(cancellationToken);
            return (string.Empty, new AcceptOfferResult(AcceptOfferOutcome.Conflict, declaration.MatchedRestrictedCompanies));
        }
        return ($"Declared on acceptance. Employers: {(declaration.Employers.Count == 0 ? "none" : string.Join("; ", declaration.Employers))}. "
            + $"Other interests: {declaration.OtherInterests ?? "none"}. No restricted company of the client named.", null);
    }

    /// <summary>Takes the seat and accepts, with the documents and the mail, in one save; files stored by an attempt that fails are deleted.</summary>
    private async Task CommitAsync(AcceptOfferCommand command, OfferContext context, AcceptanceDocuments documents, string conflictNote, DateTime now, CancellationToken cancellationToken)
    {
        var (engagement, request, _, _, expert) = context;
        var stored = new List<StoredFile>();
        try
        {
            engagement.MarkOfferOpened(now);
            request.TakeSeat(now);
            engagement.Accept(command.FullName!.Trim(), command.Consent, command.IpAddress, command.UserAgent, documents.Contract.Sha256, now);
            var attachments = new List<EmailAttachment>();
            var ndaNote = "An NDA covering this client was already in force.";
            if (documents.NdaContext is { } ndaContext)
            {
                var (ndaPdf, ndaFile) = await NdaSigning.SignAsync(ndaContext, documents.NdaDocument!, command.FullName!, command.IpAddress, command.UserAgent, ndaDocuments, files, now, cancellationToken);
                stored.Add(ndaFile);
                ndaNote = $"{ndaContext.Template.Name}, version {ndaContext.Template.VersionNumber}, signed in the same visit (agreement {ndaContext.Agreement.Id}; text SHA-256 {documents.NdaDocument!.Sha256}).";
                attachments.Add(new EmailAttachment(SignNdaHandler.SignedFileName(ndaContext.Template.Name), "application/pdf", ndaPdf));
            }
            var pdf = contracts.RenderAccepted(documents.Contract, new ContractAcceptanceEvidence(
                engagement.AcceptedByName!, expert.Email, now, expert.TimeZoneId, engagement.AcceptanceIp, engagement.AcceptanceUserAgent, ndaNote, conflictNote));
            StoredFile contractFile;
            using (var content = new MemoryStream(pdf, writable: false))
                contractFile = await files.SaveAsync(AcceptOfferHandler.FileArea, content, cancellationToken);
            stored.Add(contractFile);
            engagement.AttachContractPdf(contractFile.Key, contractFile.Sha256);
            attachments.Insert(0, new EmailAttachment(AcceptOfferHandler.ContractFileName(context.Disclosure.Title), "application/pdf", pdf));
            QueueConfirmation(command, context, attachments, now);
            if (request.Status == StaffingRequestStatus.Filled)
                await WithdrawRemainingOffersAsync(request, engagement.Id, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing of this attempt is saved (it is refused, or decided again), so neither are its files.
            foreach (var file in stored)
                await files.DeleteAsync(file.Key, CancellationToken.None);
            throw;
        }
    }

    private void QueueConfirmation(AcceptOfferCommand command, OfferContext context, IReadOnlyList<EmailAttachment> attachments, DateTime now)
    {
        var (engagement, _, _, _, expert) = context;
        var email = templates.RenderEmail(AcceptOfferHandler.ConfirmationTemplate, new
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
                url = OfferLinks.For(links.LinkBaseUrl, command.Token!),
            },
            sender = new { name = SendOffersHandler.Sender },
        });
        outbox.Enqueue(new EmailMessage(expert.Email, expert.FullName, email.Subject, email.Html, email.Text, attachments));
    }

    /// <summary>
    /// The last seat is taken: offers still awaiting an answer (and proposals not sent) are withdrawn as filled in the
    /// same save, and those experts are told, rather than left to find out when they try to accept.
    /// </summary>
    private async Task WithdrawRemainingOffersAsync(StaffingRequest request, Guid acceptedId, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.Engagements.Include(e => e.AgreedRates)
            .Where(e => e.StaffingRequestId == request.Id && e.Id != acceptedId && (e.Status == EngagementStatus.Offered || e.Status == EngagementStatus.Proposed))
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
            return;
        var expertIds = open.Select(e => e.ExpertId).ToList();
        var experts = await db.Experts.AsNoTracking().Where(x => expertIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, cancellationToken);
        var (projectName, clientName) = await EngagementLoading.NamesForExpertAsync(db, request, accepted: false, cancellationToken);
        foreach (var other in open)
        {
            var wasOffered = other.Status == EngagementStatus.Offered;
            other.WithdrawAsFilled(now);
            if (wasOffered)
                emails.OfferWithdrawn(experts[other.ExpertId], other, projectName, clientName);
        }
    }

    private sealed record AcceptanceDocuments(ContractDocument Contract, NdaAgreementContext? NdaContext, NdaDocument? NdaDocument);
}
