using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Audit;
using NavLederprogram.Privacy;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>The audit trail on the real SQLite schema: entries linked into one chain, values about a person protected under their key.</summary>
public class AuditTrailTests
{
    [Fact]
    public async Task Recorded_entries_form_one_linked_chain_and_keep_what_names_the_subject_unreadable_without_their_key()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(seed: false);
        var person = Guid.NewGuid();
        var actor = Guid.NewGuid();
        db.CurrentUser.Id = actor;
        await db.InScopeAsync(async sp =>
        {
            var trail = sp.GetRequiredService<IAuditTrail>();
            await trail.RecordAsync(new AuditRecord(AuditKind.SignIn, "SignIn.Password", SubjectUserId: actor));
            await trail.RecordAsync(new AuditRecord(AuditKind.PersonalDataRead, "Person.Read", SubjectPersonId: person,
                Target: $"Person:{person}", Detail: "Kari Nordmann"));
            await trail.RecordAsync(new AuditRecord(AuditKind.Erasure, "PersonalData.Erased", SubjectPersonId: person, Target: $"Person:{person}"));
        });

        var entries = await db.InScopeAsync(sp =>
            sp.GetRequiredService<NavLederprogramDbContext>().Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        entries.Select(e => e.Sequence).ShouldBe([1L, 2L, 3L]);
        entries[0].PreviousHash.ShouldBe(AuditChain.Genesis);
        entries[1].PreviousHash.ShouldBe(entries[0].Hash);
        entries[2].PreviousHash.ShouldBe(entries[1].Hash);
        entries.ShouldAllBe(e => AuditChain.IsIntact(e));
        entries.ShouldAllBe(e => e.ActorUserId == actor);
        entries[1].Kind.ShouldBe(AuditKind.PersonalDataRead);
        entries[1].Detail.ShouldNotBeNull().ShouldNotContain("Kari");
        (await db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().UnprotectAsync(person, entries[1].Detail!, default)))
            .ShouldBe("Kari Nordmann");

        var head = await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().Set<AuditChainHead>().AsNoTracking().SingleAsync());
        head.LastSequence.ShouldBe(3);
        head.LastHash.ShouldBe(entries[2].Hash);
    }
}
