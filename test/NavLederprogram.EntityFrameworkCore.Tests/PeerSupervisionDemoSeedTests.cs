using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.PeerSupervision;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>The demo's peer supervision: Kjell Kollega appointed with the competence it needs, and his group with a history.</summary>
public class PeerSupervisionDemoSeedTests
{
    [Fact]
    public async Task Kjell_Kollega_supervises_a_group_of_four_that_has_met_and_will_meet_again_and_seeding_again_adds_nothing()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        async Task<(int Supervisors, int Groups, int Meetings, int Evidence)> Counts() => await db.InScopeAsync(async sp =>
        {
            var c = sp.GetRequiredService<NavLederprogramDbContext>();
            return (await c.Set<PeerSupervisor>().CountAsync(), await c.Set<SupervisionGroup>().CountAsync(),
                await c.Set<SupervisionMeeting>().CountAsync(), await c.Set<CompetenceEvidence>().CountAsync());
        });

        await db.InScopeAsync(async sp =>
        {
            var c = sp.GetRequiredService<NavLederprogramDbContext>();
            var kjell = await c.Set<Person>()
                .SingleAsync(p => p.EmployeeNumber == PeerSupervisionDemoDataSeedContributor.SupervisorEmployeeNumber);
            var malvik = await c.Offices.SingleAsync(o => o.Name == "NAV Malvik");
            var appointment = await c.Set<PeerSupervisor>().SingleAsync(s => s.PersonId == kjell.Id);
            appointment.IsActive.ShouldBeTrue();
            appointment.RegionId.ShouldBe(malvik.RegionId);
            appointment.OfficeIds.ShouldContain(malvik.Id);

            var settings = await c.Set<SupervisionSettings>().SingleAsync();
            var facts = await sp.GetRequiredService<ICompetenceEvidenceRepository>().GetApprovedFactsAsync([kjell.Id]);
            facts.ShouldContain(f => f.CompetenceAreaId == settings.SupervisorAreaId && f.Fact.Level >= settings.SupervisorMinimumLevel);

            var group = await c.Set<SupervisionGroup>().SingleAsync(g => g.SupervisorPersonId == kjell.Id);
            group.Name.ShouldBe(PeerSupervisionDemoDataSeedContributor.GroupName);
            group.ActiveMemberIds.Count.ShouldBe(4);
            group.ActiveMemberIds.ShouldAllBe(m => group.HasAccess(m));
            group.Members.Select(m => m.OfficeId).Distinct().Count().ShouldBe(3);
            var meetings = await c.Set<SupervisionMeeting>().Where(m => m.GroupId == group.Id).OrderBy(m => m.StartsAt).ToListAsync();
            meetings.Count.ShouldBe(10);
            meetings.Take(3).Select(m => m.Status).ShouldBe([MeetingStatus.Held, MeetingStatus.Held, MeetingStatus.Cancelled]);
            meetings.Skip(3).ShouldAllBe(m => m.Status == MeetingStatus.Planned && m.StartsAt > DateTime.UtcNow);
            meetings[0].Attendance.Count(a => a.Attended).ShouldBe(4);
            meetings[1].Attendance.Count(a => a.Attended).ShouldBe(3);
            // Every second Tuesday at 09:00 in Oslo, in summer and in winter time alike.
            meetings.ShouldAllBe(m => OsloTime.ToOslo(m.StartsAt).Hour == 9 && OsloTime.ToOslo(m.StartsAt).DayOfWeek == DayOfWeek.Tuesday);
        });

        var before = await Counts();
        await db.InScopeAsync(sp => sp.GetRequiredService<DataSeeder>().SeedAsync());
        (await Counts()).ShouldBe(before);
    }
}
