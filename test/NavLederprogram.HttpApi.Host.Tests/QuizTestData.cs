using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.Localization;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Courses for quiz tests: a draft to write a quiz for, then published with the quiz as its lesson, completed by passing it.</summary>
internal static class QuizTestData
{
    public static async Task<Guid> CourseIdAsync(NavLederprogramFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var courses = scope.ServiceProvider.GetRequiredService<ICourseRepository>();
        var course = new Course(Guid.CreateVersion7(), $"EL-QUIZ-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}");
        var draft = course.StartDraft(Guid.CreateVersion7(), new CourseDetails(new TranslatedText("NAV-loven for ledere"), new TranslatedText("Kort om loven"),
            TranslatedText.Empty, CourseCategory.LawAndRegulations, "nb", 20, [], [], CourseCompletionRule.QuizPassed));
        await courses.InsertAsync(course);
        await courses.InsertVersionAsync(draft);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return course.Id;
    }

    public static async Task PublishWithQuizAsync(NavLederprogramFactory factory, Guid courseId, Guid quizId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var courses = scope.ServiceProvider.GetRequiredService<ICourseRepository>();
        var course = await courses.GetAsync(courseId);
        var draft = await courses.GetVersionAsync(course.DraftVersionId!.Value);
        draft.AddLesson(new LessonContent(LessonKind.Quiz, new TranslatedText("Prøve"), QuizId: quizId));
        draft.Publish(DateTime.UtcNow);
        course.RecordPublication(draft, null);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    public static async Task<CourseEnrolment?> EnrolmentAsync(NavLederprogramFactory factory, Guid personId, Guid courseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICourseEnrolmentRepository>().FindAsync(personId, courseId);
    }
}
