using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Evaluations;

public static class ManagedEvaluationEndpoints
{
    /// <summary>Evaluations on targets in the caller's scope.</summary>
    public static IEndpointRouteBuilder MapManagedEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations").WithTags("Evaluations").RequireAuthorization(NavLederprogramPermissions.Evaluations.Manage);
        group.MapGet("", GetEvaluations).WithName(nameof(GetEvaluations));
        group.MapGet("/targets", GetEvaluationTargets).WithName(nameof(GetEvaluationTargets));
        group.MapGet("/{id:guid}", GetEvaluation).WithName(nameof(GetEvaluation));
        group.MapPost("", CreateEvaluation).WithName(nameof(CreateEvaluation));
        group.MapDelete("/{id:guid}", DeleteEvaluation).WithName(nameof(DeleteEvaluation));
        return app;
    }

    private static Task<IReadOnlyList<EvaluationDto>> GetEvaluations(IEvaluationAppService s, CancellationToken ct) => s.GetListAsync(ct);

    private static Task<IReadOnlyList<EvaluationTargetOptionDto>> GetEvaluationTargets(IEvaluationAppService s, CancellationToken ct) => s.GetTargetsAsync(ct);

    private static Task<EvaluationDto> GetEvaluation(Guid id, IEvaluationAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static Task<EvaluationDto> CreateEvaluation(CreateEvaluationInput input, IEvaluationAppService s, CancellationToken ct) => s.CreateAsync(input, ct);

    private static async Task<NoContent> DeleteEvaluation(Guid id, IEvaluationAppService s, CancellationToken ct)
    {
        await s.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
