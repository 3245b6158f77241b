namespace NavLederprogram.ELearning;

public static class ELearningConsts
{
    public const int TitleMax = 200;
    public const int SummaryMax = 500;
    public const int DescriptionMax = 4000;
    public const int CodeMax = 32;
    /// <summary>A course code: capitals, digits and hyphens, such as EL-NAVLOV-01; programme modules name courses by it.</summary>
    public const string CodePattern = "^[A-Z0-9][A-Z0-9-]*$";
    /// <summary>A lesson's rich text after sanitizing.</summary>
    public const int BodyMax = 100_000;
    public const int TranscriptMax = 100_000;
    public const int LanguageMax = 8;
    public const int MaxLessons = 200;
    public const int MaxAttachments = 20;
    public const int MaxGrants = 20;
    public const int MaxTargetJobRoles = 50;
    public const int MaxEstimatedMinutes = 100 * 60;
    public const int MaxValidMonths = 120;
    /// <summary>The languages a course's content can be written in: bokmål, nynorsk, English and North Sámi.</summary>
    public static readonly IReadOnlyList<string> ContentLanguages = ["nb", "nn", "en", "se"];
}
