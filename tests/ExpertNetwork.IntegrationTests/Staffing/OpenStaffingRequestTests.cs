using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Staffing;

public abstract class OpenStaffingRequestTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private static OpenStaffingRequestInput Input(Guid projectId, Guid specialtyId) => new()
    {
        ProjectId = projectId,
        Title = "Hematologic oncology reviewers",
        SpecialtyId = specialtyId,
        RequiredCredentialKinds = [CredentialKind.MedicalLicense, CredentialKind.BoardCertification],
        Languages = "EN, de",
        Activity = Activity.Review,
        Seats = 5,
        HoursPerWeek = 10m,
        StartsOn = new DateOnly(2026, 4, 1),
        EndsOn = new DateOnly(2026, 5, 15),
        MaxHourlyPayRate = 180m,
        Currency = "eur",
        OfferResponseHours = 72,
        AutoBackfill = true,
        WaveSize = 8,
    };

    private Task<Guid> OpenAsync(OpenStaffingRequestInput input) => App.RunAsync(s => s.Get<OpenStaffingRequestHandler>().HandleAsync(input, Cancellation));

    [Fact]
    public async Task A_request_opens_with_what_the_program_manager_stated_and_is_audited()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Build();
        await SaveAsync([.. taxonomy.All, client, project]);

        var id = await OpenAsync(Input(project.Id, taxonomy.Oncology.Id));

        var request = await ReadAsync(db => db.StaffingRequests.SingleAsync(r => r.Id == id, Cancellation));
        request.Status.ShouldBe(StaffingRequestStatus.Open);
        request.OpenedUtc.ShouldBe(Clock.UtcNow, TimeSpan.FromMilliseconds(1));
        request.RequiredCredentialKinds.ShouldBe([CredentialKind.MedicalLicense, CredentialKind.BoardCertification]);
        request.Languages.ShouldBe(["en", "de"]);
        request.Window.ShouldBe(new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 15)));
        request.MaxHourlyPayRate.ShouldBe(new Money(180m, "EUR"));
        request.OpenedBy.ShouldBe("Maria Nowak");
        (request.SeatsNeeded, request.WaveSize, request.OfferResponseHours, request.AutoBackfill).ShouldBe((5, 8, 72, true));
        (await ReadAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == id.ToString() && e.Action == "Opened", Cancellation))).ShouldBe(1);
        (await App.RunAsync(s => s.Get<GetStaffingBoardHandler>().HandleAsync(new GetStaffingBoardQuery(StaffingRequestStatus.Open), Cancellation))).Rows.ShouldHaveSingleItem().Id.ShouldBe(id);
    }

    [Fact]
    public async Task A_request_can_be_narrowed_to_subspecialties_of_its_specialty()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Build();
        await SaveAsync([.. taxonomy.All, client, project]);
        var input = Input(project.Id, taxonomy.Medicine.Id);
        input.SubspecialtyIds = [taxonomy.HematologicOncology.Id, taxonomy.Cardiology.Id, taxonomy.Cardiology.Id, taxonomy.Medicine.Id];

        var id = await OpenAsync(input);

        var request = await ReadAsync(db => db.StaffingRequests.SingleAsync(r => r.Id == id, Cancellation));
        request.SpecialtyId.ShouldBe(taxonomy.Medicine.Id);
        request.SubspecialtyIds.ShouldBe([taxonomy.HematologicOncology.Id, taxonomy.Cardiology.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task A_subspecialty_outside_the_chosen_specialty_is_refused_and_nothing_is_saved()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Build();
        await SaveAsync([.. taxonomy.All, client, project]);
        var input = Input(project.Id, taxonomy.Oncology.Id);
        input.SubspecialtyIds = [taxonomy.HematologicOncology.Id, taxonomy.Law.Id];

        var refused = await Should.ThrowAsync<Refusal>(() => OpenAsync(input));

        refused.Message.ShouldBe("Law is not under Oncology; choose subspecialties of the chosen specialty.");
        input.SubspecialtyIds = [Guid.NewGuid()];
        (await Should.ThrowAsync<Refusal>(() => OpenAsync(input))).Message.ShouldBe("A chosen subspecialty does not exist any more; choose again.");
        (await ReadAsync(db => db.StaffingRequests.CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task A_request_on_a_project_that_is_not_active_is_refused_and_nothing_is_saved()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Build();
        project.Complete(Clock.UtcNow);
        await SaveAsync([.. taxonomy.All, client, project]);

        var refused = await Should.ThrowAsync<Refusal>(() => OpenAsync(Input(project.Id, taxonomy.Oncology.Id)));

        refused.Message.ShouldContain("staffing requests are opened on active projects");
        (await ReadAsync(db => db.StaffingRequests.CountAsync(Cancellation))).ShouldBe(0);
    }

    [Fact]
    public async Task Rules_of_the_request_itself_are_the_domains_and_are_explained()
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Build();
        await SaveAsync([.. taxonomy.All, client, project]);
        var backwards = Input(project.Id, taxonomy.Oncology.Id);
        backwards.EndsOn = backwards.StartsOn!.Value.AddDays(-1);
        var unknownSpecialty = Input(project.Id, Guid.NewGuid());
        var unknownProject = Input(Guid.NewGuid(), taxonomy.Oncology.Id);

        (await Should.ThrowAsync<Refusal>(() => OpenAsync(backwards))).Message.ShouldBe("The last day must be on or after the first day.");
        (await Should.ThrowAsync<Refusal>(() => OpenAsync(unknownSpecialty))).Message.ShouldContain("specialty does not exist");
        (await Should.ThrowAsync<Refusal>(() => OpenAsync(unknownProject))).Message.ShouldContain("project does not exist");
        (await ReadAsync(db => db.StaffingRequests.CountAsync(Cancellation))).ShouldBe(0);
    }
}
