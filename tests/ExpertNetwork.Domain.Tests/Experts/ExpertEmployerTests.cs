using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Experts;

public sealed class ExpertEmployerTests
{
    [Fact]
    public void Employers_are_kept_once_per_company_with_a_normalised_name_for_matching()
    {
        var expert = new ExpertBuilder().Build();

        expert.SetEmployers(["Pfizer Inc.", " pfizer ", "", "Charité – Universitätsmedizin Berlin"]);

        expert.Employers.Select(e => e.Name).ShouldBe(["Pfizer Inc.", "Charité – Universitätsmedizin Berlin"]);
        expert.Employers.First().NormalizedName.ShouldBe("pfizer");
    }

    [Fact]
    public void Replacing_the_list_drops_companies_no_longer_named()
    {
        var expert = new ExpertBuilder().Build();
        expert.SetEmployers(["Pfizer Inc.", "Roche AG"]);

        expert.SetEmployers(["Roche AG", "Novartis"]);

        expert.Employers.Select(e => e.Name).ShouldBe(["Roche AG", "Novartis"]);
    }

    [Fact]
    public void More_than_twenty_employers_are_refused()
    {
        var expert = new ExpertBuilder().Build();

        Should.Throw<Refusal>(() => expert.SetEmployers(Enumerable.Range(1, 21).Select(i => $"Company {i}")))
            .Message.ShouldBe("List at most 20 employers and affiliations.");
    }

    [Fact]
    public void Erasing_the_expert_removes_the_employers()
    {
        var expert = new ExpertBuilder().Build();
        expert.SetEmployers(["Pfizer Inc."]);

        expert.Erase("Asked to be forgotten.", TestClock.Now);

        expert.Employers.ShouldBeEmpty();
    }
}
