using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Evaluations;

public static class FreeTextReviewEndpoints
{
    /// <summary>The review of free-text answers (Evaluations.Review) and the pulse settings (Evaluations.Manage, national).</summary>
    public static IEndpointRouteBuilder MapFreeTextReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/evaluations/review").WithTags("Evaluations")
            .RequireAuthorization(NavLederprogramPermissions.Evaluations.Review);
        review.MapGet("", GetFreeTextReviewEvaluations).WithName(nameof(GetFreeTextReviewEvaluations));
        review.MapGet("/{evaluationId:guid}", GetFreeTextReview).WithName(nameof(GetFreeTextReview));
        review.MapPost("/{evaluationId:guid}/answers/{answerKey:guid}/approve", ApproveFreeText).WithName(nameof(ApproveFreeText));
        review.MapPost("/{evaluationId:guid}/answers/{answerKey:guid}/redact", RedactFreeText).WithName(nameof(RedactFreeText));

        var pulses = app.MapGroup("/api/evaluations/pulse-settings").WithTags("Evaluations")
            .RequireAuthorization(NavLederprogramPermissions.Evaluations.Manage);
        pulses.MapGet("", GetPulseSettings).WithName(nameof(GetPulseSettings));
        pulses.MapPut("", SavePulseSettings).WithName(nameof(SavePulseSettings));
        return app;
    }

    private static Task<IReadOnlyList<FreeTextReviewEvaluationDto>> GetFreeTextReviewEvaluations(IFreeTextReviewAppService s, CancellationToken ct) =>
        s.GetEvaluationsAsync(ct);

    private static Task<FreeTextReviewDto> GetFreeTextReview(Guid evaluationId, IFreeTextReviewAppService s, CancellationToken ct) =>
        s.GetAsync(evaluationId, ct);

    private static Task<FreeTextAnswerDto> ApproveFreeText(Guid evaluationId, Guid answerKey, IFreeTextReviewAppService s, CancellationToken ct) =>
        s.ApproveAsync(evaluationId, answerKey, ct);

    private static Task<FreeTextAnswerDto> RedactFreeText(Guid evaluationId, Guid answerKey, RedactFreeTextInput input, IFreeTextReviewAppService s,
        CancellationToken ct) => s.RedactAsync(evaluationId, answerKey, input, ct);

    private static Task<PulseSettingsDto> GetPulseSettings(IPulseSettingsAppService s, CancellationToken ct) => s.GetAsync(ct);

    private static Task<PulseSettingsDto> SavePulseSettings(SavePulseSettingsInput input, IPulseSettingsAppService s, CancellationToken ct) =>
        s.SaveAsync(input, ct);
}
