using System.Text;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Application.Experts.Import;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Experts;

public abstract class ExpertImportTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private const string Header =
        "email,full_name,phone,country,time_zone,languages,specialties,years_experience,weekly_capacity_hours,headline,notes," +
        "credential_kind,credential_issuer,credential_number,credential_jurisdiction,credential_issued_on,credential_expires_on\n";

    // Row numbers as a spreadsheet shows them: the header is row 1.
    private const string MixedFile = Header
        + "anna@example.org,Anna Kowalska,+48 600 100 200,PL,Europe/Warsaw,pl;en,medicine/oncology,12,20,Oncologist,,MedicalLicense,Naczelna Izba Lekarska,PWZ-1,PL,2012-05-01,\n"
        + "ANNA@example.org,,,,,,,,,,,BoardCertification,Polish Oncology Board,POB-7,PL,2016-01-10,2031-01-10\n"
        + "not-an-email,Bad Email,,DE,Europe/Berlin,en,oncology,5,10,,,,,,,,\n"
        + "bob@example.org,Bob Brown,,Germany,Mars/Base,en,cardiology,abc,10,,,,,,,,\n"
        + "\"carla@example.org\",\"Carla Diaz, PhD\",,ES,Europe/Madrid,es;en,law/corporate-law,8,12.5,,\"Two lines,\nwith a comma\",,,,,,\n"
        + "dora@example.org,Dora Evans,,GB,Europe/London,en,medicine/oncology,9,10,,,MedicalLicense,GMC,GMC-1,GB,2015-01-01,2014-01-01\n"
        + "emil@example.org,Emil Frank,,DE,Europe/Berlin,de,astrology,9,10,,,,,,,,\n";

    [Fact]
    public async Task The_preview_of_a_mixed_file_lists_every_problem_by_row_and_column_and_writes_nothing()
    {
        await SeedTaxonomyAsync();
        var eventsBefore = await CountAuditEventsAsync();

        var preview = (await PreviewAsync(MixedFile)).Preview.ShouldNotBeNull();

        var r = preview.Report;
        r.Rows.Select(x => (x.Row, x.Status)).ShouldBe(
        [
            (2, ImportRowStatus.Create), (3, ImportRowStatus.Create), (4, ImportRowStatus.Rejected), (5, ImportRowStatus.Rejected),
            (6, ImportRowStatus.Create), (7, ImportRowStatus.Rejected), (8, ImportRowStatus.Rejected),
        ]);
        (r.Created, r.Updated, r.Unchanged, r.Rejected).ShouldBe((3, 0, 0, 4));
        r.Rows.SelectMany(x => x.Problems).Select(p => p.ToString()).ShouldBe(
        [
            "Row 4, column email: 'not-an-email' is not a valid email address.",
            "Row 5, column years_experience: 'abc' is not a whole number of years.",
            "Row 5, column country: The country must be a two-letter ISO code such as DE or US.",
            "Row 5, column time_zone: 'Mars/Base' is not a known IANA time zone (for example Europe/Warsaw or America/New_York).",
            "Row 7, column credential_expires_on: The expiry date must be after the issue date.",
            "Row 8, column specialties: 'astrology' is not a specialty in the taxonomy; use its code or path (for example oncology or medicine/oncology).",
        ]);
        r.Rows.Single(x => x.Row == 3).Changes.ShouldBe(["adds board certification POB-7"]);
        preview.StorageKey.ShouldNotBeNull();
        (await ReadAsync(db => db.Experts.CountAsync(Cancellation))).ShouldBe(0);
        (await CountAuditEventsAsync()).ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task Confirming_imports_only_the_valid_rows_with_their_credentials()
    {
        await SeedTaxonomyAsync();

        var result = await ImportAsync(MixedFile);

        (result.Created, result.Rejected).ShouldBe((3, 4));
        var experts = await ReadAsync(db => db.Experts.AsNoTracking().Include(e => e.Languages).OrderBy(e => e.Email).ToListAsync(Cancellation));
        experts.Select(e => e.Email).ShouldBe(["anna@example.org", "carla@example.org"]);
        var anna = experts[0];
        (anna.FullName, anna.Phone, anna.CountryCode, anna.Headline, anna.Status).ShouldBe(("Anna Kowalska", "+48 600 100 200", "PL", "Oncologist", ExpertStatus.Applicant));
        anna.Languages.Select(l => l.Code).Order().ShouldBe(["en", "pl"]);
        var credentials = await ReadAsync(db => db.Credentials.AsNoTracking().Where(c => c.ExpertId == anna.Id).OrderBy(c => c.Number).ToListAsync(Cancellation));
        credentials.Select(c => (c.Kind, c.Number, c.Status)).ShouldBe(
            [(CredentialKind.BoardCertification, "POB-7", VerificationStatus.Pending), (CredentialKind.MedicalLicense, "PWZ-1", VerificationStatus.Pending)]);
        experts[1].FullName.ShouldBe("Carla Diaz, PhD");
        experts[1].Notes.ShouldBe("Two lines,\nwith a comma");
        experts[1].WeeklyCapacityHours.ShouldBe(12.5m);
    }

    [Fact]
    public async Task Re_importing_the_same_file_changes_nothing_and_writes_no_audit_events()
    {
        await SeedTaxonomyAsync();
        await ImportAsync(MixedFile);
        var eventsBefore = await CountAuditEventsAsync();

        var again = (await PreviewAsync(MixedFile)).Preview.ShouldNotBeNull();

        (again.Report.Created, again.Report.Updated, again.Report.Unchanged, again.Report.Rejected).ShouldBe((0, 0, 3, 4));
        again.StorageKey.ShouldBeNull("nothing to import, so nothing is kept to confirm");
        (await CountAuditEventsAsync()).ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task Confirming_a_preview_after_the_same_file_was_imported_meanwhile_writes_nothing()
    {
        await SeedTaxonomyAsync();
        var first = (await PreviewAsync(MixedFile)).Preview.ShouldNotBeNull();
        await ImportAsync(MixedFile);
        var eventsBefore = await CountAuditEventsAsync();

        var late = await ConfirmAsync(first.StorageKey!, first.Sha256!);

        late.Error.ShouldBeNull();
        (late.Report!.Created, late.Report.Updated, late.Report.Unchanged).ShouldBe((0, 0, 3));
        (await CountAuditEventsAsync()).ShouldBe(eventsBefore);
        (await ReadAsync(db => db.Experts.CountAsync(Cancellation))).ShouldBe(2);
    }

    [Fact]
    public async Task Re_importing_with_a_changed_phone_updates_only_that_expert()
    {
        await SeedTaxonomyAsync();
        await ImportAsync(MixedFile);
        var eventsBefore = await CountAuditEventsAsync();
        var changed = MixedFile.Replace("+48 600 100 200", "+48 600 999 999", StringComparison.Ordinal);

        var result = await ImportAsync(changed);

        var annaRow = result.Rows.Single(x => x.Row == 2);
        (annaRow.Status, annaRow.Changes.Single()).ShouldBe((ImportRowStatus.Update, "changes phone"));
        (result.Created, result.Updated, result.Unchanged).ShouldBe((0, 1, 2));
        var anna = await ReadAsync(db => db.Experts.SingleAsync(e => e.Email == "anna@example.org", Cancellation));
        anna.Phone.ShouldBe("+48 600 999 999");
        var newEvents = await ReadAsync(db => db.AuditEvents.Where(a => a.Sequence > eventsBefore).ToListAsync(Cancellation));
        newEvents.Select(e => (e.Action, e.EntityId)).ShouldBe([("ProfileUpdated", anna.Id.ToString())]);
        var after = System.Text.Json.JsonDocument.Parse(newEvents[0].After!).RootElement;
        after.EnumerateObject().Select(p => p.Name).ShouldBe(["Phone"]);
        after.GetProperty("Phone").GetString().ShouldBe("+48 600 999 999");
    }

    [Fact]
    public async Task A_blank_profile_cell_keeps_the_recorded_value_and_a_missing_column_leaves_the_field_alone()
    {
        var taxonomy = await SeedTaxonomyAsync();
        var expert = new ExpertBuilder().Named("Greta Hahn").WithEmail("greta@example.org").In(taxonomy.Cardiology).Speaking("de").Build();
        await SaveAsync(expert);

        var result = await ImportAsync("email,full_name,weekly_capacity_hours\nGreta@Example.org,,32\n");

        result.Rows.Single().Changes.ShouldBe(["changes weekly_capacity_hours"]);
        var stored = await ReadAsync(db => db.Experts.AsNoTracking().Include(e => e.Languages).SingleAsync(Cancellation));
        (stored.FullName, stored.WeeklyCapacityHours, stored.Languages.Single().Code).ShouldBe(("Greta Hahn", 32m, "de"));
    }

    [Fact]
    public async Task A_credential_already_recorded_with_other_details_is_reported_not_changed()
    {
        var taxonomy = await SeedTaxonomyAsync();
        var expert = new ExpertBuilder().WithEmail("hana@example.org").In(taxonomy.Oncology).Build();
        var licence = new CredentialBuilder(expert).Build();
        await SaveAsync(expert, licence);

        var preview = (await PreviewAsync(Header + $"hana@example.org,,,,,,,,,,,MedicalLicense,Other Council,{licence.Number},DE,2015-06-01,2030-06-01\n")).Preview!;

        var problem = preview.Report.Rows.Single().Problems.Single();
        problem.Column.ShouldBe("credential_number");
        problem.Message.ShouldStartWith($"Medical license {licence.Number} is already recorded with other details (issued 2015-06-01 by Medical Council (DE)");
    }

    [Fact]
    public async Task Changing_an_archived_expert_is_refused_with_the_domains_message()
    {
        var taxonomy = await SeedTaxonomyAsync();
        await SaveAsync(new ExpertBuilder().WithEmail("ida@example.org").In(taxonomy.Oncology).WithStatus(ExpertStatus.Archived).Build());

        var preview = (await PreviewAsync("email,phone\nida@example.org,+1 555 0100\n")).Preview!;

        preview.Report.Rows.Single().Problems.Single().ToString().ShouldBe("Row 2: An archived expert cannot be changed.");
    }

    [Fact]
    public async Task A_confirmation_whose_stored_file_differs_from_the_preview_is_refused()
    {
        await SeedTaxonomyAsync();
        var preview = (await PreviewAsync(MixedFile)).Preview!;

        var outcome = await ConfirmAsync(preview.StorageKey!, new string('0', 64));

        outcome.Error.ShouldBe("The stored upload is not the file that was previewed. Upload the file again to see a new preview.");
        (await ReadAsync(db => db.Experts.CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task A_preview_can_be_confirmed_only_once()
    {
        await SeedTaxonomyAsync();
        var preview = (await PreviewAsync(MixedFile)).Preview!;
        (await ConfirmAsync(preview.StorageKey!, preview.Sha256!)).Error.ShouldBeNull();

        var second = await ConfirmAsync(preview.StorageKey!, preview.Sha256!);

        second.Error.ShouldStartWith("This upload is no longer waiting to be imported");
    }

    [Theory]
    [InlineData("", "The file is empty. It needs a header row and at least one expert.")]
    [InlineData("email,name\nx@example.org,X\n", "The header row has columns this import does not know: name. The columns are: email, full_name, phone, country, time_zone, languages, specialties, years_experience, weekly_capacity_hours, headline, notes, employers, credential_kind, credential_issuer, credential_number, credential_jurisdiction, credential_issued_on, credential_expires_on.")]
    [InlineData("anna@example.org,Anna\nbob@example.org,Bob\n", "The first row is not the header: none of its values is a column this import knows. Start the file with the header row from the template.")]
    public async Task A_file_that_cannot_be_read_is_refused_with_a_clear_message(string content, string message)
    {
        (await PreviewAsync(content)).Error.ShouldBe(message);
    }

    [Fact]
    public async Task An_export_of_the_filtered_list_imports_back_unchanged()
    {
        var taxonomy = await SeedTaxonomyAsync();
        var anna = new ExpertBuilder().Named("Anna Kowalska").WithEmail("anna@example.org").LivingIn("PL", "Europe/Warsaw").Speaking("pl", "en").In(taxonomy.HematologicOncology, taxonomy.Cardiology).Build();
        anna.UpdateProfile("Anna Kowalska", "anna@example.org", "+48 600 100 200", "PL", "Europe/Warsaw", 12, "=HYPERLINK(\"http://x\")", "Line one, \"quoted\"\nline two");
        anna.SetWeeklyCapacity(12.5m);
        anna.SetEmployers(["Szpital Uniwersytecki", "Pfizer, Inc."]);
        var licence = new CredentialBuilder(anna).Verified().Build();
        var board = new CredentialBuilder(anna).OfKind(CredentialKind.BoardCertification).Expiring(null).Build();
        var bob = new ExpertBuilder().Named("Bob Brown").LivingIn("PL", "Europe/Warsaw").In(taxonomy.CorporateLaw).Build();
        var elsewhere = new ExpertBuilder().Named("Carl Meyer").LivingIn("DE", "Europe/Berlin").In(taxonomy.Oncology).Build();
        await SaveAsync(anna, licence, board, bob, elsewhere);

        var csv = await ExportAsync(new ExpertSearch { Country = "PL" });

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(string.Join(',', ExpertCsvColumns.All));
        csv.ShouldContain("'+48 600 100 200");
        csv.ShouldContain("\"'=HYPERLINK(\"\"http://x\"\")\"");
        csv.ShouldNotContain("Carl Meyer");
        csv.ShouldContain("medicine/cardiology;medicine/oncology/hematologic-oncology");
        csv.ShouldContain("\"Pfizer, Inc.;Szpital Uniwersytecki\"");
        var eventsBefore = await CountAuditEventsAsync();
        var back = (await PreviewAsync(csv)).Preview!;
        back.Report.Rows.Select(r => r.Status).ShouldAllBe(s => s == ImportRowStatus.Unchanged);
        back.Report.Rows.Count.ShouldBe(3, "two credential rows for Anna and one row for Bob");
        back.StorageKey.ShouldBeNull();
        (await CountAuditEventsAsync()).ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task Employers_import_from_their_own_column_split_on_semicolons_and_a_blank_cell_keeps_them()
    {
        await SeedTaxonomyAsync();
        const string header = "email,full_name,country,time_zone,languages,specialties,years_experience,weekly_capacity_hours,employers\n";

        await ImportAsync(header + "anna@example.org,Anna Kowalska,PL,Europe/Warsaw,pl,medicine/oncology,12,20,\"Pfizer, Inc.; Szpital Uniwersytecki\"\n");
        var again = (await PreviewAsync("email,employers\nanna@example.org,\n")).Preview!;

        var anna = await ReadAsync(db => db.Experts.AsNoTracking().Include(e => e.Employers).SingleAsync(Cancellation));
        anna.Employers.Select(x => x.Name).Order().ShouldBe(["Pfizer, Inc.", "Szpital Uniwersytecki"]);
        again.Report.Rows.Single().Status.ShouldBe(ImportRowStatus.Unchanged);
    }

    [Fact]
    public async Task The_export_covers_every_page_of_the_list()
    {
        var taxonomy = await SeedTaxonomyAsync();
        var experts = Enumerable.Range(0, Paging.MaxPageSize + 5).Select(i => new ExpertBuilder().Named($"Expert {i:D3}").In(taxonomy.Oncology).Build()).ToArray();
        await SaveAsync(experts);

        var csv = await ExportAsync(new ExpertSearch());

        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(Paging.MaxPageSize + 5 + 1);
    }

    private async Task<TestTaxonomy> SeedTaxonomyAsync()
    {
        var taxonomy = TestTaxonomy.Create();
        await SaveAsync([.. taxonomy.All]);
        return taxonomy;
    }

    private Task<long> CountAuditEventsAsync() => ReadAsync(db => db.AuditEvents.LongCountAsync(Cancellation));

    /// <returns>The preview, or the sentence of the refusal.</returns>
    private async Task<(ExpertImportPreview? Preview, string? Error)> PreviewAsync(string csv)
    {
        try
        {
            return (await App.RunAsync(services =>
                services.Get<PreviewExpertImportHandler>().HandleAsync(new PreviewExpertImportCommand(new MemoryStream(Encoding.UTF8.GetBytes(csv))), Cancellation)), null);
        }
        catch (Refusal refusal)
        {
            return (null, refusal.Message);
        }
    }

    /// <returns>The import's report, or the sentence of the refusal.</returns>
    private async Task<(ExpertImportReport? Report, string? Error)> ConfirmAsync(string key, string sha256)
    {
        try
        {
            return (await App.RunAsync(services =>
                services.Get<ConfirmExpertImportHandler>().HandleAsync(new ConfirmExpertImportCommand(key, sha256), Cancellation)), null);
        }
        catch (Refusal refusal)
        {
            return (null, refusal.Message);
        }
    }

    private async Task<ExpertImportReport> ImportAsync(string csv)
    {
        var preview = (await PreviewAsync(csv)).Preview.ShouldNotBeNull();
        if (preview.StorageKey is null)
            return preview.Report;
        var outcome = await ConfirmAsync(preview.StorageKey, preview.Sha256!);
        outcome.Error.ShouldBeNull();
        return outcome.Report!;
    }

    private Task<string> ExportAsync(ExpertSearch filters) => App.RunAsync(async services =>
    {
        await using var writer = new StringWriter();
        await services.Get<ExportExpertsCsvHandler>().HandleAsync(new ExportExpertsCsvQuery(filters, writer), Cancellation);
        return writer.ToString();
    });
}
