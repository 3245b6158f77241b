using NavLederprogram.Identity;

namespace NavLederprogram.Organisation;

/// <summary>
/// The part of the organisation a user may see and change. National users see everything; a coordinator
/// scoped to a region, municipality or office sees the offices inside it and what belongs to them.
/// </summary>
[ModuleContract]
public sealed class AccessScope
{
    public static readonly AccessScope National = new(true, [], [], []);
    public static readonly AccessScope Nothing = new(false, [], [], []);

    public bool IsNational { get; }
    public IReadOnlySet<Guid> RegionIds { get; }
    public IReadOnlySet<Guid> MunicipalityIds { get; }
    public IReadOnlySet<Guid> OfficeIds { get; }

    public AccessScope(bool isNational, IEnumerable<Guid> regionIds, IEnumerable<Guid> municipalityIds, IEnumerable<Guid> officeIds)
    {
        IsNational = isNational;
        RegionIds = regionIds.ToHashSet();
        MunicipalityIds = municipalityIds.ToHashSet();
        OfficeIds = officeIds.ToHashSet();
    }

    public bool CoversRegion(Guid id) => IsNational || RegionIds.Contains(id);
    public bool CoversMunicipality(Guid id) => IsNational || MunicipalityIds.Contains(id);
    public bool CoversOffice(Guid id) => IsNational || OfficeIds.Contains(id);

    public void EnsureCoversOffice(Guid officeId)
    {
        if (!CoversOffice(officeId)) throw new BusinessException(NavLederprogramErrorCodes.OutsideScope);
    }
}
