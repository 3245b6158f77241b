namespace NavLederprogram.Organisation;

/// <summary>Organisation rules that need the database: unique names and numbers, and what may be deleted.</summary>
public sealed class OrganisationManager(
    IRegionRepository regions,
    IMunicipalityRepository municipalities,
    IOfficeRepository offices,
    IPersonRepository people)
{
    public async Task EnsureRegionNameFreeAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        if (await regions.NameExistsAsync(name.Trim(), exceptId, ct))
            throw new BusinessException(NavLederprogramErrorCodes.RegionNameTaken, name) { IsConflict = true };
    }

    public async Task EnsureRegionCanBeDeletedAsync(Region region, CancellationToken ct)
    {
        if (await regions.HasMunicipalitiesAsync(region.Id, ct))
            throw new BusinessException(NavLederprogramErrorCodes.RegionHasMunicipalities, region.Name) { IsConflict = true };
    }

    public async Task EnsureMunicipalityNumberFreeAsync(string number, Guid? exceptId, CancellationToken ct)
    {
        if (await municipalities.NumberExistsAsync(number.Trim(), exceptId, ct))
            throw new BusinessException(NavLederprogramErrorCodes.MunicipalityNumberTaken, number) { IsConflict = true };
    }

    public async Task EnsureMunicipalityCanBeDeletedAsync(Municipality municipality, CancellationToken ct)
    {
        if (await municipalities.IsServedByAnOfficeAsync(municipality.Id, ct))
            throw new BusinessException(NavLederprogramErrorCodes.MunicipalityServedByOffice, municipality.Name) { IsConflict = true };
    }

    public async Task EnsureOfficeNameFreeAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        if (await offices.NameExistsAsync(name.Trim(), exceptId, ct))
            throw new BusinessException(NavLederprogramErrorCodes.OfficeNameTaken, name) { IsConflict = true };
    }

    public async Task EnsureOfficeCanBeDeletedAsync(Office office, CancellationToken ct)
    {
        if (await offices.HasPeopleAsync(office.Id, ct))
            throw new BusinessException(NavLederprogramErrorCodes.OfficeHasPeople, office.Name) { IsConflict = true };
    }

    public async Task EnsureEmployeeNumberFreeAsync(string employeeNumber, Guid? exceptId, CancellationToken ct)
    {
        if (await people.EmployeeNumberExistsAsync(employeeNumber.Trim(), exceptId, ct))
            throw new BusinessException(NavLederprogramErrorCodes.EmployeeNumberTaken, employeeNumber) { IsConflict = true };
    }
}
