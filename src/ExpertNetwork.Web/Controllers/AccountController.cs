using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Web.Infrastructure;
using ExpertNetwork.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;

namespace ExpertNetwork.Web.Controllers;

[Route("account")]
public sealed class AccountController(SignInManager<StaffUser> signIn, StaffAccounts accounts, StaffTwoFactor twoFactor) : Controller
{
    private const string LockedOut = "This account is locked after too many failed attempts. Try again in 15 minutes or ask an admin.";

    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(WebComposition.LoginRateLimit)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
            return View(model);
        var email = model.Email.Trim().ToLowerInvariant();
        var result = await signIn.PasswordSignInAsync(email, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return await SignedInAsync(await signIn.UserManager.FindByEmailAsync(email), model.ReturnUrl);
        if (result.RequiresTwoFactor)
            return RedirectToAction(nameof(LoginTwoFactor), new { returnUrl = model.ReturnUrl, rememberMe = model.RememberMe });
        string message;
        if (result.IsLockedOut)
            message = LockedOut;
        else if (result.IsNotAllowed && await signIn.UserManager.FindByEmailAsync(email) is { IsDisabled: true } disabled
                 && await signIn.UserManager.CheckPasswordAsync(disabled, model.Password))
            // Said only to someone who knows the password, so the page does not tell strangers which accounts exist.
            message = "This account is disabled. Ask an admin to enable it.";
        else
            message = "That email and password do not match an account.";
        ModelState.AddModelError(string.Empty, message);
        model.Password = string.Empty;
        return View(model);
    }

    [HttpGet("login-2fa")]
    [AllowAnonymous]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
            return RedirectToAction(nameof(Login), new { returnUrl });
        return View(new LoginTwoFactorViewModel { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost("login-2fa")]
    [AllowAnonymous]
    [EnableRateLimiting(WebComposition.LoginRateLimit)]
    public async Task<IActionResult> LoginTwoFactor(LoginTwoFactorViewModel model)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            TempData["Error"] = "Your sign-in took too long or was not started. Enter your email and password again.";
            return RedirectToAction(nameof(Login), new { returnUrl = model.ReturnUrl });
        }
        if (!ModelState.IsValid)
            return View(model);
        var code = StaffTwoFactor.Normalize(model.Code);
        var usesRecoveryCode = !(code.Length == 6 && code.All(char.IsAsciiDigit));
        var result = usesRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(model.Code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, model.RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            if (usesRecoveryCode)
                await twoFactor.NoteRecoveryCodeUsedAsync(user);
            return await SignedInAsync(user, model.ReturnUrl);
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? LockedOut
            : usesRecoveryCode
                ? "That recovery code does not match, or it was used already. Each code works once."
                : "That code does not match. Enter the code your authenticator app shows now; check that your phone's clock is right.");
        model.Code = string.Empty;
        return View(model);
    }

    /// <summary>Set up, or look after, the signed-in user's authenticator. Users whose role requires it are sent here until they have one.</summary>
    [HttpGet("two-factor")]
    [Authorize]
    public async Task<IActionResult> TwoFactor() => View(await TwoFactorPageAsync(null));

    [HttpPost("two-factor")]
    [Authorize]
    public async Task<IActionResult> EnableTwoFactor(string? code)
    {
        var user = await CurrentUserAsync();
        return await this.OrFormAsync(async () =>
        {
            var codes = await twoFactor.EnableAsync(user, code);
            // The cookie carries whether a second factor is set up: refresh it so the enrolment check lets the user through.
            await signIn.RefreshSignInAsync(user);
            return View(nameof(TwoFactor), await TwoFactorPageAsync(codes));
        }, TwoFactorAgainAsync);
    }

    [HttpPost("two-factor/recovery-codes")]
    [Authorize]
    public async Task<IActionResult> RegenerateRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        return await this.OrFormAsync(async () => View(nameof(TwoFactor), await TwoFactorPageAsync(await twoFactor.RegenerateRecoveryCodesAsync(user))),
            TwoFactorAgainAsync);
    }

    [HttpPost("two-factor/disable")]
    [Authorize]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await CurrentUserAsync();
        return await this.OrFormAsync(async () =>
        {
            await twoFactor.DisableAsync(user);
            await signIn.RefreshSignInAsync(user);
            TempData["Notice"] = "Two-factor sign-in is off. You sign in with your password only.";
            return RedirectToAction(nameof(TwoFactor));
        }, TwoFactorAgainAsync);
    }

    /// <summary>The two-factor page again, with the refusal above it.</summary>
    private async Task<IActionResult> TwoFactorAgainAsync() => View(nameof(TwoFactor), await TwoFactorPageAsync(null));

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("access-denied")]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task<IActionResult> SignedInAsync(StaffUser? user, string? returnUrl)
    {
        if (user is null)
            return LocalRedirect("/dashboard");
        await accounts.NoteSignInAsync(user.Id, HttpContext.RequestAborted);
        if (!user.TwoFactorEnabled && await twoFactor.IsRequiredAsync(user))
            return Redirect(TwoFactorEnrolmentMiddleware.SetupPath);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/dashboard");
    }

    private async Task<StaffUser> CurrentUserAsync() =>
        await signIn.UserManager.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private async Task<TwoFactorPageViewModel> TwoFactorPageAsync(IReadOnlyList<string>? newCodes)
    {
        var setup = await twoFactor.GetSetupAsync(await CurrentUserAsync());
        string? qr = null;
        if (setup.AuthenticatorUri is { } uri)
            qr = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.Q, 5));
        return new TwoFactorPageViewModel(setup.Enabled, setup.Required, setup.SharedKey, qr, setup.RecoveryCodesLeft, newCodes);
    }
}
