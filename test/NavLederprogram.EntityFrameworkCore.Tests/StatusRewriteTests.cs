using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>A rewrite of every competence status on SQLite builds the indexes after the rows: afterwards the table has them all again.</summary>
public class StatusRewriteTests
{
    private static Task<List<string>> IndexesAsync(SqliteTestDatabase db) => db.InScopeAsync(sp =>
        sp.GetRequiredService<NavLederprogramDbContext>().Database
            .SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'CompPersonStatuses' AND sql IS NOT NULL ORDER BY name")
            .ToListAsync());

    [Fact]
    public async Task A_full_rewrite_of_the_statuses_keeps_every_index_of_the_table()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var before = await IndexesAsync(db);
        var count = await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().Set<PersonCompetenceStatus>().CountAsync());
        await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().Set<PersonCompetenceStatus>().ExecuteDeleteAsync());

        var result = await db.InScopeAsync(sp => sp.GetRequiredService<CompetenceStatusCalculator>().RecomputeAsync(null));

        count.ShouldBeGreaterThan(0);
        result.Inserted.ShouldBe(count);
        before.Count.ShouldBe(3);
        (await IndexesAsync(db)).ShouldBe(before);
    }
}
