using System.Text.RegularExpressions;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Application.Portal;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using ExpertNetwork.TestSupport.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using UglyToad.PdfPig;

namespace ExpertNetwork.IntegrationTests.Engagements;

/// <summary>
/// Offers from "Send" to an accepted contract, through the link in the outbox email, as the expert's browser would use
/// it. The use cases run with a data folder of the test's own, so the PDFs they store can be counted.
/// </summary>
public abstract partial class OffersTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider), IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "expertnetwork-offers-" + Guid.NewGuid().ToString("N")[..12]);
    private AppServices? _services;

    private const string SignerIp = "198.51.100.7";
    private const string SignerAgent = "Mozilla/5.0 (Linux; Android 15; Pixel 9) Mobile Safari/537.36";
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestClock.Start);

    private readonly TestTaxonomy _taxonomy = TestTaxonomy.Create();
    private Client _client = null!;
    private Project _project = null!;
    private StaffingRequest _request = null!;
    private NdaTemplate _masterNda = null!;

    [Fact]
    public async Task Sending_offers_snapshots_the_rates_sets_the_deadline_and_queues_each_email_with_its_link_together()
    {
        var experts = await SeedAsync(expertCount: 2);
        await ChangeAsync(async db =>
        {
            var expert = await db.Experts.Include(e => e.Rates).SingleAsync(e => e.Id == experts[0].Id, Cancellation);
            expert.SetRate(Activity.RubricDesign, new Money(240m, "USD"), new DateRange(Today.AddDays(-30), null));
            expert.SetRate(Activity.Annotation, new Money(90m, "EUR"), new DateRange(Today.AddDays(-30), null));
        });

        var result = await SendAsync(experts.Select(e => e.Id).ToArray());

        result.Refused.ShouldBeEmpty();
        result.Sent.Count.ShouldBe(2);
        var engagement = await ReadAsync(db => db.Engagements.Include(e => e.AgreedRates).SingleAsync(e => e.ExpertId == experts[0].Id, Cancellation));
        engagement.Status.ShouldBe(EngagementStatus.Offered);
        engagement.OfferExpiresUtc!.Value.ShouldBe(Clock.UtcNow.AddHours(72), TimeSpan.FromMilliseconds(1));
        engagement.PayRate.ShouldBe(new Money(200m, "USD"));
        engagement.PayRateFor(Activity.RubricDesign).ShouldBe(new Money(240m, "USD"));
        engagement.PayRateFor(Activity.Annotation).ShouldBeNull();
        var mail = await ReadAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == experts[0].Email, Cancellation));
        mail.Subject.ShouldBe("Engagement offer: Oncology reasoning evaluation");
        mail.TextBody.ShouldContain("200.00");
        mail.TextBody.ShouldNotContain(_client.Name);
        engagement.OfferLinkSha256.ShouldBe(LinkToken.HashOf(TokenIn(mail.TextBody)));
        (await ReadAsync(db => db.OutboxMessages.CountAsync(Cancellation))).ShouldBe(2);
    }

    [Fact]
    public async Task Sending_refuses_each_expert_who_cannot_be_offered_with_the_reason_and_sends_to_the_rest()
    {
        var experts = await SeedAsync(expertCount: 3);
        var (fits, suspended, engaged) = (experts[0], experts[1], experts[2]);
        await ChangeAsync(async db => (await db.Experts.SingleAsync(e => e.Id == suspended.Id, Cancellation)).Suspend("Licence under review.", Clock.UtcNow));
        var noRateExpert = new ExpertBuilder().Named("Nadia Rate").In(_taxonomy.Oncology).WithStatus(ExpertStatus.Active).Build();
        var euroExpert = new ExpertBuilder().Named("Elena Euro").In(_taxonomy.Oncology).WithStatus(ExpertStatus.Active).Build();
        euroExpert.SetRate(Activity.Review, new Money(150m, "EUR"), new DateRange(Today.AddDays(-100), null));
        await SaveAsync(noRateExpert, euroExpert, License(noRateExpert), License(euroExpert), SignedMasterNda(noRateExpert), SignedMasterNda(euroExpert));
        await SendAsync(engaged.Id);

        var result = await SendAsync(fits.Id, suspended.Id, noRateExpert.Id, euroExpert.Id, engaged.Id, Guid.NewGuid());

        result.Sent.ShouldHaveSingleItem().ExpertId.ShouldBe(fits.Id);
        var reasons = result.Refused.ToDictionary(r => r.ExpertId, r => r.Reason);
        reasons[suspended.Id].ShouldContain("Suspended");
        reasons[noRateExpert.Id].ShouldBe("No review rate in USD effective on 23 Mar 2026, when the window starts.");
        reasons[euroExpert.Id].ShouldBe("The review rate is in EUR, not USD as the request pays.");
        reasons[engaged.Id].ShouldBe("Already has an engagement on this request (offered).");
        reasons[result.Refused[^1].ExpertId].ShouldBe("There is no expert with this id.");
        result.Refused.Count.ShouldBe(5);

        await ChangeAsync(async db => (await db.StaffingRequests.SingleAsync(Cancellation)).Close("Client paused the program.", Clock.UtcNow));
        var closed = await SendAsync(noRateExpert.Id);
        closed.Sent.ShouldBeEmpty();
        closed.Refused.ShouldHaveSingleItem().Reason.ShouldBe("The request is closed, so no more offers can be sent.");
        (await ReadAsync(db => db.Engagements.CountAsync(Cancellation))).ShouldBe(2);
    }

    [Fact]
    public async Task Opening_the_link_and_the_contract_preview_like_a_mail_scanner_changes_nothing()
    {
        var experts = await SeedAsync(expertCount: 1);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        var before = await ReadAsync(db => db.Engagements.AsNoTracking().SingleAsync(Cancellation));
        var events = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        for (var i = 0; i < 3; i++)
        {
            var view = (await OpenAsync(token)).ShouldNotBeNull();
            view.State.ShouldBe(OfferLinkState.Answerable);
            view.Contract.ShouldNotBeNull().Html.ShouldContain("200.00");
            (await Services.RunAsync(s => s.Get<PreviewOfferContractHandler>().HandleAsync(new PreviewOfferContractQuery(token), Cancellation))).ShouldNotBeNull();
        }

        var after = await ReadAsync(db => db.Engagements.AsNoTracking().SingleAsync(Cancellation));
        after.Version.ShouldBe(before.Version);
        after.OfferOpenedUtc.ShouldBeNull();
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(events);
    }

    [Fact]
    public async Task The_page_discloses_the_client_only_when_the_project_is_open()
    {
        var experts = await SeedAsync(expertCount: 1, confidentiality: ConfidentialityLevel.Restricted);
        await SendAsync(experts[0].Id);
        var view = (await OpenAsync(await TokenForAsync(experts[0])))!;

        view.Project.ClientNamed.ShouldBeFalse();
        view.Project.Title.ShouldBe("Oncology reviewers");
        view.Project.Description.ShouldBeNull();
        view.Contract!.Markdown.ShouldNotContain(_client.Name);
        view.Contract.Markdown.ShouldNotContain(_project.Name);
    }

    [Fact]
    public async Task Accepting_takes_a_seat_stores_the_contract_with_evidence_and_queues_the_confirmation_with_it()
    {
        var experts = await SeedAsync(expertCount: 1);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        var view = (await OpenAsync(token))!;
        Clock.Advance(TimeSpan.FromHours(3));

        var result = await AcceptAsync(token, view, typedName: "  zofia  KOWALSKA-0 ");

        result.Outcome.ShouldBe(AcceptOfferOutcome.Accepted);
        var engagement = await ReadAsync(db => db.Engagements.SingleAsync(Cancellation));
        engagement.Status.ShouldBe(EngagementStatus.Accepted);
        engagement.AcceptedByName.ShouldBe("zofia  KOWALSKA-0");
        engagement.AcceptanceIp.ShouldBe(SignerIp);
        engagement.ContractSha256.ShouldBe(view.Contract!.Sha256);
        engagement.OfferOpenedUtc.ShouldNotBeNull();
        var request = await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation));
        request.SeatsFilled.ShouldBe(1);
        var file = (await Services.RunAsync(s => s.Get<GetAcceptedContractHandler>().HandleAsync(new GetAcceptedContractQuery(token), Cancellation))).ShouldNotBeNull();
        engagement.ContractPdfSha256.ShouldBe(Application.Documents.DocumentHash.Sha256Hex(file.Content));
        var confirmation = await ReadAsync(db => db.OutboxMessages.Include(m => m.Attachments).SingleAsync(m => m.Subject.StartsWith("Accepted:"), Cancellation));
        confirmation.ToAddress.ShouldBe(experts[0].Email);
        confirmation.Attachments.ShouldHaveSingleItem().Content.ShouldBe(file.Content);

        using var pdf = PdfDocument.Open(file.Content);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var all = string.Join(" ", pages);
        all.ShouldContain("200.00 USD");
        all.ShouldContain("Accepted electronically by zofia KOWALSKA-0");
        var evidence = pages[^1];
        evidence.ShouldContain("Evidence of electronic acceptance");
        evidence.ShouldContain(experts[0].Email);
        evidence.ShouldContain("16 March 2026, 12:30:15 UTC");
        evidence.ShouldContain("16 March 2026, 13:30:15 (Europe/Warsaw, UTC+01:00)");
        evidence.ShouldContain(SignerIp);
        evidence.ShouldContain("Pixel 9");
        evidence.Replace(" ", string.Empty, StringComparison.Ordinal).ShouldContain(view.Contract.Sha256);
        evidence.ShouldContain(engagement.Id.ToString());
        evidence.ShouldContain("Agreed rate 200.00 USD per hour (Review)");

        (await OpenAsync(token))!.State.ShouldBe(OfferLinkState.Accepted);
        Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        (await OpenAsync(token))!.ContractCopyAvailable.ShouldBeFalse();
    }

    [Fact]
    public async Task A_client_nda_is_shown_with_the_offer_and_signed_by_the_same_acceptance()
    {
        var experts = await SeedAsync(expertCount: 1, clientNda: true);
        await SendAsync(experts[0].Id);
        var pending = await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Scope == NdaScope.Client, Cancellation));
        pending.Status.ShouldBe(NdaStatus.Sent);
        var token = await TokenForAsync(experts[0]);
        var view = (await OpenAsync(token))!;
        view.Nda!.State.ShouldBe(OfferNdaState.ToSign);
        view.Nda.Document!.Html.ShouldContain("Northwind confidentiality terms");

        (await RefusedAsync(token, view, ndaConsent: false)).Fields.ShouldHaveSingleItem().Field.ShouldBe(nameof(AcceptOfferCommand.NdaConsent));
        (await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == pending.Id, Cancellation))).Status.ShouldBe(NdaStatus.Sent);

        (await AcceptAsync(token, view)).Outcome.ShouldBe(AcceptOfferOutcome.Accepted);

        var nda = await ReadAsync(db => db.NdaAgreements.SingleAsync(n => n.Id == pending.Id, Cancellation));
        nda.Status.ShouldBe(NdaStatus.Signed);
        nda.DocumentSha256.ShouldBe(view.Nda.Document.Sha256);
        nda.SignerIp.ShouldBe(SignerIp);
        nda.SignedPdfKey.ShouldNotBeNull();
        nda.IsInForceOn(_request.Window.Start).ShouldBeTrue();
        var confirmation = await ReadAsync(db => db.OutboxMessages.Include(m => m.Attachments).SingleAsync(m => m.Subject.StartsWith("Accepted:"), Cancellation));
        confirmation.Attachments.Count.ShouldBe(2);
        (await StoredFiles(SignNdaHandler.FileArea)).ShouldHaveSingleItem();
        (await StoredFiles(AcceptOfferHandler.FileArea)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_declaration_naming_a_restricted_company_blocks_acceptance_is_recorded_and_cannot_be_retyped_away()
    {
        var experts = await SeedAsync(expertCount: 1, restricted: ["Contoso Pharma"], conflictDeclaration: true);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        var view = (await OpenAsync(token))!;
        view.RequiresConflictDeclaration.ShouldBeTrue();

        (await RefusedAsync(token, view, conflictConfirmed: false)).Fields.ShouldHaveSingleItem().Field.ShouldBe(nameof(AcceptOfferCommand.Employers));
        var blocked = await AcceptAsync(token, view, employers: "Charité Berlin\ncontoso pharma inc.");

        blocked.Outcome.ShouldBe(AcceptOfferOutcome.Conflict);
        blocked.Reasons.ShouldBe(["Contoso Pharma"]);
        (await ReadAsync(db => db.Engagements.SingleAsync(Cancellation))).Status.ShouldBe(EngagementStatus.Offered);
        (await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation))).SeatsFilled.ShouldBe(0);
        (await ReadAsync(db => db.ConflictDeclarations.SingleAsync(Cancellation))).HasConflict.ShouldBeTrue();
        (await StoredFiles(AcceptOfferHandler.FileArea)).ShouldBeEmpty();

        // Typing the declaration again without the restricted employer does not undo it: the earlier declaration is
        // evidence, and the expert no longer fits this client's requests.
        var retyped = await AcceptAsync(token, view, employers: "Charité Berlin");
        retyped.Outcome.ShouldBe(AcceptOfferOutcome.NotEligible);
        retyped.Reasons.ShouldHaveSingleItem().ShouldContain("Declared contoso pharma inc. as an employer on an earlier engagement", Case.Insensitive);
        (await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation))).SeatsFilled.ShouldBe(0);
    }

    [Fact]
    public async Task An_offer_past_its_deadline_cannot_be_accepted_and_is_recorded_as_expired()
    {
        var experts = await SeedAsync(expertCount: 1);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        var view = (await OpenAsync(token))!;
        Clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));

        (await OpenAsync(token))!.State.ShouldBe(OfferLinkState.Expired);
        (await AcceptAsync(token, view)).Outcome.ShouldBe(AcceptOfferOutcome.Expired);

        (await ReadAsync(db => db.Engagements.SingleAsync(Cancellation))).Status.ShouldBe(EngagementStatus.Expired);
        (await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation))).SeatsFilled.ShouldBe(0);
        (await StoredFiles(AcceptOfferHandler.FileArea)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("suspended")]
    [InlineData("licence")]
    public async Task An_expert_who_no_longer_fits_at_acceptance_is_told_why_and_nothing_changes(string why)
    {
        var experts = await SeedAsync(expertCount: 1);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        var view = (await OpenAsync(token))!;
        await ChangeAsync(async db =>
        {
            if (why == "suspended")
            {
                (await db.Experts.SingleAsync(Cancellation)).Suspend("Complaint under review.", Clock.UtcNow);
                return;
            }
            // The only licence is replaced by one that expires before the window ends.
            db.Credentials.RemoveRange(await db.Credentials.ToListAsync(Cancellation));
            db.Credentials.Add(new CredentialBuilder(experts[0]).OfKind(CredentialKind.MedicalLicense).Expiring(_request.Window.Start.AddDays(10)).Verified().Build());
        });
        var events = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        var result = await AcceptAsync(token, view);

        result.Outcome.ShouldBe(AcceptOfferOutcome.NotEligible);
        result.Reasons.ShouldNotBeEmpty();
        result.Reasons[0].ShouldContain(why == "suspended" ? "Suspended" : "medical license");
        (await ReadAsync(db => db.Engagements.SingleAsync(Cancellation))).Status.ShouldBe(EngagementStatus.Offered);
        (await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation))).SeatsFilled.ShouldBe(0);
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(events);
    }

    [Fact]
    public async Task A_missing_name_or_consent_or_a_changed_contract_is_refused_with_nothing_saved()
    {
        var experts = await SeedAsync(expertCount: 1);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        var view = (await OpenAsync(token))!;
        var events = await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation));

        var missing = await RefusedAsync(token, view, typedName: "", consent: false);
        missing.Kind.ShouldBe(RefusalKind.Invalid);
        missing.Fields.Select(p => p.Field).ShouldBe([nameof(AcceptOfferCommand.FullName), nameof(AcceptOfferCommand.Consent)]);
        (await RefusedAsync(token, view, typedName: "Somebody Else")).Fields.ShouldHaveSingleItem().Message.ShouldContain("as it appears at the top");
        (await RefusedAsync(token, view with { Contract = view.Contract! with { Sha256 = new string('a', 64) } })).Fields.ShouldHaveSingleItem().Field.ShouldBe(nameof(AcceptOfferCommand.ContractSha256));

        (await ReadAsync(db => db.Engagements.SingleAsync(Cancellation))).Status.ShouldBe(EngagementStatus.Offered);
        (await ReadAsync(db => db.AuditEvents.CountAsync(Cancellation))).ShouldBe(events);
        (await StoredFiles(AcceptOfferHandler.FileArea)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Twenty_experts_accepting_five_seats_at_once_leave_exactly_five_accepted_and_fifteen_told_it_filled()
    {
        var experts = await SeedAsync(expertCount: 20, seats: 5);
        await SendAsync(experts.Select(e => e.Id).ToArray());
        var offers = new List<(string Token, OfferLinkView View)>();
        foreach (var expert in experts)
        {
            var token = await TokenForAsync(expert);
            offers.Add((token, (await OpenAsync(token))!));
        }

        using var start = new ManualResetEventSlim();
        var tasks = offers.Select(o => Task.Run(async () =>
        {
            start.Wait(Cancellation);
            return await AcceptAsync(o.Token, o.View);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(tasks);

        results.Count(r => r.Outcome == AcceptOfferOutcome.Accepted).ShouldBe(5);
        results.Count(r => r.Outcome == AcceptOfferOutcome.Filled).ShouldBe(15);
        var request = await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation));
        request.SeatsFilled.ShouldBe(5);
        request.Status.ShouldBe(StaffingRequestStatus.Filled);
        var engagements = await ReadAsync(db => db.Engagements.ToListAsync(Cancellation));
        engagements.Count(e => e.Status == EngagementStatus.Accepted).ShouldBe(5);
        engagements.Where(e => e.Status != EngagementStatus.Accepted).ShouldAllBe(e => e.Status == EngagementStatus.Withdrawn && e.EndKind == EngagementEndKind.Filled && e.EndReason == Engagement.FilledReason);
        (await StoredFiles(AcceptOfferHandler.FileArea)).Count.ShouldBe(5);
        (await ReadAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("Accepted:"), Cancellation))).ShouldBe(5);
    }

    [Fact]
    public async Task Taking_the_last_seat_withdraws_the_offers_still_out_and_tells_those_experts()
    {
        var experts = await SeedAsync(expertCount: 3, seats: 1);
        await SendAsync(experts.Select(e => e.Id).ToArray());
        var token = await TokenForAsync(experts[0]);

        (await AcceptAsync(token, (await OpenAsync(token))!)).Outcome.ShouldBe(AcceptOfferOutcome.Accepted);

        var engagements = await ReadAsync(db => db.Engagements.ToListAsync(Cancellation));
        engagements.Single(e => e.ExpertId == experts[0].Id).Status.ShouldBe(EngagementStatus.Accepted);
        engagements.Where(e => e.ExpertId != experts[0].Id)
            .ShouldAllBe(e => e.Status == EngagementStatus.Withdrawn && e.EndKind == EngagementEndKind.Filled && e.EndReason == Engagement.FilledReason);
        foreach (var other in experts.Skip(1))
        {
            var subjects = await ReadAsync(db => db.OutboxMessages.Where(m => m.ToAddress == other.Email).Select(m => m.Subject).ToListAsync(Cancellation));
            subjects.ShouldContain(subject => subject.StartsWith("Offer withdrawn:", StringComparison.Ordinal));
        }
        // A late acceptance on a withdrawn offer is told the seats were filled, and nothing changes.
        var late = await TokenForAsync(experts[1]);
        (await AcceptAsync(late, (await OpenAsync(late))!)).Outcome.ShouldBe(AcceptOfferOutcome.Filled);
        (await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation))).SeatsFilled.ShouldBe(1);
    }

    [Fact]
    public async Task A_double_submission_accepts_once_and_the_second_sees_it_accepted()
    {
        var experts = await SeedAsync(expertCount: 1);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        var view = (await OpenAsync(token))!;

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => AcceptAsync(token, view))));

        results.Count(r => r.Outcome == AcceptOfferOutcome.Accepted).ShouldBe(1);
        results.Count(r => r.Outcome == AcceptOfferOutcome.AlreadyAccepted).ShouldBe(2);
        (await ReadAsync(db => db.StaffingRequests.SingleAsync(Cancellation))).SeatsFilled.ShouldBe(1);
        (await ReadAsync(db => db.AuditEvents.CountAsync(a => a.Action.Contains("Accepted"), Cancellation))).ShouldBe(1);
        (await StoredFiles(AcceptOfferHandler.FileArea)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Declining_records_the_reason_and_closes_the_link()
    {
        var experts = await SeedAsync(expertCount: 1);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        var view = (await OpenAsync(token))!;

        (await Services.RunAsync(s => s.Get<DeclineOfferHandler>().HandleAsync(new DeclineOfferCommand(token, "  On call that month. "), Cancellation))).ShouldBe(DeclineOfferResult.Declined);

        var engagement = await ReadAsync(db => db.Engagements.SingleAsync(Cancellation));
        engagement.Status.ShouldBe(EngagementStatus.Declined);
        engagement.DeclineReason.ShouldBe("On call that month.");
        (await OpenAsync(token))!.State.ShouldBe(OfferLinkState.Declined);
        (await AcceptAsync(token, view)).Outcome.ShouldBe(AcceptOfferOutcome.Declined);
        (await Services.RunAsync(s => s.Get<DeclineOfferHandler>().HandleAsync(new DeclineOfferCommand(token, null), Cancellation))).ShouldBe(DeclineOfferResult.NotOpen);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task A_tampered_or_unknown_link_finds_nothing_and_accepts_nothing(string kind)
    {
        var experts = await SeedAsync(expertCount: 1);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        var view = (await OpenAsync(token))!;
        var bad = kind switch
        {
            "tampered" => token[..^1] + (token[^1] == 'A' ? 'B' : 'A'),
            "garbage" => "../../etc/passwd",
            _ => string.Empty,
        };

        (await OpenAsync(bad)).ShouldBeNull();
        (await AcceptAsync(bad, view)).Outcome.ShouldBe(AcceptOfferOutcome.UnknownLink);
        (await ReadAsync(db => db.Engagements.SingleAsync(Cancellation))).Status.ShouldBe(EngagementStatus.Offered);
    }

    [Fact]
    public async Task The_opened_beacon_marks_the_first_view_once()
    {
        var experts = await SeedAsync(expertCount: 1);
        await SendAsync(experts[0].Id);
        var token = await TokenForAsync(experts[0]);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var first = Clock.UtcNow;

        await Services.RunAsync(s => s.Get<MarkOfferOpenedHandler>().HandleAsync(new MarkOfferOpenedCommand(token), Cancellation));
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Services.RunAsync(s => s.Get<MarkOfferOpenedHandler>().HandleAsync(new MarkOfferOpenedCommand(token), Cancellation));

        (await ReadAsync(db => db.Engagements.SingleAsync(Cancellation))).OfferOpenedUtc!.Value.ShouldBe(first, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Once_an_nda_an_offer_and_a_portal_link_are_sent_no_row_of_any_table_holds_a_token_yet_each_link_opens_its_page()
    {
        var expert = (await SeedAsync(expertCount: 1)).Single();
        var clientNda = await ReadAsync(db => db.NdaTemplates.Where(t => t.Scope == NdaScope.Client).Select(t => t.Id).SingleAsync(Cancellation));
        await Services.RunAsync(s => s.Get<SendNdaHandler>().HandleAsync(new SendNdaCommand(expert.Id, clientNda, 14), Cancellation));
        (await SendAsync(expert.Id)).Sent.ShouldHaveSingleItem();
        (await Services.RunAsync(s => s.Get<RequestPortalSignInHandler>().HandleAsync(new RequestPortalSignInCommand(expert.Email), Cancellation))).ShouldBeTrue();
        var queued = string.Join("\n", await ReadAsync(db => db.OutboxMessages.Select(m => m.TextBody).ToListAsync(Cancellation)));
        // A pending mail necessarily holds its link until it is sent; the scan sees it there.
        (await RowsHoldingAsync([DeliveredToken(queued, "nda")])).ShouldContain("OutboxMessages.TextBody");
        await using var smtp = LoopbackSmtpServer.Start();

        var dispatched = await Services.RunAsync(s => new OutboxDispatcher(s.Db(), Clock, new SmtpMailTransport(new SmtpOptions
            {
                Host = smtp.Host,
                Port = smtp.Port,
                Security = SmtpSecurity.None,
                Timeout = TimeSpan.FromSeconds(15),
            }), new EmailOptions { From = "ExpertNetwork <no-reply@expertnetwork.test>" }, new EmailMetrics(), NullLogger<OutboxDispatcher>.Instance)
            .DispatchDueAsync(50, Cancellation));

        dispatched.Sent.ShouldBe(3);
        var delivered = string.Join("\n", smtp.Received.Select(m => m.Message.TextBody + m.Message.HtmlBody));
        var nda = DeliveredToken(delivered, "nda");
        var offer = DeliveredToken(delivered, "offers");
        var portal = DeliveredToken(delivered, "portal/link");
        nda.ShouldBe(DeliveredToken(queued, "nda"));
        (await RowsHoldingAsync([nda, offer, portal])).ShouldBeEmpty();
        (await Services.RunAsync(s => s.Get<OpenNdaLinkHandler>().HandleAsync(new OpenNdaLinkQuery(nda), Cancellation))).ShouldNotBeNull();
        (await OpenAsync(offer)).ShouldNotBeNull().ExpertName.ShouldBe(expert.FullName);
        (await Services.RunAsync(s => s.Get<OpenPortalLinkHandler>().HandleAsync(new OpenPortalLinkQuery(portal), Cancellation))).ShouldBe(PortalLinkOutcome.Usable);
    }

    private static string DeliveredToken(string mail, string path) =>
        Regex.Match(mail, $"/{path}/([A-Za-z0-9_-]{{{LinkToken.Length}}})") is { Success: true } m
            ? m.Groups[1].Value
            : throw new ShouldAssertException($"No /{path}/ link was delivered.");

    /// <summary>
    /// Every column of every table the model maps (staff users and Data Protection keys included) that holds one of the
    /// secrets, as it is or URL-encoded, read back as text; binary values are searched as UTF-8.
    /// </summary>
    private async Task<List<string>> RowsHoldingAsync(IReadOnlyCollection<string> secrets)
    {
        var forms = secrets.SelectMany(s => new[] { s, Uri.EscapeDataString(s), System.Net.WebUtility.UrlEncode(s) }).Distinct().ToList();
        await using var db = Database.NewDbContext();
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Cancellation);
        var found = new List<string>();
        var tables = db.Model.GetRelationalModel().Tables.ToList();
        tables.ShouldContain(t => t.Name == "OutboxMessages");
        foreach (var table in tables)
        {
            var columns = table.Columns.ToList();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";
            await using var reader = await command.ExecuteReaderAsync(Cancellation);
            while (await reader.ReadAsync(Cancellation))
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    if (await reader.IsDBNullAsync(i, Cancellation))
                        continue;
                    var text = reader.GetValue(i) switch
                    {
                        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
                        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                    };
                    if (forms.Any(f => text.Contains(f, StringComparison.Ordinal)))
                        found.Add($"{table.Name}.{columns[i].Name}");
                }
            }
        }
        return found;
    }

    private AppServices Services => _services ??= AppServices.Create(Database.Settings with { DataDirectory = _dataDirectory }, Clock, Actor);

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        await DisposeAsync();
        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task<List<Expert>> SeedAsync(
        int expertCount, int seats = 10, bool clientNda = false, string[]? restricted = null, bool conflictDeclaration = false,
        ConfidentialityLevel confidentiality = ConfidentialityLevel.Confidential)
    {
        var clientBuilder = new ClientBuilder().Restricting(restricted ?? []);
        _client = (clientNda ? clientBuilder.RequiringClientNda() : clientBuilder).Build();
        var projectBuilder = new ProjectBuilder(_client).WithConfidentiality(confidentiality);
        _project = (conflictDeclaration ? projectBuilder.RequiringConflictDeclaration() : projectBuilder).Build();
        _request = new StaffingRequestBuilder(_project, _taxonomy.Oncology).WithSeats(seats).Build();
        _masterNda = NdaTemplate.Publish("Master confidentiality agreement", NdaScope.Master, null,
            "# Master confidentiality agreement\n\nBetween **{{company.name}}** and **{{expert.name}}**.\n", 24, Clock.UtcNow.AddDays(-60));
        var clientTemplate = NdaTemplate.Publish("Northwind confidentiality terms", NdaScope.Client, _client.Id,
            "# Northwind confidentiality terms\n\n**{{expert.name}}** keeps {{project.client}} information confidential.\n", 12, Clock.UtcNow.AddDays(-60));
        var experts = Enumerable.Range(0, expertCount).Select(i =>
        {
            var expert = new ExpertBuilder().Named($"Zofia Kowalska-{i}").LivingIn("PL", "Europe/Warsaw").In(_taxonomy.Oncology)
                .WithStatus(ExpertStatus.Active).Build();
            expert.SetRate(Activity.Review, new Money(200m, "USD"), new DateRange(Today.AddDays(-100), null));
            return expert;
        }).ToList();
        var entities = new List<object>([.. _taxonomy.All, _client, _project, _request, _masterNda, clientTemplate]);
        foreach (var expert in experts)
            entities.AddRange([expert, License(expert), SignedMasterNda(expert)]);
        await SaveAsync([.. entities]);
        return experts;
    }

    private static Credential License(Expert expert) =>
        new CredentialBuilder(expert).OfKind(CredentialKind.MedicalLicense).Expiring(Today.AddYears(2)).Verified().Build();

    private NdaAgreement SignedMasterNda(Expert expert)
    {
        var agreement = NdaAgreement.Send(expert.Id, _masterNda, null, Clock.UtcNow.AddDays(-20), Clock.UtcNow.AddDays(-30));
        agreement.Sign(expert.FullName, true, null, null, new string('b', 64), Clock.UtcNow.AddDays(-25));
        return agreement;
    }

    private Task<SendOffersResult> SendAsync(params Guid[] expertIds) =>
        Services.RunAsync(s => s.Get<SendOffersHandler>().HandleAsync(new SendOffersCommand(_request.Id, expertIds), Cancellation));

    private async Task<string> TokenForAsync(Expert expert)
    {
        var mails = await ReadAsync(db => db.OutboxMessages.Where(m => m.ToAddress == expert.Email && m.Subject.StartsWith("Engagement offer")).ToListAsync(Cancellation));
        return TokenIn(mails.OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).Last().TextBody);
    }

    private Task<OfferLinkView?> OpenAsync(string token) =>
        Services.RunAsync(s => s.Get<OpenOfferLinkHandler>().HandleAsync(new GetOfferLinkQuery(token), Cancellation));

    private Task<AcceptOfferResult> AcceptAsync(
        string token, OfferLinkView view, string? typedName = null, bool consent = true, bool ndaConsent = true,
        string? employers = "Charité Berlin", bool conflictConfirmed = true)
    {
        // Each submission is its own request: its own scope, unit of work and actor.
        return Services.RunAsync(s => s.Get<AcceptOfferHandler>().HandleAsync(
            new AcceptOfferCommand(token, typedName ?? view.ExpertName, consent, view.Contract?.Sha256, ndaConsent, view.Nda?.Document?.Sha256,
                employers, null, conflictConfirmed, SignerIp, SignerAgent),
            Cancellation));
    }

    private Task<Refusal> RefusedAsync(
        string token, OfferLinkView view, string? typedName = null, bool consent = true, bool ndaConsent = true, bool conflictConfirmed = true) =>
        Should.ThrowAsync<Refusal>(() => AcceptAsync(token, view, typedName, consent, ndaConsent, conflictConfirmed: conflictConfirmed));

    private Task<List<string>> StoredFiles(string area) => StoredFilesAsync(area, _dataDirectory);

    private static string TokenIn(string text) => LinkPattern().Match(text) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("The email has no offer link: " + text);

    [GeneratedRegex(@"/offers/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();
}
