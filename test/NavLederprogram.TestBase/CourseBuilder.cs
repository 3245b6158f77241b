using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.Localization;

namespace NavLederprogram.TestBase;

/// <summary>Courses for tests and benchmarks, written through the domain as the course editor's use cases write them.</summary>
public static class CourseBuilder
{
    public sealed record Built(Guid CourseId, Guid VersionId, IReadOnlyList<Guid> LessonIds, string Title, Guid GrantAreaId);

    /// <summary>A published course of <paramref name="textLessons"/> text lessons, complete when all are, granting the area at the level.</summary>
    public static async Task<Built> PublishAsync(IServiceProvider services, string title, int textLessons = 2,
        CourseCategory category = CourseCategory.Leadership, string language = "nb", int minutes = 20, Guid? grantAreaId = null,
        int grantLevel = 1, int? validMonths = null)
    {
        var courses = services.GetRequiredService<ICourseRepository>();
        var course = new Course(Guid.CreateVersion7(), "T-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant());
        CompetenceGrant[] grants = grantAreaId is { } area ? [new CompetenceGrant(area, grantLevel, validMonths)] : [];
        var version = course.StartDraft(Guid.CreateVersion7(), new CourseDetails(new TranslatedText(title, title + " (nn)", title + " (en)"),
            new TranslatedText($"Samandrag: {title}"), new TranslatedText($"Om kurset {title}"), category, language, minutes, [], grants,
            CourseCompletionRule.AllLessons));
        for (var i = 1; i <= textLessons; i++)
            version.AddLesson(new LessonContent(LessonKind.Text, new TranslatedText($"Leksjon {i}"), $"<p>Innhold i leksjon {i}.</p>"));
        version.Publish(DateTime.UtcNow);
        course.RecordPublication(version, null);
        await courses.InsertAsync(course);
        await courses.InsertVersionAsync(version);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return new Built(course.Id, version.Id, version.Lessons.Select(l => l.Id).ToList(), title, grantAreaId ?? Guid.Empty);
    }

    /// <summary>A course with a draft only: learners do not see it.</summary>
    public static async Task<Built> DraftAsync(IServiceProvider services, string title)
    {
        var courses = services.GetRequiredService<ICourseRepository>();
        var course = new Course(Guid.CreateVersion7(), "T-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant());
        var version = course.StartDraft(Guid.CreateVersion7(), new CourseDetails(new TranslatedText(title), TranslatedText.Empty,
            TranslatedText.Empty, CourseCategory.Other, "nb", 10, [], [], CourseCompletionRule.AllLessons));
        version.AddLesson(new LessonContent(LessonKind.Text, new TranslatedText("Leksjon 1"), "<p>Utkast.</p>"));
        await courses.InsertAsync(course);
        await courses.InsertVersionAsync(version);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return new Built(course.Id, version.Id, version.Lessons.Select(l => l.Id).ToList(), title, Guid.Empty);
    }

    /// <summary>Drafts a new version from the published one (lesson ids kept) and publishes it; the id of the new version.</summary>
    public static async Task<Guid> PublishNewVersionAsync(IServiceProvider services, Guid courseId)
    {
        var courses = services.GetRequiredService<ICourseRepository>();
        var course = await courses.GetAsync(courseId);
        var previous = await courses.FindPublishedVersionAsync(courseId) ?? throw new InvalidOperationException("The course is not published.");
        var draft = course.StartDraft(Guid.CreateVersion7(), previous);
        draft.AddLesson(new LessonContent(LessonKind.Text, new TranslatedText("Ny leksjon"), "<p>Nytt innhold.</p>"));
        draft.Publish(DateTime.UtcNow);
        course.RecordPublication(draft, previous);
        await courses.InsertVersionAsync(draft);
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return draft.Id;
    }

    /// <summary>The version assigned to the person with a deadline, as an admin's assignment records it.</summary>
    public static async Task AssignAsync(IServiceProvider services, Guid personId, Guid versionId, DateOnly dueOn)
    {
        var version = await services.GetRequiredService<ICourseRepository>().GetVersionAsync(versionId);
        await services.GetRequiredService<ICourseEnrolmentRepository>().InsertAsync(
            new CourseEnrolment(Guid.CreateVersion7(), personId, version, CourseEnrolmentSource.Assigned, dueOn));
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }
}
