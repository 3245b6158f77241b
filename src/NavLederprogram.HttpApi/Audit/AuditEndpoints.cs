using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;

namespace NavLederprogram.Audit;

/// <summary>The audit log viewer's API: reads and an export only. No endpoint changes or removes an entry.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(NavLederprogramPermissions.Audit.View);
        group.MapGet("/entries", GetAuditEntries).WithName(nameof(GetAuditEntries));
        group.MapGet("/entries/export", ExportAuditEntries).WithName(nameof(ExportAuditEntries));
        group.MapGet("/entries/{sequence:long}", GetAuditEntry).WithName(nameof(GetAuditEntry));
        group.MapGet("/chain", GetAuditChainStatus).WithName(nameof(GetAuditChainStatus));
        return app;
    }

    private static Task<PagedResult<AuditEntryDto>> GetAuditEntries([AsParameters] AuditLogParameters p, IAuditLogAppService s, CancellationToken ct) =>
        s.GetListAsync(p.ToQuery(), ct);

    private static Task<AuditEntryDetailsDto> GetAuditEntry(long sequence, IAuditLogAppService s, CancellationToken ct) => s.GetAsync(sequence, ct);

    private static Task<AuditChainStatusDto> GetAuditChainStatus(IAuditLogAppService s, CancellationToken ct) => s.GetChainStatusAsync(ct);

    private static async Task<FileContentHttpResult> ExportAuditEntries([AsParameters] AuditLogParameters p, IAuditLogAppService s, CancellationToken ct)
    {
        var file = await s.ExportAsync(p.ToQuery(), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
