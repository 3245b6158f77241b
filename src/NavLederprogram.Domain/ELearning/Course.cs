using System.Text.RegularExpressions;
using NavLederprogram.Entities;

namespace NavLederprogram.ELearning;

/// <summary>
/// An e-learning course: its code, which programme modules name it by, and its versions. At most one draft is open at a
/// time; learners start the published version.
/// </summary>
public partial class Course : AuditedAggregateRoot
{
    /// <summary>Unique, such as "EL-NAVLOV-01"; a programme module's course reference names it.</summary>
    public string Code { get; private set; } = "";
    public int LatestVersionNumber { get; private set; }
    /// <summary>The version new learners start; null until the first publication.</summary>
    public Guid? PublishedVersionId { get; private set; }
    /// <summary>The draft being written, if any.</summary>
    public Guid? DraftVersionId { get; private set; }

    private Course() { }

    public Course(Guid id, string code) : base(id) => Code = NormalizeCode(code);

    public bool IsPublished => PublishedVersionId is not null;

    /// <summary>The first version, or a version written from scratch.</summary>
    public CourseVersion StartDraft(Guid versionId, CourseDetails details)
    {
        EnsureNoDraft();
        var draft = new CourseVersion(versionId, Id, LatestVersionNumber + 1, details);
        Started(draft);
        return draft;
    }

    /// <summary>A new draft that starts from <paramref name="from"/> (usually the published version), lessons and their ids kept.</summary>
    public CourseVersion StartDraft(Guid versionId, CourseVersion from)
    {
        if (from.CourseId != Id) throw new ArgumentException("The version belongs to another course.", nameof(from));
        EnsureNoDraft();
        var draft = from.CopyAsDraft(versionId, LatestVersionNumber + 1);
        Started(draft);
        return draft;
    }

    /// <summary>
    /// The draft was published: it becomes the version new learners start, and the version it replaces is superseded
    /// (those who started it finish it).
    /// </summary>
    public void RecordPublication(CourseVersion published, CourseVersion? previous)
    {
        if (published.CourseId != Id || published.Status != CourseVersionStatus.Published)
            throw new BusinessException(NavLederprogramErrorCodes.CourseVersionNotPublished) { IsConflict = true };
        if (previous is not null && previous.Id != published.Id && previous.Status == CourseVersionStatus.Published) previous.Supersede();
        PublishedVersionId = published.Id;
        if (DraftVersionId == published.Id) DraftVersionId = null;
    }

    /// <summary>The draft was thrown away; its number is given to the next draft.</summary>
    public void DiscardDraft(CourseVersion draft)
    {
        if (draft.CourseId != Id || DraftVersionId != draft.Id || !draft.IsDraft)
            throw new BusinessException(NavLederprogramErrorCodes.CourseVersionNotDraft) { IsConflict = true };
        DraftVersionId = null;
        if (LatestVersionNumber == draft.Number) LatestVersionNumber--;
    }

    public static bool IsValidCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Trim().Length <= ELearningConsts.CodeMax && CodeRegex().IsMatch(code.Trim().ToUpperInvariant());

    public static string NormalizeCode(string code)
    {
        if (!IsValidCode(code)) throw new BusinessException(NavLederprogramErrorCodes.CourseCodeInvalid) { Field = "code" };
        return code.Trim().ToUpperInvariant();
    }

    private void Started(CourseVersion draft)
    {
        LatestVersionNumber = draft.Number;
        DraftVersionId = draft.Id;
    }

    private void EnsureNoDraft()
    {
        if (DraftVersionId is not null) throw new BusinessException(NavLederprogramErrorCodes.CourseDraftExists) { IsConflict = true };
    }

    [GeneratedRegex(ELearningConsts.CodePattern)]
    private static partial Regex CodeRegex();
}
