using NavLederprogram.Data;
using NavLederprogram.Organisation;
using NavLederprogram.Validation;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Answering. The respondent row and the response are written in one save (one transaction), so that either both exist or
/// neither; a refusal writes nothing. Nothing here ever reads a response back, not even for the one who wrote it.
/// </summary>
public sealed class MyEvaluationAppService(
    IEvaluationRepository evaluations,
    IEvaluationAnswerRepository answers,
    EvaluationEligibility eligibility,
    ICurrentPerson currentPerson,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IMyEvaluationAppService
{
    public async Task<IReadOnlyList<MyEvaluationDto>> GetListAsync(CancellationToken ct)
    {
        if (await currentPerson.GetAsync(ct) is not { } person) return [];
        var open = await eligibility.WhereEligibleAsync(await evaluations.GetOpenAsync(clock.GetUtcNow().UtcDateTime, ct), person.Id, ct);
        var answered = await answers.GetAnsweredAsync(person.Id, open.Select(e => e.Id).ToList(), ct);
        return open.Select(e => new MyEvaluationDto(e.Id, e.Title, e.TargetKind, e.ClosesAt, answered.Contains(e.Id)))
            .OrderBy(e => e.Answered).ThenBy(e => e.ClosesAt).ToList();
    }

    public async Task<AnswerFormDto> GetFormAsync(Guid id, CancellationToken ct)
    {
        var (evaluation, person) = await FindAsync(id, ct);
        var answered = await answers.HasAnsweredAsync(id, person.Id, ct);
        return new AnswerFormDto(evaluation.Id, evaluation.Title, evaluation.ClosesAt, answered,
            evaluation.Questions.OrderBy(q => q.Order).Select(q =>
            {
                var text = q.Text.Resolve(System.Globalization.CultureInfo.CurrentUICulture.Name);
                return new AnswerQuestionDto(q.Id, q.Order, q.Kind, text.Text, text.Language, q.Options.Select(o => o.In()).ToList());
            }).ToList());
    }

    public async Task AnswerAsync(Guid id, AnswerEvaluationInput input, CancellationToken ct)
    {
        var given = input?.Answers ?? [];
        var validator = new InputValidator();
        if (given.Count > EvaluationConsts.MaxQuestions) validator.Add("answers", InputValidator.TooMany, EvaluationConsts.MaxQuestions);
        for (var i = 0; i < given.Count && i < EvaluationConsts.MaxQuestions; i++)
        {
            validator.Require($"answers[{i}].questionId", given[i]?.QuestionId);
            if (given[i]?.Text?.Length > EvaluationConsts.TextMax) validator.Add($"answers[{i}].text", InputValidator.MaxLength, EvaluationConsts.TextMax);
        }
        validator.ThrowIfInvalid();
        var (evaluation, person) = await FindAsync(id, ct);
        var submission = evaluation.Answer(person.Id, eligible: true, await answers.HasAnsweredAsync(id, person.Id, ct),
            given.Select(a => new GivenAnswer(a.QuestionId!.Value, a.Value, a.Text)).ToList(), clock.GetUtcNow().UtcDateTime);
        await answers.InsertAsync(submission, ct);
        // One save: the respondent and the response commit together. Two answers racing meet the respondent key and one fails whole.
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>The evaluation, when the caller may answer it; for anyone else it does not exist.</summary>
    private async Task<(Evaluation, PersonCard)> FindAsync(Guid id, CancellationToken ct)
    {
        var person = await currentPerson.GetAsync(ct);
        var evaluation = await evaluations.FindAsync(id, ct);
        if (person is null || evaluation is null || !await eligibility.IsEligibleAsync(evaluation, person.Id, ct))
            throw new EntityNotFoundException(typeof(Evaluation), id);
        return (evaluation, person);
    }
}
