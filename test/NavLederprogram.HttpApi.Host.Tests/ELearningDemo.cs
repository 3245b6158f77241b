using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Localization;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Courses of the tests' own, written through the domain as the course editor writes them, and the demo course codes.</summary>
internal static class ELearningDemo
{
    public const string LeadershipCode = ELearningDataSeedContributor.LeadershipCourseCode;
    public const string EthicsCode = ELearningDataSeedContributor.EthicsCode;

    /// <summary>A published course of two text lessons, completed when both are; its code is new.</summary>
    public static async Task<Guid> PublishCourseAsync(NavLederprogramFactory factory, string title, string? code = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var courses = sp.GetRequiredService<ICourseRepository>();
        var course = new Course(Guid.CreateVersion7(), code ?? $"T-{Guid.NewGuid():N}"[..20].ToUpperInvariant());
        var version = course.StartDraft(Guid.CreateVersion7(), new CourseDetails(new TranslatedText(title), TranslatedText.Empty, TranslatedText.Empty,
            CourseCategory.Other, "nb", 10, [], [], CourseCompletionRule.AllLessons));
        version.AddLesson(new LessonContent(LessonKind.Text, "Første", "<p>En</p>"));
        version.AddLesson(new LessonContent(LessonKind.Text, "Andre", "<p>To</p>"));
        version.Publish(DateTime.UtcNow);
        course.RecordPublication(version, null);
        await courses.InsertAsync(course);
        await courses.InsertVersionAsync(version);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return course.Id;
    }

    /// <summary>Completes every lesson of the person's course, as the learner does in the player; the completion's handlers run on save.</summary>
    public static async Task CompleteCourseAsync(NavLederprogramFactory factory, Guid personId, Guid courseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var courses = sp.GetRequiredService<ICourseRepository>();
        var enrolments = sp.GetRequiredService<ICourseEnrolmentRepository>();
        var enrolment = await enrolments.FindAsync(personId, courseId);
        if (enrolment is null)
        {
            enrolment = new CourseEnrolment(Guid.CreateVersion7(), personId, (await courses.FindPublishedVersionAsync(courseId))!, CourseEnrolmentSource.Self, null);
            await enrolments.InsertAsync(enrolment);
        }
        var version = await courses.GetVersionAsync(enrolment.CourseVersionId);
        foreach (var lesson in version.Lessons)
        {
            enrolment.OpenLesson(version, lesson.Id, DateTime.UtcNow);
            enrolment.CompleteLesson(version, lesson.Id, DateTime.UtcNow);
        }
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    /// <summary>Moves a deadline into the past, as time passing would.</summary>
    public static async Task SetDueOnAsync(NavLederprogramFactory factory, Guid personId, Guid courseId, DateOnly dueOn)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var enrolment = await db.Set<CourseEnrolment>().SingleAsync(e => e.PersonId == personId && e.CourseId == courseId);
        db.Entry(enrolment).Property(e => e.DueOn).CurrentValue = dueOn;
        await db.SaveChangesAsync();
    }
}
