using NavLederprogram.ELearning;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Programmes;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Who may answer an evaluation, resolved from its target when asked and never stored: the participants of the cohort (for a
/// gathering, a module or the cohort), the learners of the course, the active members of the group (for the group or one of its
/// meetings). Each kind of target is one query for any number of evaluations.
/// </summary>
public sealed class EvaluationEligibility(IEvaluationCohortQueries cohorts, IEvaluationCourseLearners courses, IEvaluationSupervisionQueries supervision)
{
    /// <summary>The people who may answer each evaluation.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlySet<Guid>>> GetEligibleAsync(IReadOnlyCollection<Evaluation> evaluations, CancellationToken ct)
    {
        var cohortIds = evaluations.Select(CohortOf).OfType<Guid>().Distinct().ToList();
        var courseIds = evaluations.Where(e => e.TargetKind == EvaluationTargetKind.Course).Select(e => e.TargetId).Distinct().ToList();
        var meetingIds = evaluations.Where(e => e.TargetKind == EvaluationTargetKind.SupervisionMeeting).Select(e => e.TargetId).Distinct().ToList();
        var meetingGroups = await supervision.GetMeetingGroupsAsync(meetingIds, ct);
        var groupIds = evaluations.Where(e => e.TargetKind == EvaluationTargetKind.SupervisionGroup).Select(e => e.TargetId)
            .Concat(meetingGroups.Values).Distinct().ToList();
        var participants = await cohorts.GetParticipantsAsync(cohortIds, ct);
        var learners = await courses.GetLearnersAsync(courseIds, ct);
        var members = await supervision.GetMembersAsync(groupIds, ct);
        return evaluations.ToDictionary(e => e.Id, e => (IReadOnlySet<Guid>)(e.TargetKind switch
        {
            EvaluationTargetKind.Course => learners.GetValueOrDefault(e.TargetId),
            EvaluationTargetKind.SupervisionGroup => members.GetValueOrDefault(e.TargetId),
            EvaluationTargetKind.SupervisionMeeting => meetingGroups.TryGetValue(e.TargetId, out var g) ? members.GetValueOrDefault(g) : null,
            _ => CohortOf(e) is { } c ? participants.GetValueOrDefault(c) : null,
        } ?? []).ToHashSet());
    }

    public async Task<bool> IsEligibleAsync(Evaluation evaluation, Guid personId, CancellationToken ct) =>
        (await GetEligibleAsync([evaluation], ct))[evaluation.Id].Contains(personId);

    /// <summary>Of the evaluations, those the person may answer: read from the person's side (their cohorts, courses, groups).</summary>
    public async Task<IReadOnlyList<Evaluation>> WhereEligibleAsync(IReadOnlyList<Evaluation> evaluations, Guid personId, CancellationToken ct)
    {
        if (evaluations.Count == 0) return [];
        var myCohorts = (await cohorts.GetCohortsOfParticipantAsync(personId, ct)).ToHashSet();
        var myCourses = (await courses.GetCoursesOfLearnerAsync(personId, ct)).ToHashSet();
        var myGroups = (await supervision.GetGroupsOfMemberAsync(personId, ct)).ToHashSet();
        var meetingIds = evaluations.Where(e => e.TargetKind == EvaluationTargetKind.SupervisionMeeting).Select(e => e.TargetId).ToList();
        var meetingGroups = await supervision.GetMeetingGroupsAsync(meetingIds, ct);
        return evaluations.Where(e => e.TargetKind switch
        {
            EvaluationTargetKind.Course => myCourses.Contains(e.TargetId),
            EvaluationTargetKind.SupervisionGroup => myGroups.Contains(e.TargetId),
            EvaluationTargetKind.SupervisionMeeting => meetingGroups.TryGetValue(e.TargetId, out var g) && myGroups.Contains(g),
            _ => CohortOf(e) is { } c && myCohorts.Contains(c),
        }).ToList();
    }

    /// <summary>The supervision group an evaluation is about (of the group itself or one of its meetings), or null.</summary>
    public async Task<Guid?> GroupOfAsync(Evaluation evaluation, CancellationToken ct) => evaluation.TargetKind switch
    {
        EvaluationTargetKind.SupervisionGroup => evaluation.TargetId,
        EvaluationTargetKind.SupervisionMeeting => (await supervision.GetMeetingGroupsAsync([evaluation.TargetId], ct)).TryGetValue(evaluation.TargetId, out var g)
            ? g : null,
        _ => null,
    };

    private static Guid? CohortOf(Evaluation e) => e.TargetKind switch
    {
        EvaluationTargetKind.Cohort => e.TargetId,
        EvaluationTargetKind.Gathering or EvaluationTargetKind.Module => e.CohortId,
        _ => null,
    };
}
