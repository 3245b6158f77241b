namespace NavLederprogram.Competence;

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
