namespace NavLederprogram.ELearning;

/// <summary>Starts attempts within the quiz's attempt limit; an open attempt is resumed rather than a new one started.</summary>
public sealed class QuizAttemptManager(IQuizAttemptRepository attempts)
{
    /// <summary>
    /// Closes the learner's open attempts at the quiz that are past their deadline, scored on what was saved in time,
    /// and returns them so that the caller saves them and reports their results.
    /// </summary>
    public async Task<IReadOnlyList<QuizAttempt>> CloseOverdueAsync(Guid quizId, Guid personId, DateTime now, CancellationToken ct = default)
    {
        var mine = await attempts.GetListAsync(quizId, personId, ct);
        return [.. mine.Where(a => a.CloseIfOverdue(now))];
    }

    /// <summary>
    /// The learner's open attempt, or a new one (not yet inserted), or a 409 when the attempt limit is reached.
    /// Close overdue attempts first: an open attempt is returned as it is.
    /// </summary>
    public async Task<QuizStart> StartAsync(Quiz quiz, Guid personId, int seed, DateTime now, CancellationToken ct = default)
    {
        var mine = await attempts.GetListAsync(quiz.Id, personId, ct);
        if (mine.FirstOrDefault(a => a.IsOpen) is { } open) return new QuizStart(open, false);
        if (quiz.AttemptLimit is { } limit && mine.Count >= limit)
            throw new BusinessException(NavLederprogramErrorCodes.QuizAttemptLimitReached, limit) { IsConflict = true };
        var number = mine.Count == 0 ? 1 : mine.Max(a => a.Number) + 1;
        return new QuizStart(new QuizAttempt(Guid.NewGuid(), quiz, personId, number, seed, now), true);
    }
}
