using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.PeerSupervision;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>A supervision group of the tests' own, with meetings placed where a test needs them, written as the domain allows.</summary>
internal static class SupervisionTestData
{
    public sealed record Group(
        Guid Id, string Name, TestPeople.Made Supervisor, IReadOnlyList<TestPeople.Made> Members, TestPeople.Made Invited, TestPeople.Made Outsider);

    /// <summary>
    /// A group in NAV Malvik led by a new supervisor, with three members who joined and accepted the agreement, one who is only
    /// invited, and one colleague outside the group; every one of them can sign in.
    /// </summary>
    public static async Task<Group> GroupAsync(NavLederprogramFactory factory, string name = "Veiledningsgruppe Malvik")
    {
        var people = await TestPeople.CreateAsync(factory, "NAV Malvik", "Advisor", 6, withUsers: true);
        var (supervisor, members, invited, outsider) = (people[0], people.Skip(1).Take(3).ToList(), people[4], people[5]);
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var office = (await sp.GetRequiredService<NavLederprogram.Organisation.IPersonDirectory>().FindAsync(supervisor.PersonId))!.OfficeId;
        var region = (await sp.GetRequiredService<NavLederprogram.Organisation.IOrganisationQueries>().FindOfficeAsync(office))!.RegionId;
        var now = DateTime.UtcNow;
        var group = new SupervisionGroup(Guid.CreateVersion7(), $"{name} {supervisor.LastName}", SupervisionKind.Group, supervisor.PersonId, null, region,
            [.. members.Append(invited).Select(m => new Invitee(m.PersonId, office))],
            new AgreementTerms("Det som sies i gruppen, blir i gruppen.", "Annenhver tirsdag", "Reflekterende team", "Ingen navn", 4, 12), now);
        foreach (var member in members)
        {
            group.Accept(member.PersonId, now);
            group.AcceptAgreement(member.PersonId, 1);
        }
        await sp.GetRequiredService<ISupervisionGroupRepository>().InsertAsync(group);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return new Group(group.Id, group.Name, supervisor, members, invited, outsider);
    }

    /// <summary>A planned meeting of the group at the time, written as if planned a week before it.</summary>
    public static async Task<Guid> MeetingAsync(NavLederprogramFactory factory, Guid groupId, DateTime startsAt, int minutes = 120,
        string? place = "Møterommet, NAV Malvik", string? videoLink = null, Action<SupervisionMeeting>? change = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var meeting = new SupervisionMeeting(Guid.CreateVersion7(), groupId, new MeetingOccurrence(startsAt, startsAt.AddMinutes(minutes)), place, videoLink,
            startsAt.AddDays(-7));
        change?.Invoke(meeting);
        await sp.GetRequiredService<ISupervisionMeetingRepository>().InsertManyAsync([meeting]);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>A meeting that took place, with who attended registered by the supervisor just after it began.</summary>
    public static Task<Guid> HeldMeetingAsync(NavLederprogramFactory factory, Group group, DateTime startsAt, int minutes, params Guid[] attended) =>
        MeetingAsync(factory, group.Id, startsAt, minutes, change: m =>
            m.RegisterAttendance(attended, [.. group.Members.Select(p => p.PersonId)], startsAt.AddMinutes(5)));
}
