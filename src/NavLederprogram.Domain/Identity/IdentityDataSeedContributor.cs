using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.Identity;

public sealed class IdentitySeedOptions
{
    public const string Section = "Identity";

    /// <summary>Origins the Angular client may redirect to after sign-in and sign-out.</summary>
    public List<string> AppRootUrls { get; set; } = [];
    public string HrClientId { get; set; } = "NavLederprogram_HrIntegration";
    public string? HrClientSecret { get; set; }
    /// <summary>Creates one demo user per role; for the embedded default and tests, never in production.</summary>
    public bool SeedDemoUsers { get; set; }
    public string DemoPassword { get; set; } = "Demo123!";
}

public static class ClientIds
{
    public const string App = "NavLederprogram_App";
    public const string ApiScope = "navlederprogram_api";
    public const string HrImportScope = "navlederprogram_hr_import";
}

/// <summary>Roles, their default permission grants, the OpenIddict clients and scopes, and the demo users.</summary>
public sealed class IdentityDataSeedContributor(
    RoleManager<AppRole> roleManager,
    UserManager<AppUser> userManager,
    IPermissionGrantRepository grants,
    IPermissionDefinitionProvider permissions,
    IRoleAssignmentRepository roleAssignments,
    IRegionRepository regions,
    IMunicipalityRepository municipalities,
    IOfficeRepository offices,
    IPersonRepository people,
    IJobRoleRepository jobRoles,
    IOpenIddictApplicationManager applications,
    IOpenIddictScopeManager scopes,
    IOptions<IdentitySeedOptions> options,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken ct)
    {
        await SeedRolesAndGrantsAsync(ct);
        await SeedScopesAndClientsAsync(ct);
        if (options.Value.SeedDemoUsers) await SeedDemoUsersAsync(ct);
    }

    private async Task SeedRolesAndGrantsAsync(CancellationToken ct)
    {
        foreach (var role in RoleNames.All.Where(r => !roleManager.Roles.Any(x => x.Name == r)))
            Check(await roleManager.CreateAsync(new AppRole(Guid.CreateVersion7(), role)));

        var existing = (await grants.GetListAsync(ct)).Select(g => (g.RoleName, g.PermissionName)).ToHashSet();
        foreach (var permission in permissions.GetPermissions())
        foreach (var role in permission.DefaultRoles.Where(r => !existing.Contains((r, permission.Name))))
            await grants.InsertAsync(new PermissionGrant(Guid.CreateVersion7(), role, permission.Name), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task SeedScopesAndClientsAsync(CancellationToken ct)
    {
        foreach (var scope in new[] { ClientIds.ApiScope, ClientIds.HrImportScope })
        {
            if (await scopes.FindByNameAsync(scope, ct) is not null) continue;
            await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = scope, Resources = { "navlederprogram" } }, ct);
        }

        var app = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientIds.App,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "NavLederprogram",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + ClientIds.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var root in options.Value.AppRootUrls.Select(u => u.TrimEnd('/') + "/"))
        {
            app.RedirectUris.Add(new Uri(root));
            app.PostLogoutRedirectUris.Add(new Uri(root));
        }
        await CreateOrUpdateAsync(app, ct);

        if (!string.IsNullOrEmpty(options.Value.HrClientSecret))
        {
            await CreateOrUpdateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = options.Value.HrClientId,
                ClientSecret = options.Value.HrClientSecret,
                ClientType = ClientTypes.Confidential,
                DisplayName = "HR integration",
                Permissions =
                {
                    Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials,
                    Permissions.Prefixes.Scope + ClientIds.HrImportScope,
                },
            }, ct);
        }
    }

    private async Task CreateOrUpdateAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, ct);
        if (existing is null) await applications.CreateAsync(descriptor, ct);
        else await applications.UpdateAsync(existing, descriptor, ct);
    }

    private async Task SeedDemoUsersAsync(CancellationToken ct)
    {
        var trondelag = (await regions.GetAllAsync(ct)).FirstOrDefault(r => r.Name == "Trøndelag");
        var stjordal = await municipalities.FindByNumberAsync("5035", ct);
        var varnes = (await offices.GetAllAsync(ct)).FirstOrDefault(o => o.Name == "NAV Værnes");
        var officeLeaderRole = (await jobRoles.GetAllAsync(ct)).First(r => r.Code == "OfficeLeader");
        var varnesLeader = varnes is null ? null
            : (await people.GetPageAsync(new PageRequest(null, null, 0, 500), varnes.Id, AccessScope.National, ct)).Items
                .FirstOrDefault(p => p.JobRoles.Any(r => r.JobRoleId == officeLeaderRole.Id));

        await EnsureUserAsync("sysadmin", "Sigrun Systemsen", RoleNames.SystemAdmin, null, null, null, ct);
        await EnsureUserAsync("ksadmin", "Kari KS-Nordmann", RoleNames.KsAdmin, null, null, null, ct);
        await EnsureUserAsync("diradmin", "Didrik Direktoratsen", RoleNames.DirectorateAdmin, null, null, null, ct);
        await EnsureUserAsync("regionkoordinator", "Rita Regionsen", RoleNames.RegionalCoordinator, ScopeKind.Region, trondelag?.Id, null, ct);
        await EnsureUserAsync("kommunekoordinator", "Kåre Kommunesen", RoleNames.MunicipalCoordinator, ScopeKind.Municipality, stjordal?.Id, null, ct);
        await EnsureUserAsync("fasilitator", "Frida Fasilitatorsen", RoleNames.Facilitator, null, null, null, ct);
        await EnsureUserAsync("kollegaveileder", "Kjell Kollega", RoleNames.PeerSupervisor, null, null, null, ct);
        await EnsureUserAsync("leder", varnesLeader?.FullName ?? "Lise Ledersen", RoleNames.Leader, null, null, varnesLeader, ct);
    }

    private async Task EnsureUserAsync(string userName, string name, string role, ScopeKind? scopeKind, Guid? scopeId, Person? person, CancellationToken ct)
    {
        if (await userManager.FindByNameAsync(userName) is not null) return;
        var user = new AppUser(Guid.CreateVersion7(), userName, person?.Email ?? $"{userName}@demo.navlederprogram.no", name);
        Check(await userManager.CreateAsync(user, options.Value.DemoPassword));
        Check(await userManager.AddToRoleAsync(user, role));
        if (scopeKind is not null && scopeId is not null)
            await roleAssignments.SetScopeAsync(user.Id, role, scopeKind.Value, scopeId.Value, ct);
        // The person was read without tracking; link the tracked one so that the link is saved.
        if (person is not null) (await people.FindAsync(person.Id, ct))?.LinkUser(user.Id);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
