using NavLederprogram.ELearning;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Programmes;

namespace NavLederprogram.Evaluations;

/// <summary>Finds what an evaluation is to be attached to, through the module that owns it; an unknown target is refused.</summary>
public sealed class EvaluationTargets(IEvaluationCohortQueries cohorts, ICourseQueries courses, IEvaluationSupervisionQueries supervision)
{
    public async Task<EvaluationTarget> ResolveAsync(EvaluationTargetKind kind, Guid targetId, Guid? cohortId, CancellationToken ct)
    {
        switch (kind)
        {
            case EvaluationTargetKind.Cohort:
                var cohort = await cohorts.FindCohortAsync(targetId, ct) ?? throw NotFound("targetId");
                return new EvaluationTarget(kind, cohort.Id, cohort.Id, cohort.RegionId, cohort.Name);
            case EvaluationTargetKind.Gathering:
            case EvaluationTargetKind.Module:
                var of = cohortId is { } id ? await cohorts.FindCohortAsync(id, ct) : null;
                if (of is null) throw NotFound("cohortId");
                var name = kind == EvaluationTargetKind.Gathering
                    ? of.Gatherings.FirstOrDefault(g => g.Id == targetId)?.Title
                    : of.Modules.FirstOrDefault(m => m.Id == targetId)?.Title.Nb;
                return name is null ? throw NotFound("targetId") : new EvaluationTarget(kind, targetId, of.Id, of.RegionId, $"{of.Name}: {name}");
            case EvaluationTargetKind.Course:
                var course = (await courses.GetListAsync([targetId], ct)).FirstOrDefault() ?? throw NotFound("targetId");
                return new EvaluationTarget(kind, course.Id, null, null, course.Title.Nb);
            case EvaluationTargetKind.SupervisionGroup:
                var group = await supervision.FindGroupAsync(targetId, ct) ?? throw NotFound("targetId");
                return new EvaluationTarget(kind, group.Id, null, group.RegionId, group.Name);
            case EvaluationTargetKind.SupervisionMeeting:
                var meetingGroups = await supervision.GetMeetingGroupsAsync([targetId], ct);
                var meetingGroup = meetingGroups.TryGetValue(targetId, out var g) ? await supervision.FindGroupAsync(g, ct) : null;
                return meetingGroup is null ? throw NotFound("targetId") : new EvaluationTarget(kind, targetId, null, meetingGroup.RegionId, meetingGroup.Name);
            default:
                throw NotFound("targetKind");
        }
    }

    private static BusinessException NotFound(string field) => new(NavLederprogramErrorCodes.EvaluationTargetNotFound) { Field = field };
}
