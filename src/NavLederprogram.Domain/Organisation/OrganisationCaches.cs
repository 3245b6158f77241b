namespace NavLederprogram.Organisation;

/// <summary>The kinds of Organisation data cached on each node (see <see cref="Data.IDataCache"/>).</summary>
public static class OrganisationCaches
{
    /// <summary>Region and municipality names and the job roles: reference data that changes a few times a year.</summary>
    public const string Reference = "Organisation.Reference";
}
