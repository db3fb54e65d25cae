using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Administration;

public abstract class StaffAccountTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    [Fact]
    public async Task A_new_staff_member_gets_one_role_and_a_generated_password_that_signs_them_in()
    {
        var result = await CreateOrResetAsync(" Fatima.Finance@Example.COM ", "finance", "Fatima Finance", null);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Created.ShouldBeTrue();
        result.GeneratedPassword.ShouldNotBeNull().Length.ShouldBe(20);
        var (roles, passwordWorks) = await SignInAsync("fatima.finance@example.com", result.GeneratedPassword);
        roles.ShouldBe([StaffRoles.Finance]);
        passwordWorks.ShouldBeTrue();
    }

    [Fact]
    public async Task Running_it_again_for_the_same_email_resets_the_password_and_moves_them_to_the_new_role()
    {
        var first = await CreateOrResetAsync("chris@expertnetwork.example", StaffRoles.Compliance, "Chris", null);

        var second = await CreateOrResetAsync("CHRIS@expertnetwork.example", "admin", "Chris", "Another-Passw0rd!26");

        second.Succeeded.ShouldBeTrue(string.Join("; ", second.Errors));
        second.Created.ShouldBeFalse();
        second.GeneratedPassword.ShouldBeNull();
        var (roles, newPasswordWorks) = await SignInAsync("chris@expertnetwork.example", "Another-Passw0rd!26");
        roles.ShouldBe([StaffRoles.Admin]);
        newPasswordWorks.ShouldBeTrue();
        (await SignInAsync("chris@expertnetwork.example", first.GeneratedPassword!)).Works.ShouldBeFalse();
        (await App.RunAsync(services => services.Get<UserManager<StaffUser>>().Users.CountAsync(Cancellation))).ShouldBe(1);
    }

    [Theory]
    [InlineData("not-an-email", StaffRoles.Admin, null)]
    [InlineData("pm@expertnetwork.example", "Janitor", null)]
    [InlineData("pm@expertnetwork.example", StaffRoles.ProgramManager, "short")]
    public async Task A_bad_email_role_or_password_is_refused_and_no_one_is_created(string email, string role, string? password)
    {
        var result = await CreateOrResetAsync(email, role, null, password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldNotBeEmpty();
        (await App.RunAsync(services => services.Get<StaffAccounts>().ExistsAsync(email))).ShouldBeFalse();
    }

    private Task<StaffAccountResult> CreateOrResetAsync(string email, string role, string? name, string? password) =>
        App.RunAsync(services => services.Get<StaffAccounts>().CreateOrResetAsync(email, role, name, password));

    private Task<(IList<string> Roles, bool Works)> SignInAsync(string email, string password) => App.RunAsync(async services =>
    {
        var users = services.Get<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email)).ShouldNotBeNull();
        return (await users.GetRolesAsync(user), await users.CheckPasswordAsync(user, password));
    });
}
