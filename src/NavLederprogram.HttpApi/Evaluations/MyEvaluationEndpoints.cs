using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Evaluations;

public static class MyEvaluationEndpoints
{
    /// <summary>The caller's open evaluations and the answer. There is no endpoint that returns an answer.</summary>
    public static IEndpointRouteBuilder MapMyEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations/mine").WithTags("Evaluations").RequireAuthorization(NavLederprogramPermissions.Evaluations.Answer);
        group.MapGet("", GetMyEvaluations).WithName(nameof(GetMyEvaluations));
        group.MapGet("/{id:guid}", GetEvaluationForm).WithName(nameof(GetEvaluationForm));
        group.MapPost("/{id:guid}/answer", AnswerEvaluation).WithName(nameof(AnswerEvaluation));
        return app;
    }

    private static Task<IReadOnlyList<MyEvaluationDto>> GetMyEvaluations(IMyEvaluationAppService s, CancellationToken ct) => s.GetListAsync(ct);

    private static Task<AnswerFormDto> GetEvaluationForm(Guid id, IMyEvaluationAppService s, CancellationToken ct) => s.GetFormAsync(id, ct);

    private static async Task<NoContent> AnswerEvaluation(Guid id, AnswerEvaluationInput input, IMyEvaluationAppService s, CancellationToken ct)
    {
        await s.AnswerAsync(id, input, ct);
        return TypedResults.NoContent();
    }
}
