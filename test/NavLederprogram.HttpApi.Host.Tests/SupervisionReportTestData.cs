using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Privacy;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// Supervision groups of the report tests' own, made through the domain as they would have been lived: the group began
/// weeks ago, some meetings were held with attendance, some cancelled, one lies ahead.
/// </summary>
internal static class SupervisionReportTestData
{
    public const string Agreement = "Taushetsplikt: det som blir sagt i gruppa, blir i gruppa.";

    /// <summary>A meeting <paramref name="DaysAgo"/> days ago at 09:00 in Oslo: held with these members attending, or cancelled.</summary>
    public sealed record PastMeeting(int DaysAgo, int Attending, bool Cancelled = false);

    public sealed record Made(Guid GroupId, IReadOnlyList<Guid> MemberIds, IReadOnlyList<Guid> MeetingIds);

    public static DateTime NineOClock(int daysAgo) =>
        OsloTime.ToUtc(OsloTime.Today(TimeProvider.System).AddDays(-daysAgo), new TimeOnly(9, 0));

    public static async Task<Guid> OfficeIdAsync(NavLederprogramFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        return await db.Offices.Where(o => o.Name == name).Select(o => o.Id).FirstAsync();
    }

    public static async Task<Guid> RegionIdAsync(NavLederprogramFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        return await db.Regions.Where(r => r.Name == name).Select(r => r.Id).FirstAsync();
    }

    /// <summary>
    /// A group led by <paramref name="supervisorPersonId"/> with the members (person and office), all active and agreed,
    /// its past meetings as given and one planned next week.
    /// </summary>
    public static async Task<Made> CreateGroupAsync(NavLederprogramFactory factory, string name, Guid supervisorPersonId,
        IReadOnlyList<(Guid PersonId, string Office)> members, IReadOnlyList<PastMeeting> meetings)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<NavLederprogramDbContext>();
        var offices = await db.Offices.ToDictionaryAsync(o => o.Name, o => (o.Id, o.RegionId));
        var now = DateTime.UtcNow;
        var began = now.AddDays(-90);
        var group = new SupervisionGroup(Guid.CreateVersion7(), name, SupervisionKind.Group, supervisorPersonId, null,
            offices[members[0].Office].RegionId,
            members.Select(m => new Invitee(m.PersonId, offices[m.Office].Id)).ToList(),
            new AgreementTerms(Agreement, "Annenhver uke", "Reflekterende team", "Uten navn og fødselsnummer", 4, 12), began);
        foreach (var member in members)
        {
            group.Accept(member.PersonId, began);
            group.AcceptAgreement(member.PersonId, 1);
        }
        await sp.GetRequiredService<ISupervisionGroupRepository>().InsertAsync(group);

        var ids = group.ActiveMemberIds;
        var made = new List<SupervisionMeeting>();
        foreach (var past in meetings)
        {
            var start = NineOClock(past.DaysAgo);
            var occurrence = new MeetingOccurrence(start, start.AddHours(2));
            var meeting = new SupervisionMeeting(Guid.CreateVersion7(), group.Id, occurrence, "Møterom", null, began);
            if (past.Cancelled) meeting.Cancel();
            else meeting.RegisterAttendance(ids.Take(past.Attending).ToList(), ids, now);
            made.Add(meeting);
        }
        var next = NineOClock(-7);
        made.Add(new SupervisionMeeting(Guid.CreateVersion7(), group.Id, new MeetingOccurrence(next, next.AddHours(2)), "Rom", null, now));
        await sp.GetRequiredService<ISupervisionMeetingRepository>().InsertManyAsync(made);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return new Made(group.Id, ids, made.Select(m => m.Id).ToList());
    }

    /// <summary>Appoints the person a peer supervisor in the region of their office, from a year ago.</summary>
    public static async Task AppointAsync(NavLederprogramFactory factory, Guid personId, string office)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<NavLederprogramDbContext>();
        var (officeId, regionId) = await db.Offices.Where(o => o.Name == office)
            .Select(o => new ValueTuple<Guid, Guid>(o.Id, o.RegionId)).FirstAsync();
        await sp.GetRequiredService<IPeerSupervisorRepository>().InsertAsync(
            PeerSupervisor.Appoint(Guid.CreateVersion7(), personId, regionId, 2, [officeId],
                OsloTime.Today(TimeProvider.System).AddYears(-1)));
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    /// <summary>What members write: a case brought to a meeting and a private reflection (its text as the column holds it).</summary>
    public static async Task WriteAsync(NavLederprogramFactory factory, Made group, string caseTitle, string caseText, string reflection)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await sp.GetRequiredService<ISupervisionCaseRepository>().InsertAsync(
            new SupervisionCase(Guid.CreateVersion7(), group.GroupId, group.MeetingIds[0], group.MemberIds[0], caseTitle, caseText));
        var protectedText = await sp.GetRequiredService<IPrivateTextProtector>().ProtectAsync(group.MemberIds[1], reflection, default);
        await sp.GetRequiredService<ISupervisionReflectionRepository>().InsertAsync(
            new SupervisionReflection(Guid.CreateVersion7(), group.MemberIds[1], group.GroupId, group.MeetingIds[0], protectedText));
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }
}
