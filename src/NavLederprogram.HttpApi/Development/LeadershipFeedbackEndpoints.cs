using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Development;

public static class LeadershipFeedbackEndpoints
{
    /// <summary>The host's rate-limit policy for the anonymous answer: it answers anyone holding a link, so guessing links is slowed down.</summary>
    public const string AnswerRateLimitPolicy = "feedback-answer";

    /// <summary>
    /// The leader's own 360° rounds (the service decides by ownership: nobody reads another person's round), and the invitee's
    /// anonymous answer by the personal link.
    /// </summary>
    public static IEndpointRouteBuilder MapLeadershipFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/development/feedback").WithTags("Development")
            .RequireAuthorization(NavLederprogramPermissions.Development.View);
        group.MapGet("/options", GetFeedbackRoundOptions).WithName(nameof(GetFeedbackRoundOptions));
        group.MapGet("/candidates", GetFeedbackCandidates).WithName(nameof(GetFeedbackCandidates));
        group.MapGet("/rounds", GetMyFeedbackRounds).WithName(nameof(GetMyFeedbackRounds));
        group.MapPost("/rounds", CreateFeedbackRound).WithName(nameof(CreateFeedbackRound));
        group.MapGet("/rounds/{id:guid}", GetFeedbackRound).WithName(nameof(GetFeedbackRound));
        group.MapPost("/rounds/{id:guid}/close", CloseFeedbackRound).WithName(nameof(CloseFeedbackRound));
        group.MapPost("/rounds/{id:guid}/reminders", RemindFeedbackInvitees).WithName(nameof(RemindFeedbackInvitees));
        group.MapPost("/rounds/{id:guid}/evidence-requests", RequestFeedbackEvidence).WithName(nameof(RequestFeedbackEvidence));

        var answer = app.MapGroup("/api/feedback/answer/{token}").WithTags("Development")
            .AllowAnonymous().RequireRateLimiting(AnswerRateLimitPolicy);
        answer.MapGet("", GetFeedbackQuestionnaire).WithName(nameof(GetFeedbackQuestionnaire));
        answer.MapPost("", AnswerFeedback).WithName(nameof(AnswerFeedback));
        return app;
    }

    private static Task<FeedbackRoundOptionsDto> GetFeedbackRoundOptions(ILeadershipFeedbackAppService s, CancellationToken ct) =>
        s.GetOptionsAsync(ct);

    private static Task<IReadOnlyList<FeedbackCandidateDto>> GetFeedbackCandidates(string? filter, ILeadershipFeedbackAppService s,
        CancellationToken ct) => s.GetCandidatesAsync(filter, ct);

    private static Task<IReadOnlyList<FeedbackRoundSummaryDto>> GetMyFeedbackRounds(ILeadershipFeedbackAppService s, CancellationToken ct) =>
        s.GetMineAsync(ct);

    private static async Task<Created<FeedbackRoundDto>> CreateFeedbackRound(CreateFeedbackRoundInput input, ILeadershipFeedbackAppService s,
        CancellationToken ct)
    {
        var round = await s.CreateAsync(input, ct);
        return TypedResults.Created($"/api/development/feedback/rounds/{round.Round.Id}", round);
    }

    private static Task<FeedbackRoundDto> GetFeedbackRound(Guid id, ILeadershipFeedbackAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static Task<FeedbackRoundDto> CloseFeedbackRound(Guid id, ILeadershipFeedbackAppService s, CancellationToken ct) => s.CloseAsync(id, ct);

    private static Task<FeedbackRemindersDto> RemindFeedbackInvitees(Guid id, ILeadershipFeedbackAppService s, CancellationToken ct) =>
        s.RemindAsync(id, ct);

    private static Task<FeedbackRoundDto> RequestFeedbackEvidence(Guid id, RequestFeedbackEvidenceInput input, ILeadershipFeedbackAppService s,
        CancellationToken ct) => s.RequestEvidenceAsync(id, input, ct);

    private static Task<FeedbackQuestionnaireDto> GetFeedbackQuestionnaire(string token, IFeedbackAnswerAppService s, CancellationToken ct) =>
        s.GetAsync(token, ct);

    private static async Task<NoContent> AnswerFeedback(string token, AnswerFeedbackInput input, IFeedbackAnswerAppService s, CancellationToken ct)
    {
        await s.AnswerAsync(token, input, ct);
        return TypedResults.NoContent();
    }
}
