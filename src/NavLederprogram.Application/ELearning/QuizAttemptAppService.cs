using System.Security.Cryptography;
using NavLederprogram.Organisation;

namespace NavLederprogram.ELearning;

/// <summary>
/// A learner takes a quiz: only their own attempts exist for them. Each closed attempt's result is reported to the
/// course once, by whichever request closed it.
/// </summary>
public sealed class QuizAttemptAppService(
    IQuizRepository quizzes,
    IQuizAttemptRepository attempts,
    QuizAttemptManager manager,
    QuizCourses courses,
    ICurrentPerson currentPerson,
    TimeProvider clock) : IQuizAttemptAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<QuizOverviewDto> GetOverviewAsync(Guid quizId, CancellationToken ct)
    {
        var (quiz, personId) = await OpenQuizAsync(quizId, ct);
        await CloseOverdueAsync(quiz.Id, personId, ct);
        var mine = await attempts.GetListAsync(quiz.Id, personId, ct);
        var closed = mine.Where(a => !a.IsOpen).ToList();
        return new QuizOverviewDto
        {
            Id = quiz.Id,
            CourseId = quiz.CourseId,
            Title = quiz.Title.ToLocal(),
            PassMarkPercent = quiz.PassMarkPercent,
            AttemptLimit = quiz.AttemptLimit,
            TimeLimitMinutes = quiz.TimeLimitMinutes,
            QuestionsPerAttempt = QuizAppService.QuestionsPerAttempt(quiz),
            AttemptsLeft = quiz.AttemptLimit is { } limit ? Math.Max(0, limit - mine.Count) : null,
            OpenAttemptId = mine.FirstOrDefault(a => a.IsOpen)?.Id,
            BestScorePercent = closed.Count == 0 ? null : closed.Max(a => a.ScorePercent),
            Passed = closed.Any(a => a.Passed == true),
            Attempts = [.. mine.OrderByDescending(a => a.Number).Select(a => new QuizAttemptSummaryDto(a.Id, a.Number, a.State, a.StartedAt, a.Deadline,
                a.SubmittedAt, a.ScorePercent, a.Passed))],
        };
    }

    public async Task<QuizAttemptDto> StartAsync(Guid quizId, CancellationToken ct)
    {
        var (quiz, personId) = await OpenQuizAsync(quizId, ct);
        await CloseOverdueAsync(quiz.Id, personId, ct);
        var start = await manager.StartAsync(quiz, personId, RandomNumberGenerator.GetInt32(int.MaxValue), Now, ct);
        // Two simultaneous starts: the attempt number is unique, so the second finds the first's attempt and resumes it.
        if (start.IsNew && !await attempts.TryInsertAsync(start.Attempt, ct))
            start = await manager.StartAsync(quiz, personId, RandomNumberGenerator.GetInt32(int.MaxValue), Now, ct);
        return ToDto(start.Attempt, quiz);
    }

    public async Task<QuizAttemptDto> GetAttemptAsync(Guid attemptId, CancellationToken ct)
    {
        var attempt = await GetMineAsync(attemptId, ct);
        if (attempt.CloseIfOverdue(Now)) await SaveClosedAsync(attempt, ct);
        return ToDto(attempt, await quizzes.FindAsync(attempt.QuizId, ct));
    }

    public async Task<QuizAttemptDto> SaveAnswersAsync(Guid attemptId, QuizAnswersInput input, CancellationToken ct)
    {
        var attempt = await GetMineAsync(attemptId, ct);
        await RefuseIfOverdueAsync(attempt, ct);
        attempt.SaveAnswers(ToAnswers(input), Now);
        if (!await attempts.TrySaveAsync(attempt, ct)) throw new BusinessException(NavLederprogramErrorCodes.QuizAttemptClosed) { IsConflict = true };
        return ToDto(attempt, await quizzes.FindAsync(attempt.QuizId, ct));
    }

    public async Task<QuizAttemptDto> SubmitAsync(Guid attemptId, QuizAnswersInput input, CancellationToken ct)
    {
        var attempt = await GetMineAsync(attemptId, ct);
        await RefuseIfOverdueAsync(attempt, ct);
        if (attempt.Submit(ToAnswers(input), Now))
        {
            if (await attempts.TrySaveAsync(attempt, ct)) await courses.ReportAsync(attempt, ct);
            // Another submission of the same attempt saved first: its result is the one that counts.
            else attempt = await GetMineAsync(attemptId, ct);
        }
        return ToDto(attempt, await quizzes.FindAsync(attempt.QuizId, ct));
    }

    private async Task<(Quiz Quiz, Guid PersonId)> OpenQuizAsync(Guid quizId, CancellationToken ct)
    {
        var quiz = await quizzes.GetAsync(quizId, ct);
        var person = await currentPerson.GetOrThrowAsync(ct);
        await courses.EnsureAvailableAsync(quiz, person.Id, ct);
        return (quiz, person.Id);
    }

    /// <summary>The caller's attempt; someone else's does not exist for them.</summary>
    private async Task<QuizAttempt> GetMineAsync(Guid attemptId, CancellationToken ct)
    {
        var person = await currentPerson.GetOrThrowAsync(ct);
        var attempt = await attempts.FindAsync(attemptId, ct);
        return attempt is not null && attempt.PersonId == person.Id ? attempt : throw new EntityNotFoundException(typeof(QuizAttempt), attemptId);
    }

    private async Task CloseOverdueAsync(Guid quizId, Guid personId, CancellationToken ct)
    {
        foreach (var attempt in await manager.CloseOverdueAsync(quizId, personId, Now, ct)) await SaveClosedAsync(attempt, ct);
    }

    /// <summary>Answers after the deadline are refused (409); the attempt is closed on what was saved in time.</summary>
    private async Task RefuseIfOverdueAsync(QuizAttempt attempt, CancellationToken ct)
    {
        if (attempt.CloseIfOverdue(Now)) await SaveClosedAsync(attempt, ct);
        if (attempt.State == QuizAttemptState.Expired) throw new BusinessException(NavLederprogramErrorCodes.QuizTimeUp) { IsConflict = true };
    }

    private async Task SaveClosedAsync(QuizAttempt attempt, CancellationToken ct)
    {
        if (await attempts.TrySaveAsync(attempt, ct)) await courses.ReportAsync(attempt, ct);
    }

    private static List<QuizAnswer> ToAnswers(QuizAnswersInput input) =>
    [
        .. (input.Answers ?? []).Where(a => a is not null).Select(a => new QuizAnswer(a.QuestionId, a.OptionIds ?? [], a.Text,
            [.. (a.Matches ?? []).Where(m => m is not null).Select(m => new QuizMatch(m.PromptId, m.ChoiceId))])),
    ];

    private QuizAttemptDto ToDto(QuizAttempt attempt, Quiz? quiz) => new()
    {
        Id = attempt.Id,
        QuizId = attempt.QuizId,
        CourseId = attempt.CourseId,
        QuizTitle = (quiz?.Title ?? Localization.TranslatedText.Empty).ToLocal(),
        Number = attempt.Number,
        State = attempt.State,
        StartedAt = attempt.StartedAt,
        Deadline = attempt.Deadline,
        ServerTime = Now,
        SubmittedAt = attempt.SubmittedAt,
        Questions = [.. attempt.Questions.Select(q => new QuizAttemptQuestionDto(q.QuestionId, q.Kind, q.Text.ToLocal(), q.Points,
            [.. q.Options.Select(o => new QuizAttemptOptionDto(o.Id, o.Text.ToLocal()))],
            [.. q.Pairs.Select(p => new QuizAttemptOptionDto(p.Id, p.Prompt.ToLocal()))],
            [.. q.Choices.Select(c => new QuizAttemptOptionDto(c.Id, c.Text.ToLocal()))]))],
        Answers = [.. attempt.Answers.Select(a => new QuizAnswerDto
        {
            QuestionId = a.QuestionId,
            OptionIds = [.. a.OptionIds],
            Text = a.Text,
            Matches = [.. a.Matches.Select(m => new QuizMatchDto { PromptId = m.PromptId, ChoiceId = m.ChoiceId })],
        })],
        Result = attempt.IsOpen ? null : ToResult(attempt),
    };

    private static QuizResultDto ToResult(QuizAttempt attempt)
    {
        var answers = attempt.Answers.ToDictionary(a => a.QuestionId);
        var feedback = attempt.Questions.Join(attempt.Results, q => q.QuestionId, r => r.QuestionId, (q, r) =>
        {
            var chosen = answers.GetValueOrDefault(q.QuestionId)?.OptionIds ?? [];
            return new QuizQuestionFeedbackDto
            {
                QuestionId = q.QuestionId,
                Outcome = r.Outcome,
                Points = r.Points,
                PointsPossible = q.Points,
                Feedback = q.Feedback?.ToLocal(),
                OptionFeedback = [.. q.Options.Where(o => chosen.Contains(o.Id) && o.Feedback is not null)
                    .Select(o => new QuizOptionFeedbackDto(o.Id, o.Feedback!.ToLocal()))],
                CorrectOptionIds = [.. q.Options.Where(o => o.IsCorrect).Select(o => o.Id)],
                AcceptedAnswers = q.AcceptedAnswers,
                CorrectMatches = [.. q.Pairs.Select(p => new QuizMatchDto { PromptId = p.Id, ChoiceId = q.Choices.First(c => c.PairId == p.Id).Id })],
            };
        });
        return new QuizResultDto(attempt.ScorePercent ?? 0, attempt.PointsScored ?? 0, attempt.PointsPossible, attempt.PassMarkPercent,
            attempt.Passed == true, [.. feedback]);
    }
}
