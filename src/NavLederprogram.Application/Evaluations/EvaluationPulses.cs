using NavLederprogram.Data;
using NavLederprogram.Notifications;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Programmes;

namespace NavLederprogram.Evaluations;

/// <summary>
/// After each gathering and each supervision meeting, a short evaluation with the pulse set opens for a week from its end, and those
/// who took part are told. A target has at most one pulse: the mark is unique in the database, so a run twice, or on two nodes,
/// opens one.
/// </summary>
public sealed class EvaluationPulses(
    IEndedGatheringQueries gatherings,
    IEndedMeetingQueries meetings,
    IEvaluationPulseRepository pulses,
    IQuestionSetRepository questionSets,
    INotificationSender notifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string TemplateKey = "Evaluations.PulseOpened";

    /// <summary>Opens the pulses of the occurrences that ended in [from, to) and have none; returns how many it opened.</summary>
    public async Task<int> OpenForEndedAsync(DateTime from, DateTime to, CancellationToken ct)
    {
        var settings = await pulses.FindSettingsAsync(ct);
        if (settings is { Enabled: false }) return 0;
        var set = settings?.QuestionSetId is { } setId ? await questionSets.FindAsync(setId, ct) : await questionSets.FindPulseAsync(ct);
        if (set is null || set.Questions.Count == 0) return 0;

        var now = clock.GetUtcNow().UtcDateTime;
        var ended = (await gatherings.GetEndedBetweenAsync(from, to, ct))
            .Select(g => new Occurrence(EvaluationTargetKind.Gathering, g.SessionId, $"{g.CohortName}: {g.Title}", g.CohortId, g.RegionId, g.EndsAt,
                g.ParticipantPersonIds))
            .Concat((await meetings.GetEndedBetweenAsync(from, to, ct))
                .Select(m => new Occurrence(EvaluationTargetKind.SupervisionMeeting, m.MeetingId, m.GroupName, null, m.RegionId, m.EndsAt,
                    m.ParticipantPersonIds)))
            .Where(o => o.Participants.Count > 0 && o.EndsAt.AddDays(PulseConsts.OpenDays) > now)
            .ToList();
        if (ended.Count == 0) return 0;

        var pulsed = new HashSet<(EvaluationTargetKind, Guid)>();
        foreach (var kind in ended.Select(o => o.Kind).Distinct())
            foreach (var id in await pulses.GetPulsedTargetIdsAsync(kind, ended.Where(o => o.Kind == kind).Select(o => o.TargetId).ToList(), ct))
                pulsed.Add((kind, id));

        var opened = 0;
        foreach (var occurrence in ended.Where(o => !pulsed.Contains((o.Kind, o.TargetId))))
        {
            var target = new EvaluationTarget(occurrence.Kind, occurrence.TargetId, occurrence.CohortId, occurrence.RegionId, occurrence.Title);
            var evaluation = new Evaluation(Guid.CreateVersion7(), set, Title(occurrence.Title), target, occurrence.EndsAt,
                occurrence.EndsAt.AddDays(PulseConsts.OpenDays));
            evaluation.MarkAsPulse();
            // Those who took part are told here, so the general notice of opened evaluations leaves it alone.
            evaluation.MarkOpeningNotified(now);
            if (!await pulses.TryOpenAsync(evaluation, new EvaluationPulse(evaluation.Id, occurrence.Kind, occurrence.TargetId), ct)) continue;
            await notifications.NotifyPeopleAsync(occurrence.Participants, new NotificationMessage(NotificationKind.Reminder, TemplateKey,
                [evaluation.Title], $"/evaluations/answer/{evaluation.Id}", $"evaluation-pulse/{evaluation.Id:N}"), ct);
            await unitOfWork.SaveChangesAsync(ct);
            opened++;
        }
        return opened;
    }

    private static string Title(string name) => name.Length <= EvaluationConsts.NameMax ? name : name[..(EvaluationConsts.NameMax - 1)] + "…";

    private sealed record Occurrence(
        EvaluationTargetKind Kind, Guid TargetId, string Title, Guid? CohortId, Guid? RegionId, DateTime EndsAt, IReadOnlyList<Guid> Participants);
}
