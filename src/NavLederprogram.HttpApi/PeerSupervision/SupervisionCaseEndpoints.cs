using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.PeerSupervision;

public static class SupervisionCaseEndpoints
{
    /// <summary>A group's cases; the service limits them to those with access to the group.</summary>
    public static IEndpointRouteBuilder MapSupervisionCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/peer-supervision/groups/{groupId:guid}/cases").WithTags("PeerSupervision")
            .RequireAuthorization(NavLederprogramPermissions.PeerSupervision.View);
        group.MapGet("", GetSupervisionCases).WithName(nameof(GetSupervisionCases));
        group.MapPost("", BringSupervisionCase).WithName(nameof(BringSupervisionCase));
        group.MapPut("/{caseId:guid}", ChangeSupervisionCase).WithName(nameof(ChangeSupervisionCase));
        group.MapDelete("/{caseId:guid}", WithdrawSupervisionCase).WithName(nameof(WithdrawSupervisionCase));
        return app;
    }

    private static Task<IReadOnlyList<SupervisionCaseDto>> GetSupervisionCases(Guid groupId, ISupervisionCaseAppService s, CancellationToken ct) =>
        s.GetListAsync(groupId, ct);

    private static Task<SupervisionCaseDto> BringSupervisionCase(Guid groupId, BringCaseInput input, ISupervisionCaseAppService s, CancellationToken ct) =>
        s.BringAsync(groupId, input, ct);

    private static Task<SupervisionCaseDto> ChangeSupervisionCase(Guid groupId, Guid caseId, ChangeCaseInput input, ISupervisionCaseAppService s,
        CancellationToken ct) => s.ChangeAsync(groupId, caseId, input, ct);

    private static async Task<NoContent> WithdrawSupervisionCase(Guid groupId, Guid caseId, ISupervisionCaseAppService s, CancellationToken ct)
    {
        await s.WithdrawAsync(groupId, caseId, ct);
        return TypedResults.NoContent();
    }
}
