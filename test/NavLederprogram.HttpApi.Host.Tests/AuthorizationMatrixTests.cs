using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Identity;
using NavLederprogram.Permissions;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Built from the host's own endpoint list, so a new endpoint cannot escape it.</summary>
[Collection(HostCollection.Name)]
public class AuthorizationMatrixTests(NavLederprogramFactory factory)
{
    private static readonly Dictionary<string, string> DemoUsers = new()
    {
        [RoleNames.SystemAdmin] = "sysadmin",
        [RoleNames.KsAdmin] = "ksadmin",
        [RoleNames.DirectorateAdmin] = "diradmin",
        [RoleNames.RegionalCoordinator] = "regionkoordinator",
        [RoleNames.MunicipalCoordinator] = "kommunekoordinator",
        [RoleNames.Facilitator] = "fasilitator",
        [RoleNames.PeerSupervisor] = "kollegaveileder",
        [RoleNames.Leader] = "leder",
        [RoleNames.CourseEditor] = "kursredaktor",
    };

    private IReadOnlyList<RouteEndpoint> Endpoints()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    [Fact]
    public void Every_endpoint_declares_a_permission_or_is_explicitly_anonymous()
    {
        var endpoints = Endpoints();
        endpoints.Count.ShouldBeGreaterThan(20);
        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null))
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText).ToList();
        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public async Task Anonymous_gets_401_wrong_role_gets_403_and_right_role_is_let_through_on_every_api_endpoint()
    {
        var grants = new NavLederprogramPermissionDefinitionProvider().GetPermissions().ToDictionary(p => p.Name, p => p.DefaultRoles);
        var cases = Endpoints()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => (Endpoint: e, Method: m)))
            .ToList();
        cases.Count.ShouldBeGreaterThan(20);

        var callers = DemoUsers.Select(d => (Name: d.Value, Roles: new[] { d.Key })).Append((Name: NavLederprogramFactory.HrClientId, Roles: Array.Empty<string>())).ToList();
        var failures = new List<string>();
        foreach (var (endpoint, method) in cases)
        {
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Single(p => p is not null)!;
            var anonymous = await SendAsync(factory.CreateClient(), endpoint, method);
            if (anonymous != HttpStatusCode.Unauthorized) failures.Add($"{method} {endpoint.RoutePattern.RawText} anonymous → {(int)anonymous}");

            foreach (var (name, roles) in callers)
            {
                var allowed = policy == NavLederprogramPolicies.SignedInUser
                    ? roles.Length > 0
                    : roles.Any(r => grants[policy].Contains(r)) || (name == NavLederprogramFactory.HrClientId && policy == NavLederprogramPermissions.People.Import);
                var client = factory.CreateClient();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.AccessTokenForAsync(name));
                var status = await SendAsync(client, endpoint, method);
                var ok = allowed ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError) : status == HttpStatusCode.Forbidden;
                if (!ok) failures.Add($"{method} {endpoint.RoutePattern.RawText} as {name} → {(int)status} (allowed: {allowed})");
            }
        }
        failures.ShouldBeEmpty();
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, RouteEndpoint endpoint, string method)
    {
        var path = string.Join("/", endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "culture" } => "nb",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart n when n.ParameterPolicies.Any(x => x.Content is "long" or "int") => "1",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Guid.NewGuid().ToString(),
            _ => "",
        }))));
        using var request = new HttpRequestMessage(new HttpMethod(method), "/" + path);
        if (method is "POST" or "PUT")
        {
            var acceptsForm = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true;
            request.Content = acceptsForm
                ? new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("employeeNumber\n")), "file", "hr.csv" } }
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }
        return (await client.SendAsync(request)).StatusCode;
    }
}
