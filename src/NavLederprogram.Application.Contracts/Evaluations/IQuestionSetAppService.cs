namespace NavLederprogram.Evaluations;

/// <summary>Question sets, built by admins (national) and coordinators (for their region).</summary>
public interface IQuestionSetAppService
{
    Task<IReadOnlyList<QuestionSetSummaryDto>> GetListAsync(CancellationToken ct);
    Task<QuestionSetDto> GetAsync(Guid id, CancellationToken ct);
    Task<QuestionSetDto> CreateAsync(SaveQuestionSetInput input, CancellationToken ct);
    Task<QuestionSetDto> UpdateAsync(Guid id, SaveQuestionSetInput input, CancellationToken ct);
}
