namespace NavLederprogram.ELearning;

/// <summary>Taking a quiz: the caller's own attempts only.</summary>
public interface IQuizAttemptAppService
{
    Task<QuizOverviewDto> GetOverviewAsync(Guid quizId, CancellationToken ct);

    /// <summary>The caller's open attempt, or a new one within the attempt limit.</summary>
    Task<QuizAttemptDto> StartAsync(Guid quizId, CancellationToken ct);

    Task<QuizAttemptDto> GetAttemptAsync(Guid attemptId, CancellationToken ct);
    Task<QuizAttemptDto> SaveAnswersAsync(Guid attemptId, QuizAnswersInput input, CancellationToken ct);

    /// <summary>Scores the attempt; submitting it again returns the first result.</summary>
    Task<QuizAttemptDto> SubmitAsync(Guid attemptId, QuizAnswersInput input, CancellationToken ct);
}
