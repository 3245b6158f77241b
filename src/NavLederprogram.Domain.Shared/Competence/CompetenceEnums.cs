namespace NavLederprogram.Competence;

/// <summary>Where a piece of competence evidence comes from.</summary>
public enum EvidenceSource
{
    CourseCompletion = 0,
    ProgrammeModule = 1,
    SupervisionParticipation = 2,
    Upload = 3,
    ManagerAssessment = 4,
}

/// <summary>Uploaded evidence waits for an admin; evidence from the system's own modules is approved at once.</summary>
public enum EvidenceState
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>How a person stands against one requirement on a given day.</summary>
public enum CompetenceStatus
{
    Met = 0,
    ExpiringSoon = 1,
    Expired = 2,
    MissingWithinDeadline = 3,
    Overdue = 4,
}

public static class CompetenceConsts
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxCodeLength = 40;
    public const int MaxScaleLevels = 10;
    public const int MaxMonths = 240;
    public const int MaxReasonLength = 1000;
    public const int MaxTitleLength = 200;
    public const int MaxFileNameLength = 255;
    /// <summary>Largest evidence document accepted, in bytes.</summary>
    public const long MaxDocumentSize = 10 * 1024 * 1024;
}

/// <summary>Settings of the competence module, from configuration section <c>Competence</c>.</summary>
public sealed class CompetenceOptions
{
    public const string Section = "Competence";
    /// <summary>Evidence that runs out within this many days counts as expiring soon.</summary>
    public int ExpiringSoonDays { get; set; } = 60;
}
