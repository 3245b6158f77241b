namespace NavLederprogram;

/// <summary>Error codes of business rules. Each code is also a localization key.</summary>
public static class NavLederprogramErrorCodes
{
    public const string EntityNotFound = "Error:EntityNotFound";
    public const string ConcurrencyConflict = "Error:ConcurrencyConflict";
    public const string ValidationFailed = "Error:ValidationFailed";
    public const string Unexpected = "Error:Unexpected";
    public const string OutsideScope = "Error:OutsideScope";

    public const string RegionNameTaken = "Error:Organisation.RegionNameTaken";
    public const string RegionHasMunicipalities = "Error:Organisation.RegionHasMunicipalities";
    public const string MunicipalityNumberTaken = "Error:Organisation.MunicipalityNumberTaken";
    public const string MunicipalityServedByOffice = "Error:Organisation.MunicipalityServedByOffice";
    public const string OfficeNameTaken = "Error:Organisation.OfficeNameTaken";
    public const string OfficeMustServeMunicipality = "Error:Organisation.OfficeMustServeMunicipality";
    public const string OfficeHasPeople = "Error:Organisation.OfficeHasPeople";
    public const string EmployeeNumberTaken = "Error:Organisation.EmployeeNumberTaken";
    public const string HrImportHasErrors = "Error:Organisation.HrImportHasErrors";
    public const string HrImportUnreadable = "Error:Organisation.HrImportUnreadable";
    public const string HrImportEncoding = "Error:Organisation.HrImportEncoding";
    public const string HrImportTooLarge = "Error:Organisation.HrImportTooLarge";
}
