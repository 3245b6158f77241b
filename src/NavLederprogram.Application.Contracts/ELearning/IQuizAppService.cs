namespace NavLederprogram.ELearning;

/// <summary>Writing quizzes and their question banks (course editors).</summary>
public interface IQuizAppService
{
    Task<IReadOnlyList<QuizSummaryDto>> GetListAsync(Guid courseId, CancellationToken ct);
    Task<QuizDto> GetAsync(Guid id, CancellationToken ct);
    Task<QuizDto> CreateAsync(SaveQuizInput input, CancellationToken ct);
    Task<QuizDto> UpdateAsync(Guid id, SaveQuizInput input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
    Task<QuizDto> AddQuestionAsync(Guid quizId, SaveQuestionInput input, CancellationToken ct);
    Task<QuizDto> UpdateQuestionAsync(Guid quizId, Guid questionId, SaveQuestionInput input, CancellationToken ct);
    Task<QuizDto> DeleteQuestionAsync(Guid quizId, Guid questionId, CancellationToken ct);
}
