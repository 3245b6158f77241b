using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Programmes;
using NavLederprogram.Validation;

namespace NavLederprogram.Evaluations;

public sealed class EvaluationAppService(
    IEvaluationRepository evaluations,
    IQuestionSetRepository sets,
    IEvaluationAnswerRepository answers,
    EvaluationTargets targets,
    EvaluationEligibility eligibility,
    EvaluationAccess access,
    IEvaluationCohortQueries cohorts,
    ICourseQueries courses,
    IEvaluationSupervisionQueries supervision,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IEvaluationAppService
{
    public async Task<IReadOnlyList<EvaluationDto>> GetListAsync(CancellationToken ct)
    {
        var regions = await access.ManagedRegionsAsync(ct);
        var list = await evaluations.GetListAsync(regions, ct);
        // National evaluations belong to national managers.
        if (regions is not null) list = list.Where(e => e.RegionId is not null).ToList();
        return await ToDtosAsync(list, ct);
    }

    public async Task<EvaluationDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<EvaluationDto> CreateAsync(CreateEvaluationInput input, CancellationToken ct)
    {
        new InputValidator().Require("questionSetId", input?.QuestionSetId).RequireText("title", input?.Title, EvaluationConsts.NameMax)
            .RequireEnum("targetKind", input?.TargetKind).Require("targetId", input?.TargetId)
            .Require("opensAt", input?.OpensAt).Require("closesAt", input?.ClosesAt).ThrowIfInvalid();
        var set = await sets.FindAsync(input!.QuestionSetId!.Value, ct);
        if (set is null || set.RegionId is not null && !await access.ManagesAsync(set.RegionId, ct))
            throw new BusinessException(NavLederprogramErrorCodes.EntityNotFound, nameof(QuestionSet), input.QuestionSetId) { Field = "questionSetId" };
        var target = await targets.ResolveAsync(input.TargetKind!.Value, input.TargetId!.Value, input.CohortId, ct);
        if (!await access.ManagesAsync(target.RegionId, ct))
            throw new BusinessException(NavLederprogramErrorCodes.EvaluationTargetOutOfScope) { Field = "targetId" };
        var evaluation = new Evaluation(Guid.CreateVersion7(), set, input.Title!, target, input.OpensAt!.Value.ToUniversalTime(), input.ClosesAt!.Value.ToUniversalTime());
        await evaluations.InsertAsync(evaluation, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([evaluation], ct))[0];
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var evaluation = await FindAsync(id, ct);
        if (await answers.AnyAsync(id, ct)) throw new BusinessException(NavLederprogramErrorCodes.EvaluationHasAnswers) { IsConflict = true };
        evaluations.Delete(evaluation);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<EvaluationTargetOptionDto>> GetTargetsAsync(CancellationToken ct)
    {
        var regions = await access.ManagedRegionsAsync(ct);
        var options = new List<EvaluationTargetOptionDto>();
        foreach (var cohort in await cohorts.GetCohortsAsync(regions, ct))
        {
            if (regions is not null && cohort.RegionId is null) continue;
            options.Add(new(EvaluationTargetKind.Cohort, cohort.Id, cohort.Id, cohort.Name, null));
            options.AddRange(cohort.Modules.Select(m => new EvaluationTargetOptionDto(EvaluationTargetKind.Module, m.Id, cohort.Id, $"{cohort.Name}: {m.Title.In()}", null)));
            options.AddRange(cohort.Gatherings.Select(g => new EvaluationTargetOptionDto(EvaluationTargetKind.Gathering, g.Id, cohort.Id, $"{cohort.Name}: {g.Title}", g.StartsAt)));
        }
        // Courses are national: only national managers evaluate them.
        if (regions is null)
            options.AddRange((await courses.GetPublishedAsync(ct)).Select(c => new EvaluationTargetOptionDto(EvaluationTargetKind.Course, c.Id, null, c.Title.In(), null)));
        options.AddRange((await supervision.GetGroupsAsync(regions, ct)).Select(g => new EvaluationTargetOptionDto(EvaluationTargetKind.SupervisionGroup, g.Id, null, g.Name, null)));
        return options;
    }

    private async Task<Evaluation> FindAsync(Guid id, CancellationToken ct)
    {
        var evaluation = await evaluations.FindAsync(id, ct);
        return evaluation is not null && await access.ManagesAsync(evaluation.RegionId, ct) ? evaluation : throw new EntityNotFoundException(typeof(Evaluation), id);
    }

    private async Task<List<EvaluationDto>> ToDtosAsync(IReadOnlyList<Evaluation> list, CancellationToken ct) =>
        await EvaluationDtos.ToDtosAsync(list, sets, answers, eligibility, clock.GetUtcNow().UtcDateTime, ct);
}
