using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Audit;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>Saves by admins and coordinators are recorded from the change tracker, in the save's own transaction; others' are not.</summary>
public class AdminChangeRecordingTests
{
    [Fact]
    public async Task An_admins_change_to_a_person_is_recorded_with_the_values_before_and_after_protected_under_the_person()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.SignInAsAsync("sysadmin");
        var person = await FirstPersonAsync(db);
        await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            var row = await context.People.SingleAsync(p => p.Id == person.Id);
            row.Update("Annelise", row.LastName, row.Email, row.Employer, row.OfficeId);
            await context.SaveChangesAsync();
        });

        var entry = (await EntriesAsync(db)).ShouldHaveSingleItem();
        entry.Kind.ShouldBe(AuditKind.Change);
        entry.Action.ShouldBe("Person.Updated");
        entry.Target.ShouldBe($"Person:{person.Id}");
        entry.SubjectPersonId.ShouldBe(person.Id);
        entry.ActorUserId.ShouldBe(db.CurrentUser.Id);
        entry.Before.ShouldNotBeNull().ShouldNotContain(person.FirstName);
        entry.After.ShouldNotBeNull().ShouldNotContain("Annelise");
        var (before, after) = await db.InScopeAsync(async sp =>
        {
            var protector = sp.GetRequiredService<IPrivateTextProtector>();
            return (await protector.UnprotectAsync(person.Id, entry.Before!, default), await protector.UnprotectAsync(person.Id, entry.After!, default));
        });
        JsonDocument.Parse(before).RootElement.GetProperty("FirstName").GetString().ShouldBe(person.FirstName);
        JsonDocument.Parse(after).RootElement.GetProperty("FirstName").GetString().ShouldBe("Annelise");
        JsonDocument.Parse(after).RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["FirstName"], "only what changed");
    }

    [Fact]
    public async Task A_leaders_save_is_not_recorded()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.SignInAsAsync("leder");
        var person = await FirstPersonAsync(db);
        await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            var row = await context.People.SingleAsync(p => p.Id == person.Id);
            row.Update("Annelise", row.LastName, row.Email, row.Employer, row.OfficeId);
            await context.SaveChangesAsync();
        });
        (await EntriesAsync(db)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_grant_given_and_taken_is_a_grant_change_and_a_failed_save_leaves_no_entry()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.SignInAsAsync("sysadmin");
        var grantId = Guid.NewGuid();
        await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            context.PermissionGrants.Add(new PermissionGrant(grantId, RoleNames.Leader, "Audit.View"));
            await context.SaveChangesAsync();
        });
        await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            context.PermissionGrants.Remove(await context.PermissionGrants.SingleAsync(g => g.Id == grantId));
            await context.SaveChangesAsync();
        });
        // A duplicate key fails the save: neither the row nor an entry for it is written, and the chain goes on unbroken.
        await Should.ThrowAsync<DbUpdateException>(() => db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            var existing = await context.PermissionGrants.AsNoTracking().FirstAsync();
            context.PermissionGrants.Add(new PermissionGrant(existing.Id, RoleNames.Leader, "Audit.View"));
            await context.SaveChangesAsync();
        }));

        var entries = await EntriesAsync(db);
        entries.Select(e => (e.Kind, e.Action)).ShouldBe([(AuditKind.GrantChange, "PermissionGrant.Created"), (AuditKind.GrantChange, "PermissionGrant.Deleted")]);
        entries[0].After.ShouldNotBeNull().ShouldContain("Audit.View", customMessage: "a grant names no person: stored readable");
        entries[1].Before.ShouldNotBeNull().ShouldContain(RoleNames.Leader);
        entries[1].PreviousHash.ShouldBe(entries[0].Hash);
        entries.ShouldAllBe(e => AuditChain.IsIntact(e));
    }

    [Fact]
    public async Task Setting_a_password_as_admin_records_the_change_without_the_hash_or_stamps()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.SignInAsAsync("sysadmin");
        var stored = await db.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("leder"))!;
            (await users.RemovePasswordAsync(user)).Succeeded.ShouldBeTrue();
            (await users.AddPasswordAsync(user, "Et langt og hemmelig passord 2026")).Succeeded.ShouldBeTrue();
            (await users.ResetAuthenticatorKeyAsync(user)).Succeeded.ShouldBeTrue();
            return (user.Id, user.PasswordHash!, user.SecurityStamp!, (await users.GetAuthenticatorKeyAsync(user))!);
        });

        var entries = await EntriesAsync(db);
        entries.ShouldNotBeEmpty();
        entries.ShouldAllBe(e => e.SubjectUserId == stored.Id);
        var texts = await db.InScopeAsync(async sp =>
        {
            var protector = sp.GetRequiredService<IPrivateTextProtector>();
            var all = new List<string>();
            foreach (var e in entries)
                foreach (var value in new[] { e.Before, e.After, e.Detail }.OfType<string>())
                    all.Add(await protector.UnprotectAsync(stored.Id, value, default));
            return all;
        });
        texts.ShouldContain(t => t.Contains("PasswordHash") && t.Contains(AuditedChanges.Hidden));
        foreach (var secret in new[] { stored.Item2, stored.Item3, stored.Item4 })
            texts.ShouldAllBe(t => !t.Contains(secret));
    }

    private static Task<Person> FirstPersonAsync(SqliteTestDatabase db) => db.InScopeAsync(sp =>
        sp.GetRequiredService<NavLederprogramDbContext>().People.AsNoTracking().OrderBy(p => p.EmployeeNumber).FirstAsync());

    private static Task<List<AuditEntry>> EntriesAsync(SqliteTestDatabase db) => db.InScopeAsync(sp =>
        sp.GetRequiredService<NavLederprogramDbContext>().Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
}
