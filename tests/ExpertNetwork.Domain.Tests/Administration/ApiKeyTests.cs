using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Administration;

public sealed class ApiKeyTests
{
    private const string Prefix = "enk_4f9a2c1b";
    private static readonly string KeyHash = TestHashes.Sha256Of("enk_4f9a2c1b.secret");

    private static ApiKey Issue(string role = "Finance", string prefix = Prefix, string? keyHash = null) =>
        ApiKey.Issue("Accounting export", role, prefix, keyHash ?? KeyHash, "admin@expertnetwork.test", TestClock.Now);

    [Theory]
    [InlineData("finance", StaffRoles.Finance)]
    [InlineData("ADMIN", StaffRoles.Admin)]
    [InlineData("programmanager", StaffRoles.ProgramManager)]
    [InlineData(" Compliance ", StaffRoles.Compliance)]
    public void A_role_in_any_letter_case_is_stored_in_its_canonical_spelling(string role, string canonical)
    {
        var key = Issue(role);

        key.Role.ShouldBe(canonical);
        key.IsActive.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Superuser")]
    [InlineData("")]
    public void An_unknown_role_is_refused_and_the_known_roles_are_listed(string role)
    {
        Should.Throw<Refusal>(() => Issue(role))
            .Message.ShouldBe($"'{role}' is not a role. Use one of: Admin, ProgramManager, Compliance, Finance.");
    }

    [Fact]
    public void A_prefix_of_the_wrong_length_is_refused()
    {
        Should.Throw<Refusal>(() => Issue(prefix: "enk_4f9a"))
            .Message.ShouldBe("A key prefix is 12 characters.");
    }

    [Fact]
    public void A_key_hash_that_is_not_sha256_is_refused()
    {
        Should.Throw<Refusal>(() => Issue(keyHash: "plain-text-secret"))
            .Message.ShouldBe("The key hash must be a SHA-256 hex digest.");
    }

    [Fact]
    public void A_revoked_key_is_no_longer_active()
    {
        var key = Issue();

        key.Revoke(TestClock.Now.AddDays(1));

        key.IsActive.ShouldBeFalse();
        key.RevokedUtc.ShouldBe(TestClock.Now.AddDays(1));
    }

    [Fact]
    public void Revoking_a_key_twice_is_refused()
    {
        var key = Issue();
        key.Revoke(TestClock.Now.AddDays(1));

        Should.Throw<Refusal>(() => key.Revoke(TestClock.Now.AddDays(2)))
            .Message.ShouldBe("This key is already revoked.");
        key.RevokedUtc.ShouldBe(TestClock.Now.AddDays(1));
    }

    [Fact]
    public void A_key_with_an_expiry_works_until_that_instant_and_not_from_it_on()
    {
        var expires = TestClock.Now.AddDays(30);
        var key = ApiKey.Issue("Accounting export", "Finance", Prefix, KeyHash, "admin@expertnetwork.test", TestClock.Now, expires);

        key.IsUsableAt(expires.AddTicks(-1)).ShouldBeTrue();
        key.IsUsableAt(expires).ShouldBeFalse();
        key.IsExpiredAt(expires).ShouldBeTrue();
        key.IsActive.ShouldBeTrue("expiry is not revocation");
    }

    [Fact]
    public void A_key_without_an_expiry_works_until_it_is_revoked()
    {
        var key = Issue();

        key.IsUsableAt(TestClock.Now.AddYears(10)).ShouldBeTrue();
        key.Revoke(TestClock.Now.AddDays(1));
        key.IsUsableAt(TestClock.Now.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void An_expiry_that_is_not_in_the_future_is_refused_with_what_to_do()
    {
        Should.Throw<Refusal>(() =>
                ApiKey.Issue("Accounting export", "Finance", Prefix, KeyHash, "admin@expertnetwork.test", TestClock.Now, TestClock.Now))
            .Message.ShouldEndWith("is not in the future. Pick a later date, or leave it empty for a key that does not expire.");
    }

    [Fact]
    public void Changing_the_expiry_records_the_change_and_removing_it_makes_the_key_work_again()
    {
        var key = Issue();
        key.ClearPendingActions();

        key.ChangeExpiry(TestClock.Now.AddDays(1), TestClock.Now);
        key.ChangeExpiry(null, TestClock.Now);

        key.ExpiresUtc.ShouldBeNull();
        key.PendingActions.ShouldBe(["ExpiryChanged", "ExpiryRemoved"]);
    }

    [Fact]
    public void A_revoked_key_keeps_its_expiry_and_says_to_issue_a_new_key()
    {
        var key = Issue();
        key.Revoke(TestClock.Now);

        Should.Throw<Refusal>(() => key.ChangeExpiry(TestClock.Now.AddDays(5), TestClock.Now))
            .Message.ShouldBe("This key is revoked, so its expiry cannot change. Issue a new key instead.");
        key.ExpiresUtc.ShouldBeNull();
    }

    [Fact]
    public void The_query_rule_and_the_in_memory_rule_agree()
    {
        var expires = TestClock.Now.AddHours(1);
        var key = ApiKey.Issue("Accounting export", "Finance", Prefix, KeyHash, "admin@expertnetwork.test", TestClock.Now, expires);
        var rule = ApiKey.UsableAt(expires).Compile();
        var before = ApiKey.UsableAt(TestClock.Now).Compile();

        rule(key).ShouldBe(key.IsUsableAt(expires));
        before(key).ShouldBe(key.IsUsableAt(TestClock.Now));
    }

    [Theory]
    [InlineData("Finance", true)]
    [InlineData("finance", false)]
    [InlineData(null, false)]
    public void Only_the_canonical_spelling_counts_as_a_known_role(string? role, bool known)
    {
        StaffRoles.IsKnown(role).ShouldBe(known);
    }
}
