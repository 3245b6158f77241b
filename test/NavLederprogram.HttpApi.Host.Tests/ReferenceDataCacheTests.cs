using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>The competence catalogue and region names are read once per node and read again after they change.</summary>
public class ReferenceDataCacheTests
{
    private const string Categories = "/api/competence/categories?maxResultCount=1000";

    [Fact]
    public async Task A_changed_catalogue_or_region_name_shows_on_the_next_read_and_is_cached_again_after_it()
    {
        // The node never looks at the change log after start: what happens here is this node's own doing.
        await using var node = new NavLederprogramFactory { RunsScheduledJobs = false, CachePollInterval = TimeSpan.FromHours(1) };
        var admin = await node.ClientForAsync("ksadmin");
        await admin.GetAsync(Categories).Expect();
        var warmCost = Statements(await admin.GetAsync(Categories));

        var name = $"Beredskap {Guid.NewGuid():N}";
        await admin.PostAsJsonAsync("/api/competence/categories", new { name = new { nb = name, nn = name, en = name }, sortOrder = 99 })
            .Expect(HttpStatusCode.Created);

        var afterChange = await admin.GetAsync(Categories);
        (await afterChange.Expect()).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain(name);
        Statements(afterChange).ShouldBeGreaterThan(warmCost);
        Statements(await admin.GetAsync(Categories)).ShouldBe(warmCost);

        var coordinator = await node.ClientForAsync("regionkoordinator");
        var scope = (await coordinator.GetAsync("/api/identity/me").Expect()).GetProperty("scope");
        var regionId = scope.GetProperty("id").GetGuid();
        var region = await admin.GetAsync($"/api/organisation/regions/{regionId}").Expect();
        var renamed = $"{scope.GetProperty("name").GetString()} og omegn";
        await admin.PutAsJsonAsync($"/api/organisation/regions/{regionId}", new
        {
            name = renamed,
            code = region.GetProperty("code").GetString(),
            concurrencyStamp = region.GetProperty("concurrencyStamp").GetString(),
        }).Expect();

        (await coordinator.GetAsync("/api/identity/me").Expect()).GetProperty("scope").GetProperty("name").GetString().ShouldBe(renamed);
    }

    private static int Statements(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("X-Db-Statements").Single(), System.Globalization.CultureInfo.InvariantCulture);
}
