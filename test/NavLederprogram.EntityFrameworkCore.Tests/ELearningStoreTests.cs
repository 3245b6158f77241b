using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>Courses, versions and learners' progress on the real SQLite schema, and completion reaching the competence profile.</summary>
public class ELearningStoreTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    private static CourseDetails Details(Guid areaId, Guid jobRoleId, CourseCompletionRule rule) => new(
        new TranslatedText("NAV-loven for ledere", "NAV-lova for leiarar", "The NAV Act for leaders"), "Kort", "Lang beskrivelse",
        CourseCategory.LawAndRegulations, "nb", 40, [jobRoleId], [new CompetenceGrant(areaId, 1, 24)], rule);

    private static async Task<(Guid AreaId, Guid JobRoleId, Guid PersonId)> ReferencesAsync(SqliteTestDatabase db) => await db.InScopeAsync(async sp =>
    {
        var context = sp.GetRequiredService<NavLederprogramDbContext>();
        return (await context.Set<CompetenceArea>().Select(a => a.Id).FirstAsync(), await context.Set<JobRole>().Select(r => r.Id).FirstAsync(),
            await context.Set<Person>().Select(p => p.Id).FirstAsync());
    });

    /// <summary>A published course with a text lesson and a SCORM package, completed when the package is.</summary>
    private static async Task<(Guid CourseId, Guid VersionId)> PublishedCourseAsync(SqliteTestDatabase db, Guid areaId, Guid jobRoleId) =>
        await db.InScopeAsync(async sp =>
        {
            var courses = sp.GetRequiredService<ICourseRepository>();
            var course = new Course(Guid.CreateVersion7(), "EL-NAVLOV-01");
            var version = course.StartDraft(Guid.CreateVersion7(), Details(areaId, jobRoleId, CourseCompletionRule.ScormCompleted));
            version.AddLesson(new LessonContent(LessonKind.Text, new TranslatedText("Innledning", "Innleiing", "Introduction"), "<h2>Velkommen</h2>",
                AttachmentFileIds: [Guid.CreateVersion7()]));
            version.AddLesson(new LessonContent(LessonKind.ScormPackage, "Øvelse", ScormPackageId: Guid.CreateVersion7()));
            version.Publish(Now);
            course.RecordPublication(version, null);
            await courses.InsertAsync(course);
            await courses.InsertVersionAsync(version);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return (course.Id, version.Id);
        });

    [Fact]
    public async Task A_version_is_read_back_whole_and_a_draft_copy_keeps_its_lesson_ids()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var (areaId, jobRoleId, _) = await ReferencesAsync(db);
        var (courseId, versionId) = await PublishedCourseAsync(db, areaId, jobRoleId);

        var draftId = await db.InScopeAsync(async sp =>
        {
            var courses = sp.GetRequiredService<ICourseRepository>();
            var course = (await courses.FindByCodeAsync("el-navlov-01"))!;
            course.Id.ShouldBe(courseId);
            var published = (await courses.FindPublishedVersionAsync(courseId))!;
            published.Title.ShouldBe(new TranslatedText("NAV-loven for ledere", "NAV-lova for leiarar", "The NAV Act for leaders"));
            published.Grants.ShouldBe([new CompetenceGrant(areaId, 1, 24)]);
            published.TargetJobRoleIds.ShouldBe([jobRoleId]);
            published.Lessons.Select(l => (l.Order, l.Kind)).ShouldBe([(1, LessonKind.Text), (2, LessonKind.ScormPackage)]);
            published.Lessons[0].Title.Resolve("nn").Text.ShouldBe("Innleiing");
            published.Lessons[0].AttachmentFileIds.Count.ShouldBe(1);

            var draft = course.StartDraft(Guid.CreateVersion7(), published);
            await courses.InsertVersionAsync(draft);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return draft.Id;
        });

        // A lesson changed in place is saved: the document is compared, not the list.
        await db.InScopeAsync(async sp =>
        {
            var draft = await sp.GetRequiredService<ICourseRepository>().GetVersionAsync(draftId);
            draft.ChangeLesson(draft.Lessons[0].Id, draft.Lessons[0].Content with { Body = "<p>Ny tekst</p>" });
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        await db.InScopeAsync(async sp =>
        {
            var courses = sp.GetRequiredService<ICourseRepository>();
            var versions = await courses.GetVersionsAsync(courseId);
            versions.Select(v => (v.Number, v.Status)).ShouldBe([(2, CourseVersionStatus.Draft), (1, CourseVersionStatus.Published)]);
            versions[0].Lessons.Select(l => l.Id).ShouldBe(versions[1].Lessons.Select(l => l.Id));
            versions[0].Lessons[0].Body.ShouldBe("<p>Ny tekst</p>");
            versions[1].Lessons[0].Body.ShouldBe("<h2>Velkommen</h2>");
            (await courses.GetAsync(courseId)).DraftVersionId.ShouldBe(draftId);
        });
    }

    [Fact]
    public async Task A_package_reaching_completed_completes_the_course_and_the_evidence_is_in_the_profile_after_the_same_save()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var (areaId, jobRoleId, personId) = await ReferencesAsync(db);
        var (courseId, versionId) = await PublishedCourseAsync(db, areaId, jobRoleId);

        await db.InScopeAsync(async sp =>
        {
            var enrolment = await sp.GetRequiredService<CourseProgressManager>().RecordScormResultAsync(personId, versionId, false, null, 40m, default);
            enrolment.Source.ShouldBe(CourseEnrolmentSource.Self);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        await db.InScopeAsync(async sp =>
        {
            var enrolment = await sp.GetRequiredService<CourseProgressManager>().RecordScormResultAsync(personId, versionId, true, null, 80m, default);
            enrolment.IsCompleted.ShouldBeTrue();
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        await db.InScopeAsync(async sp =>
        {
            var enrolment = (await sp.GetRequiredService<ICourseEnrolmentRepository>().FindAsync(personId, courseId))!;
            (enrolment.ScormCompleted, enrolment.ScormScorePercent, enrolment.CourseVersionId).ShouldBe((true, 80m, versionId));
            enrolment.Lessons.ShouldHaveSingleItem().CompletedAt.ShouldNotBeNull();
            var evidence = await sp.GetRequiredService<NavLederprogramDbContext>().Set<CompetenceEvidence>()
                .Where(e => e.PersonId == personId && e.Source == EvidenceSource.CourseCompletion && e.SourceReference == courseId.ToString()).ToListAsync();
            var only = evidence.ShouldHaveSingleItem();
            (only.CompetenceAreaId, only.Level, only.SourceReference, only.Title).ShouldBe((areaId, 1, courseId.ToString(), "NAV-loven for ledere"));
            only.ValidUntil.ShouldNotBeNull();
        });
    }

    [Fact]
    public async Task A_person_has_one_enrolment_per_course()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var (areaId, jobRoleId, personId) = await ReferencesAsync(db);
        var (_, versionId) = await PublishedCourseAsync(db, areaId, jobRoleId);

        await Should.ThrowAsync<DbUpdateException>(() => db.InScopeAsync(async sp =>
        {
            var version = await sp.GetRequiredService<ICourseRepository>().GetVersionAsync(versionId);
            var enrolments = sp.GetRequiredService<ICourseEnrolmentRepository>();
            await enrolments.InsertAsync(new CourseEnrolment(Guid.CreateVersion7(), personId, version, CourseEnrolmentSource.Self, null));
            await enrolments.InsertAsync(new CourseEnrolment(Guid.CreateVersion7(), personId, version, CourseEnrolmentSource.Assigned, null));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }));
    }
}

public class FileSystemFileStorageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "navlederprogram-storage-test", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Files_are_written_read_replaced_and_deleted_by_relative_path()
    {
        IFileStorage storage = new FileSystemFileStorage(_root);
        await storage.WriteAsync("courses/a/video.mp4", new MemoryStream([1, 2, 3]));
        (await storage.ExistsAsync("courses/a/video.mp4")).ShouldBeTrue();
        (await storage.GetLengthAsync("courses/a/video.mp4")).ShouldBe(3);
        await storage.WriteAsync("courses/a/video.mp4", new MemoryStream([9]));
        await using (var read = (await storage.OpenReadAsync("courses/a/video.mp4"))!)
        {
            var copy = new MemoryStream();
            await read.CopyToAsync(copy);
            copy.ToArray().ShouldBe([9]);
        }
        Directory.GetFiles(Path.Combine(_root, "courses", "a")).ShouldHaveSingleItem(); // no temporary file left behind

        await storage.DeleteFolderAsync("courses/a");
        (await storage.OpenReadAsync("courses/a/video.mp4")).ShouldBeNull();
        await storage.DeleteAsync("courses/a/video.mp4");
        await storage.DeleteFolderAsync("courses/none");
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("courses/../../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("courses\\..\\x")]
    [InlineData("C:/windows/x")]
    [InlineData("courses//x")]
    [InlineData("courses/./x")]
    [InlineData("")]
    public async Task No_path_can_leave_the_store(string path)
    {
        IFileStorage storage = new FileSystemFileStorage(_root);
        await Should.ThrowAsync<ArgumentException>(() => storage.WriteAsync(path, new MemoryStream([1])));
        await Should.ThrowAsync<ArgumentException>(() => storage.OpenReadAsync(path));
        await Should.ThrowAsync<ArgumentException>(() => storage.DeleteFolderAsync(path));
        File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "outside.txt")).ShouldBeFalse();
    }
}
