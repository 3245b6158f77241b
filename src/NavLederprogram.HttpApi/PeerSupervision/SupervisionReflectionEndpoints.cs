using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.PeerSupervision;

public static class SupervisionReflectionEndpoints
{
    /// <summary>Private reflection notes. No permission opens another person's note: the service decides by authorship and sharing.</summary>
    public static IEndpointRouteBuilder MapSupervisionReflectionEndpoints(this IEndpointRouteBuilder app)
    {
        var inGroup = app.MapGroup("/api/peer-supervision/groups/{groupId:guid}/reflections").WithTags("PeerSupervision")
            .RequireAuthorization(NavLederprogramPermissions.PeerSupervision.View);
        inGroup.MapGet("/mine", GetMySupervisionReflections).WithName(nameof(GetMySupervisionReflections));
        inGroup.MapGet("/shared", GetSharedSupervisionReflections).WithName(nameof(GetSharedSupervisionReflections));
        inGroup.MapPost("", WriteSupervisionReflection).WithName(nameof(WriteSupervisionReflection));

        var notes = app.MapGroup("/api/peer-supervision/reflections/{id:guid}").WithTags("PeerSupervision")
            .RequireAuthorization(NavLederprogramPermissions.PeerSupervision.View);
        notes.MapGet("", GetSupervisionReflection).WithName(nameof(GetSupervisionReflection));
        notes.MapPut("", RewriteSupervisionReflection).WithName(nameof(RewriteSupervisionReflection));
        notes.MapDelete("", DeleteSupervisionReflection).WithName(nameof(DeleteSupervisionReflection));
        notes.MapPost("/share", ShareSupervisionReflection).WithName(nameof(ShareSupervisionReflection));
        notes.MapDelete("/share", WithdrawSupervisionReflectionShare).WithName(nameof(WithdrawSupervisionReflectionShare));
        return app;
    }

    private static Task<IReadOnlyList<SupervisionReflectionDto>> GetMySupervisionReflections(Guid groupId, ISupervisionReflectionAppService s,
        CancellationToken ct) => s.GetMineAsync(groupId, ct);

    private static Task<IReadOnlyList<SupervisionReflectionDto>> GetSharedSupervisionReflections(Guid groupId, ISupervisionReflectionAppService s,
        CancellationToken ct) => s.GetSharedAsync(groupId, ct);

    private static Task<SupervisionReflectionDto> WriteSupervisionReflection(Guid groupId, WriteSupervisionReflectionInput input,
        ISupervisionReflectionAppService s, CancellationToken ct) => s.WriteAsync(groupId, input, ct);

    private static Task<SupervisionReflectionDto> GetSupervisionReflection(Guid id, ISupervisionReflectionAppService s, CancellationToken ct) =>
        s.GetAsync(id, ct);

    private static Task<SupervisionReflectionDto> RewriteSupervisionReflection(Guid id, RewriteSupervisionReflectionInput input,
        ISupervisionReflectionAppService s, CancellationToken ct) => s.RewriteAsync(id, input, ct);

    private static async Task<NoContent> DeleteSupervisionReflection(Guid id, ISupervisionReflectionAppService s, CancellationToken ct)
    {
        await s.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static Task<SupervisionReflectionDto> ShareSupervisionReflection(Guid id, ISupervisionReflectionAppService s, CancellationToken ct) =>
        s.ShareAsync(id, ct);

    private static Task<SupervisionReflectionDto> WithdrawSupervisionReflectionShare(Guid id, ISupervisionReflectionAppService s,
        CancellationToken ct) => s.WithdrawShareAsync(id, ct);
}
