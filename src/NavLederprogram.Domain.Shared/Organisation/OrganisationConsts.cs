namespace NavLederprogram.Organisation;

public static class OrganisationConsts
{
    /// <summary>The job role of the leader of a NAV office (kontorleder).</summary>
    public const string OfficeLeaderRoleCode = "OfficeLeader";
    public const int MaxNameLength = 128;
    public const int MaxCodeLength = 16;
    public const int MunicipalityNumberLength = 4;
    public const int MaxEmployeeNumberLength = 32;
    public const int MaxEmailLength = 256;
    public const int MaxOfficeSize = 5000;
    public const int MaxMunicipalitiesPerOffice = 20;
    public const int MaxJobRolesPerPerson = 10;
    public const int MaxImportFailureLength = 1000;
    /// <summary>A list's search text and sort order: longer than any name, short enough that no database refuses the pattern.</summary>
    public const int MaxFilterLength = 200;
    public const int MaxSortingLength = 100;
}
