using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using NavLederprogram.Audit;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.EntityFrameworkCore.Privacy;
using NavLederprogram.HttpApi.Host.Audit;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.HttpApi.Host.Infrastructure;
using NavLederprogram.HttpApi.Host.Notifications;
using NavLederprogram.HttpApi.Host.Scheduling;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Privacy;
using Scalar.AspNetCore;
using Serilog;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.HttpApi.Host;

public static class NavLederprogramHost
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {TraceId}{NewLine}{Exception}";

    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        // Jobs and start-up work run outside any request: not on the machine's culture either.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var builder = WebApplication.CreateBuilder(args);
        ConfigureServices(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        await MigrateIfConfiguredAsync(app);
        return app;
    }

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var appOptions = configuration.GetSection(AppOptions.Section).Get<AppOptions>() ?? new AppOptions();
        var dataFolder = Directory.CreateDirectory(appOptions.DataFolder is { Length: > 0 } f
            ? Path.GetFullPath(f, builder.Environment.ContentRootPath)
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data")).FullName;
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        // The static logger stays the bootstrap one, so that several hosts can live in one process (tests).
        // Serilog takes the trace and span id of the current activity into every event; the console shows the trace id.
        builder.Services.AddSerilog((sp, lc) => lc.ReadFrom.Configuration(configuration).ReadFrom.Services(sp).Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: ConsoleTemplate), preserveStaticLogger: true);
        services.AddNavLederprogramTelemetry(configuration);

        services.AddHttpContextAccessor();
        services.AddTrustedProxies(appOptions.TrustedProxies);
        // A singleton: it reads the caller of the request in flight, so the pooled contexts' shared auditing can use it.
        services.AddSingleton<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<IRequestOrigin, HttpRequestOrigin>();
        services.AddNavLederprogramEntityFrameworkCore(configuration, $"Data Source={Path.Combine(dataFolder, "navlederprogram.db")}");
        services.AddNavLederprogramApplication();
        // Wraps the data keys of private texts; never in the database, which holds the wrapped keys (docs/operations.md).
        services.AddKeyEncryptionKey(configuration[KeyEncryptionKey.ConfigurationKey], dataFolder);
        services.AddFileStorage(appOptions.FileStorageFolder is { Length: > 0 } files
            ? Path.GetFullPath(files, builder.Environment.ContentRootPath)
            : Path.Combine(dataFolder, "files"));
        services.AddNotificationEmail(configuration, dataFolder);
        services.Configure<IdentitySeedOptions>(configuration.GetSection(IdentitySeedOptions.Section));
        // In the database, not the data folder: a login cookie or an authorization code made by one node is read by every other.
        services.AddDataProtection().SetApplicationName("NavLederprogram").PersistKeysToDbContext<NavLederprogramDbContext>();

        services.AddIdentity<AppUser, AppRole>(NavLederprogramEntityFrameworkCoreServices.ConfigureIdentity)
            .AddEntityFrameworkStores<NavLederprogramDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SetPasswordTokenProvider>(SetPasswordTokens.Provider)
            .AddNavLederprogramAccountRules();
        services.Configure<UserInviteOptions>(configuration.GetSection(UserInviteOptions.Section));
        services.AddOptions<SetPasswordTokenProviderOptions>().Configure<IOptions<UserInviteOptions>>((o, invites) =>
        {
            o.Name = SetPasswordTokens.Provider;
            o.TokenLifespan = invites.Value.LinkLifetime;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.Cookie.Name = "NavLederprogram.Login";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        services.Configure<LoginThrottleOptions>(configuration.GetSection(LoginThrottleOptions.Section));
        services.AddSingleton<LoginThrottle>();
        services.Configure<TwoFactorOptions>(configuration.GetSection(TwoFactorOptions.Section));
        services.Configure<LocalPasswordOptions>(configuration.GetSection(LocalPasswordOptions.Section));
        services.Configure<ExternalSignInOptions>(configuration.GetSection(ExternalSignInOptions.Section));
        services.AddScoped<TwoFactorPolicy>();
        services.AddScoped<SignInAudit>();
        var externalProviders = configuration.GetSection(ExternalSignInOptions.Section).Get<ExternalSignInOptions>()?.Providers ?? [];
        services.AddMemoryCache();

        var developmentKeys = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing");
        var keys = SigningKeys.Load(configuration.GetSection(SigningKeyOptions.Section).Get<SigningKeyOptions>() ?? new SigningKeyOptions(),
            dataFolder, developmentKeys);
        var issuer = Issuer(appOptions, developmentKeys);
        services.AddOpenIddict()
            .AddCore(o => o.UseNavLederprogramStores())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, ClientIds.ApiScope, ClientIds.HrImportScope);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(30)).SetRefreshTokenLifetime(TimeSpan.FromDays(1));
                o.AddSigningCertificate(keys.Signing).AddEncryptionCertificate(keys.Encryption);
                // Checking a signature costs a public-key operation; decrypting a token on every request cost a private-key one.
                // Why a readable access token is safe here: docs/decisions.md. Codes and refresh tokens stay encrypted.
                o.DisableAccessTokenEncryption();
                // One issuer whichever address or node answered, so that any node accepts any node's tokens.
                if (issuer is not null) o.SetIssuer(issuer);
                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!builder.Environment.IsProduction()) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddClient(o =>
            {
                // Sign-in through the organisation's own providers (Authentication:External): code flow with PKCE, the state
                // bound to this browser, the provider's keys and issuer read from its discovery document.
                o.AllowAuthorizationCodeFlow();
                o.AddSigningCertificate(keys.Signing).AddEncryptionCertificate(keys.Encryption);
                o.SetRedirectionEndpointUris(ExternalSignIn.CallbackPath);
                // Errors reach the callback too, which refuses them with the login page's message and records the attempt.
                var aspNetCore = o.UseAspNetCore().EnableRedirectionEndpointPassthrough().EnableErrorPassthrough();
                if (!builder.Environment.IsProduction()) aspNetCore.DisableTransportSecurityRequirement();
                o.UseSystemNetHttp();
                foreach (var p in externalProviders)
                {
                    var registration = new OpenIddict.Client.OpenIddictClientRegistration
                    {
                        Issuer = new Uri(p.Issuer, UriKind.Absolute),
                        ProviderName = p.Name,
                        ProviderDisplayName = p.DisplayName,
                        ClientId = p.ClientId,
                        ClientSecret = p.ClientSecret is { Length: > 0 } secret ? secret : null,
                        RedirectUri = new Uri(ExternalSignIn.CallbackPath, UriKind.Relative),
                    };
                    foreach (var scope in p.Scopes) registration.Scopes.Add(scope);
                    o.AddRegistration(registration);
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                // Only tokens issued for this API: a token the server issued for another resource is refused here.
                o.AddAudiences(ConnectEndpoints.Resource);
                o.AddEventHandler(RejectDisabledUsers.Descriptor);
                o.UseAspNetCore();
            });

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, CurrentRoleClaims>();
        services.AddHostedService<CacheChangePolling>();
        services.AddAuthorization(o => o.AddPolicy(ConnectEndpoints.SignInCookiePolicy,
            p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser()));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ConnectEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = appOptions.AuthRequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(NavLederprogram.Programmes.CertificateEndpoints.VerifyRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = appOptions.VerificationRequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // The anonymous 360° answer is reached by a secret link as the verification is by a code: guessing is slowed down the same way.
            o.AddPolicy(NavLederprogram.Development.LeadershipFeedbackEndpoints.AnswerRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = appOptions.VerificationRequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });

        // Answers without an exception behind them (status code pages, a body the endpoint could not bind) get a title in the caller's language too.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.Exception is null && !c.ProblemDetails.Extensions.ContainsKey("code") && c.ProblemDetails.Status is { } status)
                c.ProblemDetails.Title = LocalizationTexts.Get(ProblemDetailsExceptionHandler.TitleKey(status));
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            // Numbers are numbers: the web default also reads "12" and makes OpenAPI type every integer as integer-or-string.
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(InputJsonRules.Apply);
        });
        services.AddRazorPages();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "NavLederprogram API";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<NavLederprogramDbContext>(tags: ["ready"]);

        var quartzConnection = database.Provider == DatabaseProvider.Sqlite
            ? configuration.GetConnectionString("Quartz") ?? $"Data Source={Path.Combine(dataFolder, "quartz.db")}"
            : configuration.GetConnectionString("Quartz") ?? configuration.GetConnectionString("Default")!;
        services.AddNavLederprogramScheduling(database.Provider, quartzConnection);

        services.Configure<RequestLocalizationOptions>(o =>
        {
            // The request's language chooses the texts (UI culture) only. Formatting stays invariant, so that everything
            // written for machines — iCalendar, CSV, JSON, headers, file names, codes — is the same whoever asks
            // (nb-NO writes U+2212 for minus, which strict iCalendar parsers reject). Texts shown to people pass their culture.
            var cultures = LocalizationTexts.Cultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, new CultureInfo(LocalizationTexts.DefaultCulture));
            o.SupportedCultures = [CultureInfo.InvariantCulture];
            o.SupportedUICultures = cultures;
            o.FallBackToParentUICultures = true;
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        var spa = new SpaFiles(ResolveSpaRoot(appOptions, builder.Environment.ContentRootPath));
        services.AddSingleton(spa);
        services.AddNavLederprogramSecurityHeaders(builder.Environment, spa.InlineScriptHashes());
        // The product's name and version are nobody's business.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseDbStatementCounting(app.Configuration.GetValue<bool>($"{AppOptions.Section}:{nameof(AppOptions.ExposeStatementCount)}"));
        // Before anything that reads the client's address or the scheme: the throttle, the rate limits, cookies, OpenIddict.
        app.UseTrustedProxies(app.Configuration.GetSection(AppOptions.Section).Get<AppOptions>()?.TrustedProxies ?? []);
        // First, so that every answer carries the headers: static files, the app's index.html, errors and 404s alike.
        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        // Localization first, so that error responses are written in the caller's language too.
        app.UseRequestLocalization();
        // Outside the exception handler, so that the log shows the status the caller got (a 404), not the exception as a 500.
        // Through the configured logger, not the static bootstrap one, so that Serilog:MinimumLevel turns request lines down too
        // (a logger set through the options in dependency injection wins).
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger ??= app.Services.GetRequiredService<Serilog.ILogger>();
            o.EnrichDiagnosticContext += DbStatementCounting.Enrich;
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        var spa = app.Services.GetRequiredService<SpaFiles>();
        if (spa.Provider is not null) app.UseSpaAssets(spa.Provider);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRequestBodyGuard();

        app.MapConnectEndpoints();
        app.MapExternalSignIn();
        app.MapRazorPages();
        app.MapNavLederprogramApi();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        if (spa.Provider is not null)
            app.MapSpaFallback(spa.Provider).AllowAnonymous();
        // An API path that matches no endpoint is a 404 problem, not the app's start page.
        app.MapFallback("/api/{**path}", (HttpContext context, EndpointDataSource endpoints) => ApiFallback.Answer(context, endpoints)).AllowAnonymous();
    }

    /// <summary>The token issuer is the address users reach the app at; outside Development it must be configured.</summary>
    private static Uri? Issuer(AppOptions options, bool development)
    {
        if (Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url)) return url;
        if (development) return null;
        throw new InvalidOperationException("App:PublicUrl must be set to the absolute address users reach the app at (e.g. https://lederprogram.nav.no). "
            + "It is the token issuer, the same on every node, and the base of links in e-mail.");
    }

    /// <summary>The embedded SQLite default migrates and seeds itself; server databases use the DbMigrator unless told otherwise.</summary>
    private static async Task MigrateIfConfiguredAsync(WebApplication app)
    {
        var options = app.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (!(options.MigrateOnStartup ?? options.Provider == DatabaseProvider.Sqlite)) return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync();
    }

    private static string? ResolveSpaRoot(AppOptions options, string contentRoot)
    {
        var root = options.SpaRoot is { Length: > 0 } r ? Path.GetFullPath(r, contentRoot)
            : Path.GetFullPath(Path.Combine(contentRoot, "..", "..", "angular", "dist", "navlederprogram", "browser"));
        return Directory.Exists(root) ? root : null;
    }
}
