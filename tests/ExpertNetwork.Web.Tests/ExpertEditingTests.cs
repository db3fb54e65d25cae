using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests;

/// <summary>Creating and vetting experts through the staff pages: forms, validation, antiforgery, roles and evidence files.</summary>
public sealed class ExpertEditingTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private Task<Browser> ComplianceAsync() => app.SharedBrowserAsync(DemoStaff.Compliance);

    private Task<Guid> SpecialtyIdAsync(string name) => app.WithScopeAsync(s =>
        s.GetRequiredService<ExpertNetworkDbContext>().Specialties.Where(x => x.Name == name).Select(x => x.Id).FirstAsync(Cancellation));

    private static string NewEmail() => $"new.expert.{Guid.NewGuid():N}@clinic.example";

    private async Task<List<KeyValuePair<string, string>>> ProfileFieldsAsync(string email, string name = "Nadia Novak")
    {
        var oncology = await SpecialtyIdAsync("Oncology");
        return
        [
            new("Input.FullName", name), new("Input.Email", email), new("Input.Phone", "+48 22 000 00 00"),
            new("Input.CountryCode", "PL"), new("Input.TimeZoneId", "Europe/Warsaw"), new("LanguagesText", "pl, en"),
            new("Input.YearsOfExperience", "11"), new("Input.WeeklyCapacityHours", "15"), new("Input.SpecialtyIds", oncology.ToString()),
            new("Version", "0"),
        ];
    }

    private async Task<Guid> CreateThroughTheFormAsync(Browser browser, string email)
    {
        var created = await browser.SubmitAsync("/experts/new", "/experts/new", await ProfileFieldsAsync(email));
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.Text);
        return Guid.Parse(created.Location!["/experts/".Length..]);
    }

    private static async Task<HtmlPage> UploadAsync(Browser browser, Guid expertId, string action, byte[]? file, string fileName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var profile = await browser.GetAsync($"/experts/{expertId}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(profile.AntiforgeryToken), "__RequestVerificationToken");
        foreach (var (key, value) in fields)
            form.Add(new StringContent(value), key);
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            // Browsers guess the type from the name; the server must not trust it.
            part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/png");
            form.Add(part, "evidence", fileName);
        }
        return await HtmlPage.ReadAsync(await browser.Client.PostAsync(action, form, Cancellation), Cancellation);
    }

    private static KeyValuePair<string, string>[] LicenceFields =>
    [
        new("Kind", "MedicalLicense"), new("Issuer", "Naczelna Izba Lekarska"), new("Number", "PWZ-1234567"),
        new("Jurisdiction", "PL"), new("IssuedOn", "2015-06-01"), new("ExpiresOn", "2031-06-01"),
    ];

    private async Task<Guid> CredentialIdAsync(Guid expertId) => await app.WithScopeAsync(s =>
        s.GetRequiredService<ExpertNetworkDbContext>().Credentials.Where(c => c.ExpertId == expertId).Select(c => c.Id).SingleAsync(Cancellation));

    [Fact]
    public async Task Compliance_registers_an_expert_with_the_form_and_lands_on_the_new_profile()
    {
        var browser = await ComplianceAsync();
        var email = NewEmail();

        var id = await CreateThroughTheFormAsync(browser, email);
        var profile = await browser.GetAsync($"/experts/{id}");

        profile.Status.ShouldBe(HttpStatusCode.OK);
        profile.Text.ShouldContain("Nadia Novak is registered as an applicant. Add a credential next.");
        profile.Text.ShouldContain(email);
        profile.Text.ShouldContain("PL · Europe/Warsaw");
        profile.Text.ShouldContain("Applicant");
        profile.Text.ShouldContain("Mark vetted");
    }

    [Fact]
    public async Task The_form_lists_the_taxonomy_as_checkboxes_and_every_iana_zone()
    {
        var browser = await ComplianceAsync();

        var form = await browser.GetAsync("/experts/new");

        form.Status.ShouldBe(HttpStatusCode.OK);
        form.Markup.ShouldContain("name=\"Input.SpecialtyIds\"");
        form.Markup.ShouldContain("class=\"check depth-2\"");
        form.Markup.ShouldContain("<option value=\"America/New_York\"");
        form.Markup.ShouldContain("<option value=\"Europe/Warsaw\"");
    }

    [Fact]
    public async Task An_incomplete_form_shows_what_is_missing_and_registers_nobody()
    {
        var browser = await ComplianceAsync();
        var before = await CountExpertsAsync();

        var page = await browser.SubmitAsync("/experts/new", "/experts/new",
            [new("Input.FullName", ""), new("Input.Email", "not-an-email"), new("Input.CountryCode", "Poland"), new("Input.TimeZoneId", "Europe/Warsaw"), new("LanguagesText", "english!")]);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("Enter the expert's full name.");
        page.Text.ShouldContain("Enter a valid email address.");
        page.Text.ShouldContain("The country must be a two-letter ISO code such as DE or US.");
        page.Text.ShouldContain("Choose at least one specialty.");
        page.Text.ShouldContain("Enter languages as ISO codes separated by commas, for example en, de, pl.");
        (await CountExpertsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_with_the_domain_message()
    {
        var browser = await ComplianceAsync();
        var fields = (await ProfileFieldsAsync(NewEmail())).Where(f => f.Key != "Input.TimeZoneId").Append(new("Input.TimeZoneId", "Europe/Atlantis"));

        var page = await browser.SubmitAsync("/experts/new", "/experts/new", fields);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain("'Europe/Atlantis' is not a known IANA time zone");
    }

    [Fact]
    public async Task A_taken_email_in_another_letter_case_is_refused_next_to_the_email_field()
    {
        var browser = await ComplianceAsync();
        var email = NewEmail();
        await CreateThroughTheFormAsync(browser, email);

        var page = await browser.SubmitAsync("/experts/new", "/experts/new", await ProfileFieldsAsync(email.ToUpperInvariant(), "Second Nadia"));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain($"Another expert is already registered with the email address {email}.");
    }

    [Fact]
    public async Task Registering_without_the_antiforgery_token_is_refused()
    {
        var browser = await ComplianceAsync();
        var before = await CountExpertsAsync();

        var page = await browser.PostAsync("/experts/new", await ProfileFieldsAsync(NewEmail()));

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await CountExpertsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Saving_an_edit_opened_before_someone_elses_save_says_so_and_keeps_their_change()
    {
        var browser = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(browser, NewEmail());
        var fields = await ProfileFieldsAsync(NewEmail(), "First Save");
        (await browser.SubmitAsync($"/experts/{id}/edit", $"/experts/{id}/edit", fields)).Status.ShouldBe(HttpStatusCode.Redirect);

        var stale = await browser.SubmitAsync($"/experts/{id}/edit", $"/experts/{id}/edit",
            fields.Select(f => f.Key switch { "Input.FullName" => new("Input.FullName", "Second Save"), _ => f }));

        stale.Status.ShouldBe(HttpStatusCode.OK);
        stale.Text.ShouldContain("This expert was changed by someone else after you opened it. Nothing was saved");
        (await browser.GetAsync($"/experts/{id}")).Text.ShouldContain("First Save");
    }

    [Fact]
    public async Task Finance_may_not_open_the_form_nor_register_an_expert()
    {
        using var browser = await app.SignedInAsync(DemoStaff.Finance);

        var form = await browser.GetAsync("/experts/new");
        var post = await browser.SubmitAsync("/dashboard", "/experts/new", await ProfileFieldsAsync(NewEmail()));

        form.Location.ShouldBe("/account/access-denied?ReturnUrl=%2Fexperts%2Fnew");
        post.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
    }

    [Fact]
    public async Task A_program_manager_edits_profiles_but_may_not_verify_credentials_or_change_status()
    {
        var compliance = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(compliance, NewEmail());
        (await UploadAsync(compliance, id, $"/experts/{id}/credentials", Pdf, "licence.pdf", LicenceFields)).Status.ShouldBe(HttpStatusCode.Redirect);
        var credentialId = await CredentialIdAsync(id);
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);

        var profile = await pm.GetAsync($"/experts/{id}");
        var verify = await pm.SubmitAsync($"/experts/{id}", $"/experts/{id}/credentials/{credentialId}/verify", []);
        var archive = await pm.SubmitAsync($"/experts/{id}", $"/experts/{id}/status/Archive", [new("Reason", "Duplicate")]);
        var evidence = await pm.GetAsync($"/experts/{id}/credentials/{credentialId}/evidence");
        var edit = await pm.GetAsync($"/experts/{id}/edit");

        profile.Text.ShouldContain("Edit profile");
        profile.Markup.ShouldNotContain("/verify\"");
        profile.Markup.ShouldNotContain($"href=\"/experts/{id}/credentials/{credentialId}/evidence\"");
        verify.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
        archive.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
        evidence.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
        edit.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_program_manager_sees_the_email_read_only_cannot_change_it_and_still_saves_the_other_fields()
    {
        var compliance = await ComplianceAsync();
        var email = NewEmail();
        var id = await CreateThroughTheFormAsync(compliance, email);
        var pm = await app.SharedBrowserAsync(DemoStaff.ProgramManager);

        var form = await pm.GetAsync($"/experts/{id}/edit");
        var swapped = await pm.SubmitAsync($"/experts/{id}/edit", $"/experts/{id}/edit", await ProfileFieldsAsync(NewEmail(), "Swapped Address"));
        var renamed = await pm.SubmitAsync($"/experts/{id}/edit", $"/experts/{id}/edit", await ProfileFieldsAsync(email, "Nadia Novak-Kowalska"));

        form.Markup.ShouldMatch("<input[^>]*name=\"Input.Email\"[^>]*readonly|<input[^>]*readonly[^>]*name=\"Input.Email\"");
        form.Text.ShouldContain("Only Compliance or an Admin can change an expert's email address.");
        swapped.Status.ShouldBe(HttpStatusCode.OK);
        swapped.Text.ShouldContain($"Only Compliance or an Admin may change an expert's email address. It stays {email}");
        renamed.Status.ShouldBe(HttpStatusCode.Redirect, renamed.Text);
        var (saved, name, told) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            var expert = await db.Experts.AsNoTracking().SingleAsync(e => e.Id == id, Cancellation);
            return (expert.Email, expert.FullName, await db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Subject.Contains("email address"), Cancellation));
        });
        saved.ShouldBe(email);
        name.ShouldBe("Nadia Novak-Kowalska");
        told.ShouldBe(0);
    }

    [Fact]
    public async Task Compliance_changes_an_experts_email_the_old_address_is_told_and_the_change_is_audited()
    {
        var compliance = await ComplianceAsync();
        var old = NewEmail();
        var id = await CreateThroughTheFormAsync(compliance, old);
        var current = NewEmail();

        var saved = await compliance.SubmitAsync($"/experts/{id}/edit", $"/experts/{id}/edit", await ProfileFieldsAsync(current));

        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.Text);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ExpertNetworkDbContext>();
            (await db.Experts.AsNoTracking().SingleAsync(e => e.Id == id, Cancellation)).Email.ShouldBe(current);
            var notice = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == old, Cancellation);
            notice.Subject.ShouldBe("Your email address at ExpertNetwork was changed");
            notice.TextBody.ShouldContain(old);
            notice.TextBody.ShouldContain(current);
            var change = await db.AuditEvents.AsNoTracking().SingleAsync(a => a.EntityId == id.ToString() && a.Action.Contains("EmailChanged"), Cancellation);
            change.ActorName.ShouldBe(DemoStaff.Compliance);
            change.Before.ShouldNotBeNull().ShouldContain(old);
            change.After.ShouldNotBeNull().ShouldContain(current);
            return 0;
        });
    }

    [Fact]
    public async Task Every_copy_of_personal_data_taken_out_is_on_record_with_who_and_when()
    {
        var compliance = await ComplianceAsync();
        var email = NewEmail();
        var id = await CreateThroughTheFormAsync(compliance, email);
        (await UploadAsync(compliance, id, $"/experts/{id}/credentials", Pdf, "licence.pdf", LicenceFields)).Status.ShouldBe(HttpStatusCode.Redirect);
        var credentialId = await CredentialIdAsync(id);
        var since = DateTime.UtcNow.AddSeconds(-1);

        var evidence = await compliance.Client.GetAsync($"/experts/{id}/credentials/{credentialId}/evidence", Cancellation);
        var personal = await compliance.Client.GetAsync($"/experts/{id}/personal-data.json", Cancellation);
        var list = await compliance.Client.GetAsync($"/experts/export.csv?country=PL&q={Uri.EscapeDataString(email)}", Cancellation);

        evidence.StatusCode.ShouldBe(HttpStatusCode.OK);
        personal.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await list.Content.ReadAsStringAsync(Cancellation)).ShouldContain("Nadia Novak");
        var events = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().AuditEvents.AsNoTracking()
            .Where(a => a.OccurredUtc >= since && (a.Action == "EvidenceDownloaded" || a.Action == "PersonalDataExported" || a.Action == "ExpertsExported"))
            .ToListAsync(Cancellation));
        // Other tests share the app and may take copies in the same second: keep this test's own.
        events = [.. events.Where(e => e.EntityId == credentialId.ToString() || e.EntityId == id.ToString() || (e.After ?? string.Empty).Contains(email, StringComparison.OrdinalIgnoreCase))];
        events.Single(e => e.Action == "EvidenceDownloaded").EntityId.ShouldBe(credentialId.ToString());
        events.Single(e => e.Action == "EvidenceDownloaded").After.ShouldNotBeNull().ShouldContain("licence.pdf");
        events.Single(e => e.Action == "PersonalDataExported").EntityId.ShouldBe(id.ToString());
        events.Single(e => e.Action == "ExpertsExported").After.ShouldNotBeNull().ShouldContain("\"Country\":\"PL\"");
        events.ShouldAllBe(e => e.ActorName == DemoStaff.Compliance && e.ActorKind == ExpertNetwork.Domain.Auditing.ActorKind.Staff);
        var trail = await app.WithScopeAsync(s => s.GetRequiredService<ExpertNetwork.Application.Auditing.VerifyAuditTrailHandler>().HandleAsync(Cancellation));
        trail.IsIntact.ShouldBeTrue(trail.Problem);
    }

    [Fact]
    public async Task Compliance_adds_a_credential_with_evidence_verifies_it_and_takes_the_expert_to_active()
    {
        var browser = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(browser, NewEmail());

        var added = await UploadAsync(browser, id, $"/experts/{id}/credentials", Png, "licence scan.png", LicenceFields);
        var credentialId = await CredentialIdAsync(id);
        var verified = await browser.SubmitAsync($"/experts/{id}", $"/experts/{id}/credentials/{credentialId}/verify", []);
        var vetted = await browser.SubmitAsync($"/experts/{id}", $"/experts/{id}/status/MarkVetted", [new("Version", await VersionAsync(id))]);
        var activated = await browser.SubmitAsync($"/experts/{id}", $"/experts/{id}/status/Activate", [new("Version", await VersionAsync(id))]);
        var profile = await browser.GetAsync($"/experts/{id}");

        new[] { added, verified, vetted, activated }.ShouldAllBe(p => p.Location == $"/experts/{id}");
        profile.Text.ShouldContain("The expert is active and can be offered work.");
        profile.Markup.ShouldContain("badge big status-active");
        profile.Markup.ShouldContain("badge cred-verified");
        profile.Text.ShouldContain("licence scan.png");
        profile.Text.ShouldContain("by compliance@demo.local");
    }

    [Fact]
    public async Task Evidence_downloads_for_compliance_as_an_attachment_with_its_name_and_no_sniffing_and_finance_is_refused()
    {
        var browser = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(browser, NewEmail());
        await UploadAsync(browser, id, $"/experts/{id}/credentials", Pdf, "Licence (front).pdf", LicenceFields);
        var credentialId = await CredentialIdAsync(id);
        var url = $"/experts/{id}/credentials/{credentialId}/evidence";

        var download = await browser.Client.GetAsync(url, Cancellation);
        using var finance = await app.SignedInAsync(DemoStaff.Finance);
        var refused = await finance.GetAsync(url);

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Licence (front).pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await download.Content.ReadAsByteArrayAsync(Cancellation)).ShouldBe(Pdf);
        refused.Location.ShouldNotBeNull().ShouldStartWith("/account/access-denied");
    }

    [Fact]
    public async Task An_executable_renamed_to_pdf_is_refused_with_a_clear_message_and_no_credential_is_recorded()
    {
        var browser = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(browser, NewEmail());

        var upload = await UploadAsync(browser, id, $"/experts/{id}/credentials", Executable, "licence.pdf", LicenceFields);
        var profile = await browser.GetAsync(upload.Location!);

        profile.Text.ShouldContain("The evidence file must be a PDF, PNG or JPEG. This file's content is none of those, whatever its name says.");
        profile.Text.ShouldContain("No credentials recorded.");
    }

    [Fact]
    public async Task Evidence_over_10_MB_is_refused_with_a_clear_message()
    {
        var browser = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(browser, NewEmail());
        var big = new byte[(10 * 1024 * 1024) + 10];
        Pdf.CopyTo(big, 0);

        var upload = await UploadAsync(browser, id, $"/experts/{id}/credentials", big, "licence.pdf", LicenceFields);
        var profile = await browser.GetAsync(upload.Location!);

        profile.Text.ShouldContain("The evidence file is larger than 10 MB.");
        profile.Text.ShouldContain("No credentials recorded.");
    }

    [Fact]
    public async Task An_upload_far_over_the_limit_is_refused_with_a_clear_answer_not_an_error()
    {
        var browser = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(browser, NewEmail());
        var huge = new byte[12 * 1024 * 1024];
        Pdf.CopyTo(huge, 0);

        var upload = await UploadAsync(browser, id, $"/experts/{id}/credentials", huge, "licence.pdf", LicenceFields);

        upload.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge, upload.Text);
        upload.Text.ShouldContain("an evidence file may be at most 10 MB");
        (await browser.GetAsync($"/experts/{id}")).Text.ShouldContain("No credentials recorded.");
    }

    [Fact]
    public async Task A_credential_form_with_missing_fields_says_what_is_missing()
    {
        var browser = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(browser, NewEmail());

        var upload = await UploadAsync(browser, id, $"/experts/{id}/credentials", null, "", [new("Kind", "MedicalLicense"), new("Issuer", "GMC")]);
        var profile = await browser.GetAsync(upload.Location!);

        profile.Text.ShouldContain("Enter the credential number.");
        profile.Text.ShouldContain("Enter the issue date.");
    }

    [Fact]
    public async Task Suspending_without_a_reason_is_refused_with_a_clear_message()
    {
        var browser = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(browser, NewEmail());

        var post = await browser.SubmitAsync($"/experts/{id}", $"/experts/{id}/status/Suspend", [new("Version", "0"), new("Reason", " ")]);
        var profile = await browser.GetAsync(post.Location!);

        profile.Text.ShouldContain("A suspension reason is required.");
        profile.Markup.ShouldContain("badge big status-applicant");
    }

    [Fact]
    public async Task An_overlapping_rate_is_refused_and_the_rate_history_stays_on_the_profile()
    {
        var browser = await ComplianceAsync();
        var id = await CreateThroughTheFormAsync(browser, NewEmail());

        await browser.SubmitAsync($"/experts/{id}", $"/experts/{id}/rates", [new("Activity", "Annotation"), new("Amount", "95"), new("Currency", "EUR"), new("From", "2026-01-01")]);
        await browser.SubmitAsync($"/experts/{id}", $"/experts/{id}/rates", [new("Activity", "Annotation"), new("Amount", "110"), new("Currency", "EUR"), new("From", "2026-07-01")]);
        var overlap = await browser.SubmitAsync($"/experts/{id}", $"/experts/{id}/rates", [new("Activity", "Annotation"), new("Amount", "120"), new("Currency", "EUR"), new("From", "2026-03-01"), new("To", "2026-08-01")]);
        var profile = await browser.GetAsync(overlap.Location!);

        profile.Text.ShouldContain("The Annotation rate");
        profile.Text.ShouldContain("overlaps the new period 2026-03-01 to 2026-08-01.");
        profile.Text.ShouldContain("95.00 EUR");
        profile.Text.ShouldContain("110.00 EUR");
        profile.Text.ShouldContain("30 Jun 2026");
    }

    private Task<int> CountExpertsAsync() => app.WithScopeAsync(s => s.GetRequiredService<ExpertNetworkDbContext>().Experts.CountAsync(Cancellation));

    private Task<string> VersionAsync(Guid id) => app.WithScopeAsync(async s =>
        (await s.GetRequiredService<ExpertNetworkDbContext>().Experts.Where(e => e.Id == id).Select(e => e.Version).SingleAsync(Cancellation)).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
