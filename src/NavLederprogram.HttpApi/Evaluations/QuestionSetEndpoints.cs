using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.Evaluations;

public static class QuestionSetEndpoints
{
    public static IEndpointRouteBuilder MapQuestionSetEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations/question-sets").WithTags("Evaluations")
            .RequireAuthorization(NavLederprogramPermissions.Evaluations.Manage);
        group.MapGet("", GetQuestionSets).WithName(nameof(GetQuestionSets));
        group.MapGet("/{id:guid}", GetQuestionSet).WithName(nameof(GetQuestionSet));
        group.MapPost("", CreateQuestionSet).WithName(nameof(CreateQuestionSet));
        group.MapPut("/{id:guid}", UpdateQuestionSet).WithName(nameof(UpdateQuestionSet));
        return app;
    }

    private static Task<IReadOnlyList<QuestionSetSummaryDto>> GetQuestionSets(IQuestionSetAppService s, CancellationToken ct) => s.GetListAsync(ct);

    private static Task<QuestionSetDto> GetQuestionSet(Guid id, IQuestionSetAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static Task<QuestionSetDto> CreateQuestionSet(SaveQuestionSetInput input, IQuestionSetAppService s, CancellationToken ct) => s.CreateAsync(input, ct);

    private static Task<QuestionSetDto> UpdateQuestionSet(Guid id, SaveQuestionSetInput input, IQuestionSetAppService s, CancellationToken ct) =>
        s.UpdateAsync(id, input, ct);
}
