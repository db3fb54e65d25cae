using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Domain.Tests.Experts;

public sealed class SpecialtyTests
{
    [Fact]
    public void A_child_specialty_sits_below_its_parent_in_the_path()
    {
        var medicine = Specialty.CreateRoot("Medicine", "medicine");
        var oncology = medicine.AddChild("Oncology", "Oncology");
        var hematologic = oncology.AddChild("Hematologic oncology", "hematologic-oncology");

        hematologic.Path.ShouldBe("/medicine/oncology/hematologic-oncology/");
        hematologic.Depth.ShouldBe(2);
        hematologic.IsSameOrBelow(medicine).ShouldBeTrue();
        medicine.IsSameOrBelow(oncology).ShouldBeFalse();
    }

    [Fact]
    public void The_taxonomy_is_at_most_six_levels_deep()
    {
        var node = Specialty.CreateRoot("Level 0", "l0");
        for (var depth = 1; depth < Specialty.MaxDepth; depth++)
            node = node.AddChild($"Level {depth}", $"l{depth}");

        Should.Throw<Refusal>(() => node.AddChild("Too deep", "l6"))
            .Message.ShouldBe("The taxonomy is at most 6 levels deep.");
    }

    [Theory]
    [InlineData("oncology/")]
    [InlineData("on cology")]
    [InlineData("onkologia_kliniczna")]
    public void A_specialty_code_with_other_than_letters_digits_and_hyphens_is_refused(string slug)
    {
        Should.Throw<Refusal>(() => Specialty.CreateRoot("Oncology", slug))
            .Message.ShouldContain("only lower-case letters, digits and hyphens");
    }
}
