namespace NavLederprogram.Competence;

/// <summary>Settings of the competence module, from configuration section <c>Competence</c>.</summary>
public sealed class CompetenceOptions
{
    public const string Section = "Competence";
    /// <summary>Evidence that runs out within this many days counts as expiring soon.</summary>
    public int ExpiringSoonDays { get; set; } = 60;
}
