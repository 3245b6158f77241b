using NavLederprogram.Entities;

namespace NavLederprogram.ELearning;

/// <summary>
/// An uploaded SCORM package of a course: what its manifest said and where its files are. The files are never
/// changed after upload; a new export of the course is a new package, so an attempt always runs the files it started on.
/// </summary>
public class ScormPackage : AuditedAggregateRoot
{
    public Guid CourseId { get; private set; }
    public ScormVersion Version { get; private set; }
    public string Title { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public int FileCount { get; private set; }
    public long SizeBytes { get; private set; }
    public List<ScormSco> Scos { get; private set; } = [];

    private ScormPackage() { }

    public ScormPackage(Guid id, Guid courseId, string fileName, ScormManifest manifest, int fileCount, long sizeBytes) : base(id)
    {
        CourseId = courseId;
        FileName = fileName.Length <= ScormConsts.TitleMax ? fileName : fileName[..ScormConsts.TitleMax];
        Version = manifest.Version;
        Title = manifest.Title;
        FileCount = fileCount;
        SizeBytes = sizeBytes;
        Scos = [.. manifest.Items.Select((item, i) => new ScormSco(item, i))];
    }

    /// <summary>The folder of the package's files in the file storage.</summary>
    public string StorageFolder => FolderOf(Id);

    public static string FolderOf(Guid packageId) => $"scorm/{packageId:N}";

    public IEnumerable<ScormSco> Launchable => Scos.Where(s => s.Href is not null).OrderBy(s => s.Order);

    public ScormSco GetSco(string? identifier) =>
        (identifier is null ? Launchable.FirstOrDefault() : Launchable.FirstOrDefault(s => s.Identifier == identifier))
        ?? throw new BusinessException(NavLederprogramErrorCodes.ScormScoNotFound) { Field = "sco" };
}
