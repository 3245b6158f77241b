using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Validation;

namespace NavLederprogram.Evaluations;

/// <summary>
/// The reviewer reads every free text of an evaluation, however few (nobody else sees one before it is reviewed, and then only
/// above the threshold), in order of the text, never in the order they came; with no person, time or response to tell them apart.
/// </summary>
public sealed class FreeTextReviewAppService(
    IEvaluationRepository evaluations,
    IFreeTextReviewRepository answers,
    CurrentAccessScope scope,
    IUnitOfWork unitOfWork) : IFreeTextReviewAppService
{
    public async Task<IReadOnlyList<FreeTextReviewEvaluationDto>> GetEvaluationsAsync(CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var counts = await answers.CountAsync(ct);
        if (counts.Count == 0) return [];
        return (await evaluations.GetListAsync(access.IsNational ? null : access.RegionIds.ToList(), ct))
            .Where(e => counts.ContainsKey(e.Id) && Covers(access, e))
            .Select(e => new FreeTextReviewEvaluationDto(e.Id, e.Title, e.TargetKind, e.IsPulse, e.OpensAt, e.ClosesAt, counts[e.Id].Pending,
                counts[e.Id].Total - counts[e.Id].Pending))
            .OrderByDescending(e => e.Pending > 0).ThenByDescending(e => e.OpensAt).ThenBy(e => e.Title, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<FreeTextReviewDto> GetAsync(Guid evaluationId, CancellationToken ct)
    {
        var evaluation = await FindAsync(evaluationId, ct);
        var texts = (await answers.GetWithFreeTextAsync(evaluationId, ct))
            .SelectMany(r => r.Answers.Where(a => a.Text is not null).Select(a => ToDto(evaluation, r.Id, a)))
            .OrderBy(a => a.Text, StringComparer.Ordinal).ThenBy(a => a.Key)
            .ToList();
        return new FreeTextReviewDto(evaluation.Id, evaluation.Title, texts);
    }

    public async Task<FreeTextAnswerDto> ApproveAsync(Guid evaluationId, Guid key, CancellationToken ct)
    {
        var evaluation = await FindAsync(evaluationId, ct);
        var (responseId, answer) = await FindAnswerAsync(evaluationId, key, ct);
        answer.Approve();
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(evaluation, responseId, answer);
    }

    public async Task<FreeTextAnswerDto> RedactAsync(Guid evaluationId, Guid key, RedactFreeTextInput input, CancellationToken ct)
    {
        var evaluation = await FindAsync(evaluationId, ct);
        new InputValidator().RequireText("text", input.Text, EvaluationConsts.TextMax).ThrowIfInvalid();
        var (responseId, answer) = await FindAnswerAsync(evaluationId, key, ct);
        answer.Redact(input.Text!);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(evaluation, responseId, answer);
    }

    private static bool Covers(Organisation.AccessScope access, Evaluation e) => access.IsNational || e.RegionId is { } r && access.CoversRegion(r);

    /// <summary>An evaluation outside the reviewer's scope does not exist for them.</summary>
    private async Task<Evaluation> FindAsync(Guid evaluationId, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var evaluation = await evaluations.FindAsync(evaluationId, ct);
        return evaluation is not null && Covers(access, evaluation) ? evaluation : throw new EntityNotFoundException(typeof(Evaluation), evaluationId);
    }

    private async Task<(Guid ResponseId, EvaluationAnswer Answer)> FindAnswerAsync(Guid evaluationId, Guid key, CancellationToken ct)
    {
        foreach (var response in await answers.GetWithFreeTextAsync(evaluationId, ct))
            foreach (var answer in response.Answers.Where(a => a.Text is not null))
                if (FreeTextKey.Of(response.Id, answer.QuestionId) == key) return (response.Id, answer);
        throw new EntityNotFoundException(typeof(EvaluationAnswer), key);
    }

    private static FreeTextAnswerDto ToDto(Evaluation evaluation, Guid responseId, EvaluationAnswer answer) =>
        new(FreeTextKey.Of(responseId, answer.QuestionId), answer.QuestionId,
            evaluation.FindQuestion(answer.QuestionId)?.Text.Resolve(CultureInfo.CurrentUICulture.Name).Text ?? "", answer.Text!, answer.Review);
}
