namespace NavLederprogram.ELearning;

public interface IQuizRepository
{
    Task<Quiz?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The quiz, or a 404.</summary>
    Task<Quiz> GetAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<Quiz>> GetListByCourseAsync(Guid courseId, CancellationToken ct = default);
    Task InsertAsync(Quiz quiz, CancellationToken ct = default);
    Task DeleteAsync(Quiz quiz, CancellationToken ct = default);
}
