using System.Globalization;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ExpertNetwork.BrowserTests;

/// <summary>On an app of its own: the expert and hours it adds must not change the shared demo's counts.</summary>
public sealed class ExpertPortalTests(BrowserFixture fixture, SeparateApp app) : BrowserTest(fixture, app.BaseAddress), IClassFixture<SeparateApp>
{
    [Fact]
    public async Task The_expert_signs_in_from_the_emailed_link_on_a_phone_logs_hours_and_the_program_manager_approves_them()
    {
        var (name, email, _) = await EngagedExpertAsync("Dr Helen Marsh", "helen.marsh@portal.example");

        var phone = await NewPersonAsync(390, 844, mobile: true);
        try
        {
            await phone.GotoAsync("/portal/sign-in");
            await phone.GetByLabel("Email address").FillAsync(email);
            await phone.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" }).ClickAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("a sign-in link is on its way");
            await Screenshots.SaveAsync(phone, "portal-sign-in-phone.png");

            await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
            var link = await SignInLinkFromMailboxAsync(name);

            await phone.GotoAsync(link);
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Continue to your expert portal", Level = 1 })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(phone, "portal-continue-phone.png");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {name}", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(phone.GetByText(new System.Text.RegularExpressions.Regex(@"^0 of [0-9.]+ h used"))).ToBeVisibleAsync();
            await Screenshots.SaveAsync(phone, "portal-home-phone.png");

            await phone.GetByRole(AriaRole.Link, new() { Name = "Log hours" }).ClickAsync();
            var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
            await phone.Locator("input[name='Form.WorkDate']").FillAsync(yesterday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await phone.GetByRole(AriaRole.Spinbutton).FillAsync("1.1");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Submit hours" }).ClickAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("quarter hours");
            await phone.GetByRole(AriaRole.Spinbutton).FillAsync("3.75");
            await phone.Locator("textarea[name='Form.Note']").FillAsync("Graded 40 answers, batch 2");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Submit hours" }).ClickAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Your hours are submitted.");
            await Assertions.Expect(phone.GetByText("submitted", new() { Exact = true })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(phone, "portal-timesheet-phone.png");

            await Page.GotoAsync("/approvals");
            var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
            await Assertions.Expect(row).ToContainTextAsync("3.75");
            await Assertions.Expect(row).ToContainTextAsync("Graded 40 answers, batch 2");
            await Screenshots.SaveAsync(Page, "approvals-queue.png");
            await row.GetByRole(AriaRole.Checkbox).CheckAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Approve selected" }).ClickAsync();
            await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 entry approved.");

            await phone.ReloadAsync();
            await Assertions.Expect(phone.GetByText("approved", new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);
        }
        finally
        {
            await phone.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_issued_payout_statement_is_mailed_to_the_expert_whose_link_opens_the_portal_with_every_statement_to_download()
    {
        var (name, _, expertId) = await EngagedExpertAsync("Dr Ravi Menon", "ravi.menon@portal.example");
        var (paid, voided, credit, reissued) = await StatementsAsync(expertId);

        await SignInAndExpectDashboardAsync(ProgramManager, "Program manager dashboard");
        await Page.GotoAsync("/dev/mailbox");
        var message = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = $"Payout statement {reissued} from ExpertNetwork" });
        for (var attempt = 0; attempt < 60 && await message.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await message.First.ClickAsync();
        await Assertions.Expect(Page.GetByText($"Dear {name},")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText($"{reissued}.pdf")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "payout-statement-email.png");
        var link = new Uri((await Page.GetByRole(AriaRole.Link, new() { Name = "open your portal" }).GetAttributeAsync("href")).ShouldNotBeNull());

        var expert = await NewPersonAsync(1100, 900, mobile: false);
        try
        {
            await expert.GotoAsync(link.PathAndQuery);
            await expert.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(expert.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {name}", Level = 1 })).ToBeVisibleAsync();
            var section = expert.Locator("section").Filter(new() { Has = expert.GetByRole(AriaRole.Heading, new() { Name = "Your payout statements" }) });
            foreach (var number in new[] { paid, voided, credit, reissued })
                await Assertions.Expect(section.GetByRole(AriaRole.Link, new() { Name = $"Download {number} (PDF)" })).ToBeVisibleAsync();
            await Assertions.Expect(section.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(4);
            await Assertions.Expect(section).ToContainTextAsync("-810.00 USD");
            await Screenshots.SaveAsync(section, "portal-payout-statements.png");

            var download = await expert.RunAndWaitForDownloadAsync(() => section.GetByRole(AriaRole.Link, new() { Name = $"Download {paid} (PDF)" }).ClickAsync());
            download.SuggestedFilename.ShouldBe($"{paid}.pdf");
        }
        finally
        {
            await expert.Context.CloseAsync();
        }
    }

    /// <summary>
    /// Statements issued in the expert's name: two months ago (paid), last month (voided by a credit note, then issued
    /// again corrected), and a draft finance has not issued, which the expert must not see.
    /// </summary>
    private Task<(string Paid, string Voided, string CreditNote, string Reissued)> StatementsAsync(Guid expertId) =>
        app.WithServicesAsync(async services =>
        {
            var cancellation = TestContext.Current.CancellationToken;
            var now = DateTime.UtcNow;
            var today = DateOnly.FromDateTime(now);
            var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            var earlier = lastMonth.AddMonths(-1);
            PayoutStatement Draft(DateOnly month, decimal hours) => PayoutStatement.Draft(expertId, new DateRange(month, month.AddMonths(1).AddDays(-1)), "USD",
                [new BillingLine($"Oncology reasoning evaluation — Review, {month:yyyy-MM-dd}", expertId, Activity.Review, hours, 180m, "USD")], now);
            var (paid, voided, reissued, draft) = (Draft(earlier, 6m), Draft(lastMonth, 4.5m), Draft(lastMonth, 4.75m), Draft(today, 2m));
            async Task InScopeAsync(Func<IServiceProvider, Task> work)
            {
                await using var scope = services.CreateAsyncScope();
                await work(scope.ServiceProvider);
            }
            await InScopeAsync(async s =>
            {
                var db = s.GetRequiredService<ExpertNetworkDbContext>();
                db.AddRange(paid, voided, reissued, draft);
                await db.SaveChangesAsync(cancellation);
            });
            var numbers = new Dictionary<Guid, string>();
            foreach (var id in new[] { paid.Id, voided.Id })
                await InScopeAsync(async s => numbers[id] = (await s.GetRequiredService<IssuePayoutStatementsHandler>().HandleAsync(new IssuePayoutStatementsCommand([id]), cancellation)).Issued.Single().Number);
            await InScopeAsync(s => s.GetRequiredService<MarkPayoutStatementPaidHandler>().HandleAsync(new MarkPayoutStatementPaidCommand(paid.Id, today, "BATCH-7"), cancellation));
            var credit = "";
            await InScopeAsync(async s => credit = (await s.GetRequiredService<VoidPayoutStatementHandler>().HandleAsync(new VoidPayoutStatementCommand(voided.Id, "Half an hour was booked to the wrong day"), cancellation)).Number);
            await InScopeAsync(async s => numbers[reissued.Id] = (await s.GetRequiredService<IssuePayoutStatementsHandler>().HandleAsync(new IssuePayoutStatementsCommand([reissued.Id]), cancellation)).Issued.Single().Number);
            return (numbers[paid.Id], numbers[voided.Id], credit, numbers[reissued.Id]);
        });

    private async Task<string> SignInLinkFromMailboxAsync(string expertName)
    {
        await Page.GotoAsync("/dev/mailbox");
        var message = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = expertName }).GetByRole(AriaRole.Link, new() { Name = "Your sign-in link for ExpertNetwork" });
        for (var attempt = 0; attempt < 60 && await message.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            await Page.ReloadAsync();
        }
        await message.First.ClickAsync();
        await Assertions.Expect(Page.GetByText($"Dear {expertName},")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "portal-sign-in-email.png");
        var link = new Uri((await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in to your expert portal" }).GetAttributeAsync("href")).ShouldNotBeNull());
        // Sign-in links are built on ExpertLinks:BaseUrl, never on the Host of the request that asked for them (anyone
        // can ask for anyone's link); the test app listens on a port of its own, so the browser takes the path there.
        link.AbsolutePath.ShouldStartWith("/portal/link/");
        return link.PathAndQuery;
    }

    /// <summary>An expert on an accepted engagement of the demo's oncology project that started ten days ago (60 h cap).</summary>
    private Task<(string Name, string Email, Guid Id)> EngagedExpertAsync(string name, string email) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<ExpertNetworkDbContext>();
            var now = DateTime.UtcNow;
            var today = DateOnly.FromDateTime(now);
            var project = await db.Projects.SingleAsync(p => p.Name == "Oncology reasoning evaluation", TestContext.Current.CancellationToken);
            var specialty = await db.Specialties.OrderBy(x => x.Path).FirstAsync(TestContext.Current.CancellationToken);
            var request = StaffingRequest.Open(project.Id, "Answer graders", specialty.Id, [], [CredentialKind.MedicalLicense], ["en"], Activity.Review,
                1, 10m, new DateRange(today.AddDays(-10), today.AddDays(32)), new Money(300m, "USD"), 72, false, 5, now.AddDays(-20));
            var expert = Expert.Register(name, email, "GB", "Europe/London", 12, 20m, now.AddDays(-100));
            var engagement = Engagement.Propose(expert.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(180m, "USD") }, 1, now.AddDays(-20));
            engagement.Offer(now.AddDays(-17), now.AddDays(-20));
            engagement.Accept(expert.FullName, true, null, null, new string('a', 64), now.AddDays(-19));
            db.AddRange(request, expert, engagement);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return (expert.FullName, expert.Email, expert.Id);
        });
}
