namespace NavLederprogram.Development;

/// <summary>The leader's 360° rounds: building one, following it, its result and the evidence requested from it.</summary>
public interface ILeadershipFeedbackAppService
{
    Task<FeedbackRoundOptionsDto> GetOptionsAsync(CancellationToken ct);
    /// <summary>Colleagues in the leader's region with an e-mail address, by name or employee number.</summary>
    Task<IReadOnlyList<FeedbackCandidateDto>> GetCandidatesAsync(string? filter, CancellationToken ct);
    Task<IReadOnlyList<FeedbackRoundSummaryDto>> GetMineAsync(CancellationToken ct);
    Task<FeedbackRoundDto> GetAsync(Guid id, CancellationToken ct);
    Task<FeedbackRoundDto> CreateAsync(CreateFeedbackRoundInput input, CancellationToken ct);
    Task<FeedbackRoundDto> CloseAsync(Guid id, CancellationToken ct);
    Task<FeedbackRemindersDto> RemindAsync(Guid id, CancellationToken ct);
    Task<FeedbackRoundDto> RequestEvidenceAsync(Guid id, RequestFeedbackEvidenceInput input, CancellationToken ct);
}
