using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.PeerSupervision;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>Groups, their members, agreements and schedule, and meetings with attendance, written and read back on the real SQLite schema.</summary>
public class PeerSupervisionStoreTests
{
    [Fact]
    public async Task A_group_and_its_meetings_read_back_as_written()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var now = DateTime.UtcNow;
        var (people, regionId) = await db.InScopeAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<NavLederprogramDbContext>();
            var people = await ctx.Set<Person>().OrderBy(p => p.EmployeeNumber).Take(5).ToListAsync();
            return (people, (await ctx.Set<Region>().FirstAsync()).Id);
        });
        var supervisor = people[0].Id;
        var invitees = people.Skip(1).Take(3).Select(p => new Invitee(p.Id, p.OfficeId)).ToList();
        var firstStart = OsloTime.ToOslo(now).Date.AddDays(7).AddHours(9);
        var groupId = Guid.CreateVersion7();

        await db.InScopeAsync(async sp =>
        {
            var group = new SupervisionGroup(groupId, "Veiledningsgruppe Vest", SupervisionKind.Group, supervisor, null, regionId, invitees,
                new AgreementTerms("Taushet", "Annenhver uke", "Reflekterende team", "Ingen navn", 4, 12), now);
            group.Accept(invitees[0].PersonId, now);
            group.AcceptAgreement(invitees[0].PersonId, 1);
            group.SetSchedule(new MeetingSchedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=" + firstStart.DayOfWeek.ToString()[..2].ToUpperInvariant() + ";COUNT=4",
                firstStart, 120, "Møterom 2", null, now));
            await sp.GetRequiredService<ISupervisionGroupRepository>().InsertAsync(group);
            await sp.GetRequiredService<ISupervisionMeetingRepository>().InsertManyAsync(
                group.Schedule!.Expand().Select(o => new SupervisionMeeting(Guid.CreateVersion7(), groupId, o, group.Schedule.Place, null, now)));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        await db.InScopeAsync(async sp =>
        {
            var groups = sp.GetRequiredService<ISupervisionGroupRepository>();
            var group = (await groups.FindAsync(groupId))!;
            group.Members.Count.ShouldBe(3);
            group.HasAccess(invitees[0].PersonId).ShouldBeTrue();
            group.HasAccess(invitees[1].PersonId).ShouldBeFalse();
            group.Schedule!.FirstStartsAt.ShouldBe(firstStart);
            group.CurrentAgreement.Method.ShouldBe("Reflekterende team");
            (await groups.GetForPersonAsync(invitees[2].PersonId)).Select(g => g.Id).ShouldBe([groupId]);
            (await groups.GetForPersonAsync(supervisor)).Select(g => g.Id).ShouldBe([groupId]);
            (await groups.CountOpenLedByAsync(supervisor)).ShouldBe(1);

            var meetings = await sp.GetRequiredService<ISupervisionMeetingRepository>().GetForGroupAsync(groupId);
            meetings.Count.ShouldBe(4);
            meetings.ShouldAllBe(m => OsloTime.ToOslo(m.StartsAt).Hour == 9);
            group.ReviseAgreement(new AgreementTerms("Streng taushet", "Annenhver uke", "Reflekterende team", "Ingen navn", 4, 12), now);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var reread = await db.InScopeAsync(sp => sp.GetRequiredService<ISupervisionGroupRepository>().FindAsync(groupId));
        reread!.CurrentAgreement.Version.ShouldBe(2);
        reread.HasAccess(invitees[0].PersonId).ShouldBeFalse();
    }

    [Fact]
    public async Task The_settings_are_seeded_with_the_supervision_competence()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var settings = await db.InScopeAsync(sp => sp.GetRequiredService<ISupervisionSettingsRepository>().FindAsync());
        settings.ShouldNotBeNull();
        settings.SupervisorAreaId.ShouldNotBeNull();
        settings.SupervisorMinimumLevel.ShouldBe(3);
        settings.ParticipationGrants.ShouldHaveSingleItem().CompetenceAreaId.ShouldBe(settings.SupervisorAreaId!.Value);
    }
}
