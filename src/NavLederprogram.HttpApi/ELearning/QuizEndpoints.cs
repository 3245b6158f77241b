using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.ELearning;

public static class QuizEndpoints
{
    public static IEndpointRouteBuilder MapQuizEndpoints(this IEndpointRouteBuilder app)
    {
        var edit = NavLederprogramPermissions.ELearning.Edit;
        var view = NavLederprogramPermissions.ELearning.View;
        var group = app.MapGroup("/api/e-learning/quizzes").WithTags("Quizzes");

        group.MapGet("", GetCourseQuizzes).RequireAuthorization(edit).WithName(nameof(GetCourseQuizzes));
        group.MapPost("", CreateQuiz).RequireAuthorization(edit).WithName(nameof(CreateQuiz));
        group.MapGet("/{id:guid}", GetQuiz).RequireAuthorization(edit).WithName(nameof(GetQuiz));
        group.MapPut("/{id:guid}", UpdateQuiz).RequireAuthorization(edit).WithName(nameof(UpdateQuiz));
        group.MapDelete("/{id:guid}", DeleteQuiz).RequireAuthorization(edit).WithName(nameof(DeleteQuiz));
        group.MapPost("/{id:guid}/questions", AddQuizQuestion).RequireAuthorization(edit).WithName(nameof(AddQuizQuestion));
        group.MapPut("/{id:guid}/questions/{questionId:guid}", UpdateQuizQuestion).RequireAuthorization(edit).WithName(nameof(UpdateQuizQuestion));
        group.MapDelete("/{id:guid}/questions/{questionId:guid}", DeleteQuizQuestion).RequireAuthorization(edit).WithName(nameof(DeleteQuizQuestion));

        // Learners reach only their own attempts: the service answers 404 for anyone else's.
        group.MapGet("/{id:guid}/overview", GetQuizOverview).RequireAuthorization(view).WithName(nameof(GetQuizOverview));
        group.MapPost("/{id:guid}/attempts", StartQuizAttempt).RequireAuthorization(view).WithName(nameof(StartQuizAttempt));
        group.MapGet("/attempts/{attemptId:guid}", GetQuizAttempt).RequireAuthorization(view).WithName(nameof(GetQuizAttempt));
        group.MapPut("/attempts/{attemptId:guid}/answers", SaveQuizAnswers).RequireAuthorization(view).WithName(nameof(SaveQuizAnswers));
        group.MapPost("/attempts/{attemptId:guid}/submit", SubmitQuizAttempt).RequireAuthorization(view).WithName(nameof(SubmitQuizAttempt));
        return app;
    }

    private static Task<IReadOnlyList<QuizSummaryDto>> GetCourseQuizzes(Guid courseId, IQuizAppService s, CancellationToken ct) =>
        s.GetListAsync(courseId, ct);

    private static Task<QuizDto> CreateQuiz(SaveQuizInput input, IQuizAppService s, CancellationToken ct) => s.CreateAsync(input, ct);

    private static Task<QuizDto> GetQuiz(Guid id, IQuizAppService s, CancellationToken ct) => s.GetAsync(id, ct);

    private static Task<QuizDto> UpdateQuiz(Guid id, SaveQuizInput input, IQuizAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct);

    private static async Task<NoContent> DeleteQuiz(Guid id, IQuizAppService s, CancellationToken ct)
    {
        await s.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static Task<QuizDto> AddQuizQuestion(Guid id, SaveQuestionInput input, IQuizAppService s, CancellationToken ct) =>
        s.AddQuestionAsync(id, input, ct);

    private static Task<QuizDto> UpdateQuizQuestion(Guid id, Guid questionId, SaveQuestionInput input, IQuizAppService s, CancellationToken ct) =>
        s.UpdateQuestionAsync(id, questionId, input, ct);

    private static Task<QuizDto> DeleteQuizQuestion(Guid id, Guid questionId, IQuizAppService s, CancellationToken ct) =>
        s.DeleteQuestionAsync(id, questionId, ct);

    private static Task<QuizOverviewDto> GetQuizOverview(Guid id, IQuizAttemptAppService s, CancellationToken ct) => s.GetOverviewAsync(id, ct);

    private static Task<QuizAttemptDto> StartQuizAttempt(Guid id, IQuizAttemptAppService s, CancellationToken ct) => s.StartAsync(id, ct);

    private static Task<QuizAttemptDto> GetQuizAttempt(Guid attemptId, IQuizAttemptAppService s, CancellationToken ct) =>
        s.GetAttemptAsync(attemptId, ct);

    private static Task<QuizAttemptDto> SaveQuizAnswers(Guid attemptId, QuizAnswersInput input, IQuizAttemptAppService s, CancellationToken ct) =>
        s.SaveAnswersAsync(attemptId, input, ct);

    private static Task<QuizAttemptDto> SubmitQuizAttempt(Guid attemptId, QuizAnswersInput input, IQuizAttemptAppService s, CancellationToken ct) =>
        s.SubmitAsync(attemptId, input, ct);
}
