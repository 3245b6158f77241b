namespace NavLederprogram.ELearning;

/// <summary>The kinds of ELearning data cached on each node (see <see cref="Data.IDataCache"/>).</summary>
public static class ELearningCaches
{
    /// <summary>Every course's code, title and published grants: what other modules and the requirement rule read.</summary>
    public const string Catalogue = "ELearning.Catalogue";
}
