using System.Threading.RateLimiting;
using ExpertNetwork.Application;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Administration;
using ExpertNetwork.Infrastructure;
using ExpertNetwork.Infrastructure.Compliance;
using ExpertNetwork.Infrastructure.Staffing;
using ExpertNetwork.Infrastructure.Identity;
using ExpertNetwork.Infrastructure.Invoicing;
using ExpertNetwork.Infrastructure.Email;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Portal;
using ExpertNetwork.Infrastructure.Scheduling;
using ExpertNetwork.Infrastructure.Sprints;
using ExpertNetwork.Infrastructure.Templates;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ExpertNetwork.Web.Infrastructure;

public static class WebComposition
{
    public const string StaffPolicy = "Staff";
    public const string ExpertReadersPolicy = "ExpertReaders";
    public const string ExpertEditorsPolicy = "ExpertEditors";
    public const string ComplianceReviewersPolicy = "ComplianceReviewers";
    public const string ApiExpertReadersPolicy = "ApiExpertReaders";
    public const string ApiExpertEditorsPolicy = "ApiExpertEditors";
    public const string ComplianceOfficersPolicy = "ComplianceOfficers";
    public const string ExpertEmailEditorsPolicy = "ExpertEmailEditors";
    public const string ClientReadersPolicy = "ClientReaders";
    public const string ClientEditorsPolicy = "ClientEditors";
    public const string BudgetReadersPolicy = "BudgetReaders";
    public const string ApiClientReadersPolicy = "ApiClientReaders";
    public const string ApiClientEditorsPolicy = "ApiClientEditors";
    public const string ApiStaffingPolicy = "ApiStaffing";
    public const string LoginRateLimit = "login";
    public const string ExpertLinkRateLimit = "expert-links";
    public const string PortalSignInRateLimit = "portal-sign-in";
    public const string ExpertsPolicy = "Experts";
    public const string ApiTimesheetReadersPolicy = "ApiTimesheetReaders";
    public const string FinancePolicy = "Finance";
    public const string ApiFinancePolicy = "ApiFinance";
    public const string StaffingPolicy = "Staffing";
    public const string AdminsPolicy = "Admins";

    /// <summary>Registers everything; throws <see cref="ConfigurationException"/> with a clear message when configuration cannot work.</summary>
    public static WebApplicationBuilder AddExpertNetwork(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var settings = DatabaseSettings.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath, builder.Environment.IsProduction());

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddInfrastructure(settings);
        services.AddApplication(builder.Configuration["AutoMapper:LicenseKey"]);
        try
        {
            services.AddEmail(builder.Configuration, settings.DataDirectory);
        }
        catch (InvalidOperationException ex)
        {
            throw new ConfigurationException(ex.Message);
        }
        services.AddTemplates(builder.Configuration);
        services.AddCompliance(builder.Configuration);
        services.AddStaffing(builder.Configuration);
        services.AddSprints(builder.Configuration);
        services.AddPortal(builder.Configuration);
        services.AddFinance(builder.Configuration);
        services.AddScheduling(settings, builder.Configuration);
        if (services.AddReverseProxy(builder.Configuration))
            services.AddSingleton<ReverseProxyMarker>();

        // In Production every cookie (staff, portal, antiforgery) is Secure whatever the request looked like: behind a
        // proxy that terminates TLS a misread scheme must not put a session cookie on plain HTTP. Elsewhere a laptop
        // serves http://localhost, so the cookie follows the request.
        var cookieSecurity = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = cookieSecurity);
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = cookieSecurity);
        // Every cookie scheme, including Identity's two-factor and external ones, whoever registers it.
        services.PostConfigureAll<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(o => o.Cookie.SecurePolicy = cookieSecurity);

        SecurityOptions security;
        try
        {
            security = SecurityOptions.FromConfiguration(builder.Configuration);
        }
        catch (InvalidOperationException ex)
        {
            throw new ConfigurationException(ex.Message);
        }
        services.AddSingleton(security);

        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ExpertNetworkDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();
        // Every staff cookie is checked against its account this often (default one minute): a disabled user, a new
        // password, a changed role or second factor ends or refreshes the session within that time.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = security.SessionCheckInterval);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "expertnetwork.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });

        var sessionHours = builder.Configuration.GetValue("Portal:SessionHours", 12);
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(PortalAuthentication.Scheme, o =>
            {
                o.LoginPath = "/portal/sign-in";
                o.LogoutPath = "/portal/sign-out";
                o.AccessDeniedPath = "/portal/sign-in";
                o.ReturnUrlParameter = "returnUrl";
                o.Cookie.Name = PortalAuthentication.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.Path = "/portal";
                o.ExpireTimeSpan = TimeSpan.FromHours(sessionHours);
                o.SlidingExpiration = true;
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.All))
            .AddPolicy(ExpertReadersPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager, StaffRoles.Compliance))
            // Profiles, availability and rate cards: whoever staffs or vets experts. Vetting decisions (status,
            // credential review) and evidence files: compliance and admins only. Finance sees no expert records.
            .AddPolicy(ExpertEditorsPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager, StaffRoles.Compliance))
            .AddPolicy(ComplianceReviewersPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Compliance))
            .AddPolicy(ComplianceOfficersPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Compliance))
            // An expert's email is where offers, NDAs and sign-in links go: only those who vet experts change it,
            // from a page or with a key (the caller's principal, whatever scheme signed it in).
            .AddPolicy(ExpertEmailEditorsPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Compliance))
            .AddPolicy(ApiExpertReadersPolicy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager, StaffRoles.Compliance))
            .AddPolicy(ApiExpertEditorsPolicy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager, StaffRoles.Compliance))
            // Clients, projects and price lists: program managers and admins run them; finance reads the billing
            // details and compliance the NDA and restriction settings.
            .AddPolicy(ClientReadersPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager, StaffRoles.Finance, StaffRoles.Compliance))
            .AddPolicy(ClientEditorsPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager))
            .AddPolicy(BudgetReadersPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager, StaffRoles.Finance))
            .AddPolicy(ApiStaffingPolicy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager))
            .AddPolicy(ExpertsPolicy, p => p
                .AddAuthenticationSchemes(PortalAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(PortalAuthentication.ExpertIdClaim))
            .AddPolicy(ApiTimesheetReadersPolicy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager, StaffRoles.Finance))
            .AddPolicy(ApiClientReadersPolicy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager, StaffRoles.Finance, StaffRoles.Compliance))
            .AddPolicy(ApiClientEditorsPolicy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager))
            // Invoices, credit notes, payout statements and their exports: finance and admins only.
            .AddPolicy(FinancePolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Finance))
            // Staffing requests, offers, sprints and hours: program managers and admins. Users, keys and templates: admins.
            .AddPolicy(StaffingPolicy, p => p.RequireRole(StaffRoles.Admin, StaffRoles.ProgramManager))
            .AddPolicy(AdminsPolicy, p => p.RequireRole(StaffRoles.Admin))
            .AddPolicy(ApiFinancePolicy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Admin, StaffRoles.Finance));

        // Keys live in the database so a cookie or link protected on one node is readable on another; encrypted with a
        // certificate when DataProtection:CertificatePath names one.
        services.AddDatabaseDataProtection(builder.Configuration, builder.Environment.ContentRootPath);

        services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add<RefusalFilter>();
            o.ModelBinderProviders.Insert(0, new PlainValueBinderProvider());
        }).AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);

        // Links in experts' emails are guessable by nobody (256-bit tokens), but each attempt costs a lookup: a
        // person opens a link a few times, a script trying tokens hits the limit at once.
        var expertLinkPermits = builder.Configuration.GetValue("ExpertLinks:RequestsPerMinute", 30);
        var expertLinkAddressPermits = builder.Configuration.GetValue("ExpertLinks:RequestsPerMinutePerAddress", 1200);
        if (expertLinkPermits < 1 || expertLinkAddressPermits < expertLinkPermits)
            throw new ConfigurationException(
                $"ExpertLinks:RequestsPerMinute ({expertLinkPermits}) must be at least 1 and ExpertLinks:RequestsPerMinutePerAddress ({expertLinkAddressPermits}) at least as large.");
        var signInPermits = builder.Configuration.GetValue("Portal:SignInRequestsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // No body here: the status-code page (/error/429) explains it in words.
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Asking for a sign-in link sends mail: a handful a minute per address of the asker is plenty for a person.
            o.AddPolicy(PortalSignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // A link's bucket is its token together with the address: twenty oncologists behind one hospital NAT (and
            // the mail scanner that opens every link) each have their own, while one client hammering a link is
            // limited. Requests without a token share the address's bucket.
            o.AddPolicy(ExpertLinkRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                ExpertLinkPartition(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = expertLinkPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Above the per-link buckets, one address may reach link pages only so often in all: a script inventing
            // tokens gets a fresh bucket per token, but not a fresh address.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsExpertLinkPath(context.Request.Path)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    "links " + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = expertLinkAddressPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return builder;
    }

    /// <summary>
    /// What a Production server must be told before it serves: the public address every link to an expert is built on
    /// (never the Host of a request, which a client chooses). Operator commands send no links and do not need it.
    /// </summary>
    public static WebApplicationBuilder RequireProductionSettings(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsProduction())
            return builder;
        if (string.IsNullOrWhiteSpace(builder.Configuration["ExpertLinks:BaseUrl"]))
            throw new ConfigurationException(
                "ExpertLinks:BaseUrl is not set. In Production every link mailed to an expert is built on it: set it to the public address experts open, such as https://experts.example.com/ (environment variable ExpertLinks__BaseUrl).");
        return builder;
    }

    private static void StaffOnlyUnlessMarked(EndpointBuilder endpoint)
    {
        if (!endpoint.Metadata.OfType<IAuthorizeData>().Any() && !endpoint.Metadata.OfType<IAllowAnonymous>().Any())
            endpoint.Metadata.Add(new AuthorizeAttribute(StaffPolicy));
    }

    /// <summary>The rate-limit bucket of a link request: the address and the link's token, or the address alone.</summary>
    internal static string ExpertLinkPartition(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // A token is 43 characters; anything longer is not one, and a key is kept short whatever a client sends.
        return context.Request.RouteValues["token"] is string { Length: > 0 } token
            ? $"{address} {(token.Length > 64 ? token[..64] : token)}"
            : address;
    }

    private static bool IsExpertLinkPath(PathString path) =>
        path.StartsWithSegments("/offers") || path.StartsWithSegments("/nda") || path.StartsWithSegments("/portal/link");

    public static WebApplication UseExpertNetwork(this WebApplication app)
    {
        if (app.Services.GetService<ReverseProxyMarker>() is not null)
            app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler(errors => errors.Run(async context =>
        {
            // Whatever escaped the filters: a problem document for the API, a friendly page otherwise. Never a stack trace.
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsJsonAsync(
                    new ProblemDetails { Status = 500, Title = "Something went wrong", Detail = "The request could not be completed. It has been logged." },
                    options: null, contentType: "application/problem+json");
                return;
            }
            context.Response.Redirect("/error/500");
        }));
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TwoFactorEnrolmentMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<RequestSizeGuardMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        // Closed by default: a controller action that names no policy (a new controller someone forgot to mark) is for
        // signed-in staff only. Link pages, sign-in, errors and health say [AllowAnonymous] on purpose. A convention on
        // the endpoints rather than a fallback policy, so an address that matches nothing is still a plain 404.
        app.MapControllers().Add(StaffOnlyUnlessMarked);
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}").Add(StaffOnlyUnlessMarked);
        return app;
    }
}

/// <summary>Present when ReverseProxy settings name trusted proxies, so the pipeline reads X-Forwarded-* from them.</summary>
internal sealed class ReverseProxyMarker;
