using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Validation;

namespace NavLederprogram.ELearning;

/// <summary>Course editors write quizzes and their question banks. Attempts already started keep the questions they copied.</summary>
public sealed class QuizAppService(IQuizRepository quizzes, QuizCourses courses, IUnitOfWork unitOfWork) : IQuizAppService
{
    public async Task<IReadOnlyList<QuizSummaryDto>> GetListAsync(Guid courseId, CancellationToken ct) =>
        [.. (await quizzes.GetListByCourseAsync(courseId, ct)).Select(q => new QuizSummaryDto(q.Id, q.CourseId, q.Title.ToLocal(), q.Questions.Count, q.PassMarkPercent))];

    public async Task<QuizDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await quizzes.GetAsync(id, ct));

    public async Task<QuizDto> CreateAsync(SaveQuizInput input, CancellationToken ct)
    {
        var validator = Validate(input);
        validator.Require(nameof(input.CourseId), input.CourseId).ThrowIfInvalid();
        await courses.EnsureCourseExistsAsync(input.CourseId!.Value, ct);
        var quiz = new Quiz(Guid.NewGuid(), input.CourseId.Value, ToSettings(input));
        await quizzes.InsertAsync(quiz, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(quiz);
    }

    public async Task<QuizDto> UpdateAsync(Guid id, SaveQuizInput input, CancellationToken ct)
    {
        Validate(input).ThrowIfInvalid();
        var quiz = await quizzes.GetAsync(id, ct);
        if (input.ConcurrencyStamp is not null) ConcurrencyCheck.Apply(quiz, input.ConcurrencyStamp);
        quiz.ChangeSettings(ToSettings(input));
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(quiz);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await quizzes.DeleteAsync(await quizzes.GetAsync(id, ct), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<QuizDto> AddQuestionAsync(Guid quizId, SaveQuestionInput input, CancellationToken ct)
    {
        Validate(input).ThrowIfInvalid();
        var quiz = await quizzes.GetAsync(quizId, ct);
        if (quiz.Questions.Count >= QuizConsts.MaxQuestions)
            new InputValidator().Add("questions", InputValidator.TooMany, QuizConsts.MaxQuestions).ThrowIfInvalid();
        quiz.AddQuestion(Guid.NewGuid(), ToContent(input));
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(quiz);
    }

    public async Task<QuizDto> UpdateQuestionAsync(Guid quizId, Guid questionId, SaveQuestionInput input, CancellationToken ct)
    {
        Validate(input).ThrowIfInvalid();
        var quiz = await quizzes.GetAsync(quizId, ct);
        quiz.ChangeQuestion(questionId, ToContent(input));
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(quiz);
    }

    public async Task<QuizDto> DeleteQuestionAsync(Guid quizId, Guid questionId, CancellationToken ct)
    {
        var quiz = await quizzes.GetAsync(quizId, ct);
        quiz.RemoveQuestion(questionId);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(quiz);
    }

    private static InputValidator Validate(SaveQuizInput input)
    {
        var validator = new InputValidator()
            .RequireTranslated("title", input.Title, QuizConsts.TitleMax)
            .InRange(nameof(input.PassMarkPercent), input.PassMarkPercent, 0, 100);
        if (input.AttemptLimit is not null) validator.InRange(nameof(input.AttemptLimit), input.AttemptLimit, 1, QuizConsts.MaxAttemptLimit);
        if (input.TimeLimitMinutes is not null) validator.InRange(nameof(input.TimeLimitMinutes), input.TimeLimitMinutes, 1, QuizConsts.MaxTimeLimitMinutes);
        var draws = input.Draws ?? [];
        if (draws.Count > QuizConsts.MaxQuestions) validator.Add("draws", InputValidator.TooMany, QuizConsts.MaxQuestions);
        else
            for (var i = 0; i < draws.Count; i++)
            {
                if (draws[i]?.Pool?.Trim().Length > QuizConsts.PoolMax) validator.Add($"draws[{i}].pool", InputValidator.MaxLength, QuizConsts.PoolMax);
                validator.InRange($"draws[{i}].count", draws[i]?.Count, 1, QuizConsts.MaxQuestions);
            }
        return validator;
    }

    private static InputValidator Validate(SaveQuestionInput input)
    {
        var validator = new InputValidator()
            .RequireEnum(nameof(input.Kind), input.Kind)
            .RequireTranslated("text", input.Text, QuizConsts.QuestionTextMax)
            .RequireTranslated("feedback", input.Feedback, QuizConsts.FeedbackMax, required: false);
        if (input.Pool?.Trim().Length > QuizConsts.PoolMax) validator.Add(nameof(input.Pool), InputValidator.MaxLength, QuizConsts.PoolMax);
        if (input.Points is not { } points) validator.Add(nameof(input.Points), InputValidator.Required);
        else if (points <= 0 || points > QuizConsts.MaxPointsPerQuestion || decimal.Round(points, 2) != points)
            validator.Add(nameof(input.Points), InputValidator.Range, 0.01m, QuizConsts.MaxPointsPerQuestion);

        // Only the parts of the question's kind are read, so only they are checked.
        var kind = input.Kind;
        var options = kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice ? input.Options ?? [] : [];
        if (options.Count > QuizConsts.MaxOptions) validator.Add("options", InputValidator.TooMany, QuizConsts.MaxOptions);
        else
            for (var i = 0; i < options.Count; i++)
            {
                validator.RequireTranslated($"options[{i}].text", options[i]?.Text, QuizConsts.OptionTextMax);
                validator.RequireTranslated($"options[{i}].feedback", options[i]?.Feedback, QuizConsts.FeedbackMax, required: false);
            }
        var accepted = kind == QuestionKind.ShortAnswer ? input.AcceptedAnswers ?? [] : [];
        if (accepted.Count > QuizConsts.MaxAcceptedAnswers) validator.Add("acceptedAnswers", InputValidator.TooMany, QuizConsts.MaxAcceptedAnswers);
        else
            for (var i = 0; i < accepted.Count; i++)
                if (accepted[i]?.Trim().Length > QuizConsts.ShortAnswerMax) validator.Add($"acceptedAnswers[{i}]", InputValidator.MaxLength, QuizConsts.ShortAnswerMax);
        var pairs = kind == QuestionKind.Matching ? input.Pairs ?? [] : [];
        if (pairs.Count > QuizConsts.MaxPairs) validator.Add("pairs", InputValidator.TooMany, QuizConsts.MaxPairs);
        else
            for (var i = 0; i < pairs.Count; i++)
            {
                validator.RequireTranslated($"pairs[{i}].prompt", pairs[i]?.Prompt, QuizConsts.OptionTextMax);
                validator.RequireTranslated($"pairs[{i}].match", pairs[i]?.Match, QuizConsts.OptionTextMax);
            }
        return validator;
    }

    private static QuizSettings ToSettings(SaveQuizInput input) => new(
        input.Title.ToText(), input.PassMarkPercent!.Value, input.AttemptLimit, input.TimeLimitMinutes, input.ShuffleQuestions, input.ShuffleOptions,
        [.. (input.Draws ?? []).Select(d => new QuizDraw(d.Pool?.Trim() ?? "", d.Count!.Value))]);

    private static QuestionContent ToContent(SaveQuestionInput input) => new(
        input.Kind!.Value,
        input.Pool,
        input.Text.ToText(),
        input.Points!.Value,
        input.Feedback.ToOptionalText(),
        [.. (input.Options ?? []).Select(o => new QuestionOption(o.Id ?? Guid.Empty, o.Text.ToText(), o.IsCorrect, o.Feedback.ToOptionalText()))],
        input.TrueIsCorrect,
        [.. (input.AcceptedAnswers ?? []).Where(a => a is not null)],
        [.. (input.Pairs ?? []).Select(p => new QuestionPair(p.Id ?? Guid.Empty, p.Prompt.ToText(), p.Match.ToText()))]);

    internal static int QuestionsPerAttempt(Quiz quiz) =>
        quiz.Questions.GroupBy(q => q.Pool).Sum(pool => quiz.Draws.FirstOrDefault(d => d.Pool == pool.Key) is { } draw
            ? Math.Min(draw.Count, pool.Count())
            : pool.Count());

    private static QuizDto ToDto(Quiz quiz) => new()
    {
        Id = quiz.Id,
        CourseId = quiz.CourseId,
        Title = quiz.Title.ToDto(),
        PassMarkPercent = quiz.PassMarkPercent,
        AttemptLimit = quiz.AttemptLimit,
        TimeLimitMinutes = quiz.TimeLimitMinutes,
        ShuffleQuestions = quiz.ShuffleQuestions,
        ShuffleOptions = quiz.ShuffleOptions,
        Draws = [.. quiz.Draws.Select(d => new QuizDrawDto(d.Pool, d.Count))],
        Pools = [.. quiz.Questions.GroupBy(q => q.Pool).Select(g => new QuizPoolDto(g.Key, g.Count()))],
        QuestionsPerAttempt = QuestionsPerAttempt(quiz),
        Questions = [.. quiz.Questions.Select(ToDto)],
        ConcurrencyStamp = quiz.ConcurrencyStamp,
    };

    private static QuestionDto ToDto(Question q) => new()
    {
        Id = q.Id,
        Kind = q.Kind,
        Pool = q.Pool,
        Text = q.Text.ToDto(),
        Points = q.Points,
        Feedback = q.Feedback?.ToDto(),
        Options = q.Kind == QuestionKind.TrueFalse ? [] : [.. q.Options.Select(o => new QuestionOptionDto(o.Id, o.Text.ToDto(), o.IsCorrect, o.Feedback?.ToDto()))],
        TrueIsCorrect = q.Kind == QuestionKind.TrueFalse ? q.Options.Any(o => o.Id == QuizConsts.TrueOptionId && o.IsCorrect) : null,
        AcceptedAnswers = q.AcceptedAnswers,
        Pairs = [.. q.Pairs.Select(p => new QuestionPairDto(p.Id, p.Prompt.ToDto(), p.Match.ToDto()))],
    };
}
