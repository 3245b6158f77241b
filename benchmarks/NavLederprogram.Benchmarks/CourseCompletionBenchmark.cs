using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.ELearning;
using NavLederprogram.TestBase;

/// <summary>
/// Completion → evidence visible: the learner completes the last lesson of a course, and the time until the competence
/// profile (what GET /api/competence/my-profile returns) shows the evidence the course grants. Runs the application
/// services on the seeded demo database in SQLite (in memory, as the application tests do), as the demo leader, one
/// course after another. Usage: Benchmarks course-completion [COUNT] (default 200).
/// </summary>
static class CourseCompletionBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 200;
        await using var db = await SqliteTestDatabase.CreateAsync();
        var area = await db.InScopeAsync(async sp => (await sp.GetRequiredService<ICompetenceQueries>().GetAreasAsync()).Values.OrderBy(a => a.Code).First());
        var courses = new List<CourseBuilder.Built>();
        for (var i = 0; i < count; i++)
            courses.Add(await db.InScopeAsync(sp => CourseBuilder.PublishAsync(sp, $"Måling {i:D4}", textLessons: 1, grantAreaId: area.Id, grantLevel: 1)));
        await db.SignInAsAsync("leder");

        var times = new List<double>();
        foreach (var course in courses)
        {
            var enrolment = await db.InScopeAsync(sp => sp.GetRequiredService<ICourseLearnerAppService>().EnrolAsync(course.CourseId, default));
            var watch = Stopwatch.StartNew();
            await db.InScopeAsync(sp => sp.GetRequiredService<ICourseLearnerAppService>().CompleteLessonAsync(enrolment.EnrolmentId, course.LessonIds[0], default));
            var profile = await db.InScopeAsync(sp => sp.GetRequiredService<ICompetenceProfileAppService>().GetMineAsync(default));
            watch.Stop();
            if (!profile.Evidence.Any(e => e.Title == course.Title && e.Source == EvidenceSource.CourseCompletion))
                throw new InvalidOperationException($"The evidence of {course.Title} is not in the profile after completion.");
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        // The first completions warm the process up (JIT, caches); they are reported apart.
        var warm = times.Skip(Math.Min(10, times.Count / 10)).OrderBy(t => t).ToList();
        double At(double q) => warm[Math.Clamp((int)Math.Ceiling(q * warm.Count) - 1, 0, warm.Count - 1)];
        Console.WriteLine($"Completion → evidence visible, {times.Count} completions (SQLite in memory, application services):");
        Console.WriteLine($"  first: {times[0]:F1} ms; after warm-up: median {At(0.5):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, max {warm[^1]:F1} ms");
        return 0;
    }
}
