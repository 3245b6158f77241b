using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>What Programmes and PeerSupervision tell of gatherings and meetings that have ended, and who took part in them.</summary>
[Collection(HostCollection.Name)]
public class EndedOccurrenceQueryTests(NavLederprogramFactory factory)
{
    [Fact]
    public async Task A_gathering_is_told_once_it_ended_with_the_cohorts_participants_and_not_those_who_withdrew()
    {
        var now = DateTime.UtcNow;
        var gathering = await PulseTestData.GatheringAsync(factory, now.AddHours(-4), minutes: 180);

        await using var scope = factory.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<IEndedGatheringQueries>();
        var ended = (await queries.GetEndedBetweenAsync(now.AddHours(-2), now)).Single(g => g.SessionId == gathering.SessionId);
        ended.CohortId.ShouldBe(gathering.CohortId);
        ended.CohortName.ShouldBe(gathering.CohortName);
        ended.Title.ShouldBe("Samling om tillit");
        ended.EndsAt.ShouldBe(now.AddHours(-1), TimeSpan.FromSeconds(1));
        ended.ParticipantPersonIds.OrderBy(id => id).ShouldBe(gathering.Participants.Select(p => p.PersonId).OrderBy(id => id));
        ended.ParticipantPersonIds.ShouldNotContain(gathering.Withdrawn.PersonId);

        // Not before it ends, and not again in a later window.
        (await queries.GetEndedBetweenAsync(now.AddHours(-6), now.AddHours(-1).AddMinutes(-1))).ShouldNotContain(g => g.SessionId == gathering.SessionId);
        (await queries.GetEndedBetweenAsync(now.AddHours(-1).AddMinutes(1), now)).ShouldNotContain(g => g.SessionId == gathering.SessionId);
    }

    [Fact]
    public async Task A_meeting_is_told_with_those_present_or_else_the_active_members_and_a_cancelled_one_is_not()
    {
        var group = await SupervisionTestData.GroupAsync(factory, "Pulsgruppe");
        var now = DateTime.UtcNow;
        var held = await SupervisionTestData.HeldMeetingAsync(factory, group, now.AddHours(-3), 120, group.Members[0].PersonId, group.Members[2].PersonId);
        var unregistered = await SupervisionTestData.MeetingAsync(factory, group.Id, now.AddHours(-2.5));
        var cancelled = await SupervisionTestData.MeetingAsync(factory, group.Id, now.AddHours(-2.8), change: m => m.Cancel());

        await using var scope = factory.Services.CreateAsyncScope();
        var ended = (await scope.ServiceProvider.GetRequiredService<IEndedMeetingQueries>().GetEndedBetweenAsync(now.AddHours(-2), now))
            .Where(m => m.GroupId == group.Id).ToList();
        ended.Select(m => m.MeetingId).ShouldBe([held, unregistered]);
        ended[0].ParticipantPersonIds.OrderBy(id => id).ShouldBe(new[] { group.Members[0].PersonId, group.Members[2].PersonId }.OrderBy(id => id));
        ended[1].ParticipantPersonIds.OrderBy(id => id).ShouldBe(group.Members.Select(m => m.PersonId).OrderBy(id => id));
        ended.ShouldAllBe(m => m.GroupName == group.Name && !m.ParticipantPersonIds.Contains(group.Supervisor.PersonId)
            && !m.ParticipantPersonIds.Contains(group.Invited.PersonId));
        ended.ShouldNotContain(m => m.MeetingId == cancelled);
    }
}
