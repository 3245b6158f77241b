using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Organisation;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

public class MigrationTests
{
    private static NavLederprogramDbContext Context(DatabaseProvider provider, string connection)
    {
        var options = new DbContextOptionsBuilder<NavLederprogramDbContext>();
        options.UseNavLederprogramDatabase(provider, connection);
        return new NavLederprogramDbContext(options.Options);
    }

    public static TheoryData<DatabaseProvider, string> Providers => new()
    {
        { DatabaseProvider.Sqlite, "Data Source=:memory:" },
        { DatabaseProvider.PostgreSql, "Host=localhost;Database=unused" },
        { DatabaseProvider.SqlServer, "Server=localhost;Database=unused;TrustServerCertificate=True" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_has_migrations_for_every_model_change(DatabaseProvider provider, string connection)
    {
        using var context = Context(provider, connection);
        context.Database.GetMigrations().ShouldNotBeEmpty();
        context.Database.HasPendingModelChanges().ShouldBeFalse($"run etc/scripts/add-migration.sh: the {provider} migrations lag behind the model");
    }

    [Fact]
    public void The_sql_server_idempotent_script_is_generated()
    {
        using var context = Context(DatabaseProvider.SqlServer, "Server=localhost;Database=unused;TrustServerCertificate=True");
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        script.ShouldContain("CREATE TABLE [OrgOffices]");
        script.ShouldContain("IF NOT EXISTS");
        script.ShouldContain("[IsDeleted] = 0");
    }
}

public class PersistenceTests
{
    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        async Task<(int, int, int, int)> Counts() => await db.InScopeAsync(async sp =>
        {
            var c = sp.GetRequiredService<NavLederprogramDbContext>();
            return (await c.Regions.CountAsync(), await c.People.CountAsync(), await c.Users.CountAsync(), await c.PermissionGrants.CountAsync());
        });
        var before = await Counts();

        await db.InScopeAsync(sp => sp.GetRequiredService<DataSeeder>().SeedAsync());

        (await Counts()).ShouldBe(before);
        // One demo user per role, and the leaders who answer the demo evaluation.
        before.Item3.ShouldBe(NavLederprogram.Identity.RoleNames.All.Count + NavLederprogram.Identity.IdentityDataSeedContributor.MoreDemoLeaders);
    }

    [Fact]
    public async Task Saving_fills_audit_fields_and_deleting_is_soft()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(seed: false);
        db.CurrentUser.Id = Guid.NewGuid();
        var region = new Region(Guid.NewGuid(), "Testfylke", "99");
        await db.InScopeAsync(async sp =>
        {
            var c = sp.GetRequiredService<NavLederprogramDbContext>();
            c.Regions.Add(region);
            await c.SaveChangesAsync();
        });
        await db.InScopeAsync(async sp =>
        {
            var c = sp.GetRequiredService<NavLederprogramDbContext>();
            var stored = await c.Regions.SingleAsync(r => r.Id == region.Id);
            stored.CreatorId.ShouldBe(db.CurrentUser.Id);
            stored.CreationTime.ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-1));
            c.Regions.Remove(stored);
            await c.SaveChangesAsync();
        });
        await db.InScopeAsync(async sp =>
        {
            var c = sp.GetRequiredService<NavLederprogramDbContext>();
            (await c.Regions.AnyAsync(r => r.Id == region.Id)).ShouldBeFalse();
            var deleted = await c.Regions.IgnoreQueryFilters().SingleAsync(r => r.Id == region.Id);
            deleted.IsDeleted.ShouldBeTrue();
            deleted.DeleterId.ShouldBe(db.CurrentUser.Id);
        });
    }

    [Fact]
    public async Task Two_concurrent_edits_the_second_save_fails_and_the_first_one_stays()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(seed: false);
        var region = new Region(Guid.NewGuid(), "Testfylke", "99");
        await db.InScopeAsync(async sp => { var c = sp.GetRequiredService<NavLederprogramDbContext>(); c.Regions.Add(region); await c.SaveChangesAsync(); });

        await using var first = db.Services.CreateAsyncScope();
        await using var second = db.Services.CreateAsyncScope();
        var a = await first.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Regions.SingleAsync();
        var b = await second.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Regions.SingleAsync();
        a.Update("Først", "01");
        await first.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().SaveChangesAsync();
        b.Update("Sist", "02");

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().SaveChangesAsync());
        (await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().Regions.SingleAsync())).Name.ShouldBe("Først");
    }
}
