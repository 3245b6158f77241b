using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Competence;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;

namespace NavLederprogram.Reporting;

public static class ReportingEndpoints
{
    /// <summary>The programme dashboard in the viewer's scope, as numbers and as a file.</summary>
    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports/programme").WithTags("Reporting");
        var view = NavLederprogramPermissions.Reporting.View;
        group.MapGet("", GetProgrammeDashboard).RequireAuthorization(view).WithName(nameof(GetProgrammeDashboard));
        group.MapGet("/export", ExportProgrammeDashboard).RequireAuthorization(view).WithName(nameof(ExportProgrammeDashboard));
        return app;
    }

    private static Task<ProgrammeDashboardDto> GetProgrammeDashboard(
        Guid? programmeId, Guid? cohortId, Guid? regionId, Employer? employer, DateOnly? from, DateOnly? to,
        IProgrammeDashboardAppService s, CancellationToken ct) =>
        s.GetAsync(new ProgrammeDashboardQuery(programmeId, cohortId, regionId, employer, from, to), ct);

    private static async Task<FileContentHttpResult> ExportProgrammeDashboard(
        Guid? programmeId, Guid? cohortId, Guid? regionId, Employer? employer, DateOnly? from, DateOnly? to, ExportFormat? format,
        IProgrammeDashboardAppService s, CancellationToken ct)
    {
        var file = await s.ExportAsync(new ProgrammeDashboardQuery(programmeId, cohortId, regionId, employer, from, to),
            format ?? ExportFormat.Xlsx, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
