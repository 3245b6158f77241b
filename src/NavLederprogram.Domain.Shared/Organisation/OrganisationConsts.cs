namespace NavLederprogram.Organisation;

public static class OrganisationConsts
{
    public const int MaxNameLength = 128;
    public const int MaxCodeLength = 16;
    public const int MunicipalityNumberLength = 4;
    public const int MaxEmployeeNumberLength = 32;
    public const int MaxEmailLength = 256;
    public const int MaxOfficeSize = 5000;
    public const int MaxMunicipalitiesPerOffice = 20;
    public const int MaxJobRolesPerPerson = 10;
}
