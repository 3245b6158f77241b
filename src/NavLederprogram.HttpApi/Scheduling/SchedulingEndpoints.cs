using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Scheduling;

public static class SchedulingEndpoints
{
    public static IEndpointRouteBuilder MapSchedulingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/jobs", GetJobs)
            .RequireAuthorization(NavLederprogramPermissions.Jobs.View).WithTags("Scheduling").WithName(nameof(GetJobs));
        app.MapPost("/api/admin/jobs/{group}/{name}/run", RunJobNow)
            .RequireAuthorization(NavLederprogramPermissions.Jobs.View).WithTags("Scheduling").WithName(nameof(RunJobNow));
        return app;
    }

    private static Task<IReadOnlyList<JobDto>> GetJobs(IJobAppService s, CancellationToken ct) => s.GetListAsync(ct);

    private static async Task<NoContent> RunJobNow(string group, string name, IJobAppService s, CancellationToken ct)
    {
        await s.RunNowAsync(group, name, ct);
        return TypedResults.NoContent();
    }
}
