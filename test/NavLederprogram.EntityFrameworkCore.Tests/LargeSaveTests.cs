using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Organisation;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>
/// A save costs what it changes: the auditing of a save of thousands of aggregates and their children detects changes
/// once, not once per child row, and still stamps every aggregate, touches the owner of every changed child and
/// soft-deletes what is removed.
/// </summary>
public class LargeSaveTests
{
    private const int Count = 1_500;

    /// <summary>Runs a save and counts how often it ran change detection over the whole change tracker.</summary>
    private static async Task<int> SaveCountingDetectionsAsync(NavLederprogramDbContext context)
    {
        var detections = 0;
        void Count(object? sender, Microsoft.EntityFrameworkCore.ChangeTracking.DetectChangesEventArgs e) => detections++;
        context.ChangeTracker.DetectingAllChanges += Count;
        try { await context.SaveChangesAsync(); }
        finally { context.ChangeTracker.DetectingAllChanges -= Count; }
        return detections;
    }

    private static async Task<(Guid OfficeId, Guid FirstRole, Guid SecondRole)> PlacementAsync(SqliteTestDatabase db) => await db.InScopeAsync(async sp =>
    {
        var context = sp.GetRequiredService<NavLederprogramDbContext>();
        var roles = await context.JobRoles.OrderBy(r => r.Code).Select(r => r.Id).Take(2).ToListAsync();
        return (await context.Offices.Select(o => o.Id).FirstAsync(), roles[0], roles[1]);
    });

    [Fact]
    public async Task Saving_thousands_of_new_people_with_their_job_roles_detects_changes_a_fixed_number_of_times_and_stamps_each_of_them()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        db.CurrentUser.Id = Guid.NewGuid();
        var (officeId, role, _) = await PlacementAsync(db);

        var detections = await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            for (var i = 0; i < Count; i++)
            {
                var person = new Person(Guid.CreateVersion7(), $"L{i:D5}", "Kari", $"Nordmann{i}", $"l{i}@nav.no", Employer.State, officeId);
                person.SetJobRoles([(role, new DateOnly(2024, 1, 1))]);
                context.Add(person);
            }
            return await SaveCountingDetectionsAsync(context);
        });

        detections.ShouldBeLessThanOrEqualTo(2);
        var stamped = await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().People
            .CountAsync(p => p.EmployeeNumber.StartsWith("L") && p.CreatorId == db.CurrentUser.Id && p.JobRoles.Count == 1));
        stamped.ShouldBe(Count);
    }

    [Fact]
    public async Task Changing_only_the_job_roles_of_thousands_of_people_touches_every_one_of_them_in_one_pass()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var (officeId, firstRole, secondRole) = await PlacementAsync(db);
        await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            for (var i = 0; i < Count; i++)
            {
                var person = new Person(Guid.CreateVersion7(), $"L{i:D5}", "Kari", $"Nordmann{i}", $"l{i}@nav.no", Employer.State, officeId);
                person.SetJobRoles([(firstRole, new DateOnly(2024, 1, 1))]);
                context.Add(person);
            }
            await context.SaveChangesAsync();
        });
        var before = await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().People.AsNoTracking()
            .Where(p => p.EmployeeNumber.StartsWith("L")).ToDictionaryAsync(p => p.Id, p => p.ConcurrencyStamp));
        var modifier = db.CurrentUser.Id = Guid.NewGuid();

        var detections = await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            var people = await context.People.Include(p => p.JobRoles).Where(p => p.EmployeeNumber.StartsWith("L")).ToListAsync();
            foreach (var person in people) person.SetJobRoles([(secondRole, new DateOnly(2025, 3, 1))]);
            return await SaveCountingDetectionsAsync(context);
        });

        detections.ShouldBeLessThanOrEqualTo(2);
        var after = await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().People.AsNoTracking()
            .Include(p => p.JobRoles).Where(p => p.EmployeeNumber.StartsWith("L")).ToListAsync());
        after.Count.ShouldBe(Count);
        after.ShouldAllBe(p => p.LastModifierId == modifier && p.ConcurrencyStamp != before[p.Id]
            && p.JobRoles.Single().JobRoleId == secondRole);
    }

    [Fact]
    public async Task Removing_thousands_of_people_in_one_save_soft_deletes_each_of_them()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var (officeId, role, _) = await PlacementAsync(db);
        await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            for (var i = 0; i < Count; i++)
            {
                var person = new Person(Guid.CreateVersion7(), $"L{i:D5}", "Kari", $"Nordmann{i}", $"l{i}@nav.no", Employer.State, officeId);
                person.SetJobRoles([(role, new DateOnly(2024, 1, 1))]);
                context.Add(person);
            }
            await context.SaveChangesAsync();
        });
        var deleter = db.CurrentUser.Id = Guid.NewGuid();

        var detections = await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            context.People.RemoveRange(await context.People.Where(p => p.EmployeeNumber.StartsWith("L")).ToListAsync());
            return await SaveCountingDetectionsAsync(context);
        });

        detections.ShouldBeLessThanOrEqualTo(2);
        var kept = await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().People.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.EmployeeNumber.StartsWith("L")).ToListAsync());
        kept.Count.ShouldBe(Count);
        kept.ShouldAllBe(p => p.IsDeleted && p.DeleterId == deleter);
    }
}
