using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.TestBase;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Courses of the tests' own, written through the domain as the course editor's use cases write them.</summary>
internal static class CourseTestData
{
    public static async Task<CourseBuilder.Built> PublishedAsync(NavLederprogramFactory factory, string title, int textLessons = 2,
        CourseCategory category = CourseCategory.Leadership, string language = "nb", int minutes = 20, int? validMonths = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var area = (await scope.ServiceProvider.GetRequiredService<ICompetenceQueries>().GetAreasAsync()).Values.OrderBy(a => a.Code).First();
        return await CourseBuilder.PublishAsync(scope.ServiceProvider, title, textLessons, category, language, minutes, area.Id, 1, validMonths);
    }

    public static async Task<CourseBuilder.Built> DraftOnlyAsync(NavLederprogramFactory factory, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await CourseBuilder.DraftAsync(scope.ServiceProvider, title);
    }

    /// <summary>Drafts a new version of the course (its lessons kept) and publishes it; returns the new version's id.</summary>
    public static async Task<Guid> PublishNewVersionAsync(NavLederprogramFactory factory, Guid courseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await CourseBuilder.PublishNewVersionAsync(scope.ServiceProvider, courseId);
    }

    /// <summary>The course assigned to the person with a deadline, as an admin's assignment records it.</summary>
    public static async Task AssignAsync(NavLederprogramFactory factory, Guid personId, Guid versionId, DateOnly dueOn)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await CourseBuilder.AssignAsync(scope.ServiceProvider, personId, versionId, dueOn);
    }
}
