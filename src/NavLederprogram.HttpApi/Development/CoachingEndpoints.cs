using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Development;

public static class CoachingEndpoints
{
    /// <summary>
    /// Coaching sessions and the leader's private notes. No permission opens another person's notes: the service decides by who
    /// the caller is to the plan (leader or coach) or by authorship.
    /// </summary>
    public static IEndpointRouteBuilder MapCoachingEndpoints(this IEndpointRouteBuilder app)
    {
        var view = NavLederprogramPermissions.Development.View;
        var root = app.MapGroup("/api/development").WithTags("Development").RequireAuthorization(view);
        root.MapPost("/plans/{planId:guid}/sessions", ScheduleCoachingSession).WithName(nameof(ScheduleCoachingSession));
        var sessions = root.MapGroup("/sessions/{id:guid}");
        sessions.MapGet("", GetCoachingSession).WithName(nameof(GetCoachingSession));
        sessions.MapPut("", MoveCoachingSession).WithName(nameof(MoveCoachingSession));
        sessions.MapPost("/cancel", CancelCoachingSession).WithName(nameof(CancelCoachingSession));
        sessions.MapPost("/held", MarkCoachingSessionHeld).WithName(nameof(MarkCoachingSessionHeld));
        sessions.MapPut("/notes", WriteCoachingSessionNotes).WithName(nameof(WriteCoachingSessionNotes));

        var notes = root.MapGroup("/private-notes");
        notes.MapGet("", GetMyPrivateNotes).WithName(nameof(GetMyPrivateNotes));
        notes.MapPost("", WritePrivateNote).WithName(nameof(WritePrivateNote));
        notes.MapPut("/{id:guid}", RewritePrivateNote).WithName(nameof(RewritePrivateNote));
        notes.MapDelete("/{id:guid}", DeletePrivateNote).WithName(nameof(DeletePrivateNote));
        return app;
    }

    private static Task<CoachingSessionDto> ScheduleCoachingSession(Guid planId, CoachingSessionInput input, ICoachingSessionAppService s,
        CancellationToken ct) => s.ScheduleAsync(planId, input, ct);

    private static Task<CoachingSessionDto> GetCoachingSession(Guid id, ICoachingSessionAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static Task<CoachingSessionDto> MoveCoachingSession(Guid id, CoachingSessionInput input, ICoachingSessionAppService s, CancellationToken ct) =>
        s.MoveAsync(id, input, ct);

    private static Task<CoachingSessionDto> CancelCoachingSession(Guid id, ICoachingSessionAppService s, CancellationToken ct) => s.CancelAsync(id, ct);

    private static Task<CoachingSessionDto> MarkCoachingSessionHeld(Guid id, ICoachingSessionAppService s, CancellationToken ct) => s.MarkHeldAsync(id, ct);

    private static Task<CoachingSessionDto> WriteCoachingSessionNotes(Guid id, SessionNotesInput input, ICoachingSessionAppService s, CancellationToken ct) =>
        s.WriteNotesAsync(id, input, ct);

    private static Task<IReadOnlyList<PrivateNoteDto>> GetMyPrivateNotes(IPrivateNoteAppService s, CancellationToken ct) => s.GetMineAsync(ct);

    private static Task<PrivateNoteDto> WritePrivateNote(PrivateNoteInput input, IPrivateNoteAppService s, CancellationToken ct) => s.WriteAsync(input, ct);

    private static Task<PrivateNoteDto> RewritePrivateNote(Guid id, PrivateNoteInput input, IPrivateNoteAppService s, CancellationToken ct) =>
        s.RewriteAsync(id, input, ct);

    private static async Task<NoContent> DeletePrivateNote(Guid id, IPrivateNoteAppService s, CancellationToken ct)
    {
        await s.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
