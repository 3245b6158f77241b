using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.PeerSupervision;

public static class SupervisionGroupEndpoints
{
    /// <summary>One's own supervision, and the groups and one-to-ones with their agreement, schedule, meetings and attendance.</summary>
    public static IEndpointRouteBuilder MapSupervisionGroupEndpoints(this IEndpointRouteBuilder app)
    {
        var view = NavLederprogramPermissions.PeerSupervision.View;
        var manage = NavLederprogramPermissions.PeerSupervision.ManageGroups;
        var root = app.MapGroup("/api/peer-supervision").WithTags("PeerSupervision");
        root.MapGet("/mine", GetMySupervision).RequireAuthorization(view).WithName(nameof(GetMySupervision));

        var groups = root.MapGroup("/groups");
        groups.MapGet("/options", GetSupervisionGroupOptions).RequireAuthorization(manage).WithName(nameof(GetSupervisionGroupOptions));
        groups.MapGet("/candidates", GetSupervisionCandidates).RequireAuthorization(manage).WithName(nameof(GetSupervisionCandidates));
        groups.MapPost("", CreateSupervisionGroup).RequireAuthorization(manage).WithName(nameof(CreateSupervisionGroup));
        groups.MapGet("/{id:guid}", GetSupervisionGroup).RequireAuthorization(view).WithName(nameof(GetSupervisionGroup));
        groups.MapPost("/{id:guid}/members", InviteSupervisionMember)
            .RequireAuthorization(manage).WithName(nameof(InviteSupervisionMember));
        groups.MapPost("/{id:guid}/accept", AcceptSupervisionInvitation)
            .RequireAuthorization(view).WithName(nameof(AcceptSupervisionInvitation));
        groups.MapPost("/{id:guid}/decline", DeclineSupervisionInvitation)
            .RequireAuthorization(view).WithName(nameof(DeclineSupervisionInvitation));
        groups.MapPost("/{id:guid}/leave", LeaveSupervisionGroup).RequireAuthorization(view).WithName(nameof(LeaveSupervisionGroup));
        groups.MapPost("/{id:guid}/agreement/accept", AcceptSupervisionAgreement)
            .RequireAuthorization(view).WithName(nameof(AcceptSupervisionAgreement));
        groups.MapPut("/{id:guid}/agreement", ReviseSupervisionAgreement)
            .RequireAuthorization(manage).WithName(nameof(ReviseSupervisionAgreement));
        groups.MapGet("/{id:guid}/meetings", GetSupervisionMeetings).RequireAuthorization(view).WithName(nameof(GetSupervisionMeetings));
        groups.MapPut("/{id:guid}/schedule", SetSupervisionSchedule).RequireAuthorization(manage).WithName(nameof(SetSupervisionSchedule));

        var meetings = root.MapGroup("/meetings");
        meetings.MapPost("/{meetingId:guid}/move", MoveSupervisionMeeting)
            .RequireAuthorization(manage).WithName(nameof(MoveSupervisionMeeting));
        meetings.MapPost("/{meetingId:guid}/cancel", CancelSupervisionMeeting)
            .RequireAuthorization(manage).WithName(nameof(CancelSupervisionMeeting));
        meetings.MapPut("/{meetingId:guid}/attendance", RegisterSupervisionAttendance).RequireAuthorization(manage)
            .WithName(nameof(RegisterSupervisionAttendance));
        return app;
    }

    private static Task<MySupervisionDto> GetMySupervision(ISupervisionGroupAppService s, CancellationToken ct) => s.GetMineAsync(ct);

    private static Task<SupervisionGroupOptionsDto> GetSupervisionGroupOptions(ISupervisionGroupAppService s, CancellationToken ct) =>
        s.GetOptionsAsync(ct);

    private static Task<IReadOnlyList<SupervisionCandidateDto>> GetSupervisionCandidates([FromQuery] string? filter,
        [FromQuery] Guid? supervisorPersonId,
        ISupervisionGroupAppService s, CancellationToken ct) => s.GetCandidatesAsync(filter, supervisorPersonId, ct);

    private static async Task<Created<SupervisionGroupDto>> CreateSupervisionGroup(CreateSupervisionGroupInput input,
        ISupervisionGroupAppService s,
        CancellationToken ct)
    {
        var group = await s.CreateAsync(input, ct);
        return TypedResults.Created($"/api/peer-supervision/groups/{group.Id}", group);
    }

    private static Task<SupervisionGroupDto> GetSupervisionGroup(Guid id,
        ISupervisionGroupAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static Task<SupervisionGroupDto> InviteSupervisionMember(Guid id, InviteMemberInput input,
        ISupervisionGroupAppService s, CancellationToken ct) =>
        s.InviteAsync(id, input, ct);

    private static Task<SupervisionGroupDto> AcceptSupervisionInvitation(Guid id, ISupervisionGroupAppService s, CancellationToken ct) =>
        s.AcceptInvitationAsync(id, ct);

    private static async Task<NoContent> DeclineSupervisionInvitation(Guid id, ISupervisionGroupAppService s, CancellationToken ct)
    {
        await s.DeclineInvitationAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> LeaveSupervisionGroup(Guid id, ISupervisionGroupAppService s, CancellationToken ct)
    {
        await s.LeaveAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static Task<SupervisionGroupDto> AcceptSupervisionAgreement(Guid id, AcceptAgreementInput input,
        ISupervisionGroupAppService s, CancellationToken ct) =>
        s.AcceptAgreementAsync(id, input, ct);

    private static Task<SupervisionGroupDto> ReviseSupervisionAgreement(Guid id, AgreementInput input,
        ISupervisionGroupAppService s, CancellationToken ct) =>
        s.ReviseAgreementAsync(id, input, ct);

    private static Task<IReadOnlyList<SupervisionMeetingDto>> GetSupervisionMeetings(Guid id,
        ISupervisionGroupAppService s, CancellationToken ct) =>
        s.GetMeetingsAsync(id, ct);

    private static Task<IReadOnlyList<SupervisionMeetingDto>> SetSupervisionSchedule(Guid id, MeetingScheduleInput input,
        ISupervisionGroupAppService s,
        CancellationToken ct) => s.SetScheduleAsync(id, input, ct);

    private static Task<SupervisionMeetingDto> MoveSupervisionMeeting(Guid meetingId, MoveMeetingInput input,
        ISupervisionGroupAppService s, CancellationToken ct) =>
        s.MoveMeetingAsync(meetingId, input, ct);

    private static Task<SupervisionMeetingDto> CancelSupervisionMeeting(Guid meetingId,
        ISupervisionGroupAppService s, CancellationToken ct) =>
        s.CancelMeetingAsync(meetingId, ct);

    private static Task<SupervisionMeetingDto> RegisterSupervisionAttendance(Guid meetingId, RegisterAttendanceInput input,
        ISupervisionGroupAppService s,
        CancellationToken ct) => s.RegisterAttendanceAsync(meetingId, input, ct);
}
