namespace NavLederprogram.Competence;

/// <summary>The kinds of Competence data cached on each node (see <see cref="Data.IDataCache"/>).</summary>
public static class CompetenceCaches
{
    /// <summary>Proficiency scales with their levels, categories and areas.</summary>
    public const string Catalogue = "Competence.Catalogue";
}
