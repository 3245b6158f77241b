using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Scheduling;

public static class SchedulingEndpoints
{
    public static IEndpointRouteBuilder MapSchedulingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/jobs", GetJobs)
            .RequireAuthorization(NavLederprogramPermissions.Jobs.View).WithTags("Scheduling").WithName(nameof(GetJobs));
        return app;
    }

    private static Task<IReadOnlyList<JobDto>> GetJobs(IJobAppService s, CancellationToken ct) => s.GetListAsync(ct);
}
