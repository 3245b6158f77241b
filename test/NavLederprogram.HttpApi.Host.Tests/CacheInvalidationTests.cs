using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Permissions;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Grants and role assignments are cached on each node; a change counts on the next request, on every node.</summary>
public class CacheInvalidationTests
{
    private const string Offices = "/api/organisation/offices";
    private static readonly string View = NavLederprogramPermissions.Organisation.View;

    [Fact]
    public async Task A_changed_grant_or_role_assignment_counts_from_the_next_request()
    {
        // The node never looks at the change log after start: what happens here is this node's own doing.
        await using var node = new NavLederprogramFactory { RunsScheduledJobs = false, CachePollInterval = TimeSpan.FromHours(1) };
        var admin = await node.ClientForAsync("ksadmin");
        (await admin.GetAsync(Offices)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var warmCost = Statements(await admin.GetAsync(Offices));

        await RevokeAsync(node, RoleNames.KsAdmin, View);
        (await admin.GetAsync(Offices)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await GrantAsync(node, RoleNames.KsAdmin, View);
        var afterChange = await admin.GetAsync(Offices);
        afterChange.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The grants were read again once, and are served from the cache after that.
        Statements(afterChange).ShouldBeGreaterThan(warmCost);
        Statements(await admin.GetAsync(Offices)).ShouldBe(warmCost);

        // The token still names the role; the assignment taken away is what counts.
        await SetRoleAsync(node, "ksadmin", RoleNames.KsAdmin, assigned: false);
        (await admin.GetAsync(Offices)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await SetRoleAsync(node, "ksadmin", RoleNames.KsAdmin, assigned: true);
        (await admin.GetAsync(Offices)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_change_saved_on_one_node_reaches_another_node_on_the_same_database()
    {
        await using var nodeA = new NavLederprogramFactory();
        var token = await nodeA.AccessTokenForAsync("ksadmin");
        await using var nodeB = new NavLederprogramFactory(nodeA.DataFolder, 100_000, nodeA.ConnectionString) { RunsScheduledJobs = false };
        var onB = nodeB.CreateClient();
        onB.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        (await onB.GetAsync(Offices)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await onB.GetAsync(Offices)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await RevokeAsync(nodeA, RoleNames.KsAdmin, View);
        await EventuallyAsync(onB, HttpStatusCode.Forbidden);

        await GrantAsync(nodeA, RoleNames.KsAdmin, View);
        await EventuallyAsync(onB, HttpStatusCode.OK);

        await SetRoleAsync(nodeA, "ksadmin", RoleNames.KsAdmin, assigned: false);
        await EventuallyAsync(onB, HttpStatusCode.Forbidden);
    }

    /// <summary>Node B polls the change log every second; ten seconds leave room for a busy machine, not for a missed change.</summary>
    private static async Task EventuallyAsync(HttpClient client, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        while ((status = (await client.GetAsync(Offices)).StatusCode) != expected && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        status.ShouldBe(expected);
    }

    private static async Task RevokeAsync(NavLederprogramFactory node, string role, string permission)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        db.PermissionGrants.RemoveRange(await db.PermissionGrants.Where(g => g.RoleName == role && g.PermissionName == permission).ToListAsync());
        await db.SaveChangesAsync();
    }

    private static async Task GrantAsync(NavLederprogramFactory node, string role, string permission)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        db.PermissionGrants.Add(new PermissionGrant(Guid.NewGuid(), role, permission));
        await db.SaveChangesAsync();
    }

    private static async Task SetRoleAsync(NavLederprogramFactory node, string userName, string role, bool assigned)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        var result = assigned ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Description)));
    }

    private static int Statements(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("X-Db-Statements").Single(), System.Globalization.CultureInfo.InvariantCulture);
}
