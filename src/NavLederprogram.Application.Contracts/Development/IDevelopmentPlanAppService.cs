namespace NavLederprogram.Development;

/// <summary>Development plans: the leader's own, and those of the leaders one coaches or facilitates.</summary>
public interface IDevelopmentPlanAppService
{
    Task<MyDevelopmentDto> GetMineAsync(CancellationToken ct);
    Task<IReadOnlyList<CoachedLeaderDto>> GetCoachedAsync(CancellationToken ct);
    Task<DevelopmentPlanDto> GetAsync(Guid id, CancellationToken ct);
    Task<DevelopmentPlanDto> CreateAsync(CreateDevelopmentPlanInput input, CancellationToken ct);
    Task<DevelopmentPlanDto> ChangeCoachAsync(Guid id, ChangeCoachInput input, CancellationToken ct);
    Task<DevelopmentPlanDto> AddGoalAsync(Guid id, DevelopmentGoalInput input, CancellationToken ct);
    Task<DevelopmentPlanDto> ChangeGoalAsync(Guid id, Guid goalId, DevelopmentGoalInput input, CancellationToken ct);
    Task<DevelopmentPlanDto> AgreeGoalAsync(Guid id, Guid goalId, CancellationToken ct);
    Task<DevelopmentPlanDto> SetGoalStatusAsync(Guid id, Guid goalId, GoalStatusInput input, CancellationToken ct);
    Task<DevelopmentPlanDto> AddProgressNoteAsync(Guid id, PlanTextInput input, CancellationToken ct);
    Task<DevelopmentPlanDto> GiveFeedbackAsync(Guid id, PlanTextInput input, CancellationToken ct);
}
