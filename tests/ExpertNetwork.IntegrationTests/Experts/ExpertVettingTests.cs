using System.Security.Cryptography;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Experts;

public abstract class ExpertVettingTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private readonly TestTaxonomy _taxonomy = TestTaxonomy.Create();

    private async Task<TestTaxonomy> TaxonomyAsync()
    {
        await SaveAsync([.. _taxonomy.All]);
        return _taxonomy;
    }

    private ExpertProfileInput Profile(string email = "helen.hart@hospital.example", string name = "Helen Hart") => new()
    {
        FullName = name,
        Email = email,
        Phone = "+44 20 7946 0000",
        CountryCode = "gb",
        TimeZoneId = "Europe/London",
        YearsOfExperience = 14,
        WeeklyCapacityHours = 12.5m,
        Headline = "Consultant haematologist",
        Notes = "Met at ASH 2025.",
        Languages = ["EN", "de"],
        SpecialtyIds = [_taxonomy.HematologicOncology.Id],
    };

    private static CredentialInput Licence(DateOnly? expiresOn = null) => new()
    {
        Kind = CredentialKind.MedicalLicense,
        Issuer = "General Medical Council",
        Number = "GMC-7712345",
        Jurisdiction = "GB",
        IssuedOn = new DateOnly(2012, 8, 1),
        ExpiresOn = expiresOn ?? new DateOnly(2030, 8, 1),
    };

    private Task<Guid> CreateAsync(ExpertProfileInput input) => App.RunAsync(s => s.Get<CreateExpertHandler>().HandleAsync(new CreateExpertCommand(input), Cancellation));

    private Task<Guid> AddCredentialAsync(Guid expertId, CredentialInput input, byte[]? evidence = null, string fileName = "licence.pdf") =>
        App.RunAsync(async s =>
        {
            using var content = evidence is null ? null : new MemoryStream(evidence);
            return await s.Get<AddCredentialHandler>().HandleAsync(new AddCredentialCommand(expertId, input, content is null ? null : new EvidenceUpload(fileName, content)), Cancellation);
        });

    private Task ChangeStatusAsync(Guid expertId, ExpertStatusChange change, string? reason = null, int? version = null) =>
        App.RunAsync(s => s.Get<ChangeExpertStatusHandler>().HandleAsync(new ChangeExpertStatusCommand(expertId, change, reason, version), Cancellation));

    private Task VerifyAsync(Guid credentialId) => App.RunAsync(s => s.Get<ReviewCredentialHandler>().HandleAsync(new VerifyCredentialCommand(credentialId), Cancellation));

    private Task<Expert> StoredExpertAsync(Guid id) => ReadAsync(db => db.Experts.Include(e => e.Languages).Include(e => e.Specialties).Include(e => e.Rates).Include(e => e.Blackouts).SingleAsync(e => e.Id == id, Cancellation));

    [Fact]
    public async Task Creating_an_expert_registers_an_applicant_with_the_whole_profile_languages_and_specialties()
    {
        await TaxonomyAsync();

        var id = await CreateAsync(Profile(email: "Helen.Hart@Hospital.example"));

        var stored = await StoredExpertAsync(id);
        stored.Status.ShouldBe(ExpertStatus.Applicant);
        (stored.FullName, stored.Email, stored.Phone, stored.CountryCode, stored.TimeZoneId).ShouldBe(("Helen Hart", "helen.hart@hospital.example", "+44 20 7946 0000", "GB", "Europe/London"));
        (stored.YearsOfExperience, stored.WeeklyCapacityHours, stored.Headline, stored.Notes).ShouldBe((14, 12.5m, "Consultant haematologist", "Met at ASH 2025."));
        stored.Languages.Select(l => l.Code).ShouldBe(["en", "de"], ignoreOrder: true);
        stored.Specialties.ShouldHaveSingleItem().SpecialtyId.ShouldBe(_taxonomy.HematologicOncology.Id);
        var actions = await ReadAsync(db => db.AuditEvents.Where(a => a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync(Cancellation));
        actions.ShouldHaveSingleItem().ShouldStartWith("Registered");
    }

    [Theory]
    [InlineData("helen.hart@hospital.example")]
    [InlineData("HELEN.HART@hospital.EXAMPLE")]
    [InlineData("  Helen.Hart@hospital.example ")]
    public async Task A_second_expert_with_an_email_already_registered_in_any_letter_case_is_refused_and_nothing_is_saved(string email)
    {
        await TaxonomyAsync();
        await CreateAsync(Profile());

        var refused = await Should.ThrowAsync<Refusal>(() => CreateAsync(Profile(email: email, name: "Someone Else")));

        refused.Message.ShouldBe("Another expert is already registered with the email address helen.hart@hospital.example. Open that expert's profile instead of creating a second one.");
        (await ReadAsync(db => db.Experts.CountAsync(Cancellation))).ShouldBe(1);
    }

    [Fact]
    public async Task Registrations_racing_with_one_email_leave_one_expert_and_the_others_get_the_duplicate_message()
    {
        await TaxonomyAsync();

        var attempts = Enumerable.Range(0, 4).Select(i => Task.Run(() => CreateAsync(Profile(email: "race@clinic.example", name: $"Racer {i}")))).ToList();
        var outcomes = await Task.WhenAll(attempts.Select(async t =>
        {
            try
            {
                await t;
                return null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }));

        (await ReadAsync(db => db.Experts.CountAsync(e => e.Email == "race@clinic.example", Cancellation))).ShouldBe(1);
        var failures = outcomes.Where(o => o is not null).ToList();
        failures.Count.ShouldBe(3);
        failures.ShouldAllBe(f => f is Refusal);
    }

    [Fact]
    public async Task An_expert_with_an_unknown_specialty_or_an_invalid_time_zone_is_refused_with_a_clear_message()
    {
        await TaxonomyAsync();
        var unknownSpecialty = Profile();
        unknownSpecialty.SpecialtyIds = [Guid.NewGuid()];
        var badZone = Profile();
        badZone.TimeZoneId = "Mars/Olympus_Mons";

        (await Should.ThrowAsync<Refusal>(() => CreateAsync(unknownSpecialty))).Message.ShouldContain("specialties does not exist");
        (await Should.ThrowAsync<Refusal>(() => CreateAsync(badZone))).Message.ShouldBe("'Mars/Olympus_Mons' is not a known IANA time zone (for example Europe/Warsaw or America/New_York).");
        (await ReadAsync(db => db.Experts.CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task Editing_saves_the_profile_languages_and_specialties_and_moves_the_version_on()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        var edit = Profile(email: "h.hart@nhs.example", name: "Helen Hart-Jones");
        edit.Languages = ["en", "fr"];
        edit.SpecialtyIds = [_taxonomy.Oncology.Id, _taxonomy.Cardiology.Id];
        edit.WeeklyCapacityHours = 20m;

        var version = await App.RunAsync(s => s.Get<UpdateExpertHandler>().HandleAsync(new UpdateExpertCommand(id, 0, edit, MayChangeEmail: true), Cancellation));

        version.ShouldBe(1);
        var stored = await StoredExpertAsync(id);
        (stored.FullName, stored.Email, stored.WeeklyCapacityHours, stored.Version).ShouldBe(("Helen Hart-Jones", "h.hart@nhs.example", 20m, 1));
        stored.Languages.Select(l => l.Code).ShouldBe(["en", "fr"], ignoreOrder: true);
        stored.Specialties.Select(s => s.SpecialtyId).ShouldBe([_taxonomy.Oncology.Id, _taxonomy.Cardiology.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task An_edit_made_on_a_stale_version_is_refused_with_changed_by_someone_else_and_nothing_is_saved()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        await App.RunAsync(s => s.Get<UpdateExpertHandler>().HandleAsync(new UpdateExpertCommand(id, 0, Profile(name: "First Edit"), MayChangeEmail: true), Cancellation));

        var refused = await Should.ThrowAsync<Refusal>(() =>
            App.RunAsync(s => s.Get<UpdateExpertHandler>().HandleAsync(new UpdateExpertCommand(id, 0, Profile(name: "Second Edit"), MayChangeEmail: true), Cancellation)));

        refused.Message.ShouldContain("changed by someone else");
        refused.Message.ShouldContain("Nothing was saved");
        (await StoredExpertAsync(id)).FullName.ShouldBe("First Edit");
    }

    [Fact]
    public async Task Changing_an_email_to_another_experts_address_is_refused()
    {
        await TaxonomyAsync();
        await CreateAsync(Profile(email: "taken@clinic.example", name: "First"));
        var id = await CreateAsync(Profile(email: "mine@clinic.example", name: "Second"));

        await Should.ThrowAsync<Refusal>(() =>
            App.RunAsync(s => s.Get<UpdateExpertHandler>().HandleAsync(new UpdateExpertCommand(id, 0, Profile(email: "Taken@Clinic.example", name: "Second"), MayChangeEmail: true), Cancellation)));

        (await StoredExpertAsync(id)).Email.ShouldBe("mine@clinic.example");
    }

    [Fact]
    public async Task An_applicant_goes_to_active_through_a_verified_credential_with_evidence_and_every_step_is_in_the_history()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        var credentialId = await AddCredentialAsync(id, Licence(), TestFiles.Pdf, "GMC certificate.pdf");

        await VerifyAsync(credentialId);
        await ChangeStatusAsync(id, ExpertStatusChange.MarkVetted);
        await ChangeStatusAsync(id, ExpertStatusChange.Activate);

        (await StoredExpertAsync(id)).Status.ShouldBe(ExpertStatus.Active);
        var credential = await ReadAsync(db => db.Credentials.SingleAsync(c => c.Id == credentialId, Cancellation));
        (credential.Status, credential.ReviewedBy).ShouldBe((VerificationStatus.Verified, Actor.Name));
        credential.ReviewedUtc.ShouldNotBeNull().ShouldBe(Clock.UtcNow, TimeSpan.FromMilliseconds(1));
        var profile = await App.RunAsync(s => s.Get<GetExpertHandler>().HandleAsync(new GetExpertQuery(id), Cancellation));
        profile!.History.Select(h => h.Action).ShouldBe(["Activated", "Vetted", "Verified", "Added+EvidenceAttached", "Registered+ProfileUpdated+LanguagesChanged+SpecialtiesChanged"]);
    }

    [Fact]
    public async Task Marking_an_expert_vetted_without_a_verified_credential_in_date_is_refused()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        await AddCredentialAsync(id, Licence());

        var refused = await Should.ThrowAsync<Refusal>(() => ChangeStatusAsync(id, ExpertStatusChange.MarkVetted));

        refused.Message.ShouldBe("An expert can be marked vetted only with at least one verified credential that is in date. Verify a credential first.");
        (await StoredExpertAsync(id)).Status.ShouldBe(ExpertStatus.Applicant);
    }

    [Fact]
    public async Task A_credential_that_expired_today_no_longer_allows_vetting()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        var credentialId = await AddCredentialAsync(id, Licence(expiresOn: Clock.Today.AddDays(3)));
        await VerifyAsync(credentialId);
        Clock.Advance(TimeSpan.FromDays(3));

        await Should.ThrowAsync<Refusal>(() => ChangeStatusAsync(id, ExpertStatusChange.MarkVetted));
    }

    [Fact]
    public async Task Suspending_needs_a_reason_and_reinstating_returns_the_expert_to_where_they_were()
    {
        await TaxonomyAsync();
        var expert = new ExpertBuilder().In(_taxonomy.Cardiology).WithStatus(ExpertStatus.Active).Build();
        await SaveAsync(expert);

        (await Should.ThrowAsync<Refusal>(() => ChangeStatusAsync(expert.Id, ExpertStatusChange.Suspend, "  "))).Message.ShouldBe("A suspension reason is required.");
        await ChangeStatusAsync(expert.Id, ExpertStatusChange.Suspend, "Complaint from a client under review.");
        var suspended = await StoredExpertAsync(expert.Id);
        (suspended.Status, suspended.StatusReason).ShouldBe((ExpertStatus.Suspended, "Complaint from a client under review."));

        await ChangeStatusAsync(expert.Id, ExpertStatusChange.Reinstate);
        (await StoredExpertAsync(expert.Id)).Status.ShouldBe(ExpertStatus.Active);
    }

    [Fact]
    public async Task An_archived_expert_keeps_the_reason_and_refuses_further_edits()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());

        await ChangeStatusAsync(id, ExpertStatusChange.Archive, "Retired from practice.");

        var archived = await StoredExpertAsync(id);
        (archived.Status, archived.StatusReason).ShouldBe((ExpertStatus.Archived, "Retired from practice."));
        (await Should.ThrowAsync<Refusal>(() =>
            App.RunAsync(s => s.Get<UpdateExpertHandler>().HandleAsync(new UpdateExpertCommand(id, archived.Version, Profile(), MayChangeEmail: true), Cancellation)))).Message.ShouldBe("An archived expert cannot be changed.");
        (await Should.ThrowAsync<Refusal>(() => AddCredentialAsync(id, Licence()))).Message.ShouldBe("An archived expert cannot be changed.");
    }

    [Fact]
    public async Task A_status_change_from_a_stale_page_is_refused()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        await App.RunAsync(s => s.Get<UpdateExpertHandler>().HandleAsync(new UpdateExpertCommand(id, 0, Profile(name: "Renamed"), MayChangeEmail: true), Cancellation));

        await Should.ThrowAsync<Refusal>(() => ChangeStatusAsync(id, ExpertStatusChange.Archive, "Duplicate record.", version: 0));

        (await StoredExpertAsync(id)).Status.ShouldBe(ExpertStatus.Applicant);
    }

    public static TheoryData<string, string, string> AcceptedFiles => new()
    {
        { "pdf", "scan.pdf", "application/pdf" },
        { "png", "photo.PNG", "image/png" },
        { "jpeg", "photo.jpeg", "image/jpeg" },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task Evidence_is_accepted_by_its_content_and_stored_under_a_generated_name_with_its_hash(string kind, string fileName, string contentType)
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        var bytes = kind switch { "pdf" => TestFiles.Pdf, "png" => TestFiles.Png, _ => TestFiles.Jpeg };

        var credentialId = await AddCredentialAsync(id, Licence(), bytes, fileName);

        var credential = await ReadAsync(db => db.Credentials.SingleAsync(c => c.Id == credentialId, Cancellation));
        (credential.EvidenceContentType, credential.EvidenceSizeBytes, credential.EvidenceSha256).ShouldBe((contentType, (long?)bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        credential.EvidenceFileName.ShouldBe(fileName[..fileName.LastIndexOf('.')] + EvidenceFiles.ExtensionFor(contentType));
        credential.EvidenceStorageKey.ShouldNotBeNull().ShouldStartWith("evidence/");
        credential.EvidenceStorageKey.ShouldNotContain(fileName[..fileName.LastIndexOf('.')]);
        var download = await App.RunAsync(s => s.Get<GetEvidenceHandler>().HandleAsync(new GetEvidenceQuery(credentialId), Cancellation));
        await using (download!.Content)
        {
            using var copy = new MemoryStream();
            await download.Content.CopyToAsync(copy, Cancellation);
            copy.ToArray().ShouldBe(bytes);
        }
    }

    [Fact]
    public async Task An_executable_renamed_to_pdf_is_refused_by_its_content_and_no_credential_or_file_is_kept()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        var filesBefore = await StoredEvidenceFiles();

        var refused = await Should.ThrowAsync<Refusal>(() => AddCredentialAsync(id, Licence(), TestFiles.Executable, "licence.pdf"));

        refused.Message.ShouldBe("The evidence file must be a PDF, PNG or JPEG. This file's content is none of those, whatever its name says.");
        (await ReadAsync(db => db.Credentials.CountAsync(Cancellation))).ShouldBe(0);
        (await StoredEvidenceFiles()).ShouldBe(filesBefore);
    }

    [Fact]
    public async Task Evidence_over_10_MB_is_refused_and_exactly_10_MB_is_accepted()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());

        var refused = await Should.ThrowAsync<Refusal>(() => AddCredentialAsync(id, Licence(), TestFiles.PdfOverTenMegabytes()));
        refused.Message.ShouldBe("The evidence file is larger than 10 MB. Upload a smaller scan or a compressed PDF.");
        (await ReadAsync(db => db.Credentials.CountAsync(Cancellation))).ShouldBe(0);

        var accepted = await AddCredentialAsync(id, Licence(), TestFiles.PdfOfTenMegabytes());
        (await ReadAsync(db => db.Credentials.SingleAsync(c => c.Id == accepted, Cancellation))).EvidenceSizeBytes.ShouldBe(10L * 1024 * 1024);
    }

    [Fact]
    public async Task An_empty_evidence_file_is_refused()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());

        (await Should.ThrowAsync<Refusal>(() => AddCredentialAsync(id, Licence(), []))).Message.ShouldBe("The evidence file is empty. Choose the scan or PDF of the credential again.");
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\me\\scan\"; attachment.pdf", "scan__ attachment.pdf")]
    [InlineData("...pdf", "evidence.pdf")]
    [InlineData("licence.exe", "licence.pdf")]
    public void The_download_name_is_the_original_name_cleaned_with_the_extension_of_the_real_content(string uploaded, string kept) =>
        EvidenceFiles.CleanFileName(uploaded, "application/pdf").ShouldBe(kept);

    [Fact]
    public async Task Evidence_can_be_attached_later_and_replacing_it_removes_the_old_file()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        var credentialId = await AddCredentialAsync(id, Licence(), TestFiles.Png, "front.png");
        var first = (await ReadAsync(db => db.Credentials.SingleAsync(c => c.Id == credentialId, Cancellation))).EvidenceStorageKey!;

        await App.RunAsync(async s =>
        {
            using var content = new MemoryStream(TestFiles.Pdf);
            await s.Get<AttachEvidenceHandler>().HandleAsync(new AttachEvidenceCommand(credentialId, new EvidenceUpload("both sides.pdf", content)), Cancellation);
        });

        var credential = await ReadAsync(db => db.Credentials.SingleAsync(c => c.Id == credentialId, Cancellation));
        (credential.EvidenceFileName, credential.EvidenceContentType).ShouldBe(("both sides.pdf", "application/pdf"));
        (await App.RunAsync(s => s.Get<IFileStore>().OpenReadAsync(first, Cancellation))).ShouldBeNull();
    }

    [Fact]
    public async Task Rejecting_a_credential_needs_a_reason_and_a_reviewed_credential_cannot_be_reviewed_again()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        var credentialId = await AddCredentialAsync(id, Licence());

        (await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<ReviewCredentialHandler>().HandleAsync(new RejectCredentialCommand(credentialId, ""), Cancellation))))
            .Message.ShouldBe("A rejection reason is required.");
        await App.RunAsync(s => s.Get<ReviewCredentialHandler>().HandleAsync(new RejectCredentialCommand(credentialId, "Number not in the GMC register."), Cancellation));

        var credential = await ReadAsync(db => db.Credentials.SingleAsync(c => c.Id == credentialId, Cancellation));
        (credential.Status, credential.RejectionReason).ShouldBe((VerificationStatus.Rejected, "Number not in the GMC register."));
        (await Should.ThrowAsync<Refusal>(() => VerifyAsync(credentialId))).Message.ShouldBe("Only a pending credential can be verified (this one is rejected).");
    }

    [Fact]
    public async Task An_overlapping_rate_for_the_same_activity_is_refused_and_a_new_rate_from_a_date_keeps_the_old_one_in_the_history()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        var from = new DateOnly(2026, 1, 1);
        Task SetRateAsync(Activity activity, decimal amount, DateOnly start, DateOnly? end, string currency = "USD") =>
            App.RunAsync(s => s.Get<SetRateHandler>().HandleAsync(new SetRateCommand(id, new RateInput { Activity = activity, Amount = amount, Currency = currency, From = start, To = end }), Cancellation));

        await SetRateAsync(Activity.Review, 150m, from, new DateOnly(2026, 6, 30));
        var overlap = await Should.ThrowAsync<Refusal>(() => SetRateAsync(Activity.Review, 170m, new DateOnly(2026, 6, 1), null));
        overlap.Message.ShouldBe("The Review rate 2026-01-01 to 2026-06-30 overlaps the new period from 2026-06-01.");
        await SetRateAsync(Activity.Review, 170m, new DateOnly(2026, 7, 1), null);
        await SetRateAsync(Activity.Review, 185m, new DateOnly(2027, 1, 1), null);
        await SetRateAsync(Activity.Annotation, 90m, new DateOnly(2026, 6, 1), null);

        var rates = (await StoredExpertAsync(id)).Rates.OrderBy(r => r.Activity).ThenBy(r => r.Effective.Start).ToList();
        rates.Select(r => (r.Activity, r.HourlyRate.Amount, r.Effective.Start, r.Effective.End)).ShouldBe([
            (Activity.Annotation, 90m, new DateOnly(2026, 6, 1), null),
            (Activity.Review, 150m, from, new DateOnly(2026, 6, 30)),
            (Activity.Review, 170m, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)),
            (Activity.Review, 185m, new DateOnly(2027, 1, 1), null),
        ]);
        (await Should.ThrowAsync<Refusal>(() => SetRateAsync(Activity.Review, 100m, new DateOnly(2030, 1, 1), null, "EUR")))
            .Message.ShouldBe("The Review rate is kept in USD; a rate in EUR cannot be added.");
    }

    [Fact]
    public async Task Blackout_days_are_added_refused_when_they_overlap_and_removed()
    {
        await TaxonomyAsync();
        var id = await CreateAsync(Profile());
        var handler = (Func<BlackoutInput, Task>)(input => App.RunAsync(s => s.Get<ChangeBlackoutsHandler>().HandleAsync(new AddBlackoutCommand(id, input), Cancellation)));

        await handler(new BlackoutInput { From = new DateOnly(2026, 8, 3), To = new DateOnly(2026, 8, 14), Reason = "Holiday" });
        (await Should.ThrowAsync<Refusal>(() => handler(new BlackoutInput { From = new DateOnly(2026, 8, 14), To = new DateOnly(2026, 8, 20) })))
            .Message.ShouldBe("The blackout 2026-08-14 to 2026-08-20 overlaps one already recorded.");
        var blackout = (await StoredExpertAsync(id)).Blackouts.ShouldHaveSingleItem();
        (blackout.Days.Start, blackout.Days.End, blackout.Reason).ShouldBe((new DateOnly(2026, 8, 3), (DateOnly?)new DateOnly(2026, 8, 14), "Holiday"));

        await App.RunAsync(s => s.Get<ChangeBlackoutsHandler>().HandleAsync(new RemoveBlackoutCommand(id, blackout.Id), Cancellation));
        (await StoredExpertAsync(id)).Blackouts.ShouldBeEmpty();
    }

    private Task<List<string>> StoredEvidenceFiles() => StoredFilesAsync(EvidenceFiles.StorageArea);
}
