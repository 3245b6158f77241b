using System.IO.Compression;
using NavLederprogram.Competence;
using NavLederprogram.Data;

namespace NavLederprogram.ELearning;

/// <summary>
/// A published demo course made of one SCORM 1.2 package, so that the player can be tried (and is tested end to end)
/// on a fresh installation. Its ids are fixed so that links and tests can name it. The package goes through the same
/// checks and file store as an upload.
/// </summary>
public sealed class ScormDemoDataSeedContributor(
    ICourseRepository courses,
    IScormPackageRepository packages,
    ICompetenceCatalogueRepository catalogue,
    IFileStorage storage,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public static readonly Guid CourseId = new("0193d2a0-0000-7000-8000-5c0a00000001");
    public static readonly Guid PackageId = new("0193d2a0-0000-7000-8000-5c0a00000002");
    private static readonly Guid VersionId = new("0193d2a0-0000-7000-8000-5c0a00000003");
    private static readonly string[] Files = ["imsmanifest.xml", "index.html", "sco.js"];

    public int Order => 60;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await courses.FindAsync(CourseId, ct) is not null) return;
        var area = (await catalogue.GetAreasAsync(ct)).FirstOrDefault(a => a.Code == "PERSONVERN");
        using var zip = new MemoryStream();
        using (var writer = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in Files)
            {
                await using var source = typeof(ScormDemoDataSeedContributor).Assembly.GetManifestResourceStream("ScormDemo/" + name)
                    ?? throw new InvalidOperationException("The demo SCORM package is missing " + name);
                await using var entry = writer.CreateEntry(name).Open();
                await source.CopyToAsync(entry, ct);
            }
        zip.Position = 0;
        using var archive = ScormArchive.Open(zip, ScormLimits.Default);
        var package = new ScormPackage(PackageId, CourseId, "personvern-scorm12.zip", archive.Manifest, archive.FileCount, archive.DeclaredBytes);
        await archive.CopyEntriesAsync((path, content, token) => storage.WriteAsync($"{package.StorageFolder}/{path}", content, token), ct);

        var course = new Course(CourseId, "EL-SCORM-DEMO");
        var version = course.StartDraft(VersionId, new CourseDetails(
            new("Personvern i oppfølgingen", "Personvern i oppfølginga", "Privacy in follow-up"),
            new("Et kort interaktivt kurs fra et forfatterverktøy (SCORM 1.2).", "Eit kort interaktivt kurs frå eit forfattarverktøy (SCORM 1.2).",
                "A short interactive course from an authoring tool (SCORM 1.2)."),
            new("Kurset viser hvordan SCORM-kurs kjører i NAV Lederprogram: fremdriften lagres, og du fortsetter der du slapp.",
                "Kurset viser korleis SCORM-kurs køyrer i NAV Lederprogram: framdrifta blir lagra, og du held fram der du slapp.",
                "The course shows how SCORM courses run in NAV Lederprogram: progress is saved, and you continue where you left off."),
            CourseCategory.LawAndRegulations, "nb", 10, [], area is null ? [] : [new CompetenceGrant(area.Id, 2, 24)], CourseCompletionRule.ScormCompleted));
        version.AddLesson(new LessonContent(LessonKind.ScormPackage, new("Kurset", "Kurset", "The course"), ScormPackageId: PackageId));
        version.Publish(clock.GetUtcNow().UtcDateTime);
        course.RecordPublication(version, null);
        await packages.InsertAsync(package, ct);
        await courses.InsertAsync(course, ct);
        await courses.InsertVersionAsync(version, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }
}
