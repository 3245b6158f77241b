using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Audit;
using NavLederprogram.Permissions;

namespace NavLederprogram.Development;

public static class DevelopmentPlanEndpoints
{
    /// <summary>Plans with goals, progress notes and feedback. Whose plan the caller may see the service decides, by who they are to it.</summary>
    public static IEndpointRouteBuilder MapDevelopmentPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var view = NavLederprogramPermissions.Development.View;
        var coach = NavLederprogramPermissions.Development.Coach;
        var root = app.MapGroup("/api/development").WithTags("Development");
        root.MapGet("/mine", GetMyDevelopment).RequireAuthorization(view).WithName(nameof(GetMyDevelopment));
        root.MapGet("/coaching", GetCoachedLeaders).RequireAuthorization(coach).WithName(nameof(GetCoachedLeaders));

        var plans = root.MapGroup("/plans");
        plans.MapPost("", CreateDevelopmentPlan).RequireAuthorization(view).WithName(nameof(CreateDevelopmentPlan));
        plans.MapGet("/{id:guid}", GetDevelopmentPlan).RequireAuthorization(view).WithName(nameof(GetDevelopmentPlan))
            .RecordsPersonalDataRead<DevelopmentPlanDto>(p => p.PersonId);
        plans.MapPut("/{id:guid}/coach", ChangeDevelopmentCoach).RequireAuthorization(view).WithName(nameof(ChangeDevelopmentCoach));
        plans.MapPost("/{id:guid}/goals", AddDevelopmentGoal).RequireAuthorization(view).WithName(nameof(AddDevelopmentGoal));
        plans.MapPut("/{id:guid}/goals/{goalId:guid}", ChangeDevelopmentGoal)
            .RequireAuthorization(view).WithName(nameof(ChangeDevelopmentGoal));
        plans.MapPost("/{id:guid}/goals/{goalId:guid}/agree", AgreeDevelopmentGoal)
            .RequireAuthorization(coach).WithName(nameof(AgreeDevelopmentGoal));
        plans.MapPut("/{id:guid}/goals/{goalId:guid}/status", SetDevelopmentGoalStatus)
            .RequireAuthorization(view).WithName(nameof(SetDevelopmentGoalStatus));
        plans.MapPost("/{id:guid}/progress-notes", AddDevelopmentProgressNote)
            .RequireAuthorization(view).WithName(nameof(AddDevelopmentProgressNote));
        plans.MapPost("/{id:guid}/feedback", GiveDevelopmentFeedback).RequireAuthorization(coach).WithName(nameof(GiveDevelopmentFeedback));
        return app;
    }

    private static Task<MyDevelopmentDto> GetMyDevelopment(IDevelopmentPlanAppService s, CancellationToken ct) => s.GetMineAsync(ct);

    private static Task<IReadOnlyList<CoachedLeaderDto>> GetCoachedLeaders(IDevelopmentPlanAppService s, CancellationToken ct) => s.GetCoachedAsync(ct);

    private static Task<DevelopmentPlanDto> CreateDevelopmentPlan(CreateDevelopmentPlanInput input, IDevelopmentPlanAppService s, CancellationToken ct) =>
        s.CreateAsync(input, ct);

    private static Task<DevelopmentPlanDto> GetDevelopmentPlan(Guid id, IDevelopmentPlanAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static Task<DevelopmentPlanDto> ChangeDevelopmentCoach(Guid id, ChangeCoachInput input, IDevelopmentPlanAppService s, CancellationToken ct) =>
        s.ChangeCoachAsync(id, input, ct);

    private static Task<DevelopmentPlanDto> AddDevelopmentGoal(Guid id, DevelopmentGoalInput input, IDevelopmentPlanAppService s, CancellationToken ct) =>
        s.AddGoalAsync(id, input, ct);

    private static Task<DevelopmentPlanDto> ChangeDevelopmentGoal(Guid id, Guid goalId, DevelopmentGoalInput input, IDevelopmentPlanAppService s,
        CancellationToken ct) => s.ChangeGoalAsync(id, goalId, input, ct);

    private static Task<DevelopmentPlanDto> AgreeDevelopmentGoal(Guid id, Guid goalId, IDevelopmentPlanAppService s, CancellationToken ct) =>
        s.AgreeGoalAsync(id, goalId, ct);

    private static Task<DevelopmentPlanDto> SetDevelopmentGoalStatus(Guid id, Guid goalId, GoalStatusInput input, IDevelopmentPlanAppService s,
        CancellationToken ct) => s.SetGoalStatusAsync(id, goalId, input, ct);

    private static Task<DevelopmentPlanDto> AddDevelopmentProgressNote(Guid id, PlanTextInput input, IDevelopmentPlanAppService s, CancellationToken ct) =>
        s.AddProgressNoteAsync(id, input, ct);

    private static Task<DevelopmentPlanDto> GiveDevelopmentFeedback(Guid id, PlanTextInput input, IDevelopmentPlanAppService s, CancellationToken ct) =>
        s.GiveFeedbackAsync(id, input, ct);
}
