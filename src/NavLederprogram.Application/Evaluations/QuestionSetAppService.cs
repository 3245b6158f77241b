using NavLederprogram.Data;
using NavLederprogram.Validation;

namespace NavLederprogram.Evaluations;

public sealed class QuestionSetAppService(
    IQuestionSetRepository sets,
    IEvaluationRepository evaluations,
    EvaluationAccess access,
    IUnitOfWork unitOfWork) : IQuestionSetAppService
{
    public async Task<IReadOnlyList<QuestionSetSummaryDto>> GetListAsync(CancellationToken ct)
    {
        var regions = await access.ManagedRegionsAsync(ct);
        return (await sets.GetListAsync(regions, ct))
            .Select(s => new QuestionSetSummaryDto(s.Id, s.Name.In(), s.Questions.Count, s.MinimumAnswers, s.IsPulse, s.RegionId is null)).ToList();
    }

    public async Task<QuestionSetDto> GetAsync(Guid id, CancellationToken ct)
    {
        var set = await FindAsync(id, forChange: false, ct);
        return await ToDtoAsync(set, ct);
    }

    public async Task<QuestionSetDto> CreateAsync(SaveQuestionSetInput input, CancellationToken ct)
    {
        var (name, minimum, questions) = Validate(input);
        var regions = await access.ManagedRegionsAsync(ct);
        // A coordinator's set belongs to their region (the first, when they cover several); an admin's is national.
        var set = new QuestionSet(Guid.CreateVersion7(), name, minimum, questions, regions?.Order().FirstOrDefault() is { } r && r != Guid.Empty ? r : null);
        await sets.InsertAsync(set, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(set, ct);
    }

    public async Task<QuestionSetDto> UpdateAsync(Guid id, SaveQuestionSetInput input, CancellationToken ct)
    {
        var (name, minimum, questions) = Validate(input);
        var set = await FindAsync(id, forChange: true, ct);
        if (input.ConcurrencyStamp is { Length: > 0 } stamp) set.ConcurrencyStamp = stamp;
        set.Change(name, minimum, questions);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(set, ct);
    }

    private async Task<QuestionSet> FindAsync(Guid id, bool forChange, CancellationToken ct)
    {
        var set = await sets.FindAsync(id, ct);
        // Coordinators read national sets (to use them) but change only their own region's.
        var visible = set is not null && (set.RegionId is null && !forChange || await access.ManagesAsync(set.RegionId, ct));
        return visible ? set! : throw new EntityNotFoundException(typeof(QuestionSet), id);
    }

    private async Task<QuestionSetDto> ToDtoAsync(QuestionSet set, CancellationToken ct) =>
        new(set.Id, set.Name.ToEditable(), set.MinimumAnswers, set.IsPulse, set.RegionId,
            set.Questions.Select(q => new QuestionDto(q.Id, q.Order, q.Kind, q.Text.ToEditable(), q.Options.Select(o => o.ToEditable()).ToList())).ToList(),
            (await evaluations.GetOfQuestionSetAsync(set.Id, ct)).Count, set.ConcurrencyStamp);

    /// <summary>Every field error at once, before the domain's rules; a threshold under 3 is the domain's, with its own text.</summary>
    private static (Localization.TranslatedText, int, IReadOnlyList<QuestionDraft>) Validate(SaveQuestionSetInput? input)
    {
        var validator = new InputValidator().RequireTranslated("name", input?.Name, EvaluationConsts.NameMax);
        var questions = input?.Questions ?? [];
        if (questions.Count > EvaluationConsts.MaxQuestions) validator.Add("questions", InputValidator.TooMany, EvaluationConsts.MaxQuestions);
        for (var i = 0; i < questions.Count && i < EvaluationConsts.MaxQuestions; i++)
        {
            var q = questions[i];
            validator.RequireEnum($"questions[{i}].kind", q?.Kind).RequireTranslated($"questions[{i}].text", q?.Text, EvaluationConsts.TextMax);
            if (q?.Options?.Count > EvaluationConsts.MaxOptions) validator.Add($"questions[{i}].options", InputValidator.TooMany, EvaluationConsts.MaxOptions);
            else if (q?.Kind == EvaluationQuestionKind.SingleChoice)
                for (var o = 0; o < (q.Options?.Count ?? 0); o++) validator.RequireTranslated($"questions[{i}].options[{o}]", q.Options![o], EvaluationConsts.NameMax);
        }
        validator.ThrowIfInvalid();
        var drafts = questions.Select(q => new QuestionDraft(q.Id, q.Kind!.Value, q.Text.ToText(), (q.Options ?? []).Select(o => o.ToText()).ToList())).ToList();
        return (input!.Name.ToText(), input.MinimumAnswers ?? EvaluationConsts.DefaultMinimumAnswers, drafts);
    }
}
