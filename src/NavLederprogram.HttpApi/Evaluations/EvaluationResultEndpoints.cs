using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Competence;
using NavLederprogram.Permissions;

namespace NavLederprogram.Evaluations;

public static class EvaluationResultEndpoints
{
    /// <summary>Results above the threshold, as numbers and as files; the comparison across cohorts is for managers.</summary>
    public static IEndpointRouteBuilder MapEvaluationResultEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations").WithTags("Evaluations");
        var view = NavLederprogramPermissions.Evaluations.ViewResults;
        var manage = NavLederprogramPermissions.Evaluations.Manage;
        group.MapGet("/results", GetEvaluationResultList).RequireAuthorization(view).WithName(nameof(GetEvaluationResultList));
        group.MapGet("/{id:guid}/results", GetEvaluationResults).RequireAuthorization(view).WithName(nameof(GetEvaluationResults));
        group.MapGet("/{id:guid}/results/export", ExportEvaluationResults).RequireAuthorization(view).WithName(nameof(ExportEvaluationResults));
        group.MapGet("/comparison", CompareEvaluations).RequireAuthorization(manage).WithName(nameof(CompareEvaluations));
        group.MapGet("/comparison/export", ExportEvaluationComparison).RequireAuthorization(manage).WithName(nameof(ExportEvaluationComparison));
        return app;
    }

    private static Task<IReadOnlyList<EvaluationDto>> GetEvaluationResultList(IEvaluationResultAppService s, CancellationToken ct) => s.GetListAsync(ct);

    private static Task<EvaluationResultsDto> GetEvaluationResults(Guid id, IEvaluationResultAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static async Task<FileContentHttpResult> ExportEvaluationResults(Guid id, ExportFormat? format, IEvaluationResultAppService s, CancellationToken ct)
    {
        var file = await s.ExportAsync(id, format ?? ExportFormat.Xlsx, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static Task<ComparisonDto> CompareEvaluations(Guid? questionSetId, Guid? regionId, DateOnly? from, DateOnly? to, IEvaluationResultAppService s,
        CancellationToken ct) => s.CompareAsync(new ComparisonQuery { QuestionSetId = questionSetId, RegionId = regionId, From = from, To = to }, ct);

    private static async Task<FileContentHttpResult> ExportEvaluationComparison(Guid? questionSetId, Guid? regionId, DateOnly? from, DateOnly? to,
        ExportFormat? format, IEvaluationResultAppService s, CancellationToken ct)
    {
        var file = await s.ExportComparisonAsync(new ComparisonQuery { QuestionSetId = questionSetId, RegionId = regionId, From = from, To = to },
            format ?? ExportFormat.Xlsx, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
