using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.ExternalProvider;

/// <summary>
/// A small but real OpenID Connect provider standing in for an organisation's Entra ID or an ID-porten-like broker. Its
/// login form asks who to be (e-mail, employee number, name) and vouches for whatever is typed: it tests the host's
/// federation, not a password check. Codes are issued with PKCE, tokens are signed by its own development keys, its
/// store is a SQLite file of its own that is removed when it stops.
/// </summary>
public static class ExternalProviderServer
{
    public const string EmployeeNumberClaim = "employee_number";
    private const string LoginEmail = "login_email";
    private const string LoginEmployeeNumber = "login_employee_number";
    private const string LoginName = "login_name";
    private const string LoginSubject = "login_subject";

    public static WebApplication Build(string[] args, Action<ExternalProviderSettings>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var settings = builder.Configuration.GetSection(ExternalProviderSettings.Section).Get<ExternalProviderSettings>()
            ?? new ExternalProviderSettings();
        configure?.Invoke(settings);
        var database = Path.Combine(Path.GetTempPath(), $"navleder-external-provider-{Guid.NewGuid():N}.db");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<ProviderDbContext>(o =>
        {
            o.UseSqlite($"Data Source={database};Pooling=false");
            o.UseOpenIddict();
        });
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                if (settings.Issuer is { Length: > 0 } issuer) o.SetIssuer(new Uri(issuer));
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<ProviderDbContext>().Database.EnsureCreated();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var client = new OpenIddictApplicationDescriptor
            {
                ClientId = settings.ClientId,
                ClientSecret = settings.ClientSecret,
                ClientType = ClientTypes.Confidential,
                ConsentType = ConsentTypes.Implicit,
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
                },
            };
            foreach (var uri in settings.RedirectUris) client.RedirectUris.Add(new Uri(uri));
            applications.CreateAsync(client).AsTask().GetAwaiter().GetResult();
        }
        app.Lifetime.ApplicationStopped.Register(() => File.Delete(database));

        app.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)Authorize);
        app.MapPost("/connect/token", (Delegate)Token);
        return app;
    }

    private static IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var email = (string?)request[LoginEmail];
        var employeeNumber = (string?)request[LoginEmployeeNumber];
        if (string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(employeeNumber))
            return Results.Content(LoginForm(request), "text/html; charset=utf-8");

        var subject = (string?)request[LoginSubject] is { Length: > 0 } s ? s : (email ?? employeeNumber)!.Trim().ToLowerInvariant();
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        if (!string.IsNullOrWhiteSpace(email)) identity.SetClaim(Claims.Email, email.Trim());
        if (!string.IsNullOrWhiteSpace(employeeNumber)) identity.SetClaim(EmployeeNumberClaim, employeeNumber.Trim());
        if ((string?)request[LoginName] is { Length: > 0 } name) identity.SetClaim(Claims.Name, name.Trim());
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> Token(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType()) return Results.BadRequest();
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(result.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The authorization request again, as hidden fields, with the fields of who to sign in as.</summary>
    private static string LoginForm(OpenIddictRequest request)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Test identity provider</title></head><body><main><h1>Test identity provider</h1>
            <form method="post" action="/connect/authorize">
            """);
        foreach (var (name, value) in request.GetParameters())
            html.Append($"""<input type="hidden" name="{WebUtility.HtmlEncode(name)}" value="{WebUtility.HtmlEncode((string?)value)}">""");
        html.Append($"""
            <p><label for="email">E-mail</label><br><input id="email" name="{LoginEmail}" type="email"></p>
            <p><label for="employee">Employee number</label><br><input id="employee" name="{LoginEmployeeNumber}"></p>
            <p><label for="name">Name</label><br><input id="name" name="{LoginName}"></p>
            <p><label for="subject">Subject (optional)</label><br><input id="subject" name="{LoginSubject}"></p>
            <button type="submit">Sign in</button></form></main></body></html>
            """);
        return html.ToString();
    }
}
