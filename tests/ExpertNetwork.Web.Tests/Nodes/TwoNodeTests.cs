using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ExpertNetwork.Web.Tests.Support;
using Npgsql;

namespace ExpertNetwork.Web.Tests.Nodes;

/// <summary>
/// What two nodes must agree on, proved on two real app processes behind nginx: files, import previews, staff cookies,
/// one-time links and scheduled jobs all live in the shared database, so it does not matter which node a request
/// reaches. Requests go straight to node A or node B where the test needs one of each, and through nginx elsewhere.
/// </summary>
public sealed partial class TwoNodeTests(TwoNodeCluster cluster) : IClassFixture<TwoNodeCluster>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n% two nodes\n%%EOF\n");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private NodeProcess NodeA => cluster.NodeA!;

    private NodeProcess NodeB => cluster.NodeB!;

    [Fact]
    public async Task Evidence_uploaded_through_node_A_downloads_through_node_B()
    {
        cluster.Require();
        using var staff = new StaffSession(cluster);
        await staff.SignInAsync(staff.A, DemoStaff.Compliance);
        var expertId = await ScalarAsync<Guid>("""SELECT "Id" FROM "Experts" WHERE "Status" = 'Active' ORDER BY "Email" LIMIT 1""");
        var number = "NODES-" + Guid.NewGuid().ToString("N")[..8];

        var profile = await staff.A.GetAsync($"/experts/{expertId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(profile.AntiforgeryToken), "__RequestVerificationToken" },
            { new StringContent("MedicalLicense"), "Kind" }, { new StringContent("Naczelna Izba Lekarska"), "Issuer" },
            { new StringContent(number), "Number" }, { new StringContent("PL"), "Jurisdiction" },
            { new StringContent("2015-06-01"), "IssuedOn" }, { new StringContent("2031-06-01"), "ExpiresOn" },
        };
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "evidence", "licence.pdf");
        var upload = await staff.A.Client.PostAsync($"/experts/{expertId}/credentials", form, Cancellation);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync(Cancellation));

        var credentialId = await ScalarAsync<Guid>("""SELECT "Id" FROM "Credentials" WHERE "Number" = @p""", number);
        var download = await staff.B.Client.GetAsync($"/experts/{expertId}/credentials/{credentialId}/evidence", Cancellation);

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(Cancellation)).ShouldBe(Pdf);
        (await ScalarAsync<long>("""SELECT count(*) FROM "StoredFiles" f JOIN "Credentials" c ON c."EvidenceStorageKey" = f."Key" WHERE c."Id" = @p""", credentialId)).ShouldBe(1);
        Directory.Exists(Path.Combine(NodeA.DataDirectory, "files")).ShouldBeFalse("node A kept nothing on its own disk");
    }

    [Fact]
    public async Task An_import_previewed_on_node_A_is_confirmed_on_node_B()
    {
        cluster.Require();
        using var staff = new StaffSession(cluster);
        await staff.SignInAsync(staff.A, DemoStaff.Compliance);
        var email = $"two.nodes.{Guid.NewGuid():N}@example.org";
        var csv = "email,full_name,phone,country,time_zone,languages,specialties,years_experience,weekly_capacity_hours\n"
            + $"{email},Noor Nodes,+48 1,PL,Europe/Warsaw,pl;en,medicine/oncology,11,20\n";

        var page = await staff.A.GetAsync("/experts/import");
        using var body = new MultipartFormDataContent { { new StringContent(page.AntiforgeryToken), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "file", "experts.csv");
        var preview = await HtmlPage.ReadAsync(await staff.A.Client.PostAsync("/experts/import/preview", body, Cancellation), Cancellation);
        preview.Status.ShouldBe(HttpStatusCode.OK, preview.Text);
        preview.Text.ShouldContain("Import 1 row");
        var token = WebUtility.HtmlDecode(TokenInput().Match(preview.Markup).Groups["token"].Value);
        token.ShouldNotBeEmpty();

        var result = await staff.B.PostAsync("/experts/import/confirm", [new("token", token), new("__RequestVerificationToken", preview.AntiforgeryToken)]);

        result.Status.ShouldBe(HttpStatusCode.OK, result.Text);
        result.Text.ShouldContain("1 row created, 0 updated, 0 unchanged and 0 rejected.");
        (await ScalarAsync<long>("""SELECT count(*) FROM "Experts" WHERE "Email" = @p""", email)).ShouldBe(1);
        var again = await staff.A.PostAsync("/experts/import/confirm", [new("token", token), new("__RequestVerificationToken", preview.AntiforgeryToken)]);
        again.Status.ShouldBe(HttpStatusCode.BadRequest);
        again.Text.ShouldContain("This upload is no longer waiting to be imported");
    }

    [Fact]
    public async Task A_staff_cookie_issued_by_node_A_works_on_node_B_and_behind_the_proxy()
    {
        cluster.Require();
        using var staff = new StaffSession(cluster);
        // Compliance: Admin and Finance need a second factor in Production, which is not what this test is about.
        var signedIn = await staff.SignInAsync(staff.A, DemoStaff.Compliance);
        signedIn.SetCookies.ShouldContain(c => c.StartsWith(Browser.AuthCookieName + "=", StringComparison.Ordinal));

        var onB = await staff.B.GetAsync("/experts");
        onB.Status.ShouldBe(HttpStatusCode.OK, $"node B sent {onB.Status} {onB.Location}");
        onB.Navigation.ShouldNotBeEmpty();

        var marker = "/experts?page=1&nodes=" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 6; i++)
            (await staff.Proxy.GetAsync(marker)).Status.ShouldBe(HttpStatusCode.OK);
        var upstreams = await cluster.Proxy!.UpstreamsOfAsync(marker, Cancellation);
        upstreams.Count.ShouldBe(6);
        upstreams.Distinct().ShouldBe([$"127.0.0.1:{NodeA.Port}", $"127.0.0.1:{NodeB.Port}"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_portal_link_spent_on_node_A_is_refused_on_node_B()
    {
        cluster.Require();
        var email = await ScalarAsync<string>("""SELECT "Email" FROM "Experts" WHERE "Status" = 'Active' ORDER BY "Email" OFFSET 1 LIMIT 1""");
        using var expert = new StaffSession(cluster);
        var asked = await expert.Proxy.SubmitAsync("/portal/sign-in", "/portal/sign-in", [new("Form.Email", email)]);
        asked.Status.ShouldBe(HttpStatusCode.OK);
        var token = await SignInTokenAsync(email);

        var continuePage = await expert.A.GetAsync($"/portal/link/{token}");
        continuePage.Status.ShouldBe(HttpStatusCode.OK);
        var spent = await expert.A.PostAsync($"/portal/link/{token}", [new("__RequestVerificationToken", continuePage.AntiforgeryToken)]);
        spent.Location.ShouldBe("/portal");

        var again = await expert.B.PostAsync($"/portal/link/{token}", [new("__RequestVerificationToken", continuePage.AntiforgeryToken)]);

        again.Status.ShouldBe(HttpStatusCode.Gone);
        again.Text.ShouldContain("This sign-in link has been used");
    }

    [Fact]
    public async Task Scheduled_jobs_fire_once_across_both_nodes_and_a_queued_mail_is_sent_once()
    {
        cluster.Require();
        var email = await ScalarAsync<string>("""SELECT "Email" FROM "Experts" WHERE "Status" = 'Active' ORDER BY "Email" OFFSET 2 LIMIT 1""");
        using var expert = new StaffSession(cluster);
        (await expert.Proxy.SubmitAsync("/portal/sign-in", "/portal/sign-in", [new("Form.Email", email)])).Status.ShouldBe(HttpStatusCode.OK);
        var token = await SignInTokenAsync(email);

        // The compliance scan's cron trigger fires every second and both nodes hold it: each second must run once.
        var since = cluster.ReadyUtc.AddSeconds(2);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var firings = Firings(since);
        while (firings.Count < 8 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, Cancellation);
            firings = Firings(since);
        }
        firings.Count.ShouldBeGreaterThanOrEqualTo(8, NodeA.Output + NodeB.Output);
        firings.GroupBy(f => f.Scheduled).Where(g => g.Count() > 1).Select(g => $"{g.Key:O} ran on {string.Join(" and ", g.Select(f => f.Node))}")
            .ShouldBeEmpty();
        var instances = await ScalarListAsync("""SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = 'ExpertNetwork'""");
        instances.Count.ShouldBe(2, "both processes checked in to one cluster");

        // Several dispatch runs later, the mail has still been delivered once.
        await Task.Delay(TimeSpan.FromSeconds(4), Cancellation);
        SignInTokensTo(email).Count(t => t == token).ShouldBe(1);
    }

    private List<(string Node, DateTimeOffset Scheduled)> Firings(DateTimeOffset since) =>
        new[] { NodeA, NodeB }
            .SelectMany(n => FiringLine().Matches(n.Output).Select(m => (n.Name, DateTimeOffset.Parse(m.Groups["scheduled"].Value, System.Globalization.CultureInfo.InvariantCulture))))
            .Where(f => f.Item2 > since)
            .ToList();

    /// <summary>The sign-in link's token from the mail that reached <paramref name="email"/> (other mail, such as compliance reminders, is passed over).</summary>
    private async Task<string> SignInTokenAsync(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var tokens = SignInTokensTo(email);
            if (tokens.Count > 0)
                return tokens[^1];
            await Task.Delay(250, Cancellation);
        }
        throw new TimeoutException($"No sign-in mail reached {email} within 60 seconds.");
    }

    private List<string> SignInTokensTo(string email) => cluster.Smtp!.Received
        .Where(m => m.Recipients.Contains(email, StringComparer.OrdinalIgnoreCase))
        .Select(m => PortalLink().Match(m.Message.TextBody ?? string.Empty))
        .Where(m => m.Success)
        .Select(m => m.Groups["token"].Value)
        .ToList();

    private async Task<T> ScalarAsync<T>(string sql, object? parameter = null)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
            command.Parameters.AddWithValue("p", parameter);
        return (T)(await command.ExecuteScalarAsync(Cancellation))!;
    }

    private async Task<List<string>> ScalarListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        var values = new List<string>();
        while (await reader.ReadAsync(Cancellation))
            values.Add(reader.GetString(0));
        return values;
    }

    [GeneratedRegex("""<input type="hidden" name="token" value="(?<token>[^"]+)"\s*/>""")]
    private static partial Regex TokenInput();

    [GeneratedRegex("""/portal/link/(?<token>[A-Za-z0-9_-]+)""")]
    private static partial Regex PortalLink();

    [GeneratedRegex("""Job compliance-scan ran the firing scheduled for (?<scheduled>\S+)""")]
    private static partial Regex FiringLine();

    /// <summary>One person's browser: one cookie jar, and a client for node A, node B and the proxy that all use it.</summary>
    private sealed class StaffSession : IDisposable
    {
        private readonly HttpClientHandler _handler;

        public StaffSession(TwoNodeCluster cluster)
        {
            _handler = cluster.Tls!.Handler(followRedirects: false, cookies: new CookieContainer());
            A = new Browser(new HttpClient(_handler, disposeHandler: false) { BaseAddress = cluster.NodeA!.BaseAddress });
            B = new Browser(new HttpClient(_handler, disposeHandler: false) { BaseAddress = cluster.NodeB!.BaseAddress });
            Proxy = new Browser(new HttpClient(_handler, disposeHandler: false) { BaseAddress = cluster.Proxy!.BaseAddress });
        }

        public Browser A { get; }

        public Browser B { get; }

        public Browser Proxy { get; }

        public async Task<HtmlPage> SignInAsync(Browser node, string email)
        {
            var page = await node.SignInAsync(email, DemoStaff.Password);
            page.Status.ShouldBe(HttpStatusCode.Redirect, page.Text);
            return page;
        }

        public void Dispose()
        {
            A.Dispose();
            B.Dispose();
            Proxy.Dispose();
            _handler.Dispose();
        }
    }
}
