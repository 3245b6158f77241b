namespace NavLederprogram.ELearning;

public interface IQuizAttemptRepository
{
    Task<QuizAttempt?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The learner's attempts at the quiz, first first.</summary>
    Task<IReadOnlyList<QuizAttempt>> GetListAsync(Guid quizId, Guid personId, CancellationToken ct = default);

    Task InsertAsync(QuizAttempt attempt, CancellationToken ct = default);

    /// <summary>
    /// Saves the attempt unless someone saved it since it was read (a submission racing this one). False then, and
    /// this copy is dropped: read the attempt again to see what the other save left.
    /// </summary>
    Task<bool> TrySaveAsync(QuizAttempt attempt, CancellationToken ct = default);

    /// <summary>
    /// Inserts a new attempt unless the learner already has one with its number (a start racing this one): false then.
    /// </summary>
    Task<bool> TryInsertAsync(QuizAttempt attempt, CancellationToken ct = default);
}
