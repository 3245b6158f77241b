using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Programmes;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>Cached reads on the real SQLite schema: what is served from the node's memory, and when it is read again.</summary>
public class CachedReadTests
{
    [Fact]
    public async Task A_published_programme_version_is_read_once_per_node_and_a_draft_never_comes_from_the_cache()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var published = await db.InScopeAsync(async sp =>
            (await sp.GetRequiredService<IProgrammeRepository>().GetVersionsAsync()).Single());
        published.Status.ShouldBe(ProgrammeVersionStatus.Published);
        var draftId = Guid.NewGuid();
        await db.InScopeAsync(async sp =>
        {
            var programmes = sp.GetRequiredService<IProgrammeRepository>();
            var draft = published.CopyAsDraft(draftId, published.Number + 1, new Actor(Guid.NewGuid(), "Test"), DateTime.UtcNow);
            await programmes.InsertVersionAsync(draft);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var statements = DbStatementCounter.Begin();
        var first = await db.InScopeAsync(sp => sp.GetRequiredService<IProgrammeRepository>().FindPublishedVersionAsync(published.Id));
        first.ShouldNotBeNull().Modules.Count.ShouldBe(published.Modules.Count);
        statements.Count.ShouldBe(1);
        var again = await db.InScopeAsync(sp => sp.GetRequiredService<IProgrammeRepository>().FindPublishedVersionAsync(published.Id));
        again.ShouldBeSameAs(first);
        statements.Count.ShouldBe(1);

        (await db.InScopeAsync(sp => sp.GetRequiredService<IProgrammeRepository>().FindPublishedVersionAsync(draftId))).ShouldBeNull();
        var both = await db.InScopeAsync(sp =>
            sp.GetRequiredService<IProgrammeRepository>().GetPublishedVersionsAsync([published.Id, draftId]));
        both.Select(v => v.Id).ShouldBe([published.Id]);
    }

    [Fact]
    public async Task The_catalogue_is_read_again_after_a_committed_change_and_keeps_nothing_of_a_rolled_back_one()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        Task<CompetenceCatalogue> Catalogue() => db.InScopeAsync(sp => sp.GetRequiredService<ICompetenceQueries>().GetCatalogueAsync());
        var before = await Catalogue();
        (await Catalogue()).ShouldBeSameAs(before);

        var rolledBack = Guid.NewGuid();
        await db.InScopeAsync(async sp =>
        {
            var uow = sp.GetRequiredService<IUnitOfWork>();
            await Should.ThrowAsync<InvalidOperationException>(() => uow.InTransactionAsync<int>(async () =>
            {
                await sp.GetRequiredService<ICompetenceCatalogueRepository>().InsertCategoryAsync(Category(rolledBack));
                await uow.SaveChangesAsync();
                // Read inside the transaction: it sees its own change, which must not outlive the rollback.
                (await sp.GetRequiredService<ICompetenceQueries>().GetCatalogueAsync()).CategoriesById.ShouldContainKey(rolledBack);
                throw new InvalidOperationException("rolled back");
            }));
        });
        (await Catalogue()).CategoriesById.ShouldNotContainKey(rolledBack);

        var committed = Guid.NewGuid();
        await db.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ICompetenceCatalogueRepository>().InsertCategoryAsync(Category(committed));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        var after = await Catalogue();
        after.CategoriesById.ShouldContainKey(committed);
        after.Categories.Count.ShouldBe(before.Categories.Count + 1);
    }

    private static CompetenceCategory Category(Guid id) =>
        new(id, new LocalizedText($"Kategori {id:N}", $"Kategori {id:N}", $"Category {id:N}"), 50);

    [Fact]
    public async Task A_node_drops_a_kind_once_for_its_own_change_and_at_its_next_poll_for_another_nodes_change()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var monitor = db.Services.GetRequiredService<CacheStampMonitor>();
        await monitor.PollAsync(CancellationToken.None);
        await db.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ICompetenceCatalogueRepository>().InsertCategoryAsync(Category(Guid.NewGuid()));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        var afterOwnChange = monitor.Watch(CompetenceCaches.Catalogue);

        await monitor.PollAsync(CancellationToken.None);
        afterOwnChange.HasChanged.ShouldBeFalse();

        await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            context.Add(new CacheChange(CompetenceCaches.Catalogue, DateTime.UtcNow, Guid.NewGuid()));
            await context.SaveChangesAsync();
        });
        await monitor.PollAsync(CancellationToken.None);
        afterOwnChange.HasChanged.ShouldBeTrue();
    }

    [Fact]
    public async Task The_change_log_keeps_only_what_is_newer_than_the_pruning_age_and_a_node_drops_a_pruned_kind_once()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var now = DateTime.UtcNow;
        await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            var otherNode = Guid.NewGuid();
            context.AddRange(new CacheChange("test.old", now.AddDays(-2), otherNode), new CacheChange("test.old", now.AddDays(-2), otherNode),
                new CacheChange("test.new", now.AddMinutes(-5), otherNode));
            await context.SaveChangesAsync();
        });
        var monitor = db.Services.GetRequiredService<CacheStampMonitor>();
        await monitor.PollAsync(CancellationToken.None);
        var oldKind = monitor.Watch("test.old");
        var newKind = monitor.Watch("test.new");

        (await monitor.PruneAsync(now.AddDays(-1), CancellationToken.None)).ShouldBe(2);
        await monitor.PollAsync(CancellationToken.None);

        oldKind.HasChanged.ShouldBeTrue();
        newKind.HasChanged.ShouldBeFalse();
        (await db.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<NavLederprogramDbContext>().Set<CacheChange>()
            .Count(c => c.Kind.StartsWith("test."))))).ShouldBe(1);
    }
}
