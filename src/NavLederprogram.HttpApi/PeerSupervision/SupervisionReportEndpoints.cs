using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Competence;
using NavLederprogram.Permissions;

namespace NavLederprogram.PeerSupervision;

public static class SupervisionReportEndpoints
{
    /// <summary>Supervision in the viewer's scope, counts only, as numbers and as a file.</summary>
    public static IEndpointRouteBuilder MapSupervisionReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/peer-supervision/reports").WithTags("PeerSupervision");
        var view = NavLederprogramPermissions.PeerSupervision.ViewReports;
        group.MapGet("", GetSupervisionReport).RequireAuthorization(view).WithName(nameof(GetSupervisionReport));
        group.MapGet("/export", ExportSupervisionReport).RequireAuthorization(view).WithName(nameof(ExportSupervisionReport));
        return app;
    }

    private static Task<SupervisionReportDto> GetSupervisionReport(
        DateOnly? from, DateOnly? to, Guid? regionId, Guid? officeId, ISupervisionReportAppService s, CancellationToken ct) =>
        s.GetAsync(new SupervisionReportQuery(from, to, regionId, officeId), ct);

    private static async Task<FileContentHttpResult> ExportSupervisionReport(
        DateOnly? from, DateOnly? to, Guid? regionId, Guid? officeId, ExportFormat? format, ISupervisionReportAppService s,
        CancellationToken ct)
    {
        var file = await s.ExportAsync(new SupervisionReportQuery(from, to, regionId, officeId), format ?? ExportFormat.Xlsx, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
