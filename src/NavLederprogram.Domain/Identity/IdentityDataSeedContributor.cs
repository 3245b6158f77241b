using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.Identity;

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
    /// <summary>Leaders who sign in besides <c>leder</c> (leder2…leder6): enough for an evaluation to reach its threshold in a demo.</summary>
    public const int MoreDemoLeaders = 5;

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

        // Default grants go to permissions no role holds yet (a new permission): a default an admin revoked stays revoked.
        // The grants that keep the system administrable are restored whatever happened to them.
        var existing = (await grants.GetListAsync(ct)).Select(g => (g.RoleName, g.PermissionName)).ToHashSet();
        var held = existing.Select(g => g.PermissionName).ToHashSet();
        foreach (var permission in permissions.GetPermissions())
            foreach (var role in permission.DefaultRoles.Where(r => !existing.Contains((r, permission.Name))
                         && (!held.Contains(permission.Name) || UserAdministrationRules.IsProtectedGrant(r, permission.Name))))
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

    /// <summary>
    /// Everyone who works with the programme is employed somewhere: each demo user is linked to a person in the
    /// register, with an employer, an office and a job role that fit their role. The leader is the office leader of
    /// NAV Værnes the demo organisation already has; the others are people of their own.
    /// </summary>
    private async Task SeedDemoUsersAsync(CancellationToken ct)
    {
        var trondelag = (await regions.GetAllAsync(ct)).FirstOrDefault(r => r.Name == "Trøndelag");
        var stjordal = await municipalities.FindByNumberAsync("5035", ct);
        var allOffices = await offices.GetAllAsync(ct);
        Guid? Office(string name) => allOffices.FirstOrDefault(o => o.Name == name)?.Id;
        var roles = (await jobRoles.GetAllAsync(ct)).ToDictionary(r => r.Code, r => r.Id);
        var varnes = Office("NAV Værnes");
        var varnesLeader = varnes is null || !roles.TryGetValue(OrganisationConsts.OfficeLeaderRoleCode, out var leaderRoleId) ? null
            : (await people.GetPageAsync(new PageRequest(null, null, 0, 500), varnes, AccessScope.National, ct)).Items
                .FirstOrDefault(p => p.JobRoles.Any(r => r.JobRoleId == leaderRoleId));

        await EnsureUserAsync("sysadmin", "Sigrun Systemsen", RoleNames.SystemAdmin, null, null,
            new DemoPerson("D0001", "Sigrun", "Systemsen", "sigrun.systemsen@nav.no", Employer.State, Office("NAV Frogner"), "Advisor"), ct);
        await EnsureUserAsync("ksadmin", "Kari KS-Nordmann", RoleNames.KsAdmin, null, null,
            new DemoPerson("D0002", "Kari", "KS-Nordmann", "kari.ks-nordmann@ks.no", Employer.Ks, Office("NAV Frogner"), "Advisor"), ct);
        await EnsureUserAsync("diradmin", "Didrik Direktoratsen", RoleNames.DirectorateAdmin, null, null,
            new DemoPerson("D0003", "Didrik", "Direktoratsen", "didrik.direktoratsen@nav.no", Employer.State, Office("NAV Grünerløkka"), "Advisor"), ct);
        await EnsureUserAsync("regionkoordinator", "Rita Regionsen", RoleNames.RegionalCoordinator, ScopeKind.Region, trondelag?.Id,
            new DemoPerson("D0004", "Rita", "Regionsen", "rita.regionsen@nav.no", Employer.State, Office("NAV Trondheim"), "Advisor"), ct);
        await EnsureUserAsync("kommunekoordinator", "Kåre Kommunesen", RoleNames.MunicipalCoordinator, ScopeKind.Municipality, stjordal?.Id,
            new DemoPerson("D0005", "Kåre", "Kommunesen", "kare.kommunesen@stjordal.kommune.no", Employer.Municipality, varnes, "Advisor"), ct);
        await EnsureUserAsync("fasilitator", "Frida Fasilitatorsen", RoleNames.Facilitator, null, null,
            new DemoPerson("D0006", "Frida", "Fasilitatorsen", "frida.fasilitatorsen@ks.no", Employer.Ks, Office("NAV Trondheim"), "Advisor"), ct);
        await EnsureUserAsync("kollegaveileder", "Kjell Kollega", RoleNames.PeerSupervisor, null, null,
            new DemoPerson("D0007", "Kjell", "Kollega", "kjell.kollega@nav.no", Employer.State, Office("NAV Malvik"), "PeerSupervisor"), ct);
        await EnsureUserAsync("kursredaktor", "Kristin Kursredaktør", RoleNames.CourseEditor, null, null,
            new DemoPerson("D0008", "Kristin", "Kursredaktør", "kristin.kursredaktor@nav.no", Employer.State, Office("NAV Grünerløkka"), "Advisor"), ct);
        await EnsureUserAsync("leder", varnesLeader?.FullName ?? "Lise Ledersen", RoleNames.Leader, null, null,
            varnesLeader is null ? null : new DemoPerson(varnesLeader.EmployeeNumber, "", "", varnesLeader.Email, varnesLeader.Employer, varnes, null), ct);

        // Five more leaders who sign in (leder2…leder6), so that an evaluation can reach its threshold of answers in a demo. They are
        // leaders of offices outside Trøndelag: the ones the programme seed places in this year's national cohort after last year's six.
        var leaderRoleIds = (await jobRoles.GetAllAsync(ct)).Where(r => r.IsLeaderRole).Select(r => r.Id).ToHashSet();
        var regionOf = allOffices.ToDictionary(o => o.Id, o => o.RegionId);
        var moreLeaders = (await people.GetPageAsync(new PageRequest(null, null, 0, 1000), null, AccessScope.National, ct)).Items
            .Where(p => p.UserId is null && p.JobRoles.Any(r => leaderRoleIds.Contains(r.JobRoleId)) && regionOf.GetValueOrDefault(p.OfficeId) != trondelag?.Id)
            .Skip(6).Take(MoreDemoLeaders).ToList();
        for (var i = 0; i < MoreDemoLeaders; i++)
        {
            var person = moreLeaders.ElementAtOrDefault(i);
            await EnsureUserAsync($"leder{i + 2}", person?.FullName ?? $"Leder {i + 2}", RoleNames.Leader, null, null,
                person is null ? null : new DemoPerson(person.EmployeeNumber, "", "", person.Email, person.Employer, person.OfficeId, null), ct);
        }

        async Task EnsureUserAsync(string userName, string name, string role, ScopeKind? scopeKind, Guid? scopeId, DemoPerson? person, CancellationToken ct)
        {
            var user = await userManager.FindByNameAsync(userName);
            if (user is null)
            {
                user = new AppUser(Guid.CreateVersion7(), userName, person?.Email ?? $"{userName}@demo.navlederprogram.no", name);
                // The demo password is short and known by design (README): it bypasses the password policy, which real
                // passwords meet. Demo users exist only where SeedDemoUsers is on, never in production.
                user.PasswordHash = userManager.PasswordHasher.HashPassword(user, options.Value.DemoPassword);
                Check(await userManager.CreateAsync(user));
                Check(await userManager.AddToRoleAsync(user, role));
                if (scopeKind is not null && scopeId is not null)
                    await roleAssignments.SetScopeAsync(user.Id, role, scopeKind.Value, scopeId.Value, ct);
            }
            // Also for a database seeded before demo users had people: the link is added where it is missing.
            if (person?.OfficeId is { } officeId && await people.FindByUserIdAsync(user.Id, ct) is null)
            {
                var linked = (await people.GetByEmployeeNumbersAsync([person.EmployeeNumber], ct)).FirstOrDefault();
                if (linked is null && person.JobRoleCode is { } code && roles.TryGetValue(code, out var jobRoleId))
                {
                    linked = new Person(Guid.CreateVersion7(), person.EmployeeNumber, person.FirstName, person.LastName, person.Email, person.Employer, officeId);
                    linked.SetJobRoles([(jobRoleId, new DateOnly(2019, 8, 1))]);
                    await people.InsertAsync(linked, ct);
                }
                // A person read without tracking is looked up again, tracked, so that the link is saved.
                if (linked is not null) ((await people.FindAsync(linked.Id, ct)) ?? linked).LinkUser(user.Id);
            }
            await unitOfWork.SaveChangesAsync(ct);
        }
    }

    private sealed record DemoPerson(string EmployeeNumber, string FirstName, string LastName, string Email, Employer Employer, Guid? OfficeId, string? JobRoleCode);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
